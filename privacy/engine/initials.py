"""Initials that sign an entry: a log's operator ("OPR=HO", "UPD BY AS", "CLOSED RC") and a note's sign-off
("— AD", "/sm", "exported … by dmp", "tx rf", "MS" alone on the last line); and who acted in an audit trail's
key=value pairs ("added_by=Amber Mason").

Staff are people, and their initials, with the date of an entry, say who handled a case. In a log in capitals
the operator's field or the closing word announces them, so even initials that spell a word ("AS", "SO") are
taken. At the end of a line, after a slash or a thanks ("tx", "cheers"), before the writer's role in brackets,
or in capitals after a dash or alone on a line of a note that is not, two or three letters sign the note;
after a dash or "by", a common English word ("— ok", "by me") or a way to pay ("by DD") does not, nor after
a thanks the one thanked ("thanks all").
"""

from __future__ import annotations

import re

# The operator's field or the verb of a log entry in capitals, then the initials, then the line ends or a
# separator follows: "OPR=HO |", "OPR AA", "UPD BY AS", "CLOSED RC", "SCANNED BY JV".
_OPERATOR = re.compile(
    r"(?-i:\b(?:OPR|OPER|OPERATOR|USR|USER|CLERK)[ \t]*[=:]?[ \t]*"
    r"|\b(?:UPD|UPDATED|CLOSED|ACTIONED|KEYED|ENTERED|LOGGED|SCANNED|VERIFIED|REVIEWED)(?:[ \t]+BY)?[ \t]+)"
    r"(?P<initials>(?-i:[A-Z]{2,3}))(?=[ \t]*(?:$|[|;,]))",
    re.MULTILINE,
)
# A sign-off at a line's end: "— AD", "- JK", "— js (pharmacy manager)", "| /sm", "by dmp".
_SIGN_OFF = re.compile(
    r"(?:(?<=\s)|^)(?:(?P<slash>/)|(?P<dash>[\u2014\u2013]|--?)[ \t]?|(?P<by>\bby)[ \t]+"
    r"|(?P<thanks>\b(?i:tx|thx|thnx|thanks|ta|cheers|rgds|regards|kr|br),?)[ \t]+)"
    r"(?P<initials>[^\W\d_]{2,3}|(?:[^\W\d_]\.){2,3})[ \t]*(?P<role>\([^)\n]{1,40}\))?[ \t]*$",  # "/sm", "- c.o."
    re.MULTILINE,
)
# What follows a thanks that signs nothing: "thanks all", "tx u", "cheers mate".
_THANKED = frozenset(
    {"all", "you", "u", "ya", "yal", "mate", "team", "guy", "man", "bro", "sis", "hun", "sir", "bye", "cya", "xx", "xo"}
    | {"lol", "np", "ok", "luv", "pal", "dude", "fam", "ma", "pa", "mum", "mom", "dad", "doc", "boss", "bud"}
)
# Alone on a line of a note not in capitals: "MS", "AO" under the last entry.
_ALONE = re.compile(r"^[ \t]*(?P<initials>(?-i:[A-Z]{2,3})|(?:[^\W\d_]\.){2,3})[ \t]*$", re.MULTILINE)  # "MS", "i.n."
# Words written with full stops, no one's initials: "o.k.", "e.g.", "n.b.", "a.m."
_DOTTED_WORDS = frozenset(
    {"o.k.", "e.g.", "i.e.", "n.b.", "p.s.", "a.m.", "p.m.", "c.c.", "r.e.", "a.k.a.", "p.p.", "b.c.", "u.k.", "u.s."}
)
_COMMON_ZIPF = 4.5  # "— ok", "by me": words; "dmp", "js", "AD" sign
_NOT_INITIALS = frozenset(
    {"ID", "DOB", "GP", "PIN", "OTP", "SMS", "ETA", "TBC", "TBA", "NFA", "END", "ALL", "OK", "YES", "FYI", "RE"}
    | {"PTO", "NB", "PS", "CC", "BCC", "VIP", "ASAP", "EOD", "EOM", "PTP", "RPC", "LVM", "TC"}
)
_PAID_BY = frozenset({"DD", "SO", "BT", "CC", "DC", "PO", "EFT", "ACH", "ATM", "POS", "BAC", "CHQ"})  # "paid by DD"


# Who did it, in an audit trail's key=value pairs: "added_by=Rosalinda de Guzman text=…", "user=Amber Mason".
_ACTOR = re.compile(
    r"\b(?:added_by|created_by|updated_by|modified_by|author|actor|user(?:_name)?|agent|operator)=\"?"
    r"(?P<name>(?-i:[A-Z])[^\W\d_'\u2019-]*(?:['\u2019-][^\W\d_]+)*(?:[ \t]+[^\W\d_][\w'\u2019-]*){1,3}?)"
    r"(?=\"|[ \t]+\w+=|[ \t]*$)",
    re.IGNORECASE | re.MULTILINE,
)


def actors(text: str) -> list[tuple[int, int]]:
    """(start, end) of each person an audit trail names as who acted ("added_by=Amber Mason text=…")."""
    return [match.span("name") for match in _ACTOR.finditer(text)]


def signing_initials(text: str) -> list[tuple[int, int]]:
    """(start, end) of the initials that sign a log entry or a note; see the module."""
    from spacy.lang.en.stop_words import STOP_WORDS

    from privacy.engine.names import word_zipf

    found = [m.span("initials") for m in _OPERATOR.finditer(text) if m.group("initials") not in _NOT_INITIALS]
    for match in _SIGN_OFF.finditer(text):
        initials = match.group("initials")
        if initials.upper() in _NOT_INITIALS or (match.group("by") and initials.upper() in _PAID_BY):
            continue
        if "." in initials:  # "- c.o.", "/m.a.": initials with full stops sign wherever they end a line
            if initials.casefold() not in _DOTTED_WORDS:
                found.append(match.span("initials"))
            continue
        capitals = bool(match.group("dash")) and initials.isupper() and not text.isupper()  # "— AD" in a note
        # "tx rf", "thanks, AB"; not "thanks, bye" (a common word, in lower case)
        thanks = bool(match.group("thanks")) and initials.casefold() not in _THANKED | STOP_WORDS
        signed = match.group("slash") or match.group("role") or capitals or thanks
        if signed or (not match.group("thanks") and word_zipf(initials.casefold()) < _COMMON_ZIPF):
            found.append(match.span("initials"))
    if not text.isupper():
        alone = [m for m in _ALONE.finditer(text) if m.group("initials").casefold() not in _DOTTED_WORDS]
        found += [m.span("initials") for m in alone if m.group("initials") not in _NOT_INITIALS]
    return found
