"""Dates of birth in many formats and languages."""

from __future__ import annotations

import random

from pii_independent.names import Person

# ------------------------------------------------------------------------------------ dates of birth
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
MOIS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
DOB_LABELS = [
    "DOB {v}",
    "DOB: {v}",
    "D.O.B. {v}",
    "date of birth {v}",
    "born {v}",
    "dob {v}",
    "b. {v}",
    "{v} (DOB)",
    "Date of Birth: {v}",
    "birth date {v}",
]


def ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def dob(rng: random.Random, p: Person) -> tuple[str, str, list[str]]:
    d, month = p.dob, MONTHS[p.dob.month - 1]
    options = [
        (f"{d.month}/{d.day}/{d.year}", "dob_us", DOB_LABELS),
        (f"{d.month:02d}/{d.day:02d}/{d.year}", "dob_us_padded", DOB_LABELS),
        (f"{d.day:02d}/{d.month:02d}/{d.year}", "dob_eu", DOB_LABELS),
        (f"{d.day}.{d.month}.{d.year}", "dob_eu_dots", DOB_LABELS),
        (d.isoformat(), "dob_iso", DOB_LABELS),
        (f"{d.day} {month} {d.year}", "dob_words_dmy", DOB_LABELS),
        (f"{month} {d.day}, {d.year}", "dob_words_mdy", DOB_LABELS),
        (f"{d.month}/{d.day}/{d.year % 100:02d}", "dob_short_year", DOB_LABELS),
        (f"{d.day:02d}-{month[:3].upper()}-{d.year}", "dob_dd_mon_yyyy", DOB_LABELS),
        (f"{d.day:02d}{month[:3].upper()}{d.year % 100:02d}", "dob_compact", DOB_LABELS),
        (
            f"{ordinal(d.day)} of {month} {d.year}",
            "dob_ordinal",
            ["born on the {v}", "was born on the {v}", "DOB the {v}"],
        ),
        (f"{d.day}-{d.month:02d}-{d.year}", "dob_eu_dash", DOB_LABELS),
        (f"{month[:3]} {d.day} {d.year}", "dob_words_short", DOB_LABELS),
        (f"{d.day:02d}.{d.month:02d}.{d.year}", "dob_de", ["geb. {v}", "geb. am {v}", "Geburtsdatum: {v}", "DOB {v}"]),
        (
            f"{d.day} {MOIS[d.month - 1]} {d.year}",
            "dob_fr_words",
            [f"{'né' if p.gender == 'm' else 'née'} le {{v}}", "date de naissance : {v}"],
        ),
        (f"{d.year}年{d.month}月{d.day}日", "dob_cjk", ["生年月日 {v}", "DOB {v}"]),
        (f"{d.year}/{d.month:02d}/{d.day:02d}", "dob_ymd_slash", DOB_LABELS),
    ]
    return rng.choice(options)
