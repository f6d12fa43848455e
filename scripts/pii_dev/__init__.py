"""Hand-written generator for the PII development set (tests/privacy/data/pii_dev.jsonl).

A text is built as a *fragment*: a list of ``(text, meta)`` pairs where ``meta`` is
``None`` for plain text and a dict (``type``, ``kind`` and extras) for a PII value.
Spans are computed only when the final record is joined, so offsets are exact by
construction and style transforms (lower/upper case, quoting, typos) are applied
per segment before joining.
"""


def P(text, type_, kind, **extra):
    """A single annotated value."""
    meta = {"type": type_, "kind": kind}
    meta.update(extra)
    return [(text, meta)]


def T(text):
    """Plain, unannotated text."""
    return [(text, None)] if text else []


def cat(*parts):
    out = []
    for part in parts:
        if isinstance(part, str):
            out.extend(T(part))
        else:
            out.extend(part)
    return out


def join(parts, sep):
    out = []
    for i, part in enumerate(parts):
        if i:
            out.extend(T(sep))
        out.extend(T(part) if isinstance(part, str) else part)
    return out


def fmap(frag, plain=None, pii=None):
    """Apply ``plain`` to plain segments and ``pii`` to annotated ones."""
    out = []
    for text, meta in frag:
        fn = plain if meta is None else pii
        out.append((fn(text) if fn else text, meta))
    return out


def flat(frag):
    return "".join(text for text, _ in frag)


def unmark(frag):
    """The same text with every annotation dropped (business addresses etc.)."""
    return T(flat(frag))
