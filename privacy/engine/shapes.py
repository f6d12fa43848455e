"""Identifiers by their shape alone: a code of letters and digits that no word announces ("WC-2321-02", "H3557416").

identifiers.py types a value by the word before it ("claim", "MRN"); a note that writes "re WC-2321-02" or
"(ref H3557416)" with another word, or none, would leak it. A token that reads as a reference code is
replaced as an ID: letters and digits joined by "-" or "/" ("CR/36664/HL"), or letters next to digits
("XJH884721903"), or a run of 8 to 12 digits ("21477270"), with at least five digits in all. What shares
that shape and is no identifier is refused: dates in any order and spelling ("20240312", "12-MAY-2023"),
year ranges and quarters ("2023-24", "Q3-2024"), statutes ("2016/679"), opening hours ("0900-1700"), sort
codes, amounts, the parts of links and e-mail addresses, and any code in a field about a thing ("sku",
"Product": fields.thing_values). A model's code has the shape too ("WH-1000XM5"); so have many real ids
("F4V0E58", "5RZR423"), and a code that stands alone is replaced. A shaped value yields to any other pattern's
finding that covers it (a phone number stays a phone number): see `yielding`.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from privacy.engine.fields import thing_values
from privacy.engine.identifiers import is_date
from privacy.engine.recognizers import span_recognizer

if TYPE_CHECKING:  # Presidio is imported lazily, under the anonymization load lock.
    from presidio_analyzer import EntityRecognizer

    from privacy.engine.findings import Span

NAME = "ShapedIdentifierRecognizer"
SCORE = 0.5
MIN_DIGITS = 5

_ALNUM = r"[A-Za-z0-9]+"
# After a space, a bracket, a colon ("PESEL:85030412345") or a label's full stop ("No.12345678"); not inside a
# word, a link, an amount or a decimal.
_TOKEN = re.compile(
    rf"(?:(?<![\w@/.:$£€¥₹+-])|(?<=[A-Za-z]:)|(?<=\b[A-Za-z]{{2}}\.))"
    rf"{_ALNUM}(?:[-/]{_ALNUM})*(?![\w@]|[-/.:][A-Za-z0-9]|%)"
)
_LINK = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+|\b[\w-]+(?:\.[\w-]+)+/\S*", re.IGNORECASE)
_MONTHS = r"jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec"
_YEAR = r"(?:19|20)\d{2}"
# Shapes of a date, a period or a rule: never an identifier, whatever their digits.
_NOT_IDENTIFIERS = (
    rf"\d{{1,2}}[-/](?:{_MONTHS})[a-z]*[-/]\d{{2,4}}",  # 12-MAY-2023
    rf"{_YEAR}[-/](?:{_YEAR}|\d{{2}})",  # 2023-24, 2019/2020
    rf"(?:q[1-4]|h[12]|fy|cy)[-/]?{_YEAR}(?:[-/](?:{_YEAR}|\d{{2}}))?",  # Q3-2024, FY2023-24
    rf"\d{{1,4}}/{_YEAR}|{_YEAR}/\d{{1,4}}",  # Directive 93/2013, Regulation 2016/679
    r"\d{2}-\d{2}-\d{2}",  # a bank's sort code
)
_NOT_IDENTIFIER = re.compile("|".join(_NOT_IDENTIFIERS), re.IGNORECASE)
_HOURS = re.compile(r"([01]\d|2[0-3])[0-5]\d-([01]\d|2[0-4])[0-5]\d")  # 0900-1700
_CURRENCY_BEFORE = re.compile(r"(?:usd|eur|gbp|inr|rs\.?|aud|cad|chf|jpy)\s?\Z", re.IGNORECASE)
_CURRENCY_AFTER = re.compile(r"\s?(?:usd|eur|gbp|inr|aud|cad|dollars?|euros?|pounds?|rupees?)\b", re.IGNORECASE)


# The rest of a card or account number shown masked ("XXXX-XXXX-XXXX-4471", "****4471", "•••• 4471"), or
# its last digits after "ending" ("ending in 4471", "last four digits 4471"), and a bank's sort code with its
# account ("20-45-77 31926819"): the digits left are still someone's.
_MASKED = re.compile(r"(?<![\w*•#])(?:\d{4,6}[ \t-]?)?(?:[xX*•#]{2,}[ \t-]?){1,4}\d{2,6}(?!\w)")  # "4389********2096"
_ENDING = re.compile(
    r"\b(?:(?:ending|ends)(?:[ \t]+(?:in|with))?|last[ \t]+(?:4|four)(?:[ \t]+digits)?(?:[ \t]+(?:of|are|is))?)"
    r"[ \t:#-]*(?P<digits>\d{4})(?![\w]|[-/.]\d)",
    re.IGNORECASE,
)
_PERIOD_BEFORE = re.compile(r"(?:year|period|quarter|month|week|fy|season|term)[ \t]*$", re.IGNORECASE)
_SORT_CODE_ACCOUNT = re.compile(r"(?<![\w-])\d{2}-\d{2}-\d{2}[ \t]+\d{6,10}(?![\w-])")
_CARD_WORDS = re.compile(r"card|visa|mastercard|amex|debit|credit", re.IGNORECASE)


def masked_numbers(text: str) -> list[tuple[int, int, str]]:
    """(start, end, type) of each masked number, last four digits and sort code with its account; a card's
    (a card word shortly before) or an account's."""
    found = [match.span() for match in _MASKED.finditer(text)]
    found += [
        match.span("digits") for match in _ENDING.finditer(text) if not _PERIOD_BEFORE.search(text[: match.start()])
    ]
    spans = [(start, end, _card_or_account(text, start)) for start, end in found]
    return spans + [(*match.span(), "ACCOUNT_NUMBER") for match in _SORT_CODE_ACCOUNT.finditer(text)]


def _card_or_account(text: str, start: int) -> str:
    return "CREDIT_CARD" if _CARD_WORDS.search(text[max(0, start - 40) : start]) else "ACCOUNT_NUMBER"


def shaped_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, "ID") of each token in `text` shaped like a reference code; see the module docstring."""
    refused = [match.span() for match in _LINK.finditer(text)] + list(thing_values(text))
    found = []
    for match in _TOKEN.finditer(text):
        start, end = match.span()
        if any(start < refused_end and end > refused_start for refused_start, refused_end in refused):
            continue
        if _shaped(match.group()) and not _amount(text, start, end):
            found.append((start, end, "ID"))
    return found


def _shaped(value: str) -> bool:
    digits = sum(ch.isdigit() for ch in value)
    if digits < MIN_DIGITS or _NOT_IDENTIFIER.fullmatch(value) or _HOURS.fullmatch(value) or is_date(value):
        return False
    if value.isdigit():
        return 8 <= len(value) <= 12 and not _compact_date(value)
    return True  # letters with digits, or digit groups joined by "-" or "/"


def _compact_date(value: str) -> bool:
    """A date written without separators: YYYYMMDD, DDMMYYYY or MMDDYYYY."""
    if len(value) != 8:
        return False
    orders = (
        (value[:4], value[4:6], value[6:]),  # YYYYMMDD
        (value[4:], value[2:4], value[:2]),  # DDMMYYYY
        (value[4:], value[:2], value[2:4]),  # MMDDYYYY
    )
    for year, month, day in orders:
        try:
            datetime.date(int(year), int(month), int(day))
        except ValueError:
            continue
        if 1900 <= int(year) <= 2100:
            return True
    return False


def _amount(text: str, start: int, end: int) -> bool:
    return bool(_CURRENCY_BEFORE.search(text[max(0, start - 5) : start]) or _CURRENCY_AFTER.match(text, end))


def yielding(spans: Sequence[Span]) -> list[Span]:
    """The spans less each shaped identifier that another pattern's finding covers: "555-234-5678" is the
    phone recognizer's, "CLM-2023-004512" the announced claim's, and the shape adds nothing to either. One
    that covers more stays ("DC-2022-721704", of which "2022-721704" reads as a phone number)."""
    others = [span for span in spans if span.from_pattern and span.source != NAME]
    return [
        span
        for span in spans
        if span.source != NAME or not any(other.start <= span.start and span.end <= other.end for other in others)
    ]


def shaped_identifier_recognizer() -> EntityRecognizer:
    """Reference codes that no word announces; see the module docstring."""
    entities = ["ID", "ACCOUNT_NUMBER", "CREDIT_CARD"]
    return span_recognizer(NAME, entities, lambda text, doc: shaped_spans(text) + masked_numbers(text), SCORE)
