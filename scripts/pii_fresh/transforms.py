"""Per-segment text transforms (chat lower-casing, abbreviations, typos, capitals, OCR noise)."""

import re

from .seg import map_segs

ABBR = [
    ("you", "u"),
    ("please", "pls"),
    ("thanks", "thx"),
    ("because", "bc"),
    ("tomorrow", "tmrw"),
    ("with", "w/"),
    ("about", "abt"),
    ("customer", "cust"),
    ("message", "msg"),
    ("are", "r"),
    ("though", "tho"),
    ("before", "b4"),
    ("tonight", "2nite"),
    ("okay", "ok"),
]


def caps(s):
    """Upper-case Latin, Greek and Cyrillic letters only (other scripts stay as typed)."""
    return "".join(c.upper() if (ord(c) < 0x530 or 0x1E00 <= ord(c) < 0x1F00) else c for c in s)


def abbreviate(s, r):
    for long, short in ABBR:
        if r.random() < 0.7:
            s = re.sub(rf"\b{long}\b", short, s)
    return s


def typo(s, r, p=0.08):
    def one(m):
        w = m.group(0)
        if len(w) < 4 or r.random() > p:
            return w
        i = r.randint(1, len(w) - 2)
        k = r.randint(0, 2)
        if k == 0:
            return w[:i] + w[i + 1] + w[i] + w[i + 2 :]
        if k == 1:
            return w[:i] + w[i + 1 :]
        return w[:i] + w[i] + w[i:]

    return re.sub(r"\b[a-z]+\b", one, s)


def ocr(s, r, p=0.12):
    out = []
    for c in s:
        if r.random() < p:
            c = {"O": "0", "o": "0", "l": "1", "I": "l", "S": "5", "m": "rn", "e": "c", "B": "8", ":": ";"}.get(c, c)
        out.append(c)
    return "".join(out)


def chatify(segs, r, lower_names):
    segs = map_segs(segs, lambda s: typo(abbreviate(s.lower(), r), r), pii=False)
    if lower_names:
        segs = map_segs(segs, str.lower, plain=False, types=("PERSON",))
    return segs


def capsify(segs):
    return map_segs(segs, caps)


def ocrify(segs, r, names=False):
    segs = map_segs(segs, lambda s: ocr(s, r, 0.05), pii=False)
    if names:
        segs = map_segs(segs, lambda s: ocr(s, r, 0.06), plain=False, types=("PERSON",))
    return segs
