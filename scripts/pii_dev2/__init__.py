"""Generator package for tests/privacy/data/pii_dev2.jsonl; the entry point is scripts/make_pii_dev2.py."""
