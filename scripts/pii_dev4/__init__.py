"""Synthetic PII evaluation set 'pii_dev4' (written blind; see tests/privacy/data/PII_DEV4.md)."""
