"""Written styles: e-mail, ticket thread, formal letter."""

from . import T, cat, join
from .style_common import C, pick_formal, quote, reg, role_mail


# ---------------------------------------------------------------- e-mail
def email(ctx):
    rng = ctx.rng
    R = ctx.render  # industry content, written for its own people

    def F(t):  # frame: p1 stands for the customer
        return ctx.render(C(ctx, t))

    if not ctx.pii:
        hdr = [T(f"From: {role_mail(ctx)}"), T(f"To: {role_mail(ctx)}")]
        body, has_greet = pick_formal(ctx, "csi", rng.randint(2, 3))
        sig = R(
            rng.choice(
                [
                    "Kind regards,\n{dept}\n{company}\n{cphone}",
                    "Thanks,\nThe {company} team",
                    "Regards,\n{job}, {dept}\n{company} | {cdomain}",
                ]
            )
        )
        greet = T(rng.choice(["Hello,", "Hi all,", "Dear colleagues,", "Dear Customer,", "Team,"]))
    else:
        direction = rng.choice("ccsssii")

        def staff(k):
            return rng.choice(
                [
                    f'"{{{k}.full}}" <{{{k}.wemail}}>',
                    f"{{{k}.full}} <{{{k}.wemail}}>",
                    f"{{{k}.last}}, {{{k}.first}} <{{{k}.wemail}}>",
                    f"{{{k}.wemail}}",
                ]
            )

        cust = rng.choice(["{p1.full} <{p1.email}>", '"{p1.full}" <{p1.email}>', "{p1.email}"])
        if direction == "c":
            to_staff = rng.random() < 0.5
            hdr = [f"From: {cust}", "To: " + (staff("s1") if to_staff else role_mail(ctx))]
            greet = rng.choice(
                ["Hi {s1.first},", "Dear {s1.ref},"]
                if to_staff
                else ["Hello,", "To whom it may concern,", "Hi there,", "Dear {company} team,"]
            )
            sig = rng.choice(
                [
                    "Thanks,\n{p1.first}",
                    "Regards\n{p1.full}\n{p1.phone}",
                    "{p1.full}\n{p1.addrml}\nMob: {p1.phone}",
                    "Many thanks\n{p1.nick}\n\nSent from my iPhone",
                    "Best,\n{p1.init}",
                ]
            )
            who = "c"
        elif direction == "s":
            hdr = [f"From: {staff('s1')}", f"To: {cust}"]
            greet = rng.choice(
                ["Dear {p1.ref},", "Hi {p1.first},", "Hello {p1.full},", "Dear {p1.tfull},", "Good morning {p1.first},"]
            )
            sig = rng.choice(
                [
                    "Kind regards,\n{s1.full}\n{job} | {company}\nDirect: {s1.wphone}\n{s1.wemail}",
                    "Thanks,\n{s1.first}",
                    "Best wishes,\n\n{s1.init}\n{dept}, {company}\nT {cphone} | {cdomain}",
                    "Regards\n{s1.full} ({s1.pron}/{s1.obj})\n{job}",
                    "{s1.full}\n{job}, {company}\n{s1.url}",
                ]
            )
            who = "s"
        else:
            hdr = [f"From: {staff('s1')}", f"To: {staff('s2')}"]
            greet = rng.choice(["Hi {s2.first},", "{s2.first} –", "Hi team,", "Morning {s2.nick},", "{s2.first},"])
            sig = rng.choice(
                ["Thanks\n{s1.first}", "{s1.ini}", "Cheers,\n{s1.nick}\n{job}", "Ta\n{s1.first} {s1.last}\nx{num}42"]
            )
            who = "i"
        if rng.random() < 0.4:
            hdr.append(f"Cc: {staff('s3')}")
        hdr = [F(h) for h in hdr]
        body, has_greet = pick_formal(ctx, who, rng.randint(2, 3))
        greet, sig = F(greet), F(sig)
    hdr.append(R(rng.choice(["Date: {dt}", "Sent: {wday}, {dt}", "Date: {date} at {time}"])))
    hdr.append(cat("Subject: ", R(rng.choice(["", "RE: ", "Re: ", "FW: ", "Fwd: "]) + rng.choice(reg(ctx, "subj")))))
    out = cat(join(hdr, "\n"), "\n\n", [] if has_greet else cat(greet, "\n\n"), body, "\n\n", sig)
    if rng.random() < 0.3:
        out = cat(
            out,
            "\n\n",
            R(
                rng.choice(
                    [
                        (
                            "-- \n{company} Ltd, registered in England & Wales No. 0{num}71{num2}. Registered office: "
                            "{caddr}."
                        ),
                        "CONFIDENTIALITY NOTICE: this message is intended only for the named recipient. "
                        "If received in error please notify {cdomain} and delete it.",
                        "{company} · {caddr} · VAT reg. GB {num}4 {num2}21 {num3}",
                    ]
                )
            ),
        )
    return out


# ---------------------------------------------------------------- ticket thread
def ticket(ctx):
    rng = ctx.rng
    R = ctx.render  # industry content, written for its own people
    head = [
        "[{company}] Ticket #{ticket}: " + rng.choice(reg(ctx, "subj")),
        "Status: {status} | Priority: {prio} | Group: {dept}",
    ]
    if ctx.pii:
        if rng.random() < 0.6:
            head.append(C(ctx, "Requester: {p1.full} <{p1.email}>"))
        if rng.random() < 0.5:
            head.append("Assignee: {s1.full}")
        author, quoted_by = (
            "{s1.full}",
            C(ctx, rng.choice(["{p1.full} <{p1.email}>", "{p1.first} {p1.last}", "{p1.email}"])),
        )
    else:
        author, quoted_by = (
            rng.choice(["Tier 2 Support", "{dept}", "Automation"]),
            rng.choice(["{dept}", "Service Desk <{cemail}>"]),
        )
    latest, _ = pick_formal(ctx, "s", 1)
    out = cat(
        join([R(h) for h in head], "\n"), "\n", "-" * rng.choice([24, 40]), "\n", R(f"{author} — {{dt}}"), "\n", latest
    )
    earlier = cat(R(f"On {{date}}, {quoted_by} wrote:"), "\n", pick_formal(ctx, "c", 1)[0])
    if rng.random() < 0.5:
        earlier = cat(
            earlier,
            "\n\n",
            quote(cat(R("On {date2}, {company} Support <{cemail}> wrote:"), "\n", pick_formal(ctx, "si", 1)[0])),
        )
    out = cat(out, "\n\n", quote(earlier))
    if rng.random() < 0.5:
        who = "{s2.full}" if ctx.pii else "{dept}"
        out = cat(out, "\n\n", R(f"Internal note ({who}, {{time}}): "), R(rng.choice(reg(ctx, "notes"))))
    return out


# ---------------------------------------------------------------- formal letter
def letter(ctx):
    rng = ctx.rng
    R = ctx.render  # industry content, written for its own people

    def F(t):  # frame: p1 stands for the customer
        return ctx.render(C(ctx, t))

    top = R("{company}\n{caddrml}\nTel. {cphone} · {cdomain}")
    subj = rng.choice(reg(ctx, "subj")).replace("Re: ", "")
    if not ctx.pii:
        body, _ = pick_formal(ctx, "s", rng.randint(2, 3))
        return cat(
            top,
            "\n\n",
            R("{date}\n\nOur ref: {ref}\n\n"),
            T(rng.choice(ctx.ind.get("np_salutation") or SALUTE)),
            "\n\n",
            R("Re: " + subj),
            "\n\n",
            body,
            "\n\n",
            R("Yours faithfully,\n\n{dept}\n{company}"),
        )
    if rng.random() < 0.7:
        addressee = F(rng.choice(["{p1.tfull}\n{p1.addrml}", "{p1.full}\n{p1.addrml}", "{p1.init}\n{p1.addrml}"]))
        body, has_greet = pick_formal(ctx, "s", rng.randint(2, 3))
        return cat(
            top,
            "\n\n",
            addressee,
            "\n\n",
            R("{date}\n\nOur ref: {ref}\n\n"),
            [] if has_greet else F("Dear {p1.ref},\n\n"),
            R("Re: " + subj),
            "\n\n",
            body,
            "\n\n",
            R(rng.choice(["Yours sincerely,\n\n\n{s1.full}\n{job}", "Yours sincerely,\n\n{s1.init}\n{job}, {dept}"])),
        )
    sender = F("{p1.full}\n{p1.addrml}\n{p1.phone}")
    body, _ = pick_formal(ctx, "c", rng.randint(1, 2))
    return cat(
        sender,
        "\n\n",
        R("{date}\n\n{dept}\n{company}\n{caddrml}\n\nDear Sir or Madam,\n\n"),
        body,
        "\n\n",
        F(rng.choice(["Yours faithfully,\n\n{p1.full}", "Yours faithfully\n{p1.init}", "Kind regards,\n{p1.full}"])),
    )


SALUTE = ["Dear Customer,", "Dear Resident,", "To whom it may concern,", "Dear Sir or Madam,", "Dear Colleague,"]
