"""Change a campaign's anonymization policy (validated, audited) and preview what it does to a text."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import User
from django.db import transaction
from jsonschema import Draft202012Validator

from privacy.engine.anonymizer import AnonymizedText
from privacy.engine.policy import OPERATORS, VALIDATIONS, Policy
from privacy.engine.presets import PRESETS
from privacy.models import AnonymizationPolicy, PolicyChange
from privacy.selectors import policy_get
from privacy.services.anonymize import anonymizer_for
from privacy.sources import Campaign
from tuneloop.exceptions import ApplicationError
from tuneloop.patterns import pattern_problem

_TYPE_NAME = {"type": "string", "pattern": "^[A-Z][A-Z0-9_]{1,40}$"}
_TERMS = {"type": "array", "maxItems": 1000, "items": {"type": "string", "minLength": 1, "maxLength": 200}}
POLICY_SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "entities": {"type": "array", "items": _TYPE_NAME, "uniqueItems": True, "maxItems": 100},
        "operators": {"type": "object", "propertyNames": _TYPE_NAME, "additionalProperties": {"enum": list(OPERATORS)}},
        "score_threshold": {"type": "number", "minimum": 0, "maximum": 1},
        "preset": {"enum": list(PRESETS)},
        "allow_list": _TERMS,
        "deny_list": _TERMS,
        "recognizers": {
            "type": "array",
            "maxItems": 50,
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": ["name", "entity_type", "regex"],
                "properties": {
                    "name": {"type": "string", "pattern": "^[A-Za-z][A-Za-z0-9_-]{0,63}$"},
                    "entity_type": _TYPE_NAME,
                    "regex": {"type": "string", "minLength": 1, "maxLength": 500},
                    "score": {"type": "number", "minimum": 0, "maximum": 1},
                    "context": {
                        "type": "array",
                        "maxItems": 30,
                        "items": {"type": "string", "minLength": 1, "maxLength": 50},
                    },
                    "validation": {"enum": list(VALIDATIONS)},
                },
            },
        },
    },
}
_VALIDATOR = Draft202012Validator(POLICY_SCHEMA)
MAX_PREVIEW_CHARS = 20_000


def policy_validate(document: Any) -> Policy:
    """Check a policy document; the error names the field (`recognizers[0].regex`) and what is wrong."""
    errors = sorted(_VALIDATOR.iter_errors(document), key=lambda error: list(error.absolute_path))
    if errors:
        error = errors[0]
        raise ApplicationError(f"Invalid policy: {error.message}.", field=_field_name(error.absolute_path))
    names = [spec["name"] for spec in document.get("recognizers", [])]
    for index, spec in enumerate(document.get("recognizers", [])):
        _check_regex(spec["regex"], f"policy.recognizers[{index}].regex")
        if spec["name"] in names[:index]:
            raise ApplicationError(
                f"Recognizer name '{spec['name']}' is used twice.", field=f"policy.recognizers[{index}].name"
            )
    policy = Policy.from_dict(document, hash_key="x" * 64)  # a stand-in key: validation only
    try:
        anonymizer_for(policy)
    except ValueError as exc:
        raise ApplicationError(f"Invalid policy: {exc}.", field="policy.entities") from None
    return policy


def policy_update(*, campaign: Campaign, user: User, document: dict[str, Any]) -> AnonymizationPolicy:
    """Replace the campaign's policy; every change is kept in the audit trail with its author."""
    policy_validate(document)
    normalized = Policy.from_dict(document).to_dict()
    with transaction.atomic():
        row, created = AnonymizationPolicy.objects.select_for_update().get_or_create(
            campaign=campaign, defaults={"document": normalized}
        )
        before = Policy().to_dict() if created else row.document
        if not created:
            if row.document == normalized:
                return row
            row.document, row.version = normalized, row.version + 1
            row.save(update_fields=["document", "version", "updated_at"])
        PolicyChange.objects.create(campaign=campaign, version=row.version, user=user, before=before, after=normalized)
    return row


def policy_preview(*, campaign: Campaign, text: str, document: dict[str, Any] | None = None) -> AnonymizedText:
    """What `text` becomes under the campaign's policy, or under `document` before it is saved."""
    if not text.strip():
        raise ApplicationError("Give a sample text to preview.", field="text")
    if len(text) > MAX_PREVIEW_CHARS:
        raise ApplicationError(f"The sample is longer than {MAX_PREVIEW_CHARS} characters.", field="text")
    saved = policy_get(campaign)
    if document is not None:
        policy_validate(document)
    policy = saved if document is None else Policy.from_dict(document, hash_key=saved.hash_key or "preview")
    return anonymizer_for(policy).anonymize(text, labels=campaign.output_fields)


def _check_regex(pattern: str, field: str) -> None:
    problem = pattern_problem(pattern)  # invalid, matching nothing at all, or catastrophically slow
    if problem is not None:
        raise ApplicationError(problem, field=field)


def _field_name(path: Any) -> str:
    name = "policy"
    for part in path:
        name += f"[{part}]" if isinstance(part, int) else f".{part}"
    return name
