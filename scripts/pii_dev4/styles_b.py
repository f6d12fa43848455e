"""Styles: chat, email, narrative, shorthand, transcript."""

from .generic import GEN
from .lookalikes import DAYS, MON

HANDLES = {
    "insurance": ["claims-desk", "motor_q", "fnol-bot"],
    "pharmacy": ["counter2", "dispensary", "delivery-van"],
    "bank_kyc": ["kyc-queue", "branch-07", "onb_ops"],
    "utility": ["dispatch", "fieldops", "outage-room"],
    "hotel": ["frontdesk", "concierge", "housekeeping"],
    "hospital": ["ward7b", "bedmanager", "dischargelounge"],
    "debt_collection": ["collections-q", "dialler", "disputes"],
    "tutoring": ["bookings", "tutor-desk", "room-admin"],
}


def _pool(ctx, key, n_lo, n_hi):
    r = ctx.r
    a = ctx.ind[key if ctx.pii else "np_" + key]
    b = GEN[key if ctx.pii else "np_" + key]
    n = r.randint(n_lo, n_hi)
    k_ind = min(len(a), max(1, (n * 3 + 1) // 5))
    out = r.sample(a, k_ind) + r.sample(b, min(len(b), n - k_ind))
    r.shuffle(out)
    return out


def chat(ctx, doc):
    r = ctx.r
    doc.case = "lower" if r.random() < 0.8 else None
    doc.typo = 0.05
    doc.id_case = r.choice(["doc", None])
    fmt = r.randrange(5)
    if ctx.pii:
        who = ["p3", "p5"]
        disp = r.choice(["u", "u", "g", ""])
        role_handle = (
            r.choice(["dispatch", "desk2", "ops-queue", "teamlead", "supervisor"]) if r.random() < 0.35 else None
        )
    else:
        handles = r.sample(HANDLES[ctx.ind["key"]] + ["ops_bot", "team-b", "nightdesk"], 2)
    lines = _pool(ctx, "chat", 3, 5) if ctx.pii else _pool(ctx, "chat", 6, 9)
    prev = None
    h, m = r.randint(7, 18), r.randint(0, 50)
    day = "%02d/%02d/%d" % (r.randint(1, 28), r.randint(1, 12), 2024)
    for i, msg in enumerate(lines):
        if i:
            doc.t("\n")
        m += r.randint(0, 4)
        if m > 59:
            h, m = h + 1, m - 60
        t = "%02d:%02d" % (h, m)
        if ctx.pii:
            spk = who[0] if i == 0 else (prev if r.random() < 0.35 else [w for w in who if w != prev][0])
            name = "{%s%s}" % (spk, ("." + disp) if disp else "")
            if role_handle and spk == "p5":
                name = role_handle
        else:
            spk = handles[0] if i == 0 else (prev if r.random() < 0.3 else [w for w in handles if w != prev][0])
            name = spk
        if spk == prev and fmt in (0, 3):
            pre = ["[%s] " % t, "", "", "    ", ""][fmt]
        else:
            pre = [
                "[%s] %s: " % (t, name),
                "%s: " % name,
                "<%s> " % name,
                "%s [%d:%02d %s]: " % (name, (h - 1) % 12 + 1, m, "PM" if h >= 12 else "AM"),
                "%s, %s - %s: " % (day, t, name),
            ][fmt]
        prev = spk
        ctx.expand(doc, pre)
        ctx.expand(doc, msg)


def email(ctx, doc):
    r = ctx.r
    doc.typo = 0.0
    ind = ctx.ind
    dt = "%s, %d %s 2024 %02d:%02d" % (
        r.choice(DAYS),
        r.randint(1, 28),
        r.choice(MON),
        r.randint(7, 19),
        r.randint(0, 59),
    )
    if not ctx.pii:
        ctx.expand(
            doc,
            r.choice(
                ["From: {ORG} Notifications <noreply@%s>\n" % ctx.domain, "From: {ORG} Customer Service <{ORGMAIL}>\n"]
            ),
        )
        ctx.expand(
            doc,
            "To: %s\nDate: %s\nSubject: {V:np_subject}\n\n"
            % (
                r.choice(["Operations <ops@%s>" % ctx.domain, "{ORGMAIL}", "All Branches <branches@%s>" % ctx.domain]),
                dt,
            ),
        )
        ctx.expand(doc, r.choice(["Hello team,\n\n", "Dear colleagues,\n\n", "Hi all,\n\n", "Good morning,\n\n"]))
        doc.typo = 0.004
        ctx.expand(doc, "\n".join(_pool(ctx, "email", 3, 5)))
        doc.typo = 0.0
        ctx.expand(
            doc,
            r.choice(
                [
                    "\n\nKind regards,\n{ORG} Customer Service Team",
                    "\n\nThanks,\nOperations",
                    "\n\n--\n{ORG} | {OFFICE}",
                    "\n\nRegards,\nThe {ORG} Team",
                ]
            ),
        )
        return
    fwd = r.random() < 0.55
    if fwd:
        ctx.expand(doc, r.choice(["Hi {p5.g},\n\n", "{p5.g} -\n\n", "Hello {p5.g},\n\n"]))
        lines = r.sample(ind["fwd"] + GEN["fwd"], 2)
    else:
        ctx.expand(doc, r.choice(["Dear {p1.ts},\n\n", "Hi {p1.g},\n\n", "Dear {p1},\n\n"]))
        lines = [GEN["reply"][r.randrange(2)]] + r.sample(GEN["reply"][2:], 1)
    doc.typo = 0.004
    ctx.expand(doc, " ".join(lines))
    doc.typo = 0.0
    ctx.expand(doc, r.choice(["\n\nThanks,\n", "\n\nKind regards,\n", "\n\nBest,\n", "\n\nCheers\n"]))
    ctx.expand(doc, r.choice(["{p3}\n{V:title} | {ORG}\n", "{p3.g}\n\n--\n{p3}\n{V:title}\n{ORG}\n"]))
    ctx.expand(
        doc,
        r.choice(
            [
                "Direct: {ph3}\n{wem3}",
                "T {ph3} | E {wem3}",
                "Direct line {ph3}\n{OFFICE}",
                "Direct dial: {ph3}",
                "DD {ph3}",
            ]
        ),
    )
    if fwd:
        ctx.expand(
            doc,
            r.choice(
                [
                    "\n\n---------- Forwarded message ---------\n",
                    "\n\nBegin forwarded message:\n\n",
                    "\n\n-----Original Message-----\n",
                ]
            ),
        )
    else:
        ctx.expand(doc, r.choice(["\n\n-----Original Message-----\n", "\n\n________________________________\n"]))
    ctx.expand(doc, r.choice(["From: {p1} <{em1}>\n", 'From: "{p1.inv}" <{em1}>\n', "From: {em1}\n"]))
    ctx.expand(doc, "%s: %s\n" % (r.choice(["Date", "Sent"]), dt))
    ctx.expand(doc, "To: %s\n" % r.choice(["{ORG} <{ORGMAIL}>", "{ORGMAIL}", "{ORG} <{ORGMAIL}>", "{p3} <{wem3}>"]))
    if r.random() < 0.35:
        ctx.expand(doc, r.choice(["Cc: {p2} <{em2}>\n", "Cc: {em2}\n"]))
    ctx.expand(doc, "Subject: {V:subject}\n\n")
    ctx.expand(
        doc,
        r.choice(
            ["Dear {p3.ts},\n\n", "Hi {p3.g},\n\n", "Dear Sir/Madam,\n\n", "Hello,\n\n", "To whom it may concern,\n\n"]
        ),
    )
    doc.typo = 0.004
    body = _pool(ctx, "email", 2, 2)
    if not any("{a" in b for b in body):
        body.insert(
            r.randint(0, len(body)),
            r.choice(
                [
                    "For the record, my address is {a1}.",
                    "I still live at {a1}.",
                    "Letters should go to {a1}, not the old address.",
                ]
            ),
        )
    ctx.expand(doc, "\n\n".join([" ".join(body[:2]), " ".join(body[2:])]) if len(body) > 2 else " ".join(body))
    doc.typo = 0.0
    ctx.expand(
        doc,
        r.choice(
            [
                "\n\nKind regards,\n{p1}",
                "\n\nThanks\n{p1.g}",
                "\n\nRegards,\n{p1.i}",
                "\n\nMany thanks,\n{p1.g} {p1.s}",
                "\n\nBest wishes,\n{p1.n}\n{ph1}",
                "\n\nSent from my iPhone",
            ]
        ),
    )


def narrative(ctx, doc):
    r = ctx.r
    doc.typo = 0.005
    k = "narr"
    ind = ctx.ind
    intro = r.choice(ind["narr_intro"] if ctx.pii else ind["np_narr_intro"])
    body = _pool(ctx, k, 2, 4) if ctx.pii else _pool(ctx, k, 4, 6)
    close = r.choice(GEN["narr_close"] if ctx.pii else GEN["np_narr_close"])
    ctx.expand(doc, intro + " ")
    cut = r.randint(1, len(body) - 1)
    ctx.expand(doc, " ".join(body[:cut]))
    doc.t("\n\n")
    ctx.expand(doc, " ".join(body[cut:]) + " " + close)


def shorthand(ctx, doc):
    r = ctx.r
    doc.case = "lower"
    doc.typo = 0.03
    doc.id_case = r.choice(["doc", None])
    lines = _pool(ctx, "short", 3, 4) if ctx.pii else _pool(ctx, "short", 4, 6)
    stamp = r.random() < 0.5
    for i, ln in enumerate(lines):
        if i:
            doc.t("\n")
        if stamp and r.random() < 0.6:
            doc.t(
                "%02d/%02d %02d%02d "
                % (r.randint(1, 28), r.randint(1, 12), r.randint(7, 19), r.choice([0, 10, 15, 30, 45])),
                typo=False,
            )
        ctx.expand(doc, ln)
    if ctx.pii:
        ctx.expand(doc, r.choice(["\n- {p3.ii}", "\n/{p3.ii}", " -{p3.ii}", "\n{p3.ii}", "\n-- {p3.g}"]))
    else:
        ctx.expand(doc, r.choice(["\n- night shift", "\n/ops", "", "\n-- team b"]))


def transcript(ctx, doc):
    r = ctx.r
    doc.typo = 0.0
    ind = ctx.ind
    A, C = r.choice([("Agent", "Caller"), ("AGENT", "CALLER"), ("Agent", "Customer"), ("Operator", "Caller")])
    ctx.expand(
        doc,
        r.choice(
            [
                "Call recording {X:date} {X:time} - {ORG}\n",
                "[Transcript - inbound - {X:date}]\n",
                "Call ID {X:ticket} / duration {R:4|6|7|9|12}m\n",
                "",
            ]
        ),
    )
    turns = []
    if not ctx.pii:
        turns.append(
            (
                A,
                "{R:Good morning|Good afternoon|Hello}, {ORG}, {R:how can I help?|you're through to the {V:team}, how can I help?}",
            )
        )
        for pair in r.sample(ind["np_trans"] + GEN["np_trans"], r.randint(3, 4)):
            turns.extend((A if w == "A" else C, t) for w, t in pair)
        turns.append((A, "{R:Is there anything else|Anything else I can help with today}?"))
        turns.append((C, "{R:No, that's all, thanks.|No that's it, cheers.|That's everything, thank you.}"))
    else:
        turns.append((A, "{R:Good morning|Good afternoon|Hello}, {ORG}, you're speaking with {p3.g}, how can I help?"))
        turns.extend((A if w == "A" else C, t) for w, t in r.choice(ind["trans_open"]))
        turns.append((A, "{R:Can I take your full name please?|Could I have your name?|Who am I speaking with?}"))
        turns.append((C, "{R:It's {p1}.|{p1}.|Yes, it's {p1}.}"))
        if r.random() < 0.55:
            turns.append(
                (A, "{R:Could you spell the surname for me?|How do you spell that?|Sorry, can you spell that?}")
            )
            turns.append((C, "{R:{p1.spell}.|Sure, {p1.spell}.|It's {p1.spell}.}"))
        if r.random() < 0.75:
            turns.append((A, "{R:And your date of birth?|Can you confirm your date of birth?|Date of birth please?}"))
            turns.append((C, "{R:{dob1.say}.|It's {dob1.say}.|Er, {dob1.say}.}"))
        a = ctx.A("a1")
        if r.random() < 0.85:
            turns.append(
                (
                    A,
                    "{R:And the first line of the address?|What's the address we have for you?|Can you confirm the address please?}",
                )
            )
            turns.append((C, "{R:{a1.nopc}.|It's {a1.nopc}.|Yeah, {a1.nopc}.}"))
            if a.first("postal_code") and r.random() < 0.85:
                turns.append((A, "{R:And the postcode?|And the postal code?|Zip code?}"))
                turns.append((C, "{a1.saypc}."))
        if r.random() < 0.6:
            turns.append(
                (
                    A,
                    "{R:Is the mobile we have still the best number?|What's the best number to reach you on?|Can I take a contact number?}",
                )
            )
            turns.append((C, "{R:{ph1.say}.|It's {ph1.say}.|Mobile is {ph1.say}.}"))
        for pair in r.sample(ind["trans"] + GEN["trans"], r.randint(1, 2)):
            turns.extend((A if w == "A" else C, t) for w, t in pair)
        turns.append(
            (
                A,
                "{R:Okay {p1.g}, I've noted that on the file.|Thanks {p1.ts}, that's all updated.|Right, I've added a note for {p5}.}",
            )
        )
        turns.append((C, "{R:Thanks, bye.|Great, thank you.|Okay, cheers.}"))
    prev = None
    for i, (who, line) in enumerate(turns):
        if who == prev:
            doc.t(" ")
        else:
            if i:
                doc.t("\n")
            doc.t(who + ": ", typo=False)
        prev = who
        ctx.expand(doc, line)
