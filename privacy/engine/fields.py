"""Values typed by the field they sit in: a table's column header or a form line's label.

A CSV export, a pipe table or a form dump says what each value is once, in its header ("tenant_ref,
tenant,dob") or on its line ("Date of birth....: 4 March 1979", "NAME = ANA RUIZ", "VIN\tE9RJM7F7…"),
and nothing next to the value does. Here a field's label is read for the kind of value it holds, by the
same words that announce values elsewhere: a person's name, a date of birth, an address, a phone number,
an e-mail address, or an identifier of a family of `identifiers.FAMILIES`. Labels about things rather than
people ("company name", "pet", "product", "order") hold no PII. A table is a header line and the lines
after it with as many fields, split by one delimiter (comma, semicolon, tab or pipe).
"""

from __future__ import annotations

import csv
import functools
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from privacy.engine.identifiers import BUSINESS_WORDS, FAMILIES
from privacy.engine.presets import BIRTH_WORDS
from privacy.engine.recognizers import span_recognizer

if TYPE_CHECKING:  # Presidio is imported lazily, under the anonymization load lock.
    from presidio_analyzer import EntityRecognizer

SCORE = 0.55
_PERSON = (
    r"(?:(?:full|first|last|given|family|middle|sur|maiden|preferred|legal|patient|tenant|employee|customer|client"
    r"|member|insured|passenger|owner|student|pupil|driver|contact|parent|guardian|carer)[\s_-]*)?names?"
    r"|surname|forenames?|given|first|last|patient|tenant|employee|customer|cust|client|insured|claimant|passenger|pax"
    r"|owner|student|pupil|driver|attendee|guardian|parent(?:/carer)?|carer|next[\s_-]+of[\s_-]+kin|nok"
    r"|emergency[\s_-]+contact|contact[\s_-]+person|policy[\s_-]*holder|account[\s_-]+holder|beneficiary"
    r"|signed(?:[\s_-]+by)?|witness|applicant|debtor|borrower|guarantor|resident|occupant|recipient|traveller"
    # who else a form names: a landlord, a third party, the staff who handled it
    r"|(?:previous[\s_-]+)?landlord|third[\s_-]+party|tp|(?:alt\.?|alternative|secondary)[\s_-]+contact|assignee"
    r"|requester|reporter|handler|adjuster|pharmacist|doctor|physician|gp|nurse|clinician|consultant|surgeon|vet"
    r"|engineer|technician|caseworker|social[\s_-]+worker|referrer|(?:reviewed|approved|prepared|collected)[\s_-]+by|drv"
    # a log's keys in short and other languages: "NM=", "CUSTNM:", "HOLDER:", "UPD_BY:", "USR:", "KUNDE="
    r"|nm|custnm|holder|agent|(?:upd|updated|created|changed|modified)[\s_-]*by|usr|user(?:[\s_-]*(?:id|name))?|opr"
    r"|kunde|cliente|client[ea]?|nombre|nom|vorname|nachname|apellidos?|sobrenome"
)
# A vehicle's registration, by the vehicle's label ("TP vehicle....: CA 260-907"): letters and digits only.
_VEHICLE = r"(?:tp[\s_-]+)?vehicle|vrm|rego|kennzeichen|matr[ií]cula|plaque|targa"
_PLATE = re.compile(r"[A-Z0-9\uac00-\ud7a3]{1,8}(?:[ -][A-Z0-9\uac00-\ud7a3]{1,6}){0,3}")
_ADDRESS = (
    r"(?:home[\s_-]+|postal[\s_-]+|mailing[\s_-]+)?address(?:[\s_-]*(?:line)?[\s_-]*\d)?|addr[\s_-]*\d?|street|city|town"
    r"|suburb|post[\s_-]*code|zip|eircode|anschrift|adresse|direcci[oó]n|endere[cç]o|indirizzo|adres|domicilio"
)
# A date of birth's label as logs shorten it: "DOB_DT", "BIRTH_DT", "F_NAC" (fecha de nacimiento), "GEB_DAT"
_BIRTH_KEY = (
    r"(?:dob|birth)[\s_-]*(?:dt|date)|f(?:ec(?:ha)?)?[\s_.-]*nac|geb[\s_.-]*dat(?:um)?|dt[\s_-]*nasc"
    r"|dat[ae][\s_-]*(?:de[\s_-]*)?naiss(?:ance)?"  # "date_naissance"
)
_PHONE = r"phone|tel(?:ephone)?|mobile|mob|cell|landline|fax|whatsapp"
_EMAIL = r"e-?mail|email[\s_-]+address"
_THINGS = (
    r"company|practice|clinic|hospital|organi[sz]ation|employer|insurer|bank|branch|product|item|pet|animal|breed"
    r"|species|drug|medication|make|model|department|dept|ward|team|vendor|supplier|carrier|airline"
    r"|status|priority|amount|total|fee|price|rent|balance|currency"
)
_BUSINESS = "|".join(BUSINESS_WORDS)


def _family_pattern() -> str:
    return "|".join(rf"(?P<{family}>{'|'.join(words)})" for family, words in FAMILIES.items())


_SKIP = re.compile(rf"(?:^|[\s_/(-])(?:{_THINGS}|{_BUSINESS})(?=$|[\s_/.)#:-])", re.IGNORECASE)
_LABEL_TYPES = re.compile(
    rf"(?:^|(?<=[\s_/(-]))(?:(?P<DATE_TIME>{_BIRTH_KEY}|{'|'.join(BIRTH_WORDS)})|(?P<EMAIL_ADDRESS>{_EMAIL})"
    rf"|(?P<LOCATION>{_ADDRESS})|(?P<PHONE>{_PHONE})|(?P<PLATE>{_VEHICLE})|(?P<PERSON>{_PERSON})|{_family_pattern()})"
    r"(?=$|[\s_/.)#:-])",
    re.IGNORECASE,
)
# A form line: a short label, a separator (dot leaders, tabs, " = ", " | "), the value. A label with a colon
# alone is the other recognizers' (people.py, identifiers.py, birthdates.py).
FORM_LINE = re.compile(
    r"^[ \t>*-]*(?P<label>[^\W\d_][\w /#'().&-]{0,40}?)[ \t]*(?:\.{2,}[ \t]*:?|\t+|[ \t]=[ \t]|[ \t]\|[ \t])"
    r"[ \t]*(?P<value>[^\t\n|]*[^\s|])",
    re.MULTILINE,
)
# A form line with a colon: its label is read for dates of birth only, the other recognizers' for the rest.
COLON_LINE = re.compile(r"^[ \t>*-]*(?P<label>[^\W\d_][\w /.'-]{0,30}?)[ \t]*:[ \t]*(?P<value>[^\n]*[^\s])", re.M)
# An audit trail's key=value pair: "vehicle_plate=MD49 FRV ni_number=JW329648C", "card_masked=5597"; the value
# runs to the next key. A bare "ref=" or "id=" is a business's reference.
KEY_VALUE = re.compile(
    r"(?<![\w.=])(?P<label>[a-z][a-z0-9]*(?:_[a-z0-9]+)+|[a-z]{3,}\d?|[A-Z]{3,}\d?)=(?P<value>\"[^\"\n]*\"|[^\s\"=|]+"
    r"(?:[ \t](?![\w.]+=)[^\s\"=|]+)*)"
)
# A log's field in capitals, after "=" or ":": "CUST_NAME=ADUNNI AJAYI-COKER", "HOLDER: RANDRIAMAMPIONONA, HANITRA",
# "NM=AZIZ, AZAD  ROOM=BAY 18"; the value runs to the next such key, a "|" or ";", or the line's end.
# Not the parts of a Turkish or Balkan address ("NO: 18 D: 12", "ET. 8, AP. 77").
_CAPS_KEY = r"(?!(?:NO|NR|N|D|DA|KAT|DAIRE|AP|APT|ET|BL|SC|KV|K)[ \t]?[=:])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*"
CAPS_FIELD = re.compile(
    rf"(?<![\w.:=/-])(?P<label>{_CAPS_KEY})[ \t]?[=:](?!//)[ \t]*(?!{_CAPS_KEY}[ \t]?[=:](?!//))"  # not "HTTPS://"
    r"(?P<value>[^\s|;=][^\n|;=]*?)"
    rf"(?=[ \t]*(?:$|[|;])|[ \t]{{2,}}|[ \t]{_CAPS_KEY}[ \t]?[=:])",  # two spaces part a log's fields too
    re.MULTILINE,
)
# A program's account, no person's: "OPR=SYS", "user=svc_batch"
_MACHINES = frozenset({"sys", "system", "batch", "auto", "admin", "cron", "api", "bot", "root", "ivr", "svc", "daemon"})
# A JSON object's pair: '"tenant_name": "Ana Ruiz"', '"addr2": "Te Aro, Auckland 2996"'.
JSON_PAIR = re.compile(r'"(?P<label>[^"\n]{1,40})"[ \t]*:[ \t]*(?P<value>"[^"\n]*")')
_BARE_KEYS = frozenset({"ref", "id", "reference", "code", "key", "type", "status", "source", "event", "action"})
_DELIMITERS = (",", ";", "\t", "|")
# What may follow a label's announcing word: "no.", "#", "number", a note in brackets, a colon.
_TRAILING = re.compile(
    r"[\s_.:#-]*(?:(?:no|nr|num|number|id|ref|code|masked|last4)\b[\s.:#]*)?(?:\(.*\))?[\s.:]*", re.IGNORECASE
)
_EMPTY = frozenset({"", "-", "--", "n/a", "na", "none", "null", "unknown", "tbc", "?"})


def label_type(label: str) -> str | None:
    """The entity type a field's label announces ("Date of birth" -> DATE_TIME, "tenant_ref" -> ID,
    "Patient name" -> PERSON), or None for a label about a thing ("pet name", "order id") or anything
    else. The last announcing word decides, as the head of an English compound comes last."""
    label = label.strip()
    if _SKIP.search(label):
        return None
    matches = list(_LABEL_TYPES.finditer(label))
    if not matches or not _TRAILING.fullmatch(label[matches[-1].end() :]):  # "Last updated": no surname
        return None
    kind = next(name for name, value in matches[-1].groupdict().items() if value is not None)
    return "PHONE_NUMBER" if kind == "PHONE" else kind  # "PLATE": an ID of a vehicle's shape (see _a_value)


@functools.lru_cache(maxsize=256)
def field_values(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, entity type) of each value whose field's label announces PII."""
    found = [*_table_values(text)]
    for match in FORM_LINE.finditer(text):
        kind = label_type(match.group("label"))
        if kind is not None and _a_value(match.group("value").strip(), kind):
            found.append((*match.span("value"), "ID" if kind == "PLATE" else kind))
    for match in COLON_LINE.finditer(text):  # "Birth dt: 18 FEB 1944": a date of birth by its label alone
        if label_type(match.group("label")) == "DATE_TIME" and _a_value(match.group("value"), "DATE_TIME"):
            found.append((*match.span("value"), "DATE_TIME"))
    for match in [*KEY_VALUE.finditer(text), *JSON_PAIR.finditer(text), *_caps_fields(text)]:
        kind = label_type(match.group("label")) if match.group("label") not in _BARE_KEYS else None
        kind = "PLATE" if kind == "ID" and re.search(r"plate|vehicle|vrm|reg", match.group("label")) else kind
        start, end = match.span("value")
        end = start + _unlabelled(match.group("value"))  # "FALGUNI MODI DOB 14-JUN-1938": the name
        start, end = (start + 1, end - 1) if match.group("value").startswith('"') else (start, end)
        if kind is not None and start < end and _a_value(text[start:end], kind):
            found.append((start, end, "ID" if kind == "PLATE" else kind))
    return tuple(found)


def _caps_fields(text: str) -> list[re.Match[str]]:
    """A log's fields in capitals, on lines in capitals: "CUSTNM: SHIN, DO-YUN", not "TO: Ana" of an e-mail."""
    return [m for m in CAPS_FIELD.finditer(text) if _in_capitals(text, m.start())]


def _unlabelled(value: str) -> int:
    """How much of a field's value comes before a word that is another field's label ("… DOB", "… TEL")."""
    for word in re.finditer(r"(?<=\s)[A-Za-z][\w.]*", value):
        if len(word.group()) <= 5 and word.group().isupper() and label_type(word.group().rstrip(".")) is not None:
            return len(value[: word.start()].rstrip())
    return len(value)


def caps_keys(text: str) -> list[tuple[int, int]]:
    """(start, end) of each key of a log's field in capitals ("SVC_DT" of "SVC_DT: Q4 2023"): a field's
    name, never a person's, whatever the model reads in it."""
    return [match.span("label") for match in _caps_fields(text)]


def _in_capitals(text: str, at: int) -> bool:
    start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    line = text[start : end if end >= 0 else len(text)]
    letters = [ch for ch in line if ch.isalpha()]
    return len(letters) >= 8 and sum(ch.isupper() for ch in letters) >= 0.9 * len(letters)


def in_birth_field(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] lies in a field whose label says date of birth."""
    return any(s <= start and end <= e and kind == "DATE_TIME" for s, e, kind in field_values(text))


@functools.lru_cache(maxsize=256)
def thing_values(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each value whose field's label is about a thing ("sku", "Product", "Order ref"): a
    code there is a product's or an order's, whatever its shape (shapes.py)."""
    found = [(start, end) for start, end, kind in _table_values(text, _a_thing_label) if kind]
    for match in FORM_LINE.finditer(text):
        if _a_thing_label(match.group("label")):
            found.append(match.span("value"))
    return tuple(found)


def _a_thing_label(label: str) -> str | None:
    """ "THING" for a label whose last word names a thing ("sku", "Product code", "Order ID"; not "Bank
    account", whose head is the account)."""
    label = label.strip()
    ends = [match.end() for match in _SKIP.finditer(label)]
    return "THING" if ends and _TRAILING.fullmatch(label[ends[-1] :]) else None


def _table_values(text: str, typed: Callable[[str], str | None] = label_type) -> list[tuple[int, int, str]]:
    lines, found, offset = text.split("\n"), [], 0
    starts = []
    for line in lines:
        starts.append(offset)
        offset += len(line) + 1
    index = 0
    while index < len(lines) - 1:
        delimiter, header = _header(lines[index], typed)
        if delimiter is None:
            index += 1
            continue
        kinds = [typed(label) for label in header]
        row = index + 1
        while row < len(lines) and len(_cells(lines[row], delimiter)) == len(header):
            found += _row_values(lines[row], starts[row], delimiter, kinds)
            row += 1
        index = row
    return found


def _header(line: str, typed: Callable[[str], str | None]) -> tuple[str | None, list[str]]:
    for delimiter in _DELIMITERS:
        cells = [cell.strip() for cell in _cells(line, delimiter)]
        labels = len(cells) >= 3 and all(cell and len(cell) <= 30 and not re.search(r"\d", cell) for cell in cells)
        if labels and any(typed(cell) for cell in cells):
            return delimiter, cells
    return None, []


def _cells(line: str, delimiter: str) -> list[str]:
    if delimiter not in line:
        return []
    stripped = line.strip()
    if delimiter == "|":
        stripped = stripped.strip("|")
    try:
        return next(csv.reader([stripped], delimiter=delimiter, skipinitialspace=True), [])
    except csv.Error:  # a carriage return inside the line ("a;b\rc"): no row of a table
        return []


def cell_positions(line: str, delimiter: str) -> list[tuple[int, str]]:
    """Each cell of a table's row as (where its value starts in `line`, or -1 when empty, the value)."""
    found, position = [], 0
    for cell in _cells(line, delimiter):
        value = cell.strip()
        at = line.find(value, position) if value else -1
        position = at + len(value) if at >= 0 else position
        found.append((at, value))
    return found


def _row_values(line: str, line_start: int, delimiter: str, kinds: list[str | None]) -> list[tuple[int, int, str]]:
    found = []
    for (at, value), kind in zip(cell_positions(line, delimiter), kinds, strict=False):
        if at < 0:
            continue
        if kind is not None and _a_value(value, kind):
            found.append((line_start + at, line_start + at + len(value), "ID" if kind == "PLATE" else kind))
    return found


_LEAST_DIGITS = {"PHONE_NUMBER": 7, "DATE_TIME": 1, "EMAIL_ADDRESS": 0, "LOCATION": 0, "PERSON": 0}


def _a_value(value: str, kind: str) -> bool:
    """Whether `value` can be of the field's type: a name has a letter, a phone number seven digits, an
    identifier three ("claims | 20", "pax;14" are counts, not a claim or a person)."""
    from privacy.engine.names import a_name, english_words_only

    if value.casefold() in _EMPTY:
        return False
    if kind == "PLATE":
        return bool(_PLATE.fullmatch(value)) and sum(ch.isdigit() for ch in value) >= 2  # "MD49 FRV"
    if kind == "PERSON" and _MACHINES.intersection(re.split(r"[\W_]+", value.casefold())):  # "OPR=SYS", "svc_batch"
        return False
    if kind == "PERSON":  # "Reviewed by | Superintendent Pharmacist": a role, no name; "McAllister" is one
        names = any(a_name(word) for word in value.casefold().split())  # "BARLOW OLIVER", English words both
        return any(ch.isalpha() for ch in value) and (names or not english_words_only(value))
    return sum(ch.isdigit() for ch in value) >= _LEAST_DIGITS.get(kind, 3)


def field_recognizer() -> EntityRecognizer:
    """Values typed by their table column or form label; see the module docstring."""
    entities = ["PERSON", "DATE_TIME", "EMAIL_ADDRESS", "LOCATION", "PHONE_NUMBER", *FAMILIES]

    def find(text: str, doc: Any) -> list[tuple[int, int, str]]:
        return list(field_values(text))

    return span_recognizer("FieldRecognizer", sorted(set(entities)), find, SCORE)


# A key as programs write them ("note1", "addr_2", "cust_no"); one with spaces or capitals may be a name's.
_JSON_KEY = re.compile(r'(?:(?<=[{,])|(?<=[{,][ \t\n]))"(?P<key>[a-z][a-z0-9_]{0,39})"(?=[ \t]*:)')


def json_keys(text: str) -> list[tuple[int, int]]:
    """(start, end) of each key of a JSON object in `text` written as programs write them ("note1" of
    '{"note1": "..."}'): a field's name, never a person's or a place's."""
    return [match.span("key") for match in _JSON_KEY.finditer(text)]
