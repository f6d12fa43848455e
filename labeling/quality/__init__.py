"""Reviewer quality: gold items, agreement (kappa, alpha) and per-reviewer figures (docs/reviewer-quality.md)."""
