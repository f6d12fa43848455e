"""Record generation, serialisation, validation and statistics."""

import collections
import ipaddress
import json
import random
import re

from . import nonpii, np_styles, styles_a, styles_b, styles_c, styles_d
from .case import INDUSTRIES, Case, Counter
from .core import LOC_KINDS, TYPES, Doc
from .numbers import iban_ok, luhn_ok

N_RECORDS = 400
STYLES = ["caps_log", "form", "table", "chat", "email", "narrative", "shorthand", "transcript", "letter", "ocr"]
PII_STYLES = {
    "caps_log": styles_a.caps_log,
    "form": styles_a.form,
    "table": styles_a.table,
    "chat": styles_b.chat,
    "email": styles_d.email,
    "narrative": styles_b.narrative,
    "shorthand": styles_b.shorthand,
    "transcript": styles_c.transcript,
    "letter": styles_c.letter,
    "ocr": styles_d.ocr,
}
NP_STYLES = {
    "caps_log": np_styles.caps_log,
    "form": np_styles.form,
    "table": np_styles.table,
    "chat": np_styles.chat,
    "email": nonpii.email,
    "narrative": np_styles.narrative,
    "shorthand": np_styles.shorthand,
    "transcript": np_styles.transcript,
    "letter": np_styles.letter,
    "ocr": nonpii.ocr,
}


def style_of(i):
    """Record i's style: each block of ten records holds every style once, and
    the no-PII records (i % 5 == 4) rotate through all ten styles."""
    return STYLES[(i + i // 10) % 10]


def make_record(i):
    rng = random.Random("pii-fresh3-2026-%d" % i)
    style = style_of(i)
    ind = INDUSTRIES[(i // 10 + i) % 8]
    d = Doc()
    if i % 5 == 4:
        tf = NP_STYLES[style](d, ind, rng)
    else:
        c = Case(rng, ind, Counter())
        tf = PII_STYLES[style](d, c, c.ctx(rng), rng)
    text, spans = d.finish(tf)
    if i % 5 == 4 and spans:
        raise AssertionError("no-PII record with spans")
    return {"record": "fresh3-%04d" % (i + 1), "style": style, "industry": ind["name"], "text": text, "spans": spans}


def generate():
    return [make_record(i) for i in range(N_RECORDS)]


def serialise(records):
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in records).encode("utf-8")


# ------------------------------------------------------------- validation
COUNTRY_WORDS = {"united kingdom", "uk", "great britain", "ireland", "éire", "france", "deutschland", "germany"}


def _value_ok(sp, s):
    t = sp["type"]
    if t == "IBAN_CODE":
        return iban_ok(s)
    if t == "CREDIT_CARD":
        return luhn_ok(s)
    if t == "IP_ADDRESS":
        try:
            ipaddress.ip_address(s)
            return True
        except ValueError:
            return False
    if t == "EMAIL_ADDRESS":
        return re.fullmatch(r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}", s) is not None
    if t == "URL":
        return "/" in s and "." in s and " " not in s
    if t == "PHONE_NUMBER":
        return sum(ch.isdigit() for ch in s) >= 6 or len(s.split()) >= 6
    if t == "DATE_TIME":
        return any(ch.isdigit() for ch in s) or len(s.split()) >= 3
    return True


def validate(records):
    problems = []
    for n, r in enumerate(records):
        rid = r.get("record")
        if (
            rid != "fresh3-%04d" % (n + 1)
            or r["style"] != style_of(n)
            or r["industry"] != INDUSTRIES[(n // 10 + n) % 8]["name"]
        ):
            problems.append("%s: bad header fields" % rid)
        text, spans = r["text"], r["spans"]
        if n % 5 == 4 and spans:
            problems.append("%s: spans in a no-PII record" % rid)
        if n % 5 != 4 and not spans:
            problems.append("%s: PII record without spans" % rid)
        last_end, seen = 0, []
        for sp in spans:
            s, e = sp["start"], sp["end"]
            frag = text[s:e] if 0 <= s < e <= len(text) else ""
            where = "%s[%d:%d]" % (rid, s, e)
            if not frag or frag != frag.strip():
                problems.append("%s: empty or padded span %r" % (where, frag))
            if s < last_end:
                problems.append("%s: overlap/unsorted" % where)
            last_end = max(last_end, e)
            if sp["type"] not in TYPES or not sp.get("kind"):
                problems.append("%s: bad type/kind" % where)
            if sp["type"] == "PERSON":
                if not re.fullmatch(r"p\d+", sp.get("id", "")) or not sp.get("culture"):
                    problems.append("%s: PERSON without id/culture" % where)
                if sp["id"] not in seen:
                    seen.append(sp["id"])
                    if sp["id"] != "p%d" % len(seen):
                        problems.append("%s: person ids not in first-mention order" % where)
            elif sp["type"] == "LOCATION":
                if not re.fullmatch(r"[A-Z]{2}", sp.get("country", "")) or sp["kind"] not in LOC_KINDS:
                    problems.append("%s: LOCATION without country/kind" % where)
                if frag.lower() in COUNTRY_WORDS:
                    problems.append("%s: country name annotated" % where)
            elif any(k in sp for k in ("id", "culture", "country")):
                problems.append("%s: stray attribute" % where)
            if not _value_ok(sp, frag):
                problems.append("%s: invalid %s value %r" % (where, sp["type"], frag))
    return problems


# ------------------------------------------------------------------ stats
def stats(records):
    by_type, by_style, by_loc, by_cc, by_cul = (collections.Counter() for _ in range(5))
    recs_style, person_ids = collections.Counter(), collections.Counter()
    for r in records:
        recs_style[r["style"]] += 1
        for sp in r["spans"]:
            by_type[sp["type"]] += 1
            by_style[r["style"]] += 1
            if sp["type"] == "LOCATION":
                by_loc[sp["kind"]] += 1
                by_cc[sp["country"]] += 1
            if sp["type"] == "PERSON":
                by_cul[sp["culture"]] += 1
        person_ids[r["record"]] = len({sp["id"] for sp in r["spans"] if sp["type"] == "PERSON"})
    return {
        "total": sum(by_type.values()),
        "type": by_type,
        "style": by_style,
        "records_per_style": recs_style,
        "loc_kind": by_loc,
        "country": by_cc,
        "culture": by_cul,
        "people": sum(person_ids.values()),
    }
