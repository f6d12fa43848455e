"""PII styles: transcript, letter."""

OPEN = [
    ("A", "Thank you for calling {ORG}, you're speaking to {A.g}. Can I take your full name, please?"),
    ("C", "Yes, it's {S}."),
    ("A", "Thank you. Could you spell your surname for me?"),
    ("C", "Sure, it's {S.sp}."),
]
DOB_Q = [("A", "And your date of birth?"), ("C", "{DOB.w}.")]
ADDR_Q = [("A", "And can you confirm your address, including the postcode?"), ("C", "{ADDR.read}.")]
PHONE_Q = [("A", "What's the best number to reach you on?"), ("C", "{PHONE.read}.")]
CLOSE = [
    ("A", "Is there anything else I can help you with today?"),
    ("C", "No, that's everything. Thanks, {A.g}."),
    ("A", "Thank you for calling, take care."),
]


def transcript(d, c, ctx, rng):
    labels = rng.choice(
        [("Agent", "Caller"), ("AGENT", "CUSTOMER"), ("Advisor", "Customer"), ("Agent", "Customer"), ("A", "C")]
    )
    dur = "%02d:%02d" % (rng.randint(3, 24), rng.randint(0, 59))
    d.fill(
        rng.choice(
            [
                "Call recording transcript – {ORG} {TEAM} – {BDATE} {TIME} – duration %s\n\n" % dur,
                "[auto-transcript, speaker diarisation on] {BDATE} {TIME}\n\n",
                "TRANSCRIPT OF CALL (inbound) {TKT}\n\n",
            ]
        ),
        ctx,
    )
    turns = list(OPEN)
    if c.people["S"].nick and rng.random() < 0.7:
        turns[1] = ("C", "Yes, it's {S}, but everyone calls me {S.n}.")
    if rng.random() < 0.3:
        turns = turns[:2] + turns[2:] + [("A", "Is that with a {S.sp_first} at the start?"), ("C", "Yes.")]
    ind_turns = list(c.ind["call"])
    if rng.random() < 0.5:
        ind_turns = ind_turns[:-2]
    turns += DOB_Q
    if rng.random() < 0.6:
        turns += ADDR_Q
    if rng.random() < 0.5:
        turns += PHONE_Q + (
            [("A", "Let me read that back."), ("C", "Yes, that's right.")] if rng.random() < 0.4 else []
        )
    turns += ind_turns
    if turns[-1][0] == "A":
        turns.append(("C", rng.choice(["Yes, that's right.", "Yes.", "Okay, thank you."])))
    turns += CLOSE
    ctx["S.sp_first"] = (c.people["S"].form("spelled") or "X")[0]
    last = None
    for who, tpl in turns:
        if who == last and rng.random() < 0.5:
            d.t(" ")
        else:
            d.t(("\n" if last else "") + (labels[0] if who == "A" else labels[1]) + ": ")
        if tpl == "Let me read that back.":
            d.t(tpl + " ")
            ctx["PHONE"](d)
            d.t("?")
        else:
            d.fill(tpl, ctx)
        last = who
    d.t("\n" + rng.choice(["[call ends]", "[END OF TRANSCRIPT]", ""]) + "\n")
    return None


ROLE_TITLES = [
    "Claims Handler",
    "Case Manager",
    "Customer Support Adviser",
    "Senior Caseworker",
    "Team Leader",
    "Specialist Adviser",
]


def letter(d, c, ctx, rng):
    d.t(c.org + "\n")
    d.t("\n".join(c.biz["BRANCH"].split(", ")) + "\n")
    d.t("Tel %s | www.%s\n\n" % (c.biz["SWITCH"], c.domain))
    d.t(c.biz["BDATE"] + "\n\n")
    if rng.random() < 0.2:
        d.t("PRIVATE AND CONFIDENTIAL\n")
    d.fill(rng.choice(["{S.tf}\n", "{S.tf}\n", "{S.fp}\n", "{S.title} {S.is}\n"]), ctx)
    ctx["ADDR.nl"](d)
    d.t("\n\n")
    refs = [k for k in c.ind["fields"] if k[0] in c.items]
    if refs and rng.random() < 0.6:
        d.t(rng.choice(["Our ref: ", "Our reference: ", "Ref: "]))
        ctx[refs[0][0]](d)
        d.t(rng.choice(["\nYour ref: —\n\n", "\n\n", "    Date of birth: "]))
        if d.segs[-1][0].endswith("birth: "):
            ctx["DOB"](d)
            d.t("\n\n")
    subject, paras = c.ind["letter"]
    greet = rng.random()
    if greet < 0.75:
        d.fill("Dear {S.title} {S.s},\n\n", ctx)
    elif greet < 0.9:
        d.fill("Dear {S.fp},\n\n", ctx)
    else:
        d.fill("Dear {S.g},\n\n", ctx)
    d.t("Re: ")
    d.fill(subject, ctx)
    d.t("\n\n")
    paras = list(paras)
    for _ in range(rng.randint(1, 2)):
        if len(paras) > 3:
            paras.pop(rng.randrange(1, len(paras) - 1))
    for p in paras:
        d.fill(p, ctx)
        d.t("\n\n")
    direct = rng.random() < 0.4
    if direct:
        d.fill(
            rng.choice(
                [
                    "If you have any questions, please call me on my direct line, {A.phone}, or email {A.email}.\n\n",
                    "You can reach me directly on {A.phone}.\n\n",
                ]
            ),
            ctx,
        )
    d.t(rng.choice(["Yours sincerely,\n\n", "Kind regards,\n\n", "Yours faithfully,\n\n"]))
    d.fill(rng.choice(["{A.fp}\n", "{A}\n", "{A.is}\n"]), ctx)
    d.t("%s, %s\n" % (rng.choice(ROLE_TITLES), c.team))
    if not direct:
        d.fill(
            rng.choice(
                [
                    "Direct line: {A.phone}\nEmail: {A.email}\n",
                    "DDI {A.phone}\n",
                    "Email: {A.email}\n",
                    "Switchboard: %s\n" % c.biz["SWITCH"],
                ]
            ),
            ctx,
        )
    if "J" in c.people and rng.random() < 0.3:
        d.fill("\ncc: {J.tf} (joint account holder)\n", ctx)
    return None
