"""National identifiers, part B (Asia, Africa, Americas) and the per-country registry."""

from .checks import luhn_digit, verhoeff_digit, weighted_mod
from .core import strip_marks
from .ids_national import (
    A,
    D,
    _retry,
    ahv,
    amka,
    bsn,
    codice_fiscale,
    dni_es,
    egn,
    hetu,
    ird,
    isikukood,
    jmbg,
    kennitala,
    nif_pt,
    nino,
    nir,
    oib,
    pesel,
    ppsn,
    rodne,
    rrn_be,
    sin,
    ssn,
    steuer_id,
    svnr,
    taj,
    tckn,
    tfn,
    ymd,
)


def kz_iin(r, p):
    def f():
        b = ymd(p) + str((3 if p.dob.year < 2000 else 5) + (0 if p.gender == "m" else 1)) + D(r, 4)
        c = weighted_mod(b, range(1, 12), 11)
        if c == 10:
            c = weighted_mod(b, [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2], 11)
        return None if c == 10 else b + str(c)

    return _retry(r, f), ["IIN", "ИИН"], "national_id"


def aadhaar(r, p):
    b = str(r.randint(2, 9)) + D(r, 10)
    v = b + verhoeff_digit(b)
    return r.choice(["%s %s %s" % (v[:4], v[4:8], v[8:]), v]), ["Aadhaar", "UID", "Aadhaar no."], "national_id"


def pan(r, p):
    s = strip_marks(p.sur() or p.given).upper()
    return "%sP%s%s%s" % (A(r, 3, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"), s[0], D(r, 4), A(r, 1)), ["PAN", "PAN no."], "tax_id"


def hkid(r, p):
    L = r.choice("ACDEGHKPRVYZ")
    d = D(r, 6)
    s = 36 * 9 + (ord(L) - 55) * 8 + sum(int(c) * w for c, w in zip(d, range(7, 1, -1)))
    c = (11 - s % 11) % 11
    return "%s%s(%s)" % (L, d, "A" if c == 10 else c), ["HKID", "HKID no."], "national_id"


_TW = dict(zip("ABCDEFGHJKLMNPQRSTUVXYWZIO", range(10, 36)))


def twid(r, p):
    L = r.choice("ABEFHKT")
    n = _TW[L]
    b = ("1" if p.gender == "m" else "2") + D(r, 7)
    s = n // 10 + (n % 10) * 9 + sum(int(c) * w for c, w in zip(b, range(8, 0, -1)))
    return L + b + str((10 - s % 10) % 10), ["ID no.", "身分證"], "national_id"


def krrn(r, p):
    g = (1 if p.dob.year < 2000 else 3) + (0 if p.gender == "m" else 1)
    b = ymd(p) + str(g) + D(r, 5)
    c = (11 - weighted_mod(b, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5], 11)) % 10
    return b[:6] + "-" + b[6:] + str(c), ["RRN", "주민번호"], "national_id"


def mynumber(r, p):
    b = D(r, 11)
    s = sum(int(c) * (n + 1 if n <= 6 else n - 5) for n, c in enumerate(reversed(b), start=1)) % 11
    v = b + str(0 if s <= 1 else 11 - s)
    return "%s %s %s" % (v[:4], v[4:8], v[8:]), ["My Number", "個人番号"], "national_id"


def cpf(r, p):
    d = [r.randint(0, 9) for _ in range(9)]
    for n in (10, 11):
        s = sum(x * w for x, w in zip(d, range(n, 1, -1)))
        d.append((s * 10) % 11 % 10)
    v = "".join(map(str, d))
    return "%s.%s.%s-%s" % (v[:3], v[3:6], v[6:9], v[9:]), ["CPF"], "tax_id"


_CURP = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"


def curp(r, p):
    s1 = strip_marks(p.s_raw.split()[-1]).upper()
    s2 = strip_marks((p.s2_raw or "X").split()[-1]).upper()
    g = strip_marks(p.given.split()[0]).upper()
    vow = next((c for c in s1[1:] if c in "AEIOU"), "X")
    cons = lambda w: next((c for c in w[1:] if c.isalpha() and c not in "AEIOU"), "X")
    b = (
        s1[0]
        + vow
        + s2[0]
        + g[0]
        + ymd(p)
        + ("H" if p.gender == "m" else "M")
        + r.choice(["DF", "JC", "NL", "OC", "MC", "PL"])
    )
    b += cons(s1) + cons(s2) + cons(g) + ("0" if p.dob.year < 2000 else "A")
    tot = sum(_CURP.index(c) * (18 - i) for i, c in enumerate(b))
    return b + str((10 - tot % 10) % 10), ["CURP"], "national_id"


def lk_nic(r, p):
    doy = p.dob.timetuple().tm_yday + (500 if p.gender == "f" else 0)
    if p.dob.year < 2000 and r.random() < 0.4:
        return (
            "%02d%03d%03d%d%s" % (p.dob.year % 100, doy, r.randint(0, 999), r.randint(0, 9), r.choice("VX")),
            ["NIC", "NIC no."],
            "national_id",
        )
    return "%d%03d0%04d%d" % (p.dob.year, doy, r.randint(0, 9999), r.randint(0, 9)), ["NIC", "NIC no."], "national_id"


def said(r, p):
    b = ymd(p) + "%04d" % (r.randint(5000, 9999) if p.gender == "m" else r.randint(0, 4999)) + "08"
    return b + luhn_digit(b), ["ID no.", "SA ID"], "national_id"


def cedula_do(r, p):
    b = "%03d%07d" % (r.randint(1, 402), r.randint(0, 9999999))
    v = b + luhn_digit(b)
    return "%s-%s-%s" % (v[:3], v[3:10], v[10:]), ["cédula", "céd."], "national_id"


def simple(fmt, labels, kind="national_id"):
    def f(r, p):
        out = []
        for c in fmt:
            out.append(str(r.randint(0, 9)) if c == "#" else (r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if c == "@" else c))
        v = "".join(out).replace("YYMMDD", ymd(p))
        return v, labels, kind

    return f


NATIONAL = {
    "GB": nino,
    "IE": ppsn,
    "US": ssn,
    "CA": sin,
    "AU": tfn,
    "NZ": ird,
    "DE": steuer_id,
    "AT": svnr,
    "CH": ahv,
    "FR": nir,
    "NL": bsn,
    "BE": rrn_be,
    "ES": dni_es,
    "PT": nif_pt,
    "IT": codice_fiscale,
    "PL": pesel,
    "SK": rodne,
    "SI": lambda r, p: jmbg(r, p, "50", ["EMŠO", "EMSO"]),
    "RS": lambda r, p: jmbg(r, p, "71", ["JMBG", "ЈМБГ"]),
    "HR": oib,
    "BG": egn,
    "EE": lambda r, p: isikukood(r, p, ["isikukood", "IK"]),
    "LT": lambda r, p: isikukood(r, p, ["asmens kodas", "a.k."]),
    "LV": simple("YYMMDD-#####", ["personas kods", "p.k."]),
    "IS": kennitala,
    "FI": hetu,
    "HU": taj,
    "GR": amka,
    "TR": tckn,
    "MT": simple("######@", ["ID card no.", "ID"]),
    "AL": simple("@########@", ["Nr. personal", "NID"]),
    "GE": simple("01########", ["personal no.", "pers. ID"]),
    "AM": simple("##########", ["social card no.", "SSN"], "social_security"),
    "KZ": kz_iin,
    "UZ": simple("3YYMMDD#######", ["PINFL", "JSHSHIR"]),
    "MN": simple("УБ########", ["register no.", "РД"]),
    "NP": simple("##-##-##-#####", ["citizenship no.", "nagarikta no."]),
    "LK": lk_nic,
    "IN": aadhaar,
    "PK": simple("#####-#######-#", ["CNIC", "CNIC no."]),
    "AF": simple("1400-####-#####", ["tazkira", "e-tazkira"]),
    "IQ": simple("############", ["national ID", "ID card"]),
    "LB": simple("#########", ["ID no.", "ikhraj qaid"]),
    "MM": simple("12/MaYaKa(N)######", ["NRC", "NRC no."]),
    "KH": simple("#########", ["ID card", "Khmer ID"]),
    "HK": hkid,
    "TW": twid,
    "PH": simple("####-####-####-####", ["PhilSys no.", "PSN"]),
    "VN": simple("0###########", ["CCCD", "số CCCD"]),
    "KR": krrn,
    "JP": mynumber,
    "MY": simple("YYMMDD-##-####", ["MyKad", "IC no.", "NRIC"]),
    "MA": simple("@@######", ["CIN", "C.I.N."]),
    "TN": simple("########", ["CIN", "n° CIN"]),
    "NG": simple("###########", ["NIN", "NIN no."]),
    "GH": simple("GHA-#########-#", ["Ghana Card", "GhanaCard PIN"]),
    "KE": simple("########", ["ID no.", "national ID"]),
    "TZ": simple("19YYMMDD-#####-#####-##", ["NIDA no.", "NIN"]),
    "ET": simple("#### #### #### ####", ["Fayda FAN", "FAN"]),
    "SN": simple("1 ### #### #####", ["CNI", "n° CNI"]),
    "ZA": said,
    "MG": simple("### ### ### ###", ["CIN", "n° CIN"]),
    "BR": cpf,
    "MX": curp,
    "PE": simple("########", ["DNI", "D.N.I."]),
    "GT": simple("#### ##### ####", ["DPI", "CUI"]),
    "CU": simple("YYMMDD#####", ["carné de identidad", "CI"]),
    "DO": cedula_do,
    "HT": simple("###-###-###-#", ["NIF", "NIU"]),
    "FJ": simple("#########", ["TIN", "FRCS TIN"], "tax_id"),
}
