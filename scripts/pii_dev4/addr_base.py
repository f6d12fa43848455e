"""Address object, helpers shared by the per-country formatters, renderers."""

import re

from .core import say_code, say_digits, spoken_numbers

PCL = "ABDEFGHJLNPQRSTUWXYZ"
KINDS = ("street_address", "unit", "building", "po_box", "landmark", "district", "city", "region", "postal_code")


def T(text, kind):
    assert kind in KINDS, kind
    return (text, kind)


def dg(r, n):
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def up(r, n, alpha="ABCDEFGHJKLMNPRSTUVWXYZ"):
    return "".join(r.choice(alpha) for _ in range(n))


def ch(r, s):
    return r.choice(s.split("|"))


def hn(r, lo=1, hi=199):
    return str(r.randint(lo, hi))


class Addr:
    """lines: list of lines; each line a list of tokens (str separator or (text, kind))."""

    def __init__(self, cc, lines, country):
        self.cc = cc
        self.lines = [ln for ln in lines if ln]
        self.country = country

    def tokens(self, nl=False, country=False, sep=", ", drop=()):
        out = []
        for ln in self.lines:
            ln = [t for t in ln if not (isinstance(t, tuple) and t[1] in drop)]
            sep_only = lambda t: isinstance(t, str) and not t.strip(" ,;/-")
            while ln and sep_only(ln[0]):
                ln = ln[1:]
            while ln and sep_only(ln[-1]):
                ln = ln[:-1]
            if not ln:
                continue
            if out:
                out.append("\n" if nl else sep)
            out.extend(ln)
        if country:
            out.append(("\n" if nl else sep) + self.country)
        return out

    def first(self, *kinds):
        for k in kinds:
            for ln in self.lines:
                for t in ln:
                    if isinstance(t, tuple) and t[1] == k:
                        return t
        return None

    def columns(self):
        """Split into (street part tokens, district, city, region, postcode) for tables."""
        street, rest = [], {}
        for ln in self.lines:
            for t in ln:
                if not isinstance(t, tuple):
                    continue
                if t[1] in ("city", "region", "postal_code") and t[1] not in rest:
                    rest[t[1]] = t
                elif t[1] == "district" and "district" not in rest:
                    rest["district"] = t
                else:
                    if street:
                        street.append(", ")
                    street.append(t)
        return street, rest

    def business(self):
        """Plain text (used for company offices: never annotated)."""
        return "".join(t if isinstance(t, str) else t[0] for t in self.tokens())


def spoken_tokens(toks, rng):
    """Transform tokens the way a caller reads an address out."""
    out = []
    for t in toks:
        if isinstance(t, str):
            out.append(t)
            continue
        text, kind = t
        if kind == "postal_code":
            text = say_code(text, rng)
        elif kind in ("street_address", "unit", "building"):
            text = spoken_numbers(text, rng, first_only=(kind == "street_address"))
        elif kind == "po_box":
            text = re.sub(r"\d+", lambda m: say_digits(m.group(0), rng), text)
        out.append((text, kind))
    return out
