"""Address objects and emitters.  A line is a list of (text, kind) parts;
kind None marks plain separators/labels that are never annotated."""

import re

from .phones import ONES, num_words


class Addr:
    def __init__(self, cc, countries, lines):
        self.cc = cc
        self.countries = countries
        self.lines = [ln for ln in lines if ln]
        self.country = countries[0]

    def parts(self):
        return [p for ln in self.lines for p in ln if p[1]]

    def first(self, *kinds):
        for text, kind in self.parts():
            if kind in kinds:
                return text, kind
        return None


def st(t):
    return (t, "street_address")


def un(t):
    return (t, "unit")


def bd(t):
    return (t, "building")


def pb(t):
    return (t, "po_box")


def lm(t):
    return (t, "landmark")


def ds(t):
    return (t, "district")


def ci(t):
    return (t, "city")


def rg(t):
    return (t, "region")


def pc(t):
    return (t, "postal_code")


def tx(t):
    return (t, None)


def digits(r, n):
    return "".join(str(r.randrange(10)) for _ in range(n))


def emit(d, a, sep=", ", annotate=True, country=False, upper_city=False, only=None, first=False):
    """Write address a into doc d; only= restricts to some kinds (joined by sep)."""
    if only is not None:
        chosen = [p for p in a.parts() if p[1] in only]
        if first:
            chosen = [next(p for p in chosen if p[1] == k) for k in only if any(q[1] == k for q in chosen)][:1]
        for i, (text, kind) in enumerate(chosen):
            if i:
                d.t(sep)
            d.loc(text, kind, a.cc) if annotate else d.t(text)
        return
    for i, line in enumerate(a.lines):
        if i:
            d.t(sep)
        for text, kind in line:
            if kind is None or not annotate:
                d.t(text)
            else:
                d.loc(text.upper() if (upper_city and kind in ("city", "postal_code")) else text, kind, a.cc)
    if country:
        d.t(sep)
        d.t(a.country)


GROUP = {
    "street_address": "street",
    "po_box": "street",
    "unit": "line2",
    "building": "line2",
    "landmark": "line2",
    "district": "line2",
    "city": "city",
    "region": "region",
    "postal_code": "postcode",
}
GROUP_LABELS = {
    "street": ["address line 1", "street", "addr1", "street address", "address"],
    "line2": ["address line 2", "addr2", "locality", "address 2", "area"],
    "city": ["city", "town", "town/city", "post town", "locality"],
    "region": ["county", "state", "region", "province", "state region"],
    "postcode": ["postcode", "zip", "postal code", "post code", "zip code"],
}


def groups(a):
    out = []
    for text, kind in a.parts():
        g = GROUP[kind]
        for og in out:
            if og[0] == g:
                og[1].append((text, kind))
                break
        else:
            out.append((g, [(text, kind)]))
    return out


def house_words(text):
    m = re.match(r"^(\d{1,3})([A-Za-z]?)(\s.*)$", text)
    if m:
        return num_words(int(m.group(1))) + (" " + m.group(2).upper() if m.group(2) else "") + m.group(3)
    m = re.match(r"^(.*\D)\s(\d{1,3})([a-z]?)\.?$", text)
    if m:
        return m.group(1) + " " + num_words(int(m.group(2))) + (" " + m.group(3).upper() if m.group(3) else "")
    return text


def read_code(text, rng):
    zero = rng.choice(["zero", "oh"])
    groups_, cur = [], []
    for ch in text:
        if ch.isdigit():
            cur.append(zero if ch == "0" else ONES[int(ch)])
        elif ch.isalpha():
            cur.append(ch.upper())
        elif cur:
            groups_.append(" ".join(cur))
            cur = []
    if cur:
        groups_.append(" ".join(cur))
    return ", ".join(groups_)


def emit_read(d, a, rng, sep=", "):
    """Address as said on the phone: house numbers in words, codes read out."""
    first = True
    for text, kind in a.parts():
        if not first:
            d.t(sep)
        first = False
        if kind in ("street_address", "unit", "building"):
            text = house_words(text)
            if kind == "unit":
                text = re.sub(r"\b(\d{1,3})\b", lambda m: num_words(int(m.group(1))), text)
        elif kind == "postal_code" and any(ch.isdigit() for ch in text):
            text = read_code(text, rng)
        d.loc(text, kind, a.cc)
