"""Replace PII in incoming texts under a campaign's policy (`<PERSON_1>`, masks, keyed hashes), using Presidio."""

from __future__ import annotations

import hashlib
import hmac
import logging
import re
import threading
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # Presidio and spaCy are imported lazily, under the load lock (see presidio_engine).
    from presidio_analyzer import EntityRecognizer, RecognizerResult
    from presidio_analyzer.nlp_engine import NlpArtifacts
    from spacy.tokens import Doc

from privacy.engine.addresses import address_tail
from privacy.engine.birthdates import in_a_row_after_a_name
from privacy.engine.capitals import name_runs, no_place_in_capitals
from privacy.engine.chains import address_chain
from privacy.engine.edges import without_code, without_keys
from privacy.engine.fields import caps_keys, in_birth_field, json_keys
from privacy.engine.findings import (
    Span,
    common_word_opener,
    common_words_only,
    country,
    guessed,
    line_parts,
    name_parts,
    named_organisation,
    no_name,
    not_replaced_organisation,
    organisation_follows,
    outside,
    resolve_overlaps,
    role_mailbox,
    to_span,
    vague_date,
    verb,
    whole_date,
    whole_words,
    without_hour,
    without_role,
)
from privacy.engine.identifiers import business_references, legal_references
from privacy.engine.letters import addressee_end, firm_regions
from privacy.engine.mentions import (
    joined_names,
    name_words,
    next_to_a_person,
    repeated_mentions,
    with_family_names,
    with_given_names,
)
from privacy.engine.names import a_first_name, a_name, plain_word
from privacy.engine.people import CUES, label_regions
from privacy.engine.placeholders import PLACEHOLDER, PlaceholderNumbers, cells_of_one
from privacy.engine.policy import (
    AGE_ENTITY,
    DEFAULT_POLICY,
    DEFAULT_SPACY_MODEL,
    DENY_LIST_ENTITY,
    OPERATORS,
    Policy,
)
from privacy.engine.presets import PRESETS, ages_over_89, date_of_birth, names_an_organisation
from privacy.engine.presidio import LANGUAGE, load_analyzer
from privacy.engine.recognizers import validated_pattern_recognizer
from privacy.engine.shapes import yielding
from privacy.engine.sites import Site, at_own_site, own_sites
from privacy.engine.things import a_thing

logger = logging.getLogger(__name__)

_LOCK = threading.RLock()  # re-entrant: get_anonymizer holds it while Anonymizer() loads the engine
_ANONYMIZERS: dict[tuple[str, Policy], Anonymizer] = {}
_CACHE_SIZE = 64  # one entry per (model, policy); an edited policy adds one


class AnonymizationError(Exception):
    """Analysis failed. The message names the failure, never the text being analysed."""


@dataclass(frozen=True)
class AnonymizedText:
    text: str
    entities: dict[str, int]  # entity type -> number of mentions replaced; never the values


class Anonymizer:
    """Analyzes with Presidio and writes the replacements itself, so that numbering follows reading order."""

    def __init__(self, policy: Policy = DEFAULT_POLICY, spacy_model: str = DEFAULT_SPACY_MODEL) -> None:
        self.policy = policy
        self.spacy_model = spacy_model
        _check_policy(policy)
        self._analyzer = load_analyzer(spacy_model)
        ad_hoc = _ad_hoc_recognizers(policy)
        supported = set(self._analyzer.get_supported_entities(LANGUAGE)) | {r.supported_entities[0] for r in ad_hoc}
        unknown = policy.entity_types() - supported - policy.preset_types()
        if unknown:
            raise ValueError(f"unsupported entity types: {', '.join(sorted(unknown))}")
        # ORG is always looked for next to PERSON, to catch surnames the model calls organisations.
        wanted = policy.entity_types() - policy.preset_types()
        wanted |= {"ORGANIZATION"} if "PERSON" in policy.entities else set()
        self._analyze_kwargs: dict[str, Any] = {
            "entities": sorted(wanted),
            "score_threshold": policy.score_threshold,
            "allow_list": list(policy.allow_list),
            "allow_list_match": "exact",
            "ad_hoc_recognizers": ad_hoc or None,
        }

    def anonymize(self, text: str, *, labels: Sequence[str] = (), context: Sequence[str] = ()) -> AnonymizedText:
        """Replace PII in `text`.

        `labels` are field names ("Next Action") kept where they open a line ("Next Action:"). `context`
        holds the record's other texts (a response's item): placeholders there and in `text` are kept,
        and new ones are numbered after them, so `<PERSON_1>` of a note is never a new person's.
        """
        text = _storable(text)
        if not text.strip():
            return AnonymizedText(text=text, entities={})
        try:
            artifacts = self._analyzer.nlp_engine.process_text(text, LANGUAGE)
            results = self._analyze(text, artifacts)
        except Exception as exc:
            raise _analysis_error(exc) from None
        return self._replace(text, results, artifacts.tokens, labels, context)

    def anonymize_many(
        self, texts: Iterable[str], *, labels: Sequence[str] = (), batch_size: int = 32
    ) -> list[AnonymizedText]:
        """Anonymize independent texts in batches (spaCy's `nlp.pipe`); each as `anonymize` would."""
        texts = [_storable(text) for text in texts]
        try:
            analysed = [
                (text, self._analyze(text, artifacts), artifacts.tokens)
                for text, artifacts in self._analyzer.nlp_engine.process_batch(texts, LANGUAGE, batch_size=batch_size)
            ]
        except Exception as exc:
            raise _analysis_error(exc) from None
        return [
            self._replace(text, results, doc, labels) if text.strip() else AnonymizedText(text=text, entities={})
            for text, results, doc in analysed
        ]

    def _analyze(self, text: str, artifacts: NlpArtifacts) -> list[RecognizerResult]:
        return self._analyzer.analyze(text=text, language=LANGUAGE, nlp_artifacts=artifacts, **self._analyze_kwargs)

    def _replace(
        self,
        text: str,
        results: list[RecognizerResult],
        doc: Doc,
        labels: Sequence[str],
        context: Sequence[str] = (),
    ) -> AnonymizedText:
        keep = _label_regions(text, labels) + label_regions(text) + [m.span() for m in PLACEHOLDER.finditer(text)]
        default = self.policy.preset == "default"
        references = business_references(text) if default else []
        keep += firm_regions(text) + legal_references(text) + json_keys(text) + caps_keys(text) if default else []
        spans = yielding(self._findings(text, results, doc) + self._preset_spans(text))
        sites = own_sites(text) if default else []  # "our depot at <the firm's own address>": kept
        spans = [span for span in self._relabel_organizations(text, spans) if not _at_site(span, sites)]
        spans = [part for span in spans for part in _with_address_tail(text, span, keep)]
        spans = with_given_names(text, spans)  # "Vaishnavi" of "Vaishnavi Venkatesan"
        spans = with_family_names(text, spans)  # "Ogunbiyi" of "Funmilayo Ogunbiyi"
        spans = joined_names(text, resolve_overlaps(spans))  # "Matthias von der" + "Heyde", then found again
        spans = joined_names(text, resolve_overlaps(spans + repeated_mentions(text, spans, doc)))
        spans = outside(text, spans, keep + [r for r in references if not _in_an_address(r, spans)])
        spans = [span for span in spans if not _at_site(span, sites)]  # none found again by a mention
        spans = [span for span in spans if not verb(doc, span)]
        people = [s for s in spans if s.entity_type == "PERSON"]
        values, cells = [text[s.start : s.end] for s in people], cells_of_one(text, [(s.start, s.end) for s in people])
        numbers = PlaceholderNumbers(reserved=[text, *context], people=values, known_as=cells)
        parts: list[str] = []
        counts: Counter[str] = Counter()
        cursor = 0
        for span in spans:
            value = text[span.start : span.end]
            parts += [text[cursor : span.start], self._replacement(span.entity_type, value, numbers)]
            counts[span.entity_type] += 1
            cursor = span.end
        parts.append(text[cursor:])
        logger.debug("Anonymized a text of %d characters: %s", len(text), dict(counts))
        return AnonymizedText(text="".join(parts), entities=dict(counts))

    def _findings(self, text: str, results: list[RecognizerResult], doc: Doc) -> list[Span]:
        """Presidio's results as spans, cut to what a name can hold, less what is kept (docs/anonymization.md)."""
        parts = (
            run
            for result in results
            for part in line_parts(text, to_span(text, result))
            for run in name_runs(text, part)  # "0710 PT MORAG MACGREGOR": "MORAG MACGREGOR"
        )
        named = (name for span in parts for name in name_parts(text, without_hour(text, whole_words(text, span))))
        trimmed = (without_code(text, without_role(text, whole_date(text, span))) for span in named)
        found = [span for span in trimmed if span is not None and self._kept(text, span)]
        found = [span for span in found if not (common_word_opener(doc, span) or named_organisation(text, span))]
        found = [span for span in found if not (country(text, span) or common_words_only(text, span))]
        found = [span for span in found if not no_place_in_capitals(text, span)]  # "0103 EMERGENCY ON WAY"
        found = [span for span in found if not (guessed(span) and a_thing(text, span.start, span.end))]
        found = [span for span in found if not (no_name(text, span) or role_mailbox(text, span))]
        return [part for span in found if (part := without_keys(text, span)) is not None]  # "CUST=… ADDR=…"

    def _replacement(self, entity_type: str, value: str, numbers: PlaceholderNumbers) -> str:
        operator = self.policy.operator(entity_type)
        number = numbers.number(entity_type, value)
        if operator == "mask":
            return "*" * len(value)
        if operator == "redact":
            return ""
        if operator == "hash":
            canonical = numbers.canonical(entity_type, number)
            digest = hmac.new(self.policy.hash_key.encode(), f"{entity_type}:{canonical}".encode(), hashlib.sha256)
            return f"<{entity_type}_{digest.hexdigest()[:10]}>"
        return f"<{entity_type}_{number}>"

    def _kept(self, text: str, span: Span) -> bool:
        """Whether a finding stays: a date must date something, and under the default preset a person's
        birth; every other type stays."""
        if span.entity_type != "DATE_TIME":
            return True
        if vague_date(text, span):
            return False
        birth = date_of_birth(text, span.start, span.end) or in_birth_field(text, span.start, span.end)
        birth = birth or in_a_row_after_a_name(text, span.start, span.end)
        return self.policy.preset == "safe_harbor" or birth

    def _preset_spans(self, text: str) -> list[Span]:
        if AGE_ENTITY not in self.policy.preset_types():
            return []
        return [Span(start, end, AGE_ENTITY, 1.0, from_pattern=True) for start, end in ages_over_89(text)]

    def _relabel_organizations(self, text: str, spans: list[Span]) -> list[Span]:
        # "Amelia Clarke" read as an organisation: a first name of the lists, then one to three more words.
        people = {
            s
            for s in spans
            if s.entity_type == "ORGANIZATION"
            and _first_and_last(text[s.start : s.end])
            and not organisation_follows(text, s.end)  # "St Brigid's University Hospital"
        }
        people |= {s for s in spans if s.entity_type == "PERSON"}
        people |= next_to_a_person(text, spans, people)  # "Narongrit" of "Narongrit Sukprasert"
        person_words = [words for s in people if (words := name_words(text[s.start : s.end]))]
        kept = []
        for span in spans:
            value = text[span.start : span.end]
            words = name_words(value)
            # "Georgia Lee … Georgia called": the model read the second as a place; it is the person again;
            # "Haruto Watanabe" read as an organisation holds the person Watanabe.
            named = span.entity_type == "ORGANIZATION" or (span.entity_type == "LOCATION" and not span.from_pattern)
            if named and words and (span in people or any(_holds_person(words, p) for p in person_words)):
                start = _announced_start(text, span, people)  # "RPC w/ Otieno": from where the cue says
                span = Span(start, span.end, "PERSON", span.score, span.from_pattern)
            elif span.entity_type == "ORGANIZATION" and (
                not_replaced_organisation(value, self.policy) or organisation_follows(text, span.end)
            ):
                continue
            kept.append(span)
        return kept


def _holds_person(words: set[str], person: set[str]) -> bool:
    """Whether a guessed name's `words` are part of a person's, or the person's and names besides: "Watanabe"
    of "Haruto Watanabe", not "Paws & Claws Animal Hospital: Hi Lukas" of "Lukas"."""
    return words <= person or (person <= words and not any(plain_word(word) for word in words - person))


def _in_an_address(region: tuple[int, int], spans: list[Span]) -> bool:
    """ "Room 10" or "Lot 19" inside an address a pattern found, before its street: a flat, not a business's."""
    start, end = region
    return any(s.entity_type == "LOCATION" and s.from_pattern and s.start < start and end < s.end for s in spans)


def _announced_start(text: str, span: Span, people: set[Span]) -> int:
    """Where a person inside `span` starts, if a cue announces them there ("w/", "spoke to"); else its start."""
    inside = [p for p in people if p.entity_type == "PERSON" and span.start < p.start < span.end]
    for person in sorted(inside, key=lambda p: p.start):
        if any(cue.end() == person.start for cue in CUES.finditer(text, span.start, person.start)):
            return person.start
    return span.start


def _first_and_last(value: str) -> bool:
    """A first name of the lists, then one to three more words, or a surname of the lists and then the
    first name ("Pemberton/Jennifer", "Okafor, Amara"); and no organisation's word."""
    from spacy.lang.en.stop_words import STOP_WORDS

    words = [word.casefold() for word in re.split(r"\s*/\s*|,?\s+", value.strip()) if word]
    if not 2 <= len(words) <= 4 or names_an_organisation(value) or words[0] in STOP_WORDS:  # "the Google Nest"
        return False
    return a_first_name(words[0]) or (a_name(words[0]) and a_first_name(words[-1]))


def _at_site(span: Span, sites: Sequence[Site]) -> bool:
    return at_own_site(span.entity_type, span.start, span.end, sites)


def _with_address_tail(text: str, span: Span, keep: Sequence[tuple[int, int]]) -> list[Span]:
    """The address with the rest of its block; the addressee's name that opens the block is a person, unless
    the block is kept (a firm's)."""
    if span.entity_type != "LOCATION":
        return [span]
    start, end = address_chain(text, *address_tail(text, span.start, span.end))
    kept = any(a <= start < b for a, b in keep)
    name_end = addressee_end(text, start, end) if start < span.start and not kept else None
    if name_end is None:
        return [Span(start, end, span.entity_type, span.score, span.from_pattern)]
    rest = text.index("\n", name_end) + 1
    name = Span(start, name_end, "PERSON", span.score, span.from_pattern)
    return [name, Span(rest, end, span.entity_type, span.score, span.from_pattern)]


def _check_policy(policy: Policy) -> None:
    if policy.preset not in PRESETS:
        raise ValueError(f"unknown preset {policy.preset!r}: one of {', '.join(PRESETS)}")
    unknown = {op for _, op in policy.operators} - set(OPERATORS)
    if unknown:
        raise ValueError(f"unknown operators: {', '.join(sorted(unknown))}")
    if any(op == "hash" for _, op in policy.operators) and not policy.hash_key:
        raise ValueError("the hash operator needs a key")
    if not 0.0 <= policy.score_threshold <= 1.0:
        raise ValueError("score_threshold must be between 0 and 1")


def _ad_hoc_recognizers(policy: Policy) -> list[EntityRecognizer]:
    """The policy's own recognizers, passed to each `analyze` call: the shared registry stays untouched."""
    from presidio_analyzer import PatternRecognizer

    recognizers: list[EntityRecognizer] = [validated_pattern_recognizer(spec) for spec in policy.recognizers]
    if policy.deny_list:
        recognizers.append(
            PatternRecognizer(
                supported_entity=DENY_LIST_ENTITY, name="DenyListRecognizer", deny_list=list(policy.deny_list)
            )
        )
    return recognizers


def _label_regions(text: str, labels: Sequence[str]) -> list[tuple[int, int]]:
    """Where each output-template label opens a line: the small model tags some ("Next Action") as ORG."""
    if not labels:
        return []
    pattern = re.compile(r"^[ \t]*(?:" + "|".join(re.escape(label) for label in labels) + r")[ \t]*:", re.M)
    return [match.span() for match in pattern.finditer(text)]


def get_anonymizer(*, policy: Policy = DEFAULT_POLICY, spacy_model: str = DEFAULT_SPACY_MODEL) -> Anonymizer:
    """Return the process-wide Anonymizer for this policy and model, loading it once under a lock."""
    key = (spacy_model, policy)
    anonymizer = _ANONYMIZERS.get(key)
    if anonymizer is None:
        with _LOCK:
            anonymizer = _ANONYMIZERS.get(key)
            if anonymizer is None:
                anonymizer = Anonymizer(policy, spacy_model)
                while len(_ANONYMIZERS) >= _CACHE_SIZE:
                    _ANONYMIZERS.pop(next(iter(_ANONYMIZERS)))
                _ANONYMIZERS[key] = anonymizer
    return anonymizer


def _storable(text: object) -> str:
    """The text without NUL characters, which PostgreSQL text cannot hold (a model may generate them)."""
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    return text.replace("\x00", "")


def _analysis_error(exc: Exception) -> AnonymizationError:
    # Presidio and spaCy errors may quote the input: keep only the exception type, and no chained cause.
    logger.error("Presidio analysis failed with %s", type(exc).__name__)
    return AnonymizationError(f"PII analysis failed ({type(exc).__name__})")
