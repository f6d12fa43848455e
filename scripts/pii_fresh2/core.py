"""Segment builder: text is assembled piece by piece so span offsets are exact."""

import re

TYPO_SWAPS = [
    ("the", "teh"),
    ("receive", "recieve"),
    ("because", "becuase"),
    ("address", "adress"),
    ("again", "agian"),
    ("please", "plese"),
    ("thanks", "thnks"),
    ("account", "acount"),
    ("which", "wich"),
    ("really", "realy"),
    ("tomorrow", "tommorow"),
    ("definitely", "definately"),
]
ABBREV = [
    ("please", "pls"),
    ("thanks", "thx"),
    ("you", "u"),
    ("your", "ur"),
    ("before", "b4"),
    ("tomorrow", "tmrw"),
    ("as soon as possible", "asap"),
    ("because", "bc"),
    ("okay", "ok"),
    ("message", "msg"),
    ("account", "acc"),
    ("number", "no."),
    ("with", "w/"),
    ("about", "abt"),
]
OCR_SUBS = [("l", "1"), ("O", "0"), ("rn", "m"), ("e", "c"), ("S", "5"), ("i", "í"), (":", ";"), ("B", "8"), ("a", "o")]


def case_tf(s, mode):
    if mode == "lower":
        return s.lower()
    if mode == "upper":
        return s.upper()
    return s


class Doc:
    """Collects text segments and spans. mode: None/'lower'/'upper';
    noise: None/'chat'/'ocr' applied to plain (non-span) text only."""

    def __init__(self, rng, mode=None, noise=None, rate=0.0):
        self.rng = rng
        self.mode = mode
        self.noise = noise
        self.rate = rate
        self.parts = []
        self.spans = []
        self.pos = 0

    def _noisy(self, s):
        if not self.noise or not s.strip() or self.rng.random() > self.rate:
            return s
        if self.noise == "chat":
            for a, b in ABBREV + TYPO_SWAPS:
                if re.search(r"\b%s\b" % re.escape(a), s, re.I) and self.rng.random() < 0.6:
                    s = re.sub(r"\b%s\b" % re.escape(a), b, s, count=1, flags=re.I)
            return s
        if self.noise == "ocr":
            a, b = self.rng.choice(OCR_SUBS)
            idx = s.find(a)
            if idx >= 0:
                s = s[:idx] + b + s[idx + len(a) :]
            return s
        return s

    def t(self, s):
        """Plain text (never annotated)."""
        s = case_tf(self._noisy(s), self.mode)
        self.parts.append(s)
        self.pos += len(s)
        return self

    def raw(self, s):
        """Plain text, no noise, still case-folded."""
        s = case_tf(s, self.mode)
        self.parts.append(s)
        self.pos += len(s)
        return self

    def v(self, s, info, mode_ok=True):
        """Annotated value. info is a dict with type/kind and optional id/culture/country."""
        if info is None:
            return self.t(s)
        s = case_tf(s, self.mode) if mode_ok else s
        if s != s.strip() or not s:
            raise ValueError("span with outer whitespace: %r" % s)
        span = {"start": self.pos, "end": self.pos + len(s)}
        span.update(info)
        self.spans.append(span)
        self.parts.append(s)
        self.pos += len(s)
        return self

    def p(self, pieces):
        """Emit a list of (text, info-or-None) pieces."""
        for text, info in pieces:
            if info is None:
                self.t(text)
            else:
                self.v(text, info)
        return self

    def nl(self, n=1):
        return self.raw("\n" * n)

    def text(self):
        return "".join(self.parts)

    def result(self):
        txt = self.text().rstrip()
        if not txt.endswith("\n"):
            pass
        spans = sorted(self.spans, key=lambda x: x["start"])
        return txt, spans


TOKEN = re.compile(r"\{([A-Za-z0-9_]+)(?::([a-z_]+))?\}")


def render(doc, template, ctx):
    """Render a template. {KEY} or {KEY:form} placeholders are looked up in ctx:
    a callable(form) -> pieces list, or a plain string (not annotated)."""
    pos = 0
    for m in TOKEN.finditer(template):
        if m.start() > pos:
            doc.t(template[pos : m.start()])
        key, form = m.group(1), m.group(2)
        val = ctx[key]
        if callable(val):
            doc.p(val(form))
        else:
            doc.raw(val)
        pos = m.end()
    if pos < len(template):
        doc.t(template[pos:])
    return doc


def validate(rec):
    """Return a list of problems with one record's spans."""
    probs = []
    text = rec["text"]
    last = -1
    for sp in rec["spans"]:
        s, e = sp["start"], sp["end"]
        if not (0 <= s < e <= len(text)):
            probs.append("bad offsets %r" % sp)
            continue
        frag = text[s:e]
        if frag != frag.strip():
            probs.append("whitespace edge %r" % frag)
        if s < last:
            probs.append("overlap at %d" % s)
        last = e
        if sp["type"] == "PERSON" and ("id" not in sp or "culture" not in sp):
            probs.append("person without id/culture")
        if sp["type"] == "LOCATION" and "country" not in sp:
            probs.append("location without country")
    return probs
