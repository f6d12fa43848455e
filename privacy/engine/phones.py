"""Phone numbers written the national way, which Presidio's PhoneRecognizer misses when the country is not
among its regions or the number is not allocated: "010-2640-9303", "(01) 610 9581", "0176 19531641".

Two ways in, each a PHONE_NUMBER: (1) the national shape: a trunk "0" or an area code in brackets, then
digit groups, nine to thirteen digits in all; (2) a number that speaks in an SMS log or a chat ("651 687 861
09:44: hey…", "SMS log for 651 687 861"), whatever its shape. Dates, a date with its time, and values after
an order or ticket word (`business_references`) are none.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from privacy.engine.identifiers import DATE_INSIDE, is_date
from privacy.engine.recognizers import span_recognizer

if TYPE_CHECKING:  # Presidio is imported lazily, under the anonymization load lock.
    from presidio_analyzer import EntityRecognizer

SCORE = 0.5
NATIONAL = re.compile(r"(?<![\w+/.-])(?:\(\d{2,5}\)[ \t]?|0\d{1,4}[ \t-])\d{2,4}(?:[ \t-]\d{2,5}){1,3}(?![\w/-]|:\d)")
_NUMBER = r"\+?\(?\d[\d() -]{5,18}\d"
# Who sends a text: a number at a line's start, before a time or a colon; or named by the log's title.
SENDER = re.compile(
    rf"^[ \t]*(?:\[\d{{1,2}}:\d{{2}}\][ \t]*)?(?P<number>{_NUMBER})(?=[ \t]+\d{{1,2}}:\d{{2}}:|:[ \t])"
    rf"|(?:sms\s+log\s+for|texts?\s+(?:with|from|to)|messages?\s+(?:with|from|to))[ \t]+(?P<title>{_NUMBER})",
    re.IGNORECASE | re.MULTILINE,
)


def phone_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each national-format or sending number in `text`; see the module docstring."""
    found = [match.span() for match in NATIONAL.finditer(text) if _a_number(match.group(), 9)]
    for match in SENDER.finditer(text):
        group = "number" if match.group("number") is not None else "title"
        if _a_number(match.group(group), 7):
            found.append(match.span(group))
    return found


def _a_number(value: str, least: int) -> bool:
    digits = sum(ch.isdigit() for ch in value)
    return least <= digits <= 15 and not is_date(value) and not DATE_INSIDE.search(value)


def national_phone_recognizer() -> EntityRecognizer:
    """Phone numbers in national formats and the numbers that send texts; see the module docstring."""

    def find(text: str, doc: Any) -> list[tuple[int, int, str]]:
        return [(start, end, "PHONE_NUMBER") for start, end in phone_spans(text)]

    return span_recognizer("NationalPhoneRecognizer", ["PHONE_NUMBER"], find, SCORE)
