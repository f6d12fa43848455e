"""National ids, passports, driving licences, vehicle plates and the US SSN, by country."""

from . import checks as K
from . import spoken as W
from .idents import Fact, info

R = K.rdig
U = K.UP


def national_fact(rng, person, dob, cc=None):
    """National/tax/health id that fits the person's (or given) country (check digits where known)."""
    cc, g = cc or person.country, person.gender
    if cc == "US":
        n = K.us_ssn(rng)
        if rng.random() < 0.3:
            n = n.replace("-", rng.choice([" ", ""]))
        return Fact(
            "ssn",
            ["SSN", "SS#", "Social Security No.", "soc sec no", "ssn"],
            [(n, info("US_SSN", "ssn"))],
            [(W.digits(n, rng), info("US_SSN", "spoken"))],
        )
    table = {
        "GB": lambda: rng.choice(
            [
                (["NI No.", "NINO", "National Insurance number", "NI#"], K.uk_nino(rng), "national_insurance"),
                (["NHS No.", "NHS number", "nhs no"], K.nhs_number(rng), "health_id"),
            ]
        ),
        "IN": lambda: rng.choice(
            [
                (["Aadhaar", "Aadhaar no.", "UID", "aadhar"], K.aadhaar(rng), "national_id"),
                (["PAN", "PAN no.", "PAN card"], K.pan_in(rng), "tax_id"),
            ]
        ),
        "BR": lambda: (["CPF", "CPF nº", "cpf"], K.cpf(rng), "tax_id"),
        "ZA": lambda: (["ID No.", "SA ID", "ID number", "RSA ID"], K.za_id(rng, dob, g), "national_id"),
        "ES": lambda: (["DNI", "DNI/NIF", "NIF"], K.es_dni(rng), "national_id"),
        "PL": lambda: (["PESEL", "nr PESEL", "Pesel"], K.pesel(rng, dob, g), "national_id"),
        "NL": lambda: (["BSN", "BSN-nummer", "burgerservicenummer"], K.bsn(rng), "national_id"),
        "CA": lambda: (["SIN", "S.I.N.", "Social Insurance No."], K.ca_sin(rng), "national_id"),
        "AU": lambda: (["TFN", "Tax File No.", "tfn"], K.au_tfn(rng), "tax_id"),
        "FR": lambda: (
            ["N° de sécu", "NIR", "numéro de sécurité sociale", "INSEE"],
            K.fr_nir(rng, dob, g),
            "national_id",
        ),
        "CN": lambda: (["身份证号", "ID card no.", "Resident ID"], K.cn_id(rng, dob), "national_id"),
        "HK": lambda: (
            ["HKID", "HKID no."],
            "%s%s(%s)" % (rng.choice(U), R(rng, 6), rng.choice("0123456789A")),
            "national_id",
        ),
        "KR": lambda: (["주민등록번호", "RRN", "resident reg. no."], K.kr_rrn(rng, dob, g), "national_id"),
        "SE": lambda: (["personnummer", "pers.nr", "Personnummer"], K.se_pnr(rng, dob), "national_id"),
        "FI": lambda: (["HETU", "henkilötunnus", "personal id code"], K.fi_hetu(rng, dob), "national_id"),
        "MX": lambda: (["CURP", "curp"], K.curp(rng, dob, g, person.family, person.given), "national_id"),
        "IL": lambda: (["Teudat Zehut", "ID (ת.ז.)", "TZ no."], K.il_tz(rng), "national_id"),
        "TR": lambda: (["TC Kimlik No", "T.C. Kimlik", "TCKN"], K.tr_tckn(rng), "national_id"),
        "JP": lambda: (["My Number", "マイナンバー", "個人番号"], K.jp_mynumber(rng), "national_id"),
        "IE": lambda: (["PPSN", "PPS No.", "PPS number"], K.ie_ppsn(rng), "national_id"),
        "NG": lambda: (["NIN", "NIN no.", "National ID (NIN)"], R(rng, 11, True), "national_id"),
        "KE": lambda: (["ID No.", "National ID", "KRA PIN"], R(rng, 8, True), "national_id"),
        "PH": lambda: (["PhilSys No.", "PSN", "TIN"], "%s-%s-%s" % (R(rng, 4), R(rng, 4), R(rng, 4)), "national_id"),
        "EG": lambda: (
            ["National ID", "الرقم القومي", "NID"],
            ("2" if dob.year < 2000 else "3")
            + dob.strftime("%y%m%d")
            + rng.choice(["01", "02", "21", "88"])
            + R(rng, 5),
            "national_id",
        ),
        "AE": lambda: (["Emirates ID", "EID"], "784-%d-%s-%s" % (dob.year, R(rng, 7), R(rng, 1)), "national_id"),
        "IT": lambda: (
            ["Carta d'identità", "CIE no."],
            "C" + rng.choice(U) + R(rng, 5) + rng.choice(U) + rng.choice(U),
            "national_id",
        ),
        "DE": lambda: (
            ["Personalausweis-Nr.", "Ausweisnummer", "ID card no."],
            rng.choice("LMNPRTVWXY") + "".join(rng.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)),
            "national_id",
        ),
        "PK": lambda: (["CNIC", "CNIC no."], "%s-%s-%s" % (R(rng, 5, True), R(rng, 7), R(rng, 1)), "national_id"),
    }
    fn = table.get(cc)
    if fn is None:
        return passport_fact(rng, cc)
    labels, value, kind = fn()
    return Fact("natid", labels, [(value, info("ID", kind))], [(W.digits(value, rng), info("ID", "spoken"))])


PASSPORT_FMT = {
    "GB": lambda r: R(r, 9, True),
    "US": lambda r: R(r, 9, True),
    "IN": lambda r: r.choice(U) + R(r, 7),
    "DE": lambda r: "C" + "".join(r.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)),
    "FR": lambda r: R(r, 2) + r.choice(U) + r.choice(U) + R(r, 5),
    "NG": lambda r: "A" + R(r, 8),
    "CN": lambda r: "E" + R(r, 8),
    "PH": lambda r: "P" + R(r, 7) + r.choice(U),
    "BR": lambda r: r.choice(U) + r.choice(U) + R(r, 6),
    "KE": lambda r: "AK" + R(r, 7),
    "JP": lambda r: "T" + r.choice("KRZ") + R(r, 7),
    "KR": lambda r: "M" + R(r, 8),
    "PK": lambda r: r.choice(U) + r.choice(U) + R(r, 7),
    "EG": lambda r: "A" + R(r, 8),
}


def passport_fact(rng, cc):
    fn = PASSPORT_FMT.get(cc, lambda r: r.choice(U) + r.choice(U) + R(r, 7))
    return Fact(
        "passport",
        ["Passport No.", "passport #", "PP no", "Passport", "Pass. nr", "travel doc no."],
        [(fn(rng), info("ID", "passport"))],
    )


def licence_fact(rng, person, dob, cc):
    if cc == "GB":
        v = K.uk_dvla(rng, person.family, person.given, person.middle, dob, person.gender)
    elif cc == "US":
        v = rng.choice(
            [rng.choice(U) + R(rng, 7), R(rng, 9), "%s%s-%s-%s" % (rng.choice(U), R(rng, 3), R(rng, 4), R(rng, 4))]
        )
    elif cc == "AU":
        v = R(rng, rng.choice([8, 9]), True)
    elif cc == "IN":
        v = "%s%s %s%s" % (rng.choice(["KA", "MH", "DL", "TN"]), R(rng, 2), rng.randint(1995, 2022), R(rng, 7))
    elif cc == "CA":
        v = "%s%s-%s-%s" % (rng.choice(U), R(rng, 4), R(rng, 5), R(rng, 5))
    elif cc == "IE":
        v = R(rng, 9)
    else:
        v = rng.choice(U) + R(rng, 8)
    return Fact(
        "licence",
        ["Driving licence", "DL#", "Driver's License", "licence no.", "Führerschein-Nr.", "DL no"],
        [(v, info("ID", "driver_licence"))],
    )


def plate(rng, cc):
    L2 = lambda: rng.choice("ABCDEFGHJKLMNPRSTVWXY") + rng.choice("ABCDEFGHJKLMNPRSTVWXY")
    if cc == "GB":
        return "%s%02d %s" % (
            L2(),
            rng.choice([15, 16, 18, 19, 21, 22, 66, 68, 70, 71, 72]),
            L2() + rng.choice("ABCDEFGHJKLMNPRSTVWXY"),
        )
    if cc == "DE":
        return "%s-%s %d" % (rng.choice(["M", "B", "HH", "K", "F", "S"]), L2(), rng.randint(1, 9999))
    if cc == "FR":
        return "%s-%s-%s" % (L2(), R(rng, 3, True), L2())
    if cc == "IN":
        return "%s %02d %s %s" % (rng.choice(["KA", "MH", "DL", "TN", "UP"]), rng.randint(1, 60), L2(), R(rng, 4, True))
    if cc == "US":
        return rng.choice(
            [
                "%d%s%s" % (rng.randint(5, 9), L2() + rng.choice(U), R(rng, 3)),
                "%s-%s" % (L2() + rng.choice(U), R(rng, 4)),
            ]
        )
    if cc == "AU":
        return "%s%s-%s" % (L2(), rng.choice(U), R(rng, 3))
    if cc == "ZA":
        return "%s %s %s GP" % (L2(), R(rng, 2), L2())
    if cc == "NL":
        return "%s-%s-%s" % (R(rng, 2), L2() + rng.choice(U), R(rng, 1))
    if cc == "IE":
        return "%s-%s-%s" % (
            rng.choice(["191", "201", "212", "231", "161"]),
            rng.choice(["D", "C", "G", "KY", "WX"]),
            R(rng, 4, True),
        )
    return "%s %s%s" % (L2(), R(rng, 4), rng.choice(U))


def plate_fact(rng, cc):
    return Fact(
        "plate",
        ["Reg", "Vehicle reg", "plate", "Reg. no.", "VRN", "Kennzeichen", "car reg"],
        [(plate(rng, cc), info("ID", "vehicle_plate"))],
    )
