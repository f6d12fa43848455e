"""National identifiers, part A (Europe, North America, Oceania), with check digits
where the scheme has one.  Each generator returns (value, labels, kind)."""

from .checks import ean13_digit, luhn_digit, mod11_10, weighted_mod
from .core import strip_marks


def D(r, n):
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def A(r, n, alpha="ABCDEFGHJKLMNPRSTUVWXYZ"):
    return "".join(r.choice(alpha) for _ in range(n))


def ymd(p):
    return "%02d%02d%02d" % (p.dob.year % 100, p.dob.month, p.dob.day)


def dmy(p):
    return "%02d%02d%02d" % (p.dob.day, p.dob.month, p.dob.year % 100)


def _retry(r, f):
    for _ in range(50):
        v = f()
        if v:
            return v
    raise RuntimeError("no valid id")


def nino(r, p):
    first = "ABCEGHJKLMNOPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    pre = _retry(
        r,
        lambda: (lambda s: s if s not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ") else None)(
            r.choice(first) + r.choice(second)
        ),
    )
    d = D(r, 6)
    v = r.choice(["%s %s %s %s %s", "%s%s%s%s%s"]) % (pre, d[:2], d[2:4], d[4:], r.choice("ABCD"))
    return v, ["NI No.", "NINO", "National Insurance no.", "NI number"], "national_id"


def nhs(r, p):
    def f():
        b = D(r, 9)
        c = 11 - weighted_mod(b, range(10, 1, -1), 11)
        c = 0 if c == 11 else c
        return None if c == 10 else b + str(c)

    v = _retry(r, f)
    return r.choice(["%s %s %s" % (v[:3], v[3:6], v[6:]), v]), ["NHS No.", "NHS number", "NHS#"], "health_id"


def ppsn(r, p):
    b = D(r, 7)
    rem = weighted_mod(b, range(8, 1, -1), 23)
    return b + ("W" if rem == 0 else "ABCDEFGHIJKLMNOPQRSTUV"[rem - 1]), ["PPSN", "PPS No."], "national_id"


def ssn(r, p):
    area = _retry(r, lambda: (lambda a: a if a != 666 else None)(r.randint(1, 899)))
    return (
        "%03d-%02d-%04d" % (area, r.randint(1, 99), r.randint(1, 9999)),
        ["SSN", "SS#", "Social Security No."],
        "national_id",
    )


def sin(r, p):
    b = str(r.randint(1, 7)) + D(r, 7)
    v = b + luhn_digit(b)
    return r.choice(["%s %s %s", "%s-%s-%s"]) % (v[:3], v[3:6], v[6:]), ["SIN", "S.I.N."], "national_id"


def tfn(r, p):
    def f():
        b = D(r, 8)
        c = weighted_mod(b, [1, 4, 3, 7, 5, 8, 6, 9], 11)
        return None if c == 10 else b + str(c)

    v = _retry(r, f)
    return "%s %s %s" % (v[:3], v[3:6], v[6:]), ["TFN", "tax file no."], "tax_id"


def ird(r, p):
    def f():
        b = "%08d" % r.randint(10000000, 99999999)
        for w in ([3, 2, 7, 6, 5, 4, 3, 2], [7, 4, 3, 2, 5, 2, 7, 6]):
            rem = weighted_mod(b, w, 11)
            c = 0 if rem == 0 else 11 - rem
            if c != 10:
                return b + str(c)
        return None

    v = _retry(r, f)
    return "%s-%s-%s" % (v[:3], v[3:6], v[6:]), ["IRD no.", "IRD"], "tax_id"


def steuer_id(r, p):
    b = str(r.randint(1, 9)) + D(r, 9)
    v = b + mod11_10(b)
    return (
        r.choice(["%s %s %s %s" % (v[:2], v[2:5], v[5:8], v[8:]), v]),
        ["Steuer-IdNr.", "IdNr", "Steuer-ID"],
        "tax_id",
    )


def svnr(r, p):
    def f():
        s = "%03d" % r.randint(100, 999)
        dd = dmy(p)
        c = weighted_mod(s + dd, [3, 7, 9, 5, 8, 4, 2, 1, 6], 11)
        return None if c == 10 else s + str(c) + dd

    v = _retry(r, f)
    return r.choice(["%s %s" % (v[:4], v[4:]), v]), ["SV-Nr.", "SVNR", "Versicherungsnummer"], "social_security"


def ahv(r, p):
    b = "756" + D(r, 9)
    v = b + ean13_digit(b)
    return "%s.%s.%s.%s" % (v[:3], v[3:7], v[7:11], v[11:]), ["AHV-Nr.", "AVS"], "social_security"


def nir(r, p):
    b = "%d%02d%02d%s%s%s" % (
        1 if p.gender == "m" else 2,
        p.dob.year % 100,
        p.dob.month,
        r.choice(["75", "69", "13", "59", "93", "29", "2A"]),
        D(r, 3),
        D(r, 3),
    )
    n = int(b.replace("2A", "19"))
    key = 97 - n % 97
    v = "%s %s %s %s %s %s %02d" % (b[0], b[1:3], b[3:5], b[5:7], b[7:10], b[10:13], key)
    return (
        r.choice([v, v.replace(" ", "")]),
        ["n° de sécu", "NIR", "numéro de sécurité sociale", "n° SS"],
        "social_security",
    )


def bsn(r, p):
    def f():
        b = D(r, 8)
        c = weighted_mod(b, range(9, 1, -1), 11)
        return None if c == 10 or b[0] == "0" else b + str(c)

    return _retry(r, f), ["BSN", "burgerservicenummer"], "national_id"


def rrn_be(r, p):
    b = "%s%03d" % (ymd(p), r.randint(1, 997))
    n = int(("2" + b) if p.dob.year >= 2000 else b)
    v = "%s%02d" % (b, 97 - n % 97)
    return (
        "%s.%s.%s-%s.%s" % (v[:2], v[2:4], v[4:6], v[6:9], v[9:]),
        ["n° national", "rijksregisternummer", "NN"],
        "national_id",
    )


def dni_es(r, p):
    L = "TRWAGMYFPDXBNJZSQVHLCKE"
    if r.random() < 0.3:
        x = r.choice("XYZ")
        b = D(r, 7)
        return x + b + L[int(str("XYZ".index(x)) + b) % 23], ["NIE", "N.I.E."], "national_id"
    b = "%08d" % r.randint(1000000, 99999999)
    return b + L[int(b) % 23], ["DNI", "D.N.I.", "NIF"], "national_id"


def nif_pt(r, p):
    b = str(r.randint(1, 3)) + D(r, 7)
    rem = weighted_mod(b, range(9, 1, -1), 11)
    return b + str(0 if rem < 2 else 11 - rem), ["NIF", "contribuinte"], "tax_id"


_CF_ODD = dict(
    zip(
        "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        [
            1,
            0,
            5,
            7,
            9,
            13,
            15,
            17,
            19,
            21,
            1,
            0,
            5,
            7,
            9,
            13,
            15,
            17,
            19,
            21,
            2,
            4,
            18,
            20,
            11,
            3,
            6,
            8,
            12,
            14,
            16,
            10,
            22,
            25,
            24,
            23,
        ],
    )
)


def _cf_part(name, given):
    s = strip_marks(name).upper()
    letters = [c for c in s if c.isalpha()]
    cons = [c for c in letters if c not in "AEIOU"]
    vow = [c for c in letters if c in "AEIOU"]
    if given and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return "".join((cons + vow + ["X", "X", "X"])[:3])


def codice_fiscale(r, p):
    sur = p.sur() or p.given
    b = _cf_part(sur, False) + _cf_part(p.given, True)
    b += "%02d%s%02d" % (p.dob.year % 100, "ABCDEHLMPRST"[p.dob.month - 1], p.dob.day + (40 if p.gender == "f" else 0))
    b += r.choice(["H501", "F205", "F839", "L219", "G273", "A944", "Z100", "Z330"])
    tot = sum(_CF_ODD[c] if i % 2 == 0 else (int(c) if c.isdigit() else ord(c) - 65) for i, c in enumerate(b))
    return b + chr(65 + tot % 26), ["C.F.", "codice fiscale", "cod. fisc."], "tax_id"


def pesel(r, p):
    y, m = p.dob.year, p.dob.month + (20 if p.dob.year >= 2000 else 0)
    b = "%02d%02d%02d%03d%d" % (
        y % 100,
        m,
        p.dob.day,
        r.randint(0, 999),
        r.choice([1, 3, 5, 7, 9] if p.gender == "m" else [0, 2, 4, 6, 8]),
    )
    c = (10 - weighted_mod(b, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3], 10)) % 10
    return b + str(c), ["PESEL", "nr PESEL"], "national_id"


def rodne(r, p):
    def f():
        b = "%02d%02d%02d%03d" % (
            p.dob.year % 100,
            p.dob.month + (50 if p.gender == "f" else 0),
            p.dob.day,
            r.randint(0, 999),
        )
        c = (-int(b) * 10) % 11
        return None if c == 10 else b + str(c)

    v = _retry(r, f)
    return v[:6] + "/" + v[6:], ["RČ", "rodné číslo", "r.č."], "national_id"


def jmbg(r, p, region, labels):
    def f():
        b = "%02d%02d%03d%s%03d" % (
            p.dob.day,
            p.dob.month,
            p.dob.year % 1000,
            region,
            r.randint(0, 499) if p.gender == "m" else r.randint(500, 999),
        )
        d = [int(c) for c in b]
        s = sum(w * (d[i] + d[i + 6]) for i, w in enumerate([7, 6, 5, 4, 3, 2]))
        k = 11 - s % 11
        return None if k == 10 else b + str(0 if k == 11 else k)

    return _retry(r, f), labels, "national_id"


def oib(r, p):
    b = D(r, 10)
    return b + mod11_10(b), ["OIB"], "tax_id"


def egn(r, p):
    m = p.dob.month + (40 if p.dob.year >= 2000 else 0)
    b = "%02d%02d%02d%02d%d" % (
        p.dob.year % 100,
        m,
        p.dob.day,
        r.randint(0, 99),
        r.choice([0, 2, 4, 6, 8] if p.gender == "m" else [1, 3, 5, 7, 9]),
    )
    c = weighted_mod(b, [2, 4, 8, 5, 10, 9, 7, 3, 6], 11)
    return b + str(0 if c == 10 else c), ["EGN", "ЕГН"], "national_id"


def isikukood(r, p, labels):
    g = (3 if p.dob.year < 2000 else 5) + (0 if p.gender == "m" else 1)
    b = "%d%s%03d" % (g, ymd(p), r.randint(0, 999))
    c = weighted_mod(b, [1, 2, 3, 4, 5, 6, 7, 8, 9, 1], 11)
    if c == 10:
        c = weighted_mod(b, [3, 4, 5, 6, 7, 8, 9, 1, 2, 3], 11)
        c = 0 if c == 10 else c
    return b + str(c), labels, "national_id"


def kennitala(r, p):
    def f():
        b = dmy(p) + D(r, 2)
        c = 11 - weighted_mod(b, [3, 2, 7, 6, 5, 4, 3, 2], 11)
        c = 0 if c == 11 else c
        return None if c == 10 else b + str(c) + ("9" if p.dob.year < 2000 else "0")

    v = _retry(r, f)
    return v[:6] + "-" + v[6:], ["kt.", "kennitala"], "national_id"


def hetu(r, p):
    n = r.randint(2, 899)
    c = "0123456789ABCDEFHJKLMNPRSTUVWXY"[int("%s%03d" % (dmy(p), n)) % 31]
    return "%s%s%03d%s" % (dmy(p), "-" if p.dob.year < 2000 else "A", n, c), ["HETU", "henkilötunnus"], "national_id"


def taj(r, p):
    b = D(r, 8)
    c = sum(int(d) * (3 if i % 2 == 0 else 7) for i, d in enumerate(b)) % 10
    v = b + str(c)
    return "%s %s %s" % (v[:3], v[3:6], v[6:]), ["TAJ", "TAJ szám"], "health_id"


def amka(r, p):
    b = dmy(p) + D(r, 4)
    return b + luhn_digit(b), ["AMKA", "ΑΜΚΑ"], "social_security"


def tckn(r, p):
    d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(8)]
    d.append(((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10)
    d.append(sum(d) % 10)
    return "".join(map(str, d)), ["TC Kimlik No", "T.C. No", "TCKN"], "national_id"
