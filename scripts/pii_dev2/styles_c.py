"""Styles 7-8: voicemail/call transcriptions and system notifications/audit trails."""

from __future__ import annotations

import datetime as dt
import re

from . import contact as K
from .case import Case, Ctx, bdate, btime, ident_segs
from .ids import pattern
from .segs import Seg, Segs, join, render
from .styles_a import run
from .words import spoken


def _say_ident(rng, ident) -> Segs:
    out = []
    for s in ident.value:
        if s.type and re.fullmatch(r"[\d\s-]+", s.text):
            out.append(s._replace(text=K.spoken_digits(rng, s.text)))
        else:
            out.append(s)
    return out


FILLERS = ["um", "uh", "erm", "yeah", "so"]


def voicemail(rng, case: Case) -> Segs:
    cx = Ctx(rng, case, "spoken")
    hx = Ctx(rng, case, "formal")
    ind = case.ind
    sec = f"{rng.randint(0, 2)}:{rng.randint(5, 59):02d}"
    if not case.pii:
        head = render(
            rng.choice(
                [
                    "Voicemail | {BDATE} {TIME} | " + sec + " | auto-transcript",
                    "Call recording - supplier line - {BDATE}",
                ]
            ),
            hx,
        )
        body = rng.choice([
            "This is an automated message from {ORG}. Your request {REF} has been updated. For more information visit {WEB} or call {SWB}. Goodbye.",
            "hi it's the depot, calling about order {LA}, the delivery's now {BDATE} in the morning, ring {BR} if that's a problem, cheers",
            "hello, it's the IT helpdesk, the upgrade to {PROD} is going ahead at {TIME}, please log off before then, thanks",
        ])  # fmt: skip
        return join([head, render(body, cx)], "\n\n")
    R = case.contact
    if rng.random() < 0.55:
        head = [
            Seg(rng.choice(["Voicemail from ", "VM from ", "New voicemail - caller "])),
            *hx.phone(R),
            Seg(f" | {bdate(rng)} {btime(rng)} | {sec} | transcribed"),
        ]
        parts: list = [
            rng.choice(
                [
                    "hi, this is {" + R + ".full}",
                    "hello, um, my name is {" + R + ".full}",
                    "yeah hi it's {" + R + ".full} here",
                ]
            )
        ]
        if rng.random() < 0.7:
            parts.append(
                rng.choice(
                    [", that's {" + R + ".spell}", ", surname {" + R + ".spell_sp}", ", spelt {" + R + ".spell}"]
                )
            )
        dob = "my date of birth is {DOB}" if R == "S" else "{S.gposs} date of birth is {DOB}"
        pool: list = [
            *rng.sample(ind["vm"], rng.randint(1, 2)),
            dob,
            "you can call me back on {PHONE}",
            "or email me, it's {EMAIL}",
            "I'm at {ADDR}",
        ]
        if case.idents:
            i = case.idents[0]
            whose = [Seg("my ")] if R == "S" else render("{S.gposs} ", cx)
            pool.append([*whose, Seg(f"{rng.choice(i.labels).rstrip(':').lower()} is "), *_say_ident(rng, i)])
        picks = rng.sample(pool, rng.randint(4, len(pool)))
        for p in picks:
            parts.append(rng.choice([". ", ", ", "... ", f", {rng.choice(FILLERS)}, "]))
            parts.append(p)
        parts.append(rng.choice([". thanks, bye", ". cheers, bye bye", " ... okay thank you bye", ". [inaudible] bye"]))
        body = join(run(cx, parts))
        return join([head, body], "\n\n")
    head = render(rng.choice(["Call transcript - {BDATE} {TIME} - inbound", "Recording {REF} - transcript"]), hx)
    turns: list = [
        ("Agent", "thank you for calling {ORG}, you're through to {ST.given}, how can I help?"),
        ("Caller", rng.choice(["hi yeah, it's {" + R + ".full}", "hello, my name's {" + R + ".full}"])),
        ("Agent", "could you spell the surname for me?"),
        ("Caller", "{" + R + ".spell}"),
        ("Caller", rng.choice(ind["vm"])),
    ]
    if R == "T1":
        turns += [
            ("Agent", "and which pupil is it about?"),
            ("Caller", "{S.full}, " + rng.choice(["year 9", "year 7", "{S.they}'s in year 10", "{S.they}'s in 8B"])),
        ]
        turns.append(("Agent", "okay, and {S.poss} date of birth?"))
    else:
        turns.append(("Agent", "okay, and just to confirm your date of birth?"))
    turns += [
        ("Caller", "{DOB}"),
        ("Agent", "and the first line of the address?"),
    ]
    assert case.addr is not None
    sp = spoken(case.addr)
    turns.append(("Caller", [*sp.street_part(), *([Seg(", "), pc] if (pc := sp.comp("postal_code")) else [])]))
    turns.append(("Agent", "lovely. is {PHONE} still the best number?"))
    turns.append(("Caller", rng.choice(["yes that's it", "no, it's {PHONE2} now, that's my {T1.rel}'s", "yeah"])))
    if case.idents:
        i = case.idents[0]
        turns.append(
            (
                "Caller",
                [Seg(f"I've got the {rng.choice(i.labels).rstrip(':').lower()} here, it's "), *_say_ident(rng, i)],
            )
        )
    turns.append(("Agent", "thanks {" + R + ".mr}, I'll get that updated and someone will call you back."))
    lines = [[Seg(who + ": "), *(render(x, cx) if isinstance(x, str) else x)] for who, x in turns]
    return join([head, join(lines, "\n")], "\n\n")


def audit(rng, case: Case) -> Segs:
    cx = Ctx(rng, case, "audit")
    ind = case.ind
    t = dt.datetime(2024, 1, 1, 0, 0) + dt.timedelta(seconds=rng.randint(0, 800 * 86400))
    z = rng.choice(["Z", "+00:00", ""])
    lines: list[Segs] = []

    def ts() -> str:
        nonlocal t
        t += dt.timedelta(seconds=rng.randint(3, 5000))
        return t.strftime("%Y-%m-%dT%H:%M:%S") + z

    def ev() -> str:
        return rng.choice(ind["events"])

    if not case.pii:
        for _ in range(rng.randint(3, 4)):
            lines.append(
                render(
                    f"{ts()} INFO {ev()} actor=svc-batch job={{REF}} status={{STATUS}} version=4.12.3.{rng.randint(1, 99)}",
                    cx,
                )
            )
        lines.append(
            render(
                f'{ts()} NOTIFY channel=email from={{MBOX}} template=WEEKLY_SUMMARY body="{{ROLE}} records processed: {rng.randint(50, 900)}"',
                cx,
            )
        )
        lines.append(render(rng.choice(ind["clean"]), cx))
        return join(lines, "\n")
    R = case.contact
    assert case.addr is not None
    addr, addr2 = case.addr, case.addr2

    def login(ts: str) -> Segs:
        ip = Seg(case.ip, "IP_ADDRESS", "ipv6" if ":" in case.ip else "ipv4")
        ua = rng.choice(
            [
                "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)",
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/124.0",
            ]
        )
        return [
            Seg(f"{ts} INFO portal.login user="),
            Seg(case.emails[R], "EMAIL_ADDRESS", "personal"),
            Seg(" ip="),
            ip,
            Seg(f' ua="{ua}" result=SUCCESS'),
        ]

    def payload(ts: str) -> Segs:
        js: Segs = [
            Seg(f'{ts} DEBUG {ev()} payload={{"subject": {{"name": "'),
            *render("{S.full}", cx),
            Seg('", "dob": "'),
            *render("{DOB}", cx),
        ]
        if rng.random() < 0.5:
            return [
                *js,
                Seg('", "address": {"line1": "'),
                *addr.street_part(),
                Seg('", "locality": "'),
                *addr.locality_part(),
                Seg('"}}, "source": "web"}'),
            ]
        return [*js, Seg('", "address": "'), *addr.one_line(), Seg('"}, "source": "crm"}')]

    def phone_change(ts: str) -> Segs:
        old = Seg(K.phone(rng, case.country), "PHONE_NUMBER", "phone")
        return [
            Seg(f'{ts} AUDIT {ev()} field=phone old="'),
            old,
            Seg('" new="'),
            *cx.phone(R),
            Seg('" by='),
            Seg(case.emails["ST"], "EMAIL_ADDRESS", "staff"),
        ]

    def kv(ts: str) -> Segs:
        return [
            Seg(f"{ts} INFO {ev()} "),
            *join([ident_segs(rng, i, "kv") for i in case.idents], " "),
            Seg(f" ref={_ref_code(rng, ind)}"),
        ]

    def sms(ts: str) -> Segs:
        return render(
            f'{ts} NOTIFY channel=sms to={{PHONE}} template=REMINDER body="Hi {{{R}.given}}, your appointment with {{ORG}} is on {{BDATE}} at {{TIME}}. Reply STOP to opt out"',
            cx,
        )

    def note(ts: str) -> Segs:
        return render(f"{ts} NOTE added_by={{ST.full}} text=" + '"' + rng.choice(ind["narr"]) + '"', cx)

    def trace(ts: str) -> Segs:
        return [
            Seg(f"{ts} INFO trace.result source=osint match=0.{rng.randint(70, 98)} url="),
            Seg(case.url, "URL", "profile"),
        ]

    def moved(ts: str) -> Segs:
        assert addr2 is not None
        return [
            Seg(f"{ts} AUDIT address.changed new_address="),
            Seg('"'),
            *addr2.one_line(),
            Seg('" by=' + rng.choice(["self-service", "agent"])),
        ]

    def blocked(ts: str) -> Segs:
        return render(
            f"{ts} WARN {ev()} message="
            + '"'
            + "Third party {T1.full} ({T1.rel}) tried to access the account - blocked"
            + '"',
            cx,
        )

    rest = (
        [payload, phone_change, sms, note, trace, blocked]
        + ([kv] if case.idents else [])
        + ([moved] if addr2 is not None else [])
    )
    builders = [login, *rng.sample(rest, min(len(rest), rng.randint(3, 4)))]
    if case.national and kv not in builders:
        builders[-1] = kv
    if rng.random() < 0.5:
        rng.shuffle(builders)
    return join([b(ts()) for b in builders], "\n")


def _ref_code(rng, ind: dict) -> str:
    return pattern(rng, rng.choice(ind["ref"])).split()[-1]
