"""Dates of birth in the formats the NER model does not read as dates, found after a birth word.

"DOB 19850304", "DOB 850304", "生年月日 1985年3月4日" (after a full-width colon too), "née le 4 mars 1985", "geb.
am 4. März 1985", "born on the 4th of Mar. 85", "d.o.b. 4-Mar-85": whatever follows a birth word
(privacy/engine/presets.py) and reads as a day, a month and a year, in digits, in CJK or in English, French,
German, Spanish, Portuguese, Italian or Dutch month names.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from privacy.engine.identifiers import answers
from privacy.engine.presets import BIRTH_WORDS, MONTHS
from privacy.engine.recognizers import span_recognizer

if TYPE_CHECKING:  # Presidio is imported lazily, under the anonymization load lock.
    from presidio_analyzer import EntityRecognizer

SCORE = 0.9  # above spaCy's 0.85: Presidio keeps the higher of two equal findings, and ours is a pattern
_DAY = r"\d{1,2}(?:st|nd|rd|th|er|º|\.)?"
_YEAR = r"(?:\d{4}|'?\d{2})"
DATE = (
    rf"\d{{4}}\s?[年년]\s?\d{{1,2}}\s?[月월]\s?\d{{1,2}}\s?[日일]?"  # 1985年3月4日, 1985년 3월 4일
    rf"|\d{{1,4}}[./-]\d{{1,2}}[./-]\d{{2,4}}"  # 04.03.1985, 1985-03-04, 3/4/85
    rf"|(?:19|20)\d{{6}}|\d{{4}}(?:19|20)\d{{2}}|\d{{6}}(?![\d.,])"  # 19850304, 04031985, 03041985, 850304
    rf"|{_DAY}[-/. ](?:{MONTHS})\.?[-/. ]{_YEAR}"  # 4-Mar-85, 04.Mar.1985
    rf"|\d{{1,2}}(?:{MONTHS})\d{{2}}(?:\d{{2}})?"  # 14JUL74 in a log
    rf"|{_DAY}\s+(?:of\s+|de\s+)?(?:{MONTHS})\.?,?\s+(?:de\s+)?{_YEAR}"  # 4th of March 1985, 4 de marzo de 1985
    rf"|(?:{MONTHS})\.?\s+{_DAY},?\s+{_YEAR}"  # March 4, 1985
)
_FILLER = (
    r"(?:[\s:\uff1a=,(\-\"']|\bon\b|\bthe\b|\bam\b|\bel\b|\bem\b|\bis\b|\bwas\b|\bof\b|\bas\b|\brecorded\b"
    r"|\bshows?\b|\bon\s+file\b|\bconfirmed\b|\blisted\b)*"
)
PATTERN = re.compile(rf"(?<![\w])(?:{'|'.join(BIRTH_WORDS)}){_FILLER}(?P<date>{DATE})(?![\w])", re.I)


_ASKED = re.compile(r"\b(?:date\s+of\s+birth|d\.?o\.?b\b|birth\s*date|birthday|born)", re.IGNORECASE)
_DATE = re.compile(rf"(?<![\w/.-])(?:{DATE})(?![\w/-])", re.IGNORECASE)


def birth_dates(text: str) -> list[tuple[int, int]]:
    """Dates after a birth word, and the first date of an answer to a question for one ("can you confirm your
    date of birth?" / "[22/06/2025, 22:05:45] Gary D: 19780715")."""
    found = [match.span("date") for match in PATTERN.finditer(text)]
    for _, start in answers(text, _ASKED):
        end = text.find("\n", start)
        date = _DATE.search(text, start, len(text) if end < 0 else end)
        if date is not None:
            found.append(date.span())
    return found


def birth_date_recognizer() -> EntityRecognizer:
    """A date in any common format right after a birth word; see the module docstring."""

    def find(text: str, doc: Any) -> list[tuple[int, int, str]]:
        return [(start, end, "DATE_TIME") for start, end in birth_dates(text)]

    return span_recognizer("BirthDateRecognizer", ["DATE_TIME"], find, SCORE)
