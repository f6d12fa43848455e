"""Numbered placeholders: one number per value of a type, and one per person however the record names them."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from privacy.engine.mentions import name_words

PLACEHOLDER = re.compile(r"<([A-Z][A-Z0-9_]*?)_(\d+)>")
_INITIAL = re.compile(r"(?<![^\W\d_])[^\W\d_](?![^\W\d_])")  # "J" of "J. Miller", not a letter of a word
# Scripts written without spaces between a family and a given name: "建国" is part of "刘建国".
_UNSPACED = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")
# Between a table row's cells: "Varela;Carme", "Sidhu | Balwinder", "Varela,Carme" (not a list's ", ").
_CELL_GAP = re.compile(r"[ \t]*[;|\t][ \t]*|,")


class PlaceholderNumbers:
    """Numbers entities per type in reading order; every mention of one person shares a number.

    `people` are the record's person mentions in reading order, as `number("PERSON", …)` will be asked
    for them: `link_people` decides who is who over the whole record, so a surname met before the full
    name ("Vidal … Inmaculada Vidal") is that person too; `known_as`, when given, is what each mention is
    linked by (`cells_of_one`). Placeholders already present in `reserved` texts keep their numbers: new
    ones start after them.
    """

    def __init__(self, reserved: Sequence[str] = (), people: Sequence[str] = (), known_as: Sequence[str] = ()) -> None:
        self._by_key: dict[tuple[str, str], int] = {}
        self._first: dict[tuple[str, int], str] = {}  # the first value numbered n: what a hash is of
        self._next: Counter[str] = Counter()
        for text in reserved:
            for match in PLACEHOLDER.finditer(text):
                entity_type, number = match.group(1), int(match.group(2))
                self._next[entity_type] = max(self._next[entity_type], number)
        self._person_offset = self._next["PERSON"]
        self._people = list(people)
        self._known = list(known_as) if len(known_as) == len(people) else list(people)
        self._who = link_people(self._known)
        self._asked = 0

    def number(self, entity_type: str, value: str) -> int:
        key = re.sub(r"\W+", "", value.casefold())  # "(555) 234-5678" is "555-234-5678"
        if entity_type == "PERSON":
            return self._person(value, key)
        if (entity_type, key) not in self._by_key:
            self._next[entity_type] += 1
            self._by_key[entity_type, key] = self._next[entity_type]
            self._first[entity_type, self._next[entity_type]] = key
        return self._by_key[entity_type, key]

    def canonical(self, entity_type: str, number: int) -> str:
        return self._first[entity_type, number]

    def _person(self, value: str, key: str) -> int:
        if self._asked >= len(self._who) or self._people[self._asked] != value:  # not announced: link again
            self._people[self._asked :] = self._known[self._asked :] = [value]
            self._who = link_people(self._known)
        number = self._person_offset + self._who[self._asked] + 1
        self._asked += 1
        self._first.setdefault(("PERSON", number), key)
        return number


def cells_of_one(text: str, spans: Sequence[tuple[int, int]]) -> list[str]:
    """What each person mention (start, end) is linked by: itself, or, for a table row's two name cells of
    one word each side by side ("Varela;Carme" under "Surname;Forename"), both words: one person."""
    values = [text[start:end] for start, end in spans]
    known = list(values)
    for i in range(len(spans) - 1):
        between = text[spans[i][1] : spans[i + 1][0]]
        if _CELL_GAP.fullmatch(between) and len(values[i].split()) == 1 == len(values[i + 1].split()):
            known[i] = known[i + 1] = f"{values[i + 1]} {values[i]}"
    return known


@dataclass(frozen=True)
class _Mention:
    position: int
    words: frozenset[str]  # name words of two letters or more, casefolded
    initials: frozenset[str]  # single letters ("j" of "J. Miller")
    signed: bool  # "VS" in capitals may be initials; "Jo" and "Al" are names

    @classmethod
    def of(cls, position: int, value: str) -> _Mention:
        key = re.sub(r"\W+", "", value.casefold())
        words = frozenset(name_words(value) or {key})
        initials = frozenset(letter.casefold() for letter in _INITIAL.findall(value))
        return cls(position, words, initials, value.isupper() and len(key) <= 4)


@dataclass
class _Person:
    words: set[str]
    full: list[_Mention]  # the mentions with two name words or more: who this person is


def link_people(values: Sequence[str]) -> list[int]:
    """Who is who among a record's person mentions: for each, the index of its person, people numbered in
    order of first mention.

    Full names (two name words or more) come first, longest first: a full name joins the person whose words
    hold all of its own ("Luiz Fernando" of "Luiz Fernando Lima"). A single name then joins a person whose
    words hold it ("Vidal", "Mrs Vidal", "A. Green" of "Amber Green", "建国" of "刘建国"; initials that fit
    are preferred), the nearest one named before it, or else after it; initials in capitals ("VS") join the
    person they abbreviate. What joins no one is a person of its own, one per name.
    """
    mentions = [_Mention.of(i, value) for i, value in enumerate(values)]
    people: list[_Person] = []
    owner: dict[int, _Person] = {}
    by_size = sorted(mentions, key=lambda m: (-len(m.words), -sum(map(len, m.words)), m.position))
    for mention in by_size:
        person = _signed_by(mention, people) or _nearest(mention, _holding(mention, people))
        if person is None:
            person = _Person(set(mention.words), [])
            people.append(person)
        if len(mention.words) > 1:
            person.full.append(mention)
            person.words |= mention.words
        owner[mention.position] = person
    order: dict[int, int] = {}
    for mention in mentions:
        order.setdefault(id(owner[mention.position]), len(order))
    return [order[id(owner[m.position])] for m in mentions]


def _signed_by(mention: _Mention, people: list[_Person]) -> _Person | None:
    if not mention.signed:
        return None
    (key,) = mention.words if len(mention.words) == 1 else ("",)
    signers = [p for p in people if any("".join(sorted(key)) == _initials_of(full) for full in p.full)]
    return _nearest(mention, signers)


def _initials_of(mention: _Mention) -> str:
    return "".join(sorted(word[0] for word in mention.words)) if 2 <= len(mention.words) <= 4 else ""


def _holding(mention: _Mention, people: list[_Person]) -> list[_Person]:
    """The people whose words hold the mention's, those whose words most of its initials open first."""
    holders = [p for p in people if all(_holds(p.words, word) for word in mention.words)]
    fits = [sum(any(w.startswith(i) for w in p.words) for i in mention.initials) for p in holders]
    return [p for p, fit in zip(holders, fits, strict=True) if fit == max(fits)]


def _holds(words: set[str], word: str) -> bool:
    if word in words:
        return True
    if not _UNSPACED.search(word):
        return False
    one = len(word) == 1  # a family name of one character opens the name, a given name of one ends it
    return any(word in other and (not one or other.startswith(word) or other.endswith(word)) for other in words)


def _nearest(mention: _Mention, people: list[_Person]) -> _Person | None:
    """The person named last before the mention, or else first after it."""
    best, best_key = None, (2, 0)
    for person in people:
        positions = [m.position for m in person.full] or [mention.position]
        before = [mention.position - p for p in positions if p <= mention.position]
        key = (0, min(before)) if before else (1, min(p - mention.position for p in positions))
        if key < best_key:
            best, best_key = person, key
    return best
