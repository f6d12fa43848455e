"""PII styles: chat, narrative, shorthand."""

import datetime

from .core import ABBR_CHAT, ABBR_SHORT, abbreviate, typos


def _subset(rng, seq, drop_max, drop_min=0):
    seq = list(seq)
    for _ in range(rng.randint(drop_min, drop_max)):
        if len(seq) > 4:
            seq.pop(rng.randrange(1, len(seq)))
    return seq


VERIFY = [
    [("A", "before we go any further can i check your full name and date of birth?"), ("C", "{S}, {DOB}")],
    [("A", "can you confirm your date of birth and the first line of your address?"), ("C", "{DOB} and {ADDR.st}")],
    [("A", "for security, what is your postcode and date of birth please"), ("C", "{ADDR.pc} / {DOB}")],
    [("A", "could you confirm the address we have for you?"), ("C", "{ADDR}"), ("A", "and your dob?"), ("C", "{DOB}")],
]
CONTACT = [
    [("A", "is {PHONE} still the best number for you?"), ("C", "yes thats right")],
    [("C", "you can email me at {EMAIL}")],
    [("A", "whats the best email for updates?"), ("C", "{EMAIL} please")],
    [("C", "my number changed btw, its {PHONE} now")],
]


def chat(d, c, ctx, rng):
    fmt = rng.randrange(3)
    cust_form = rng.choice(["full_plain", "given_initial", "given", "full"])
    agent_form = rng.choice(["given", "given_initial"])
    agent_sfx = rng.choice([" (%s)" % c.org, " - %s" % c.team, "", " [agent]"])
    agent_named = rng.random() < 0.25
    cust_named = rng.random() < 0.25
    cust_plain = rng.choice(["Customer", "Visitor %d" % rng.randint(1000, 9999), "You", "Guest"])
    agent_plain = rng.choice(["Agent", "Support", c.org, "Advisor", "%s Team" % c.team])
    t = datetime.datetime(2026, rng.randint(1, 4), rng.randint(1, 28), rng.randint(8, 20), rng.randint(0, 59))
    ind_lines = list(c.ind["chat"])
    if rng.random() < 0.4:
        ind_lines = ind_lines[:-2]
    lines = [
        (
            "A",
            rng.choice(
                [
                    "hi, you're chatting with {A.g} from {ORG}, how can i help?",
                    "hello! {A.g} here from the {TEAM} team :)",
                    "Hi there, thanks for waiting. How can I help today?",
                ]
            ),
        )
    ]
    lines += ind_lines[:1] + rng.choice(VERIFY) + ind_lines[1:]
    if rng.random() < 0.35:
        lines += rng.choice(CONTACT)
    lines += [
        ("A", rng.choice(["anything else i can help with today?", "is there anything else?"])),
        ("C", rng.choice(["no thats all thanks", "no thank you, bye", "thats it cheers"])),
    ]
    if fmt == 2:
        d.t("%s, %s - Messages and calls are end-to-end encrypted.\n" % (t.strftime("%d/%m/%Y"), t.strftime("%H:%M")))
    else:
        d.t(rng.choice(["--- chat transcript %s ---\n" % c.biz["TKT"], "Live chat export (%s)\n" % c.team, ""]))
    for who, tpl in lines:
        t += datetime.timedelta(seconds=rng.randint(10, 140))
        hm = t.strftime("%H:%M")

        def disp(d=d, who=who):
            if who == "C" and cust_named:
                d.person(c.people["S"], cust_form)
            elif who == "C":
                d.t(cust_plain)
            elif agent_named:
                d.person(c.people["A"], agent_form)
                d.t(agent_sfx)
            else:
                d.t(agent_plain)

        if fmt == 0:
            d.t("[%s] " % hm)
            disp()
            d.t(": ")
        elif fmt == 1:
            disp()
            d.t(" (%s): " % hm)
        else:
            d.t("%s, %s - " % (t.strftime("%d/%m/%Y"), hm))
            disp()
            d.t(": ")
        d.fill(tpl, ctx)
        d.t("\n")
    d.t(rng.choice(["*** chat ended by customer ***\n", "", "[%s] system: chat closed\n" % t.strftime("%H:%M")]))
    p_name = rng.random()
    protected = {agent_plain, cust_plain, agent_sfx}

    def tf(text, sp):
        if sp is None and text in protected:
            return text.lower()
        if sp is None:
            return typos(abbreviate(text.lower(), ABBR_CHAT, rng), rng, 0.05)
        if sp["type"] in ("PERSON", "LOCATION") and rng.random() < p_name:
            return text.lower()
        return text

    return tf


GENERIC_NARR = [
    "{S.g} was calm and polite throughout the conversation.",
    "{S.ts} asked that we only call after 5pm because of work.",
    "No vulnerability flags were added, but {S.g} said {S.he} is finding things stressful.",
    "{S.ts} confirmed that {S.he} is happy for us to leave voicemails.",
    "I explained the next steps and {S.g} had no further questions.",
]


def narrative(d, c, ctx, rng):
    d.fill(
        rng.choice(
            [
                "Case note – {TEAM} – {BDATE}\n\n",
                "CASE NOTES ({ORG})\nEntered by {A} on {BDATE} at {TIME}\n\n",
                "File note, {BDATE}:\n",
                "Summary of contact ({TEAM})\n\n",
            ]
        ),
        ctx,
    )
    sents = _subset(rng, c.ind["narr"], 6, 3)
    if rng.random() < 0.6:
        sents.insert(rng.randint(2, len(sents)), rng.choice(GENERIC_NARR))
    if c.people["S"].nick and rng.random() < 0.8:
        sents.insert(
            1,
            rng.choice(
                [
                    "{S.g} said {S.he} prefers to be called {S.n}.",
                    "{S.He} goes by {S.n}, and asked us to use that name.",
                ]
            ),
        )
    for role in ("R", "J", "E"):
        if role in c.people and c.people[role].nick and rng.random() < 0.6:
            sents.append("({S.His} {%s.rel}, {%s.g}, goes by {%s.n} within the family.)" % (role, role, role))
            break
    cut = rng.randint(2, len(sents) - 1)
    for i, snt in enumerate(sents):
        if i:
            d.t("\n\n" if i == cut else " ")
        d.fill(snt, ctx)
    d.fill(rng.choice(["\n\n– {A.is}, {TEAM}\n", "\n\nNote by {A.fp}\n", "\n", "\n\n{A.g} ({TEAM})\n"]), ctx)
    return None


def shorthand(d, c, ctx, rng):
    lines = _subset(rng, c.ind["short"], 5, 2)
    rng.shuffle(lines) if rng.random() < 0.3 else None
    joiner = rng.choice(["\n", " / ", "; ", "\n- "])
    d.fill(rng.choice(["{BDATE} ", "{BDATE} {TIME} - ", "", "{TIME} "]), ctx)
    for i, ln in enumerate(lines):
        if i:
            d.t(joiner)
        d.fill(ln, ctx)
    d.fill(rng.choice(["\n- {A.ib}\n", " -{A.ib}\n", "\n{A.i}\n", "\n/{A.ib} {TEAM}\n", " ({A.g})\n"]), ctx)
    p_name = rng.random() * 0.6

    def tf(text, sp):
        if sp is None:
            return abbreviate(text.lower(), ABBR_SHORT, rng)
        if sp["type"] == "PERSON" and sp["kind"] != "initials" and rng.random() < p_name:
            return text.lower()
        if sp["type"] == "LOCATION" and rng.random() < p_name:
            return text.lower()
        return text

    return tf
