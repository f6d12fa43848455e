"""Shared parts of the document styles: registers, frames, quoting, typos."""

import re

from . import cat, fmap, join

ABBREV = [
    (r"\byou\b", "u"),
    (r"\bare\b", "r"),
    (r"\bplease\b", "pls"),
    (r"\bthanks\b", "thx"),
    (r"\bbecause\b", "bc"),
    (r"\btomorrow\b", "tmrw"),
    (r"\bdon't\b", "dont"),
    (r"\bI'm\b", "im"),
    (r"\bcan't\b", "cant"),
    (r"\bokay\b", "ok"),
    (r"\bthank you\b", "ty"),
    (r"\bwhat\b", "wat"),
    (r"\bsomeone\b", "some1"),
    (r"\bit's\b", "its"),
]


def typos(rng, text, rate=0.05):
    """Lower case, no end-of-word punctuation, text-speak and the odd slip of the finger."""
    for pat, rep in ABBREV:
        if rng.random() < 0.6:
            text = re.sub(pat, rep, text, flags=re.I)
    out = []
    for w in re.split(r"(\s+)", text):
        if w.isspace() or not w:
            out.append(w)
            continue
        if re.search(r"[a-zA-Z][.,!?;:]+$", w) and rng.random() < 0.85:
            w = w.rstrip(".,!?;:")
        if w.isalpha() and len(w) > 3 and rng.random() < rate:
            i = rng.randrange(len(w) - 1)
            w = w[:i] + w[i + 1] + w[i] + w[i + 2 :] if rng.random() < 0.6 else w[:i] + w[i + 1 :]
        out.append(w)
    return "".join(out).lower()


GREETING = re.compile(r"^((Dear|Hi|Hello|Good morning) \{[A-Za-z0-9.]+\},|\{s2\.first\}(,| –))\s*")


def reg(ctx, key):
    return ctx.ind[key if ctx.pii else "np_" + key]


def C(ctx, tpl):
    """Frame templates are written for p1; some industries' customer is another person (a parent)."""
    return tpl.replace("{p1.", "{" + ctx.cust + ".")


def pick_formal(ctx, who, n):
    """n paragraphs not used before in this record; only the first may keep its greeting."""
    used = ctx.cache.setdefault("_used", set())
    items = [t for w, t in reg(ctx, "formal") if w in who and t not in used]
    items = items or [t for w, t in reg(ctx, "formal") if t not in used] or [t for _, t in reg(ctx, "formal")]
    chosen = ctx.rng.sample(items, min(n, len(items)))
    used.update(chosen)
    chosen = [chosen[0]] + [_upper_first(GREETING.sub("", t)) for t in chosen[1:]]
    return join([ctx.render(t) for t in chosen], "\n\n"), bool(GREETING.match(chosen[0]))


def _upper_first(t):
    return t[:1].upper() + t[1:] if t[:1].islower() else t


def quote(frag, prefix="> "):
    return cat(prefix, fmap(frag, plain=lambda s: s.replace("\n", "\n" + prefix)))


def role_mail(ctx):
    box = ctx.rng.choice(ctx.ind["mailboxes"])
    return f"{ctx.rng.choice([box.title().replace('-', ' ').replace('.', ' ') + ' ', ''])}<{box}@{ctx.domain}>".strip()
