"""What each policy preset keeps: business dates and organisations by default; HIPAA Safe Harbor's stricter set.

- `default`: what identifies a person is replaced; what does not is kept, since reviewers and training need
  it. A date is replaced only when it is a date of birth (a birth word just before it: "DOB", "born",
  "date of birth", "geb.", "née le"…); invoice dates, appointment dates and policy terms stay. An
  organisation is kept when its name says it is one ("… Insurance", "… Hospital", "Ltd", "GmbH"); other
  names the model calls organisations may be people and are still replaced.
- `safe_harbor`: HIPAA's Safe Harbor method (45 CFR 164.514(b)(2)): every date (whole, year included: a
  stricter reading than the rule's "except year"), every age over 89, and every location, as the default.
"""

from __future__ import annotations

import re

PRESETS: tuple[str, ...] = ("default", "safe_harbor")

# A birth word, then at most a few filler words, then the date: "DOB 3/4/85", "born on the 4th of March
# 1985", "Date of Birth: 03/14/1985", "geb. 04.03.1985", "née le 4 mars 1985", "fecha de nacimiento".
BIRTH_WORDS = (
    r"d\.?\s?o\.?\s?b\.?",
    r"date\s+of\s+birth",
    r"birth[\s_-]*date",
    r"birthday",
    r"born",
    r"b\.",
    r"geb(?:oren|urtsdatum|\.)?",
    r"n[ée](?:e|\(e\))?\s+le",  # "né le", "née le", "né(e) le"
    r"date\s+de\s+naissance",
    r"fecha\s+de\s+nac(?:imiento|\.)?",
    r"nacid[oa]\s+(?:el|en)",
    r"data\s+(?:de\s+|di\s+)?nas(?:cimento|cita)",
    r"nascid[oa]\s+em",
    r"geburtsdatum",
    r"生年月日",
    r"생년월일",
    r"d\.?\s?d\.?\s?n\.?",  # date de naissance
)
# The birth word, then at most four other words ("born in Lagos on 4 March 1985", "DOB (as per ID): …").
_BIRTH_BEFORE = re.compile(
    rf"(?<![\w])(?:{'|'.join(BIRTH_WORDS)})(?![^\W\d_])(?:[^\w\n]*[\w'.]+){{0,4}}?[^\w\n]*$", re.I
)
# Right after the date: "(DOB)", "30.11.1941 is the fecha de nac.", "24/3/03 is the dob".
_BIRTH_AFTER = re.compile(
    rf"^\s*(?:\(|is\s+(?:the|my|his|her|their)\s+)?\s*(?:{'|'.join(BIRTH_WORDS)})(?!\w)", re.IGNORECASE
)
_WINDOW = 40  # characters looked at before a date, on its own line
# What opens an answer's line before the date: a time and a speaker ("[11:39] itzel flores:", "12:44 ana >"),
# a courtesy, the speaker's own name ("CALLER: Temitope Adeleke-Coker, 18.10.1999").
_ANSWER_OPENING = re.compile(
    r"[ \t>*-]*(?:[\[(]?(?:\d{1,2}/\d{1,2}/\d{2,4},?[ \t])?\d{1,2}:\d{2}(?::\d{2})?[\])]?[ \t]*)?"
    # the speaker: a name or a role, or the phone number of an SMS log ("+44 7700 900576:")
    r"(?:(?:[^\W\d_][\w .'-]{0,30}|\+?[\d() -]{6,20})(?:[:>]|\(\d{1,2}:\d{2}\):))?"
    r"[ \t]*(?:(?:it'?s|it is|sure|yes|uh|um|yeah|born)[ ,]*)*"
    # what was asked with it: a name, or an identifier ("GK567530 and 18/11/1964")
    r"(?:[^\W\d_][\w'\u2019 -]{0,40},[ \t]*|[\w/.-]{4,30}(?:,|[ \t]+and)[ \t]+)?",
    re.IGNORECASE,
)
_TIME = re.compile(r"\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?", re.IGNORECASE)
# A line of a Slack or Teams export that only says who wrote the next ones, and when: "Yetunde Adebanjo  18:22".
CHAT_HEADER = re.compile(r"[ \t]*[^\W\d_][^\n:]{0,40}?[ \t]{1,3}\d{1,2}[:.]\d{2}(?:[ \t]?[ap]\.?m\.?)?[ \t]*", re.I)
_ASKS = re.compile(r"\?|\b(?:confirm|what|please|provide|need|give)\b|:[ \t]*$", re.IGNORECASE)  # a question
# a birth word, a word of its own: not the "born" of "BORNOVA/İZMIR"
_BIRTH_ASKED = re.compile(rf"(?<![\w])(?:{'|'.join(BIRTH_WORDS)})(?![^\W\d_])[^\n]{{0,30}}$", re.IGNORECASE)
# Safe Harbor: ages over 89 ("92-year-old", "aged 94", "101 yo", "age: 90").
AGE_OVER_89 = re.compile(
    r"\b(?:(?:9\d|1[0-2]\d)(?=(?:[\s-]*(?:years?|yrs?)[\s-]*old|\s*y/?o\b|[\s-]*years?\s+of\s+age))"
    r"|(?<=\bage\s)(?:9\d|1[0-2]\d)\b|(?<=\baged\s)(?:9\d|1[0-2]\d)\b|(?<=\bage:\s)(?:9\d|1[0-2]\d)\b)",
    re.IGNORECASE,
)
# An organisation's own name says it is one.
_ORGANISATION_WORD = re.compile(
    r"\b(?:inc|ltd|llc|llp|plc|gmbh|ag|sa|sas|bv|nv|corp|co|company|bank|insurance|assurance|insurers?|mutual"
    r"|hospital|clinic|medical|health|healthcare|university|college|school|agency|department|dept|ministry"
    r"|council|authority|office|services|group|holdings|trust|foundation|airlines?|airways|telecom"
    r"|energy|utilities|court|police|nhs|centre|center|associates|partners|solutions|systems|labs?"
    r"|pharmacy|chemists?|vets|veterinary|dental|motors|logistics|homecare|airport|hotels?|supermarkets?"
    r"|foods|finance|repairs|academy|institute|recovery|residential|supplies|removals|transport(?:es|e|s)?"
    r"|logisti[ck]|pharma|s\.a|s\.l|s\.r\.l|srl|kft|ltda|pty|oy|spa|sarl|care|networks|couriers|freight|movers)\b",
    re.IGNORECASE,
)


def date_of_birth(text: str, start: int, end: int) -> bool:
    """Whether the date at text[start:end] is announced as a date of birth: just before it on its line, at
    the end of the line before when the date opens its own (an answer: "…date of birth?\nCaller: 4 March
    1979"), or right after it."""
    if _TIME.fullmatch(text[start:end]):  # "20:13:00 DOB:14JUL74": the entry's time, before the field
        return False
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - _WINDOW) : start]
    if _BIRTH_BEFORE.search(before) or _BIRTH_AFTER.match(text[end : end + 20]):
        return True
    if line_start == 0 or not _ANSWER_OPENING.fullmatch(text[line_start:start]):
        return False
    above = [line for line in text[: line_start - 1].rsplit("\n", 3)[-3:] if line.strip()]  # from the end only
    while above and CHAT_HEADER.fullmatch(above[-1]):  # "Yetunde Adebanjo  18:22" heads the answer
        above.pop()
    asked = _BIRTH_ASKED.search(above[-1][-_WINDOW:]) if above else None
    # a question, or a birth word with no number after it ("passport number and date of birth."); not a log
    # line that gives one ("PAX: ABBASI, TARIQ D.O.B 25NOV1991 PH:0507 285 42 71")
    return asked is not None and (bool(_ASKS.search(above[-1])) or not re.search(r"\d", asked.group()))


# Month names and their short forms in English, French, German, Spanish, Portuguese, Italian and Dutch.
MONTHS = (
    r"jan(?:uary|vier|uar|eiro|naio)?|feb(?:ruary|ruar|braio)?|févr(?:ier)?|fevereiro|febrero|mar(?:ch|s|zo|ço)?"
    r"|märz|maart|apr(?:il|ile)?|avr(?:il)?|abril|ma[iy]|mai|maggio|mayo|maio|mei|jun(?:e|i|io|ho)?|juin|giugno"
    r"|jul(?:y|i|io|ho)?|juil(?:let)?|luglio|aug(?:ust|ustus)?|août|agosto|sep(?:t(?:ember|embre)?)?|settembre"
    r"|setembro|septiembre|oct(?:ober|obre)?|okt(?:ober)?|ottobre|outubro|octubre|nov(?:ember|embre)?"
    r"|novembro|noviembre|dec(?:ember|embre)?|déc(?:embre)?|dez(?:ember|embro)?|dic(?:iembre|embre)?"
)
# "12 October 1963", "the 4th of March": the day before a month name that the model left out of the date.
_DAY_BEFORE = re.compile(r"(?<![\w.])\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?\s+$", re.IGNORECASE)
_MONTH_FIRST = re.compile(rf"(?:{MONTHS})\b", re.IGNORECASE)
# "14 Jun 2005", "June 14, 2005": the day and month before a year that the model found alone.
_DAY_MONTH_BEFORE = re.compile(
    rf"(?<![\w.])(?:\d{{1,2}}(?:st|nd|rd|th)?(?:\s+of)?\s+(?:{MONTHS})\.?|(?:{MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?),?\s+$",
    re.IGNORECASE,
)
_YEAR_ONLY = re.compile(r"(?:19|20)\d{2}\b")


def date_start(text: str, start: int) -> int:
    """Where a date that opens with a month name or a year really starts: its day (and month) may stand just
    before it."""
    if _YEAR_ONLY.match(text, start) and (before := _DAY_MONTH_BEFORE.search(text[max(0, start - 24) : start])):
        return start - len(before.group())
    if not _MONTH_FIRST.match(text, start):
        return start
    day = _DAY_BEFORE.search(text[max(0, start - 12) : start])
    return start - (len(text[max(0, start - 12) : start]) - day.start()) if day else start


def names_an_organisation(value: str) -> bool:
    """ "Allianz Insurance", "St Mary's Hospital", "Marks & Spencer": the name says it is an organisation."""
    return bool(_ORGANISATION_WORD.search(value)) or " & " in value


def ages_over_89(text: str) -> list[tuple[int, int]]:
    return [match.span() for match in AGE_OVER_89.finditer(text)]
