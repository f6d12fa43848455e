"""Versioned task specifications (guidelines) and checking a response against their output format."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import jsonschema
from django.contrib.auth.models import User
from django.db import transaction
from jsonschema.validators import validator_for

from labeling.models import Campaign, GuidelineVersion
from tuneloop.exceptions import ApplicationError
from tuneloop.output_format import format_error
from tuneloop.patterns import pattern_problem

TEXT_KEYS = ("user", "input_description", "expected_output")
LIST_KEYS = ("acceptance_criteria", "must_never")

_STRINGS = {"type": "array", "items": {"type": "string", "minLength": 1, "maxLength": 2000}}
# Must-never rules a machine can check in every output (evaluation.metrics.safety): a phrase (any case)
# or a regular expression, each with a name the report counts violations under.
_RULES = {
    "type": "array",
    "maxItems": 100,
    "items": {
        "type": "object",
        "required": ["name", "kind", "value"],
        "additionalProperties": False,
        "properties": {
            "name": {"type": "string", "minLength": 1, "maxLength": 100, "pattern": r"\S"},
            "kind": {"enum": ["phrase", "pattern"]},
            "value": {"type": "string", "minLength": 1, "maxLength": 500},
        },
    },
}
SPEC_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["output_format"],
    "additionalProperties": False,
    "properties": {
        **{key: {"type": "string", "maxLength": 5000} for key in TEXT_KEYS},
        **dict.fromkeys(LIST_KEYS, _STRINGS),
        "must_never_rules": _RULES,
        "output_format": {
            "type": "object",
            "required": ["kind"],
            "properties": {"kind": {"enum": list(GuidelineVersion.Format.values)}},
        },
    },
}
_NAME = {"type": "string", "minLength": 1, "maxLength": 100, "pattern": r"\S"}
FORMAT_SCHEMAS: dict[str, dict[str, Any]] = {
    "template": {
        "type": "object",
        "required": ["kind", "fields"],
        "additionalProperties": False,
        "properties": {
            "kind": {"const": "template"},
            "fields": {"type": "array", "minItems": 1, "uniqueItems": True, "items": _NAME},
        },
    },
    "json_schema": {
        "type": "object",
        "required": ["kind", "schema"],
        "additionalProperties": False,
        "properties": {"kind": {"const": "json_schema"}, "schema": {"type": "object"}},
    },
    "labels": {
        "type": "object",
        "required": ["kind", "labels"],
        "additionalProperties": False,
        "properties": {
            "kind": {"const": "labels"},
            # A comma separates the labels of a multi-label answer, so no label may hold one.
            "labels": {"type": "array", "minItems": 2, "uniqueItems": True, "items": {**_NAME, "pattern": r"^[^,]+$"}},
            "multi_label": {"type": "boolean"},
        },
    },
}


def _path(prefix: str, parts: Iterable[str | int]) -> str:
    """("spec", ["output_format", "labels", 0]) -> "spec.output_format.labels[0]"."""
    out = prefix
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
    return out


def _check(instance: Any, schema: dict[str, Any], prefix: str) -> None:
    error = jsonschema.exceptions.best_match(jsonschema.Draft202012Validator(schema).iter_errors(instance))
    if error is not None:
        raise ApplicationError(f"Invalid guideline: {error.message}.", field=_path(prefix, error.absolute_path))


def spec_validate(spec: Any) -> dict[str, Any]:
    """The spec with defaults filled in, or an ApplicationError naming the field at fault."""
    _check(spec, SPEC_SCHEMA, "spec")
    output_format = spec["output_format"]
    _check(output_format, FORMAT_SCHEMAS[output_format["kind"]], "spec.output_format")
    if output_format["kind"] == "json_schema":
        schema = output_format["schema"]
        try:
            validator_for(schema).check_schema(schema)
        except jsonschema.SchemaError as error:
            field = _path("spec.output_format.schema", error.absolute_path)
            raise ApplicationError(f"Not a valid JSON schema: {error.message}.", field=field) from None
        _check_schema_patterns(schema, "spec.output_format.schema")
    normal = {key: spec.get(key, "").strip() for key in TEXT_KEYS}
    normal.update({key: [entry.strip() for entry in spec.get(key, [])] for key in LIST_KEYS})
    if spec.get("must_never_rules"):
        normal["must_never_rules"] = _rules_validate(spec["must_never_rules"])
    if output_format["kind"] == "template":
        output_format = {"kind": "template", "fields": [field.strip() for field in output_format["fields"]]}
        if len(set(output_format["fields"])) != len(output_format["fields"]):
            raise ApplicationError("Field names must be unique.", field="spec.output_format.fields")
    elif output_format["kind"] == "labels":
        labels = [label.strip() for label in output_format["labels"]]
        if len(set(labels)) != len(labels):
            raise ApplicationError("Labels must be unique.", field="spec.output_format.labels")
        output_format = {"kind": "labels", "labels": labels, "multi_label": output_format.get("multi_label", False)}
    return {**normal, "output_format": output_format}


def _check_schema_patterns(schema: Any, field: str) -> None:
    """Every `pattern` (and `patternProperties` key) of a JSON schema is bounded like any admin pattern."""
    if isinstance(schema, list):
        for index, part in enumerate(schema):
            _check_schema_patterns(part, f"{field}[{index}]")
    if not isinstance(schema, dict):
        return
    patterns = [("pattern", schema["pattern"])] if isinstance(schema.get("pattern"), str) else []
    patterns += [(f"patternProperties.{key}", key) for key in schema.get("patternProperties") or {}]
    for where, pattern in patterns:
        problem = pattern_problem(pattern)
        if problem is not None and "empty string" not in problem:  # a schema pattern may match ""
            raise ApplicationError(problem, field=f"{field}.{where}")
    for key, part in schema.items():
        if key not in ("pattern", "const", "enum", "default", "examples"):
            _check_schema_patterns(part, f"{field}.{key}")


def _rules_validate(rules: list[dict[str, str]]) -> list[dict[str, str]]:
    names = [rule["name"].strip() for rule in rules]
    for index, rule in enumerate(rules):
        if names.index(names[index]) != index:
            raise ApplicationError("Rule names must be unique.", field=f"spec.must_never_rules[{index}].name")
        problem = pattern_problem(rule["value"]) if rule["kind"] == "pattern" else None
        if problem is not None:
            raise ApplicationError(problem, field=f"spec.must_never_rules[{index}].value")
    return [{**rule, "name": name} for rule, name in zip(rules, names, strict=True)]


def template_spec(fields: list[str]) -> dict[str, Any]:
    """A spec holding only an output template: what a new campaign starts from."""
    return spec_validate({"output_format": {"kind": "template", "fields": fields}})


def guideline_update(*, campaign: Campaign, user: User, spec: Any) -> tuple[GuidelineVersion, bool]:
    """Record `spec` as the campaign's next guideline version; the same spec again adds none.

    Returns (version, created). A template format also becomes the campaign's `output_fields`, which
    drafts and evaluation read.
    """
    clean = spec_validate(spec)
    with transaction.atomic():
        # Lock the campaign so two admins saving at once get versions n+1 and n+2, not a clash.
        Campaign.objects.select_for_update().filter(id=campaign.id).first()
        current = GuidelineVersion.objects.filter(campaign=campaign).order_by("-version").first()
        if current is not None and current.spec == clean:
            return current, False
        version = GuidelineVersion.objects.create(
            campaign=campaign, version=(current.version + 1) if current else 1, spec=clean, created_by=user
        )
        if clean["output_format"]["kind"] == "template":
            campaign.output_fields = clean["output_format"]["fields"]
            campaign.save(update_fields=["output_fields"])
    return version, True


def format_labels(guideline: GuidelineVersion | None) -> list[str]:
    """Words anonymization must leave alone where they open a line: template fields or labels."""
    if guideline is None:
        return []
    output_format = guideline.spec["output_format"]
    return list(output_format.get("fields") or output_format.get("labels") or [])


def response_validate(guideline: GuidelineVersion, response: str) -> None:
    """Raise an ApplicationError (field `response`) unless the answer fits the guideline's output format."""
    error = format_error(response, guideline.spec["output_format"])
    if error is not None:
        raise ApplicationError(error.message, field="response", extra={"path": error.path} if error.path else None)
