"""Styles: caps_log, form, table."""

import datetime

from .generic import GEN

CAPS_PII = [
    ("NAME|CUST_NAME|NM|CUSTNM|HOLDER|KUNDE", "{R:{p1.inv}|{p1}|{p1.inv}}"),
    ("DOB|BIRTH_DT|DOB_DT|GEB_DAT|F_NAC", "{dob1}"),
    ("TEL|PHONE|MOB|CONTACT|PH_NO|CELL", "{ph1}"),
    ("ADDR|ADDRESS|HOME_ADDR|RES_ADDR|ANSCHRIFT|DIR", "{a1}"),
    ("EMAIL|EMAIL_ADDR|MAIL", "{em1}"),
    ("NOK|KIN|REL|CONTACT2|ALT_CONTACT", "{R:{p2.inv} ({REL2})|{p2} {REL2} {ph2}|{p2.inv}}"),
    ("USR|OPR|USERID|AGENT|UPD_BY", "{p3.u}"),
]
CAPS_NP = [
    ("AMT|AMOUNT|PAID|BAL|TOTAL", "{X:amount}"),
    ("INV|INVOICE|INV_NO", "{X:invoice}"),
    ("ORD|ORDER|PO", "{X:order}"),
    ("TKT|TICKET|INC", "{X:ticket}"),
    ("STATUS|STAT|ST", "{V:status}"),
    ("JOB|WO|JOBNO", "{X:job}"),
    ("VER|APP_VER|BUILD", "{X:version}"),
    ("DT|SVC_DT|EFF_DT", "{X:date}"),
    ("TRK|TRACKING|AWB", "{X:tracking}"),
    ("CH|CHANNEL|SRC", "{R:WEB|IVR|BRANCH|APP|AGENT|POST}"),
    ("REF|XREF|EXT_REF", "{X:ref}"),
    ("TM|TIME", "{X:time}"),
    ("SITE|BRANCH|LOC", "{OFFICE}"),
    ("NEXT|FOLLOWUP", "{X:date}"),
]


def _ts(r, t, fmt):
    s = t.strftime
    return [
        s("%Y-%m-%d %H:%M:%S"),
        s("%d%b%y %H%M").upper(),
        s("%Y%m%dT%H%M%SZ"),
        s("%m/%d/%y %H:%M:%S"),
        s("%Y.%j %H:%M:%S") + ".%03d" % r.randint(0, 999),
    ][fmt]


def _start(r):
    return datetime.datetime(2024, 1, 1, 7, 0) + datetime.timedelta(days=r.randint(0, 600), minutes=r.randint(0, 600))


def caps_log(ctx, doc):
    r, ind = ctx.r, ctx.ind
    doc.case = "upper"
    doc.strip = r.random() < 0.5
    sep = r.choice([" ", " | ", ";", " ; ", "  ", " "])
    kv = r.choice(["=", "=", ": ", ":"])
    fmt = r.randrange(5)
    pfx = r.randrange(4)
    t = _start(r)
    pii = []
    if ctx.pii:
        pool = CAPS_PII[1:] + ind["caps"]
        pii = [CAPS_PII[0]] + r.sample(pool, min(len(pool), r.randint(2, 4)))
    npf = r.sample(CAPS_NP + ind["np_caps"], r.randint(2, 4) if ctx.pii else r.randint(6, 9))
    fields = pii[:1] + npf[:1] + r.sample(pii[1:] + npf[1:], len(pii[1:]) + len(npf[1:]))
    notes = ind["short"] + GEN["short"] if ctx.pii else ind["np_short"] + GEN["np_short"]
    n_notes = r.randint(1, 2)
    lines, i = [], 0
    while i < len(fields):
        k = r.randint(1, 3)
        lines.append(("f", fields[i : i + k]))
        i += k
    for _ in range(n_notes):
        lines.insert(r.randint(1, len(lines)), ("n", r.choice(notes)))
    for li, (what, content) in enumerate(lines):
        if li:
            doc.t("\n")
        t += datetime.timedelta(seconds=r.randint(1, 400))
        ts = _ts(r, t, fmt)
        lvl = r.choice(["INFO", "INFO", "AUDIT", "UPD", "WARN"] if what == "f" else ["NOTE", "INFO", "MEMO"])
        prefix = [
            "%s %s %s " % (ts, "{SYS}", lvl),
            "%s [%s] " % (ts, "{SYS}"),
            "%s %s.%s %s: " % (ts, "{SYS}", r.choice(["TX0412", "UPD", "INQ", "CHG", "ADD"]), lvl),
            "%s|%s|%s|" % (ts, "{SYS}", lvl),
        ][pfx]
        ctx.expand(doc, prefix)
        if what == "n":
            ctx.expand(doc, r.choice(["NOTE", "RMK", "TXT", "MEMO"]) + kv + content)
            continue
        for fi, (keys, val) in enumerate(content):
            if fi:
                doc.t(sep, typo=False)
            doc.t(r.choice(keys.split("|")) + kv, typo=False)
            ctx.expand(doc, val)


FK = {
    "first": "first_name|firstName|FirstName|fname|given_name|nombre|Vorname|prénom",
    "last": "last_name|lastName|LastName|surname|lname|apellidos|Nachname|nom|family_name",
    "name": "name|Name|customer_name|full_name|kontakt|contact|Kunde|titular|holder",
    "dob": "dob|DOB|date_of_birth|birthDate|Geburtsdatum|fecha_nac|date_naissance|birth_dt",
    "addr": "address|addr|Anschrift|direccion|adresse|home_address|postal_address",
    "addr1": "addr_line1|address1|street|Straße|direccion|adresse|address_line_1|addressLine1",
    "city": "city|town|Ort|ciudad|ville|locality|City",
    "district": "district|suburb|area|Ortsteil|barrio|quartier",
    "region": "state|region|province|county|Bundesland|provincia",
    "zip": "zip|ZIP|postcode|postal_code|PLZ|cp|code_postal|zipCode",
    "phone": "phone|tel|mobile|Telefon|celular|handy|phone_number|mobileNo|contact_no",
    "email": "email|e-mail|mail|correo|emailAddress|E-Mail",
    "rel": "emergency_contact|nok|next_of_kin|kontaktperson|contacto_emergencia|alt_contact",
}
FORM_NP = [
    ("date|created|created_at|fecha|Datum", "{X:date}"),
    ("amount|total|Betrag|importe|montant", "{X:amount}"),
    ("status|state|estado|Status", "{V:status}"),
    ("ref|reference|ticket|case_ref", "{X:ref}"),
    ("channel|source|canal", "{R:web|app|phone|branch|email}"),
    ("branch|site|depot|office", "{OFFICE}"),
    ("version|app_version|client", "{X:version}"),
    ("note|comment|remarks|Bemerkung", "{V:np_note}"),
]


def _fields(ctx):
    """Return list of (key, emitter) for the record."""
    r, ind = ctx.r, ctx.ind
    out = []
    pick = lambda c: r.choice(FK[c].split("|"))
    pick_k = lambda k: r.choice(k.split("|"))
    if ctx.pii:
        p1 = ctx.P("p1")
        if p1.sur() and r.random() < 0.6:
            out += [(pick("first"), "{p1.g}"), (pick("last"), "{p1.s}")]
        else:
            out.append((pick("name"), "{R:{p1}|{p1.inv}}"))
        extra = [(pick("dob"), "{dob1}"), (pick("phone"), "{ph1}"), (pick("email"), "{em1}")]
        extra = r.sample(extra, r.randint(2, 3))
        out += extra[:1]
        if r.random() < 0.25:
            pass
        elif r.random() < 0.5:
            out.append((pick("addr"), "{a1}"))
        else:
            street, rest = ctx.A("a1").columns()
            out.append((pick("addr1"), street))
            for c, k in (("district", "district"), ("city", "city"), ("region", "region"), ("zip", "postal_code")):
                if k in rest and (c != "district" or r.random() < 0.5):
                    out.append((pick(c), [rest[k]]))
        out += extra[1:]
        out += [(pick_k(k), v) for k, v in r.sample(ind["form"], min(len(ind["form"]), r.randint(1, 3)))]
        if r.random() < 0.3:
            out.append((pick("rel"), "{R:{p2} ({REL2}) {ph2}|{p2}, {ph2}}"))
        out += [(pick_k(k), v) for k, v in r.sample(FORM_NP + ind["np_form"], r.randint(1, 3))]
    else:
        out += [
            (pick_k(k), v)
            for k, v in r.sample(FORM_NP + ind["np_form"], min(len(FORM_NP + ind["np_form"]), r.randint(6, 9)))
        ]
    return out


def _val(ctx, doc, v):
    if isinstance(v, str):
        ctx.expand(doc, v)
    else:
        doc.tokens(v, ctx.A("a1").cc)


def form(ctx, doc):
    r = ctx.r
    sub = r.choices(["kv", "field", "json", "sms"], [3, 3, 3, 2])[0]
    if sub == "sms":
        pool = ctx.ind["sms"] if ctx.pii else ctx.ind["np_sms"]
        first = r.choice(pool)
        out = first.startswith("{ORG}")
        body = [first] + (
            [t for t in pool if t != first and t.startswith("{ORG}") == out][:1] if r.random() < 0.5 else []
        )
        if not ctx.pii:
            head = r.choice(
                [
                    "[SMS OUT] {X:date} {X:time} sender={ORG}\n",
                    "SMS template v{R:2|3|4}\n",
                    "Bulk SMS | campaign {X:ticket} | {X:date}\n",
                ]
            )
        elif out:
            head = r.choice(
                [
                    "SMS to {ph1} | {X:date} {X:time}\n",
                    "[SMS OUT] {X:date} {X:time} -> {ph1}\n",
                    "To: {ph1}\nSent: {X:date} {X:time}\n",
                ]
            )
        else:
            head = r.choice(
                [
                    "From: {ph1}\nReceived: {X:date} {X:time}\n",
                    "sms_in from={ph1} ts={X:date}\n",
                    "[SMS IN] {X:date} {X:time} <- {ph1}\n",
                ]
            )
        ctx.expand(doc, head)
        ctx.expand(doc, "\n".join(body))
        return
    fields = _fields(ctx)
    if sub == "kv":
        eq = r.choice(["=", "=", ": ", " = "])
        for i, (k, v) in enumerate(fields):
            doc.t(("\n" if i else "") + k + eq, typo=False)
            _val(ctx, doc, v)
    elif sub == "field":
        ctx.expand(
            doc, r.choice(["{ORG} - {V:formtitle}\n", "{V:formtitle}\n----------\n", "", "Form v{R:2|3|4}.{R:0|1|2}\n"])
        )
        for i, (k, v) in enumerate(fields):
            k = k.replace("_", " ").strip()
            doc.t(("\n" if i else "") + k[:1].upper() + k[1:] + ": ", typo=False)
            _val(ctx, doc, v)
    else:
        ind_ = r.choice(["\n  ", "\n    ", " "])
        doc.t("{", typo=False)
        for i, (k, v) in enumerate(fields):
            doc.t((("," if i else "") + ind_) + '"' + k + '": "', typo=False)
            _val(ctx, doc, v)
            doc.t('"', typo=False)
        doc.t(("\n}" if ind_ != " " else " }"), typo=False)


TABLE_GEN = [
    ("name", "Name|Customer|Full Name|Kunde|Nombre|Client", "{p1}"),
    ("inv", "Surname, First|NAME|Nom, Prénom", "{p1.inv}"),
    ("split", None, None),
    ("dob", "DOB|Date of Birth|Geb.-Datum|F. Nac.|D.O.B", "{dob1}"),
    ("addr", None, None),
    ("phone", "Phone|Tel|Mobile|Telefon|Contact No|Cell", "{ph1}"),
    ("email", "Email|E-mail|Mail", "{em1}"),
]
TABLE_NP = [
    ("Amount|Balance|Betrag|Importe|Fee", "{X:amount}"),
    ("Date|Svc Date|Visit|Fecha|Datum", "{X:date}"),
    ("Status|State|Estado", "{V:status}"),
    ("Ref|Ticket|Case Ref", "{X:ref}"),
    ("Product|Item|SKU", "{R:{X:sku}|{X:model}}"),
    ("Time|Slot", "{X:time}"),
    ("Note|Comment", "{V:np_note}"),
]


def _np_cols(ind):
    own = set(h for c in ind["np_table"] for h in c[0].split("|"))
    return [c for c in TABLE_NP if not own.intersection(c[0].split("|"))] + ind["np_table"]


def table(ctx, doc):
    r, ind = ctx.r, ctx.ind
    sep = r.choice([",", "|", "\t", ";", " | "])
    quote = sep == "," and r.random() < 0.9
    cols = []
    if ctx.pii:
        nm = r.choice(["name", "inv", "split", "split"])
        cols.append(nm)
        for c in r.sample(["dob", "addr", "phone", "email", "phone", "dob"], r.randint(1, 2)):
            if c not in cols:
                cols.append(c)
        cols += r.sample(ind["table"], 1 if r.random() < 0.6 else 2)
        if r.random() < 0.5:
            cols.append(
                (
                    "Handled by|Agent|Tech|Sachbearbeiter|Owner|Adviser",
                    r.choice(["{p3}", "{p3.u}", "{p3.ii}", "{p3.i}"]),
                )
            )
        cols += r.sample(_np_cols(ind), r.randint(1, 2))
    else:
        cols = r.sample(_np_cols(ind), min(len(_np_cols(ind)), r.randint(5, 7)))
    # header
    heads = []
    gen = dict((c[0], c) for c in TABLE_GEN)
    addr_cols = r.choice([["street", "city", "pc"], ["street", "city"], ["city", "pc"], ["full"]])
    for c in cols:
        if c == "split":
            heads += [
                r.choice(["First", "First Name", "FirstName", "Vorname", "Nombre", "Prénom"]),
                r.choice(["Last", "Surname", "LastName", "Nachname", "Apellidos", "Nom"]),
            ]
        elif c == "addr":
            for a in addr_cols:
                heads.append(
                    r.choice(
                        {
                            "street": "Address|Street|Addr1|Address Line 1|Straße|Dirección",
                            "city": "City|Town|Ort|Ciudad",
                            "region": "State|Region|County|Province",
                            "pc": "Postcode|ZIP|PLZ|Postal Code|CP",
                            "full": "Address|Home Address|Anschrift",
                        }[a].split("|")
                    )
                )
        elif isinstance(c, str):
            heads.append(r.choice(gen[c][1].split("|")))
        else:
            heads.append(r.choice(c[0].split("|")))
    q = '"' if quote else ""
    doc.t(sep.join(q + h + q for h in heads) + "\n", typo=False)
    nrows = r.choice([2, 2, 3]) if ctx.pii else r.randint(3, 6)
    for ri in range(nrows):
        if ctx.pii:
            ctx.people["p1"] = ctx.new_person("customer", age=ind.get("age1", (22, 88)))
            ctx.people.pop("p2", None)
            ctx.addrs.pop("a1", None)
            ctx.vals = {k: v for k, v in ctx.vals.items() if k == "sys"}
        first = True
        for c in cols:
            parts = []
            if c == "split":
                p1 = ctx.P("p1")
                parts = ["{p1.g}", "{p1.s}" if p1.sur() else "{p1.g}"]
                if not p1.sur():
                    parts = ["{p1}", ""]
            elif c == "addr":
                a = ctx.A("a1")
                street, rest = a.columns()
                for ac in addr_cols:
                    parts.append(
                        a.tokens()
                        if ac == "full"
                        else street
                        if ac == "street"
                        else [rest[{"city": "city", "region": "region", "pc": "postal_code"}[ac]]]
                        if {"city": "city", "region": "region", "pc": "postal_code"}[ac] in rest
                        else []
                    )
            elif isinstance(c, str):
                parts = [gen[c][2]]
            else:
                parts = [c[1]]
            for part in parts:
                if not first:
                    doc.t(sep, typo=False)
                first = False
                if part == "" or part == []:
                    continue
                doc.t(q, typo=False)
                if isinstance(part, str):
                    ctx.expand(doc, part)
                else:
                    doc.tokens(part, ctx.A("a1").cc)
                doc.t(q, typo=False)
        if ri < nrows - 1:
            doc.t("\n")
