"""The organisation's own sites: the address after "our depot at", "OUR WORKSHOP AT", "our branch in", or
after a site that the organisation's name opens, and a comma ("Meridian Bank service centre, 444 Gen. Luna St.").

A note says where the firm's own depot, office, branch or workshop is ("rerouted via our service centre at
16 bis rue Molière, Lyon", "stock moved from our depot at Calle Durango 302, Col. Roma, CDMX to our branch at
Av. Paulista 1000"). That address is the firm's, kept under the default policy as its letterhead is
(privacy.engine.letters). Only names the model or the address patterns found are given back, never an
identifier, a number or a contact, and only within the clause: it ends at a line's end, a semicolon, a word
that starts another clause ("to", "and", "for", "from", "via"...) or a sentence's end. A person's name is
given back only before the first full stop of the clause, so "our depot at 5 High St. Customer Anna Smith
called" keeps "5 High St" and still replaces "Anna Smith".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from privacy.engine.findings import NAME_TYPES

_SITES = (
    r"depot|office|offices|branch|warehouse|workshop|garage|showroom|store|shop|hub|yard|premises|clinic|surgery"
    r"|headquarters|hq|facility|plant|lab|laboratory|centre|center|counter|desk|terminal|sorting\s+office"
)
_STOP = r"(?i:the|a|an|to|near|next|behind|opposite|beside|by|at|from|of|in|on|with|his|her|their|my|your)"
_OPENER = re.compile(
    rf"\bour[ \t]+(?:[\w'-]+[ \t]+){{0,2}}?(?:{_SITES})[ \t]+(?:at|in|on)[ \t]+"
    # an organisation's named site, then a comma: "Brightline Power regional hub, Via Tiburtina 76, 00110 Roma"
    # (its name no stop word: "next to the Chinese shop, Greater Portmore" is a landmark of a home's address)
    rf"|(?P<named>(?<![\w'-])(?:(?!{_STOP}\b)[\w&'\u2019.-]+[ \t]+){{1,5}}?"
    rf"(?:{_SITES}|reception|dispensary|agency|bureau|campus)[ \t]*,)[ \t]*",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(
    r"\n|;|[ \t]+(?:to|and|for|from|via|until|before|after|where|which|with|but|then|because)[ \t]"
    # A sentence's full stop, not an abbreviation's ("Col.", "Str.", "nr.", "Av." go on with the address).
    r"|(?<![\s.,][^\W\d_])(?<![\s.,][^\W\d_]{2})(?<![\s.,][^\W\d_]{3})\.(?=[ \t]*$|[ \t]+(?-i:[A-Z])[a-z])",
    re.IGNORECASE,
)
_FULL_STOP = re.compile(r"\.(?=\s)")
_STOP_BEFORE = re.compile(rf"(?<![\w'-]){_STOP}[ \t]+\Z")
_WORD_BEFORE = re.compile(r"[^\W\d_]{1,3}\Z")


@dataclass(frozen=True)
class Site:
    start: int
    names_end: int  # a person's name is given back before this (the clause's first full stop)
    end: int


def own_sites(text: str) -> list[Site]:
    """Where the firm's own sites' addresses are in `text` (see the module docstring)."""
    sites = []
    for opener in _OPENER.finditer(text):
        if opener.group("named") and _STOP_BEFORE.search(text, 0, opener.start()):
            continue  # "next to the Chinese shop, …": whose site, no name says
        start = opener.end()
        stop = _CLAUSE_END.search(text, start)
        end = stop.start() if stop else len(text)
        # after a named site's comma, a person may follow ("…STORE, MACGREGOR TO COLLECT"): none is given back
        sites.append(Site(start, start if opener.group("named") else _names_end(text, start, end), end))
    return sites


def _names_end(text: str, start: int, end: int) -> int:
    """The clause's first full stop that is not a street word's abbreviation opening a part of the address
    ("Av. Paulista", ", Col. Roma", ", Del. Cuauhtémoc" go on; "5 High St. Customer" stops)."""
    for stop in _FULL_STOP.finditer(text, start, end):
        word = _WORD_BEFORE.search(text, start, stop.start())
        opens_a_part = word is not None and (word.start() == start or text[start : word.start()].rstrip().endswith(","))
        if not opens_a_part:
            return stop.start()
    return end


def at_own_site(entity_type: str, start: int, end: int, sites: Sequence[Site]) -> bool:
    """Whether a found name at text[start:end] belongs to one of the firm's own sites' addresses."""
    if entity_type not in NAME_TYPES:
        return False
    return any(
        site.start <= start and end <= (site.names_end if entity_type == "PERSON" else site.end) for site in sites
    )
