"""Anonymization without Django: Presidio setup, recognizers, the anonymizer, canary scanning, the pii_eval scorer."""
