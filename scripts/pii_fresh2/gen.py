"""Assemble records, write JSONL, and check."""

import json
import random

from . import SEED
from . import styles_a as SA
from . import styles_b as SB
from .core import Doc, validate
from .ind_b import INDUSTRIES
from .record import Ctx
from .sutil import emit

STYLES = [
    ("chat", SA.chat),
    ("caps_log", SA.caps),
    ("email_chain", SA.email),
    ("form", SA.form),
    ("table", SA.table),
    ("call_transcript", SB.transcript),
    ("case_notes", SB.notes),
    ("formal_letter", SB.letter),
    ("ticket_history", SB.ticket),
    ("narrative", SB.narrative),
]
N = 400


def industry_index(i):
    # Rotated by block so that no-PII records (i % 5 == 4) are spread over all ten industries.
    return (i + i // 10) % 10


def make_record(i):
    rng = random.Random(f"{SEED}-{i}")
    ind = INDUSTRIES[industry_index(i)]
    sname, sfunc = STYLES[(i // 10) % 10]
    nopii = i % 5 == 4
    ctx = Ctx(rng, ind, nopii, sname)
    mode, noise, rate = None, None, 0.0
    if sname == "chat":
        mode, noise, rate = "lower", "chat", 0.5
    elif sname == "caps_log":
        mode = "upper"
    elif sname == "form" and rng.random() < 0.6:
        noise, rate = "ocr", 0.2
    doc = Doc(rng, mode, noise, rate)
    lines = sfunc(doc, ctx)
    emit(doc, lines)
    text = doc.text()
    spans = sorted(doc.spans, key=lambda s: s["start"])
    return {"record": "fresh2-%04d" % (i + 1), "industry": ind["key"], "style": sname, "text": text, "spans": spans}


def build():
    return [make_record(i) for i in range(N)]


def dumps(records):
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in records)


def check_records(records):
    probs = []
    for i, rec in enumerate(records):
        for p in validate(rec):
            probs.append("%s: %s" % (rec["record"], p))
        if i % 5 == 4 and rec["spans"]:
            probs.append("%s: no-PII record has spans" % rec["record"])
        if i % 5 != 4 and not rec["spans"]:
            probs.append("%s: PII record without spans" % rec["record"])
    return probs
