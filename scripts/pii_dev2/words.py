"""Numbers and addresses as a caller says them."""

from __future__ import annotations

import re

from .addresses import Address
from .segs import Seg

_NUM_WORDS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def number_words(n: int) -> str:
    if n < 20:
        return _NUM_WORDS[n]
    if n < 100:
        return _TENS[n // 10] + ("" if n % 10 == 0 else "-" + _NUM_WORDS[n % 10])
    if n >= 1000:
        hi, lo = divmod(n, 100)
        return number_words(hi) + " " + ("hundred" if lo == 0 else ("oh " if lo < 10 else "") + number_words(lo))
    rest = n % 100
    return _NUM_WORDS[n // 100] + " hundred" + ("" if rest == 0 else " and " + number_words(rest))


def spoken(addr: Address) -> Address:
    """The same address as a caller would say it: leading house numbers in words."""

    def say(s: Seg) -> Seg:
        if s.kind in ("street_address", "unit"):
            m = re.match(r"^(Flat |Apartment |Apt |Unit |Room )?(\d+)( .*)?$", s.text)
            if m:
                return s._replace(text=(m.group(1) or "") + number_words(int(m.group(2))) + (m.group(3) or ""))
        return s

    return Address(addr.country, [[say(s) for s in line] for line in addr.lines], addr.n_street)
