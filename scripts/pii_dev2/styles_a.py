"""Styles 1-4: shorthand case notes, ALL-CAPS logs, pasted tables, formal letters."""

from __future__ import annotations

import datetime as dt

from . import contact as K
from . import ids as I
from .addresses import build
from .case import SUPPLIERS, Case, Ctx, bdate, ident_segs, relative
from .people import make_person, mention, pick_culture
from .segs import Seg, Segs, apply, join, lower, render, strip_accents, upper


def run(cx: Ctx, items: list) -> list[Segs]:
    """Render templates (str) and ready-made segments (list) in display order, so first mentions come first."""
    return [render(it, cx) if isinstance(it, str) else it for it in items]


SHORT_PII = ["addr: {ADDR}", "addr conf {ADDR}", "dob {DOB}", "d.o.b: {DOB} - ID&V ok", "DOB {DOB} conf", "mob {PHONE}",
             "tel: {PHONE}", "em {EMAIL}", "email: {EMAIL}", "{T1.rel} {T1.given} on {PHONE2}", "c/b no. {PHONE}"]  # fmt: skip
SIGN_SHORT = ["— {ST.inits}", "/{ST.inits}", "- {ST.given}", "{ST.inits}", "-- {ST.init}", "— {ST.inits} ({ST.title})"]


def shorthand(rng, case: Case) -> Segs:
    cx = Ctx(rng, case, "short")
    ind = case.ind
    if not case.pii:
        items: list = [
            rng.choice(["{BDATE} {TIME} re: {REF}", "{BDATE} - {REF}", "re {REF} / {STATUS}", "{BDATE} {TIME}"])
        ]
        items += rng.sample(ind["clean"], rng.randint(3, 4))
        items.append(rng.choice(["— ops desk", "/night team", "- {BR}", "— duty mgr", "-- {SROLE} team"]))
    else:
        items = [
            rng.choice(
                [
                    "{BDATE} {TIME} re: {S.any}",
                    "{BDATE} - {S.any}",
                    "re {S.any}",
                    "{S.any} {BDATE}",
                    "{BDATE} {TIME} {SROLE} {S.any}",
                ]
            )
        ]
        mid: list = rng.sample(ind["short"], rng.randint(2, 4)) + rng.sample(SHORT_PII, rng.randint(1, 3))
        ids = [ident_segs(rng, i) for i in case.idents]
        mid += [join(ids, rng.choice([" / ", ", ", "  "]))] if ids and rng.random() < 0.5 else ids
        rng.shuffle(mid)
        items += mid
        if case.addr2 is not None and rng.random() < 0.6:
            items.append(rng.choice(["new addr from {BDATE}: {ADDR2}", "fwd addr {ADDR2}", "moving to {ADDR2}"]))
        items.append(rng.choice(SIGN_SHORT))
    segs = join(run(cx, items), "\n")
    if rng.random() < 0.75:
        segs = apply(segs, lower, only_plain=True)
    if rng.random() < 0.3:
        segs = [s._replace(text=lower(s.text)) if s.type == "LOCATION" else s for s in segs]
    return segs


KEYS = {"water_utility": "CUST", "pharmacy_dispensing": "PT", "immigration_casework": "APPL", "debt_collection": "DEBTOR",
        "property_management": "TNT", "airline_customer_care": "PAX", "school_safeguarding": "PUPIL", "pension_administration": "MBR"}  # fmt: skip


def caps(rng, case: Case) -> Segs:
    cx = Ctx(rng, case, "caps")
    ind = case.ind
    t = dt.datetime(2024, 1, 1, 6, 0) + dt.timedelta(minutes=rng.randint(0, 800 * 1440))
    fmt = rng.choice(["%Y-%m-%d %H:%M:%S", "%d/%m/%y %H%M", "%d%b%y %H:%M", "[%H:%M:%S]", "%Y%m%d %H%M%S"])
    sysname = rng.choice(["CSS", "DISP", "MF01", "CRM", "OPS", "HOST", "TRAK"])
    lines: list[Segs] = []

    def add(tpl: str | Segs) -> None:
        nonlocal t
        t += dt.timedelta(minutes=rng.randint(1, 47))
        body = render(tpl, cx) if isinstance(tpl, str) else tpl
        lines.append([Seg(t.strftime(fmt) + " "), *body])

    key = KEYS[ind["key"]]
    if not case.pii:
        add(sysname + " {REF} STAT={STATUS} OPR=SYS TERM=T0" + str(rng.randint(1, 9)))
        for tpl in rng.sample(ind["clean"], rng.randint(3, 4)):
            add(tpl)
        add("{LA} / {PROD} / {AMT}")
        add("*** END *** {BR}")
    else:
        add(sysname + " {REF} STAT={STATUS} OPR={ST.inits}")
        dob = rng.choice(["  DOB {DOB}", " DOB:{DOB}", " D.O.B {DOB}", " DOB {DOB}"])
        tel = rng.choice(["  TEL {PHONE}", " PH:{PHONE}", " MOB {PHONE}", ""])
        if case.contact == "T1":
            add(key + ": {S.caps}" + dob + " / PARENT: {T1.caps}" + tel)
        else:
            add(key + rng.choice([": {S.caps}", " {S.caps}", ": {S.sg}", " NAME={S.full}"]) + dob + tel)
        assert case.addr is not None
        if rng.random() < 0.5:
            add([Seg("ADDR: "), *case.addr.one_line(rng.choice([", ", " ", " / "]))])
        else:
            add([Seg("ADDR1: "), *case.addr.street_part()])
            add([Seg("TOWN/PC: "), *case.addr.locality_part()])
        if case.idents:
            add(join([ident_segs(rng, i) for i in case.idents], "  "))
        items = rng.sample(ind["log"], rng.randint(2, 3))
        if rng.random() < 0.15:
            items.insert(rng.randrange(len(items)), "EMAIL {EMAIL}")
        if case.addr2 is not None and rng.random() < 0.35:
            items.append("FWD ADDR {ADDR2}")
        for tpl in items:
            add(tpl)
        add(
            rng.choice(["UPD BY {ST2.inits}", "CLOSED {ST2.inits}", "NOTE BY {ST.full}", "*** END *** OPR {ST2.inits}"])
        )
    segs = apply(join(lines, "\n"), upper)
    return apply(segs, strip_accents) if rng.random() < 0.5 else segs


CONTACT_HDR = {"water_utility": "Alt contact", "pharmacy_dispensing": "Rep/NOK", "immigration_casework": "Sponsor",
               "debt_collection": "3rd party", "property_management": "Guarantor", "airline_customer_care": "Travelling with",
               "school_safeguarding": "Parent/carer", "pension_administration": "Nominee"}  # fmt: skip


def _row_person(rng, case: Case, n: int, kinds: list[str]) -> dict:
    if n == 0:
        p, dob, addr = case.people["S"], case.dob, case.addr
        assert dob is not None and addr is not None
        idv = {i.kind: i for i in case.idents}
        phone, email = (
            case.phones.get("S", case.phones[case.contact])[0],
            case.emails.get("S") or K.email(rng, p, case.country),
        )
    else:
        p = make_person(rng, f"R{n}", pick_culture(rng, case.country))
        lo, hi = case.ind["dob"]
        dob, addr = (
            K.dob(rng, lo, hi),
            build(rng, case.country if rng.random() < 0.85 else rng.choice(["GB", "IE", "PL", "PK", "KE"])),
        )
        idv = {
            k: I.make(
                rng,
                k,
                p,
                dob,
                case.country,
                case.ind["case_pat"] if k == "case_ref" else case.ind["claim_pat"] if k == "claim_id" else "",
            )
            for k in kinds
        }
        phone, email = K.phone(rng, case.country), K.email(rng, p, case.country)
    rel = relative(rng, f"C{n}", p, rng.choice(case.ind["rels"]["T1"]), case.country)
    return {"p": p, "dob": dob, "addr": addr, "ids": idv, "phone": phone, "email": email, "rel": rel}


def table(rng, case: Case) -> Segs:
    cx = Ctx(rng, case, "short")
    ind = case.ind
    delim = rng.choice([",", "|", "\t", ";", "md"])
    sep = {"md": " | ", "|": "|"}.get(delim, delim)
    header = rng.random() < 0.8
    cols: list[tuple[str, object]] = []
    la_pool = [
        ("Ref", "{REF}"),
        ("Status", "{STATUS}"),
        ("Amount", "{AMT}"),
        ("Date", "{BDATE}"),
        ("Branch", "{BR}"),
        ("Item", "{LA}"),
    ]
    rows_data: list[dict] = []
    if case.pii:
        kinds = [i.kind for i in case.idents][:2]
        n = rng.choice([2, 3, 3, 4])
        rows_data = [_row_person(rng, case, k, kinds) for k in range(n)]
        name_mode = rng.choice(["full", "caps", "split", "sg", "full"])
        if name_mode == "split":
            cols += [("Surname", "sur"), ("Forename", "given")]
        else:
            cols.append((rng.choice(["Name", "Full name", "Customer", "Client"]), name_mode))
        pool = ["dob", "phone", "email", rng.choice(["addr", "addr_split", "town"]), *[f"id:{k}" for k in kinds]]
        if rng.random() < 0.3:
            pool.append("contact")
        picked = rng.sample(pool, min(len(pool), rng.randint(2, 3)))
        if case.national and f"id:{kinds[0]}" not in picked:
            picked[-1] = f"id:{kinds[0]}"
        for c in picked:
            if c == "addr_split":
                cols += [("Address", "street"), ("Town/Postcode", "locality")]
            else:
                hdr = {"dob": rng.choice(["DOB", "D.O.B.", "Date of birth"]), "phone": rng.choice(["Phone", "Tel", "Mobile"]), "email": "Email",
                       "addr": "Address", "town": "Town", "contact": CONTACT_HDR[ind["key"]]}.get(c) or I.KINDS[c[3:]][2]  # fmt: skip
                cols.append((hdr, c))
        if rng.random() < 0.3:
            cols.insert(0, cols.pop(rng.randrange(1, len(cols))))
        cols += rng.sample(la_pool, rng.randint(1, 2))
    else:
        cols = rng.sample(la_pool, rng.randint(3, 5))
        rows_data = [{} for _ in range(rng.randint(3, 6))]

    def cell(rd: dict, spec: object) -> Segs:
        if isinstance(spec, str) and spec.startswith("{"):
            return render(spec, cx)
        p = rd.get("p")
        if spec in ("full", "caps", "sur", "given", "sg"):
            return mention(p, spec)
        if spec == "dob":
            return [K.dob_seg(rng, rd["dob"], rng.choice(["uk", "iso"]))]
        if spec == "phone":
            return [Seg(rd["phone"], "PHONE_NUMBER", "phone")]
        if spec == "email":
            return [Seg(rd["email"], "EMAIL_ADDRESS", "personal")]
        if spec == "addr":
            return rd["addr"].one_line()
        if spec == "street":
            return rd["addr"].street_part()
        if spec == "locality":
            return rd["addr"].locality_part()
        if spec == "town":
            town = rd["addr"].comp("city")
            return [town] if town else rd["addr"].locality_part()
        if spec == "contact":
            return mention(rd["rel"], "full")
        assert isinstance(spec, str)
        return ident_segs(rng, rd["ids"][spec[3:]], "bare")

    def line(cells: list[Segs]) -> Segs:
        out: list[Segs] = []
        for c in cells:
            if delim in (",", ";") and any(delim in s.text for s in c):
                c = [Seg('"'), *c, Seg('"')]
            out.append(c)
        segs = join(out, sep)
        return [Seg("| "), *segs, Seg(" |")] if delim == "md" else segs

    lines: list[Segs] = []
    if rng.random() < 0.7:
        lines.append(
            render(rng.choice(ind["tables"]) + rng.choice(["", ":", " (pasted from Excel)", " - see below"]), cx)
        )
    if header:
        lines.append(line([[Seg(h)] for h, _ in cols]))
        if delim == "md":
            lines.append([Seg("|" + "|".join("---" for _ in cols) + "|")])
    for rd in rows_data:
        lines.append(line([cell(rd, spec) for _, spec in cols]))
    if case.pii and rng.random() < 0.5:
        lines.append(
            render(
                rng.choice(
                    ["exported {BDATE} by {ST.inits}", "({ST.given} - pls check the last row)", "sent by {ST.full}"]
                ),
                cx,
            )
        )
    return join(lines, "\n")


def _long_date(rng) -> str:
    d = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randint(0, 800))
    return rng.choice(
        [
            f"{d.day} {K.MONTHS[d.month - 1]} {d.year}",
            f"{K.MONTHS[d.month - 1]} {d.day}, {d.year}",
            f"{d.day:02d}/{d.month:02d}/{d.year}",
        ]
    )


REF_KINDS = [
    "case_ref",
    "account_number",
    "customer_number",
    "tenancy_ref",
    "member_number",
    "claim_id",
    "loyalty",
    "policy_number",
    "pupil_id",
]


def letter(rng, case: Case) -> Segs:
    cx = Ctx(rng, case, "formal")
    ind = case.ind
    L: list = [
        case.org,
        *case.hq,
        rng.choice(["Tel: {SWB} | {WEB}", "T {SWB}   W {WEB}", "{WEB}  ·  {SWB}"]),
        "",
        _long_date(rng),
        "",
    ]
    if not case.pii:
        name, *addr = rng.choice(SUPPLIERS).split("|")
        L += [
            rng.choice(["Accounts Payable", "The Contracts Manager", "Credit Control"]),
            name,
            *[a.strip() for a in addr[0].split(";")],
            "",
        ]
        L += [
            "Our ref: {REF}    Your ref: {LA}",
            "",
            rng.choice(["Dear Sir or Madam,", "Dear Accounts Team,", "Dear Colleagues,"]),
            "",
        ]
        L += rng.sample(ind["clean"], 3)
        L += [
            "",
            rng.choice(["Yours faithfully,", "Kind regards,"]),
            "",
            rng.choice(["Customer Services Team", "Finance Department", "Operations"]),
            case.org,
        ]
        return join(run(cx, L), "\n")
    R = case.contact
    rec = render(rng.choice([f"{{{R}.mrfull}}", f"{{{R}.mrfull}}", f"{{{R}.full}}"]), cx)
    assert case.addr is not None
    addr = case.addr.multi()
    if rng.random() < 0.25:
        rec, addr = apply(rec, upper), apply(addr, upper)
    L += [rec]
    if rng.random() < 0.08:
        L.append("c/o {T1.full}")
    L += [addr, ""]
    refs: list = []
    refable = [i for i in case.idents if i.kind in REF_KINDS]
    first = refable[0].value if refable else render("{REF}", cx)
    refs.append(
        [
            Seg(rng.choice(["Our ref: ", "Our reference: ", "Ref: "])),
            *first,
            *([Seg("    Your ref: "), *render("{LA}", cx)] if rng.random() < 0.4 else []),
        ]
    )
    refs += [
        [Seg(i.header + ": "), *i.value]
        for i in case.idents
        if (not refable or i is not refable[0]) and (rng.random() < 0.35 or (case.national and i is case.idents[0]))
    ]
    L += refs
    if R == "T1":
        L.append("Re: {S.full} (DOB {DOB}), " + rng.choice(["Year 9", "Year 7", "Year 4", "Year 11"]))
    elif rng.random() < 0.3:
        L.append(rng.choice(["Re: {S.full}, DOB {DOB}", "Re: {S.full} - {ORG}", "RE: YOUR ACCOUNT"]))
    L += ["", rng.choice([f"Dear {{{R}.mr}},", f"Dear {{{R}.mr}},", f"Dear {{{R}.given}},"]), ""]
    paras = rng.sample(ind["letter"], rng.randint(2, 3))
    if rng.random() < 0.25:
        paras.insert(
            1,
            "Our records show your date of birth as {DOB} and your contact number as {PHONE}. If either is wrong, please let us know.",
        )
    if case.addr2 is not None and rng.random() < 0.6:
        paras.append("We note that from {BDATE} your correspondence address will be {ADDR2}.")
    L += [x for p in paras for x in (p, "")]
    L += [rng.choice(["Yours sincerely,", "Kind regards,", "Yours sincerely"]), "", "{ST.full}", "{ST.title}"]
    L.append([Seg(rng.choice(["Direct line: ", "DDI: ", "Tel: "])), *cx.phone("ST")])
    L.append([Seg("Email: "), Seg(case.emails["ST"], "EMAIL_ADDRESS", "staff")])
    if rng.random() < 0.25:
        L += ["", "cc: {T2.full} ({T2.rel})"]
    return join(run(cx, L), "\n")


__all__ = ["bdate", "caps", "letter", "shorthand", "table"]
