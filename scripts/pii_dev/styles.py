"""Document styles: the frame around an industry's content (headers, quoting, speakers, case).

This module holds the registry ``STYLES`` and the record-like styles (capitals, forms, CSV, notes);
the others live in ``styles_written`` and ``styles_spoken``, shared helpers in ``style_common``.
"""

from . import T, cat, fmap, join
from .style_common import reg
from .styles_spoken import chat, sms, transcript
from .styles_written import email, letter, ticket


# ---------------------------------------------------------------- dispatch / mainframe notes in capitals
def caps(ctx):
    rng = ctx.rng
    R = ctx.render  # industry content, written for its own people
    head = R(
        rng.choice(
            [
                "DISPATCH LOG {date} — {dept}",
                "*** RADIO LOG UNIT {unit} ***",
                "NOTES {date} USER {code}",
                "LOG {date} SHIFT {num}",
                "MSG TRAFFIC {dt}",
            ]
        )
    )
    pool = reg(ctx, "caps")
    lines = rng.sample(pool, min(rng.randint(4, 6), len(pool)))
    for _ in range(rng.randint(1, 2)):
        lines.insert(
            rng.randint(1, len(lines)),
            rng.choice(
                [
                    "10-4 COPY",
                    "UNIT {unit} CLEAR",
                    "ETA {num} MIN",
                    "STBY",
                    "ACK {time}",
                    "SEE PRIOR NOTE",
                    "REF {ref}",
                    "{wday} SHIFT HANDOVER",
                ]
            ),
        )
    h = rng.randint(0, 21)
    body = [cat(f"{h:02d}{(7 * i + 3) % 60:02d} " if rng.random() < 0.8 else "", R(t)) for i, t in enumerate(lines)]
    return fmap(cat(head, "\n", join(body, "\n")), plain=str.upper, pii=str.upper)


# ---------------------------------------------------------------- form dump
def form(ctx):
    rng = ctx.rng
    R = ctx.render  # industry content, written for its own people
    fields = [f for f in reg(ctx, "form") if rng.random() < 0.9]
    fields += rng.sample(
        [
            ("Status", "{status}"),
            ("Department", "{dept}"),
            ("Last updated", "{dt}"),
            ("Reviewed by", "{job}"),
            ("Ticket", "{ticket}"),
            ("Priority", "{prio}"),
            ("Fee", "{amount2}"),
        ],
        rng.randint(1, 3),
    )
    style = rng.choice(["{k}: ", "{k}....: ", "{K} = ", "{k} | ", "{k}\t"])
    title = rng.choice(ctx.ind["form_title"])
    lines = [T(title if rng.random() < 0.5 else title.upper())]
    if rng.random() < 0.5:
        lines.append(
            R(
                rng.choice(
                    [
                        "Submitted: {dt}   Form ID: {ref}",
                        "Received {date} via {cdomain}",
                        "Form v{num}.{num2} ({month})",
                    ]
                )
            )
        )
    for label, tpl in fields:
        sep = label + ":\n  " if rng.random() < 0.07 else style.replace("{k}", label).replace("{K}", label.upper())
        lines.append(cat(sep, R(tpl)))
    return join(lines, "\n")


# ---------------------------------------------------------------- CSV rows in text
def csv(ctx):
    rng = ctx.rng
    R = ctx.render  # industry content, written for its own people
    cols = reg(ctx, "csv")
    delim = rng.choice([",", ";", "|", "\t", ", "])
    n = rng.randint(3, 5)
    intro = R(
        rng.choice(
            [
                "Export from {company} {dept}, run {dt}. First {num} rows below, rest attached.",
                "Pasting the rows that failed validation ({date}):",
                "see extract below — flagged by the {date} batch",
                "Rows from the {month} file:",
                "Hi, these are the records I mentioned on {wday}:",
            ]
        )
    )
    rows = [T(delim.join(h for h, _ in cols))]
    for i in range(1, n + 1):
        cells = []
        for _, tpl in cols:
            cell = R(tpl.replace("p#.", f"p{10 + i}.").replace("s#.", f"s{i}.").replace("#", str(10 + i)))
            if delim.strip() and delim.strip() in "".join(t for t, _ in cell):
                cell = cat('"', cell, '"')
            cells.append(cell)
        rows.append(join(cells, delim))
    outro = R(
        rng.choice(
            [
                "",
                "\n\nCan someone check these before the {wday} run?",
                "\n\nTotal value {amount}.",
                "\n-- end of extract --",
                "\n\n({num} more rows not shown)",
            ]
        )
    )
    return cat(intro, "\n\n", join(rows, "\n"), outro)


# ---------------------------------------------------------------- shorthand notes
def shorthand(ctx):
    rng = ctx.rng
    R = ctx.render  # industry content, written for its own people
    pool = reg(ctx, "notes")
    notes = rng.sample(pool, min(rng.randint(4, 6), len(pool)))
    head = R(
        rng.choice(
            [
                "{date} {time} — {s1.init}" if ctx.pii else "{date} {time} — {job}",
                "Notes ({dept}):",
                "{dt} progress note",
                "Agent notes — {date}",
            ]
        )
    )
    sep = rng.choice(["\n", "\n- ", "\n* ", " // "])
    return cat(head, "\n" if sep == " // " else sep, join([R(n) for n in notes], sep))


STYLES = {
    "email": email,
    "ticket_thread": ticket,
    "chat": chat,
    "sms": sms,
    "caps_dispatch": caps,
    "form_dump": form,
    "csv_rows": csv,
    "call_transcript": transcript,
    "shorthand_notes": shorthand,
    "formal_letter": letter,
}
