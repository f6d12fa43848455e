"""Writing styles, part two: pasted table, call transcript, shorthand case notes, formal letter."""

from .ctx import COMMON, Env
from .people import Person
from .seg import P, fill, map_segs
from .styles_a import _field_ok
from .transforms import abbreviate, caps


def table(ctx):
    r = ctx.rng
    fields = [f for f in ctx.ind["fields"] if _field_ok(f[1], ctx.neg)]
    cols = r.sample(fields, min(len(fields), r.randint(4, 6)))
    if not ctx.neg and not any("{C." in c[1] for c in cols):
        cols[0] = ctx.ind["fields"][0]
    if not ctx.neg and all(("{C." not in c[1] and "{F:" not in c[1]) for c in cols[1:]):
        cols.append(r.choice([f for f in ctx.ind["fields"] if "{F:" in f[1]]))
    delim = r.choice([",", "|", "\t", ";", " | "])
    out = []
    if r.random() < 0.5:
        out.append(
            P(
                r.choice(
                    [
                        "pasted from export:\n",
                        "see below (from the tracker)\n",
                        f"{ctx.plain['ORG']} extract {COMMON['DATE'](r)}\n",
                    ]
                )
            )
        )
    if r.random() < 0.8:
        out.append(P(delim.join(r.choice(c[0]) for c in cols) + "\n"))
    for i in range(r.randint(2, 4)):
        env = ctx.env if ctx.neg else Env(ctx, Person(r, f"row{i}"))
        ctx.look_cache.clear()
        for j, (_labels, ph) in enumerate(cols):
            if j:
                out.append(P(delim))
            segs = fill(ph, env)
            txt = "".join(s[0] for s in segs)
            if delim.strip() in txt and delim.strip():
                segs = [P('"'), *segs, P('"')]
            out.extend(segs)
        out.append(P("\n"))
    return out


def call_transcript(ctx):
    r, env = ctx.rng, ctx.env
    out = [P(f"Call {COMMON['ticket'](r)} | {COMMON['DATE'](r)} {COMMON['TIME'](r)} | queue: {ctx.plain['TOPIC']}\n")]
    sec = [r.randint(1, 9)]

    def line(who, segs):
        sec[0] += r.randint(3, 40)
        m, s = divmod(sec[0], 60)
        out.append(P(f"[00:{m:02d}:{s:02d}] "))
        out.extend(who)
        out.append(P(": "))
        out.extend(segs)
        out.append(P("\n"))

    if ctx.neg:
        a, b = [P("AGENT")], [P(r.choice(["DEPOT", "CALLER (supplier)", "IVR", "ENGINEER"]))]
        line(a, fill("Thanks for calling {ORG}, you're through to the {ROLE} line.", env))
        for s in ctx.sentences("casual", r.randint(3, 5)):
            line(r.choice([a, b]), s)
        line(a, [P("Okay, I'll log that now. Anything else? ... Great, bye.")])
        return out
    a = fill(r.choice(["AGENT", "Agent ({S.first})", "{S.first}"]), env)
    b = fill(r.choice(["CALLER", "Customer", "{C.first}", "CLIENT"]), env)
    line(a, fill("Thanks for calling {ORG}, you're speaking with {S.first}, how can I help?", env))
    line(
        b,
        fill(
            r.choice(
                [
                    "hi yeah it's {C.full}, um, calling about {TOPIC}",
                    "hello, my name is {C.full}",
                    "hiya, {C.first} here, {C.full}",
                ]
            ),
            env,
        ),
    )
    line(a, [P("Can I just take your date of birth to confirm?")])
    line(b, fill(r.choice(["{Fs:dob}", "it's {F:dob}", "{Fs:dob}, yeah"]), env))
    line(a, [P("And the best number to reach you on?")])
    line(b, fill(r.choice(["{Fs:phone}", "it's {Fs:phone}", "{F:phone}"]), env))
    for s in ctx.sentences("casual", r.randint(2, 3)):
        line(r.choice([a, b]), s)
    if r.random() < 0.6:
        line(a, [P("And an email for the confirmation?")])
        line(b, fill("{Fs:email}", env))
    line(
        a,
        fill(
            r.choice(
                [
                    "Thanks {C.tlast}, that's all sorted.",
                    "Lovely, thanks {C.first}.",
                    "Right, I'll pass that to {T.full}.",
                ]
            ),
            env,
        ),
    )
    return out


NOTE_EXTRA = [
    "f/u 2/52",
    "LVM x2",
    "NFA today",
    "adv re: {L:statute!}",
    "plan: f/u w/ {T.first} re: outcome",
    "c/o delays, w/ supervisor",
    "re: {TOPIC} - pending",
    "tx to {ROLE2}",
]


def shorthand_notes(ctx):
    r, env = ctx.rng, ctx.env
    extra = [
        x for x in NOTE_EXTRA if not (ctx.neg and "{T." in x) and ("statute" in ctx.ind["look"] or "statute" not in x)
    ]
    out = []
    for _ in range(r.randint(1, 2)):
        head = fill("{DATE} {TIME} " + ("{S.ini}: " if not ctx.neg else "{ROLE}: "), env)
        out.extend(head)
        items = ctx.sentences("terse", r.randint(2, 4))
        items.insert(r.randint(0, len(items)), fill(r.choice(extra), env))
        for k, it in enumerate(items):
            if k:
                out.append(P(r.choice(["; ", ". ", "\n  - "])))
            it = map_segs(it, lambda s: abbreviate(s.lower(), r) if r.random() < 0.6 else s, pii=False)
            out.extend(it)
        out.append(P("\n"))
    out.extend(fill("-- {S.ini2}\n" if not ctx.neg else "-- duty\n", env))
    return out


def formal_letter(ctx):
    r, env = ctx.rng, ctx.env
    out = [P(f"{caps(ctx.plain['ORG'])}\n{ctx.plain['BRANCH']}\n{ctx.plain['SITE']}\n\n{COMMON['DATE'](r)}\n\n")]
    if ctx.neg:
        out.append(
            P(
                f"The {ctx.plain['ROLE2'].title()}\n{ctx.plain['BRANCH']}\n\nOur ref: {COMMON['ticket'](r)}\n\n"
                f"Dear Sir or Madam,\n\nRe: {ctx.plain['TOPIC']} – procedure update\n\n"
            )
        )
        body = ctx.sentences("letter", r.randint(3, 4))
        close = fill("Yours faithfully,\n\n\n{ROLE}\n{ORG}\n", env)
    else:
        out.extend(fill(r.choice(["{C.tfull}\n", "{C.full}\n"]), env))
        for ln in env.addr_lines():
            out.extend(ln)
            out.append(P("\n"))
        ref = next(iter(ctx.ind["ids"]))
        out.extend(fill(f"\nOur ref: {{F:{ref}}}   Your ref: {{L:ticket}}\n\n", env))
        out.extend(fill(r.choice(["Dear {C.tlast},", "Dear {C.first},", "Dear {C.tfull},"]), env))
        out.extend(fill("\n\nRe: {TOPIC}\n\n", env))
        body = ctx.sentences("letter", r.randint(2, 4))
        close = fill(
            r.choice(["Yours sincerely,\n\n\n{S.full}\n{ROLE}\n", "Kind regards,\n\n{S.tfull}\n{ROLE}, {BRANCH}\n"]),
            env,
        )
        if r.random() < 0.3:
            close += fill("\ncc: {R.full}\n", env)
    for s in body:
        out.extend(s)
        out.append(P("\n\n" if r.random() < 0.6 else " "))
    out.append(P("\n"))
    out.extend(close)
    return out
