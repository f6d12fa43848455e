"""Builds one record: industry, style, country, segments, transforms, spans."""

import random

from .address import COUNTRIES
from .ctx import Ctx
from .industries import INDUSTRIES
from .negatives import negative
from .segments import assemble, transform
from .templates import STYLES

TOTAL = 400
STYLE_NAMES = ["shorthand", "caps_log", "table", "letter", "chat", "handover", "transcript", "form"]


def is_pii_free(i):
    """Records with i % 5 == 4 carry no PII."""
    return i % 5 == 4


def country_for(i):
    """Rotate countries over the PII records so every country appears."""
    k = i - i // 5
    return COUNTRIES[(k * 17) % len(COUNTRIES)]


def styled(segs, style, rng):
    """Apply the style's case, diacritics and typo transforms."""
    if style == 0:
        return transform(segs, rng, case="lower", span_case=0.7)
    if style == 1:
        return transform(segs, rng, case="upper", fold=rng.random() < 0.5)
    if style == 4:
        return transform(segs, rng, case="lower", typos=0.08, span_case=0.6)
    return segs


def build(i):
    """The record dict for 0-based index i."""
    rng = random.Random(f"pii-dev3-2026-{i}")
    industry = INDUSTRIES[(i // 8 + i) % 8]
    style = i % 8
    c = Ctx(rng, industry, country_for(i))
    segs = negative(c, style) if is_pii_free(i) else STYLES[style](c)
    text, spans = assemble(styled(segs, style, rng))
    return {
        "industry": industry["key"],
        "record": f"dev3-{i + 1:04d}",
        "spans": spans,
        "style": STYLE_NAMES[style],
        "text": text,
    }


def build_all():
    """All records in order."""
    return [build(i) for i in range(TOTAL)]
