"""Identifier schemes: IBAN (mod-97), Luhn cards, national ids, passports,
licences, plates, IP addresses.  All hand-written from public format rules."""

import ipaddress

from .phones import fill_pattern

DIG = "0123456789"
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"

IBAN_SPEC = {
    "GB": [(4, "a"), (14, "n")],
    "IE": [(4, "a"), (14, "n")],
    "DE": [(18, "n")],
    "FR": [(10, "n"), (11, "c"), (2, "n")],
    "ES": [(20, "n")],
    "IT": [(1, "a"), (10, "n"), (12, "c")],
    "NL": [(4, "a"), (10, "n")],
    "BE": [(12, "n")],
    "PT": [(21, "n")],
    "CH": [(5, "n"), (12, "c")],
    "AT": [(16, "n")],
    "DK": [(14, "n")],
    "FO": [(14, "n")],
    "NO": [(11, "n")],
    "SE": [(20, "n")],
    "FI": [(14, "n")],
    "IS": [(22, "n")],
    "PL": [(24, "n")],
    "RO": [(4, "a"), (16, "c")],
    "HU": [(24, "n")],
    "CY": [(8, "n"), (16, "c")],
    "MT": [(4, "a"), (5, "n"), (18, "c")],
    "AZ": [(4, "a"), (20, "c")],
    "GE": [(2, "a"), (16, "n")],
    "IL": [(19, "n")],
    "JO": [(4, "a"), (4, "n"), (18, "c")],
    "AE": [(19, "n")],
    "LY": [(21, "n")],
    "SD": [(14, "n")],
}
BANKS = {
    "GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA"],
    "IE": ["AIBK", "BOFI"],
    "NL": ["ABNA", "RABO", "INGB", "TRIO"],
    "RO": ["BTRL", "RNCB", "INGB"],
    "MT": ["MALT", "VALL"],
    "AZ": ["NABZ", "IBAZ"],
    "GE": ["BG", "TB"],
    "JO": ["CBJO", "ARAB"],
}


def _numeric(s):
    return "".join(str(int(ch, 36)) for ch in s)


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if len(s) < 15 or not s[:2].isalpha():
        return False
    return int(_numeric(s[4:] + s[:4])) % 97 == 1


def make_iban(rng, cc, grouped=None):
    if cc not in IBAN_SPEC:
        cc = rng.choice(sorted(IBAN_SPEC))
    bban = []
    for i, (n, t) in enumerate(IBAN_SPEC[cc]):
        if i == 0 and t == "a" and cc in BANKS:
            bban.append(rng.choice(BANKS[cc]))
            continue
        for _ in range(n):
            if t == "n" or (t == "c" and rng.random() < 0.75):
                bban.append(rng.choice(DIG))
            else:
                bban.append(rng.choice(UP))
    bban = "".join(bban)
    check = 98 - int(_numeric(bban + cc + "00")) % 97
    iban = "%s%02d%s" % (cc, check, bban)
    assert iban_ok(iban)
    if grouped is None:
        grouped = rng.random() < 0.6
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4)) if grouped else iban


def luhn_digit(partial):
    total = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    digits = "".join(ch for ch in num if ch.isdigit())
    return len(digits) >= 12 and luhn_digit(digits[:-1]) == digits[-1]


def make_card(rng):
    brand = rng.choice(["visa", "visa", "mastercard", "mastercard", "amex", "discover", "jcb", "unionpay"])
    prefix = {
        "visa": "4",
        "mastercard": rng.choice(["51", "52", "53", "54", "55", "2221", "2720"]),
        "amex": rng.choice(["34", "37"]),
        "discover": "6011",
        "jcb": "35" + str(rng.randint(28, 89)),
        "unionpay": "62" + str(rng.randint(10, 99)),
    }[brand]
    n = 15 if brand == "amex" else 16
    body = prefix + "".join(rng.choice(DIG) for _ in range(n - 1 - len(prefix)))
    num = body + luhn_digit(body)
    sep = rng.choice([" ", " ", "-", ""])
    if brand == "amex":
        out = sep.join([num[:4], num[4:10], num[10:]])
    else:
        out = sep.join(num[i : i + 4] for i in range(0, 16, 4))
    assert luhn_ok(out)
    return out, brand


def make_ipv4(rng):
    first = rng.choice([31, 37, 46, 62, 78, 81, 86, 90, 102, 105, 109, 151, 176, 188, 197, 212, 213, 41, 154])
    if rng.random() < 0.25:
        return rng.choice(["192.0.2.%d", "198.51.100.%d", "203.0.113.%d"]) % rng.randint(1, 254)
    return "%d.%d.%d.%d" % (first, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))


def make_ipv6(rng):
    head = rng.choice(["2a02:c7c", "2a01:4f8", "2001:db8", "2c0f:fe38", "2a00:23c5", "2600:1700"])
    groups = ["%x" % rng.randint(0, 0xFFFF) for _ in range(6)]
    style = rng.randrange(3)
    if style == 0:
        out = head + ":" + ":".join(groups)
    elif style == 1:
        out = head + ":" + ":".join(groups[:2]) + "::" + groups[5]
    else:
        out = head + ":" + groups[0] + "::" + ":".join(groups[4:])
    return str(ipaddress.IPv6Address(out)) if rng.random() < 0.5 else out


# ------------------------------------------------------------ national ids
def _digits(rng, n):
    return "".join(rng.choice(DIG) for _ in range(n))


def _dmy(d):
    return "%02d%02d%02d" % (d.day, d.month, d.year % 100)


def _es_dni(rng):
    n = rng.randint(10000000, 99999999)
    return "%d%s" % (n, "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23])


def _nl_bsn(rng):
    while True:
        d = [rng.randint(0, 9) for _ in range(8)]
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        last = s % 11
        if last < 10 and d[0] != 0:
            return "".join(map(str, d)) + str(last)


def _cl_rut(rng):
    n = rng.randint(6000000, 24999999)
    s, m = 0, 2
    for ch in reversed(str(n)):
        s += int(ch) * m
        m = 2 if m == 7 else m + 1
    dv = 11 - s % 11
    dv = {10: "K", 11: "0"}.get(dv, str(dv))
    t = f"{n:,}".replace(",", ".")
    return "%s-%s" % (t, dv)


def _se_pnr(rng, d):
    base = "%02d%02d%02d%s" % (d.year % 100, d.month, d.day, _digits(rng, 3))
    return "%s-%s%s" % (base[:6], base[6:], luhn_digit(base))


def _fi_hetu(rng, d):
    ind = rng.randint(2, 899)
    n = int("%s%03d" % (_dmy(d), ind))
    sep = "-" if d.year < 2000 else "A"
    return "%s%s%03d%s" % (_dmy(d), sep, ind, "0123456789ABCDEFHJKLMNPRSTUVWXY"[n % 31])


def _pl_pesel(rng, d):
    mm = d.month + (20 if d.year >= 2000 else 0)
    base = "%02d%02d%02d%s" % (d.year % 100, mm, d.day, _digits(rng, 4))
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return base + str((10 - sum(int(c) * x for c, x in zip(base, w)) % 10) % 10)


def _fr_nir(rng, d, g):
    base = "%d%02d%02d%s%s%s" % (
        1 if g == "m" else 2,
        d.year % 100,
        d.month,
        rng.choice(["75", "2A", "2B", "13", "69", "64", "33"]),
        _digits(rng, 3),
        _digits(rng, 3),
    )
    num = int(base.replace("2A", "19").replace("2B", "18"))
    key = 97 - num % 97
    return "%s %s %s %s %s %s %02d" % (base[0], base[1:3], base[3:5], base[5:7], base[7:10], base[10:13], key)


def _be_rrn(rng, d):
    seq = rng.randint(1, 997)
    core = "%02d%02d%02d%03d" % (d.year % 100, d.month, d.day, seq)
    n = int(("2" + core) if d.year >= 2000 else core)
    chk = 97 - n % 97
    return "%s.%s.%s-%s.%02d" % (core[:2], core[2:4], core[4:6], core[6:9], chk)


def _ch_ahv(rng):
    body = "756" + _digits(rng, 9)
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    chk = (10 - s % 10) % 10
    full = body + str(chk)
    return "%s.%s.%s.%s" % (full[:3], full[3:7], full[7:11], full[11:])


def _il_tz(rng):
    body = _digits(rng, 8)
    s = 0
    for i, c in enumerate(body):
        v = int(c) * (1 if i % 2 == 0 else 2)
        s += v - 9 if v > 9 else v
    return body + str((10 - s % 10) % 10)


def _gb_nino(rng):
    return "%s %s %s %s %s" % (
        rng.choice(["AB", "CE", "JK", "KL", "NP", "PR", "RS", "SL", "TW", "WK", "YH", "ZE", "JG"]),
        _digits(rng, 2),
        _digits(rng, 2),
        _digits(rng, 2),
        rng.choice("ABCD"),
    )


def _gb_nhs(rng):
    while True:
        d = [rng.randint(0, 9) for _ in range(9)]
        chk = 11 - sum(x * w for x, w in zip(d, range(10, 1, -1))) % 11
        if chk == 11:
            chk = 0
        if chk != 10:
            s = "".join(map(str, d)) + str(chk)
            return "%s %s %s" % (s[:3], s[3:6], s[6:])


def _ie_pps(rng):
    d = [rng.randint(0, 9) for _ in range(7)]
    s = sum(x * w for x, w in zip(d, range(8, 1, -1)))
    return "".join(map(str, d)) + "WABCDEFGHIJKLMNOPQRSTUV"[s % 23]


def _ca_sin(rng):
    body = rng.choice("1234567") + _digits(rng, 7)
    n = body + luhn_digit(body)
    return "%s %s %s" % (n[:3], n[3:6], n[6:])


def national_id(rng, cc, dob, gender):
    """Return (label, value) for a national identity / social number."""
    dd = _dmy(dob)
    g = gender
    table = {
        "GB": ("National Insurance no.", lambda: _gb_nino(rng)),
        "IE": ("PPS number", lambda: _ie_pps(rng)),
        "FR": ("n° de sécurité sociale", lambda: _fr_nir(rng, dob, g)),
        "DE": ("Steuer-ID", lambda: " ".join([_digits(rng, 2), _digits(rng, 3), _digits(rng, 3), _digits(rng, 3)])),
        "NL": ("BSN", lambda: _nl_bsn(rng)),
        "BE": ("rijksregisternummer", lambda: _be_rrn(rng, dob)),
        "ES": (rng.choice(["DNI", "NIF"]), lambda: _es_dni(rng)),
        "IT": (
            "codice fiscale",
            lambda: fill_pattern(
                rng,
                "AAAAAA%02d%s%02dA###A"
                % (dob.year % 100, "ABCDEHLMPRST"[dob.month - 1], dob.day + (40 if g == "f" else 0)),
            ),
        ),
        "PT": ("NIF", lambda: rng.choice("12") + _digits(rng, 8)),
        "CH": ("AHV-Nr.", lambda: _ch_ahv(rng)),
        "AT": ("SV-Nummer", lambda: _digits(rng, 4) + " " + dd),
        "DK": ("CPR-nr.", lambda: dd + "-" + _digits(rng, 4)),
        "FO": ("P-tal", lambda: dd + "-" + _digits(rng, 3)),
        "NO": ("fødselsnummer", lambda: dd + _digits(rng, 5)),
        "SE": ("personnummer", lambda: _se_pnr(rng, dob)),
        "FI": ("henkilötunnus", lambda: _fi_hetu(rng, dob)),
        "IS": ("kennitala", lambda: dd + "-" + _digits(rng, 4)),
        "PL": ("PESEL", lambda: _pl_pesel(rng, dob)),
        "RO": (
            "CNP",
            lambda: (
                ("1" if g == "m" else "2") + "%02d%02d%02d" % (dob.year % 100, dob.month, dob.day) + _digits(rng, 6)
            ),
        ),
        "HU": ("TAJ szám", lambda: "%s %s %s" % (_digits(rng, 3), _digits(rng, 3), _digits(rng, 3))),
        "RU": (
            rng.choice(["СНИЛС", "SNILS"]),
            lambda: "%s-%s-%s %s" % (_digits(rng, 3), _digits(rng, 3), _digits(rng, 3), _digits(rng, 2)),
        ),
        "AZ": ("FİN", lambda: fill_pattern(rng, "#AAA#AA")),
        "GE": ("personal no.", lambda: "0" + _digits(rng, 10)),
        "BT": ("CID", lambda: "1" + _digits(rng, 10)),
        "IN": (
            rng.choice(["Aadhaar", "UID"]),
            lambda: "%s %s %s" % (rng.choice("23456789") + _digits(rng, 3), _digits(rng, 4), _digits(rng, 4)),
        ),
        "TH": (
            "ID card no.",
            lambda: (
                "%s-%s-%s-%s-%s"
                % (rng.choice("1358"), _digits(rng, 4), _digits(rng, 5), _digits(rng, 2), _digits(rng, 1))
            ),
        ),
        "ID": (
            "NIK",
            lambda: (
                "3471"
                + _digits(rng, 2)
                + "%02d%02d%02d" % (dob.day + (40 if g == "f" else 0), dob.month, dob.year % 100)
                + _digits(rng, 4)
            ),
        ),
        "US": (
            "SSN",
            lambda: "%d-%s-%s" % (rng.randint(100, 665), _digits(rng, 2).replace("00", "17"), _digits(rng, 4)),
        ),
        "GU": (
            "SSN",
            lambda: "%d-%s-%s" % (rng.randint(586, 586), _digits(rng, 2).replace("00", "31"), _digits(rng, 4)),
        ),
        "CA": ("SIN", lambda: _ca_sin(rng)),
        "AU": (
            rng.choice(["TFN", "Medicare no."]),
            lambda: "%s %s %s" % (_digits(rng, 3), _digits(rng, 3), _digits(rng, 3)),
        ),
        "CL": ("RUT", lambda: _cl_rut(rng)),
        "PY": ("C.I. N°", lambda: f"{rng.randint(800000, 7999999):,}".replace(",", ".")),
        "BO": ("C.I.", lambda: "%d %s" % (rng.randint(2000000, 9999999), rng.choice(["LP", "OR", "PT", "CB"]))),
        "HN": ("DNI", lambda: "%s-%d-%s" % (rng.choice(["0101", "0801", "0301"]), dob.year, _digits(rng, 5))),
        "JM": ("TRN", lambda: "%s-%s-%s" % (rng.choice("1") + _digits(rng, 2), _digits(rng, 3), _digits(rng, 3))),
        "TT": ("national ID", lambda: "%d%02d%02d%s" % (dob.year, dob.month, dob.day, _digits(rng, 3))),
        "AO": ("BI n.º", lambda: _digits(rng, 9) + rng.choice(["LA", "BA", "HO", "HA"]) + _digits(rng, 3)),
        "MZ": ("BI", lambda: _digits(rng, 12) + rng.choice(UP)),
        "MW": ("National ID", lambda: fill_pattern(rng, "AAAA####")),
        "UG": (
            "NIN",
            lambda: ("CM" if g == "m" else "CF") + "%02d" % (dob.year % 100) + fill_pattern(rng, "###AAAAAAA")[:10],
        ),
        "RW": (
            "ID no.",
            lambda: (
                "1 %d %s %s %s %s"
                % (dob.year, "8" if g == "m" else "7", _digits(rng, 7), _digits(rng, 1), _digits(rng, 2))
            ),
        ),
        "AE": ("Emirates ID", lambda: "784-%d-%s-%s" % (dob.year, _digits(rng, 7), _digits(rng, 1))),
        "OM": ("civil no.", lambda: _digits(rng, 8)),
        "JO": ("national no.", lambda: ("9" if g == "m" else "2") + "%02d" % (dob.year % 100) + _digits(rng, 7)),
        "IL": ("teudat zehut", lambda: _il_tz(rng)),
        "CY": ("ID card no.", lambda: _digits(rng, 7)),
        "MT": ("ID card", lambda: _digits(rng, 6) + rng.choice("MGAPLH")),
    }
    lab, fn = table.get(
        cc, ("national ID no.", lambda: fill_pattern(rng, rng.choice(["#########", "A#######", "##-######-#"])))
    )
    return lab, fn()


PASSPORT = {
    "GB": "#########",
    "US": "A########",
    "DE": "C##A##A##",
    "FR": "##AA#####",
    "ES": "AAA######",
    "IT": "YA#######",
    "NL": "AA#######",
    "IN": "A#######",
    "IE": "PA#######",
    "CA": "AA######",
    "AU": "PA#######",
    "RU": "## #######",
    "JM": "A#######",
    "TT": "TA######",
    "AE": "A#######",
}


def passport(rng, cc):
    return fill_pattern(rng, PASSPORT.get(cc, rng.choice(["A#######", "AA#######", "#########", "P########"])))


PLATES = {
    "GB": "AA## AAA",
    "FR": "AA-###-AA",
    "NL": "##-AAA-#",
    "ES": "#### AAA",
    "IT": "AA ###AA",
    "PT": "AA-##-AA",
    "IE": "###-D-#####",
    "SE": "AAA ##A",
    "NO": "AA #####",
    "DK": "AA ## ###",
    "FI": "AAA-###",
    "PL": "AA #####",
    "CH": "ZH ######",
    "AT": "W-#####A",
    "BE": "1-AAA-###",
    "AU": "AAA-###",
    "US": "#AAA###",
    "CA": "AAAA ###",
    "JM": "####AA",
    "TT": "PAA ####",
    "CY": "AAA ###",
    "MT": "AAA ###",
    "IS": "AA A##",
    "HU": "AAA-###",
    "RO": "B ## AAA",
    "RU": "A ### AA 116",
    "AE": "A #####",
    "IL": "###-##-###",
    "GU": "AA ####",
    "CL": "AAAA ##",
}


def plate(rng, cc):
    if cc == "DE":
        return fill_pattern(rng, rng.choice(["LER-A ###", "AUR-AA ##", "NF-AA ###", "HH-AA ####"]))
    return fill_pattern(rng, PLATES.get(cc, rng.choice(["AA ####", "AAA ###", "A-####"])))


def gb_licence(rng, p, dob):
    sur = "".join(ch for ch in (p.surname or p.given).upper() if "A" <= ch <= "Z")[:5].ljust(5, "9")
    mm = dob.month + (50 if p.gender == "f" else 0)
    ini = "".join(ch for ch in p.given.upper() if "A" <= ch <= "Z")[:1].ljust(2, "9")
    return "%s%d%02d%02d%d%s9%s" % (
        sur,
        (dob.year % 100) // 10,
        mm,
        dob.day,
        dob.year % 10,
        ini,
        fill_pattern(rng, "AA"),
    )


def licence(rng, cc, p, dob):
    if cc == "GB":
        return gb_licence(rng, p, dob)
    pats = {
        "US": "A###-####-####",
        "AU": "########",
        "CA": "A####-#####-#####",
        "IE": "### ### ###",
        "FR": "############",
        "DE": "A###AAA#A##",
        "NL": "##########",
        "ES": None,
    }
    if cc == "ES":
        return _es_dni(rng)
    return fill_pattern(rng, pats.get(cc) or rng.choice(["#########", "AA######", "A##-###-###"]))
