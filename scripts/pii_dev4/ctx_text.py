"""Context words, date-of-birth formats and template helpers used by ctx.py."""

import re

from . import ids_personal as ip
from .core import ONES, ordinal, words, year_words

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
MON = [m[:3] for m in MONTHS]
FR_M = [
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
ES_M = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
]
DE_M = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
]

LABELS = {
    "claim": [
        "Claim #",
        "Claim No.",
        "clm no.",
        "claim ref",
        "Schaden-Nr.",
        "Schadennummer",
        "siniestro nº",
        "sinistre n°",
        "Claim ID",
        "CLM",
        "claim number",
    ],
    "pol": [
        "Policy",
        "pol",
        "Policy No.",
        "Polizze",
        "Polizzennr.",
        "póliza",
        "police n°",
        "Versicherungsschein-Nr.",
        "policy #",
        "POLNO",
        "pol. no",
    ],
    "mrn": [
        "MRN",
        "hosp no",
        "Hosp. No.",
        "hospital number",
        "MR#",
        "med rec no",
        "NHC",
        "dossier n°",
        "unit no.",
        "RM2 no",
        "K-number",
    ],
    "acct": [
        "acct",
        "a/c",
        "Acct No.",
        "Account",
        "Kd.-Nr.",
        "Kundennummer",
        "customer no.",
        "cust #",
        "nº de cuenta",
        "n° client",
        "CIF",
        "account ref",
    ],
    "loan": ["loan no.", "Loan Acct", "agreement no.", "credit agreement", "Darlehensnr.", "préstamo nº", "a/c"],
    "iban": ["IBAN", "iban:", "IBAN (payout)", "bank details", "Bankverbindung IBAN", "IBAN for refund"],
    "card": ["card", "Visa", "card no.", "cc#", "Kartennr.", "tarjeta", "CC", "PAN"],
    "ph": ["tel", "Tel.", "mob", "mobile", "cell", "ph", "phone", "Handy", "móvil", "contact no.", "WhatsApp", "tél."],
    "em": ["email", "e-mail", "mail", "correo", "E-Mail", "courriel"],
    "dob": ["DOB", "d.o.b.", "date of birth", "born", "geb.", "Geburtsdatum", "fecha de nac.", "né(e) le", "b.", "DoB"],
    "ip": ["IP", "ip addr", "client_ip", "src", "login from", "remote_addr"],
    "url": ["profile", "linkedin", "fb", "insta", "social", "page"],
}
TYPE = {
    "claim": "CLAIM_ID",
    "pol": "POLICY_NUMBER",
    "mrn": "MRN",
    "acct": "ACCOUNT_NUMBER",
    "loan": "ACCOUNT_NUMBER",
    "iban": "IBAN_CODE",
    "card": "CREDIT_CARD",
    "ip": "IP_ADDRESS",
    "ip6": "IP_ADDRESS",
    "ph": "PHONE_NUMBER",
    "em": "EMAIL_ADDRESS",
    "wem": "EMAIL_ADDRESS",
    "url": "URL",
    "dob": "DATE_TIME",
}
PID = {
    "nid": None,
    "hid": ip.health,
    "tax": ip.tax,
    "pass": ip.passport,
    "dl": ip.licence,
    "plate": ip.plate,
    "mbr": ip.member,
    "pat": ip.patient,
    "stu": ip.student,
}
_KEY = re.compile(r"^(dob|ph|em|wem|url|nid|hid|tax|pass|dl|plate|mbr|pat|stu)(\d)(?:\.(\w+))?$")


def dob_text(r, d, spoken=False):
    if spoken:
        return (
            r.choice(
                [
                    "the %s of %s, %s" % (ordinal(d.day), MONTHS[d.month - 1], year_words(d.year)),
                    "%s %s %s" % (MONTHS[d.month - 1], ordinal(d.day), year_words(d.year)),
                    "%s %s, %s"
                    % (
                        ordinal(d.day),
                        MONTHS[d.month - 1],
                        words(d.year % 100) if d.year % 100 >= 10 else "oh " + ONES[d.year % 100],
                    ),
                    "%s %s, %s %s, %s"
                    % (
                        "oh" if d.day < 10 else "",
                        words(d.day) if d.day >= 10 else ONES[d.day],
                        "oh" if d.month < 10 else "",
                        words(d.month) if d.month >= 10 else ONES[d.month],
                        year_words(d.year),
                    ),
                ]
            )
            .replace("  ", " ")
            .strip()
        )
    y, m, dd = d.year, d.month, d.day
    return r.choice(
        [
            "%02d/%02d/%d" % (dd, m, y),
            "%d-%02d-%02d" % (y, m, dd),
            "%d %s %d" % (dd, MONTHS[m - 1], y),
            "%s %d, %d" % (MONTHS[m - 1], dd, y),
            "%02d.%02d.%02d" % (dd, m, y % 100),
            "%d-%s-%d" % (dd, MON[m - 1], y),
            "%02d.%02d.%d" % (dd, m, y),
            "%d%02d%02d" % (y, m, dd),
            "%d%s %s %d"
            % (dd, "th" if 10 < dd < 14 else {1: "st", 2: "nd", 3: "rd"}.get(dd % 10, "th"), MONTHS[m - 1], y),
            "%02d/%02d/%d" % (m, dd, y),
            "%d. %s %d" % (dd, DE_M[m - 1], y),
            "%d de %s de %d" % (dd, ES_M[m - 1], y),
            "%d %s %d" % (dd, FR_M[m - 1], y),
            "%d/%d/%02d" % (dd, m, y % 100),
            "%02d %s %d" % (dd, MON[m - 1].upper(), y),
        ]
    )


def split_top(s, sep="|"):
    out, depth, cur = [], 0, []
    for c in s:
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
        if c == sep and depth == 0:
            out.append("".join(cur))
            cur = []
        else:
            cur.append(c)
    out.append("".join(cur))
    return out
