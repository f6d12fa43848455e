"""Generator package for the pii_fresh2 evaluation data set (stdlib only)."""

SEED = "pii-fresh2-2026-v1"
