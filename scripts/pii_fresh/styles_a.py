"""Writing styles, part one: chat, all-caps dispatch/mainframe log, forwarded e-mail chain, scanned form."""

from .ctx import COMMON
from .seg import P, fill, quote
from .transforms import capsify, chatify, ocrify

FILLERS = [
    "ok",
    "on it",
    "thx",
    "any update?",
    "pls chk",
    "will do",
    "👍",
    "lol ok",
    "brb",
    "done ✅",
    "can u take this one",
    "np",
]


def _stamp(r, i, base):
    base[0] += r.randint(0, 6) if i else 0
    h, m = divmod(base[0], 60)
    return f"{h % 24:02d}:{m:02d}"


def chat(ctx):
    r, env = ctx.rng, ctx.env
    out = []
    kind = r.choice(["whatsapp", "teams", "slack"])
    if kind != "whatsapp":
        out.append(P(f"#{ctx.ind['name'].replace('_', '-')}-{r.choice(['ops', 'desk', 'escalations', 'team'])}\n"))
    if ctx.neg:
        speakers = [[P(x)] for x in r.sample(["ops-desk", "tier2 queue", "night shift", "duty mgr", "team lead"], 2)]
    else:
        speakers = [
            fill(r.choice(["{S.full}", "{S.first}", "{S.nick}"]), env),
            fill(r.choice(["{T.full}", "{T.first}"]), env),
        ]
    msgs = ctx.sentences("casual", r.randint(3, 5))
    for f in r.sample(FILLERS, 2):
        msgs.insert(r.randint(1, len(msgs)), [P(f)])
    base = [r.randint(420, 1200)]
    date = COMMON["DATE"](r)
    for i, m in enumerate(msgs):
        t = _stamp(r, i, base)
        if kind == "whatsapp":
            out.append(P(f"[{date}, {t}] "))
        elif kind == "teams":
            out.append(P(f"{t} "))
        else:
            out.append(P(f"[{t}] "))
        out.extend(speakers[i % 2] if r.random() < 0.8 else speakers[r.randint(0, 1)])
        out.append(P(": "))
        out.extend(chatify(m, r, lower_names=r.random() < 0.5))
        out.append(P("\n"))
    return out


def caps_log(ctx):
    r = ctx.rng
    out = []
    kind = r.choice(["dispatch", "mainframe", "audit"])
    if kind == "mainframe":
        out.append(
            P(
                f"*** {ctx.plain['ORG']} BATCH JOB {r.choice(['CSR0412', 'FRD77', 'OPS09'])} RUN {COMMON['DATE'](r)} ***\n"
            )
        )
    base = [r.randint(0, 1400)]
    lines = ctx.sentences("terse", r.randint(4, 6))
    unit = r.choice(["UNIT 4", "DSK07", "TERM 12", "OPR 3", "CH2"])
    for i, ln in enumerate(lines):
        t = _stamp(r, i, base)
        if kind == "dispatch":
            out.append(P(f"{t.replace(':', '')}Z {unit}: "))
        elif kind == "mainframe":
            out.append(P(f"{i + 1:04d} {t}:{r.randint(0, 59):02d} {r.choice(['INF', 'UPD', 'NTE', 'WRN'])} "))
        else:
            out.append(P(f"{COMMON['DATE'](r)} {t} | {unit} | "))
        out.extend(ln)
        out.append(P("\n"))
    if not ctx.neg and r.random() < 0.6:
        out.extend(
            fill(
                r.choice(["OPR {S.sfull} SIGNED OFF {TIME}\n", "LOGGED BY {S.ini2}\n", "HANDOVER TO {T.full}\n"]),
                ctx.env,
            )
        )
    return capsify(out)


def _body(ctx, greet, n, sign):
    r = ctx.rng
    parts = [*fill(greet, ctx.env), P("\n\n")]
    for s in ctx.sentences("formal", n):
        parts.extend(s)
        parts.append(P(" " if r.random() < 0.5 else "\n\n"))
    parts.append(P("\n\n"))
    parts.extend(fill(sign, ctx.env))
    return parts


def email_chain(ctx):
    r, env = ctx.rng, ctx.env
    neg = ctx.neg
    if neg:
        frm, to, _me, _you = "Service Desk", "Depot Managers; Ops Leads", "Service Desk", "all"
        head = [P(f"From: {frm}\nTo: {to}\n")]
        greet, sign = "Hi all,", "Thanks,\nService Desk\n{ORG} | {SITE}"
        q_greet, q_sign = "Hello,", "Regards,\nOps Leads"
    else:
        head = fill("From: {S.full} <{S.email}>\nTo: {T.full} <{T.email}>\n", env)
        if r.random() < 0.4:
            head += fill("Cc: {ROLE2} team\n", env)
        greet = r.choice(["Hi {T.first},", "Dear {T.first},", "{T.first} -", "Hello {T.nick},"])
        sign = r.choice(
            [
                "Thanks,\n{S.first}\n\n{S.full}\n{ROLE} | {ORG}\nD: {S.phone}\n{SITE}",
                "Kind regards,\n{S.full}\n{ROLE}, {BRANCH}\n{SITE}",
                "Best,\n{S.ini2}",
            ]
        )
        q_greet, q_sign = "Hi {S.first},", r.choice(["Cheers,\n{T.first}", "{T.full}\n{ROLE2}", "Thanks\n{T.ini2}"])
    subj = fill(r.choice(["RE: FW: {TOPIC} - {L:ticket}", "FW: {TOPIC}", "RE: RE: {TOPIC} [{L:ticket}]"]), env)
    out = [*head, P(f"Date: {COMMON['DATE'](r)} {COMMON['TIME'](r)}\nSubject: "), *subj, P("\n\n")]
    out += _body(ctx, greet, r.randint(1, 3), sign)
    out.append(P("\n\n"))
    if r.random() < 0.5:
        out += (
            fill("On {DATE} at {TIME}, {T.full} <{T.email}> wrote:\n", env)
            if not neg
            else [P(f"On {COMMON['DATE'](r)}, Ops Leads wrote:\n")]
        )
        out += quote(_body(ctx, q_greet, r.randint(1, 2), q_sign))
    else:
        older = [P("-----Original Message-----\nFrom: ")]
        older += fill("{T.full}\n" if not neg else "Ops Leads\n", env)
        older += [P(f"Sent: {COMMON['DATE'](r)} {COMMON['TIME'](r)}\nTo: ")]
        older += fill("{S.full}\n" if not neg else "Service Desk\n", env)
        older += [P("Subject: "), *subj, P("\n\n"), *_body(ctx, q_greet, r.randint(1, 2), q_sign)]
        out += quote(older)
    return out


SEPS = [": ", " :: ", "....... ", " | ", ":", " — ", "_: ", " : "]


def _field_ok(ph, neg):
    return not any(x in ph for x in ("{C.", "{F:", "{R.", "{S.", "{T.")) if neg else True


def scanned_form(ctx):
    r, env = ctx.rng, ctx.env
    fields = [f for f in ctx.ind["fields"] if _field_ok(f[1], ctx.neg)]
    chosen = r.sample(fields, min(len(fields), r.randint(5, 8)))
    if not ctx.neg and not any("{C." in f[1] for f in chosen):
        chosen.insert(0, ctx.ind["fields"][0])
    out = [
        P(
            f"{ctx.plain['ORG'].upper()}\n{r.choice(['INTAKE FORM', 'CUSTOMER DETAILS', 'REQUEST FORM', 'RECORD SHEET'])}"
            f" (rev {COMMON['ver'](r)})   Page 1 of {r.randint(1, 3)}\n{'=' * r.randint(20, 40)}\n"
        )
    ]
    for labels, ph in chosen:
        out.append(P(r.choice(labels) + r.choice(SEPS)))
        out.extend(fill(ph, env))
        out.append(P("\n"))
    out.append(
        P(
            r.choice(
                [
                    "[x] Consent recorded   [ ] Marketing opt-in\n",
                    "[X] ID seen  [ ] Copy on file\n",
                    "Tick: (v) urgent\n",
                ]
            )
        )
    )
    if not ctx.neg:
        out.extend(
            fill(
                r.choice(["Received by: {S.ini}   Date: {DATE}\n", "Officer: {S.full}\n", "Signed ....{C.full}....\n"]),
                env,
            )
        )
    else:
        out.append(P(f"Received by: front desk   Date: {COMMON['DATE'](r)}\n"))
    return ocrify(out, r, names=r.random() < 0.3)
