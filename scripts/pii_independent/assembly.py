"""Assembly: a document built piece by piece, so each gold span's offsets come from the assembly."""

# ruff: noqa: RUF001  (the data holds other scripts and en dashes; its hand-written sentences stay whole)

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass, field

from pii_independent.addresses import COUNTRIES, HOME_COUNTRY, country_of
from pii_independent.facts import Fact, make_fact
from pii_independent.industries import INDUSTRIES
from pii_independent.lookalikes import lookalike
from pii_independent.names import CULTURES, PARTICLES, Person, make_person

# ------------------------------------------------------------------------------------------ assembly
SENTENCE_PUNCT = re.compile(r"[.,;:!?]+(?=\s|$)|['\"()]")
TYPOS = {
    "the": "teh",
    "receive": "recieve",
    "received": "recieved",
    "please": "pls",
    "you": "u",
    "your": "ur",
    "address": "adress",
    "account": "acount",
    "because": "bc",
    "tomorrow": "tmrw",
    "thanks": "thx",
    "number": "numbr",
    "definitely": "definately",
    "appointment": "appt",
    "know": "kno",
    "really": "rly",
    "what": "wat",
    "message": "msg",
    "was": "wsa",
    "and": "adn",
}


class Doc:
    """A record under construction: glue text and annotated values, appended in order."""

    def __init__(self, rng: random.Random, case: str = "", chat: bool = False) -> None:
        self.rng, self.case, self.chat = rng, case, chat
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.size = 0

    def shape(self, text: str) -> str:
        return {"upper": text.upper(), "lower": text.lower()}.get(self.case, text)

    def t(self, text: str) -> Doc:
        text = self.shape(text)
        if self.chat:
            text = SENTENCE_PUNCT.sub("", text)
            text = re.sub(
                r"[a-z]+",
                lambda m: TYPOS[m.group()] if m.group() in TYPOS and self.rng.random() < 0.4 else m.group(),
                text,
            )
        self.parts.append(text)
        self.size += len(text)
        return self

    def v(self, text: str, meta: dict) -> Doc:
        text = self.shape(text)
        assert text and text == text.strip(), text
        self.spans.append({"start": self.size, "end": self.size + len(text), **meta})
        self.parts.append(text)
        self.size += len(text)
        return self

    def put(self, pieces: list) -> Doc:
        for text, meta in pieces:
            if meta is None:
                self.t(text)
            else:
                self.v(text, meta)
        return self

    def text(self) -> str:
        return "".join(self.parts)


NAME_FORM_KINDS = {
    "given": "first_name",
    "family": "last_name",
    "initials": "initials_last",
    "nick": "nickname",
    "comma": "last_comma_first",
    "comma_caps": "last_comma_first",
    "ascii": "without_diacritics",
    "initial_given": "initial_given",
}


def can(p: Person, form: str) -> bool:
    checks = {
        "full": True,
        "given": bool(p.family),
        "family": bool(p.family),
        "nick": bool(p.nick),
        "comma": bool(p.family),
        "comma_caps": bool(p.family),
        "initials": bool(p.family) and p.order == "western" and p.native is None,
        "ascii": not p.full().isascii(),
        "native": p.native is not None,
        "native_given": p.native is not None,
        "initial_given": p.culture == "tamil",
    }
    return checks[form]


def surface(p: Person, form: str) -> str:
    if form.startswith("native"):
        g, f = p.native or ("", "")
        spec = CULTURES[p.culture]
        sep = spec.get("sep", " ")
        if form == "native_given":
            return g
        return f + sep + g if spec.get("native_order", spec.get("order")) == "family_first" else g + sep + f
    initials = " ".join(part[0] + "." for part in (p.given.replace("-", " ").split() + p.middle.split()))
    return {
        "full": p.full(),
        "given": p.given,
        "family": p.family or p.given,
        "nick": p.nick or p.given,
        "comma": f"{p.family}, {p.given}",
        "comma_caps": f"{p.family.upper()}, {p.given}",
        "initials": f"{initials} {p.family}",
        "ascii": plain_keep_case(p.full()),
        "initial_given": f"{p.family[:1]}. {p.given}",
    }[form]


def plain_keep_case(text: str) -> str:
    folded = unicodedata.normalize(
        "NFKD", text.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("đ", "d").replace("Đ", "D")
    )
    return "".join(c for c in folded if not unicodedata.combining(c))


def person_kind(p: Person, form: str, shaped: str) -> str:
    if form.startswith("native"):
        return "non_latin"
    cased = shaped.lower() != shaped.upper()
    if cased and shaped == shaped.lower():
        return "lowercase"
    if cased and shaped == shaped.upper() and sum(c.isalpha() for c in shaped) > 1:
        return "all_caps"
    if form in NAME_FORM_KINDS:
        return NAME_FORM_KINDS[form]
    words = p.family.replace("-", " ").lower().split()
    checks = [
        (not p.family, "mononym"),
        (any(w in PARTICLES for w in words[:-1]) or p.family.lower().startswith(("al-", "el-")), "with_particle"),
        ("-" in p.full(), "hyphenated"),
        ("'" in shaped, "with_apostrophe"),
        (not shaped.isascii(), "with_diacritics"),
        (p.order == "family_first", "family_first"),
        (bool(p.middle), "with_middle_name"),
    ]
    return next((kind for hit, kind in checks if hit), "full_name")


def say(doc: Doc, p: Person, *forms: str) -> None:
    """Mention a person in one of the forms that suits them (the first that does, after a shuffle)."""
    usable = [f for f in forms if can(p, f)] or ["full"]
    form = doc.rng.choice(usable)
    text = surface(p, form)
    doc.v(text, {"type": "PERSON", "kind": person_kind(p, form, doc.shape(text)), "id": p.pid, "culture": p.culture})


def say_titled(doc: Doc, p: Person) -> None:
    if p.family:
        doc.t(p.title(doc.rng) + " ")
    say(doc, p, "family")


def put_inline(doc: Doc, fact: Fact) -> None:
    before, after = doc.rng.choice(fact.inline).split("{v}")
    doc.t(before).put(fact.pieces).t(after)


def put_form(doc: Doc, fact: Fact, multiline: bool = False) -> None:
    doc.t(doc.rng.choice(fact.form) + doc.rng.choice([": ", ": ", " - ", ":\t", ":  "]))
    doc.put(fact.multi if multiline and fact.multi and doc.rng.random() < 0.6 else fact.pieces)


@dataclass
class Case:
    rng: random.Random
    industry: str
    p: Person
    staff: Person
    other: Person | None
    facts: list[Fact] = field(default_factory=list)

    @property
    def ind(self) -> dict:
        return INDUSTRIES[self.industry]

    def org(self) -> tuple[str, str]:
        return self.ind["orgs"][self.p.dob.toordinal() % len(self.ind["orgs"])]

    def issue(self) -> str:
        return lookalike(self.rng, self.rng.choice(self.ind["issues"]))

    def action(self) -> str:
        return lookalike(self.rng, self.rng.choice(self.ind["actions"]))

    def fact(self, key: str) -> Fact:
        found = [f for f in self.facts if f.key == key]
        return found[0] if found else make_fact(self.rng, key, self.p)


def new_person(rng: random.Random, pid: str, culture: str) -> Person:
    p = make_person(rng, pid, culture)
    home = HOME_COUNTRY.get(culture)
    p.addr = home if home and rng.random() < 0.45 else rng.choice(sorted(COUNTRIES))
    p.cc = country_of(p.addr)
    return p


def build_case(rng: random.Random, industry: str, culture: str) -> Case:
    cultures = sorted(CULTURES)
    p = new_person(rng, "p1", culture)
    staff = new_person(rng, "p2", rng.choice(cultures))
    other = new_person(rng, "p3", rng.choice(cultures)) if rng.random() < 0.35 else None
    spec = INDUSTRIES[industry]
    keys = list(spec["core"]) + rng.sample(spec["extra"], rng.randint(2, 4))
    seen: list[str] = []
    for key in keys:
        if key not in seen:
            seen.append(key)
    return Case(rng, industry, p, staff, other, [make_fact(rng, key, p) for key in seen])
