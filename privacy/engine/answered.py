"""Where someone lives, given in answer to a question for it on the next line of a chat or a call.

"What's the postcode?" / "[13:49] 0176 19531641: 01044", "and the delivery address?" / "Caller: um 174 st
john's wood road widcombe bath somerset ba1 9aq": nothing in the answer says it is a place, and lower-case
street names pass every address pattern by. The question does: an answer with a digit in it (a postcode, a
house number, also said as words: "four zero zero zero", "Stationsweg fourteen, Utrecht"), on the line after
a question for a postcode or an address, is a LOCATION up to its first
sentence's end, unless it reads as a sentence ("Just to confirm Saif has been added to Bus 7A").
identifiers.py does the same for identifiers, people.py for names.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from privacy.engine.identifiers import answers
from privacy.engine.recognizers import span_recognizer

if TYPE_CHECKING:  # Presidio is imported lazily, under the anonymization load lock.
    from presidio_analyzer import EntityRecognizer

SCORE = 0.6
_PLACE_ASKED = re.compile(
    r"\b(?:post\s*code|postal\s+code|zip(?:\s*code)?|eircode|pin\s*code|address"
    r"|where\s+(?:do\s+you\s+live|should\s+(?:we|it|i|they)\s+(?:deliver|send|go|bring)|are\s+you\s+(?:based|staying)))",
    re.IGNORECASE,
)
# What opens an answer before the place: "um", "yes it's", "great postcode is", "the new address is".
_OPENING = re.compile(
    r"(?:(?:yes|yeah|yep|sure|ok|okay|um+|uh+|er+m?|so|great|thanks|it'?s|it\s+is|that'?s|that\s+is|is|the|my|our|to|at"
    r"|new|old|current|delivery|home|post\s*code|postal\s+code|zip(?:\s*code)?|eircode|address)[ \t,:.-]+)*",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.?!](?:[ \t]|$)|[ \t]+(?:and|but|we|i|i'm|i've|it's)[ \t]", re.IGNORECASE)
_MAX_LENGTH = 120
_FUNCTION_WORDS = re.compile(
    r"\b(?:has|have|had|been|is|was|were|will|would|can|could|should|did|does|do|just|not|added|confirm|please"
    r"|i|we|you|he|she|they|it|this|that|what|when|which|from|for|with|about)\b",
    re.IGNORECASE,
)


def answered_places(text: str) -> list[tuple[int, int]]:
    """(start, end) of each place given in answer to a question for one; see the module docstring."""
    found = []
    for _, start in answers(text, _PLACE_ASKED):
        line_end = text.find("\n", start)
        line_end = len(text) if line_end < 0 else line_end
        start = _OPENING.match(text, start, line_end).end()  # type: ignore[union-attr]  # matches ""
        stop = _SENTENCE_END.search(text, start, line_end)
        end = stop.start() if stop else line_end
        value = text[start:end].rstrip(" \t,;:")
        if value and _numbered(value) and len(value) <= _MAX_LENGTH and not _a_sentence(value):
            found.append((start, start + len(value)))
    return found


# Numbers said as words: "Stationsweg fourteen, Utrecht", "four zero zero zero", "P.O. Box one two seven".
_NUMBER_WORD = re.compile(
    r"\b(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen"
    r"|(?:twen|thir|for|fif|six|seven|eigh|nine)ty(?:-\w+)?|hundred|thousand|double|triple)\b",
    re.IGNORECASE,
)


def _numbered(value: str) -> bool:
    """A digit, or numbers said as words with a name or a comma beside them, or three of them alone ("four
    zero zero zero"); not "one moment"."""
    if any(ch.isdigit() for ch in value):
        return True
    said = len(_NUMBER_WORD.findall(value))
    return said >= 3 or (said >= 1 and ("," in value or any(w[:1].isupper() for w in value.split()[1:])))


def _a_sentence(value: str) -> bool:
    """ "Just to confirm Saif has been added to Bus 7A": a sentence, whose function words no address has."""
    return len(_FUNCTION_WORDS.findall(value)) >= 2


def answered_place_recognizer() -> EntityRecognizer:
    """Places given in answer to a question for them; see the module docstring."""

    def find(text: str, doc: Any) -> list[tuple[int, int, str]]:
        return [(start, end, "LOCATION") for start, end in answered_places(text)]

    return span_recognizer("AnsweredPlaceRecognizer", ["LOCATION"], find, SCORE)
