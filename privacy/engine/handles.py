"""Usernames and vehicle registrations: values announced by their word that the identifier recognizer's
rule (three digits or more, then digit groups) misses.

The handle after a username word ("user: thibodeaux04", "LOGIN: SKRISHNAN", "username=giedre.v"):

A person's login names them in the systems a note comes from, like an e-mail address's local part, and
often has no digit the identifier recognizer needs. After "username", "user", "login", "user id" or
"handle" (a colon or "=" or nothing between), a token of letters, digits, dots, hyphens and underscores
is an `ID` when it holds a digit, a dot or an underscore, or is no English word ("user logged out" and
"login attempt" are no handles), and not a service account's ("svc_batch", "sys", "etl-bot").

A vehicle's registration after a vehicle word ("car reg: 7LP6AV", "VRN YG26 VLA", "Reg: KGA 47J", "plate
1001 KB"): one or two groups of letters and digits, two digits or more and a letter in all, a second group
that is no stop word nor an English word in lower case ("reg 4TN7YP is on file", "vrn ab12 cde was").
Safe Harbor counts them as identifiers.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from privacy.engine.recognizers import span_recognizer

if TYPE_CHECKING:  # Presidio is imported lazily, under the anonymization load lock.
    from presidio_analyzer import EntityRecognizer

SCORE = 0.6
_HANDLE = re.compile(
    r"(?<![\w.@-])(?:user[\s_-]?name|user[\s_-]?id|login(?:[\s_-]?(?:id|name))?|user|handle|screen[\s_-]?name)"
    r"[ \t]*[:=]?[ \t]*(?P<handle>[A-Za-z][\w.-]{0,40}[A-Za-z0-9])(?![\w@.-]|\.\w)",
    re.IGNORECASE,
)

_SERVICE_PARTS = frozenset({"svc", "sys", "system", "admin", "root", "bot", "cron", "api", "service", "batch"})
_SERVICE_PARTS |= frozenset({"daemon", "etl", "job", "scheduler", "integration", "noreply", "auto", "robot"})
_REGISTRATION = re.compile(
    r"(?<![\w.-])(?:(?:car|vehicle|veh)[ \t]+reg(?:istration)?|reg(?:istration)?(?:[ \t]+(?:no|number|mark))?|vrn|vrm"
    r"|rego|(?:licen[cs]e|number|registration)[ \t]+plate|plate)\b\.?[ \t]*(?:[:#=][ \t]*)?"
    r"(?P<plate>[A-Za-z0-9]{2,8})(?:[ -](?P<more>[A-Za-z0-9]{1,4}))?(?![\w@/.-]|\.\w)",
    re.IGNORECASE,
)
_MIN_PLATE_DIGITS = 2


def handles(text: str) -> list[tuple[int, int]]:
    """(start, end) of each username after a username word; see the module docstring."""
    from spacy.lang.en.stop_words import STOP_WORDS

    from privacy.engine.names import english_word

    found = []
    for match in _HANDLE.finditer(text):
        handle = match.group("handle")
        folded = handle.casefold()
        if _SERVICE_PARTS.intersection(re.split(r"[._-]", folded)):
            continue
        if re.search(r"[\d._]", handle) or not (folded in STOP_WORDS or english_word(folded)):
            found.append(match.span("handle"))
    return found


def registrations(text: str) -> list[tuple[int, int]]:
    """(start, end) of each vehicle registration after a vehicle word; see the module docstring."""
    from spacy.lang.en.stop_words import STOP_WORDS

    from privacy.engine.names import english_word

    found = []
    for match in _REGISTRATION.finditer(text):
        more = match.group("more")
        end = match.end()
        if more is not None and (more.casefold() in STOP_WORDS or (more.islower() and english_word(more))):
            end = match.end("plate")
        value = text[match.start("plate") : end]
        if sum(ch.isdigit() for ch in value) >= _MIN_PLATE_DIGITS and any(ch.isalpha() for ch in value):
            found.append((match.start("plate"), end))
    return found


def handle_recognizer() -> EntityRecognizer:
    """Usernames and vehicle registrations after their word; see the module docstring."""

    def find(text: str, doc: Any) -> list[tuple[int, int, str]]:
        return [(start, end, "ID") for start, end in handles(text) + registrations(text)]

    return span_recognizer("HandleRecognizer", ["ID"], find, SCORE)
