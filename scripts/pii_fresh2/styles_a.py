"""Styles: chat, caps log, e-mail chain, scanned/web form, table."""

from . import lookalikes as LK
from .sutil import T, addr_one, fline, fval, tp

CHAT_OPEN = ["hi there", "hello", "hiya", "hey", "good morning", "hi, quick question", "hello? anyone there"]
CHAT_FACT = ["my {l} is ", "{l} ", "{l}: ", "ok the {l} is ", "here u go, {l} ", "{l} -> "]


def chat(doc, ctx):
    r = ctx.r
    if ctx.nopii or r.random() < 0.55:
        cust = [T(r.choice(["customer", "visitor", "me", "guest", "user"]))]
    else:
        cust = ctx.who("P1", r.choice(["given", "full", "nick", "given"]))
    agent = (
        [T(r.choice(["agent", "support", "bot", ctx.srole]))]
        if not ctx.has("S") or r.random() < 0.5
        else ctx.who("S", "given")
    )
    ts = r.random() < 0.5
    L = []

    def say(who, body):
        pre = [T("[%s] " % LK.btime(r))] if ts else []
        L.append(pre + list(who) + [T(": ")] + body)

    say(agent, [T("hi, you're chatting with %s support, how can i help?" % ctx.org)])
    if ctx.nopii:
        say(cust, [T(r.choice(CHAT_OPEN) + ", ")] + tp(ctx.topic(), ctx))
    else:
        say(cust, [T(r.choice(CHAT_OPEN) + " its ")] + ctx.who("P1", "full") + [T(" here. ")] + tp(ctx.topic(), ctx))
    for f in ctx.facts[: r.randint(2, 5)]:
        if r.random() < 0.8:
            say(cust, [T(r.choice(CHAT_FACT).format(l=f.label(r).lower()))] + fval(f))
        else:
            say(agent, [T("just to confirm, %s " % f.label(r).lower())] + fval(f) + [T("?")])
    if ctx.addresses and r.random() < 0.7:
        lab, lines = ctx.addresses[0]
        say(
            cust,
            [T(r.choice(["address is ", "i'm at ", "new addy: ", "%s: " % lab.lower()]))]
            + addr_one(lines, r.choice([", ", " ", ","])),
        )
    if ctx.has("P2") and r.random() < 0.6:
        say(
            cust,
            [T("also my %s " % ctx.p2role)]
            + ctx.who("P2", r.choice(["given", "full"]))
            + [T(r.choice([" might call u", " is cc'd", " will bring the docs"]))],
        )
    say(
        agent,
        [
            T(
                r.choice(
                    [
                        "thanks, let me check that for you",
                        "ok one moment",
                        "thank you, i've noted that",
                        "got it, escalating now",
                    ]
                )
            )
        ],
    )
    if r.random() < 0.6:
        say(
            agent,
            [T("thanks ")]
            + (ctx.who("P1", "given") if not ctx.nopii else [T("for waiting")])
            + [T(r.choice([", anything else?", " - ref is %s" % LK.ref(r, "ticket"), ", have a good day"]))],
        )
    say(cust, [T(r.choice(["thanks", "ok thanks", "cheers", "that's great thank you", "pls call me back tomorrow"]))])
    return L


def caps(doc, ctx):
    r = ctx.r
    L = []
    sys = r.choice(["CICS", "MVS", "BATCH", "AS400", "CRM-SYNC", "SAPUI"])
    for i in range(r.randint(3, 9)):
        st = LK.stamp(r)
        line = [T("%s %s %s " % (st, sys, r.choice(["INFO", "WARN", "UPD", "ADD", "CHG", "I", "E"])))]
        if i == 0:
            if ctx.nopii:
                line += [T("JOB %s STARTED FOR %s" % (LK.ref(r, "batch"), ctx.org))]
            else:
                line += (
                    [T("CUST=")]
                    + ctx.who("P1", r.choice(["slash", "family_given", "full"]))
                    + [T(" ROLE=%s" % ctx.crole)]
                )
        elif i - 1 < len(ctx.facts):
            f = ctx.facts[i - 1]
            key = f.label(r).upper().replace(" ", "_").replace(".", "")
            line += [T("%s=" % key)] + fval(f)
        elif ctx.addresses and i - 1 == len(ctx.facts):
            lab, lines = ctx.addresses[0]
            line += [T("%s=" % lab.upper().replace(" ", "_"))] + addr_one(lines, r.choice(["|", " ", ", ", "/"]))
        elif ctx.has("P2") and r.random() < 0.5:
            line += [T("REL=%s NAME=" % ctx.p2role.upper().replace(" ", "_"))] + ctx.who(
                "P2", r.choice(["slash", "full"])
            )
        else:
            line += [
                T(
                    "RC=%02d %s"
                    % (
                        r.choice([0, 0, 4, 8, 12]),
                        r.choice(["RECORD UPDATED", "NO CHANGE", "PENDING REVIEW", "TXN %s" % LK.ref(r, "ticket")]),
                    )
                )
            ]
        if ctx.has("S") and r.random() < 0.2:
            line += [T(" USR=")] + ctx.who("S", "initials")
        L.append(line)
    if ctx.addresses and not ctx.nopii and len(ctx.addresses) > 1:
        lab, lines = ctx.addresses[1]
        L.append([T("%s %s CHG PREV_ADDR=" % (LK.stamp(r), sys))] + addr_one(lines, " "))
    return L


def email(doc, ctx):
    r = ctx.r
    L = []
    subj = r.choice(
        [
            "Re: your enquiry",
            "FW: complaint",
            "RE: RE: update",
            "Fwd: documents",
            "Re: appointment",
            "FW: urgent - account",
        ]
    )
    staff = ctx.has("S")
    if staff:
        L.append(
            [T("From: ")]
            + ctx.who("S", "full")
            + ([T(" <")] + fval(ctx.staff_email) + [T(">")] if ctx.staff_email else [])
        )
    else:
        L.append([T("From: %s <noreply@%s>" % (ctx.org, ctx.domain))])
    L.append([T("Sent: %s" % LK.stamp(r))])
    L.append([T("To: %s team <enquiries@%s>" % (ctx.srole.title(), ctx.domain))])
    L.append([T("Subject: %s %s" % (subj, LK.ref(r, "ticket")))])
    L.append([])
    L.append([T("Hi team,")])
    L.append([T("Forwarding the below from ")] + ctx.who("P1") + [T(". ")] + tp(ctx.topic(), ctx))
    if staff:
        L.append([])
        L.append([T("Thanks,")])
        L.append(ctx.who("S", r.choice(["given", "init_family", "full"])))
        L.append([T("%s | %s" % (ctx.srole.title(), ctx.org))])
        if r.random() < 0.5:
            L.append([T(ctx.branch)])
    L.append([])
    if ctx.nopii or r.random() < 0.4:
        L.append([T("-----Original Message-----")])
    else:
        L.append([T("On %s, " % LK.bdate(r))] + ctx.who("P1", "full") + [T(" wrote:")])
    q = []
    if ctx.nopii:
        q.append([T("Hello, please see the details below.")])
    else:
        q.append([T("Dear %s," % r.choice(["Sir/Madam", "team", "all"]))])
        q.append(
            [T("I am writing about my %s. " % r.choice(["account", "file", "booking", "application"]))]
            + tp(ctx.topic(), ctx)
        )
    for f in ctx.facts[: r.randint(1, 4)]:
        q.append(fline(ctx, f))
    if ctx.addresses and r.random() < 0.8:
        lab, lines = ctx.addresses[0]
        q.append([T("My %s is:" % lab.lower() if not ctx.nopii else "%s:" % lab)])
        q.extend(lines)
    if ctx.p2facts and ctx.has("P2"):
        q.append(
            [T("You can also contact my %s, " % ctx.p2role)]
            + ctx.who("P2", "full")
            + [T(", on ")]
            + fval(ctx.p2facts[0])
        )
    q.append([T(r.choice(["Kind regards,", "Regards", "Thanks", "Best wishes,"]))])
    q.append(ctx.who("P1", r.choice(["full", "given", "init_family"])) if not ctx.nopii else [T(ctx.org)])
    L.extend([[T("> ")] + l for l in q])
    return L


def form(doc, ctx):
    r = ctx.r
    L = [
        [
            T(
                r.choice(
                    [
                        "%s - %s FORM"
                        % (
                            ctx.org.upper(),
                            r.choice(["REGISTRATION", "APPLICATION", "CHANGE OF DETAILS", "NEW CLIENT"]),
                        ),
                        "%s | Online form submission" % ctx.org,
                    ]
                )
            )
        ],
        [T("Form ID: %s    Received: %s" % (LK.ref(r, "ticket"), LK.stamp(r)))],
        [],
    ]
    if ctx.nopii:
        L.append([T("Section 1 - Office use")])
    else:
        p = ctx.people["P1"]
        L.append([T("Title: [x] %s  [ ] Other" % p.title)])
        L.append([T(r.choice(["Surname", "Family name", "Last name", "Nom"]) + ": ")] + p.mention("family"))
        L.append([T(r.choice(["First name(s)", "Given names", "Forename", "Prénom"]) + ": ")] + p.mention("given"))
        if r.random() < 0.3 and p.native():
            L.append([T("Name in native script: ")] + p.mention("native"))
    for f in ctx.facts:
        L.append(fline(ctx, f, sep=r.choice([": ", ":  ", " : ", ":\t", ": ____ "])))
    for lab, lines in ctx.addresses[:2]:
        L.append([T(lab + ":")])
        for i, line in enumerate(lines):
            L.append([T("  Line %d: " % (i + 1))] + line)
    if ctx.has("P2"):
        L.append(
            [T("%s name: " % ("Emergency contact" if r.random() < 0.5 else ctx.p2role.title()))] + ctx.who("P2", "full")
        )
        for f in ctx.p2facts[:2]:
            L.append(fline(ctx, f, sep=": "))
    L.append(
        [T("Signature: ")]
        + (ctx.who("P1", "init_family") if not ctx.nopii else [T("________")])
        + [T("   Date: %s" % LK.bdate(r))]
    )
    if ctx.has("S"):
        L.append([T("Checked by: ")] + ctx.who("S", "initials") + [T(" (%s)" % ctx.srole)])
    return L


SEPS = [", ", "|", "\t", ";", " | "]


def table(doc, ctx):
    r = ctx.r
    from .idents import dob_fact, email_fact, make_dob, phone_fact
    from .persons import make_person

    sep = r.choice(SEPS)
    L = []
    if ctx.nopii:
        hdr = ["ref", "date", "amount", "status", "office"]
        L.append([T(sep.join(hdr))])
        for _ in range(r.randint(3, 7)):
            row = [LK.ref(r), LK.bdate(r), LK.amount(r), r.choice(["open", "closed", "paid", "pending"]), ctx.org]
            L.append([T(sep.join(('"%s"' % c) if sep.strip() == "," and "," in c else c for c in row))])
        return L
    cols = r.sample(["dob", "phone", "email", "id", "city", "postcode"], r.randint(2, 4))
    L.append([T(sep.join(["name"] + cols + ["status"]))])
    rows = [ctx.people["P1"]] + [make_person(r, "p%d" % (len(ctx.people) + k + 1)) for k in range(r.randint(1, 4))]
    for n, p in enumerate(rows):
        cells = [p.mention(r.choice(["full", "family_given", "full"]))]
        for c in cols:
            if c == "dob":
                cells.append(fval(dob_fact(r, ctx.dob if n == 0 else make_dob(r), p.country)))
            elif c == "phone":
                cells.append(fval(phone_fact(r, p.country)))
            elif c == "email":
                cells.append(fval(email_fact(r, p)))
            elif c == "id":
                cells.append(fval(ctx.ind["ids"](r, p, make_dob(r), p.country)[0]))
            else:
                from .addr_b import address

                _, lines = address(r, p.country)
                vals = [
                    pc
                    for line in lines
                    for pc in line
                    if pc[1] and pc[1]["kind"] == ("city" if c == "city" else "postal_code")
                ]
                cells.append(vals[:1] or [T("")])
        cells.append([T(r.choice(["active", "closed", "pending", "new"]))])
        row = []
        for i, cell in enumerate(cells):
            if i:
                row.append(T(sep))
            q = sep.strip() == "," and any("," in t for t, _ in cell)
            row += ([T('"')] if q else []) + cell + ([T('"')] if q else [])
        L.append(row)
    return L
