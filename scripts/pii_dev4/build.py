"""Assembly of the 400 records, serialisation, validation and statistics."""

import json
import random
import re

from .addr_base import KINDS as LOC_KINDS
from .addresses import COUNTRIES
from .checks import iban_valid, luhn_valid
from .core import Doc
from .ctx import Ctx
from .industries_a import INSURANCE, PHARMACY
from .industries_b import BANK, UTILITY
from .industries_c import HOSPITAL, HOTEL
from .industries_d import DEBT, TUTORING
from .names import CULTURES
from .styles_a import caps_log, form, table
from .styles_b import chat, email, narrative, shorthand, transcript

N_RECORDS = 400
SEED = "pii-dev4-2026-%d"
STYLES = ["caps_log", "form", "table", "chat", "email", "narrative", "shorthand", "transcript"]
RENDER = {
    "caps_log": caps_log,
    "form": form,
    "table": table,
    "chat": chat,
    "email": email,
    "narrative": narrative,
    "shorthand": shorthand,
    "transcript": transcript,
}
INDUSTRIES = [INSURANCE, PHARMACY, BANK, UTILITY, HOTEL, HOSPITAL, DEBT, TUTORING]
TYPES = (
    "PERSON",
    "LOCATION",
    "DATE_TIME",
    "PHONE_NUMBER",
    "EMAIL_ADDRESS",
    "ACCOUNT_NUMBER",
    "ID",
    "CLAIM_ID",
    "POLICY_NUMBER",
    "MRN",
    "IBAN_CODE",
    "CREDIT_CARD",
    "IP_ADDRESS",
    "URL",
)


def is_pii(i):
    return i % 5 != 4


def build_record(i):
    rng = random.Random(SEED % i)
    style = STYLES[i % 8]
    ind = INDUSTRIES[(i // 8 + i) % 8]
    ctx = Ctx(rng, i, style, ind, is_pii(i))
    doc = Doc(rng)
    RENDER[style](ctx, doc)
    rec = {
        "record": "dev4-%04d" % (i + 1),
        "style": style,
        "industry": ind["key"],
        "text": doc.text(),
        "spans": doc.spans,
    }
    return rec, doc.expect


def build_all():
    return [build_record(i) for i in range(N_RECORDS)]


def serialise(records):
    return "".join(json.dumps(rec, ensure_ascii=False, sort_keys=True) + "\n" for rec, _ in records)


def validate(i, rec, expect):
    """Return a list of problems for one record."""
    errs = []
    text, spans = rec["text"], rec["spans"]
    if rec["record"] != "dev4-%04d" % (i + 1):
        errs.append("record id")
    if not is_pii(i) and spans:
        errs.append("no-PII record has %d spans" % len(spans))
    if is_pii(i) and not spans:
        errs.append("PII record without spans")
    prev_end, seen = 0, []
    for k, s in enumerate(spans):
        tag = "%s span %d" % (rec["record"], k)
        st, en = s["start"], s["end"]
        if not (0 <= st < en <= len(text)):
            errs.append(tag + " out of range")
            continue
        if st < prev_end:
            errs.append(tag + " overlaps/unsorted")
        prev_end = en
        frag = text[st:en]
        if frag != expect[k]:
            errs.append(tag + " text %r != annotated %r" % (frag, expect[k]))
        if frag != frag.strip():
            errs.append(tag + " whitespace at edge")
        if s["type"] not in TYPES or not s.get("kind"):
            errs.append(tag + " bad type/kind")
        extra = set(s) - {"type", "start", "end", "kind", "id", "culture", "country"}
        if extra:
            errs.append(tag + " extra keys")
        if s["type"] == "PERSON":
            if not re.fullmatch(r"p\d+", s.get("id", "")) or s.get("culture") not in CULTURES:
                errs.append(tag + " person id/culture")
            if s["id"] not in seen:
                seen.append(s["id"])
                if s["id"] != "p%d" % len(seen):
                    errs.append(tag + " person ids not in first-mention order")
        elif "id" in s or "culture" in s:
            errs.append(tag + " id/culture on non-person")
        if s["type"] == "LOCATION":
            if s.get("country") not in COUNTRIES or s["kind"] not in LOC_KINDS:
                errs.append(tag + " location country/kind")
        elif "country" in s:
            errs.append(tag + " country on non-location")
        if s["type"] == "IBAN_CODE" and not iban_valid(frag):
            errs.append(tag + " invalid IBAN %r" % frag)
        if s["type"] == "CREDIT_CARD" and not luhn_valid(frag):
            errs.append(tag + " invalid card %r" % frag)
    return errs


def stats(records):
    """Counts used in PII_DEV4.md."""
    from collections import Counter

    by_type, by_loc, by_cc, by_cul, by_style, by_ind, by_kind = (
        Counter(),
        Counter(),
        Counter(),
        Counter(),
        Counter(),
        Counter(),
        Counter(),
    )
    persons = set()
    for rec, _ in records:
        by_style[rec["style"]] += len(rec["spans"])
        by_ind[rec["industry"]] += len(rec["spans"])
        for s in rec["spans"]:
            by_type[s["type"]] += 1
            by_kind["%s/%s" % (s["type"], s["kind"])] += 1
            if s["type"] == "LOCATION":
                by_loc[s["kind"]] += 1
                by_cc[s["country"]] += 1
            if s["type"] == "PERSON":
                by_cul[s["culture"]] += 1
                persons.add((rec["record"], s["id"]))
    return dict(
        type=by_type,
        loc=by_loc,
        cc=by_cc,
        culture=by_cul,
        style=by_style,
        industry=by_ind,
        kind=by_kind,
        persons=len(persons),
    )
