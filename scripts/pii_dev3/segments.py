"""Segments (plain or annotated), style transforms and exact span assembly."""

import unicodedata

FOLD = {"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i"}  # noqa: RUF001
DIGITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def P(text):
    """A plain segment."""
    return (text, None)


def A(text, typ, kind, **extra):
    """An annotated segment."""
    meta = {"type": typ, "kind": kind}
    meta.update(extra)
    return (text, meta)


def strip_marks(text):
    """Remove diacritics and fold special letters."""
    text = "".join(FOLD.get(ch, ch) for ch in text)
    decomposed = unicodedata.normalize("NFKD", text)
    return unicodedata.normalize("NFC", "".join(ch for ch in decomposed if not unicodedata.combining(ch)))


def number_words(n):
    """English words for 0..999."""
    if n < 10:
        return DIGITS[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else "-" + DIGITS[n % 10])
    rest = n % 100
    return DIGITS[n // 100] + " hundred" + ("" if rest == 0 else " and " + number_words(rest))


def spoken_number(token):
    """Say a house number in words, keeping suffix letters."""
    digits = "".join(ch for ch in token if ch.isdigit())
    tail = token[len(digits) :] if token.startswith(digits) else ""
    if not digits or int(digits) > 999 or not token.startswith(digits):
        return token
    return number_words(int(digits)) + (" " + tail if tail else "")


def spoken_code(code):
    """Spell a postcode out: 'S W one A'."""
    out = [DIGITS[int(ch)] if ch.isdigit() else ch.upper() for ch in code if ch.isalnum()]
    return " ".join(out)


def speak_street(text):
    """Turn the leading house number of a street line into words."""
    head, _, rest = text.partition(" ")
    if head[:1].isdigit() and rest:
        return spoken_number(head) + " " + rest
    return text


def typo(word, rng):
    """Swap two inner letters of a word."""
    if len(word) < 5 or not word.isalpha():
        return word
    k = rng.randint(1, len(word) - 3)
    return word[:k] + word[k + 1] + word[k] + word[k + 2 :]


def add_typos(text, rng, rate):
    """Typos in plain words only."""
    words = text.split(" ")
    return " ".join(typo(w, rng) if rng.random() < rate else w for w in words)


def transform(segs, rng, case=None, fold=False, typos=0.0, span_case=1.0):
    """Apply style transforms per segment before offsets exist."""
    out = []
    for text, meta in segs:
        if fold:
            text = strip_marks(text)
        if meta is None and typos:
            text = add_typos(text, rng, typos)
        if case and (meta is None or rng.random() < span_case):
            text = text.upper() if case == "upper" else text.lower()
        out.append((text, meta))
    return out


def assemble(segs):
    """Join segments into text and exact spans."""
    parts, spans, pos = [], [], 0
    for text, meta in segs:
        if meta is not None and text:
            lead = len(text) - len(text.lstrip())
            value = text.strip()
            span = dict(meta)
            span["start"] = pos + lead
            span["end"] = pos + lead + len(value)
            spans.append(span)
        parts.append(text)
        pos += len(text)
    return "".join(parts), spans


def check_spans(text, spans, pii_free):
    """Return an error message or None."""
    if pii_free and spans:
        return "no-PII record has spans"
    last_end = -1
    for n, sp in enumerate(spans):
        s, e = sp["start"], sp["end"]
        value = text[s:e]
        if not (0 <= s < e <= len(text)):
            return f"span {n} offsets out of range"
        if s < last_end:
            return f"span {n} overlaps or is out of order"
        if value != value.strip() or not value:
            return f"span {n} has outer whitespace"
        if sp["type"] == "PERSON" and not ("id" in sp and "culture" in sp):
            return f"span {n} PERSON lacks id/culture"
        if sp["type"] == "LOCATION" and "country" not in sp:
            return f"span {n} LOCATION lacks country"
        last_end = e
    return None
