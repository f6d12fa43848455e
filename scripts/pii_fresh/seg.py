"""Segment lists (plain or annotated text pieces) rendered into text plus exact spans."""

import re

TYPES = [
    "PERSON",
    "LOCATION",
    "DATE_TIME",
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "US_SSN",
    "CREDIT_CARD",
    "IBAN_CODE",
    "IP_ADDRESS",
    "URL",
    "POLICY_NUMBER",
    "CLAIM_ID",
    "MRN",
    "ACCOUNT_NUMBER",
    "ID",
]


def P(text):
    """Plain (non-PII) segment."""
    return (text, None)


def A(text, type_, kind, **extra):
    """Annotated segment; extra carries pkey/culture/country."""
    ann = {"type": type_, "kind": kind}
    ann.update(extra)
    return (text, ann)


def map_segs(segs, fn, plain=True, pii=True, types=None):
    """Apply fn to the text of chosen segments (before offsets exist)."""
    out = []
    for t, a in segs:
        if a is None and plain:
            t = fn(t)
        elif a is not None and pii and (types is None or a["type"] in types):
            new = fn(t)
            if new and new == new.strip():
                t = new
        out.append((t, a))
    return out


def quote(segs, prefix="> "):
    """Prefix every line of a block, as a mail client quoting a reply."""
    out = [P(prefix)]
    for t, a in segs:
        out.append(P(t.replace("\n", "\n" + prefix)) if a is None else (t, a))
    return out


def join(parts, sep):
    """Join lists of segments with a plain separator."""
    out = []
    for i, p in enumerate(parts):
        if i:
            out.append(P(sep))
        out.extend(p)
    return out


_PH = re.compile(r"\{([A-Za-z0-9_.:!~]+)\}")


def fill(tpl, env):
    """Expand {placeholders} of a template string through env[...] into segments."""
    out, pos = [], 0
    for m in _PH.finditer(tpl):
        if m.start() > pos:
            out.append(P(tpl[pos : m.start()]))
        out.extend(env[m.group(1)])
        pos = m.end()
    if pos < len(tpl):
        out.append(P(tpl[pos:]))
    return out


def render(segs):
    """Concatenate segments; return text and spans with person ids by first mention."""
    parts, spans, pos, pmap = [], [], 0, {}
    for t, a in segs:
        if a is not None:
            if not t or t != t.strip() or "\n" in t:
                raise ValueError(f"bad annotated value {t!r}")
            sp = {"start": pos, "end": pos + len(t)}
            for k, v in a.items():
                if k != "pkey":
                    sp[k] = v
            if a["type"] == "PERSON":
                key = a["pkey"]
                if key not in pmap:
                    pmap[key] = f"p{len(pmap) + 1}"
                sp["id"] = pmap[key]
            spans.append(sp)
        parts.append(t)
        pos += len(t)
    return "".join(parts), spans


def validate(rec):
    """Return a list of problems with one record (empty when valid)."""
    errs = []
    text, spans = rec["text"], rec["spans"]
    last = 0
    for sp in spans:
        s, e = sp["start"], sp["end"]
        if not (0 <= s < e <= len(text)):
            errs.append(f"range {s}-{e}")
            continue
        if s < last:
            errs.append(f"overlap/unsorted at {s}")
        last = e
        v = text[s:e]
        if v != v.strip():
            errs.append(f"whitespace in {v!r}")
        if sp["type"] not in TYPES:
            errs.append(f"type {sp['type']}")
        if not sp.get("kind"):
            errs.append("no kind")
        if sp["type"] == "PERSON" and not (sp.get("id") and sp.get("culture")):
            errs.append("person without id/culture")
        if sp["type"] == "LOCATION" and len(sp.get("country", "")) != 2:
            errs.append("location without country")
    return errs
