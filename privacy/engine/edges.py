"""Where a finding ends: before a log's next KEY=, and before a particle that a code follows, not a surname."""

from __future__ import annotations

import re
from dataclasses import replace

from privacy.engine.findings import Span

_CODE_WORD = re.compile(r"[ \t]+\S*\d")
_PARTICLES_AT_END = re.compile(r"(?:[ \t,]+(?i:van|von|de|der|den|da|di|del|la|le|du|dos|das|bin|al))+[ \t,]*$")


def without_code(text: str, span: Span | None) -> Span | None:
    """A name's particle is followed by a surname, not a code: "Fleet van TRK-948" is a van and its number,
    so the name ends before the particle; None if no name is left, or only common words that are no names.
    Other spans are returned as they are ("agiou dimitriou 57", read as a person, stays whole)."""
    from privacy.engine.names import plain_word

    if span is None or span.entity_type != "PERSON":
        return span
    code = _CODE_WORD.search(text, span.start, span.end)
    if code is None:
        return span
    before = text[span.start : code.start()]
    if not _PARTICLES_AT_END.search(before):
        return span
    end = span.start + len(_PARTICLES_AT_END.sub("", before))
    words = re.findall(r"[^\W\d_]+", text[span.start : end].casefold())
    return replace(span, end=end) if words and not all(map(plain_word, words)) else None


_NEXT_KEY = re.compile(r"[ \t]+[A-Za-z][\w.]*=")
_KEY_AT_END = re.compile(r"[ \t]+[A-Za-z][\w.]*\Z")


def without_keys(text: str, span: Span) -> Span | None:
    """A value of a log's KEY=value pairs ends before the next key: "ÅKESSON NILS" of "CUST=ÅKESSON NILS
    ADDR=…", "…, VALPARAÍSO" of "ADDR=…, VALPARAÍSO ST=DONE". None if nothing is left."""
    end = span.end
    if (key := _NEXT_KEY.search(text, span.start, span.end)) is not None:
        end = key.start()
    elif text[end : end + 1] == "=" and (last := _KEY_AT_END.search(text, span.start, end)) is not None:
        end = last.start()
    return replace(span, end=end) if end > span.start else None if end < span.end else span
