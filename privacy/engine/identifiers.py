"""Identifiers by their context, not their format: an id-shaped value right after a claim / policy / record word.

Formats vary by insurer, hospital and country ("Claim WC-2321-02", "claim no. H3557416", "policy KB 580 955",
"MRN 21477270", "med rec # 004-55-12", "acct ending 4471", "member ID: XJH884721903", "Ref: KX/2024/0091"),
while the words that announce them do not. A value is typed by the family of the word before it, in any
case and abbreviation, with at most a few filler words between ("no.", "#", "number", "ending in", ":").
It must hold digits (four, or three with letters), and is refused when it reads as a date, a year or an
amount. Values with no announcing word are left to the format recognizers (privacy/engine/recognizers.py).
"""

from __future__ import annotations

import datetime
import itertools
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from privacy.engine.presets import CHAT_HEADER
from privacy.engine.recognizers import luhn_valid, span_recognizer

if TYPE_CHECKING:  # Presidio is imported lazily, under the anonymization load lock.
    from presidio_analyzer import EntityRecognizer

# Family -> the words that announce its identifiers (regex alternatives, matched case-insensitively as
# whole words). Longer phrases come first within a family; families are tried in this order.
FAMILIES: dict[str, tuple[str, ...]] = {
    "MRN": (
        r"medical\s+record(?:\s+number)?",
        r"med\.?\s*rec(?:ord)?s?",
        r"hospital\s+(?:no|number|id)",
        r"patient\s+(?:id|no|number)",
        r"(?:health|hospital|patient)\s+record",
        r"record\s+(?:no|number|#)",
        r"unit\s+record",
        r"ur\s*(?:no|number|#)",
        r"mrn",
        r"emr",
        r"ehr",
        r"chart",
        r"nhs",
        r"chi",
        r"encounter",
        r"visit\s+(?:no|number|id)",
        r"admission\s+(?:no|number|id)",
    ),
    "CLAIM_ID": (r"claims?", r"clm", r"cl(?=\.?\s*no)"),
    "POLICY_NUMBER": (r"polic(?:y|ies)", r"pol", r"plcy", r"pcy", r"certificate"),
    "ACCOUNT_NUMBER": (
        r"accounts?|acct|acc|a/c|iban|sort(?:\s+code)?|bsb|konto(?:nr|nummer)?",
        r"bank(?:\s+(?:chg|change(?:d)?(?:\s+to)?|details|acct|a/c))?",  # "BANK CHG 796676-10", "bank change to …"
    ),
    # A number in any country's national format after a phone word ("Tel. 612 34 56 78", "mob 010-1234-5678").
    "PHONE_NUMBER": (
        r"tel(?:ephone)?",
        r"phone",
        r"ph",
        r"mob(?:ile)?",
        r"cell(?:phone)?",
        r"landline",
        r"fax",
        r"whats\s*app",
        r"contact\s+(?:no|number)",
        r"(?:call|text|reach|ring)(?:ed)?\s+(?:me\s+|him\s+|her\s+|them\s+)?(?:on|at)",
    ),
    # A card number in a grouping Presidio's card pattern does not know ("3056 9309 0259 04"); Luhn-checked.
    "CREDIT_CARD": (
        r"(?:credit|debit|bank)\s+card",
        r"card",
        r"visa",
        r"mastercard",
        r"amex",
        r"diners(?:\s+club)?",
        r"maestro",
        r"jcb",
        r"unionpay",
        r"discover",
    ),
    "ID": (
        # membership and loyalty
        r"member(?:ship)?",
        r"mbr",
        r"subscriber",
        r"enrollee",
        r"beneficiary",
        r"insured",
        r"frequent\s+fl(?:y|i)er",
        r"ffn?",
        r"loyalty",
        r"rewards?",
        r"customer",
        r"cust",
        r"crn",  # a customer's reference number: "crn: CUS 4447 7553"
        r"client",
        r"patient",
        r"user",
        # staff and students
        r"employee",
        r"staff",
        r"emp",
        r"badge",
        r"payroll",
        r"personnel",
        r"service",
        r"student",
        r"pupil",
        # documents
        r"passport",
        r"pp",
        r"(?:driver'?s?\s+|driving\s+)?licen[cs]e",
        r"dl",
        r"dln",
        r"permit",
        r"green\s+card",
        r"alien",
        # vehicles: Safe Harbor's vehicle identifiers
        r"vin",
        r"reg(?:istration)?",
        r"(?:licen[cs]e\s+|number\s+)?plate",
        # national, tax and health numbers, by their own names
        r"insurance\s+card",
        r"health\s+(?:no|number|id)",
        r"individual\s+number",
        r"upn",
        r"uid",
        r"nir",
        r"tenan(?:cy|t)",
        r"national\s+(?:id|insurance|identity)|ni|nino|social\s+(?:security|insurance)|ssn|sin|aadhaa?r",
        r"pan|curp|rfc|dni|nie|nif|bsn|pesel|cpf|rut|c[ée]dula|personnummer|nric|hkid|pps[n]?|cnic|nida|nin|emirates\s+id",
        r"codice\s+fiscale|steuer-?id|tax|tin|utr|tfn|ird|medicare|medicaid|mbi",
        r"health\s+(?:card|insurance|plan)|ohip|ihi",
        # cases and files
        r"reference",
        r"ref",
        r"case",
        r"matter",
        r"docket",
        r"file",
        r"id",
    ),
}
# Between the announcing word and the value: "no.", "nr", "#", "number", "id", ":", "is", "ending in".
_SEPARATOR = r"(?:[\s:#.,\-=*•·…]|\((?!\d{1,5}\)))"  # "(" unless it opens an area code: "(020) 7946 0958"
_FILLER = (
    rf"(?:{_SEPARATOR}*(?:no|nr|num|number|id|ref|code|card|is|was|will\s+be|on\s+file|ending(?:\s+in|\s+with)?"
    r"|ends?\s+(?:in|with)|last\s+(?:4|four)(?:\s+digits)?|digits|reads|x{2,}|:|#)\b\.?)*"
    rf"{_SEPARATOR}*"
)
# A chunk of the value: letters and digits, joined by - / . (one at a time), with a digit somewhere; after
# it only digit groups ("KB 580 955": an upper-case prefix, then digits), so no word is taken along.
_CHUNK = r"(?=[A-Za-z0-9/.-]*\d)[A-Za-z0-9]+(?:[-/.][A-Za-z0-9]+)*"
_LABELS = r"(?:SSN|SIN|DOB|MRN|ID|NO|NR|REF|TEL|IBAN|ACCT|POL|CLM|PIN|BSN|NHS|TIN)\s"  # not a value's prefix
_NOT_PREFIX = r"(?:for|of|on|in|to|at|by|is|was|the|and|or|are|as|an|its|our|his|her|new|old|due|per|via)\s"
# An upper-case prefix ("KB 580 955"), or a lower-case one of chat ("kb 580 955") that is no short word.
_PREFIX = rf"(?!{_LABELS}|{_NOT_PREFIX})(?:(?-i:[A-Z]{{1,4}})|(?-i:[a-z]{{1,3}}))\s"
_VALUE = rf"(?:{_PREFIX}|\+|\(\d{{1,5}}\)\s?)?{_CHUNK}(?:[ \t]\d{{2,}}(?:[-/.]\d+)*){{0,6}}"  # one line
_NOT_AFTER = r"(?![A-Za-z0-9@]|[-/.][A-Za-z0-9])"
_CURRENCY_AFTER = re.compile(r"\s*(?:usd|eur|gbp|inr|rs|dollars?|euros?|pounds?|%)\b", re.IGNORECASE)
_DATE = re.compile(r"(\d{1,4})[-/.](\d{1,2})[-/.](\d{1,4})")
# A date's shape anywhere in a value: "08-19-2024 12:55", read as a number, is no phone number.
DATE_INSIDE = re.compile(r"\d{1,4}[-/.]\d{1,2}[-/.]\d{2,4}")
_YEAR = re.compile(r"(?:19|20)\d{2}")
_LAST_FOUR = re.compile(r"ending|ends|last|file|[*•·…:]|x{2,}", re.IGNORECASE)  # and "Card: 9623"
_SORT_CODE = re.compile(r"\d{2}-\d{2}-\d{2}(?:\s\d{6,10})?")
SCORE = 0.6


# References to things, not people: an order, a ticket, a product. Under the default preset the value after
# one of these words is kept whatever recognizer matched it (an order number read as a phone number).
# Vehicle and device serials are not among them: Safe Harbor counts them as identifiers.
BUSINESS_WORDS = (
    r"orders?",
    r"purchase\s+order",
    r"po(?![ \t.]*box\b)",  # not a post-office box: "PO BOX 1804"
    r"invoices?",
    r"inv",
    r"receipt",
    r"tickets?",
    r"tkt",
    r"tracking",
    r"shipment",
    r"consignment",
    r"parcel",
    r"waybill",
    r"awb",
    r"sku",
    r"part",
    r"model",
    r"item",
    r"product",
    r"quote(?![ \t]+(?:ref|reference|our|your|this|the|claim|policy|account|case)\b)",  # not "please quote ref …"
    r"flight",
    r"booking",
    r"listing",
    r"recording",
    r"form",
    r"job",
    r"pnr",
    r"confirmation",
    r"transaction",
    r"txn",
    r"batch",
    r"lot",
    r"version",
    r"build",
    r"release",
    r"firmware",
    r"room",
    r"ward",
    r"bed",
    r"gate",
    r"seat",
    r"section",
    r"clause",
    r"article",
    r"rule",
    r"icd(?:-?10)?",
    # a firm's own numbers, in the footer of its letters: "Registered in England & Wales No. 0437137"
    r"registered\s+in\s+[A-Za-z &]{2,30}?\s+no",
    r"company\s+(?:no|number|registration)",
    r"vat(?:\s+(?:no|number|reg(?:istration)?))?",
    r"abn",
    r"ein",
    r"cpt",
)
_BUSINESS = re.compile(
    rf"(?<![\w/])(?:{'|'.join(BUSINESS_WORDS)})(?![\w/]){_FILLER}(?P<value>{_VALUE}){_NOT_AFTER}", re.IGNORECASE
)


# A statute's number: "Regulation (EU) 2016/679", "reg. (eu) 2016/679", "Directive 2010/63/EU", "Dir. 95/46/EC"
_LEGAL = re.compile(
    r"(?<![\w/])(?:regulation|reg\.|directive|dir\.)[ \t]*(?:\((?:eu|ec|eec|ue)\)[ \t]*)?(?:no\.?[ \t]*)?"
    r"\d{2,4}/\d{1,4}(?:/(?:eu|ec|eec|ue))?(?![\w/])",
    re.IGNORECASE,
)


def legal_references(text: str) -> list[tuple[int, int]]:
    """(start, end) of each statute's name and number: a law's, never a person's."""
    return [match.span() for match in _LEGAL.finditer(text)]


def business_references(text: str) -> list[tuple[int, int]]:
    """(start, end) of each value announced by an order, ticket, product… word: see BUSINESS_WORDS."""
    return [match.span("value") for match in _BUSINESS.finditer(text)]


def _pattern() -> re.Pattern[str]:
    families = "|".join(rf"(?P<{family}>{'|'.join(words)})" for family, words in FAMILIES.items())
    return re.compile(rf"(?<![\w/])(?:{families})(?![\w/]){_FILLER}(?P<value>{_VALUE}){_NOT_AFTER}", re.IGNORECASE)


PATTERN = _pattern()
_LEADING_WORD = re.compile(
    rf"(?:{'|'.join(word for words in FAMILIES.values() for word in words)})[ \t]+(?=\S*\d)", re.IGNORECASE
)


def leading_identifier_word(value: str) -> int:
    """How many characters of a found name are an identifier's word before its value ("VIN E9RJM7…" read
    as a person): those are kept, and the value is the identifier recognizer's."""
    match = _LEADING_WORD.match(value)
    return match.end() if match else 0


def _trailing_pattern() -> re.Pattern[str]:
    families = "|".join(rf"(?P<{family}>{'|'.join(words)})" for family, words in FAMILIES.items())
    return re.compile(
        rf"(?<![\w/.-])(?P<value>{_VALUE}){_NOT_AFTER}(?:(?P<paren>[ \t]*\([ \t]*(?:the[ \t]+|my[ \t]+)?)"
        rf"|[ \t]+(?:is|was)[ \t]+(?:the|my|his|her|your|their|our)[ \t]+)(?:{families})(?![\w/])"
        r"(?(paren)[^()\n]{0,24}\))",
        re.IGNORECASE,
    )


# The word after the value: "442109786 (Account No.)", "HR-75-1860 is the employee ID".
TRAILING = _trailing_pattern()


def trailing_identifiers(text: str) -> list[tuple[int, int, str]]:
    """(start, end, entity type) of each identifier whose word follows it; see TRAILING."""
    found = []
    for match in TRAILING.finditer(text):
        family = next(name for name in FAMILIES if match.group(name) is not None)
        start, end = match.span("value")
        if _fits(family, match.group("value"), text[end:], "ending" if family == "CREDIT_CARD" else ""):
            found.append((start, end, family))
    return found


def _asked_pattern() -> re.Pattern[str]:
    families = "|".join(rf"(?P<{family}>{'|'.join(words)})" for family, words in FAMILIES.items())
    return re.compile(rf"\b(?:your|his|her|their|the)[ \t]+(?:[\w-]+[ \t]+)?(?:{families})(?![\w/])", re.IGNORECASE)


# A question for an identifier, answered on the next line of a chat or a call: "What's your employee
# number?" / "[12:15] +31 6 50652596: 02505-B"; "can I have your reference and date of birth?" / "dc-2022-…".
ASKED = _asked_pattern()
_QUESTION = re.compile(r"\?|\b(?:wh?at(?:'?s|\s+is)|can\s+i|could\s+i|may\s+i|please|confirm|need)\b", re.IGNORECASE)
_TURN = re.compile(r"^.*?[:>][ \t]+")  # the speaker's label, up to ": " (a time's colon has no space after it)


def answers(text: str, asked: re.Pattern[str]) -> Iterator[tuple[re.Match[str], int]]:
    """For each line that asks (`asked` matches it, and it reads as a question or a request), the match and
    where the answer starts on the next line, past its speaker's label ("[12:15] +31 6 50652596: ") or the
    line that heads a chat message ("Abdi J  18:06")."""
    lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", text) if not CHAT_HEADER.fullmatch(m.group())]
    for (_, question), (start, answer) in itertools.pairwise(lines):
        match = asked.search(question)
        if match is not None and _QUESTION.search(question):
            turn = _TURN.match(answer)
            yield match, start + (turn.end() if turn else 0)


_TOKEN = re.compile(rf"(?<![\w/.@-]){_CHUNK}(?:[ \t]\d{{2,}})*(?![\w/@-]|\.\w)")  # "2469 4456 666"


def answered_identifiers(text: str) -> list[tuple[int, int, str]]:
    """(start, end, entity type) of each identifier given in answer to a question for one; see ASKED."""
    found: list[tuple[int, int, str]] = []
    for asked, start in answers(text, ASKED):
        family = next(name for name in FAMILIES if asked.group(name) is not None)
        end = text.find("\n", start)
        for token in _TOKEN.finditer(text, start, len(text) if end < 0 else end):
            if _fits(family, token.group(), text[token.end() :], "") and family != "PHONE_NUMBER":
                found.append((*token.span(), family))
    return found


def identifier_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, entity type) of each announced identifier in `text`."""
    found, position = trailing_identifiers(text) + answered_identifiers(text), 0
    while (match := PATTERN.search(text, position)) is not None:
        family = next(name for name in FAMILIES if match.group(name) is not None)
        start, end = match.span("value")
        if _fits(family, match.group("value"), text[end:], text[match.end(family) : start]):
            found.append((start, end, family))
            position = end
        else:  # "case file 2023/HR/0447": the refused value may be the next announcing word
            position = start
    return found


def _fits(family: str, value: str, after: str, filler: str) -> bool:
    """Whether `value` is an identifier of the family: a card passes its check or is its last four digits
    ("card ending 4471", "visa ****4471"), a phone number has 7 to 15 digits, a sort code may look like a
    date ("12-03-85"), and any other value is acceptable."""
    digits = sum(ch.isdigit() for ch in value)
    if family == "CREDIT_CARD":
        return _card(value) or (digits == 4 and value.isdigit() and bool(_LAST_FOUR.search(filler)))
    if family == "PHONE_NUMBER":
        return 7 <= digits <= 15 and not _CURRENCY_AFTER.match(after) and not is_date(value)
    if family == "ACCOUNT_NUMBER" and _SORT_CODE.fullmatch(value):
        return True
    return _acceptable(value, after)


def _acceptable(value: str, after: str) -> bool:
    digits = sum(ch.isdigit() for ch in value)
    letters = sum(ch.isalpha() for ch in value)
    if digits < 3 or (digits == 3 and not letters):
        return False
    return not (_YEAR.fullmatch(value) or _CURRENCY_AFTER.match(after) or is_date(value))


def _card(value: str) -> bool:
    return 12 <= sum(ch.isdigit() for ch in value) <= 19 and luhn_valid(value)


def is_date(value: str) -> bool:
    """A day, month and year in some order that make a real date ("12/03/2024"; "004-55-12" is none)."""
    match = _DATE.fullmatch(value)
    if match is None:
        return False
    first, second, third = (int(part) for part in match.groups())
    for year, month, day in ((third, second, first), (third, first, second), (first, second, third)):
        year = year + 2000 if year < 100 else year
        try:
            datetime.date(year, month, day)
        except ValueError:
            continue
        if 1900 <= year <= 2100:
            return True
    return False


def identifier_recognizer() -> EntityRecognizer:
    """Identifiers of any format announced by a context word; see the module docstring."""
    return span_recognizer(
        "AnnouncedIdentifierRecognizer", list(FAMILIES), lambda text, doc: identifier_spans(text), SCORE
    )
