"""Generator for the fresh, independently written PII evaluation set (pii_fresh.jsonl)."""
