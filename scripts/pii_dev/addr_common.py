"""Shared parts of the address generators: the ``Address`` type and random helpers."""

import string

from . import P, T

U = string.ascii_uppercase
D = string.digits


class Address:
    def __init__(self, country, lines):
        self.country = country
        self.lines = [line for line in lines if line]

    def frag(self, ml=False, sep=", "):
        out = []
        for i, line in enumerate(self.lines):
            if i:
                out.extend(T("\n" if ml else sep))
            for text, kind in line:
                out.extend(T(text) if kind is None else P(text, "LOCATION", kind, country=self.country))
        return out

    def part(self, kind):
        for line in self.lines:
            for text, k in line:
                if k == kind:
                    return P(text, "LOCATION", kind, country=self.country)
        return None


def _r(rng, pattern):
    """'#' digit, '@' letter, anything else literal."""
    return "".join(rng.choice(D) if ch == "#" else rng.choice(U) if ch == "@" else ch for ch in pattern)


def _n(rng, lo, hi):
    return str(rng.randint(lo, hi))
