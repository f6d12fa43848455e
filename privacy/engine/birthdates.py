"""Dates of birth in the formats the NER model does not read as dates, found after a birth word.

"DOB 19850304", "DOB 850304", "生年月日 1985年3月4日" (after a full-width colon too), "née le 4 mars 1985", "geb.
am 4. März 1985", "born on the 4th of Mar. 85", "d.o.b. 4-Mar-85": whatever follows a birth word
(privacy/engine/presets.py) and reads as a day, a month and a year, in digits, in CJK or in English, French,
German, Spanish, Portuguese, Italian or Dutch month names.

And with no birth word, in a table pasted with no header: a date of a year at least twelve years past, in the
cell after a person's name or the next ("Fifita, Paula<TAB>19th January 1963", "| Murdo MacLeod | 26 Dec 1998 |").
A row's business dates are recent; a date that old next to a name is when the person was born.
"""

from __future__ import annotations

import datetime
import re
from typing import TYPE_CHECKING, Any

from privacy.engine.fields import cell_positions
from privacy.engine.identifiers import answers
from privacy.engine.presets import BIRTH_WORDS, MONTHS
from privacy.engine.recognizers import span_recognizer
from privacy.engine.spoken import SPOKEN_NUMBERS_DATE

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
        date = date or SPOKEN_NUMBERS_DATE.search(text, start, len(text) if end < 0 else end)
        if date is not None:
            found.append(date.span())
    return found


_DELIMITERS = ("|", "\t", ";", ",")
_MIN_CELLS = 3
_MIN_AGE = 12
_FOUR_DIGIT_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_NAME_CELL = re.compile(r"(?-i:[A-Z])[\w'\u2019.-]*(?:,?[ \t]+[^\W\d_][\w'\u2019.-]*){0,3}")
_CELLS_BACK = 2  # the name, then perhaps its e-mail address: '"Joshi, Nilesh",nilesh.joshi@…,1978.07.08'


def row_birth_dates(text: str) -> list[tuple[int, int]]:
    """(start, end) of each old date right after a name in a table's row; see the module docstring."""
    found, offset = [], 0
    for line in text.split("\n"):
        found += [(offset + start, offset + end) for start, end in _row_dates(line)]
        offset += len(line) + 1
    return found


def in_a_row_after_a_name(text: str, start: int, end: int) -> bool:
    """Whether the date at text[start:end] is an old date after a name in a table's row (`row_birth_dates`)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return any(a < end - line_start and b > start - line_start for a, b in _row_dates(line))


def _row_dates(line: str) -> list[tuple[int, int]]:
    delimiter = next((d for d in _DELIMITERS if line.count(d) >= _MIN_CELLS - 1), None)
    cells = cell_positions(line, delimiter) if delimiter is not None else []
    found = []
    for index, (at, value) in enumerate(cells):
        before = [cell for _, cell in cells[max(0, index - _CELLS_BACK) : index]]
        if at >= 0 and _DATE.fullmatch(value) and _old(value) and any(map(_NAME_CELL.fullmatch, before)):
            found.append((at, at + len(value)))
    return found


def _old(value: str) -> bool:
    year = _FOUR_DIGIT_YEAR.search(value)
    return year is not None and int(year.group()) <= datetime.date.today().year - _MIN_AGE


def birth_date_recognizer() -> EntityRecognizer:
    """A date in any common format right after a birth word; see the module docstring."""

    def find(text: str, doc: Any) -> list[tuple[int, int, str]]:
        return [(start, end, "DATE_TIME") for start, end in birth_dates(text) + row_birth_dates(text)]

    return span_recognizer("BirthDateRecognizer", ["DATE_TIME"], find, SCORE)
