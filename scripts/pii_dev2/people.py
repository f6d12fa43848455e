"""People drawn from the hand-written culture lists, and every way a note may mention them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from .names_a import CULTURES_A
from .names_b import CULTURES_B
from .segs import Seg, Segs, strip_accents


class Culture(NamedTuple):
    name: str
    order: str
    home: str
    male: list[tuple[str, str]]
    female: list[tuple[str, str]]
    surnames: list[tuple[str, str]]


def _given(text: str) -> list[tuple[str, str]]:
    out = []
    for item in text.split(","):
        item = item.strip()
        if item:
            name, _, nick = item.partition("~")
            out.append((name, nick))
    return out


def _surnames(text: str) -> list[tuple[str, str]]:
    out = []
    for item in text.split(","):
        item = item.strip()
        if item:
            male, _, female = item.partition("|")
            out.append((male, female or male))
    return out


CULTURES: dict[str, Culture] = {}
for _name, (_order, _home, _m, _f, _s) in [*CULTURES_A.items(), *CULTURES_B.items()]:
    CULTURES[_name] = Culture(_name, _order, _home, _given(_m), _given(_f), _surnames(_s))
CULTURE_NAMES = list(CULTURES)

# Cultures often found among the residents of each country (used to bias who lives where).
LOCAL = {
    "GB": [
        "English",
        "Welsh",
        "Scottish",
        "Polish",
        "Punjabi",
        "Gujarati",
        "Urdu",
        "Somali",
        "Yoruba",
        "Jamaican",
        "Tamil",
    ],
    "IE": ["Irish", "Polish", "Lithuanian", "Latvian", "Yoruba", "Tagalog", "Urdu"],
    "US": ["Cajun", "Navajo", "Hmong", "English", "Somali", "Jamaican", "Tagalog", "Quechua", "Lao"],
    "CA": ["English", "Tagalog", "Punjabi", "Somali", "Tigrinya", "Khmer", "Scottish"],
    "AU": ["English", "English", "Fijian", "Tongan", "Nepali", "Sinhala", "Khmer", "Maltese", "Burmese"],
    "PL": ["Polish"],
    "IT": ["Italian", "Sicilian", "Wolof", "Amazigh"],
    "SE": ["Swedish", "Sami", "Somali", "Tigrinya"],
    "NO": ["Norwegian", "Sami", "Somali", "Polish"],
    "DK": ["Danish", "Turkish"],
    "CZ": ["Czech", "Slovak"],
    "PT": ["Portuguese"],
    "ES": ["Catalan", "Basque", "Galician", "Amazigh"],
    "KE": ["Kenyan", "Swahili", "Somali"],
    "PK": ["Urdu", "Pashto", "Punjabi"],
    "LK": ["Sinhala", "Tamil"],
    "SG": ["Chinese-Singaporean", "Malay", "Tamil"],
    "MY": ["Malay", "Chinese-Singaporean", "Tamil"],
    "JM": ["Jamaican"],
    "TR": ["Turkish", "Azerbaijani"],
    "NG": ["Yoruba", "Hausa"],
    "FJ": ["Fijian"],
}


@dataclass
class Person:
    key: str
    culture: str
    gender: str
    given: str
    surname: str
    order: str
    nick: str = ""
    middle: str = ""
    title: str = ""
    rel: str = ""

    @property
    def home(self) -> str:
        return CULTURES[self.culture].home

    def full(self) -> str:
        if self.order == "m":
            return self.given
        if self.order == "p":
            return f"{self.given} {'bin' if self.gender == 'm' else 'binti'} {self.surname}"
        given = f"{self.given} {self.middle}" if self.middle else self.given
        if self.order == "e":
            return f"{self.surname} {given}"
        return f"{given} {self.surname}"

    def family(self) -> str:
        return self.surname if self.order in "we" else self.given

    def initials(self) -> str:
        words = re.split(r"[\s-]+", strip_accents(self.full()).replace("'", "").replace("ʻ", ""))
        return "".join(w[0].upper() for w in words if w and w not in ("bin", "binti"))[:3]

    def ascii_given(self) -> str:
        return re.sub(r"[^a-z]", "", strip_accents(self.given.split()[0]).lower())

    def ascii_family(self) -> str:
        return re.sub(r"[^a-z]", "", strip_accents(self.family().split()[-1]).lower())


def pick_culture(rng, country: str, local_share: float = 0.55) -> str:
    if country in LOCAL and rng.random() < local_share:
        return rng.choice(LOCAL[country])
    return rng.choice(CULTURE_NAMES)


def make_person(rng, key: str, culture: str, gender: str = "", rel: str = "", avoid: str = "") -> Person:
    c = CULTURES[culture]
    gender = gender or rng.choice("mf")
    pool = [g for g in (c.male if gender == "m" else c.female) if g[0] != avoid] or (
        c.male if gender == "m" else c.female
    )
    given, nick = rng.choice(pool)
    order = c.order
    if order == "e":
        order = "e" if rng.random() < 0.5 else "w"
    elif order == "E":
        order = "e"
    surname = ""
    if order == "p":
        surname = rng.choice(c.surnames)[0]
    elif order != "m":
        pair = rng.choice(c.surnames)
        surname = pair[0] if gender == "m" else pair[1]
        if order == "w" and rng.random() < 0.07:
            other = rng.choice(c.surnames)
            second = other[0] if gender == "m" else other[1]
            if second != surname and " " not in surname + second:
                surname = f"{surname}-{second}"
    middle = ""
    if order == "w" and rng.random() < 0.1:
        middle = rng.choice(c.male if gender == "m" else c.female)[0]
        if middle == given:
            middle = ""
    if culture == "Burmese":
        title = "U" if gender == "m" else "Daw"
    elif culture == "Malay":
        title = "Encik" if gender == "m" else "Puan"
    elif rng.random() < 0.08:
        title = "Dr"
    else:
        title = "Mr" if gender == "m" else rng.choice(["Mrs", "Ms", "Miss", "Ms"])
    return Person(key, culture, gender, given, surname, order, nick, middle, title, rel)


def _a(p: Person, text: str, kind: str) -> Seg:
    return Seg(text, "PERSON", kind, p.key, p.culture)


def spell(word: str, sep: str = "-") -> str:
    letters = [ch for ch in strip_accents(word).upper() if ch.isalpha()]
    return sep.join(letters)


def mention(p: Person, form: str) -> Segs:
    """One mention of p in the given form; titles and possessive endings stay outside the span."""
    o = p.order
    fam = p.family()
    fam_kind = "surname" if o in "we" else ("given_name" if o == "p" else "full_name")
    if form == "full":
        return [_a(p, p.full(), "full_name")]
    if form == "given":
        return [_a(p, p.given, "full_name" if o == "m" else "given_name")]
    if form == "sur":
        return [_a(p, fam, fam_kind)]
    if form == "mr":
        return [Seg(p.title + " "), _a(p, fam, fam_kind)]
    if form == "mrfull":
        return [Seg(p.title + " "), _a(p, p.full(), "full_name")]
    if form == "nick":
        return [_a(p, p.nick, "nickname")] if p.nick else mention(p, "given")
    if form == "init":
        if o == "w":
            return [_a(p, f"{p.given[0]}. {p.surname}", "initial_surname")]
        if o == "e":
            inits = "".join(w[0] for w in p.given.split())
            return [_a(p, f"{p.surname} {inits}", "initial_surname")]
        return mention(p, "full")
    if form == "inits":
        return [_a(p, p.initials(), "initials")]
    if form == "poss":
        end = "'" if fam.endswith("s") else "'s"
        return [_a(p, fam, fam_kind), Seg(end)]
    if form == "gposs":
        name = (p.nick or p.given) if o != "m" else p.given
        end = "'" if name.endswith("s") else "'s"
        return [_a(p, name, "nickname" if p.nick and o != "m" else "given_name"), Seg(end)]
    if form == "caps":
        if o in "we":
            return [_a(p, f"{p.surname}, {p.given}", "surname_given")]
        return mention(p, "full")
    if form == "sg":
        if o == "w":
            return [_a(p, f"{p.surname} {p.given}", "surname_given")]
        return mention(p, "full")
    if form == "gi":
        if o in "we":
            return [_a(p, f"{p.nick or p.given} {p.surname[0]}", "given_initial")]
        return mention(p, "given")
    if form == "spell":
        word = fam if o in "we" and " " not in fam and "'" not in fam else p.given.split()[0]
        return [_a(p, spell(word, "-"), "spelled")]
    if form == "spell_sp":
        word = fam if o in "we" and " " not in fam and "'" not in fam else p.given.split()[0]
        return [_a(p, spell(word, " "), "spelled")]
    raise ValueError(form)


LATER_FORMS = {
    "short": ["given", "sur", "sur", "mr", "nick", "init", "given"],
    "caps": ["sur", "given", "caps", "full", "sur"],
    "formal": ["mr", "mr", "full", "given", "poss"],
    "chat": ["given", "nick", "nick", "sur", "gposs", "given"],
    "narr": ["given", "mr", "sur", "poss", "gposs", "given", "mr"],
    "spoken": ["given", "mr", "full", "given"],
}


def later(rng, p: Person, register: str) -> Segs:
    return mention(p, rng.choice(LATER_FORMS[register]))
