"""Identifier values with their country formats: IBANs, national ids, passports, plates, cards."""

from .id_format import U, group, luhn_complete, r
from .names import fold


def iban(rng, cc):
    bban = {
        "DE": "##################",
        "GB": "@@@@##############",
        "FR": "#######################",
        "NL": "@@@@##########",
        "ES": "####################",
        "IT": "@######################",
        "PL": "########################",
        "IE": "@@@@##############",
        "BE": "############",
        "PT": "#####################",
        "BR": "#######################@#",
    }[cc]
    if cc in ("GB", "IE"):
        bban = rng.choice(["NWBK", "BARC", "LOYD", "AIBK", "BOFI"]) + r(rng, bban[4:])
    elif cc == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO"]) + r(rng, bban[4:])
    else:
        bban = r(rng, bban)
    num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    check = 98 - int(num) % 97
    return f"{cc}{check:02d}{bban}"


def natid(rng, country, p):
    d = p.dob
    yy, mm, dd = d.year % 100, d.month, d.day
    if country == "US":
        return "US_SSN", "ssn", ssn(rng, rng.randrange(4))
    if country == "GB":
        return (
            "ID",
            "national id:ni number",
            (
                f"{rng.choice('ABCEGHJKLMNPRSTWXYZ')}{rng.choice('ABCEGHJKLMNPRSTWXYZ')} "
                f"{r(rng, '## ## ##')} {rng.choice('ABCD')}"
            ),
        )
    if country == "IN":
        return "ID", "national id:aadhaar", f"{rng.randint(2, 9)}{r(rng, '### #### ####')}"
    if country == "MX":
        pat = fold(p.family.split()[0] if p.family else p.given).upper()
        mat = fold(p.family.split()[-1] if p.family and " " in p.family else "X").upper()
        vow = next((c for c in pat[1:] if c in "AEIOU"), "X")
        return (
            "ID",
            "national id:curp",
            (
                f"{pat[0]}{vow}{mat[0]}{fold(p.given)[0].upper()}{yy:02d}{mm:02d}{dd:02d}"
                f"{'M' if p.gender == 'f' else 'H'}{rng.choice(['DF', 'JC', 'NL', 'QT'])}"
                f"{r(rng, '@@@')}0{rng.randint(0, 9)}"
            ),
        )
    if country == "BR":
        digits = [rng.randint(0, 9) for _ in range(9)]
        for n in (10, 11):
            s = sum(v * w for v, w in zip(digits, range(n, 1, -1), strict=True))
            digits.append(0 if s % 11 < 2 else 11 - s % 11)
        t = "".join(map(str, digits))
        return "ID", "national id:cpf", f"{t[:3]}.{t[3:6]}.{t[6:9]}-{t[9:]}"
    if country == "ES":
        n = rng.randint(10000000, 99999999)
        return "ID", "national id:dni", f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"
    if country == "IT":
        return (
            "ID",
            "tax ref:codice fiscale",
            (
                f"{r(rng, '@@@@@@')}{yy:02d}{'ABCDEHLMPRST'[mm - 1]}"
                f"{dd + (40 if p.gender == 'f' else 0):02d}{r(rng, '@###@')}"
            ),
        )
    if country == "PL":
        m = mm + (20 if d.year >= 2000 else 0)
        base = f"{yy:02d}{m:02d}{dd:02d}{r(rng, '###')}{rng.choice('02468' if p.gender == 'f' else '13579')}"
        s = sum(int(c) * w for c, w in zip(base, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3], strict=True))
        return "ID", "national id:pesel", base + str((10 - s % 10) % 10)
    if country == "NL":
        while True:
            b = r(rng, "########")
            s = sum(int(c) * w for c, w in zip(b, range(9, 1, -1), strict=True))
            if s % 11 < 10:
                return "ID", "national id:bsn", b + str(s % 11)
    if country == "ZA":
        return (
            "ID",
            "national id:sa id",
            luhn_complete(
                (
                    f"{yy:02d}{mm:02d}{dd:02d}{rng.randint(0, 4) if p.gender == 'f' else rng.randint(5, 9)}"
                    f"{r(rng, '###')}0{rng.randint(8, 9)}"
                ),
                13,
                rng,
            ),
        )
    if country == "KR":
        return (
            "ID",
            "national id:rrn",
            (
                f"{yy:02d}{mm:02d}{dd:02d}-{(2 if p.gender == 'f' else 1) + (2 if d.year >= 2000 else 0)}"
                f"{r(rng, '######')}"
            ),
        )
    if country == "JP":
        return "ID", "national id:my number", r(rng, rng.choice(["#### #### ####", "############"]))
    if country == "IE":
        return "ID", "national id:pps", f"{r(rng, '#######')}{rng.choice(U)}{rng.choice(['', 'A', 'W'])}"
    if country == "NG":
        return "ID", "national id:nin", r(rng, "###########")
    if country == "CA":
        return (
            "ID",
            "national id:sin",
            group(luhn_complete(str(rng.randint(1, 7)), 9, rng), [3, 3, 3], rng.choice([" ", "-"])),
        )
    if country == "AU":
        return "ID", "tax ref:tfn", r(rng, "### ### ###")
    if country == "NZ":
        return "ID", "tax ref:ird", r(rng, "0##-###-###")
    if country == "DE":
        return (
            "ID",
            "national id:personalausweis",
            f"{rng.choice('CFGHJKLMNPRTVWXYZ')}{r(rng, '##')}{rng.choice('CFGHJKLMNPRTVWXYZ')}{r(rng, '##@##')}",
        )
    if country == "FR":
        return "ID", "national id:nir", f"{1 if p.gender == 'm' else 2} {yy:02d} {mm:02d} {r(rng, '## ### ### ##')}"
    raise KeyError(country)


def ssn(rng, style=0):
    area = rng.choice([rng.randint(1, 665), rng.randint(667, 899)])
    return ["{:03d}-{:02d}-{:04d}", "{:03d} {:02d} {:04d}", "{:03d}{:02d}{:04d}", "{:03d}-{:02d}-{:04d}"][
        style % 4
    ].format(area, rng.randint(1, 99), rng.randint(1, 9999))


PASSPORT = {
    "GB": "#########",
    "US": "@########",
    "IN": "@#######",
    "DE": "C##@##@##",
    "FR": "##@@#####",
    "NG": "A########",
    "BR": "@@######",
    "JP": "T@#######",
    "KR": "M########",
    "MX": "G########",
    "IE": "P@#######",
    "ZA": "A########",
    "CA": "@@######",
    "AU": "P#######",
    "NZ": "L@######",
    "NL": "N@@#####",
    "ES": "PA#######",
    "IT": "YA#######",
    "PL": "E@#######",
}
LICENCE = {
    "US": ["D#######", "### ### ###", "S###-###-##-###-#", "@###-####-####"],
    "GB": None,
    "AU": ["########", "NSW #########"],
    "CA": ["@####-#####-#####"],
    "IE": ["#########"],
    "IN": ["@@## ###########"],
    "DE": ["B###@@@#@##"],
    "NZ": ["@@######"],
}
PLATE = {
    "GB": "@@## @@@",
    "US": "#@@@###",
    "DE": "B-@@ ####",
    "FR": "@@-###-@@",
    "NL": "@@-###-@",
    "ES": "#### @@@",
    "IT": "@@ ###@@",
    "PL": "WA #####",
    "BR": "@@@#@##",
    "IN": "MH ## @@ ####",
    "KR": "##가 ####",
    "MX": "@@@-###-@",
    "IE": "###-D-#####",
    "NG": "LND ### @@",
    "ZA": "CA ###-###",
    "AU": "#@@@ ###",
    "CA": "@@@@ ###",
    "NZ": "@@@###",
    "JP": "品川 300 あ ##-##",
}
HEALTH = {
    "GB": ("nhs", None),
    "US": ("medicare mbi", "#@@#-@@#-@@##"),
    "AU": ("medicare", "#### ##### #"),
    "CA": ("ohip", "####-###-###-@@"),
    "IN": ("abha", "##-####-####-####"),
    "NZ": ("nhi", "@@@####"),
}


def nhs(rng):
    while True:
        b = [rng.randint(0, 9) for _ in range(9)]
        c = 11 - sum(v * w for v, w in zip(b, range(10, 1, -1), strict=True)) % 11
        c = 0 if c == 11 else c
        if c != 10:
            s = "".join(map(str, [*b, c]))
            return group(s, [3, 3, 4], rng.choice([" ", " ", "-", ""]))


def card(rng):
    brand, prefix, n = rng.choice(
        [
            ("visa", "4", 16),
            ("visa", "4", 16),
            ("mastercard", rng.choice(["51", "53", "55", "2221"]), 16),
            ("amex", rng.choice(["34", "37"]), 15),
            ("discover", "6011", 16),
        ]
    )
    num = luhn_complete(prefix, n, rng)
    sep = rng.choice([" ", " ", "-", ""])
    return brand, (group(num, [4, 6, 5], sep) if n == 15 else group(num, [4, 4, 4, 4], sep))
