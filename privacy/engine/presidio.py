"""Load Presidio's analyzer once per spaCy model, with the recognizers Tuneloop adds to its defaults."""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Presidio and spaCy are imported lazily, under the load lock (see `load_analyzer`).
    from presidio_analyzer import AnalyzerEngine, EntityRecognizer
    from presidio_analyzer.nlp_engine import NlpEngine

from privacy.engine.addresses import address_recognizer
from privacy.engine.answered import answered_place_recognizer
from privacy.engine.birthdates import birth_date_recognizer
from privacy.engine.capitals import log_name_recognizer
from privacy.engine.fields import field_recognizer
from privacy.engine.handles import handle_recognizer
from privacy.engine.identifiers import identifier_recognizer
from privacy.engine.lean import lean_analyzer_engine, lean_phone_recognizer
from privacy.engine.names import name_list_recognizer
from privacy.engine.national_ids import national_id_recognizers
from privacy.engine.people import cue_person_recognizer
from privacy.engine.phones import national_phone_recognizer
from privacy.engine.recognizers import custom_recognizers
from privacy.engine.shapes import shaped_identifier_recognizer
from privacy.engine.spacy_models import resolve_spacy_model
from privacy.engine.spoken import spoken_recognizer
from privacy.engine.urls import profile_url_recognizer

logger = logging.getLogger(__name__)

LANGUAGE = "en"

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

# spaCy components whose output Presidio never reads. It takes the entities (ner) and, for context words,
# the lemmas (tok2vec -> tagger -> attribute_ruler -> lemmatizer); nothing reads the dependency tree, and
# the parser was ~15% of the pipeline's time. One caveat, see docs/anonymization.md: spaCy's NER does not
# let an entity run across a sentence start the parser set, so outputs were compared, not assumed equal.
UNUSED_COMPONENTS: tuple[str, ...] = ("parser", "senter")

_LOCK = threading.RLock()  # re-entrant: get_anonymizer holds it while an Anonymizer loads
_ANALYZERS: dict[str, AnalyzerEngine] = {}


def load_analyzer(spacy_model: str) -> AnalyzerEngine:
    """The process-wide analyzer for this spaCy model, without the components Presidio does not use."""
    # Everything heavy is imported and loaded here, in one thread at a time: two threads importing
    # Presidio/spaCy for the first time at once deadlocked on an import lock.
    with _LOCK:
        if spacy_model not in _ANALYZERS:
            _ANALYZERS[spacy_model] = build_analyzer(spacy_model)
        return _ANALYZERS[spacy_model]


def build_analyzer(
    spacy_model: str, *, exclude: Sequence[str] = UNUSED_COMPONENTS, stock: bool = False
) -> AnalyzerEngine:
    """Build a new analyzer (not cached) with Tuneloop's NER mapping and recognizers.

    `exclude=()` loads the whole spaCy pipeline the way Presidio's own NlpEngineProvider does, and
    `stock=True` uses Presidio's own AnalyzerEngine rather than the lean one (lean.py): the benchmark's
    baseline (`bench/anonymize.py`).
    """
    with _LOCK:
        return _build_analyzer(spacy_model, tuple(exclude), stock=stock)


def _build_analyzer(spacy_model: str, exclude: tuple[str, ...], *, stock: bool = False) -> AnalyzerEngine:
    import phonenumbers.re_util
    from presidio_analyzer import AnalyzerEngine

    loadable = resolve_spacy_model(spacy_model)  # fails clearly where Presidio would try to download
    logger.info("Loading Presidio with spaCy model %s (%s)", spacy_model, loadable)
    # Presidio's DEBUG records quote the words around each finding ("Context list is: ...").
    logging.getLogger("presidio-analyzer").addFilter(_info_and_above)
    # phonenumbers compiles its metadata's patterns for every region it tries, more than `re` keeps (512):
    # without its own cache a note with a few numbers recompiles hundreds of them. It is process-wide, so a
    # stock analyzer of the same process (the benchmark's baseline) has it too.
    phonenumbers.re_util.enable_pattern_cache()
    engine = AnalyzerEngine if stock else lean_analyzer_engine
    analyzer = engine(nlp_engine=_nlp_engine(loadable, exclude), supported_languages=[LANGUAGE])
    if not stock:
        analyzer.registry.remove_recognizer("PhoneRecognizer")
        analyzer.registry.add_recognizer(lean_phone_recognizer())
    analyzer.registry.remove_recognizer("EmailRecognizer")
    # Links are kept unless they carry a person's handle (privacy/engine/urls.py): a company's site is no PII.
    analyzer.registry.remove_recognizer("UrlRecognizer")
    for recognizer in _extra_recognizers():
        analyzer.registry.add_recognizer(recognizer)
    return analyzer


def _nlp_engine(spacy_model: str, exclude: tuple[str, ...]) -> NlpEngine:
    import spacy
    from presidio_analyzer.nlp_engine import NlpEngineProvider, SpacyNlpEngine

    from privacy.engine.tag_attributes import use_tag_attributes

    class LeanSpacyNlpEngine(SpacyNlpEngine):
        """Presidio's spaCy engine, loading the model without the `exclude`d components, and with the attribute
        rules looked up (tag_attributes.py)."""

        def load(self) -> None:
            self._enable_gpu()  # as SpacyNlpEngine.load does
            models = {m["lang_code"]: spacy.load(m["model_name"], exclude=list(exclude)) for m in self.models}
            for nlp in models.values():
                use_tag_attributes(nlp)  # the same annotation as the AttributeRuler's, looked up
            self.nlp = models  # type: ignore[assignment]  # Presidio's __init__ types it as None

    configuration = {
        "nlp_engine_name": "spacy",
        "models": [{"lang_code": LANGUAGE, "model_name": spacy_model}],
        "ner_model_configuration": _NER_CONFIGURATION,
    }
    engines = (LeanSpacyNlpEngine,) if exclude else (SpacyNlpEngine,)
    return NlpEngineProvider(nlp_engines=engines, nlp_configuration=configuration).create_engine()


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
    return [
        OfflineEmailRecognizer(name="EmailRecognizer"),
        street,
        phone,
        *custom_recognizers(),
        identifier_recognizer(),
        cue_person_recognizer(),
        profile_url_recognizer(),
        address_recognizer(),
        *national_id_recognizers(),
        birth_date_recognizer(),
        name_list_recognizer(),
        spoken_recognizer(),
        field_recognizer(),
        national_phone_recognizer(),
        shaped_identifier_recognizer(),
        answered_place_recognizer(),
        log_name_recognizer(),
        handle_recognizer(),
    ]


def _info_and_above(record: logging.LogRecord) -> bool:
    return record.levelno >= logging.INFO
