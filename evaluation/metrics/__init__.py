"""Model-output metrics for evaluation runs; plain Python, no Django."""

from evaluation.metrics.format import format_validity, is_format_valid, parse_template

__all__ = ["format_validity", "is_format_valid", "parse_template"]
