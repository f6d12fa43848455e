"""Builds all records deterministically and checks a written file against the generator."""

import json
import random

from .ctx import Ctx
from .industries_a import INDUSTRIES_A
from .industries_b import INDUSTRIES_B
from .seg import P, render, validate
from .styles_a import caps_log, chat, email_chain, scanned_form
from .styles_b import call_transcript, formal_letter, shorthand_notes, table

SEED = "pii-fresh-2025-v1"
N = 360
INDUSTRIES = INDUSTRIES_A + INDUSTRIES_B
STYLES = [
    ("chat", chat),
    ("caps_log", caps_log),
    ("email_chain", email_chain),
    ("scanned_form", scanned_form),
    ("table", table),
    ("call_transcript", call_transcript),
    ("shorthand_notes", shorthand_notes),
    ("formal_letter", formal_letter),
]


def make_record(i):
    rng = random.Random(f"{SEED}-{i}")
    ind = INDUSTRIES[i % 8]
    sname, sfn = STYLES[(i + i // 8) % 8]
    neg = i % 5 == 4
    ctx = Ctx(rng, ind, neg)
    segs = sfn(ctx)
    while segs and segs[-1][1] is None and not segs[-1][0].strip():
        segs.pop()
    if segs and segs[-1][1] is None:
        segs[-1] = P(segs[-1][0].rstrip())
    text, spans = render(segs)
    rec = {"industry": ind["name"], "record": f"fresh-{i + 1:04d}", "spans": spans, "style": sname, "text": text}
    if neg and spans:
        raise AssertionError(f"{rec['record']}: negative record has spans")
    if not neg and not spans:
        raise AssertionError(f"{rec['record']}: positive record without spans")
    errs = validate(rec)
    if errs:
        raise AssertionError(f"{rec['record']}: {errs}")
    return rec


def generate():
    """The whole file as one string."""
    return "".join(json.dumps(make_record(i), ensure_ascii=False, sort_keys=True) + "\n" for i in range(N))


def check(path):
    """Return a list of problems: byte mismatch with the generator or invalid spans."""
    problems = []
    with open(path, encoding="utf-8", newline="") as fh:
        data = fh.read()
    if data != generate():
        problems.append("file differs from generator output")
    for ln, line in enumerate(data.splitlines(), 1):
        rec = json.loads(line)
        for e in validate(rec):
            problems.append(f"line {ln}: {e}")
    return problems
