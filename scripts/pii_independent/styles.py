"""The nine writing styles, and the records without PII."""

# ruff: noqa: E501  (the data holds other scripts and en dashes; its hand-written sentences stay whole)

from __future__ import annotations

import random

from pii_independent.addresses import COUNTRIES, city_alone
from pii_independent.assembly import Case, Doc, new_person, put_form, put_inline, say, say_titled
from pii_independent.facts import make_fact
from pii_independent.identifiers import ID_SPECS
from pii_independent.industries import INDUSTRIES
from pii_independent.lookalikes import POOLS, bizdate, lookalike
from pii_independent.names import CULTURES


# ------------------------------------------------------------------------------------------- styles
def mention_other(doc: Doc, c: Case) -> None:
    if c.other is None:
        return
    doc.t(f" {c.rng.choice(c.ind['other']).capitalize()}: ")
    say(doc, c.other, "full", "full", "native", "comma")
    doc.t(rng_pick(c.rng, ["; ", ", ", " - "]))
    say(doc, c.other, "given", "family", "nick")
    doc.t(c.rng.choice([" was informed.", " to be contacted.", " is aware.", " present at the time."]))


def rng_pick(rng: random.Random, options: list[str]) -> str:
    return rng.choice(options)


def clock(rng: random.Random) -> str:
    return f"{rng.randint(7, 18):02d}:{rng.randrange(60):02d}"


def templated_note(doc: Doc, c: Case) -> None:
    rng = c.rng
    doc.t(f"[{c.org()[0]} {c.ind['dept']}] {bizdate(rng)} {clock(rng)}\n{rng.choice(c.ind['plabel'])}: ")
    say(doc, c.p, "full", "comma", "comma_caps", "initials", "native", "ascii", "initial_given")
    for fact in c.facts:
        doc.t(rng.choice(["\n", " | ", "\n"]))
        put_form(doc, fact)
    doc.t(
        f"\n{rng.choice(['Hx', 'Notes', 'Details', 'Summary'])}: {c.issue()} {rng.choice(['Spoke to', 'Called', 'Reviewed with', 'Emailed'])} "
    )
    say(doc, c.p, "given", "family", "nick", "given")
    doc.t(rng.choice([", who confirmed the details above.", "; all details verified.", " - happy with plan."]))
    mention_other(doc, c)
    doc.t(f"\nPlan: {c.action()}.\nEntered by: ")
    say(doc, c.staff, "full", "initials", "comma")
    doc.t(f" ({rng.choice(c.ind['roles'])})")


def chat(doc: Doc, c: Case) -> None:
    rng = c.rng
    doc.t(
        rng.choice(["hi ", "hello ", "hey ", "hiya ", "good morning "])
        + rng.choice(["its ", "this is ", "my name is ", "im "])
    )
    say(doc, c.p, "full", "full", "given", "nick")
    doc.t("\n" + c.issue() + "\n")
    for fact in c.facts:
        doc.t(
            rng.choice(["my ", "", "the ", "ok my "])
            + rng.choice(fact.form).lower()
            + rng.choice([" is ", " ", " = ", " its "])
        )
        doc.put(fact.pieces).t("\n")
    doc.t(rng.choice(["its under ", "surname is ", "last name ", "put it under "]))
    say(doc, c.p, "family", "full")
    if c.other:
        doc.t(rng.choice(["\nmy partner ", "\nor ask for ", "\nalso cc "]))
        say(doc, c.other, "given", "full")
    doc.t(
        "\n"
        + rng.choice(["pls call me back asap", "been waiting 3 weeks already", "thanks", "can someone help me today"])
    )


def caps_dispatch(doc: Doc, c: Case) -> None:
    rng = c.rng
    doc.t(
        f"{c.org()[0]} / {c.ind['dept']} / {bizdate(rng)} {clock(rng).replace(':', '')}Z\nRE: {rng.choice(c.ind['subjects'])}\n"
    )
    doc.t(rng.choice(c.ind["plabel"]) + " ")
    say(doc, c.p, "comma", "full", "family")
    for fact in c.facts:
        doc.t(rng.choice([" / ", "\n", " // "]))
        put_inline(doc, fact)
    doc.t("\n" + c.issue() + " ")
    say_titled(doc, c.p)
    doc.t(" ADV.")
    mention_other(doc, c)
    doc.t(f"\nACTION: {c.action()}\nRGDS ")
    say(doc, c.staff, "family", "full", "initials")


def forwarded_email(doc: Doc, c: Case) -> None:
    rng, org = c.rng, c.org()
    email_fact = c.fact("email")
    doc.t("Hi ")
    second = new_person(rng, "p4", rng.choice(sorted(CULTURES)))
    say(doc, second, "given", "nick")
    doc.t(f", can you pick this one up? {rng.choice(['Thanks', 'Cheers', 'Ta'])}, ")
    say(doc, c.staff, "given", "nick")
    doc.t("\n\n---------- Forwarded message ---------\nFrom: ")
    say(doc, c.p, "full", "native", "ascii")
    doc.t(" <").put(email_fact.pieces).t(
        f">\nDate: {bizdate(rng)} at {clock(rng)}\nSubject: {rng.choice(['Re: ', 'Fwd: ', ''])}{rng.choice(c.ind['subjects'])}\nTo: "
    )
    say(doc, c.staff, "full")
    doc.t(" <").put(make_fact(rng, "email", c.staff, org[1]).pieces).t(">\n\n")
    doc.t(rng.choice(["Dear ", "Hello ", "Hi "]))
    say(doc, c.staff, "given", "full")
    doc.t(f",\n\n{c.issue()}\n")
    for fact in c.facts:
        if fact.key != "email":
            doc.t(rng.choice(["My ", "For reference, my ", "The "]) + fact.what + rng.choice([" is ", ": "]))
            doc.put(fact.pieces).t(".\n")
    mention_other(doc, c)
    doc.t(f"\n\n{rng.choice(['Kind regards', 'Best', 'Thanks in advance', 'Regards'])},\n")
    say(doc, c.p, "given", "full", "nick")
    if rng.random() < 0.6:
        doc.t("\n").put(make_fact(rng, "phone", c.p).pieces)
    doc.t("\nSent from my iPhone" if rng.random() < 0.3 else "")


def form(doc: Doc, c: Case) -> None:
    rng = c.rng
    doc.t(f"{c.org()[0].upper()} - {rng.choice(c.ind['subjects']).upper()} FORM\n")
    if rng.random() < 0.5:
        doc.t(rng.choice(["Name: ", "Full name: ", "Name of applicant: "]))
        say(doc, c.p, "full", "comma", "native")
    else:
        doc.t(rng.choice(["Surname: ", "Last name: ", "Family name: "]))
        say(doc, c.p, "family")
        doc.t(rng.choice(["\nFirst name(s): ", "\nForename: ", "\nGiven names: "]))
        say(doc, c.p, "given")
    for fact in c.facts:
        doc.t("\n")
        put_form(doc, fact, multiline=True)
    doc.t(f"\nDate received: {bizdate(rng)}\nNotes: {c.issue()} ")
    say_titled(doc, c.p)
    doc.t(rng.choice([" signed the declaration.", " to send proof of ID.", " confirmed by phone."]))
    mention_other(doc, c)
    doc.t("\nHandled by: ")
    say(doc, c.staff, "full", "initials", "comma")


def call_transcript(doc: Doc, c: Case) -> None:
    rng, org = c.rng, c.org()
    doc.t(
        f"[Call transcript - {org[0]} - {bizdate(rng)} {clock(rng)}]\nAgent: Thank you for calling {org[0]}, you're speaking with "
    )
    say(doc, c.staff, "given", "nick")
    doc.t(
        f". How can I help?\nCaller: Hi, yeah. {c.issue()}\nAgent: I can look into that. Can I take your full name, please?\nCaller: It's "
    )
    say(doc, c.p, "full", "full", "native")
    doc.t(".\nAgent: Thank you, ")
    say_titled(doc, c.p)
    for fact in c.facts:
        doc.t(
            f". {rng.choice(['And can I take your', 'Could you confirm your', 'What is your'])} {fact.what}?\nCaller: {rng.choice(['', 'Sure, ', 'Erm, ', 'Yes, it is '])}"
        )
        doc.put(fact.pieces)
        doc.t("\nAgent: Thanks")
    doc.t(", that's all verified, ")
    say(doc, c.p, "given", "nick", "family")
    doc.t(f". {c.action()}.\nCaller: Great, thanks.")
    if c.other:
        doc.t(" Oh, and my ")
        doc.t(rng.choice(c.ind["other"]) + " ")
        say(doc, c.other, "full", "given")
        doc.t(" might call too.\nAgent: No problem, I'll add a note.")


def sms(doc: Doc, c: Case) -> None:
    rng, org = c.rng, c.org()
    fact = c.facts[0]
    if rng.random() < 0.5:
        doc.t(f"{org[0]}: Hi ")
        say(doc, c.p, "given", "nick", "full")
        doc.t(f", update on {fact.what} ")
        doc.put(fact.pieces)
        doc.t(f": {c.action()}. Reply STOP to opt out")
        return
    doc.t(rng.choice(["hi ", "Hi ", "Morning "]))
    say(doc, c.staff, "given", "nick")
    doc.t(rng.choice([" it's ", " this is ", ", "]))
    say(doc, c.p, "full", "given", "nick")
    doc.t(f" re {fact.what} ")
    doc.put(fact.pieces)
    doc.t(rng.choice([". running 10 min late. ", " - got your letter. ", ". can u call me back? "]))
    if len(c.facts) > 1:
        put_inline(doc, c.facts[1])
    doc.t(rng.choice([" thx", " x", " ta", ""]))


def formal_letter(doc: Doc, c: Case) -> None:
    rng, org = c.rng, c.org()
    doc.t(f"{org[0]}\n{c.ind['dept']} Department\n\n{bizdate(rng)}\n\n{c.p.title(rng) if c.p.family else ''} ".lstrip())
    say(doc, c.p, "full", "initials")
    doc.t("\n").put(c.fact("address").multi or []).t("\n\n")
    refs = [f for f in c.facts if f.key in ID_SPECS]
    for label, fact in zip(["Our ref: ", "Your ref: "], refs[:2], strict=False):
        doc.t(label).put(fact.pieces).t("\n")
    held = [f for f in c.facts if f.key != "address" and f not in refs[:2]]
    doc.t("\nDear ")
    say_titled(doc, c.p)
    doc.t(f",\n\nRe: {rng.choice(c.ind['subjects'])}\n\nI write further to your recent contact. {c.issue()} ")
    for fact in held:
        doc.t(f"We hold your {fact.what} as ")
        doc.put(fact.pieces).t("; please tell us if this is wrong. ")
    mention_other(doc, c)
    doc.t(
        f"\n\n{c.action()}. If you have any questions, please contact me quoting the reference above.\n\nYours sincerely,\n\n"
    )
    say(doc, c.staff, "full", "initials")
    doc.t(f"\n{rng.choice(c.ind['roles']).title()}, {org[0]}")


def case_summary(doc: Doc, c: Case) -> None:
    rng, org = c.rng, c.org()
    say(doc, c.p, "full", "full", "native", "initials", "ascii")
    facts = list(c.facts)
    if facts:
        doc.t(" (")
        put_inline(doc, facts.pop(0))
        doc.t(")")
    doc.t(f" contacted {org[0]} on {bizdate(rng)}. {c.issue()} ")
    for fact in facts:
        doc.t(rng.choice(["", "Records show ", "On file: "]))
        put_inline(doc, fact)
        doc.t(". ")
    doc.t(rng.choice(["According to ", "Per ", "As noted by "]) + rng.choice(c.ind["roles"]) + " ")
    say(doc, c.staff, "full", "initials")
    doc.t(", ")
    say_titled(doc, c.p)
    doc.t(f" {rng.choice(['was advised', 'accepted the outcome', 'disputes this', 'was unhappy'])}. ")
    if rng.random() < 0.5:
        doc.t(f"{c.p.pronoun().capitalize()} has since moved to ").put(
            city_alone(rng, rng.choice(sorted(COUNTRIES)))
        ).t(". ")
    mention_other(doc, c)
    doc.t(f" Outcome: {c.action()}.")


STYLES = {
    "templated_note": (templated_note, "", False),
    "chat": (chat, "lower", True),
    "caps_dispatch": (caps_dispatch, "upper", False),
    "forwarded_email": (forwarded_email, "", False),
    "form": (form, "", False),
    "call_transcript": (call_transcript, "", False),
    "sms": (sms, "", False),
    "formal_letter": (formal_letter, "", False),
    "case_summary": (case_summary, "", False),
}


# ------------------------------------------------------------------------------ records without PII
def clean_record(doc: Doc, style: str, industry: str) -> None:
    """A note of the same style and trade that carries no personal data, only look-alikes."""
    rng, ind = doc.rng, INDUSTRIES[industry]
    org, dept, subject = rng.choice(ind["orgs"])[0], ind["dept"], rng.choice(ind["subjects"])
    first, second = (lookalike(rng, x) for x in rng.sample(ind["issues"], 2))
    action, ticket = lookalike(rng, rng.choice(ind["actions"])), rng.choice(POOLS["ticket"])
    bodies = {
        "templated_note": f"[{org} {dept}] {bizdate(rng)} {clock(rng)}\nRef: {ticket} | Queue: {dept}\nNotes: {first} {second}\nPlan: {action}.\nEntered by: system",
        "chat": f"hi quick question\n{first}\napp is on {rng.choice(POOLS['version'])} on my {rng.choice(POOLS['product'])}\nthanks",
        "caps_dispatch": f"{org} / {dept} / {bizdate(rng)}\nRE: {subject}\n{first}\n{second}\nACTION: {action}",
        "forwarded_email": f"---------- Forwarded message ---------\nFrom: {org} {dept} Team\nDate: {bizdate(rng)} at {clock(rng)}\n"
        f"Subject: {subject}\nTo: All {dept} staff\n\nTeam,\n\n{first}\n{second}\n\nThanks,\n{org} Operations",
        "form": f"{org.upper()} INCIDENT FORM\nReference: {ticket}\nProduct: {rng.choice(POOLS['product'])}\nAmount: {rng.choice(POOLS['amount'])}\n"
        f"Date of incident: {bizdate(rng)}\nNotes: {first}\nStatus: open",
        "call_transcript": f"Agent: Thank you for calling {org}, how can I help?\nCaller: Hi, just a general question, I'd rather not give my details. "
        f"{first}\nAgent: I understand. In cases like that: {action.lower()}. Anything else?\nCaller: No, that's all, thanks. Bye.",
        "sms": f"{org}: your appointment on {bizdate(rng)} at {rng.choice(POOLS['time'])} is confirmed. {action}. Reply STOP to opt out",
        "formal_letter": f"{org}\n{dept} Department\n\n{bizdate(rng)}\n\nDear Customer,\n\nRe: {subject}\n\n{first} {second}\n\n"
        f"{action}. This letter is issued under {rng.choice(POOLS['statute'])}.\n\nYours faithfully,\n\n{org} {dept} Team",
        "case_summary": f"Review of {rng.randint(12, 480)} {industry} files closed between {bizdate(rng)} and {bizdate(rng)} at {org}. {first} "
        f"{second} Average handling time {rng.randint(2, 9)}.{rng.randrange(10)} days; see {rng.choice(POOLS['statute'])} and {ticket}.",
    }
    doc.t(bodies[style])
