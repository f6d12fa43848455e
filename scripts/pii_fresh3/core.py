"""Segment-based document builder.

A document is a list of segments, each either plain text or an annotated
span.  Case changes, diacritic stripping, typos and OCR noise are applied per
segment *before* offsets are computed, so offsets are exact by construction.
"""

import re
import unicodedata

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
LOC_KINDS = ("street_address", "unit", "building", "po_box", "landmark", "district", "city", "region", "postal_code")

_FOLD = {
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
    "ð": "d",
    "Ð": "D",
    "þ": "th",
    "Þ": "TH",
    "ı": "i",
    "ħ": "h",
    "Ħ": "H",
    "ŋ": "n",
    "Ŋ": "N",
    "ʻ": "'",
    "ʼ": "'",
    "’": "'",
    "ə": "e",
    "Ə": "E",
}


def strip_diacritics(s):
    """Remove diacritics from Latin letters only (Cyrillic etc. untouched)."""
    out = []
    for ch in s:
        if ch in _FOLD:
            out.append(_FOLD[ch])
        elif ord(ch) > 127 and unicodedata.name(ch, "").startswith("LATIN"):
            base = unicodedata.normalize("NFD", ch)
            out.append("".join(c for c in base if not unicodedata.combining(c)))
        else:
            out.append(ch)
    return "".join(out)


def slug(s):
    """ASCII lower-case letters/digits only (for e-mail locals, handles)."""
    return re.sub(r"[^a-z0-9]", "", strip_diacritics(s).lower())


class Doc:
    """Collects plain and annotated segments; ``finish`` yields text+spans."""

    def __init__(self, pids=None):
        self.segs = []
        self.pids = {} if pids is None else pids

    def t(self, text):
        if text:
            self.segs.append((text, None))

    def s(self, text, typ, kind, **extra):
        if not text or text != text.strip():
            raise ValueError("bad span text %r" % (text,))
        if typ not in TYPES:
            raise ValueError(typ)
        sp = {"type": typ, "kind": kind}
        sp.update(extra)
        self.segs.append((text, sp))

    def person(self, p, form="full"):
        pid = self.pids.get(p.uid)
        if pid is None:
            pid = "p%d" % (len(self.pids) + 1)
            self.pids[p.uid] = pid
        self.s(p.form(form), "PERSON", p.kind(form), id=pid, culture=p.culture)

    def loc(self, text, kind, cc):
        if kind not in LOC_KINDS:
            raise ValueError(kind)
        self.s(text, "LOCATION", kind, country=cc)

    def sub(self):
        """A scratch document sharing person ids (for table cells)."""
        return Doc(self.pids)

    def extend(self, other):
        self.segs.extend(other.segs)

    def raw(self):
        return "".join(t for t, _ in self.segs)

    def fill(self, tpl, ctx):
        pos = 0
        for m in _PH.finditer(tpl):
            self.t(tpl[pos : m.start()])
            v = ctx[m.group(1)]
            if callable(v):
                v(self)
            else:
                self.t(v)
            pos = m.end()
        self.t(tpl[pos:])

    def finish(self, tf=None):
        parts, spans, pos = [], [], 0
        for text, sp in self.segs:
            out = tf(text, sp) if tf else text
            if sp is not None:
                if not out or out != out.strip():
                    raise ValueError("transform broke span %r" % (out,))
                rec = dict(sp)
                rec["start"], rec["end"] = pos, pos + len(out)
                rec["_text"] = out
                spans.append(rec)
            parts.append(out)
            pos += len(out)
        text = "".join(parts)
        for rec in spans:
            if text[rec["start"] : rec["end"]] != rec.pop("_text"):
                raise ValueError("offset mismatch")
        return text, spans


_PH = re.compile(r"\{([A-Za-z][A-Za-z0-9_.]*)\}")

# ---------------------------------------------------------------- transforms
_WORD = re.compile(r"[A-Za-z]{4,}")


def typos(text, rng, p):
    def rep(m):
        w = m.group(0)
        if rng.random() >= p:
            return w
        i = rng.randrange(1, len(w) - 2)
        op = rng.randrange(3)
        if op == 0:
            return w[:i] + w[i + 1] + w[i] + w[i + 2 :]
        if op == 1:
            return w[:i] + w[i + 1 :]
        return w[:i] + w[i] + w[i:]

    return _WORD.sub(rep, text)


ABBR_CHAT = [
    ("please", "pls"),
    ("thanks", "thx"),
    ("you", "u"),
    ("your", "ur"),
    ("because", "cos"),
    ("about", "abt"),
    ("tomorrow", "tmrw"),
    ("message", "msg"),
    ("regarding", "re"),
    ("information", "info"),
    ("people", "ppl"),
    ("before", "b4"),
    ("minutes", "mins"),
    ("appointment", "appt"),
    ("address", "addr"),
    ("number", "no."),
]
ABBR_SHORT = ABBR_CHAT + [
    ("customer", "cust"),
    ("telephone", "tel"),
    ("confirmed", "conf'd"),
    ("with", "w/"),
    ("without", "w/o"),
    ("and", "&"),
    ("should", "shd"),
    ("would", "wd"),
    ("received", "recd"),
    ("required", "reqd"),
    ("approximately", "approx"),
    ("advised", "adv"),
    ("today", "tdy"),
    ("called", "tc"),
    ("vehicle", "veh"),
    ("policyholder", "ph"),
    ("third party", "tp"),
    ("tenant", "tnt"),
    ("repair", "rep"),
    ("student", "stu"),
    ("account", "acct"),
    ("employee", "ee"),
    ("manager", "mgr"),
    ("doctor", "dr"),
    ("message left", "lm"),
    ("no answer", "n/a"),
    ("follow up", "f/u"),
    ("week", "wk"),
    ("documents", "docs"),
    ("payment", "pmt"),
    ("between", "btwn"),
]


def abbreviate(text, table, rng, p=0.85):
    for long, short in table:
        pat = re.compile(r"\b%s\b(?!['’])" % re.escape(long))

        def rep(m, short=short):
            return short if rng.random() < p else m.group(0)

        text = pat.sub(rep, text)
    return text


_OCR1 = {
    "l": "1",
    "I": "l",
    "O": "0",
    "o": "0",
    "e": "c",
    "S": "5",
    "B": "8",
    "a": "o",
    "h": "b",
    "u": "v",
    "i": "l",
    "g": "q",
    "t": "f",
    "E": "F",
    "n": "h",
    ":": ";",
    ".": ",",
}


def ocr_noise(text, rng, p):
    out, i = [], 0
    while i < len(text):
        ch = text[i]
        if text[i : i + 2] == "rn" and rng.random() < p * 3:
            out.append("m")
            i += 2
            continue
        if ch == "m" and rng.random() < p:
            out.append("rn")
        elif ch in _OCR1 and rng.random() < p:
            out.append(_OCR1[ch])
        elif ch == " " and rng.random() < p / 2:
            out.append(rng.choice(["\n", "  ", "", " ,", " |"]))
        else:
            out.append(ch)
        i += 1
    return "".join(out)


def wrap_hyphen(text, rng, p):
    """Break long plain words across lines like a bad scan."""

    def rep(m):
        w = m.group(0)
        if rng.random() >= p:
            return w
        k = rng.randrange(3, len(w) - 2)
        return w[:k] + rng.choice(["-\n", "\n", "- "]) + w[k:]

    return re.sub(r"[A-Za-z]{8,}", rep, text)


def label(phrase, conv):
    """Render a label phrase like 'date of birth' in a naming convention."""
    words = phrase.split()
    if conv == "UPPER":
        return "_".join(w.upper() for w in words)
    if conv == "snake":
        return "_".join(w.lower() for w in words)
    if conv == "camel":
        return words[0].lower() + "".join(w[:1].upper() + w[1:].lower() for w in words[1:])
    if conv == "Pascal":
        return "".join(w[:1].upper() + w[1:].lower() for w in words)
    if conv == "kebab":
        return "-".join(w.lower() for w in words)
    if conv == "Title":
        return " ".join(w[:1].upper() + w[1:] for w in words)
    if conv == "Sentence":
        return phrase[:1].upper() + phrase[1:]
    return phrase
