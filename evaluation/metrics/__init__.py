"""Model-output metrics for evaluation runs; plain Python, no Django."""

from tuneloop.output_format import format_error, format_validity, is_format_valid, is_output_valid, parse_template

__all__ = ["format_error", "format_validity", "is_format_valid", "is_output_valid", "parse_template"]
