"""Facts: a value with its gold span, said plainly or in a form line."""

from __future__ import annotations

import random
from dataclasses import dataclass

from pii_independent.addresses import address
from pii_independent.birthdates import dob
from pii_independent.identifiers import ID_SPECS, NATIONAL_IDS, nhs_number, uk_licence
from pii_independent.names import Person
from pii_independent.numbers import card, email, fill, iban, ipv4, ipv6, phone, profile_url, ssn


# ------------------------------------------------------------------------------------------- facts
@dataclass
class Fact:
    """One piece of personal data, with the ways a note may label it."""

    key: str
    pieces: list  # (text, None) glue and (value, span meta) values, on one line
    form: list[str]  # labels of a form line
    inline: list[str]  # templates around the value in running text ("{v}" alone: no label)
    what: str  # what an agent asks for
    multi: list | None = None  # the same value over several lines (addresses)


def value(text: str, type_: str, kind: str) -> list:
    return [(text, {"type": type_, "kind": kind})]


PLAIN_FACTS = {
    # key: (form labels, inline templates, what)
    "phone": (
        ["Tel", "Phone", "Mobile", "Contact no", "Ph"],
        [
            "tel {v}",
            "mob: {v}",
            "phone {v}",
            "call back on {v}",
            "contact no. {v}",
            "ph {v}",
            "{v}",
            "cell {v}",
            "T: {v}",
        ],
        "phone number",
    ),
    "email": (
        ["Email", "E-mail", "Email address"],
        ["email {v}", "e-mail: {v}", "at {v}", "{v}", "mail {v}", "email address {v}"],
        "email address",
    ),
    "url": (
        ["Profile", "LinkedIn", "Web"],
        ["profile {v}", "see {v}", "{v}", "online at {v}", "page: {v}"],
        "profile link",
    ),
    "card": (
        ["Card number", "Card no", "PAN"],
        ["card {v}", "card no. {v}", "paid with {v}", "cc# {v}", "{v}", "card number {v}"],
        "card number",
    ),
    "iban": (["IBAN", "Bank (IBAN)"], ["IBAN {v}", "IBAN: {v}", "to {v}", "{v}", "bank acct {v}"], "IBAN"),
    "ip": (
        ["IP", "IP address", "Last login IP"],
        ["IP {v}", "from IP {v}", "IP address {v}", "{v}", "src {v}", "(IP {v})"],
        "IP address",
    ),
    "nhs": (["NHS no", "NHS number"], ["NHS no. {v}", "NHS number {v}", "NHS: {v}", "{v} (NHS)"], "NHS number"),
    "licence": (
        ["Driving licence", "Licence no"],
        ["driving licence {v}", "DVLA licence no. {v}", "licence number {v}"],
        "driving licence number",
    ),
    "address": (
        ["Address", "Addr", "Home address", "Correspondence address"],
        ["address {v}", "addr: {v}", "lives at {v}", "residing at {v}", "{v}", "of {v}"],
        "address",
    ),
}


def plain_value(rng: random.Random, key: str, p: Person, domain: str) -> list:
    """The value of a PLAIN_FACTS key other than the address."""
    if key == "phone":
        text, kind = phone(rng, p.cc)
        return value(text, "PHONE_NUMBER", kind)
    if key == "email":
        text, kind = email(rng, p, domain)
        return value(text, "EMAIL_ADDRESS", kind)
    if key == "card":
        text, kind = card(rng)
        return value(text, "CREDIT_CARD", kind)
    if key == "iban":
        text, kind = iban(rng)
        return value(text, "IBAN_CODE", kind)
    if key == "ip":
        return value(ipv4(rng), "IP_ADDRESS", "ipv4") if rng.random() < 0.7 else value(ipv6(rng), "IP_ADDRESS", "ipv6")
    if key == "url":
        return value(profile_url(rng, p), "URL", "profile_url")
    if key == "nhs":
        return value(nhs_number(rng), "ID", "nhs_number")
    return value(uk_licence(rng, p), "ID", "uk_driving_licence")


def make_fact(rng: random.Random, key: str, p: Person, domain: str = "") -> Fact:
    if key == "address":
        form, inline, what = PLAIN_FACTS[key]
        row = rng.randrange(12)
        return Fact(key, address(rng, p.addr, False, row), form, inline, what, address(rng, p.addr, True, row))
    if key in PLAIN_FACTS:
        form, inline, what = PLAIN_FACTS[key]
        return Fact(key, plain_value(rng, key, p, domain), form, inline, what)
    if key == "dob":
        text, kind, labels = dob(rng, p)
        return Fact(
            key, value(text, "DATE_TIME", kind), ["DOB", "Date of birth", "D.O.B.", "Born"], labels, "date of birth"
        )
    if key == "ssn":
        inline, form, _, _, type_ = NATIONAL_IDS["US"]
        text, kind = ssn(rng)
        return Fact(key, value(text, type_, kind), [form], inline, "social security number")
    if key == "natid":
        if p.cc not in NATIONAL_IDS:
            return make_fact(rng, "passport", p)
        inline, form, maker, kind, type_ = NATIONAL_IDS[p.cc]
        if maker is None:
            text, kind = ssn(rng)
        else:
            text = maker(rng, p)
        return Fact(key, value(text, type_, kind), [form], inline, form)
    type_, patterns, form, inline, what = ID_SPECS[key]
    pattern, kind = rng.choice(patterns)
    return Fact(key, value(fill(rng, pattern), type_, kind), form, inline, what)
