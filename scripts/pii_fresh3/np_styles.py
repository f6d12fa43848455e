"""No-PII records in the caps_log, form, table, chat, narrative, shorthand,
transcript and letter styles (only look-alikes, no spans).  The email and ocr
no-PII builders are in nonpii.py."""

import datetime

from .core import ABBR_CHAT, ABBR_SHORT, abbreviate, label, strip_diacritics, typos
from .lookalike import BRANCHES, biz_common, currency_for
from .nonpii import _Org, np_ctx
from .np_text import MAILBOXES, NP
from .np_text2 import ADDRESSEES, GENERIC_NOTES, NP2, SALUTATIONS
from .styles_a import BIZ_LABELS
from .styles_b import _subset

GEN_LABELS = {
    "TKT": "ticket",
    "INV": "invoice no",
    "JOB": "job no",
    "PO": "po number",
    "BATCH": "batch",
    "VER": "version",
    "ASSET": "asset tag",
    "FLEET": "fleet no",
    "COUNT": "volume",
    "PCT": "change",
    "AMT2": "materials",
    "AMT3": "total",
    "ORD": "order no",
    "TRK": "tracking no",
    "RMA": "rma",
    "BDATE2": "due date",
    "BRAND": "supplier",
    "BRANCH": "branch",
    "SWITCH": "switchboard",
}
GENERIC_KEYS = ["TKT", "INV", "JOB", "PO", "BATCH", "VER", "ASSET", "FLEET", "COUNT", "PCT", "AMT2", "AMT3", "BDATE2"]
SYS_EVENTS = [
    "BATCH_STARTED",
    "HEALTHCHECK_OK",
    "CONFIG_RELOADED",
    "CACHE_WARMED",
    "RETRY_SCHEDULED",
    "EXPORT_COMPLETED",
    "BATCH_COMPLETED",
]


def _biz_fields(ind, ctx):
    """The industry's form fields that hold business values only."""
    return [(k, ls) for k, ls in ind["fields"] if k in ctx]


def _labels(ind):
    out = dict(GEN_LABELS)
    out.update(BIZ_LABELS)
    out.update({k: ls[0] for k, ls in ind["fields"]})
    return out


def _row(rng, ind, cur):
    r = biz_common(rng, cur)
    r.update(ind["biz"](rng, _Org(cur)))
    return r


def _other_branch(ctx, rng):
    return rng.choice([b for b in BRANCHES if b != ctx["BRANCH"]])


# ----------------------------------------------------------------- caps_log
def caps_log(d, ind, rng):
    ctx = np_ctx(rng, ind)
    strip = rng.random() < 0.5
    app = rng.choice(ind["apps"])
    events = ind["log"]
    t = datetime.datetime(
        2026, rng.randint(1, 4), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    )
    tsf = rng.randrange(4)
    eq = rng.random() < 0.6
    sep = " " if eq else rng.choice([" | ", "; ", "  "])
    host = rng.choice(["", "host=app-0%d " % rng.randint(1, 9), "pid=%d " % rng.randint(1000, 99999)])
    cv = rng.choice(["UPPER", "UPPER", "raw"])

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
            v = ctx.get(v, v)
            q = eq and " " in v
            d.t((sep if i else "") + k + ("=" if eq else ": ") + ('"%s"' % v if q else v))
        d.t("\n")

    fields = _biz_fields(ind, ctx)
    fields = [fields[i] for i in sorted(rng.sample(range(len(fields)), min(len(fields), rng.randint(1, 3))))]
    lab = lambda ls: label(rng.choice(ls), cv).replace(" ", "_")
    line("INFO", [("EVT", "BATCH_STARTED"), ("BATCH", "BATCH"), ("VERSION", "VER")])
    line("INFO", [("EVT", events[0]), ("TICKET", "TKT")] + [(lab(ls), k) for k, ls in fields[:2]])
    if rng.random() < 0.5:
        line("DEBUG", [(rng.choice(["SUPPLIER", "VENDOR", "PARTNER"]), "BRAND"), ("BRANCH", "BRANCH")])
    else:
        line(
            "DEBUG",
            [
                ("USER", rng.choice(["svc_batch", "SYSTEM", "scheduler", "etl-runner"])),
                ("ROLE", rng.choice(["TEAM_LEADER", "DUTY_MANAGER", "READ_ONLY", "ADMIN"])),
            ],
        )
    if rng.random() < 0.6:
        line(
            "WARN",
            [
                ("EVT", "RETRY_SCHEDULED"),
                ("ATTEMPT", str(rng.randint(2, 5))),
                (
                    "ENDPOINT",
                    rng.choice(["/api/v2/notify", "/internal/mi/export", "/sftp/inbound", "/queue/%s" % ind["key"]]),
                ),
            ],
        )
    for k, ls in fields[2:]:
        line(rng.choice(["INFO", "DEBUG"]), [("EVT", rng.choice(events[1:])), (lab(ls), k)])
    line(
        "INFO",
        [
            ("EVT", rng.choice(["EXPORT_COMPLETED", "BATCH_COMPLETED"])),
            ("COUNT", "COUNT"),
            ("AMOUNT", "AMT"),
            ("DURATION_MS", str(rng.randint(80, 90000))),
        ],
    )
    line("INFO", [("AGENT", "SYSTEM"), ("ACTION", events[-1]), ("QUEUE", ctx["TEAM"].upper().replace(" ", "_"))])

    def tf(text, sp):
        if strip:
            text = strip_diacritics(text)
        return text.upper()

    return tf


# --------------------------------------------------------------------- form
def _form_fields(d, ctx, ind, rng):
    title = rng.choice(
        [
            "Supplier contact form",
            "Partner enquiry – %s" % ctx["TEAM"],
            "Web form – business account",
            "%s – supplier portal" % ctx["ORG"],
        ]
    )
    conv = rng.choice(["Title", "Sentence", "UPPER", "raw"])
    sep = rng.choice([": ", ": ", " = ", ":\t"])
    d.t("%s\nSubmitted: %s %s\n\n" % (title, ctx["BDATE"], ctx["TIME"]))
    brand = ctx["BRAND"]
    fields = [
        (rng.choice(["organisation", "company name", "business name"]), brand),
        (rng.choice(["registered office", "business address", "head office"]), _other_branch(ctx, rng)),
        (
            rng.choice(["contact role", "department"]),
            rng.choice(["Accounts Payable", "Operations Manager", "Office Manager", "Service Desk"]),
        ),
        (rng.choice(["switchboard", "office phone", "main number"]), ctx["SWITCH"]),
        (rng.choice(["reply to", "route to"]), "%s@%s" % (rng.choice(MAILBOXES), ctx["DOMAIN"])),
    ]
    for k, ls in _biz_fields(ind, ctx)[: rng.randint(1, 3)]:
        fields.append((rng.choice(ls), ctx[k]))
    fields += [
        (rng.choice(["invoice ref", "po number"]), ctx[rng.choice(["INV", "PO"])]),
        ("consent to contact", rng.choice(["Yes", "Y", "true"])),
    ]
    for lab_, v in fields:
        d.t(label(lab_, conv) + sep + v + "\n")


def _form_json(d, ctx, ind, rng):
    pretty = rng.random() < 0.5
    nl, ind_ = ("\n", "  ") if pretty else ("", "")
    sp = " " if pretty or rng.random() < 0.5 else ""

    def key(phrase):
        return label(phrase, rng.choice(["camel", "snake", "Pascal", "UPPER", "kebab"]))

    items = [(key("event type"), rng.choice(ind["log"])), (key("ticket"), ctx["TKT"]), (key("batch id"), ctx["BATCH"])]
    for k, ls in _biz_fields(ind, ctx)[: rng.randint(1, 3)]:
        items.append((key(rng.choice(ls)), ctx[k]))
    items += [
        (key("amount"), ctx["AMT"]),
        (key("branch"), ctx["BRANCH"]),
        (key("app version"), ctx["VER"]),
        ("channel", rng.choice(["web", "app", "batch"])),
        ("submittedAt", "%s %s" % (ctx["BDATE"], ctx["TIME"])),
    ]
    d.t(rng.choice(["payload: ", "request body: ", ""]) + "{" + nl)
    for i, (k, v) in enumerate(items):
        d.t(
            ind_
            + '"%s":%s"%s"' % (k, sp, v.replace('"', '\\"'))
            + ("," if i < len(items) - 1 else "")
            + (nl if pretty else sp)
        )
    d.t("}\n")


def _form_kv(d, ctx, ind, rng):
    conv = rng.choice(["snake", "camel", "kebab"])
    joiner = rng.choice(["\n", "&", "; "])
    pairs = [("job", ctx["JOB"]), ("status", rng.choice(["open", "closed", "pending"])), ("team", ctx["TEAM"])]
    pairs += [(rng.choice(ls), ctx[k]) for k, ls in _biz_fields(ind, ctx)[: rng.randint(1, 2)]]
    pairs += [("amount", ctx["AMT2"]), ("due date", ctx["BDATE2"])]
    d.t(rng.choice(["", "POST /api/v2/jobs\n", "form_data: "]))
    d.t(joiner.join(label(p, conv) + "=" + v for p, v in pairs) + "\n")


SMS_TPL = [
    "Hi [first name], your reference {TKT} has been updated. Call us on {SWITCH} if you have any questions. Reply STOP to opt out.",
    "{ORG}: your appointment for job {JOB} is confirmed for {BDATE2} between {TIME} and {TIME2}. Do not reply to this message.",
    "{ORG}: we will never ask for your password or a one-time code by text. Questions? Call {SWITCH}.",
]


def _form_sms(d, ctx, ind, rng):
    d.t(
        rng.choice(["SMS outbound template (preview)", "Text message template", "SMS broadcast"])
        + " %s %s:\n" % (ctx["BDATE"], ctx["TIME"])
    )
    d.fill(rng.choice(SMS_TPL) + "\n", ctx)


def form(d, ind, rng):
    ctx = np_ctx(rng, ind)
    kinds = rng.sample(["fields", "json", "kv", "sms"], rng.choice([1, 1, 2]))
    for i, k in enumerate(kinds):
        if i:
            d.t(rng.choice(["\n", "\n---\n", "\n\n"]))
        {"fields": _form_fields, "json": _form_json, "kv": _form_kv, "sms": _form_sms}[k](d, ctx, ind, rng)
    return None


# -------------------------------------------------------------------- table
def table(d, ind, rng):
    ctx = np_ctx(rng, ind)
    cur = currency_for(ctx["DOMAIN"], rng)
    delim = rng.choice([",", "|", "\t", ";"])
    n = rng.choice([3, 3, 3, 4])
    rows = [ctx] + [_row(rng, ind, cur) for _ in range(n - 1)]
    label_of = _labels(ind)
    first = rng.choice(ind["table_biz"])
    pool = [k for k in ind["table_biz"] + [f for f, _ in _biz_fields(ind, ctx)] + GENERIC_KEYS if k != first]
    pool = [k for i, k in enumerate(pool) if k not in pool[:i]]
    keys = [first] + rng.sample(pool, rng.randint(3, 4))
    cols = [(label_of.get(k, k.lower()), k) for k in keys]
    if rng.random() < 0.4:
        cols.insert(1, ("status", None))
    conv = rng.choice(["snake", "UPPER", "Title", "camel"])
    pipe = delim == "|"
    pre, post, sep = ("| ", " |", " | ") if pipe and rng.random() < 0.6 else ("", "", delim)
    d.t(rng.choice(["", "export_%s.csv\n" % ctx["BATCH"].lower(), "%s report – %s\n" % (ctx["TEAM"], ctx["BDATE"])]))
    d.t(pre + sep.join(label(h, conv) for h, _ in cols) + post + "\n")
    if pre:
        d.t(pre + sep.join("---" for _ in cols) + post + "\n")
    for r in rows:
        cells = []
        for _, k in cols:
            v = r[k] if k else rng.choice(["open", "closed", "pending", "on hold"])
            if (not pipe) and (delim in v or '"' in v or (delim == "," and rng.random() < 0.15)):
                v = '"%s"' % v.replace('"', '""')
            cells.append(v)
        d.t(pre + sep.join(cells) + post + "\n")
    return None


# --------------------------------------------------------------------- chat
def chat(d, ind, rng):
    ctx = np_ctx(rng, ind)
    fmt = rng.randrange(3)
    cust_plain = rng.choice(["Customer", "Visitor %d" % rng.randint(1000, 9999), "You", "Guest"])
    agent_plain = rng.choice(["Agent", "Support", ctx["ORG"], "Advisor", "%s Team" % ctx["TEAM"]])
    t = datetime.datetime(2026, rng.randint(1, 4), rng.randint(1, 28), rng.randint(8, 20), rng.randint(0, 59))
    lines = list(NP2[ind["key"]]["chat"])
    if rng.random() < 0.4:
        lines = lines[:-2]
    lines = [
        (
            "A",
            rng.choice(
                [
                    "hi, thanks for contacting {ORG}, how can i help?",
                    "hello! you are chatting with the {TEAM} team :)",
                    "Hi there, thanks for waiting. How can I help today?",
                ]
            ),
        )
    ] + lines
    lines += [
        ("A", rng.choice(["anything else i can help with today?", "is there anything else?"])),
        ("C", rng.choice(["no thats all thanks", "no thank you, bye", "thats it cheers"])),
    ]
    if fmt == 2:
        d.t("%s, %s - Messages and calls are end-to-end encrypted.\n" % (t.strftime("%d/%m/%Y"), t.strftime("%H:%M")))
    else:
        d.t(rng.choice(["--- chat transcript %s ---\n" % ctx["TKT"], "Live chat export (%s)\n" % ctx["TEAM"], ""]))
    for who, tpl in lines:
        t += datetime.timedelta(seconds=rng.randint(10, 140))
        hm = t.strftime("%H:%M")
        name = cust_plain if who == "C" else agent_plain
        if fmt == 0:
            d.t("[%s] " % hm)
            d.t(name)
            d.t(": ")
        elif fmt == 1:
            d.t(name)
            d.t(" (%s): " % hm)
        else:
            d.t("%s, %s - " % (t.strftime("%d/%m/%Y"), hm))
            d.t(name)
            d.t(": ")
        d.fill(tpl, ctx)
        d.t("\n")
    d.t(rng.choice(["*** chat ended by customer ***\n", "", "[%s] system: chat closed\n" % t.strftime("%H:%M")]))
    protected = {agent_plain, cust_plain}

    def tf(text, sp):
        if text in protected:
            return text.lower()
        return typos(abbreviate(text.lower(), ABBR_CHAT, rng), rng, 0.05)

    return tf


# ---------------------------------------------------------------- narrative
def narrative(d, ind, rng):
    ctx = np_ctx(rng, ind)
    d.fill(
        rng.choice(
            [
                "Team note – {TEAM} – {BDATE}\n\n",
                "TEAM NOTES ({ORG})\nEntered by the Duty Manager on {BDATE} at {TIME}\n\n",
                "File note, {BDATE}:\n",
                "Summary of the week ({TEAM})\n\n",
            ]
        ),
        ctx,
    )
    sents = _subset(rng, NP2[ind["key"]]["narr"], 2)
    if rng.random() < 0.5:
        sents.insert(rng.randint(1, len(sents)), rng.choice(NP[ind["key"]]["paras"]))
    if rng.random() < 0.6:
        sents.append(rng.choice(GENERIC_NOTES))
    cut = rng.randint(2, len(sents) - 1)
    for i, snt in enumerate(sents):
        if i:
            d.t("\n\n" if i == cut else " ")
        d.fill(snt, ctx)
    d.fill(rng.choice(["\n\n– {TEAM}\n", "\n\nNote by the Team Leader\n", "\n", "\n\n{TEAM2}\n"]), ctx)
    return None


# ---------------------------------------------------------------- shorthand
def shorthand(d, ind, rng):
    ctx = np_ctx(rng, ind)
    lines = _subset(rng, NP2[ind["key"]]["short"], 3, 1)
    rng.shuffle(lines) if rng.random() < 0.3 else None
    joiner = rng.choice(["\n", " / ", "; ", "\n- "])
    d.fill(rng.choice(["{BDATE} ", "{BDATE} {TIME} - ", "", "{TIME} "]), ctx)
    for i, ln in enumerate(lines):
        if i:
            d.t(joiner)
        d.fill(ln, ctx)
    d.fill(rng.choice(["\n- {TEAM}\n", " -duty mgr\n", "\n/ops {TEAM}\n", " (tl)\n", "\n- mi team\n"]), ctx)

    def tf(text, sp):
        return abbreviate(text.lower(), ABBR_SHORT, rng)

    return tf


# --------------------------------------------------------------- transcript
CLOSE = [
    ("A", "Is there anything else I can help you with today?"),
    ("C", "No, that's everything. Thanks for your help."),
    ("A", "Thank you for calling, take care."),
]


def transcript(d, ind, rng):
    ctx = np_ctx(rng, ind)
    labels = rng.choice(
        [("Agent", "Caller"), ("AGENT", "CUSTOMER"), ("Advisor", "Customer"), ("Agent", "Customer"), ("A", "C")]
    )
    dur = "%02d:%02d" % (rng.randint(2, 12), rng.randint(0, 59))
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
    turns = [
        (
            "A",
            rng.choice(
                [
                    "Thank you for calling {ORG}, you're through to the {TEAM} team. How can I help?",
                    "Good morning, {ORG}, how can I help?",
                ]
            ),
        )
    ]
    if rng.random() < 0.4:
        turns += [
            ("C", "Hello."),
            ("A", "Can I take your name, please?"),
            ("C", "I'd rather not, it's only a general question."),
        ]
    turns += NP2[ind["key"]]["call"]
    if turns[-1][0] == "A":
        turns.append(("C", rng.choice(["Okay, that's helpful.", "Right, thank you.", "Okay, thank you."])))
    turns += CLOSE
    last = None
    for who, tpl in turns:
        if who == last and rng.random() < 0.5:
            d.t(" ")
        else:
            d.t(("\n" if last else "") + (labels[0] if who == "A" else labels[1]) + ": ")
        d.fill(tpl, ctx)
        last = who
    d.t("\n" + rng.choice(["[call ends]", "[END OF TRANSCRIPT]", ""]) + "\n")
    return None


# ------------------------------------------------------------------- letter
SUPPLIER_PARAS = [
    "Thank you for invoice {INV} for {AMT}, which we received on {BDATE}.",
    "Payment will be made against purchase order {PO} within 30 days, by {BDATE2}.",
    "Please quote the purchase order number on all future invoices and send them to our accounts payable mailbox.",
    "Our standard terms, including the data protection schedule under Art. 32 GDPR, continue to apply.",
    "If you have any questions about this remittance, please call our finance team on {SWITCH}.",
]


def letter(d, ind, rng):
    ctx = np_ctx(rng, ind)
    key = ind["key"]
    d.t(ctx["ORG"] + "\n")
    d.t("\n".join(ctx["BRANCH"].split(", ")) + "\n")
    d.t("Tel %s | www.%s\n\n" % (ctx["SWITCH"], ctx["DOMAIN"]))
    d.t(ctx["BDATE3"] + "\n\n")
    if rng.random() < 0.5:
        d.t(
            rng.choice(["Accounts Receivable", "The Operations Manager", "Customer Services", "The Office Manager"])
            + "\n"
        )
        d.t(ctx["BRAND"] + "\n" + "\n".join(_other_branch(ctx, rng).split(", ")) + "\n\n")
        d.t("Our ref: %s\n\n" % ctx["PO"])
        d.t("Dear Sir or Madam,\n\nRe: Invoice %s\n\n" % ctx["INV"])
        paras = _subset(rng, SUPPLIER_PARAS, 2)
        if rng.random() < 0.5:
            paras.insert(1, rng.choice(NP2[key]["narr"]))
        close = rng.choice(["Yours faithfully,\n\n", "Kind regards,\n\n"])
    else:
        d.t(ADDRESSEES[key] + "\n\n")
        subject, paras = NP2[key]["circular"]
        d.t(SALUTATIONS[key] + "\n\n")
        d.fill("Re: %s\n\n" % subject, ctx)
        close = rng.choice(["Yours sincerely,\n\n", "Kind regards,\n\n", "Yours faithfully,\n\n"])
    for p in paras:
        d.fill(p, ctx)
        d.t("\n\n")
    d.t(close)
    d.fill(
        rng.choice(["The {TEAM} team\n", "Head of {TEAM}\n", "Customer Relations Manager, {TEAM}\n", "{TEAM2}\n"]), ctx
    )
    d.t(ctx["ORG"] + "\n")
    d.t(
        rng.choice(["Switchboard: %s\n" % ctx["SWITCH"], "Email: %s@%s\n" % (rng.choice(MAILBOXES), ctx["DOMAIN"]), ""])
    )
    return None
