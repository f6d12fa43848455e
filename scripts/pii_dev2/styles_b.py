"""Styles 5-8: chat, narrative handover notes, voicemail/call transcriptions, system notifications and audit trails."""

from __future__ import annotations

import datetime as dt

from .case import Case, Ctx, ident_segs
from .people import mention
from .segs import Seg, Segs, apply, join, lower, render, strip_accents, typos
from .styles_a import run

CHAT_PII = ["dob {DOB}", "number {PHONE}", "email on file {EMAIL}", "addr {ADDR}", "can u ring {PHONE}", "its {ADDR}"]
REPLIES = ["ok", "thx", "👍", "will do", "on it", "ta", "np", "ok cheers", "done", "lol", "yep"]
TEAMS = ["Dispatch", "Ops North", "Night desk", "Bot", "Team 3", "Front desk", "Supervisor", "Duty phone"]


def _stamp(rng, fmt: str, t: dt.datetime) -> str:
    if fmt == "wa":
        return f"[{t:%d/%m/%Y}, {t:%H:%M:%S}] "
    if fmt == "plain":
        return f"{t:%H:%M} "
    return ""


def chat(rng, case: Case) -> Segs:
    cx = Ctx(rng, case, "chat")
    ind = case.ind
    fmt = rng.choice(["wa", "teams", "slack", "plain"])
    t = dt.datetime(2024, 1, 1, 7, 0) + dt.timedelta(minutes=rng.randint(0, 800 * 1440))
    msgs: list[tuple[object, object]] = []
    if not case.pii:
        a, b = rng.sample(TEAMS, 2)
        for i, tpl in enumerate(rng.sample(ind["clean"], rng.randint(3, 4))):
            msgs.append((a if i % 2 == 0 else b, tpl))
            if rng.random() < 0.5:
                msgs.append((b if i % 2 == 0 else a, rng.choice(REPLIES)))
        labels = {a: [Seg(a)], b: [Seg(b)]}
    else:
        customer = case.contact == "S" and rng.random() < 0.3
        a, b = ("ST", case.contact) if customer else ("ST", "ST2")
        labels = {k: mention(case.people[k], rng.choice(["gi", "full", "given", "nick", "full"])) for k in (a, b)}
        for k in labels:
            cx.seen[k] = True
        if customer:
            pc = case.addr.comp("postal_code") if case.addr else None
            msgs.append(
                (
                    a,
                    "Hi, you're chatting with {ST.given}. Can I take your full name"
                    + (" and postcode?" if pc else "?"),
                )
            )
            msgs.append((b, [*render("{" + b + ".full}", cx), *([Seg(", "), pc] if pc else [])]))
            msgs.append((b, rng.choice(ind["vm"])))
            msgs.append((a, "thanks. can you confirm your date of birth?"))
            msgs.append((b, "{DOB}"))
            msgs.append((b, rng.choice(CHAT_PII[1:])))
            if case.idents:
                msgs.append((b, ident_segs(rng, case.idents[0])))
            msgs.append(
                (
                    a,
                    rng.choice(
                        [
                            "I've passed this to the team, someone will be in touch within 2 working days.",
                            "thanks {" + b + ".given}, I've noted that.",
                        ]
                    ),
                )
            )
        else:
            pool = rng.sample(ind["chat"], rng.randint(2, 3)) + rng.sample(CHAT_PII, rng.randint(1, 2))
            pool += [ident_segs(rng, i) for i in case.idents[: 1 if case.national else rng.randint(0, 1)]]
            if case.addr2 is not None and rng.random() < 0.5:
                pool.append("new addr is {ADDR2}")
            rng.shuffle(pool)
            for i, tpl in enumerate(pool):
                who = a if i % 2 == 0 else b
                if isinstance(tpl, str) and "{ST2." in tpl:
                    who = a
                elif isinstance(tpl, str) and "{ST." in tpl:
                    who = b
                msgs.append((who, tpl))
                if rng.random() < 0.15:
                    msgs.append((b if who == a else a, rng.choice(REPLIES)))
    lines: list[Segs] = []
    prev = None
    for who, body in msgs:
        t += dt.timedelta(minutes=rng.randint(0, 9), seconds=rng.randint(0, 59))
        text = render(body, cx) if isinstance(body, str) else list(body)  # type: ignore[arg-type]
        lab = labels[who]
        if fmt in ("wa", "plain"):
            lines.append([Seg(_stamp(rng, fmt, t)), *lab, Seg(": "), *text])
        elif who == prev:
            lines[-1] += [Seg("\n"), *text]
        else:
            stamp = f"  {t:%H:%M}\n" if fmt == "teams" else f"  {t:%I:%M %p}\n"
            lines.append([*lab, Seg(stamp), *text])
        prev = who
    segs = join(lines, "\n" if fmt in ("wa", "plain") else "\n\n")
    if rng.random() < 0.85:
        segs = apply(segs, lower, only_plain=True)
    if rng.random() < 0.3:
        segs = apply(segs, strip_accents)
    return typos(segs, rng, 0.04)


NARR_PII = [
    "{S.poss} date of birth is recorded as {DOB} and the home address is {ADDR}.",
    "Contact number {PHONE}; email {EMAIL}.",
    "{T1.given} can be reached on {PHONE2} if needed.",
    "Address confirmed as {ADDR}; DOB {DOB}.",
    "{S.full} (known to staff as {S.nick}) lives at {ADDR}.",
]


def narrative(rng, case: Case) -> Segs:
    cx = Ctx(rng, case, "narr")
    ind = case.ind
    head = rng.choice(
        ["Handover - {BDATE} (late shift)", "Case note {BDATE} {TIME}", "Summary for {BR}", "Handover notes", ""]
    )
    if not case.pii:
        body = " ".join(rng.sample(ind["clean"], rng.randint(4, 5)))
        return join(run(cx, [head, body, "- {BR}"]), "\n\n")
    picks = sorted(rng.sample(range(len(ind["narr"])), rng.randint(3, 4)))
    sents: list = [ind["narr"][i] for i in picks]
    sents.insert(rng.randint(1, len(sents)), rng.choice(NARR_PII))
    if case.contact == "T1":
        sents.insert(1, "{T1.poss} number is {PHONE}.")
    if case.addr2 is not None and rng.random() < 0.6:
        sents.append("{S.given} is moving to {ADDR2} from {BDATE}.")
    if case.idents:
        ids = join([ident_segs(rng, i) for i in case.idents], ", ")
        sents.append(
            [Seg(rng.choice(["Identifiers checked: ", "For reference: ", "Details on file - "])), *ids, Seg(".")]
        )
    rendered = run(cx, sents)
    cut = rng.randint(2, max(2, len(rendered) - 1))
    paras = [join(rendered[:cut], " "), join(rendered[cut:], " ")]
    sign = rng.choice(
        [
            "{ST.full}, {ST.title}",
            "Note written by {ST.full} ({ST.title}) at {TIME}.",
            "- {ST.init}",
            "{ST.given} ({ST.title})",
        ]
    )
    return join([render(head, cx) if head else [], *paras, render(sign, cx)], "\n\n")
