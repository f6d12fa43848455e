"""Format validity of template answers: each field on its own line, in order, exactly once."""

from __future__ import annotations

from collections.abc import Iterable, Sequence


def parse_template(text: str, fields: Sequence[str]) -> dict[str, str] | None:
    """Return {field: value} when `text` is exactly the template's lines in order, else None.

    Every non-blank line must start with "Field:" for the next expected field; blank lines and
    whitespace around lines are ignored. Values may be empty.
    """
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    if len(lines) != len(fields):
        return None
    parsed: dict[str, str] = {}
    for line, field in zip(lines, fields, strict=True):
        prefix = f"{field}:"
        if not line.startswith(prefix):
            return None
        parsed[field] = line[len(prefix) :].strip()
    return parsed


def is_format_valid(text: str, fields: Sequence[str]) -> bool:
    """True when `text` parses as the template."""
    return parse_template(text, fields) is not None


def format_validity(texts: Iterable[str], fields: Sequence[str]) -> float:
    """Share of `texts` that parse as the template; 0.0 for no texts."""
    texts = list(texts)
    if not texts:
        return 0.0
    return sum(is_format_valid(text, fields) for text in texts) / len(texts)
