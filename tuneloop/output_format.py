"""Format validity of answers: a template (each field on its own line, in order, exactly once), a JSON schema,
or a label set."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import jsonschema
import jsonschema.validators
from jsonschema.validators import validator_for

from tuneloop.patterns import PatternTimeout, bounded_search


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


@dataclass(frozen=True)
class FormatError:
    message: str
    path: str | None = None  # where in a JSON document, e.g. "$.claim.amount"


def format_error(text: str, output_format: Mapping[str, Any]) -> FormatError | None:
    """Why `text` does not fit an output format ({"kind": "template" | "json_schema" | "labels", ...}, as
    a guideline spec holds it), or None when it does."""
    kind = output_format["kind"]
    if kind == "template":
        if parse_template(text, output_format["fields"]) is None:
            lines = "; ".join(f"{field}: …" for field in output_format["fields"])
            return FormatError(f"The response must be exactly these lines, in order: {lines}")
        return None
    if kind == "json_schema":
        return _json_error(output_format["schema"], text)
    return _labels_error(output_format["labels"], bool(output_format.get("multi_label")), text)


def is_output_valid(text: str, output_format: Mapping[str, Any]) -> bool:
    return format_error(text, output_format) is None


def _json_error(schema: Mapping[str, Any], text: str) -> FormatError | None:
    try:
        document = json.loads(text)
    except json.JSONDecodeError as bad:
        return FormatError(f"The response is not valid JSON: {bad}.")
    mismatch = jsonschema.exceptions.best_match(_bounded_validator(schema)(schema).iter_errors(document))
    if mismatch is None:
        return None
    where = mismatch.json_path
    return FormatError(f"The response does not match the JSON schema at {where}: {mismatch.message}.", where)


def _bounded_validator(schema: Mapping[str, Any]) -> Any:
    """The schema's validator class with `pattern` and `patternProperties` run by tuneloop.patterns (the
    `regex` package with a time limit) instead of `re`, which has none."""
    return jsonschema.validators.extend(
        validator_for(schema), {"pattern": _pattern, "patternProperties": _pattern_properties}
    )


def _pattern(validator: Any, pattern: str, instance: Any, schema: Any) -> Iterable[jsonschema.ValidationError]:
    if validator.is_type(instance, "string") and not _matches(pattern, instance):
        yield jsonschema.ValidationError(f"{instance!r} does not match {pattern!r}")


def _pattern_properties(validator: Any, patterns: Any, instance: Any, schema: Any) -> Iterable[Any]:
    if not validator.is_type(instance, "object"):
        return
    for pattern, subschema in patterns.items():
        for key, value in instance.items():
            if _matches(pattern, key):
                yield from validator.descend(value, subschema, path=key, schema_path=pattern)


def _matches(pattern: str, text: str) -> bool:
    try:
        return bounded_search(pattern, text) is not None
    except PatternTimeout:
        return False  # too slow to tell: the output is not accepted


def _labels_error(labels: Sequence[str], multi: bool, text: str) -> FormatError | None:
    chosen = [part.strip() for part in text.split(",")] if multi else [text.strip()]
    unknown = [label for label in chosen if label not in labels]
    if not chosen or unknown:
        return FormatError(f"Unknown label {', '.join(repr(u) for u in unknown)}; choose from: {', '.join(labels)}.")
    if len(set(chosen)) != len(chosen):
        return FormatError("A label is given twice.")
    return None
