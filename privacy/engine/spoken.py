"""What a call transcript spells out in words: numbers read digit by digit, e-mail addresses and dates.

"five four zero, four seven seven, zero four seven" is an identifier whatever it is; "victoria underscore
w71 at eircom dot net" an e-mail address. Six digits or more, read one at a time ("oh" for zero, "double
seven", with a transcript's pauses "..."), are an `ID`, and a card's last four read out after "last four" a
`CREDIT_CARD`; a word (and digits read out), then "at", then a domain read with "dot", is an `EMAIL_ADDRESS`; a name
spelled letter by letter ("that's T-R-I-V-E-D-I", "B R O U S S A R D") is a `PERSON`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from privacy.engine.presets import MONTHS
from privacy.engine.recognizers import span_recognizer

if TYPE_CHECKING:  # Presidio is imported lazily, under the anonymization load lock.
    from presidio_analyzer import EntityRecognizer

SCORE = 0.6
_DIGIT = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|niner)"
_SPOKEN_DIGIT = rf"(?:(?:double|triple)[ -]{_DIGIT}|{_DIGIT})"
_PAUSE = r"(?:[ ,-]|\.\.\.|\u2026)+"  # "oh seven one three eight ... two oh one": a transcript's pauses
SPOKEN_NUMBER = re.compile(
    rf"(?<![\w-])(?:plus[ ,]+)?{_SPOKEN_DIGIT}(?:{_PAUSE}{_SPOKEN_DIGIT}){{5,}}(?![\w-])", re.IGNORECASE
)
# A card's last four read out: "I've got the last four here, it's three six three one".
SPOKEN_LAST_FOUR = re.compile(
    rf"\b(?:last[ \t]+(?:4|four)|ending(?:[ \t]+in)?)\b[^\n\d]{{0,24}}?"
    rf"(?P<digits>(?<![\w-]){_SPOKEN_DIGIT}(?:[ ,-]+{_SPOKEN_DIGIT}){{3}})(?![\w-])",
    re.IGNORECASE,
)
_ORDINAL = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth"
    r"|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|(?:twenty|thirty)[ -](?:first"
    r"|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|\d{1,2}(?:st|nd|rd|th)?)"
)
_YEAR_WORDS = r"(?:nineteen|twenty|two[ -]thousand)(?:[ -](?:and[ -])?[a-z]+){1,2}"
# "the thirtieth of november nineteen eighty-four": a date read out; a date of birth where a birth word asks.
# "December the second two thousand eighteen"; and after a birth word, numbers read out: "seven ten ninety-five".
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_UNITS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_NUMBER_WORDS = (
    rf"(?:{_TENS}(?:[ -]{_UNITS})?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
    rf"|{_UNITS}|oh[ -]{_UNITS})"
)
SPOKEN_DATE = re.compile(
    rf"(?<![\w-])(?:(?:the[ \t]+)?{_ORDINAL}[ \t]+(?:of[ \t]+)?(?:{MONTHS})|(?:{MONTHS})[ \t]+(?:the[ \t]+)?{_ORDINAL})"
    rf"[ \t,]+(?:{_YEAR_WORDS}|{_NUMBER_WORDS})(?![\w-])"  # "third September, ninety-four"
    rf"|(?<=birth is )(?:{_NUMBER_WORDS})(?:[ \t]+(?:{_NUMBER_WORDS})){{2}}(?![\w-])",
    re.IGNORECASE,
)
# A date read out as numbers, in answer to a question for a birth date: "sixteen, oh six, nineteen eighty-eight".
SPOKEN_NUMBERS_DATE = re.compile(rf"(?<![\w-])(?:{_NUMBER_WORDS})(?:[ \t,]+(?:{_NUMBER_WORDS})){{2,4}}(?![\w-])", re.I)
_JOIN = r"\s+(?:dot|underscore|dash|hyphen|point)\s+"
SPOKEN_EMAIL = re.compile(
    rf"(?<![\w.])[^\W_][\w.+-]*(?:{_JOIN}[\w.+-]+|\s+{_SPOKEN_DIGIT}(?=\s))*"  # "hamisi four eight one at …"
    rf"\s+at\s+[^\W_][\w-]*(?:\s+dot\s+[^\W\d_]{{2,}})+(?![\w])",
    re.IGNORECASE,
)

# Four letters or more, one at a time, joined by one hyphen or space each: "M-O-M-A-N-D", "B R O U S S A R D".
SPELLED_NAME = re.compile(
    r"(?<![\w-])[^\W\d_](?P<join>, |[ -])[^\W\d_](?:(?P=join)[^\W\d_]){2,}(?![\w-])"  # "K, H, A, I"
    # and the name said again after it: "G-A-T-H-O-N-I, Gathoni", "Ó-S-Ú-I-L-L-E-A-B-H-Á-I-N, Ó Súilleabháin"
    r"(?P<again>[ \t]*,?[ \t]*[^\W\d_][\w'\u2019-]*(?:[ \t][^\W\d_][\w'\u2019-]*)?)?"
)


def _spelling_asked(text: str, start: int) -> bool:
    """Letters joined by commas spell a name only after "spell" on their line or the one before ("can you
    spell that?" / "K, H, A, I, R, U, L"); elsewhere they are a list ("sizes A, B, C, D")."""
    before = text.rfind("\n", 0, max(0, text.rfind("\n", 0, start)))
    return "spell" in text[before + 1 : start].casefold()


def spoken_spans(text: str) -> list[tuple[int, int, str]]:
    found = [(*match.span(), "EMAIL_ADDRESS") for match in SPOKEN_EMAIL.finditer(text)]
    found += [(*match.span(), "ID") for match in SPOKEN_NUMBER.finditer(text)]
    found += [(*match.span("digits"), "CREDIT_CARD") for match in SPOKEN_LAST_FOUR.finditer(text)]
    found += [(*match.span(), "DATE_TIME") for match in SPOKEN_DATE.finditer(text)]
    spelled = [m for m in SPELLED_NAME.finditer(text) if m.group("join") != ", " or _spelling_asked(text, m.start())]
    found += [(match.start(), _spelled_end(match), "PERSON") for match in spelled]
    return found


def _spelled_end(match: re.Match[str]) -> int:
    """Past the name said again after its spelling, when its letters are the spelled ones."""
    again = match.group("again")
    letters = re.sub(r"[^\w]", "", match.group()[: len(match.group()) - len(again or "")]).casefold()
    if again and re.sub(r"[^\w]", "", again).casefold() == letters:
        return match.end()
    return match.end() - len(again or "")


def spoken_recognizer() -> EntityRecognizer:
    """Numbers, e-mail addresses and dates in words, and names spelled out; see the module docstring."""

    def find(text: str, doc: Any) -> list[tuple[int, int, str]]:
        return spoken_spans(text)

    entities = ["ID", "EMAIL_ADDRESS", "DATE_TIME", "PERSON", "CREDIT_CARD"]
    return span_recognizer("SpokenValueRecognizer", entities, find, SCORE)
