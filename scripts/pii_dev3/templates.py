"""Positive note templates, one builder per style; each returns a list of segments."""

from .address import make_address
from .industries import PETS, RELATIVES
from .segments import P


def clock(r):
    """A time of day."""
    return f"{r.randint(6, 21):02d}:{r.randint(0, 59):02d}"


def pet_bit(c):
    """Pet mention for the vet clinic (pets are not persons)."""
    if c.ind["key"] != "veterinary_clinic":
        return []
    return [P(f" re {c.rng.choice(PETS)} ({c.rng.choice(['labrador', 'tabby', 'rabbit', 'collie'])})")]


def shorthand(c):
    """Style 1: terse lower-case case notes."""
    r, cust, staff = c.rng, c.person(), c.person(0.3)
    rel = c.person(0.9)
    label, extra = c.other(cust)
    segs = [P(f"{c.ref()} cust "), *c.any_name(cust, ("full", "first", "last")), *pet_bit(c)]
    segs += [P(" @ "), *c.addr_line()] if r.random() < 0.7 else [P(" - "), *c.addr_partial()]
    segs += [P(f" - {r.choice(c.ind['actions'])}. {label} "), *extra]
    segs += [
        P(f". nb {r.choice(RELATIVES[rel['gender']])} "),
        *c.name(rel, r.choice(["first", "full"])),
        P(" has spare key. "),
    ]
    segs += [P(r.choice(["-", "/", "tx "])), *c.name(staff, "initials")]
    return segs


def caps_log(c):
    """Style 2: ALL-CAPS dispatch log lines."""
    r, cust, staff = c.rng, c.person(), c.person(0.3)
    stamp = f"2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d} {clock(r)}"
    segs = [P(f"{stamp} {c.ind['code']} JOB#{r.randint(10000, 99999)} CUST=")]
    segs += [c.span(cust, cust["last"] or cust["first"], "last_name")]
    if cust["last"]:
        segs += [P(" "), c.span(cust, cust["first"], "first_name")]
    segs += [P(" ADDR="), *c.addr_line(), P(f" ST={r.choice(['DISP', 'ARR', 'DONE', 'NOACC'])}\n")]
    segs += [
        P(f"{stamp[:11]}{clock(r)} {c.ind['code']} DRV="),
        *c.name(staff, "last"),
        P(" NOTE="),
        P(r.choice(c.ind["actions"])),
    ]
    if r.random() < 0.5:
        label, extra = c.other(cust, ["phone", "plate", "account", "card", "dob"])
        segs += [P(f" {label.upper()}="), *extra]
    return segs


def table(c):
    """Style 3: pasted table with header row."""
    r = c.rng
    sep = r.choice([",", "|", "\t", ";"])
    quote = '"' if sep == "," else ""
    segs = [P(sep.join(["ref", "name", "address", "phone", "status"]) + "\n")]
    for k in range(r.randint(2, 4)):
        if k:
            c.addr = make_address(r, c.country)
        cust = c.person()
        segs += [
            P(c.ref() + sep + quote),
            *c.name(cust, r.choice(["full", "full", "initial_last"])),
            P(quote + sep + quote),
        ]
        segs += [*c.addr_line(), P(quote + sep)]
        _label, extra = c.other(cust, ["phone"])
        segs += [*extra, P(sep + r.choice(["open", "done", "pending", "cancelled"]) + "\n")]
    return segs


def letter(c):
    """Style 4: letter or e-mail with a multi-line recipient address and sign-off."""
    r, cust, staff = c.rng, c.person(), c.person(0.4)
    segs = [P(r.choice(["", "Subject: your " + c.ind["visit"] + "\n\n"]))]
    segs += [*c.name(cust, r.choice(["full", "full", "initial_last"])), P("\n"), *c.addr_block(), P("\n\nDear ")]
    segs += [*c.name(cust, "title"), P(",\n\n")]
    segs += [P(f"Thank you for choosing {c.ind['company']}. Following your {c.ind['visit']} (ref {c.ref()}): ")]
    segs += [P(r.choice(c.ind["actions"]) + ".")]
    if r.random() < 0.6:
        label, extra = c.other(cust, ["account", "iban", "dob"])
        segs += [P(f" For our records, your {label} is "), *extra, P(".")]
    segs += [
        P("\n\nKind regards,\n"),
        *c.name(staff, "full"),
        P(f"\n{c.ind['role'].title()}, {c.ind['company']}\nDirect line: "),
    ]
    segs += [c.other(staff, ["phone"])[1][0]]
    return segs


def chat(c):
    """Style 5: chat lines with display names, nicknames, typos."""
    r, cust, a, b = c.rng, c.person(), c.person(0.3), c.person(0.3)
    segs = [P(f"[{clock(r)}] "), *c.name(a, "first"), P(": hey is "), *c.name(cust, r.choice(["nick", "first"]))]
    segs += [P(" still at "), *c.addr_line()] if r.random() < 0.5 else [P(" - "), *c.addr_partial()]
    segs += [P(" ??\n")]
    segs += [
        P(f"[{clock(r)}] "),
        *c.name(b, r.choice(["first", "initial_last"])),
        P(f": yes {r.choice(c.ind['actions'])} lol\n"),
    ]
    if r.random() < 0.6:
        label, extra = c.other(cust, ["phone", "email", "dob", "email"])
        segs += [P(f"[{clock(r)}] "), *c.name(a, "first"), P(f": ok ill ping them on {label} "), *extra]
    return segs


def handover(c):
    """Style 6: narrative handover naming relatives, neighbours, landlords, GPs."""
    r, cust = c.rng, c.person()
    rel, nb, extra_p = c.person(0.9), c.person(), c.person()
    role = r.choice(["landlord", "GP", "social worker"])
    segs = [
        *c.name(cust, "full"),
        *pet_bit(c),
        P(" lives at "),
        *c.addr_line(),
        P(f". {'Her' if cust['gender'] == 'f' else 'His'} {r.choice(RELATIVES[rel['gender']])} "),
    ]
    segs += [*c.name(rel, r.choice(["full", "first"])), P(" visits most evenings. Neighbour ")]
    segs += [*c.name(nb, "title"), P(" next door keeps a key. ")]
    who = [P("Dr "), *c.name(extra_p, "last")] if role == "GP" else c.name(extra_p, "full")
    segs += [P(f"{role[0].upper()}{role[1:]}: "), *who, P(". ")]
    segs += [P(r.choice(c.ind["actions"]).capitalize() + ". "), *c.name(cust, "first")]
    segs += [P(" asked that we call "), *c.name(rel, "first"), P(" first.")]
    if r.random() < 0.8:
        label, extra = c.other(cust, ["phone", "dob", "id", "email", "iban"])
        segs += [P(f" {label}: "), *extra]
    return segs


def transcript(c):
    """Style 7: spoken call transcript with spelled names and numbers as words."""
    r, cust, agent = c.rng, c.person(), c.person(0.3)
    last = (
        (cust["last"] or cust["first"]).split(" ")[-1] if cust["culture"] == "malay" else cust["last"] or cust["first"]
    )
    spelled = "-".join(ch.upper() for ch in last if ch.isalpha())
    segs = [P("AGENT ("), *c.name(agent, "first"), P(f"): {c.ind['company']}, how can I help?\n")]
    segs += [
        P(
            "CALLER: hi, it's about my "
            + c.ind["visit"]
            + ".\nAGENT: can I take your surname please?\nCALLER: yes it's "
        )
    ]
    segs += [c.span(cust, spelled, "spelled_name"), P(", "), c.span(cust, last, "last_name"), P(".\n")]
    segs += [P("AGENT: and the first line of the address and postcode?\nCALLER: "), *c.addr_spoken(), P(".\n")]
    if r.random() < 0.5:
        segs += [P("AGENT: and a number to reach you?\nCALLER: "), c.other(cust, ["phone"])[1][0], P("\n")]
    segs += [P(f"AGENT: thanks, {r.choice(c.ind['actions'])}.")]
    return segs


def form(c):
    """Style 8: key=value, JSON fragment or SMS body."""
    r, cust = c.rng, c.person()
    kind = r.randrange(3)
    if kind == 2:
        segs = [
            P("SMS> Hi "),
            *c.name(cust, "first"),
            P(f", your {c.ind['visit']} is booked for tomorrow 08:00-12:00 at "),
        ]
        return [*segs, *c.addr_line(), P(f". Ref {c.ref()}. Reply STOP to opt out.")]
    label, extra = c.other(cust)
    fields = [("name", c.name(cust, "full"))]
    fields += [(f"addr{k + 1}", c.addr_line(addr=[line])) for k, line in enumerate(c.addr)]
    fields += [(label.replace(" ", "_").lower(), extra)]
    segs = [P("{" if kind == 1 else f"ref={c.ref()} ")]
    for k, (key, val) in enumerate(fields):
        if kind == 1:
            segs += [P(("" if k == 0 else ", ") + f'"{key}": "'), *val, P('"')]
        else:
            segs += [P(("" if k == 0 else " | ") + f"{key}="), *val]
    return [*segs, P("}" if kind == 1 else "")]


STYLES = [shorthand, caps_log, table, letter, chat, handover, transcript, form]
