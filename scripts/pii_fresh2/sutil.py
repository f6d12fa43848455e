"""Shared helpers for styles: templates to pieces, fact/address pieces, line handling."""

from . import lookalikes as LK
from .addr_b import flat
from .core import TOKEN


def T(s):
    return (s, None)


def tp(template, ctx):
    out, pos = [], 0
    for m in TOKEN.finditer(template):
        if m.start() > pos:
            out.append(T(template[pos : m.start()]))
        val = ctx.tmpl[m.group(1)]
        out.extend(val(m.group(2)) if callable(val) else [T(val)])
        pos = m.end()
    if pos < len(template):
        out.append(T(template[pos:]))
    return out


def fval(fact, spoken=False):
    if spoken and fact.spoken:
        return list(fact.spoken)
    return list(fact.pieces)


def fline(ctx, fact, sep=": ", label=None):
    return [T((label or fact.label(ctx.r)) + sep)] + fval(fact)


def addr_one(lines, sep=", "):
    return flat(lines, sep)


def pick(ctx, lo, hi):
    n = ctx.r.randint(lo, hi)
    return ctx.facts[:n]


def bline(ctx):
    """A business-ish line that is never PII."""
    r = ctx.r
    return r.choice(
        [
            [T("Ref %s, %s" % (LK.ref(r), LK.bdate(r)))],
            [T("Amount: %s" % LK.amount(r))],
            [T("Logged %s" % LK.stamp(r))],
            [T("See %s" % r.choice(LK.STATUTES))],
        ]
    )


def sentence_fact(ctx, fact):
    """Narrative phrasing of a fact: [(open text), value pieces, (close text)]."""
    r = ctx.r
    lab = fact.label(r)
    pairs = {
        "dob": [(" (born ", ")"), (", DOB ", ","), (" (b. ", ")"), (", born on ", ",")],
        "phone": [(", reachable on ", ","), (" (tel. ", ")"), (" - mobile ", " -")],
        "email": [(" (e-mail ", ")"), (", writing from ", ",")],
    }
    op, cl = r.choice(pairs.get(fact.key, [(" (%s " % lab, ")"), (", %s " % lab, ",")]))
    return [T(op)] + fval(fact) + [T(cl)]


def emit(doc, lines, prefix=""):
    for i, line in enumerate(lines):
        if i:
            doc.raw("\n")
        if prefix:
            doc.raw(prefix)
        doc.p(line)


def quote(lines, q="> "):
    return [[T(q)] + l for l in lines]
