"""Assemble the 400 records, validate them, and count what they hold."""

from __future__ import annotations

import json
import random
import re
from collections import Counter

from .case import INDUSTRIES, build_case
from .checks import iban_ok, luhn_ok
from .ids import SCHEME_CULTURES
from .segs import ALLOWED_TYPES, Seg, Segs, assemble
from .styles_a import caps, letter, shorthand, table
from .styles_b import chat, narrative
from .styles_c import audit, voicemail

SEED = "pii-dev2-2026"
N_RECORDS = 400
STYLES = [
    ("shorthand", shorthand),
    ("caps_log", caps),
    ("table", table),
    ("letter", letter),
    ("chat", chat),
    ("narrative", narrative),
    ("voicemail", voicemail),
    ("audit", audit),
]
KEYS = ["industry", "record", "spans", "style", "text"]


def _trim(segs: Segs) -> Segs:
    segs = [s for s in segs if s.text]
    while segs and not segs[0].type and not segs[0].text.strip():
        segs.pop(0)
    while segs and not segs[-1].type and not segs[-1].text.strip():
        segs.pop()
    if segs and not segs[0].type:
        segs[0] = Seg(segs[0].text.lstrip())
    if segs and not segs[-1].type:
        segs[-1] = Seg(segs[-1].text.rstrip())
    out: Segs = []
    for s in segs:
        if not s.type and "\n\n\n" in s.text:
            s = Seg(re.sub(r"\n{3,}", "\n\n", s.text))
        out.append(s)
    return out


def _industry(i: int) -> dict:
    return INDUSTRIES[(i // len(STYLES) + i) % len(INDUSTRIES)]


def _forced(i: int) -> bool:
    """Every third record with PII (outside school notes) carries a national id from the next scheme in turn."""
    return i % 5 != 4 and i % 3 == 0 and _industry(i)["key"] != "school_safeguarding"


def make_record(i: int) -> dict:
    rng = random.Random(f"{SEED}-{i}")
    style, fn = STYLES[i % len(STYLES)]
    ind = _industry(i)
    pii = i % 5 != 4
    scheme = ""
    if _forced(i):
        schemes = list(SCHEME_CULTURES)
        scheme = schemes[sum(_forced(j) for j in range(i)) % len(schemes)]
    case = build_case(rng, ind, pii, scheme)
    text, spans = assemble(_trim(fn(rng, case)))
    return {"industry": ind["key"], "record": f"dev2-{i + 1:04d}", "spans": spans, "style": style, "text": text}


def records() -> list[dict]:
    return [make_record(i) for i in range(N_RECORDS)]


def dumps(recs: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in recs)


def validate(recs: list[dict]) -> list[str]:
    errors: list[str] = []
    for n, r in enumerate(recs):
        rid = r.get("record", f"#{n}")
        if sorted(r) != KEYS:
            errors.append(f"{rid}: keys {sorted(r)}")
            continue
        if r["record"] != f"dev2-{n + 1:04d}":
            errors.append(f"{rid}: record id out of order")
        text, spans = r["text"], r["spans"]
        if n % 5 == 4 and spans:
            errors.append(f"{rid}: PII-free record has spans")
        last, ids_seen = 0, []
        for sp in spans:
            s, e, value = sp["start"], sp["end"], text[sp["start"] : sp["end"]]
            if s < last or e <= s or e > len(text):
                errors.append(f"{rid}: bad offsets {s}-{e}")
            last = e
            if not value or value != value.strip():
                errors.append(f"{rid}: whitespace around {value!r}")
            if sp["type"] not in ALLOWED_TYPES or not sp.get("kind"):
                errors.append(f"{rid}: bad type/kind {sp}")
            want = (
                {"start", "end", "type", "kind"}
                | ({"id", "culture"} if sp["type"] == "PERSON" else set())
                | ({"country"} if sp["type"] == "LOCATION" else set())
            )
            if set(sp) != want:
                errors.append(f"{rid}: span keys {sorted(sp)}")
            if sp["type"] == "PERSON" and sp["id"] not in ids_seen:
                if sp["id"] != f"p{len(ids_seen) + 1}":
                    errors.append(f"{rid}: person ids not in order of first mention")
                ids_seen.append(sp["id"])
            if sp["type"] == "CREDIT_CARD" and sp["kind"] == "card_full" and not luhn_ok(re.sub(r"\D", "", value)):
                errors.append(f"{rid}: card fails Luhn {value}")
            if sp["type"] == "IBAN_CODE" and not iban_ok(value):
                errors.append(f"{rid}: IBAN fails mod-97 {value}")
    return errors


def stats(recs: list[dict]) -> dict[str, Counter]:
    c: dict[str, Counter] = {k: Counter() for k in ("industry", "style", "type", "kind", "culture", "country", "misc")}
    for r in recs:
        c["industry"][r["industry"]] += 1
        c["style"][r["style"]] += 1
        people = {sp["id"] for sp in r["spans"] if sp["type"] == "PERSON"}
        locs = any(sp["type"] == "LOCATION" for sp in r["spans"])
        c["misc"]["records"] += 1
        c["misc"]["records_without_pii"] += not r["spans"]
        c["misc"]["records_2plus_persons"] += len(people) >= 2
        c["misc"]["records_3plus_persons"] += len(people) >= 3
        c["misc"]["records_with_location"] += locs
        c["misc"]["spans"] += len(r["spans"])
        c["misc"]["distinct_persons"] += len(people)
        for sp in r["spans"]:
            c["type"][sp["type"]] += 1
            c["kind"][f"{sp['type']}/{sp['kind']}"] += 1
            if sp["type"] == "PERSON":
                c["culture"][sp["culture"]] += 1
            if sp["type"] == "LOCATION":
                c["country"][sp["country"]] += 1
    return c
