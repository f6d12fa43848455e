"""PII styles: caps_log, form, table."""

import datetime

from .addr import GROUP_LABELS, groups
from .core import label, strip_diacritics

PERSON_ROLES = set("SATWRVJBNODMXEL")
BIZ_LABELS = {
    "BDATE": "last contact",
    "TIME": "time",
    "AMT": "amount",
    "TKT": "ticket",
    "RATE": "rate",
    "XS": "excess",
    "MODEL": "vehicle",
    "PET": "pet name",
    "BREED": "breed",
    "JOB": "job no",
    "PRIORITY": "priority",
    "REF": "referral ref",
    "ROLEJOB": "job title",
    "ORD": "order no",
    "TRK": "tracking no",
    "RMA": "rma",
    "COURSE": "programme",
    "MODULE": "module",
    "HANDSET": "device",
    "ARREARS": "arrears",
    "MPAY": "monthly payment",
}


def _is_person(key):
    return key.split(".")[0] in PERSON_ROLES and len(key.split(".")[0]) == 1


def _emit(d, ctx, key):
    v = ctx[key]
    if callable(v):
        v(d)
    else:
        d.t(v)


def _pick_fields(c, rng, k_min, k_max):
    fields = [f for f in c.ind["fields"]]
    k = min(len(fields), rng.randint(k_min, k_max))
    idx = sorted(rng.sample(range(len(fields)), k))
    return [fields[i] for i in idx]


# ----------------------------------------------------------------- caps_log
def caps_log(d, c, ctx, rng):
    strip = rng.random() < 0.5
    app = rng.choice(c.ind["apps"])
    events = c.ind["log"]
    t = datetime.datetime(
        2026, rng.randint(1, 4), rng.randint(1, 28), rng.randint(7, 18), rng.randint(0, 59), rng.randint(0, 59)
    )
    tsf = rng.randrange(4)
    eq = rng.random() < 0.6
    sep = " " if eq else rng.choice([" | ", "; ", "  "])
    host = rng.choice(["", "host=app-0%d " % rng.randint(1, 9), "pid=%d " % rng.randint(1000, 99999)])

    def stamp():
        nonlocal t
        t += datetime.timedelta(seconds=rng.randint(1, 95), milliseconds=rng.randint(0, 999))
        ms = t.microsecond // 1000
        return [
            t.strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % ms,
            t.strftime("%Y-%m-%d %H:%M:%S") + ",%03d" % ms,
            t.strftime("%d/%m/%Y %H:%M:%S"),
            t.strftime("%b %d %H:%M:%S"),
        ][tsf]

    def line(level, pairs):
        d.t("%s %-5s [%s] %s" % (stamp(), level, app, host))
        for i, (k, v) in enumerate(pairs):
            if i:
                d.t(sep)
            d.t(k + ("=" if eq else ": "))
            q = eq and (
                (callable(ctx.get(v)) and (_is_person(v) or v.startswith("ADDR")))
                or (isinstance(ctx.get(v), str) and " " in ctx[v])
            )
            if v in ctx:
                if q:
                    d.t('"')
                _emit(d, ctx, v)
                if q:
                    d.t('"')
            else:
                d.t(v)
        d.t("\n")

    fields = _pick_fields(c, rng, 2, 4)
    cv = rng.choice(["UPPER", "UPPER", "raw"])
    lab = lambda ls: label(rng.choice(ls), cv).replace(" ", "_")
    line("INFO", [("EVT", events[0])] + [(lab(ls), k) for k, ls in fields[:2]])
    name_key = rng.choice(["S", "S", "S.sg", "S.fp"])
    line(
        "DEBUG",
        [
            (rng.choice(["NAME", "CUST_NAME", "SUBJECT", "HOLDER", "PARTY"]), name_key),
            (rng.choice(["DOB", "BIRTH_DT", "D_O_B"]), "DOB"),
        ],
    )
    if rng.random() < 0.5:
        line("DEBUG", [(rng.choice(["ADDR", "ADDRESS", "POSTAL_ADDR"]), "ADDR")])
    else:
        line("DEBUG", [("ADDR_L1", "ADDR.st"), (rng.choice(["POSTCODE", "ZIP", "PC"]), "ADDR.pc")])
    contact = [(rng.choice(["TEL", "MSISDN", "PHONE", "MOB"]), "PHONE")]
    if rng.random() < 0.4:
        contact.append((rng.choice(["EMAIL", "MAIL", "E_MAIL"]), "EMAIL"))
    line(rng.choice(["DEBUG", "INFO"]), contact)
    rest = fields[2:]
    for j in range(0, len(rest), 2):
        ev = events[1 + (j // 2) % (len(events) - 1)]
        line(rng.choice(["INFO", "INFO", "WARN"]), [("EVT", ev)] + [(lab(ls), k) for k, ls in rest[j : j + 2]])
    line(
        "INFO",
        [
            ("STATUS", rng.choice(["OPEN", "PENDING", "IN_PROGRESS", "ESCALATED"])),
            ("SLA_DUE", "BDATE2"),
            ("AMOUNT", "AMT"),
            ("TICKET", "TKT"),
        ],
    )
    line(
        "INFO",
        [
            ("AGENT", rng.choice(["A.is", "A.fp", "A.ib"])),
            ("ACTION", events[-1]),
            ("QUEUE", c.team.upper().replace(" ", "_")),
        ],
    )

    def tf(text, sp):
        if strip:
            text = strip_diacritics(text)
        return text.upper()

    return tf


# --------------------------------------------------------------------- form
def _name_fields(rng):
    if rng.random() < 0.5:
        return [(rng.choice(["full name", "name", "customer name", "your name"]), "S")]
    return [
        (rng.choice(["first name", "forename", "given name"]), "S.g"),
        (rng.choice(["surname", "last name", "family name"]), "S.s"),
    ]


def _form_fields(d, c, ctx, rng):
    title = rng.choice(
        [
            "Online change of details form",
            "Web enquiry – %s" % c.team,
            "Contact us submission",
            "Callback request",
            "%s – online form" % c.org,
        ]
    )
    conv = rng.choice(["Title", "Sentence", "UPPER", "raw"])
    sep = rng.choice([": ", ": ", " = ", ":\t"])
    d.t("%s\nSubmitted: %s %s\n\n" % (title, c.biz["BDATE"], c.biz["TIME"]))
    fields = _name_fields(rng) + [(rng.choice(["date of birth", "dob", "birth date"]), "DOB")]
    for g, parts in groups(c.addr):
        fields.append((rng.choice(GROUP_LABELS[g]), ("ADDR_GROUP", parts)))
    if rng.random() < 0.5:
        fields.append(("country", ("PLAIN", c.addr.country)))
    fields.append((rng.choice(["mobile", "phone", "contact number", "telephone"]), "PHONE"))
    if rng.random() < 0.7:
        fields.append((rng.choice(["email", "email address", "e-mail"]), "EMAIL"))
    for k, ls in _pick_fields(c, rng, 2, 4):
        fields.append((rng.choice(ls), k))
    fields.append(
        (
            rng.choice(["preferred contact time", "best time to call"]),
            ("PLAIN", rng.choice(["Morning", "After 5pm", "Any time"])),
        )
    )
    fields.append(("consent to contact", ("PLAIN", rng.choice(["Yes", "Y", "true"]))))
    for lab_, v in fields:
        d.t(label(lab_, conv) + sep)
        _value(d, c, ctx, v)
        d.t("\n")


def _value(d, c, ctx, v):
    if isinstance(v, tuple):
        if v[0] == "PLAIN":
            d.t(v[1])
        else:
            for i, (text, kind) in enumerate(v[1]):
                if i:
                    d.t(", ")
                d.loc(text, kind, c.addr.cc)
    else:
        _emit(d, ctx, v)


def _form_json(d, c, ctx, rng):
    pretty = rng.random() < 0.5
    nl, ind = ("\n", "  ") if pretty else ("", "")
    sp = " " if pretty or rng.random() < 0.5 else ""

    def key(phrase):
        return label(phrase, rng.choice(["camel", "snake", "Pascal", "UPPER", "kebab"]))

    items = [(key(p), v) for p, v in _name_fields(rng)]
    items.append((rng.choice(["DOB", "dob", "dateOfBirth", "birth_date", "d_o_b"]), "DOB"))
    addr = [
        (
            key(
                {"street": "line 1", "line2": "line 2", "city": "town", "region": "region", "postcode": "post code"}[g]
            ),
            ("ADDR_GROUP", parts),
        )
        for g, parts in groups(c.addr)
    ]
    items.append((rng.choice(["tel", "phoneNumber", "mobile_no", "MSISDN", "contactPhone"]), "PHONE"))
    items.append((rng.choice(["email", "e_mail", "emailAddress", "EMAIL"]), "EMAIL"))
    for k, ls in _pick_fields(c, rng, 1, 3):
        items.append((key(rng.choice(ls)), k))
    items.append(("channel", ("PLAIN", rng.choice(["web", "app", "ivr"]))))
    items.append(("submittedAt", ("PLAIN", "%s %s" % (c.biz["BDATE"], c.biz["TIME"]))))
    d.t(rng.choice(["payload: ", "request body: ", ""]) + "{" + nl)
    allitems = items[:3] + [(rng.choice(["address", "addr", "homeAddress"]), addr)] + items[3:]
    for i, (k, v) in enumerate(allitems):
        d.t(ind + '"%s":%s' % (k, sp))
        if isinstance(v, list):
            d.t("{")
            for j, (k2, v2) in enumerate(v):
                d.t('"%s":%s"' % (k2, sp))
                _value(d, c, ctx, v2)
                d.t('"' + ("," + sp if j < len(v) - 1 else ""))
            d.t("}")
        else:
            d.t('"')
            _value(d, c, ctx, v)
            d.t('"')
        d.t(("," if i < len(allitems) - 1 else "") + (nl if pretty else sp))
    d.t("}\n")


def _form_kv(d, c, ctx, rng):
    conv = rng.choice(["snake", "camel", "kebab"])
    joiner = rng.choice(["\n", "&", "; "])
    pairs = [(p, v) for p, v in _name_fields(rng)] + [
        ("dob", "DOB"),
        (("postcode", "ADDR.pc") if c.addr.first("postal_code") else ("town", "ADDR.city")),
        ("phone", "PHONE"),
    ]
    pairs += [(rng.choice(ls), k) for k, ls in _pick_fields(c, rng, 1, 3)]
    d.t(rng.choice(["", "POST /api/v2/contact\n", "form_data: "]))
    for i, (p, v) in enumerate(pairs):
        if i:
            d.t(joiner)
        d.t(label(p, conv) + "=")
        _emit(d, ctx, v)
    d.t("\n")


def _form_sms(d, c, ctx, rng):
    d.t(rng.choice(["SMS inbound", "Text message received", "SMS"]) + " %s %s from " % (c.biz["BDATE"], c.biz["TIME"]))
    ctx["PHONE"](d)
    d.t(":\n")
    keys = [
        k
        for k, _ in c.ind["fields"]
        if k in c.items
        and (
            c.items[k][0] in ("CLAIM_ID", "POLICY_NUMBER", "ACCOUNT_NUMBER", "MRN")
            or c.items[k][1] in ("student_id", "employee_id")
        )
    ]
    k = rng.choice(keys)
    d.fill(_sms_tpl(rng, k), ctx)


def _sms_tpl(rng, k):
    return rng.choice(
        [
            "hi its {S.g} {S.s}, ref {%s}. i have moved, new address is {ADDR}. dob {DOB} if u need it\n" % k,
            "Hello this is {S} about {%s}. Please call me back, I am free after {TIME2}\n" % k,
            "{S.fp} here re {%s} - pls send forms to {EMAIL} not the post. thx\n" % k,
        ]
    )


def form(d, c, ctx, rng):
    kinds = rng.sample(["fields", "json", "kv", "sms"], rng.choice([1, 1, 2]))
    for i, k in enumerate(kinds):
        if i:
            d.t(rng.choice(["\n", "\n---\n", "\n\n"]))
        {"fields": _form_fields, "json": _form_json, "kv": _form_kv, "sms": _form_sms}[k](d, c, ctx, rng)
    return None


# -------------------------------------------------------------------- table
def table(d, c, ctx, rng):
    delim = rng.choice([",", "|", "\t", ";"])
    n = rng.choice([3, 3, 3, 4])
    rows = [(c, ctx)]
    for _ in range(n - 1):
        rc = c.row_case()
        rows.append((rc, rc.ctx(rng)))
    cols = []
    ind = c.ind
    cols.append((rng.choice(ind["table_biz"]), None))
    if rng.random() < 0.3:
        cols += [
            (rng.choice(["surname", "last name", "family name"]), "S.s"),
            (rng.choice(["first name", "forename", "given"]), "S.g"),
        ]
    else:
        cols.append(
            (
                rng.choice(["name", "customer", "holder name"]),
                rng.choice(["S", "S.fp"] + (["S.sg"] if delim != "," else [])),
            )
        )
    pii = rng.sample(
        [
            ("dob", "DOB"),
            ("phone", "PHONE"),
            ("email", "EMAIL"),
            ("postcode", "ADDR.pc"),
            ("town", "ADDR.city"),
            ("address", "ADDR.st"),
        ],
        rng.randint(1, 2),
    )
    items = rng.sample(ind["table"], 1)
    biz = rng.sample([b for b in ind["table_biz"] if b != cols[0][0]], 2)
    label_of = dict(BIZ_LABELS)
    label_of.update({f[0]: f[1][0] for f in ind["fields"]})
    cols += pii + [(label_of.get(k, k.lower()), k) for k in items] + [(label_of.get(b, b.lower()), b) for b in biz]
    cols[0] = (label_of.get(cols[0][0], cols[0][0].lower()), cols[0][0])
    conv = rng.choice(["snake", "UPPER", "Title", "camel"])
    pipe = delim == "|"
    pre, post, sep = ("| ", " |", " | ") if pipe and rng.random() < 0.6 else ("", "", delim)
    d.t(rng.choice(["", "export_%s.csv\n" % c.biz["BATCH"].lower(), "%s report – %s\n" % (c.team, c.biz["BDATE"])]))
    d.t(pre + sep.join(label(h, conv) for h, _ in cols) + post + "\n")
    if pre:
        d.t(pre + sep.join("---" for _ in cols) + post + "\n")
    for rc, rctx in rows:
        d.t(pre)
        for j, (_, key) in enumerate(cols):
            if j:
                d.t(sep)
            sub = d.sub()
            _emit(sub, rctx, key)
            raw = sub.raw()
            quote = (not pipe) and (delim in raw or '"' in raw or (delim == "," and rng.random() < 0.15))
            if quote:
                d.t('"')
            d.extend(sub)
            if quote:
                d.t('"')
        d.t(post + "\n")
    return None
