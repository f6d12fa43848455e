"""Segments: plain or annotated pieces of text, transformed one by one, then joined with exact offsets."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from typing import NamedTuple

ALLOWED_TYPES = (
    "PERSON",
    "LOCATION",
    "DATE_TIME",
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "US_SSN",
    "CREDIT_CARD",
    "IBAN_CODE",
    "IP_ADDRESS",
    "URL",
    "POLICY_NUMBER",
    "CLAIM_ID",
    "MRN",
    "ACCOUNT_NUMBER",
    "ID",
)


class Seg(NamedTuple):
    text: str
    type: str = ""
    kind: str = ""
    pkey: str = ""
    culture: str = ""
    country: str = ""


Segs = list[Seg]


def P(text: str) -> Seg:
    return Seg(text)


def A(text: str, type_: str, kind: str, country: str = "") -> Seg:
    return Seg(text, type_, kind, country=country)


def join(parts: Iterable[Segs | Seg | str], sep: str = "") -> Segs:
    out: Segs = []
    first = True
    for part in parts:
        if not first and sep:
            out.append(Seg(sep))
        first = False
        if isinstance(part, str):
            out.append(Seg(part))
        elif isinstance(part, Seg):
            out.append(part)
        else:
            out.extend(part)
    return out


def segs_of(x: Segs | Seg | str) -> Segs:
    if isinstance(x, str):
        return [Seg(x)]
    if isinstance(x, Seg):
        return [x]
    return list(x)


_SPECIAL = {
    "ł": "l",
    "Ł": "L",
    "ø": "o",
    "Ø": "O",
    "æ": "ae",
    "Æ": "AE",
    "ß": "ss",
    "đ": "d",
    "Đ": "D",
    "ə": "a",
    "Ə": "A",
    "ı": "i",
    "İ": "I",
    "ʻ": "'",
    "’": "'",
    "ð": "d",
    "þ": "th",
    "ŋ": "ng",
    "Ŋ": "NG",
    "ŧ": "t",
    "Ŧ": "T",
    "ž": "z",
    "Ž": "Z",
    "č": "c",
    "Č": "C",
    "š": "s",
    "Š": "S",
}


def strip_accents(text: str) -> str:
    text = "".join(_SPECIAL.get(ch, ch) for ch in text)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def upper(text: str) -> str:
    return text.replace("ß", "SS").upper()


def lower(text: str) -> str:
    return text.replace("İ", "i").lower()


def apply(segs: Segs, fn: Callable[[str], str], only_plain: bool = False, only_ann: bool = False) -> Segs:
    out: Segs = []
    for s in segs:
        if (only_plain and s.type) or (only_ann and not s.type):
            out.append(s)
        else:
            out.append(s._replace(text=fn(s.text)))
    return out


_WORD = re.compile(r"[a-z]{4,}")


def typos(segs: Segs, rng, rate: float = 0.05) -> Segs:
    """Swap two inner letters or drop one in some plain words only (never inside annotated values)."""

    def fix(text: str) -> str:
        def one(m: re.Match) -> str:
            w = m.group(0)
            if rng.random() >= rate:
                return w
            k = rng.randrange(1, len(w) - 2)
            if rng.random() < 0.5:
                return w[:k] + w[k + 1] + w[k] + w[k + 2 :]
            return w[:k] + w[k + 1 :]

        return _WORD.sub(one, text)

    return apply(segs, fix, only_plain=True)


def assemble(segs: Segs) -> tuple[str, list[dict]]:
    parts: list[str] = []
    spans: list[dict] = []
    ids: dict[str, str] = {}
    pos = 0
    prev_ann = False
    for s in segs:
        if not s.text:
            continue
        if s.type:
            if s.type not in ALLOWED_TYPES:
                raise ValueError(f"bad type {s.type}")
            if s.text != s.text.strip():
                raise ValueError(f"outer whitespace in span {s.text!r}")
            if prev_ann:
                raise ValueError(f"two annotated segments touch: {s.text!r}")
            span: dict = {"start": pos, "end": pos + len(s.text), "type": s.type, "kind": s.kind}
            if s.type == "PERSON":
                if s.pkey not in ids:
                    ids[s.pkey] = f"p{len(ids) + 1}"
                span["id"] = ids[s.pkey]
                span["culture"] = s.culture
            if s.type == "LOCATION":
                span["country"] = s.country
            spans.append(span)
        prev_ann = bool(s.type)
        parts.append(s.text)
        pos += len(s.text)
    return "".join(parts), spans


TOKEN = re.compile(r"\{([A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)?)\}")


def render(template: str, resolve: Callable[[str], Segs | Seg | str]) -> Segs:
    out: Segs = []
    pos = 0
    for m in TOKEN.finditer(template):
        if m.start() > pos:
            out.append(Seg(template[pos : m.start()]))
        out.extend(segs_of(resolve(m.group(1))))
        pos = m.end()
    if pos < len(template):
        out.append(Seg(template[pos:]))
    return out


def tokens_in(template: str) -> list[str]:
    return [m.group(1) for m in TOKEN.finditer(template)]
