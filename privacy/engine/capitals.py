"""A person the NER model or a cue found in a note in capitals, cut to the runs of its words that can be a name.

On "0710 PT MORAG MACGREGOR", "TADHG OFF" or "SWEET HANDED TO RICH BIRD" the small model, with no capital
letters to go by, runs a name on into times, roles and words about the work. The same person then gets a
new placeholder at each mention ("TADHG RTE 4", "TADHG OFF"), and the words around a name are lost to the
reviewer. A word stays in a name when it could be one: it holds no digit, it is no stop word, it is not a
common English word that no list has as a name ("OFF", "HANDED", "ROUTE"), and, at three letters or fewer,
it is a name of the lists and no role or field word ("ITŌ"; not "PT", "DN", "RTN"), unless it is a surname's
particle ("Ó BRIAIN"). A span of one word ("VS", "BC") stays whole.
"""

# ruff: noqa: RUF001  # the okina of Hawaiian and Tongan names is a letter of the name

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from privacy.engine.names import a_name, plain_word
from privacy.engine.people import FIELD_WORDS, PARTICLES, leading_role
from privacy.engine.recognizers import span_recognizer

if TYPE_CHECKING:
    from presidio_analyzer import EntityRecognizer

    from privacy.engine.findings import Span

SCORE = 0.6
_WORD = re.compile(r"\S+")
_SHORT = 3
_MORE_PARTICLES = frozenset({"ó", "ní", "nic", "mac", "mc", "te", "abu", "bint", "ap", "ua"})
# Who reads a name's extent off the words: the NER model, and the cues, whose end is the tagger's guess.
_GUESSERS = frozenset({"SpacyRecognizer", "CuePersonRecognizer"})


def name_runs(text: str, span: Span) -> list[Span]:
    """The span as its runs of name-like words when the NER model or a cue found a person or an organisation
    (which may be a person: `Anonymizer._relabel_organizations`) written in capitals; any other as it is."""
    value = text[span.start : span.end]
    if span.source not in _GUESSERS or span.entity_type not in ("PERSON", "ORGANIZATION") or not value.isupper():
        return [span]
    if len(value.split()) == 1:  # initials ("VS") and lone names are judged elsewhere
        return [span]
    runs: list[Span] = []
    run_start = run_end = None
    for word in _WORD.finditer(value):
        if _name_like(word.group()):
            run_start = span.start + word.start() if run_start is None else run_start
            run_end = span.start + word.end()
        elif run_start is not None and run_end is not None:
            runs.append(replace(span, start=run_start, end=run_end))
            run_start = run_end = None
    if run_start is not None and run_end is not None:
        runs.append(replace(span, start=run_start, end=run_end))
    return runs


def _name_like(word: str) -> bool:
    from spacy.lang.en.stop_words import STOP_WORDS

    if re.fullmatch(r"[^\W\d_]\.", word.strip(",;:()'\"")):  # an initial: "K." of "K. MÜLLER"
        return True
    folded = word.strip(".,;:()'\"").casefold()
    if folded in PARTICLES or folded in _MORE_PARTICLES:  # "Ó BRIAIN", "VAN DER BERG", "TE KANI"
        return True
    if not folded or any(ch.isdigit() for ch in folded) or folded in STOP_WORDS or plain_word(folded):
        return False
    if sum(ch.isalpha() for ch in folded) > _SHORT:
        return True
    listed = a_name(folded) or a_name(_plain_letters(folded))  # "itō" is "ito" in the lists
    return listed and folded not in FIELD_WORDS and leading_role(f"{folded} x") == 0  # "ITŌ", not "PT"


def _plain_letters(word: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch))


def no_place_in_capitals(text: str, span: Span) -> bool:
    """A place the NER model read into a log line in capitals that holds no word a name or a town could be,
    nor a code: "0103 EMERGENCY ON WAY", "NO SUPPLY" (not "KNOCKMORE", "CO. GALWAY", "ELM PARK", "H71 D6J0")."""
    from privacy.engine.places import a_town_or_region

    value = text[span.start : span.end]
    if span.source != "SpacyRecognizer" or span.entity_type != "LOCATION" or not value.isupper():
        return False
    words = [word.strip(".,;:()'\"") for word in _WORD.findall(value)]
    code = any(any(ch.isdigit() for ch in word) and not word.isdigit() for word in words)  # "H71 D6J0"
    return not code and not any(_name_like(word) or a_town_or_region(word) for word in words)


# Who an entry of a log in capitals is about, after a role or field word: "PUPIL: SAM, SOVANN", "APPL
# LOURIDO, XOAN", "DEBTOR: PAGE RUSSELL", "PAX NAME=FALGUNI MODI", "ALLOC TO MURRAY, RUARIDH". After "FOR",
# "TO", "BY" or "W/" only a name written surname first, with its comma: "SCRIPT RECD FOR DA SILVA, RUI".
_LOG_ROLE = re.compile(
    r"(?<![\w/])(?P<role>PUPIL|STUDENT|PARENT|GUARDIAN|APPL(?:ICANT)?|PAX|PASSENGER|TNT|TENANT|LANDLORD|DEBTOR"
    r"|CUST(?:OMER)?|MBR|MEMBER|SPOUSE|DRIVER|INTERPRETER|CLAIMANT|PT|PATIENT|CLIENT|CALLER|NOK|WITNESS|OWNER"
    r"|ALLOC(?:ATED)?[ \t]+TO|(?:SCANNED|CHECKED|COLLECTED|SEEN|VISITED|REFERRED|NOTE|RAISED|REPORTED)[ \t]+BY"
    r"|(?P<weak>FOR|TO|BY|W/|CHECK[ \t]+W/))(?![\w/])(?:[ \t]*(?:NAME)?[ \t]*[:=])?[ \t]*(?=\S)",
)
_LOG_WORD = re.compile(r"[A-ZÀ-ÞĀ-Žʻ'][A-ZÀ-ÞĀ-Žʻ'’-]*")
_MAX_LOG_WORDS = 4


def log_names(text: str) -> list[tuple[int, int]]:
    """(start, end) of each person a log line in capitals names after a role or field word; see _LOG_ROLE."""
    found = []
    for role in _LOG_ROLE.finditer(text):
        line_start, line_end = text.rfind("\n", 0, role.start()) + 1, text.find("\n", role.end())
        if not text[line_start : len(text) if line_end < 0 else line_end].isupper():
            continue
        words, comma = _log_words(text, role.end())
        if words and (comma or not role.group("weak")):
            found.append((words[0].start(), words[-1].end()))
    return found


def _log_words(text: str, position: int) -> tuple[list[re.Match[str]], bool]:
    """The name-like words from `position`, one space apart or once ", " (surname first), and whether a word
    came after that comma."""
    words: list[re.Match[str]] = []
    crossed = comma = False
    while len(words) < _MAX_LOG_WORDS and (word := _LOG_WORD.match(text, position)) and _name_like(word.group()):
        words.append(word)
        comma = comma or crossed
        position = word.end()
        if text.startswith(", ", position) and not crossed:
            crossed, position = True, position + 2
        elif text.startswith(" ", position):
            position += 1
        else:
            break
    return words, comma


def log_name_recognizer() -> EntityRecognizer:
    """People a log line in capitals names after a role or field word; see _LOG_ROLE."""

    def find(text: str, doc: Any) -> list[tuple[int, int, str]]:
        return [(start, end, "PERSON") for start, end in log_names(text)]

    return span_recognizer("LogNameRecognizer", ["PERSON"], find, SCORE)
