"""Conversational styles: chat, SMS, call transcript."""

import re

from . import cat, fmap, join
from .style_common import C, reg, typos


# ---------------------------------------------------------------- chat and SMS
def _speaker(ctx, who, internal):
    if not ctx.pii:
        opts = {
            "c": ["Visitor 48{num}", "Guest", "Customer"],
            "t": ["Supervisor", "Team lead", "Ops"],
            "s": ["Agent", "{company} Support", "Bot"] if not internal else ["Me", "Dispatcher", "Desk"],
        }[who]
    elif who == "c":
        opts = ["{p1.first}", "{p1.full}", "{p1.nick}", "Customer"]
    elif who == "t":
        opts = ["{s3.first}", "{s3.full}", "{s3.nick}"]
    else:
        opts = (
            ["{s1.first}", "{s1.full}"]
            if internal
            else ["{s1.first} ({company})", "{s1.first}", "Agent {s1.first}", "{s1.nick}"]
        )
    key = ("speaker", who)
    if key not in ctx.cache:
        ctx.cache[key] = C(ctx, ctx.rng.choice(opts))
    return ctx.cache[key]


FILL_INTERNAL = [
    [("t", "also {dept} huddle moved to {wday} {time}, meeting room {num}"), ("s", "noted")],
    [("t", "is the {appliance} in the break room fixed yet?"), ("s", "no, ticket {ticket} still open with {org}")],
    [("s", "fyi I'm off {wday}, back {date}"), ("t", "ok, {job} covering?"), ("s", "yes")],
]
FILL_CUSTOMER = [
    [("c", "one more thing, what are your hours on {wday}?"), ("s", "We're open until 6pm, closed bank holidays.")],
    [("s", "Is there anything else I can help with today?"), ("c", "no thats all thanks")],
    [("c", "also is the {org} discount still on"), ("s", "Yes, {pct} off until {date}.")],
]


def conversation(ctx):
    convo = list(ctx.rng.choice(reg(ctx, "chat")))
    internal = any(w == "t" for w, _ in convo)
    if len(convo) < 5:
        convo += ctx.rng.choice(FILL_INTERNAL if internal else FILL_CUSTOMER)
    return convo, internal


def chat(ctx):
    rng = ctx.rng
    R = ctx.render  # industry content, written for its own people
    convo, internal = conversation(ctx)
    lower_all = rng.random() < 0.55
    fmt = rng.choice(["[{t}] {n}: ", "{n}: ", "{n} ({t}): ", "{t} {n} > "])
    h, m = rng.randint(7, 21), rng.randint(0, 50)
    lines = []
    if rng.random() < 0.4:
        lines.append(
            R(
                rng.choice(
                    ["Chat started {dt} via {cdomain}", "Live chat transcript, {company}"]
                    if not internal
                    else ["#{dept} — {date}", "Team chat, {date}"]
                )
            )
        )
    for who, tpl in convo:
        m += rng.randint(0, 3)
        label = R(
            fmt.replace("{t}", f"{(h + m // 60) % 24:02d}:{m % 60:02d}").replace("{n}", _speaker(ctx, who, internal))
        )
        msg = R(tpl)
        if who == "c" or lower_all:
            msg = fmap(msg, plain=lambda s: typos(rng, s), pii=str.lower)
            if lower_all:
                label = fmap(label, plain=str.lower, pii=str.lower)
        lines.append(cat(label, msg))
    return join(lines, "\n")


def sms(ctx):
    rng = ctx.rng
    R = ctx.render  # industry content, written for its own people
    convo, internal = conversation(ctx)
    if internal:
        me, them = "Me", _speaker(ctx, "t", True)
        lines = [R(rng.choice([f"Texts with {them}", f"{them} (mobile)", "Work phone – messages"]))]
    else:
        me = rng.choice(["{company}", "60777", "INFO"]) if rng.random() < 0.5 else "{company}"
        them = C(ctx, "{p1.phone}") if ctx.pii else rng.choice(["customer", "Unknown", "short code reply"])
        lines = [R(rng.choice(["SMS log for " + them, "Messages with " + them, "Text thread (" + them + ")"]))]
    d, h, m = R("{date}"), rng.randint(7, 21), rng.randint(0, 40)
    for who, tpl in convo:
        m += rng.randint(1, 9)
        stamp = f"{(h + m // 60) % 24:02d}:{m % 60:02d}"
        msg = R(tpl)
        sender = them if who in "ct" else me
        if who in "ct":
            msg = fmap(msg, plain=lambda s: typos(rng, s, 0.03) if rng.random() < 0.5 else s)
        lines.append(cat(R(rng.choice([f"[{stamp}] {sender}: ", f"{sender} {stamp}: ", f"{sender}: "])), msg))
    return cat(lines[0], "\n", d, "\n", join(lines[1:], "\n"))


# ---------------------------------------------------------------- call transcript
def transcript(ctx):
    rng = ctx.rng
    R = ctx.render  # industry content, written for its own people
    ctx.spoken = True
    call = rng.choice(reg(ctx, "call"))
    agent = rng.choice(["AGENT", "Agent", "AGENT ({s1.first})" if ctx.pii else "AGENT", "Rep"])
    caller = rng.choice(["CALLER", "Customer", "CUSTOMER", "Caller"])
    asr = rng.random() < 0.3
    head = R(
        rng.choice(
            [
                "Call transcript | {company} | {dt} | Queue: {dept}",
                "[Auto-transcribed call, confidence 0.8{num}]",
                "Recording {ref} — {date}",
            ]
        )
    )
    lines, sec = [head], 0
    for who, tpl in call:
        sec += rng.randint(4, 40)
        stamp = f"[{sec // 3600:02d}:{sec // 60 % 60:02d}:{sec % 60:02d}] " if rng.random() < 0.4 else ""
        msg = R(tpl)
        if who == "c" and rng.random() < 0.25:
            msg = cat(rng.choice(["um, ", "uh ", "yeah, ", "so "]), msg)
        if asr:
            msg = fmap(msg, plain=lambda s: re.sub(r"[.,?!]", "", s).lower(), pii=str.lower)
        lines.append(cat(stamp, R(agent if who == "a" else caller), ": ", msg))
    ctx.spoken = False
    return join(lines, "\n")
