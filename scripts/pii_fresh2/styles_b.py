"""Styles: call transcript, shorthand case notes, formal letter, ticket/CRM history, narrative."""

from . import lookalikes as LK
from .sutil import T, addr_one, fline, fval, sentence_fact, tp


def transcript(doc, ctx):
    r = ctx.r
    A = r.choice(["Agent", "AGENT", "Adviser", "Operator", "A"])
    C = r.choice(["Caller", "Customer", "CALLER", "C", "Client"])
    L = [
        [
            T(
                "Call recording transcript - %s - %s - queue %s"
                % (ctx.org, LK.stamp(r), r.choice(["General", "Billing", "Claims", "Priority"]))
            )
        ],
        [],
    ]
    aname = ctx.who("S", "given") if ctx.has("S") else [T("the %s" % ctx.srole)]
    L.append(
        [T(A + ": Thank you for calling %s, you're speaking with " % ctx.org)]
        + aname
        + [T(". Can I take your full name?")]
    )
    if ctx.nopii:
        L.append([T(C + ": Hi, I'm calling about an invoice, not a personal account.")])
        L.append([T(A + ": No problem. ")] + tp(ctx.topic(), ctx))
    else:
        L.append([T(C + ": Yes, it's ")] + ctx.who("P1", "full") + [T(".")])
        if r.random() < 0.6:
            L.append([T(A + ": Could you spell the surname for me?")])
            L.append([T(C + ": ")] + ctx.who("P1", "spelled") + [T(".")])
        L.append([T(A + ": Thanks ")] + ctx.who("P1", "title") + [T(". And how can I help today?")])
        L.append([T(C + ": ")] + tp(ctx.topic(), ctx))
    for f in ctx.facts[: r.randint(3, 6)]:
        L.append([T(A + ": Can I confirm the %s?" % f.label(r).lower())])
        L.append(
            [T(C + ": " + r.choice(["Sure, it's ", "Yeah, ", "Um, ", "It's "]))]
            + fval(f, spoken=r.random() < 0.7)
            + [T(".")]
        )
    if ctx.addresses and r.random() < 0.8:
        lab, lines = ctx.addresses[0]
        L.append([T(A + ": And the first line of the %s?" % lab.lower())])
        L.append([T(C + ": ")] + addr_one(lines[:2] if not ctx.nopii else lines) + [T(".")])
    if ctx.has("P2") and r.random() < 0.6:
        L.append(
            [T(C + ": My %s " % ctx.p2role)]
            + ctx.who("P2", r.choice(["given", "full"]))
            + [T(" may ring as well, is that okay?")]
        )
        L.append([T(A + ": I'll add a note, but we'll need their consent.")])
    L.append(
        [
            T(
                A
                + ": "
                + r.choice(
                    [
                        "Is there anything else?",
                        "I've logged that under %s." % LK.ref(r, "ticket"),
                        "You'll get a confirmation by email.",
                    ]
                )
            )
        ]
    )
    L.append([T(C + ": " + r.choice(["No, that's all, thanks.", "Thanks, bye.", "Great, cheers."]))])
    return L


NOTE_VERBS = ["tc w/", "f/u w/", "spoke w/", "LVM for", "email from", "mtg w/", "adv.", "sent letter to"]


def notes(doc, ctx):
    r = ctx.r
    L = []
    ini = (
        (lambda: ctx.who("S", "initials")) if ctx.has("S") else (lambda: [T(r.choice(["duty desk", "team", "office"]))])
    )
    for i in range(r.randint(2, 7)):
        line = [T("%s %s " % (LK.bdate(r), r.choice(NOTE_VERBS)))]
        x = r.random()
        if ctx.nopii or x < 0.45:
            line += [T(r.choice(["cl", "client", "pt", "cust", "NOK", "appl."]))]
        elif x < 0.85 or not ctx.has("P2"):
            line += ctx.who("P1")
        else:
            line += ctx.who("P2")
        line += [T(" re: ")] + tp(ctx.topic(), ctx)
        if i < len(ctx.facts) and r.random() < 0.8:
            f = ctx.facts[i]
            line += [T(" %s " % f.label(r).lower())] + fval(f) + [T(".")]
        if r.random() < 0.4:
            line += [T(" f/u %s." % LK.bdate(r))]
        if i == 0 or r.random() < 0.35:
            line += [T(" - ")] + ini()
        L.append(line)
    if ctx.addresses and r.random() < 0.7:
        lab, lines = ctx.addresses[-1]
        L.append(
            [T("%s updated -> " % r.choice(["adr", "addr", "address", lab.lower()]))]
            + addr_one(lines, r.choice([", ", " / ", " "]))
            + [T(" - ")]
            + ini()
        )
    if ctx.p2facts and ctx.has("P2"):
        L.append([T("NOK/%s: " % ctx.p2role)] + ctx.who("P2", "full") + [T(" ")] + fval(ctx.p2facts[0]))
    return L


def letter(doc, ctx):
    r = ctx.r
    L = [[T(ctx.org)], [T(ctx.branch)], [T("www.%s" % ctx.domain)], [], [T(LK.bdate(r))], []]
    if ctx.nopii:
        L += [
            [T("The Occupier")],
            [T("(address withheld - bulk mailing %s)" % LK.ref(r, "batch"))],
            [],
            [T("Dear Sir or Madam,")],
        ]
    else:
        p = ctx.people["P1"]
        L.append([T(p.title + " ")] + p.mention(r.choice(["full", "init_family"])))
        if ctx.addresses:
            L.extend(ctx.addresses[0][1])
        L.append([])
        refs = [f for f in ctx.facts if f.key not in ("dob", "phone", "email", "card", "ip", "url")]
        if refs:
            L.append([T("Your ref: ")] + fval(refs[0]) + [T("    Our ref: %s" % LK.ref(r, "ticket"))])
        else:
            L.append([T("Our ref: %s" % LK.ref(r, "ticket"))])
        L.append([])
        L.append(
            [T("Dear " + (p.title + " " if r.random() < 0.8 else ""))]
            + p.mention(r.choice(["family", "family", "given"]))
            + [T(",")]
        )
    L.append([])
    L.append(
        [
            T(
                r.choice(["Re: ", "RE: ", "Subject: "])
                + r.choice(
                    ["Your enquiry", "Update on your file", "Confirmation of details", "Outcome of your complaint"]
                )
            )
        ]
    )
    L.append([T("Thank you for your recent correspondence. ")] + tp(ctx.topic(), ctx))
    body = [T("We hold the following details on file: ")]
    for k, f in enumerate(ctx.facts[: r.randint(1, 4)]):
        body += ([T("; ")] if k else []) + [T(f.label(r) + " ")] + fval(f)
    L.append(body + [T(". Please tell us if anything is incorrect.")])
    if ctx.has("P2") and r.random() < 0.6:
        L.append(
            [T("We have also written to your %s, " % ctx.p2role)] + ctx.who("P2", "title_full") + [T(", as requested.")]
        )
    L.append(
        [
            T(
                "If you have questions, please quote the reference above. "
                + r.choice(["", "See also %s." % r.choice(LK.STATUTES)])
            )
        ]
    )
    L += [[], [T(r.choice(["Yours sincerely,", "Yours faithfully,", "Kind regards,"]))], []]
    if ctx.has("S"):
        L.append(ctx.who("S", "full"))
    L.append([T(ctx.srole.title())])
    if ctx.staff_email and r.random() < 0.5:
        L.append([T("Direct e-mail: ")] + fval(ctx.staff_email))
    return L


def ticket(doc, ctx):
    r = ctx.r
    tid = LK.ref(r, "ticket")
    L = [[T("%s  |  %s  |  Priority: %s" % (tid, ctx.org, r.choice(["P1", "P2", "P3", "Low", "High"])))]]
    if not ctx.nopii:
        L.append([T("Contact: ")] + ctx.who("P1", "full"))
    for f in ctx.facts[: r.randint(1, 3)]:
        L.append(fline(ctx, f))
    L.append([T("-" * 40)])
    states = ["New", "Open", "In Progress", "Pending Customer", "Escalated", "Resolved", "Closed"]
    st = 0
    for i in range(r.randint(3, 7)):
        who = (
            ctx.who("S", r.choice(["full", "init_family", "given"]))
            if ctx.has("S") and r.random() < 0.45
            else [T(r.choice(["system", "auto-assign", "queue:%s" % ctx.srole]))]
        )
        line = [T("%s  " % LK.stamp(r))] + who + [T("  ")]
        kind = r.random()
        if kind < 0.35:
            nxt = min(st + r.randint(1, 2), len(states) - 1)
            line += [T("Status changed %s -> %s" % (states[st], states[nxt]))]
            st = nxt
        elif kind < 0.7:
            line += [T("Note: ")] + tp(ctx.topic(), ctx)
        elif ctx.addresses and kind < 0.85:
            lab, lines = ctx.addresses[-1]
            line += [T("Updated %s: " % lab.lower())] + addr_one(lines)
        elif ctx.has("P2"):
            line += (
                [T("Inbound call from %s " % ctx.p2role)]
                + ctx.who("P2", "full")
                + ([T(" ")] + fval(ctx.p2facts[0]) if ctx.p2facts else [])
            )
        else:
            line += [T("Email sent to customer (template %s)" % LK.ref(r, "batch"))]
        L.append(line)
    return L


def narrative(doc, ctx):
    r = ctx.r
    par = [T("On %s, " % LK.bdate(r))] + ctx.who("P1", "full" if not ctx.nopii else None)
    facts = list(ctx.facts)
    if facts and facts[0].key in ("dob", "phone", "email") and not ctx.nopii:
        par += sentence_fact(ctx, facts.pop(0))
    if ctx.addresses and not ctx.nopii:
        par += [T(" of ")] + addr_one(ctx.addresses[0][1])
    par += [
        T(
            ", contacted %s %s. "
            % (ctx.org, r.choice(["by phone", "in person at the branch", "through the web portal", "by letter"]))
        )
    ]
    par += tp(ctx.topic(), ctx) + [T(" ")]
    if ctx.has("S"):
        par += (
            [T("The matter was handled by ")]
            + ctx.who("S", "full")
            + [T(", %s, who " % ctx.srole)]
            + [T(r.choice(["checked the records", "noted the following", "confirmed the details"]))]
        )
    else:
        par += [T("The %s checked the records" % ctx.srole)]
    for k, f in enumerate(facts[: r.randint(2, 5)]):
        par += [T(": " if k == 0 else "; ")] + [T(f.label(r) + " ")] + fval(f)
    par += [T(". ")] + tp(ctx.topic(), ctx)
    if ctx.has("P2"):
        par += (
            [T(" Later, ")]
            + ctx.who("P2", "full")
            + [T(", the %s, " % ctx.p2role)]
            + [T(r.choice(["called to add that", "wrote in to say that", "attended and explained that"]))]
            + [T(" ")]
            + ctx.who("P1")
            + [T(" had been unwell")]
        )
        if ctx.p2facts:
            par += sentence_fact(ctx, ctx.p2facts[0])
        par += [T(".")]
    if len(ctx.addresses) > 1:
        par += (
            [T(" Correspondence had earlier gone to a previous address, ")] + addr_one(ctx.addresses[1][1]) + [T(".")]
        )
    par += (
        [T(" ")]
        + ctx.who("P1")
        + [
            T(
                r.choice(
                    [
                        " was told to expect a reply within 10 working days.",
                        " accepted the proposed outcome.",
                        " asked for the complaint to be escalated.",
                        " will be updated by %s." % LK.bdate(r),
                    ]
                )
            )
        ]
    )
    return [par]


STYLE_FUNCS = {}
