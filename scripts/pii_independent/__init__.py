"""The independent PII evaluation set's generator, a module per part (scripts/make_pii_independent.py runs it)."""
