"""Identifiers of a person, with the context words notes put in front of them and a table header."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from . import checks as C
from .people import Person
from .segs import Seg, Segs

# kind -> (type, labels used in running text, table header)
KINDS: dict[str, tuple[str, list[str], str]] = {
    "pesel": ("ID", ["PESEL", "PESEL:", "nr PESEL", "pesel no."], "PESEL"),
    "codice_fiscale": ("ID", ["codice fiscale", "C.F.", "CF:", "cod. fisc."], "Cod. fiscale"),
    "personnummer": ("ID", ["personnummer", "pers.nr", "pnr", "Swedish ID no."], "Personnr"),
    "fodselsnummer": ("ID", ["fødselsnummer", "fnr.", "f.nr", "Norwegian ID no."], "Fnr"),
    "rodne_cislo": ("ID", ["rodné číslo", "RČ", "r.č.", "birth no."], "RČ"),
    "nif": ("ID", ["NIF", "NIF:", "contribuinte n.º", "PT tax no."], "NIF"),
    "kenya_id": ("ID", ["ID no.", "Kenyan ID", "national ID", "ID:"], "ID No"),
    "cnic": ("ID", ["CNIC", "CNIC#", "NIC no", "ID card no."], "CNIC"),
    "lk_nic": ("ID", ["NIC", "NIC no.", "N.I.C.", "SL ID"], "NIC"),
    "nric": ("ID", ["NRIC", "NRIC/FIN", "IC no.", "IC:"], "NRIC"),
    "mykad": ("ID", ["MyKad", "IC no.", "No. K/P", "NRIC"], "IC No"),
    "tc_kimlik": ("ID", ["TC kimlik no", "T.C. Kimlik No:", "TCKN", "kimlik"], "TCKN"),
    "ni_number": ("ID", ["NI number", "NINO", "NI no.", "National Insurance no."], "NINO"),
    "ppsn": ("ID", ["PPSN", "PPS no.", "PPS number", "pps"], "PPSN"),
    "sin": ("ID", ["SIN", "SIN#", "social insurance no.", "S.I.N."], "SIN"),
    "dni": ("ID", ["DNI", "DNI/NIF", "NIF", "doc. identidad"], "DNI"),
    "cpr": ("ID", ["CPR", "CPR-nr.", "personnummer (DK)", "cpr no"], "CPR"),
    "ssn": ("US_SSN", ["SSN", "SS#", "social security number", "soc sec no"], "SSN"),
    "passport": ("ID", ["passport", "passport no.", "PPT", "pass. no"], "Passport"),
    "visa": ("ID", ["visa no.", "visa foil", "vignette no.", "visa number"], "Visa no"),
    "residence_permit": ("ID", ["BRP", "BRP no.", "residence permit", "RP no."], "BRP"),
    "driver_licence": ("ID", ["driving licence", "DL no.", "driver's license", "licence no."], "DL"),
    "vehicle_plate": ("ID", ["reg", "car reg", "VRN", "plate"], "Reg"),
    "pupil_id": ("ID", ["UPN", "UPN:", "pupil no.", "adm no."], "UPN"),
    "employee_id": ("ID", ["staff no.", "emp id", "payroll no.", "employee no."], "Staff no"),
    "case_ref": ("ID", ["case ref", "our ref", "ref:", "case no."], "Case ref"),
    "username": ("ID", ["user", "login", "username"], "User"),
    "member_number": ("ACCOUNT_NUMBER", ["member no.", "membership number", "mbr no", "scheme ref"], "Member no"),
    "tenancy_ref": ("ACCOUNT_NUMBER", ["tenancy ref", "tenancy no.", "tncy ref", "TR"], "Tenancy ref"),
    "customer_number": ("ACCOUNT_NUMBER", ["customer no.", "cust no", "cust ref", "CRN"], "Customer no"),
    "account_number": ("ACCOUNT_NUMBER", ["account no.", "acct", "a/c", "account"], "Account"),
    "bank_account": ("ACCOUNT_NUMBER", ["sort code", "s/c", "bank details:", "SC"], "Bank details"),
    "iban": ("IBAN_CODE", ["IBAN", "IBAN:", "iban", "bank (IBAN)"], "IBAN"),
    "card_full": ("CREDIT_CARD", ["card", "card no.", "PAN", "paid by card"], "Card"),
    "card_masked": ("CREDIT_CARD", ["card ending", "card ending in", "last four", "ending"], "Card"),
    "prescription_number": ("MRN", ["Rx no.", "Rx#", "script no.", "prescription no."], "Rx no"),
    "nhs_number": ("MRN", ["NHS no.", "NHS number", "NHS#", "NHS No:"], "NHS No"),
    "chi_number": ("MRN", ["CHI", "CHI no.", "CHI number"], "CHI"),
    "hospital_number": ("MRN", ["hosp no.", "MRN", "hospital number", "H/No"], "Hosp no"),
    "policy_number": ("POLICY_NUMBER", ["policy no.", "policy", "pol. no", "policy number"], "Policy"),
    "claim_id": ("CLAIM_ID", ["claim ref", "claim no.", "claim", "CLM ref"], "Claim"),
    "loyalty": ("ACCOUNT_NUMBER", ["FF no.", "frequent flyer no.", "Club no.", "loyalty no."], "FF no"),
}

NATIONAL = {"PL": "pesel", "IT": "codice_fiscale", "SE": "personnummer", "NO": "fodselsnummer", "CZ": "rodne_cislo",
            "SK": "rodne_cislo", "PT": "nif", "KE": "kenya_id", "PK": "cnic", "LK": "lk_nic", "SG": "nric",
            "MY": "mykad", "TR": "tc_kimlik", "US": "ssn", "GB": "ni_number", "IE": "ppsn", "CA": "sin", "ES": "dni", "DK": "cpr"}  # fmt: skip


# National schemes cycled through so each appears several times, with the cultures whose people plausibly hold them.
SCHEME_CULTURES = {
    "pesel": ["Polish"],
    "rodne_cislo": ["Czech", "Slovak"],
    "codice_fiscale": ["Italian", "Sicilian"],
    "personnummer": ["Swedish", "Sami"],
    "fodselsnummer": ["Norwegian", "Sami"],
    "nif": ["Portuguese"],
    "kenya_id": ["Kenyan", "Swahili"],
    "cnic": ["Urdu", "Pashto"],
    "lk_nic": ["Sinhala", "Tamil"],
    "nric": ["Chinese-Singaporean", "Malay", "Tamil"],
    "mykad": ["Malay", "Chinese-Singaporean"],
    "tc_kimlik": ["Turkish"],
    "ppsn": ["Irish", "Polish", "Lithuanian"],
    "sin": ["Tagalog", "Punjabi", "Somali", "English"],
    "dni": ["Catalan", "Basque", "Galician"],
    "cpr": ["Danish"],
    "ni_number": ["English", "Welsh", "Scottish", "Jamaican"],
    "ssn": ["Cajun", "Navajo", "Hmong"],
}


class Ident(NamedTuple):
    type: str
    kind: str
    value: Segs
    labels: list[str]
    header: str

    def text(self) -> str:
        return "".join(s.text for s in self.value)


def national_kind(person: Person, country: str) -> str:
    if person.home == country and country in NATIONAL:
        return NATIONAL[country]
    if person.home in NATIONAL and person.home not in ("US", "GB", "IE", "CA", "ES", "DK"):
        return NATIONAL[person.home]
    return NATIONAL.get(country, "passport")


def _plate(rng, cc: str) -> str:
    d, ls = C.digits, C.letters
    fmts = {
        "GB": lambda: f"{ls(rng, 2)}{rng.randint(10, 74)} {ls(rng, 3)}",
        "IE": lambda: (
            f"{rng.randint(12, 241)}-{rng.choice(['D', 'G', 'C', 'L', 'KY', 'CE', 'WX'])}-{rng.randint(1, 29999)}"
        ),
        "PL": lambda: f"{rng.choice(['WA', 'KR', 'PO', 'GD', 'EL', 'WX'])} {d(rng, 3)}{ls(rng, 2)}",
        "SE": lambda: f"{ls(rng, 3)} {d(rng, 2)}{rng.choice([ls(rng, 1), d(rng, 1)])}",
        "NO": lambda: f"{rng.choice(['EK', 'VH', 'ZT', 'BT'])} {d(rng, 5)}",
        "DK": lambda: f"{ls(rng, 2)} {d(rng, 2)} {d(rng, 3)}",
        "CZ": lambda: f"{rng.randint(1, 9)}{ls(rng, 1)}{rng.randint(1, 9)} {d(rng, 4)}",
        "IT": lambda: f"{ls(rng, 2)} {d(rng, 3)}{ls(rng, 2)}",
        "PT": lambda: f"{ls(rng, 2)}-{d(rng, 2)}-{ls(rng, 2)}",
        "ES": lambda: f"{d(rng, 4)} {ls(rng, 3, 'BCDFGHJKLMNPRSTVWXYZ')}",
        "US": lambda: rng.choice([f"{rng.randint(1, 9)}{ls(rng, 3)}{d(rng, 3)}", f"{ls(rng, 3)}-{d(rng, 4)}"]),
        "CA": lambda: f"{ls(rng, 4)} {d(rng, 3)}",
        "AU": lambda: f"{rng.randint(1, 9)}{ls(rng, 2)}{rng.randint(1, 9)}{ls(rng, 2)}",
        "KE": lambda: f"K{ls(rng, 2)} {d(rng, 3)}{ls(rng, 1)}",
        "PK": lambda: f"{rng.choice(['LEA', 'LEB', 'RIQ', 'IDM'])}-{rng.randint(10, 24)}-{d(rng, 4)}",
        "LK": lambda: f"{rng.choice(['WP ', 'CP ', ''])}{ls(rng, 3)}-{d(rng, 4)}",
        "SG": lambda: f"S{ls(rng, 2)}{rng.randint(1, 9999)}{ls(rng, 1)}",
        "MY": lambda: f"{rng.choice(['W', 'B', 'P', 'J'])}{ls(rng, 2)} {rng.randint(1, 9999)}",
        "JM": lambda: f"{d(rng, 4)} {ls(rng, 2)}",
        "TR": lambda: (
            f"{rng.choice(['34', '06', '35', '16', '27'])} {ls(rng, rng.randint(1, 3))} {d(rng, rng.randint(2, 4))}"
        ),
        "NG": lambda: f"{ls(rng, 3)}-{d(rng, 3)}{ls(rng, 2)}",
        "FJ": lambda: f"{ls(rng, 2)} {d(rng, 3)}",
    }
    return fmts.get(cc, fmts["GB"])()


def _passport(rng, cc: str) -> str:
    d, ls = C.digits, C.letters
    if cc in ("GB", "US", "SE"):
        return d(rng, 9) if cc != "SE" else d(rng, 8)
    if cc in ("MY", "NG", "TR"):
        return rng.choice("AU") + d(rng, 8)
    if cc == "SG":
        return "E" + d(rng, 7) + ls(rng, 1)
    if cc == "LK":
        return "N" + d(rng, 7)
    return ls(rng, 2) + d(rng, 7)


def pattern(rng, pat: str) -> str:
    """Fill a pattern: # is a digit, @ a capital letter; | separates alternatives."""
    pat = rng.choice(pat.split("|"))
    return "".join(C.digits(rng, 1) if ch == "#" else C.letters(rng, 1) if ch == "@" else ch for ch in pat)


def make(rng, kind: str, person: Person, dob: dt.date, country: str, ref_prefix: str = "") -> Ident:
    if kind == "national_id":
        kind = national_kind(person, country)
    type_, labels, header = KINDS[kind]
    d, ls = C.digits, C.letters
    g, fam = person.gender, person.family()
    val: str | Segs
    if kind == "pesel":
        val = C.pesel(rng, dob, g)
    elif kind == "codice_fiscale":
        val = C.codice_fiscale(rng, fam, person.given, dob, g)
    elif kind == "personnummer":
        val = C.personnummer(rng, dob, g)
    elif kind == "fodselsnummer":
        val = C.fodselsnummer(rng, dob, g)
        val = val if rng.random() < 0.7 else f"{val[:6]} {val[6:]}"
    elif kind == "rodne_cislo":
        val = C.rodne_cislo(rng, dob, g)
    elif kind == "nif":
        val = C.nif_pt(rng)
        val = val if rng.random() < 0.6 else f"{val[:3]} {val[3:6]} {val[6:]}"
    elif kind == "kenya_id":
        val = d(rng, rng.choice([7, 8, 8]))
    elif kind == "cnic":
        val = f"{rng.choice('13456')}{d(rng, 4)}-{d(rng, 7)}-{rng.choice('13579' if g == 'm' else '02468')}"
        val = val if rng.random() < 0.8 else val.replace("-", "")
    elif kind == "lk_nic":
        doy = dob.timetuple().tm_yday + (500 if g == "f" else 0)
        val = (
            f"{dob.year % 100:02d}{doy:03d}{d(rng, 4)}V"
            if dob.year < 1995 or rng.random() < 0.3
            else f"{dob.year}{doy:03d}0{d(rng, 4)}"
        )
    elif kind == "nric":
        val = C.nric(rng, dob)
    elif kind == "mykad":
        pb = rng.choice(["01", "03", "07", "08", "10", "12", "14"])
        val = f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}-{pb}-{d(rng, 3)}{rng.choice('13579' if g == 'm' else '02468')}"
    elif kind == "tc_kimlik":
        val = C.tc_kimlik(rng)
    elif kind == "ni_number":
        v = C.ni_number(rng)
        val = v if rng.random() < 0.5 else f"{v[:2]} {v[2:4]} {v[4:6]} {v[6:8]} {v[8]}"
    elif kind == "ppsn":
        val = C.ppsn(rng)
    elif kind == "sin":
        v = C.sin_ca(rng)
        val = rng.choice([f"{v[:3]} {v[3:6]} {v[6:]}", f"{v[:3]}-{v[3:6]}-{v[6:]}", v])
    elif kind == "dni":
        val = C.dni_es(rng)
    elif kind == "cpr":
        val = f"{dob.day:02d}{dob.month:02d}{dob.year % 100:02d}-{d(rng, 3)}{rng.choice('13579' if g == 'm' else '02468')}"
    elif kind == "ssn":
        val = C.ssn(rng)
        val = val if rng.random() < 0.8 else val.replace("-", " ")
    elif kind == "passport":
        val = _passport(rng, person.home if rng.random() < 0.7 else country)
    elif kind == "visa":
        val = rng.choice(
            [
                f"{rng.choice(['ITA', 'FRA', 'DEU', 'ESP', 'GBR'])}{d(rng, 9)}",
                f"{ls(rng, 2)}{d(rng, 7)}",
                f"Z{d(rng, 7)}",
            ]
        )
    elif kind == "residence_permit":
        val = f"{rng.choice(['ZU', 'ZR', 'RF', 'ZX', 'RH'])}{d(rng, 7)}"
    elif kind == "driver_licence":
        if country == "GB":
            val = C.dvla(rng, fam, person.given, dob, g)
        elif country == "US":
            val = rng.choice([d(rng, 9), f"{ls(rng, 1)}{d(rng, 3)}-{d(rng, 4)}-{d(rng, 4)}"])
        else:
            val = rng.choice([f"{ls(rng, 1)}{d(rng, 7)}", f"{d(rng, 5)}/{d(rng, 2)}/{d(rng, 4)}", d(rng, 9)])
    elif kind == "vehicle_plate":
        val = _plate(rng, country)
    elif kind == "pupil_id":
        val = C.upn(rng) if rng.random() < 0.7 else f"{rng.randint(1000, 29999):06d}"
    elif kind == "employee_id":
        val = rng.choice([f"EMP-{d(rng, 5)}", f"E{d(rng, 6)}", d(rng, 5), f"{ls(rng, 2)}{d(rng, 4)}"])
    elif kind == "case_ref":
        val = pattern(rng, ref_prefix) if ref_prefix else f"CR/{rng.randint(2019, 2025)}/{d(rng, 5)}"
    elif kind == "username":
        val = rng.choice(
            [
                person.ascii_given()[0] + person.ascii_family(),
                person.ascii_given() + "." + person.ascii_family()[:1],
                person.ascii_family() + d(rng, 2),
            ]
        )
    elif kind == "member_number":
        val = rng.choice([f"M{d(rng, 7)}", f"{ls(rng, 3)}-{d(rng, 7)}", d(rng, 8), f"{d(rng, 3)}/{d(rng, 6)}"])
    elif kind == "tenancy_ref":
        val = rng.choice(
            [f"TEN-{d(rng, 5)}", f"T/{d(rng, 6)}/{d(rng, 2)}", f"{ls(rng, 3)}{d(rng, 4)}-{rng.randint(1, 9):02d}"]
        )
    elif kind == "customer_number":
        val = rng.choice([f"CUS {d(rng, 4)} {d(rng, 4)}", f"C{d(rng, 8)}", d(rng, 10)])
    elif kind == "account_number":
        val = rng.choice(
            [
                d(rng, 10),
                f"ACC-{d(rng, 10)}",
                f"{d(rng, 4)} {d(rng, 4)} {d(rng, 3)}",
                f"{d(rng, 3)}-{d(rng, 6)}-{d(rng, 2)}",
            ]
        )
    elif kind == "bank_account":
        sc = f"{d(rng, 2)}-{d(rng, 2)}-{d(rng, 2)}"
        val = [
            Seg(sc, type_, "sort_code"),
            Seg(rng.choice([" ", " / ", " acc ", ", a/c "])),
            Seg(d(rng, 8), type_, "bank_account"),
        ]
    elif kind == "iban":
        cc = country if country in C.IBAN_BBAN else person.home
        val = C.group4(rng, C.iban(rng, cc))
    elif kind == "card_full":
        val = C.group_card(rng, C.card_number(rng))
    elif kind == "card_masked":
        last = d(rng, 4)
        if rng.random() < 0.5:
            val = last
        else:
            labels = ["card", "paid with", "card no.", "card on file"]
            val = rng.choice(
                [
                    f"**** {last}",
                    f"XXXX-XXXX-XXXX-{last}",
                    f"{C.card_number(rng)[:4]}********{last}",
                    f"xxxx xxxx xxxx {last}",
                    f"************{last}",
                ]
            )
    elif kind == "prescription_number":
        val = rng.choice(
            [
                f"RX{d(rng, 7)}",
                f"Rx-{d(rng, 6)}",
                f"{d(rng, 2)}-{d(rng, 6)}",
                f"{C.letters(rng, 1, '0123456789ABCDEF')}{d(rng, 5)}-{ls(rng, 1)}{d(rng, 5)}",
            ]
        )
    elif kind == "nhs_number":
        v = C.nhs_number(rng)
        val = f"{v[:3]} {v[3:6]} {v[6:]}" if rng.random() < 0.7 else v
    elif kind == "chi_number":
        val = C.chi_number(rng, dob, g)
    elif kind == "hospital_number":
        val = rng.choice([f"RXH{d(rng, 7)}", f"M{d(rng, 7)}", f"K{d(rng, 7)}", d(rng, 8)])
    elif kind == "policy_number":
        val = rng.choice(
            [
                f"POL-{d(rng, 8)}",
                f"TRV/{d(rng, 4)}/{d(rng, 4)}",
                f"HH-{d(rng, 3)}-{d(rng, 3)}-{d(rng, 2)}",
                f"{ls(rng, 2)}{d(rng, 9)}",
            ]
        )
    elif kind == "claim_id":
        val = (
            pattern(rng, ref_prefix)
            if ref_prefix
            else rng.choice([f"CLM-{rng.randint(2022, 2025)}-{d(rng, 6)}", f"C{d(rng, 9)}"])
        )
    elif kind == "loyalty":
        val = rng.choice([f"NV {d(rng, 8)}", d(rng, 9), f"AN{d(rng, 7)}"])
    else:
        raise ValueError(kind)
    segs = val if isinstance(val, list) else [Seg(val, type_, kind)]
    return Ident(type_, kind, segs, labels, header)
