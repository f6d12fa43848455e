"""Text assembly with exact span offsets, per-segment transforms, spoken forms.

Every segment (plain or annotated) is transformed (diacritic stripping, case,
typos for plain text only) *before* it is appended, so span offsets are exact
by construction.
"""

import re
import unicodedata

_SPECIAL = {
    "ø": "o",
    "Ø": "O",
    "ł": "l",
    "Ł": "L",
    "đ": "d",
    "Đ": "D",
    "ß": "ss",
    "æ": "ae",
    "Æ": "AE",
    "œ": "oe",
    "Œ": "OE",
    "þ": "th",
    "Þ": "Th",
    "ð": "d",
    "Ð": "D",
    "ħ": "h",
    "Ħ": "H",
    "ı": "i",
    "ŀ": "l",
    "ʻ": "'",
    "’": "'",
    "₵": "C",
    "₾": "GEL ",
    "֏": "AMD ",
    "₸": "KZT ",
    "₮": "MNT ",
    "₫": "VND ",
    "₩": "KRW ",
    "₹": "INR ",
    "₱": "PHP ",
    "€": "EUR ",
}


def strip_marks(s):
    """Remove diacritics (and map letters that do not decompose)."""
    out = []
    for ch in s:
        if ch in _SPECIAL:
            out.append(_SPECIAL[ch])
            continue
        dec = unicodedata.normalize("NFD", ch)
        out.append("".join(c for c in dec if not unicodedata.combining(c)))
    return unicodedata.normalize("NFC", "".join(out))


_WORD = re.compile(r"([A-Za-z]+)")


def add_typos(rng, s, rate):
    """Typos in plain alphabetic ASCII words of 4+ letters only."""
    parts = _WORD.split(s)
    for i in range(1, len(parts), 2):
        w = parts[i]
        if len(w) < 4 or rng.random() >= rate:
            continue
        j = rng.randrange(1, len(w) - 1)
        op = rng.random()
        if op < 0.4:
            w = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
        elif op < 0.7:
            w = w[:j] + w[j + 1 :]
        else:
            w = w[:j] + w[j] + w[j:]
        parts[i] = w
    return "".join(parts)


class Doc:
    """Accumulates text segments and spans."""

    def __init__(self, rng, case=None, strip=False, typo=0.0, id_case="doc"):
        self.rng = rng
        self.case = case  # None | "upper" | "lower"
        self.strip = strip  # strip diacritics everywhere
        self.typo = typo  # typo rate for plain words
        self.id_case = id_case  # "doc" follows case; None keeps identifiers as written
        self.parts = []
        self.pos = 0
        self.spans = []
        self.expect = []
        self.pids = {}

    def _x(self, s, case):
        if self.strip:
            s = strip_marks(s)
        if case == "upper":
            s = s.upper()
        elif case == "lower":
            s = s.lower()
        return s

    def t(self, s, typo=True, case="doc"):
        if not s:
            return
        s = self._x(s, self.case if case == "doc" else case)
        if typo and self.typo:
            s = add_typos(self.rng, s, self.typo)
        self.parts.append(s)
        self.pos += len(s)

    def a(self, s, typ, kind, case="doc", **extra):
        if case == "doc":
            case = self.case
            if typ not in ("PERSON", "LOCATION") and self.id_case != "doc":
                case = self.id_case
        s = self._x(s, case)
        if not s or s != s.strip():
            raise ValueError("bad span text %r" % s)
        span = {"type": typ, "start": self.pos, "end": self.pos + len(s), "kind": kind}
        span.update(extra)
        self.spans.append(span)
        self.expect.append(s)
        self.parts.append(s)
        self.pos += len(s)

    def person(self, p, text, kind, case="doc"):
        pid = self.pids.get(p.uid)
        if pid is None:
            pid = "p%d" % (len(self.pids) + 1)
            self.pids[p.uid] = pid
        self.a(text, "PERSON", kind, case=case, id=pid, culture=p.culture)

    def loc(self, text, kind, cc):
        self.a(text, "LOCATION", kind, country=cc)

    def tokens(self, toks, cc):
        """Address tokens: str = plain separator, (text, kind) = component."""
        for tok in toks:
            if isinstance(tok, tuple):
                self.loc(tok[0], tok[1], cc)
            else:
                self.t(tok, typo=False)

    def text(self):
        return "".join(self.parts)


# ---------------------------------------------------------------- spoken forms
ONES = [
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
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD = {
    1: "first",
    2: "second",
    3: "third",
    4: "fourth",
    5: "fifth",
    6: "sixth",
    7: "seventh",
    8: "eighth",
    9: "ninth",
    10: "tenth",
    11: "eleventh",
    12: "twelfth",
    13: "thirteenth",
    14: "fourteenth",
    15: "fifteenth",
    16: "sixteenth",
    17: "seventeenth",
    18: "eighteenth",
    19: "nineteenth",
    20: "twentieth",
    30: "thirtieth",
}


def words(n):
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("-" + ONES[n % 10] if n % 10 else "")
    if n < 1000:
        return ONES[n // 100] + " hundred" + (" and " + words(n % 100) if n % 100 else "")
    return words(n // 1000) + " thousand" + ((" " + words(n % 1000)) if n % 1000 else "")


def ordinal(n):
    if n in ORD:
        return ORD[n]
    return TENS[n // 10] + "-" + ORD[n % 10]


def house_words(n, rng):
    """How people say a house number: 'forty-two', 'fifteen oh eight'."""
    if n < 100 or (n < 1000 and n % 100 == 0) or rng.random() < 0.4:
        return words(n)
    hi, lo = divmod(n, 100)
    return words(hi) + " " + ("oh " + ONES[lo] if lo < 10 else words(lo))


def year_words(y):
    hi, lo = divmod(y, 100)
    if lo == 0:
        return words(hi) + " hundred"
    if y >= 2000 and y < 2010:
        return "two thousand and " + ONES[lo]
    return words(hi) + " " + ("oh " + ONES[lo] if lo < 10 else words(lo))


def say_digits(s, rng, oh=None):
    """'0770' -> 'oh seven seven oh' ; doubles sometimes 'double seven'."""
    if oh is None:
        oh = rng.random() < 0.5
    out = []
    i = 0
    while i < len(s):
        d = s[i]
        w = "oh" if (d == "0" and oh) else ONES[int(d)]
        if i + 1 < len(s) and s[i + 1] == d and rng.random() < 0.3:
            out.append("double " + w)
            i += 2
            continue
        out.append(w)
        i += 1
    return " ".join(out)


def say_code(s, rng):
    """Postcode / code read character by character; groups separated by commas."""
    groups = [g for g in re.split(r"[\s\-]+", s) if g]
    out = []
    for g in groups:
        bits = []
        for ch in g:
            if ch.isdigit():
                bits.append(ONES[int(ch)])
            elif ch.isalpha():
                bits.append(ch.upper())
        if bits:
            out.append(" ".join(bits))
    return ", ".join(out)


def say_phone(s, rng):
    """Phone read in groups: '+44 7700 900123' -> 'plus four four, seven seven oh oh, ...'"""
    oh = rng.random() < 0.5
    groups = [g for g in re.split(r"[^\d+]+", s) if g.strip("+")]
    out = []
    for g in groups:
        plus = g.startswith("+")
        g = g.lstrip("+")
        if len(g) > 4 and rng.random() < 0.7:
            cut = len(g) // 2
            chunk = [g[:cut], g[cut:]]
        else:
            chunk = [g]
        for c in chunk:
            out.append(("plus " if plus else "") + say_digits(c, rng, oh))
            plus = False
    return ", ".join(out)


def spell(s, rng, sep=None):
    """'Silva' -> 'S-I-L-V-A'; 'Jean-Louis' -> 'J-E-A-N hyphen L-O-U-I-S'."""
    if sep is None:
        sep = rng.choice(["-", " ", "-", ", "])
    words_ = [w for w in re.split(r"([\s\-'])", strip_marks(s)) if w]
    out = []
    for w in words_:
        if w == "-":
            out.append("hyphen")
        elif w == "'":
            out.append("apostrophe")
        elif w.isspace():
            out.append(rng.choice(["space", "new word"]))
        else:
            out.append(sep.join(c.upper() for c in w if c.isalpha()))
    return " ".join(x for x in out if x)


def spoken_numbers(text, rng, first_only=True):
    """Replace digit runs (<=4 digits) by words: the house number (first run when
    the text starts with it, else the last run), or every run."""
    runs = list(re.finditer(r"\d+", text))
    if not runs:
        return text
    if first_only:
        head = text[: runs[0].start()]
        lead = re.fullmatch(
            r"[\W]*(No\.?|#|House( No\.)?|Plot|Lot|Villa( n°)?|Stand|Blk|Unit|Flat|H\.No\.|Nr\.|Apt)?[\s\W]*",
            head,
            re.I,
        )
        runs = [runs[0] if lead else runs[-1]]
    out, last = [], 0
    for m in runs:
        v = m.group(0)
        w = say_digits(v, rng) if (len(v) > 4 or v.startswith("0")) else house_words(int(v), rng)
        if m.end() < len(text) and text[m.end()].isalpha():
            w += " "
        out.append(text[last : m.start()] + w)
        last = m.end()
    out.append(text[last:])
    return "".join(out)
