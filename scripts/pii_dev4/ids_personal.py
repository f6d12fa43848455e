"""Passports, driving licences, plates, member/patient ids, account, claim, policy,
MRN, IBAN and card numbers.  Business references are in lookalikes.py."""

from .checks import iban_make, luhn_digit
from .core import strip_marks
from .ids_national import A, D, ymd


def passport(r, p):
    cc = p.cc
    fmt = {
        "GB": "#########",
        "US": "#########",
        "DE": "C@@#####@",
        "FR": "##@@#####",
        "IN": "@#######",
        "NG": "A########",
        "CA": "@@######",
        "AU": "@#######",
        "IE": "@@#######",
        "ES": "@@@######",
        "IT": "YA#######",
        "PK": "@@#######",
        "PH": "P#######@",
        "KE": "AK#######",
        "ZA": "A########",
        "BR": "@@######",
        "MX": "G########",
        "JP": "T@#######",
        "KR": "M########",
        "CN": "E########",
        "TR": "U########",
        "MA": "@@#######",
        "AM": "AN#######",
        "GE": "##@@#####",
    }.get(cc, "@@#######")
    v = "".join(str(r.randint(0, 9)) if c == "#" else (r.choice("CFGHJKLMNPRTVWXYZ") if c == "@" else c) for c in fmt)
    return v, ["passport", "passport no.", "PP#", "Reisepass-Nr.", "pasaporte", "PPT"], "passport"


def gb_licence(r, p):
    s = "".join(c for c in strip_marks(p.sur() or p.given).upper() if c.isalpha())[:5].ljust(5, "9")
    m = p.dob.month + (50 if p.gender == "f" else 0)
    gi = strip_marks(p.given).upper()[0]
    v = "%s%d%02d%02d%d%s9%s" % (s, (p.dob.year // 10) % 10, m, p.dob.day, p.dob.year % 10, gi + "9", A(r, 2))
    return v, ["DL", "driving licence", "licence no."], "driver_licence"


def licence(r, p):
    if p.cc == "GB":
        return gb_licence(r, p)
    fmt = {
        "US": r.choice(["@###-####-####", "@#######", "###-###-###"]),
        "DE": "B0##@@@#@##",
        "FR": "##@@#####@##",
        "AU": "########",
        "CA": "@####-#####-#####",
        "IN": "@@##-########",
        "IE": "###-###-###",
    }.get(p.cc, "@#######")
    v = "".join(
        str(r.randint(0, 9)) if c == "#" else (r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if c == "@" else c) for c in fmt
    )
    return v, ["DL", "driver's licence", "Führerschein-Nr.", "licence no.", "permis n°", "lic#"], "driver_licence"


PLATE = {
    "GB": "@@## @@@",
    "DE": "@-@@ ####",
    "FR": "@@-###-@@",
    "ES": "#### @@@",
    "IT": "@@ ###@@",
    "NL": "@@-###-@",
    "PL": "W@ #####",
    "US": "#@@@###",
    "IN": "KA ## @@ ####",
    "KE": "K@@ ###@",
    "NG": "LSD ###@@",
    "ZA": "@@ ###-###",
    "AU": "#@@-#@@",
    "BR": "@@@#@##",
    "MX": "@@@-###-@",
    "PH": "@@@ ####",
    "IE": "##-D-#####",
    "AT": "W-#####@",
    "PT": "##-@@-##",
    "BE": "1-@@@-###",
    "TR": "34 @@@ ###",
    "CA": "@@@@ ###",
    "NZ": "@@@###",
    "SK": "BA###@@",
}


def plate(r, p):
    fmt = PLATE.get(p.cc, "@@ ####")
    v = "".join(
        str(r.randint(0, 9)) if c == "#" else (r.choice("ABCDEFGHJKLMNPRSTVWXYZ") if c == "@" else c) for c in fmt
    )
    return v, ["reg", "VRN", "plate", "Kennzeichen", "matrícula", "immat.", "veh reg", "plate no."], "licence_plate"


def member(r, p):
    v = r.choice(
        [
            "MBR-%s" % D(r, 8),
            "%s-%s-%s" % (D(r, 3), D(r, 4), D(r, 2)),
            "LY%s" % D(r, 9),
            "GLD %s %s" % (D(r, 4), D(r, 4)),
        ]
    )
    return v, ["member no.", "loyalty no.", "membership ID", "Rewards #", "Mitgliedsnr."], "member_id"


def patient(r, p):
    v = r.choice(["PT%s" % D(r, 7), "%s-%s" % (D(r, 4), D(r, 5)), "PMR-%s" % D(r, 6), "P/%s/%s" % (D(r, 2), D(r, 6))])
    return v, ["patient ID", "PMR no.", "Pat.-Nr.", "patient no.", "CHI"], "patient_id"


def student(r, p):
    v = r.choice(
        ["STU-%s" % D(r, 6), "S%s" % D(r, 7), "%s%s" % (ymd(p)[:2], D(r, 6)), "UCI %s%s" % (A(r, 1), D(r, 12))]
    )
    return v, ["student ID", "pupil no.", "learner ref", "UCI", "Schüler-Nr."], "student_id"


def account(r, kind="account"):
    if kind == "loan":
        v = r.choice(
            [
                "LN-%s-%s" % (r.randint(2015, 2024), D(r, 6)),
                "%s%s" % (D(r, 4), D(r, 8)),
                "L%s/%s" % (D(r, 7), D(r, 2)),
                "PL-%s" % D(r, 9),
            ]
        )
    else:
        v = r.choice(
            [
                "%s" % D(r, 8),
                "%s-%s" % (D(r, 4), D(r, 6)),
                "ACC-%s" % D(r, 8),
                "%s %s %s" % (D(r, 3), D(r, 3), D(r, 4)),
                "CU%s" % D(r, 7),
                "%s/%s" % (D(r, 6), D(r, 2)),
                "1%s" % D(r, 11),
                "%s-%s-%s" % (D(r, 2), D(r, 6), D(r, 1)),
            ]
        )
    return v


def claim(r):
    y = r.randint(2022, 2025)
    return r.choice(
        [
            "CLM-%d-%s" % (y, D(r, 7)),
            "%s-%s-%s" % (D(r, 4), D(r, 6), D(r, 1)),
            "CL%s" % D(r, 9),
            "%d/%s/%s" % (y, A(r, 2), D(r, 5)),
            "SIN%d%s" % (y % 100, D(r, 6)),
            "C-%s-%s" % (A(r, 2), D(r, 7)),
            "MTR%s%s" % (y, D(r, 5)),
            "%s%s" % (D(r, 2), D(r, 8)),
        ]
    )


def policy(r):
    return r.choice(
        [
            "POL-%s-%s" % (A(r, 2), D(r, 8)),
            "HO3-%s-%s" % (D(r, 3), D(r, 5)),
            "%s.%s.%s.%s" % (D(r, 1), D(r, 3), D(r, 3), D(r, 3)),
            "%s/%s/%s" % (A(r, 3), D(r, 6), D(r, 2)),
            "AU-MTR-%s-%s" % (D(r, 4), D(r, 4)),
            "P%s" % D(r, 10),
            "%s%s%s" % (A(r, 2), D(r, 7), A(r, 1)),
            "VS-%s-%s" % (D(r, 5), D(r, 3)),
        ]
    )


def mrn(r):
    return r.choice(
        [
            "%s" % D(r, 8),
            "H%s" % D(r, 7),
            "MRN%s" % D(r, 7),
            "%s-%s-%s" % (D(r, 2), D(r, 2), D(r, 4)),
            "RX%s%s" % (A(r, 1), D(r, 6)),
            "%s %s" % (D(r, 3), D(r, 5)),
            "K%s%s" % (D(r, 6), A(r, 1)),
            "E%s" % D(r, 9),
        ]
    )


IBAN_SPEC = {
    "AL": "8n16c",
    "AT": "16n",
    "BE": "12n",
    "BG": "4a6n8c",
    "CH": "5n12c",
    "DE": "18n",
    "EE": "16n",
    "ES": "20n",
    "FI": "14n",
    "FR": "10n11c2n",
    "GB": "4a14n",
    "GE": "2a16n",
    "GR": "7n16c",
    "HR": "17n",
    "HU": "24n",
    "IE": "4a14n",
    "IS": "22n",
    "IT": "1a10n12c",
    "LB": "4n20c",
    "LT": "16n",
    "LV": "4a13c",
    "MT": "4a5n18c",
    "NL": "4a10n",
    "PL": "24n",
    "PT": "21n",
    "RS": "18n",
    "SI": "15n",
    "SK": "20n",
    "TN": "20n",
    "TR": "6n16c",
    "KZ": "3n13c",
    "PK": "4a16c",
    "BR": "23n1a1c",
}
BANKS = {
    "GB": "NWBK|BARC|LOYD|HBUK|MIDL|MONZ",
    "IE": "AIBK|BOFI|IPBS",
    "NL": "ABNA|RABO|INGB|TRIO|SNSB",
    "BG": "UNCR|BPBI|STSA",
    "LV": "HABA|UNLA|PARX",
    "MT": "VALL|MALT|APSB",
    "PK": "HABB|MEZN|UNIL",
    "GE": "TB|BG",
}


def iban(r, cc):
    spec = IBAN_SPEC[cc]
    out, num = [], ""
    for ch in spec:
        if ch.isdigit():
            num += ch
            continue
        n = int(num)
        num = ""
        if ch == "n":
            out.append(D(r, n))
        elif ch == "a":
            banks = BANKS.get(cc)
            out.append(r.choice(banks.split("|")) if banks and not out else A(r, n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
        else:
            out.append("".join(r.choice("0123456789" * 3 + "ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n)))
    v = iban_make(cc, "".join(out))
    if r.random() < 0.6:
        v = " ".join(v[i : i + 4] for i in range(0, len(v), 4))
    return v


def card(r):
    kind = r.choice(["visa", "visa", "mc", "mc2", "amex", "disc", "jcb", "up"])
    pre, n = {
        "visa": ("4", 16),
        "mc": ("5%d" % r.randint(1, 5), 16),
        "mc2": ("2%d" % r.randint(221, 720), 16),
        "amex": (r.choice(["34", "37"]), 15),
        "disc": ("6011", 16),
        "jcb": ("35%d" % r.randint(28, 89), 16),
        "up": ("62", 16),
    }[kind]
    b = pre + D(r, n - 1 - len(pre))
    v = b + luhn_digit(b)
    sep = r.choice([" ", "-", "", " "])
    if n == 15:
        return sep.join([v[:4], v[4:10], v[10:]]) if sep else v
    return sep.join(v[i : i + 4] for i in range(0, 16, 4))


def health(r, p):
    """Health-system numbers: NHS number (mod 11), TAJ, KVNR-like, carte Vitale (NIR), generic."""
    from .ids_national import nhs, nir, taj

    if p.cc == "GB":
        return nhs(r, p)
    if p.cc == "HU":
        return taj(r, p)
    if p.cc == "FR":
        v, _, _ = nir(r, p)
        return v, ["carte Vitale", "n° Vitale"], "health_id"
    if p.cc in ("DE", "AT"):
        return "%s%s" % (A(r, 1), D(r, 9)), ["KVNR", "Versichertennr."], "health_id"
    if p.cc in ("ES", "MX", "PE", "CU", "DO", "GT"):
        return "%s%s" % (A(r, 4), D(r, 10)), ["tarjeta sanitaria", "CIP", "nº afiliación"], "health_id"
    return (
        r.choice(["%s %s %s" % (D(r, 3), D(r, 3), D(r, 4)), "H%s" % D(r, 9), "%s-%s" % (D(r, 4), D(r, 6))]),
        ["health card no.", "Medicare no.", "health ID", "insurance card"],
        "health_id",
    )


def tax(r, p):
    from . import ids_national as N
    from . import ids_national_b as NB

    f = {
        "DE": N.steuer_id,
        "IT": N.codice_fiscale,
        "IN": NB.pan,
        "BR": NB.cpf,
        "PT": N.nif_pt,
        "HR": N.oib,
        "AU": N.tfn,
        "NZ": N.ird,
        "ES": N.dni_es,
        "PL": N.pesel,
    }.get(p.cc)
    if f:
        v, labels, _ = f(r, p)
        return v, labels, "tax_id"
    if p.cc == "KE":
        return "A0%s%s" % (D(r, 8), A(r, 1)), ["KRA PIN", "PIN"], "tax_id"
    if p.cc == "MX":
        s = "".join(c for c in (p.s_raw + "XX") if c.isalpha())[:2].upper()
        return (
            "%s%s%s%s%s" % (s, (p.s2_raw or "X")[0].upper(), p.given[0].upper(), ymd(p), A(r, 2) + D(r, 1)),
            ["RFC"],
            "tax_id",
        )
    if p.cc == "GB":
        return D(r, 10), ["UTR", "UTR no."], "tax_id"
    if p.cc == "US":
        return "9%s-%s-%s" % (D(r, 2), r.choice(["70", "78", "88", "92"]), D(r, 4)), ["ITIN", "TIN"], "tax_id"
    return D(r, 9), ["TIN", "tax no.", "NIF"], "tax_id"
