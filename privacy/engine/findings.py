"""The findings of one text: spans, their rank on shared characters, and what is kept, merged or found again."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Presidio and spaCy are imported lazily, under the load lock (see presidio_engine).
    from presidio_analyzer import RecognizerResult
    from spacy.tokens import Doc

from privacy.engine.identifiers import is_date, leading_identifier_word
from privacy.engine.letters import DOMAIN, a_role_mailbox
from privacy.engine.names import OTHER_SCRIPT, holds_a_name
from privacy.engine.people import FIELD_WORDS, an_addressee, leading_role, role_word_only
from privacy.engine.places import a_country
from privacy.engine.policy import Policy
from privacy.engine.presets import date_of_birth, date_start, names_an_organisation

_CATCH_ALL = frozenset({"PHONE_NUMBER", "DATE_TIME"})
_NER_RECOGNIZERS = frozenset({"SpacyRecognizer", "TransformersRecognizer", "StanzaRecognizer"})
# The small model also tags domain acronyms (SSN, VIN, DOB) as ORG; an acronym is never a person.
_ACRONYM = re.compile(r"[A-Z]{2,4}")
# "12 months", "three weeks", "a 3-day stay" (the article and noun outside the finding are not matched).
_DURATION = re.compile(
    r"(?:about |around |over |under |nearly |almost |the (?:last|past|next) )?"
    r"(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few)"
    r"[ -](?:second|minute|hour|day|night|week|fortnight|month|year)s?",
    re.IGNORECASE,
)
NAME_TYPES = frozenset({"PERSON", "ORGANIZATION", "LOCATION", "NRP"})
_COMMON_TAGS = frozenset({"NN", "NNS", "JJ", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "RB"})
_LONE_WORD = re.compile(r"[^\W\d_]+")
_MAX_COMMON_WORDS = 4
_CONTRACTED = frozenset({"m", "s", "re", "ve", "ll", "d", "t"})  # "I'm", "we're"
_TIME_OF_DAY = re.compile(r"|\d{1,4}|\d{1,2}[:.]\d{2}")  # "08.06.2024 17" of "08.06.2024 17:05"
_MIN_PHONE_DIGITS = 7
# RFC 2142's mailbox names and the role addresses organisations commonly write from.
_MONTH = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b", re.IGNORECASE)


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    entity_type: str
    score: float
    from_pattern: bool  # a pattern/checksum match beats a statistical NER label on the same characters
    source: str = ""  # the recognizer's name, where the span comes straight from one

    def rank(self) -> tuple[bool, int, float, int]:
        # Phone numbers and dates are the catch-all digit types: "CLM-2023-004512" or an account number
        # also matches them, so any more specific type found on the same characters names the span; the
        # generic ID (another country's national number that an account number also satisfies) comes next.
        tier = 0 if self.entity_type in _CATCH_ALL else 1 if self.entity_type == "ID" else 2
        return (self.from_pattern, tier, self.score, self.end - self.start)


def whole_date(text: str, span: Span) -> Span:
    """A date with the day the model left before its month name: "12 <DATE_TIME_1>" leaked the day."""
    if span.entity_type != "DATE_TIME":
        return span
    return replace(span, start=date_start(text, span.start))


def not_replaced_organisation(value: str, policy: Policy) -> bool:
    """An acronym (SSN, VIN), an organisation whose name says so ("Allianz Insurance", "St Mary's Hospital")
    or with no word that is a person's name ("Vodafone", "Dyson"), or any organisation when the policy does
    not look for them. A name holding a person's name ("Haruto Watanabe", a surname alone) may be a person
    the model called an organisation, and is replaced."""
    if _ACRONYM.fullmatch(value) or "ORGANIZATION" not in policy.entities or names_an_organisation(value):
        return True
    return not holds_a_name(value)


def outside(text: str, spans: list[Span], keep: Sequence[tuple[int, int]]) -> list[Span]:
    """Trim spans off the kept regions; what remains of a name, before or after one, is still replaced, so
    nothing leaks. What a kept region leaves of a number or a code is replaced only when it holds a digit:
    "REF-" of "Recording REF-985795" is the recording reference's prefix, not a value."""
    for start, end in keep:
        trimmed = []
        for span in spans:
            if not (span.start < end and span.end > start):
                trimmed.append(span)
                continue
            before = span.start + len(text[span.start : start].rstrip(" \t,"))
            after = end + len(text[end : span.end]) - len(text[end : span.end].lstrip(" \t,"))
            parts = [replace(span, end=before)] if before > span.start else []
            parts += [replace(span, start=after)] if after < span.end else []
            trimmed += [part for part in parts if span.entity_type in NAME_TYPES or _has_digit(text, part)]
        spans = trimmed
    return spans


def _has_digit(text: str, span: Span) -> bool:
    return any(ch.isdigit() for ch in text[span.start : span.end])


def vague_date(text: str, span: Span) -> bool:
    """A date the NER model found with neither a digit nor a month ("two weeks", "Tuesday"), or a duration
    ("12 months", "a 3-day stay"): not PII, as it dates nothing."""
    if span.entity_type != "DATE_TIME" or span.from_pattern:
        return False
    value = text[span.start : span.end]
    if value.isdigit() and len(value) <= 2:  # "aged 88": a number, not a date
        return True
    return (not any(ch.isdigit() for ch in value) and not _MONTH.search(value)) or bool(_DURATION.fullmatch(value))


def common_word_opener(doc: Doc, span: Span) -> bool:
    """One capitalised common word opening a sentence that the NER model took for a name ("Invoice dated…",
    "Vehicle towed", "Diet reviewed"): the tagger reads a common noun, adjective or verb, not a proper noun."""
    if span.from_pattern or span.entity_type not in NAME_TYPES:
        return False
    tokens = doc.char_span(span.start, span.end, alignment_mode="expand")
    if tokens is None or len(tokens) != 1:
        return False
    if an_addressee(tokens.text):  # "Dear Sir or Madam"
        return True
    token = tokens[0]
    opens = token.i == 0 or doc[token.i - 1].is_space or doc[token.i - 1].text in {".", "!", "?", ":", ";"}
    return opens and token.is_title and token.tag_ in _COMMON_TAGS


def without_role(text: str, span: Span) -> Span | None:
    """A name the NER model found with the role word or title before it ("Claimant Sydney Okafor"), without
    it; None when it is a role word alone ("Caller" read as a place) or before one common word ("Driver Error")."""
    if span.from_pattern or span.entity_type not in NAME_TYPES:
        return span
    skip = leading_role(text[span.start : span.end]) or leading_identifier_word(text[span.start : span.end])
    if skip >= span.end - span.start or (skip and role_word_only(text[span.start + skip : span.end])):
        return None
    return replace(span, start=span.start + skip)


# What no name holds: "Acacia Ave,£875,2023-11-01"; nor goes on after its possessive: "nikos's blister pack".
_NAME_STOP = re.compile(r"[£$€¥₹;|]|,(?=\S)|['\u2019]s(?=[ \t]+[^\W\d_])")


_LAST_WORD = re.compile(r"[ \t]+([^\W\d_]+)\.?\Z")


def name_part(text: str, span: Span) -> Span | None:
    """A person the NER model ran on into digits, amounts, table cells or a field's word ("ANTHONY CHAMBERS
    DOB"), cut where no name goes on."""
    last = _LAST_WORD.search(text, span.start, span.end)
    if not span.from_pattern and span.entity_type in NAME_TYPES and last and last.group(1).casefold() in FIELD_WORDS:
        rest = text[span.start : last.start()].split()
        if len(rest) >= 2 and not any(word.casefold().strip(".") in FIELD_WORDS for word in rest):
            span = replace(span, end=last.start())
    if span.from_pattern or span.entity_type != "PERSON":
        return span
    stop = _NAME_STOP.search(text, span.start, span.end)
    if stop is None:
        return span
    end = len(text[span.start : stop.start()].rstrip(" ,.-")) + span.start
    return replace(span, end=end) if end > span.start else None


def name_parts(text: str, span: Span) -> list[Span]:
    """`name_part`, and the names in the cells after it: the NER model's "T-243097|Rafiq Sen Gupta" holds the
    tenant, whose own finding (the table's column) Presidio dropped as a duplicate inside the model's; a name in
    another script ("최민준") too."""
    first = name_part(text, span)
    parts = [first] if first is not None else []
    if span.from_pattern or span.entity_type != "PERSON":
        return parts
    for stop in _NAME_STOP.finditer(text, span.start, span.end):
        cell = re.match(r"[^£$€¥₹;|,]*", text[stop.end() : span.end]).group()  # type: ignore[union-attr]
        value = cell.strip(" \t.-")
        named = holds_a_name(value) or OTHER_SCRIPT.fullmatch(value)  # "최민준" in a CSV row: no list holds it
        if value and named and not any(ch.isdigit() for ch in value):
            start = stop.end() + cell.index(value)
            parts.append(replace(span, start=start, end=start + len(value)))
    return parts


_HOUR_AFTER = re.compile(r"[ \t]\d{1,2}\Z")


def without_hour(text: str, span: Span) -> Span:
    """A phone number without the hour of the time after it: "(02) 9409 4816 21" of "(02) 9409 4816 21:05"."""
    hour = _HOUR_AFTER.search(text, span.start, span.end)
    if span.entity_type != "PHONE_NUMBER" or hour is None or not re.match(r"[:.h]\d{2}", text[span.end :]):
        return span
    return replace(span, end=hour.start())


# "Da" of "Da-eun": the model's tokens are cut at the hyphen; a possessive "'s" is not the name.
_WORD_AFTER = re.compile(r"(?:-[^\W_]+|['\u2019](?!s\b)[^\W_]{2,})+")
_WORD_BEFORE = re.compile(r"(?:[^\W_]+[-'\u2019])+\Z")


_FIRST_NAME_BEFORE = re.compile(r"(?<![\w'\u2019.-])(?-i:[A-Z][a-z]+) \Z")


def whole_words(text: str, span: Span) -> Span:
    """A name the NER model found as part of a hyphenated word ("Da" of "Da-eun Choi"), grown to the word;
    and with the first name of the lists it left before a surname ("Amelia <Clarke>")."""
    from spacy.lang.en.stop_words import STOP_WORDS

    from privacy.engine.names import a_first_name

    if span.from_pattern or span.entity_type not in NAME_TYPES:
        return span
    start, end = span.start, span.end
    before = _FIRST_NAME_BEFORE.search(text[max(0, start - 20) : start])
    first = before.group() if before else ""
    folded = first.strip().casefold()
    if folded and " " not in text[start:end].strip() and a_first_name(folded) and folded not in STOP_WORDS:
        start -= len(first)
    if end < len(text) and text[end - 1].isalpha() and (after := _WORD_AFTER.match(text, end)) is not None:
        end = after.end()
    if start > 0 and text[start].isalpha() and (before := _WORD_BEFORE.search(text[max(0, start - 30) : start])):
        start -= len(before.group())
    return replace(span, start=start, end=end)


_LINE_BREAK = re.compile(r"\n|[ \t]+[<>][ \t]+")  # a new line, or a chat's turn marker: "huang lijuan > yifan"


def line_parts(text: str, span: Span) -> list[Span]:
    """A name the NER model ran across a line break ("IL 62704\nPhone") or a chat's turn marker, as one span
    a part: each part is then judged alone (a field label on the next line is kept, and a job title under a
    name). What follows a turn marker is what someone said, kept unless it holds a name of the lists ("> yifan
    do u", not "> thx")."""
    if span.from_pattern or not _LINE_BREAK.search(text, span.start, span.end):
        return [span]
    parts, start = [], span.start
    for index, line in enumerate(_LINE_BREAK.split(text[span.start : span.end])):
        stripped = line.strip()
        said = index > 0 and text[start : span.end].lstrip(" \t")[:1] in "<>"
        if stripped and not (said and not holds_a_name(stripped)) and not (index > 0 and _a_title(stripped)):
            first = text.index(stripped, start)
            parts.append(replace(span, start=first, end=first + len(stripped)))
        start = text.index(stripped, start) + len(stripped) if stripped else start
    return parts


def _a_title(line: str) -> bool:
    """A signature's job title on the line under a name: one English word that is no name of the lists
    ("Receptionist", "Underwriter"); the NER model runs the name on into it."""
    from privacy.engine.names import a_name, english_word

    word = line.casefold()
    return word.isalpha() and english_word(word) and not a_name(word)


def country(text: str, span: Span) -> bool:
    """A country or continent the NER model found ("shipped from Germany"): kept, as it identifies nobody."""
    return span.entity_type == "LOCATION" and not span.from_pattern and a_country(text[span.start : span.end])


def common_words_only(text: str, span: Span) -> bool:
    """English words the NER model took for a name: one common word that is no name of the lists ("Pharmacy",
    "Payroll"), or a few English words that open with no first name ("Delivery Driver", "Superintendent
    Pharmacist", "Disputes Handler"; not "Grace Hopper"), and no town."""
    from privacy.engine.names import english_words_only, plain_word
    from privacy.engine.places import a_town_or_region

    if span.from_pattern or span.entity_type not in NAME_TYPES:
        return False
    value = text[span.start : span.end]
    words = _LONE_WORD.findall(value)
    if not words or len(words) > _MAX_COMMON_WORDS or not re.fullmatch(r"[^\W\d_]+(?:[ \t&/-]+[^\W\d_]+)*", value):
        return False
    folded = [word.casefold() for word in words]
    if len(folded) == 1:
        return plain_word(folded[0]) and not a_town_or_region(value)
    if span.entity_type == "LOCATION":  # "Sea Point", "Elm Park": places are named with English words
        return False
    return english_words_only(value) and not a_town_or_region(value)


def no_name(text: str, span: Span) -> bool:
    """What the NER model took for a name and is none: stop words only ("Let", "I'm"), no letter at all, a
    website; a date read as a phone number ("08.06.2024", "08.06.2024 1342"), or a time ("ETA 1640": no
    phone number has so few digits)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    value = text[span.start : span.end]
    if span.entity_type == "PHONE_NUMBER":  # a date of birth stays, whatever recognizer found it
        date, _, rest = value.partition(" ")
        dated = is_date(date) and bool(_TIME_OF_DAY.fullmatch(rest))
        short = sum(ch.isdigit() for ch in value) < _MIN_PHONE_DIGITS
        return (dated or short) and not date_of_birth(text, span.start, span.end)
    if span.from_pattern or span.entity_type not in NAME_TYPES:
        return False
    words = [word for word in _LONE_WORD.findall(value.casefold()) if word not in _CONTRACTED]
    if not _LONE_WORD.search(value) or DOMAIN.fullmatch(value):  # "12/03/2024", "medivale-rx.com"
        return True
    return bool(words) and all(word in STOP_WORDS for word in words)


def role_mailbox(text: str, span: Span) -> bool:
    """An e-mail address of a role, not a person ("noreply@…", "billing@…", "bed-management@…"): its local
    part is a role word of RFC 2142 and common use, or only common English words that are no names."""
    local = text[span.start : span.end].split("@", 1)[0].rsplit("=", 1)[-1]  # "from=noreply@…"
    return span.entity_type == "EMAIL_ADDRESS" and a_role_mailbox(local)


_NAME_GOES_ON = re.compile(r"(?:['\u2019]s)?(?:[ \t]+(?-i:[A-Z])[\w&'\u2019-]*(?:\.(?=\w)\w*)*){1,3}")
_LOWER_GOES_ON = re.compile(r"(?:[ \t]+[a-z][\w&'\u2019-]*(?:\.(?=\w)\w*)*){1,3}")
_PARTNERS = re.compile(r"[ \t]*&[ \t]*(?i:sons?|daughters?|co|partners|brothers|bros|associates)\b")


def named_organisation(text: str, span: Span) -> bool:
    """A name guessed as a person (by the NER model or the name lists) whose last word says it is an
    organisation ("St Mary's Hospital", "Northgate Pharmacy"), or that an organisation's words follow ("St
    Brigid" of "St Brigid's University Hospital"): kept, as organisations are under the default preset."""
    if not guessed(span) or span.entity_type != "PERSON":
        return False
    words = text[span.start : span.end].split()
    return (len(words) > 1 and names_an_organisation(words[-1])) or organisation_follows(text, span.end)


def organisation_follows(text: str, end: int) -> bool:
    """Whether the words after `end` end an organisation's name ("'s University Hospital", " & Sons Removals",
    " transportes s.a."): capitalised ones, or lower-case ones after a name in lower case."""
    if _PARTNERS.match(text, end):
        return True
    goes_on = _NAME_GOES_ON.match(text, end)
    if goes_on is None and text[max(0, end - 1) : end].islower():
        goes_on = _LOWER_GOES_ON.match(text, end)  # "at the bank" is no firm's name: no stop word in it
        goes_on = goes_on if goes_on is not None and not _stop_word_in(goes_on.group()) else None
    return goes_on is not None and names_an_organisation(goes_on.group().split()[-1].rstrip("."))


def _stop_word_in(value: str) -> bool:
    from spacy.lang.en.stop_words import STOP_WORDS

    return any(word in STOP_WORDS for word in value.casefold().split())


def verb(doc: Doc, span: Span) -> bool:
    """A name the NER model found where the tagger reads only verbs: "Next Action: Arrange ..." tagged as
    an organisation, "Roofer to inspect" as a person. Pattern findings are never dropped this way."""
    if span.from_pattern or span.entity_type not in NAME_TYPES:
        return False
    tokens = doc.char_span(span.start, span.end, alignment_mode="expand")
    words = [token for token in tokens or () if not token.is_punct]
    return bool(words) and all(token.tag_.startswith("VB") for token in words)


def to_span(text: str, result: RecognizerResult) -> Span:
    recognizer = (result.recognition_metadata or {}).get("recognizer_name")
    end = result.end
    if end - result.start > 2 and text[result.start : end].endswith(("'s", "\u2019s")):
        end -= 2  # spaCy keeps the possessive in "Miller's"; the placeholder should not
    from_pattern = recognizer not in _NER_RECOGNIZERS
    return Span(result.start, end, result.entity_type, result.score, from_pattern, recognizer or "")


def guessed(span: Span) -> bool:
    """Whether the span is a name guessed from the words alone (the NER model's, or the name lists'), not a
    cue's or a pattern's: such a guess may be a product, a room or a date (things.py)."""
    if span.entity_type not in NAME_TYPES:
        return False
    return span.source in _NER_RECOGNIZERS or span.source == "NameListRecognizer"


def resolve_overlaps(spans: list[Span]) -> list[Span]:
    """Merge overlapping spans into their union, typed by the best one, so no fragment is left behind."""
    merged: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if merged and span.start < merged[-1].end:
            last = merged[-1]
            best = max(last, span, key=Span.rank)
            end = max(last.end, span.end)
            merged[-1] = Span(last.start, end, best.entity_type, best.score, best.from_pattern)
        else:
            merged.append(span)
    return merged
