"""Pattern recognizers Tuneloop adds to Presidio's defaults: custom identifiers and international phone numbers."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # Presidio is imported lazily, under the anonymization load lock.
    from presidio_analyzer import EntityRecognizer, PatternRecognizer

    from privacy.engine.policy import CustomRecognizer

# Identifiers with an explicit prefix are strong evidence on their own; bare digit runs are typed only
# by a context word in the five words before them (Presidio's context enhancer raises 0.05 to 0.4, above
# the default threshold of 0.35). A match never starts or ends inside a longer token, a date or a
# grouped number ("+49 30 12345678"), and prefixes are case-sensitive, so "Claim Type:" stays text.
_NOT_BEFORE = r"(?<![\w+/.-])(?<!\d[\s-])"
_NOT_AFTER = r"(?![\w/-]|\.\d)"

_POLICY_PREFIXED = rf"{_NOT_BEFORE}(?:POL|PLCY|PCY)[-\s#]?\d{{6,12}}{_NOT_AFTER}"  # POL-12345678
_POLICY_LETTERS = rf"{_NOT_BEFORE}[A-Z]{{2,3}}-?\d{{6,10}}{_NOT_AFTER}"  # HX1234567, with context only
_CLAIM_PREFIXED = rf"{_NOT_BEFORE}CLM[-\s#]?(?:(?:19|20)\d{{2}}[-\s])?\d{{4,10}}{_NOT_AFTER}"
_MRN_PREFIXED = rf"{_NOT_BEFORE}MRN?\d{{6,10}}{_NOT_AFTER}"  # MR1234567; in "MRN 00482913" the label stays
_MRN_DIGITS = rf"{_NOT_BEFORE}\d{{6,10}}{_NOT_AFTER}"
_ACCOUNT_DIGITS = rf"{_NOT_BEFORE}\d{{8,17}}{_NOT_AFTER}"
# "+44 7700 900123", "+81 3-1234-5678": a country code and digit groups. Presidio's PhoneRecognizer
# rejects numbers in unallocated ranges (Ofcom's drama range, Tokyo numbers starting with 0); text
# can hold them all the same.
_INTERNATIONAL_PHONE = r"(?<![\w+])\+[1-9]\d{0,2}(?:[\s.-]?\(?\d{1,5}\)?){2,6}(?![\w-])"
_PHONE_CONTEXT = ["phone", "call", "cell", "mobile", "tel", "contact", "number", "fax", "whatsapp"]


def custom_recognizers() -> list[EntityRecognizer]:
    from presidio_analyzer import Pattern, PatternRecognizer

    class InternationalPhoneRecognizer(PatternRecognizer):
        def validate_result(self, pattern_text: str) -> bool:
            return 8 <= sum(ch.isdigit() for ch in pattern_text) <= 15  # E.164 allows at most 15 digits

    def recognizer(entity: str, patterns: list[Pattern], context: list[str]) -> PatternRecognizer:
        name = "".join(part.title() for part in entity.split("_")) + "Recognizer"
        return PatternRecognizer(
            supported_entity=entity,
            name=name,
            patterns=patterns,
            context=context,
            global_regex_flags=re.MULTILINE,  # case-sensitive: prefixes are upper case
        )

    return [
        recognizer(
            "POLICY_NUMBER",
            [Pattern("policy_prefixed", _POLICY_PREFIXED, 0.7), Pattern("policy_letters", _POLICY_LETTERS, 0.05)],
            ["policy", "policies", "coverage"],
        ),
        recognizer("CLAIM_ID", [Pattern("claim_prefixed", _CLAIM_PREFIXED, 0.7)], ["claim"]),
        recognizer(
            "MRN",
            [Pattern("mrn_prefixed", _MRN_PREFIXED, 0.5), Pattern("mrn_digits", _MRN_DIGITS, 0.05)],
            ["mrn", "record", "chart"],
        ),
        recognizer(
            "ACCOUNT_NUMBER",
            [Pattern("account_digits", _ACCOUNT_DIGITS, 0.05)],
            ["account", "acct", "a/c"],
        ),
        InternationalPhoneRecognizer(
            supported_entity="PHONE_NUMBER",
            name="InternationalPhonePatternRecognizer",
            patterns=[Pattern("e164_phone", _INTERNATIONAL_PHONE, 0.4)],
            context=_PHONE_CONTEXT,
        ),
    ]


def validated_pattern_recognizer(spec: CustomRecognizer) -> PatternRecognizer:
    """A Presidio recognizer for an admin-defined pattern; matches failing its checksum are dropped."""
    from presidio_analyzer import Pattern, PatternRecognizer

    check = {"luhn": luhn_valid, "mod97": mod97_valid}.get(spec.validation)

    class CustomPatternRecognizer(PatternRecognizer):
        def validate_result(self, pattern_text: str) -> bool | None:
            return None if check is None else check(pattern_text)

    return CustomPatternRecognizer(
        supported_entity=spec.entity_type,
        name=spec.name,
        patterns=[Pattern(spec.name, spec.regex, spec.score)],
        context=list(spec.context),
        global_regex_flags=re.MULTILINE,  # case-sensitive, like the built-in identifiers
    )


def luhn_valid(value: str) -> bool:
    """Card-style check digit over the digits of `value`."""
    digits = [int(ch) for ch in value if ch.isdigit()]
    if len(digits) < 2:
        return False
    total = sum(d if i % 2 == 0 else (d * 2 - 9 if d > 4 else d * 2) for i, d in enumerate(reversed(digits)))
    return total % 10 == 0


def mod97_valid(value: str) -> bool:
    """ISO 7064 mod 97-10, as IBANs use: the first four characters move to the end, letters become 10-35."""
    compact = "".join(ch for ch in value.upper() if ch.isalnum())
    if len(compact) < 5:
        return False
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(ch, 36)) for ch in rearranged)) % 97 == 1


Finder = Callable[[str, Any], Iterable[tuple[int, int, str]]]


def span_recognizer(name: str, entities: Sequence[str], find: Finder, score: float) -> EntityRecognizer:
    """A Presidio recognizer from a function that finds (start, end, entity type) in a text, given its spaCy
    parse (Presidio's `nlp_artifacts.tokens`, None when there is none): the recognizers of identifiers.py,
    people.py, addresses.py, urls.py and birthdates.py."""
    from presidio_analyzer import EntityRecognizer, RecognizerResult

    class SpanRecognizer(EntityRecognizer):
        def load(self) -> None:
            pass

        def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[RecognizerResult]:
            metadata = {RecognizerResult.RECOGNIZER_NAME_KEY: name, RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}
            doc = getattr(nlp_artifacts, "tokens", None)
            return [
                RecognizerResult(entity_type, start, end, score, recognition_metadata=dict(metadata))
                for start, end, entity_type in find(text, doc)
                if entity_type in entities and end > start
            ]

    return SpanRecognizer(supported_entities=list(entities), name=name, supported_language="en")
