"""Identifier formats: phones, cards, IBANs, national ids, passports, licences, plates (IPs and dates: dates_web)."""

LOCALES = [
    "GB",
    "US",
    "IE",
    "DE",
    "FR",
    "NL",
    "ES",
    "IN",
    "JP",
    "KR",
    "AU",
    "NZ",
    "CA",
    "BR",
    "MX",
    "NG",
    "AE",
    "PH",
    "ZA",
]
UP = "ABCDEFGHJKLMNPRSTUVWXYZ"
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
WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def dg(r, n, first_nonzero=False):
    s = "".join(r.choice("0123456789") for _ in range(n))
    return (r.choice("123456789") + s[1:]) if first_nonzero and n else s


def up(r, n, alphabet=UP):
    return "".join(r.choice(alphabet) for _ in range(n))


def luhn_digit(body):
    s = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            d = d - 9 if d > 9 else d
        s += d
    return str((10 - s % 10) % 10)


# ---------------------------------------------------------------- phones
PHONES = {
    "GB": ["07700 900{3}", "+44 7700 900{3}", "0161 496 0{3}", "(020) 7946 0{3}", "+44 (0)113 496 0{3}"],
    "US": ["(202) 555-01{2}", "312-555-01{2}", "+1 415 555 01{2}", "646.555.01{2}", "1-713-555-01{2}"],
    "IE": ["087 {3} {4}", "+353 86 {3} {4}", "(01) {3} {4}"],
    "DE": ["+49 151 {8}", "0170 {7}", "+49 (0)30 {4} {3}"],
    "FR": ["06 {2} {2} {2} {2}", "+33 7 {2} {2} {2} {2}", "+33 (0)1 {2} {2} {2} {2}"],
    "NL": ["06-{8}", "+31 6 {4} {4}", "020 {3} {4}"],
    "ES": ["+34 6{2} {3} {3}", "6{2} {2} {2} {2}"],
    "IN": ["+91 98{3} {5}", "098{3}-{5}", "+91-99{8}", "080 2{3} {4}"],
    "JP": ["090-{4}-{4}", "+81 80 {4} {4}", "03-{4}-{4}"],
    "KR": ["010-{4}-{4}", "+82 10 {4} {4}", "02-{3}-{4}"],
    "AU": ["0491 570 {3}", "+61 491 570 {3}", "(02) 5550 {4}", "04{2} {3} {3}"],
    "NZ": ["021 {3} {4}", "+64 27 {3} {4}", "(09) {3} {4}"],
    "CA": ["(416) 555-01{2}", "+1 604 555 01{2}", "514-555-01{2}"],
    "BR": ["+55 11 9{4}-{4}", "(21) 9{4}-{4}", "+55 (31) 9{4} {4}"],
    "MX": ["+52 55 {4} {4}", "55 {4} {4}", "+52 1 33 {4} {4}"],
    "NG": ["+234 803 {3} {4}", "0806 {3} {4}", "+234 (0) 812 {3} {4}"],
    "AE": ["+971 50 {3} {4}", "050 {3} {4}", "+971-4-{3}-{4}"],
    "PH": ["0917 {3} {4}", "+63 918 {3} {4}", "(02) 8{3} {4}"],
    "ZA": ["082 {3} {4}", "+27 71 {3} {4}", "(021) {3} {4}"],
}


def _expand(r, fmt):
    out, i = [], 0
    while i < len(fmt):
        if fmt[i] == "{":
            j = fmt.index("}", i)
            out.append(dg(r, int(fmt[i + 1 : j])))
            i = j + 1
        else:
            out.append(fmt[i])
            i += 1
    return "".join(out)


def phone(r, loc):
    return _expand(r, r.choice(PHONES[loc]))


def spell(value, r):
    """Say an identifier aloud: digits as words (oh/zero, 'double'), letters as capitals."""
    groups = list(value.replace("-", " ").replace(".", " ").replace("(", " ").replace(")", " ").split())
    said = []
    for g in groups:
        words, k = [], 0
        while k < len(g):
            ch = g[k]
            if ch == "+":
                words.append("plus")
            elif ch.isdigit():
                w = "oh" if ch == "0" and r.random() < 0.6 else WORDS[int(ch)]
                if k + 1 < len(g) and g[k + 1] == ch and r.random() < 0.5:
                    words.append("double " + w)
                    k += 2
                    continue
                words.append(w)
            elif ch.isalpha():
                words.append(ch.upper() if ch.isascii() else ch)
            k += 1
        said.append(" ".join(words))
    return ", ".join(x.strip() for x in said if x.strip())


# ---------------------------------------------------------------- cards and banks
def card(r, fmt=None):
    brand = r.choice(["4", "4", "51", "53", "55", "37", "6011", "2221"])
    length = 15 if brand == "37" else 16
    body = brand + dg(r, length - len(brand) - 1)
    num = body + luhn_digit(body)
    fmt = fmt if fmt is not None else r.randint(0, 3)
    if length == 15:
        return f"{num[:4]} {num[4:10]} {num[10:]}" if fmt else num
    if fmt == 1:
        return " ".join(num[i : i + 4] for i in range(0, 16, 4))
    if fmt == 2:
        return "-".join(num[i : i + 4] for i in range(0, 16, 4))
    return num


IBAN_SPEC = {
    "GB": "aaaannnnnnnnnnnnnn",
    "DE": "nnnnnnnnnnnnnnnnnn",
    "FR": "nnnnnnnnnncccccccccccnn",
    "NL": "aaaannnnnnnnnn",
    "ES": "nnnnnnnnnnnnnnnnnnnn",
    "IE": "aaaannnnnnnnnnnnnn",
    "IT": "annnnnnnnnncccccccccccc",
    "PT": "nnnnnnnnnnnnnnnnnnnnn",
    "BE": "nnnnnnnnnnnn",
    "TR": "nnnnn0nnnnnnnnnnnnnnnn",
    "AE": "nnnnnnnnnnnnnnnnnnn",
    "SA": "nncccccccccccccccccc",
}


def iban(r, country=None, spaced=None):
    cc = country or r.choice(sorted(IBAN_SPEC))
    bban = ""
    for t in IBAN_SPEC[cc]:
        bban += {
            "a": lambda: r.choice(UP),
            "n": lambda: r.choice("0123456789"),
            "c": lambda: r.choice(UP + "0123456789"),
            "0": lambda: "0",
        }[t]()
    num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    val = cc + f"{98 - int(num) % 97:02d}" + bban
    spaced = r.random() < 0.6 if spaced is None else spaced
    return " ".join(val[i : i + 4] for i in range(0, len(val), 4)) if spaced else val


def bank_account(r, loc):
    return {
        "GB": lambda: dg(r, 8),
        "US": lambda: dg(r, r.randint(10, 12), True),
        "IN": lambda: dg(r, r.choice([11, 14, 16]), True),
        "AU": lambda: dg(r, 3) + "-" + dg(r, 6),
        "CA": lambda: dg(r, 7),
        "NG": lambda: "0" + dg(r, 9),
        "BR": lambda: dg(r, 5) + "-" + dg(r, 1),
        "JP": lambda: dg(r, 7),
        "KR": lambda: f"{dg(r, 3)}-{dg(r, 6)}-{dg(r, 2)}-{dg(r, 3)}",
        "ZA": lambda: dg(r, 10, True),
        "PH": lambda: dg(r, 12, True),
        "NZ": lambda: f"12-3{dg(r, 3)}-0{dg(r, 6)}-00",
    }.get(loc, lambda: dg(r, 10, True))()


# ---------------------------------------------------------------- national ids (type, kind, value)
def national_id(r, loc, dob):
    y, m, d = dob.year, dob.month, dob.day
    if loc == "US":
        return (
            "US_SSN",
            "ssn",
            r.choice(["{}-{}-{}", "{} {} {}", "{}{}{}"]).format(
                f"{r.randint(1, 665):03d}".replace("000", "001"), f"{r.randint(1, 99):02d}", f"{r.randint(1, 9999):04d}"
            ),
        )
    if loc == "GB":
        a = r.choice("ABCEGHJKLMNPRSTWXYZ") + r.choice("ABCEGHJKLMNPRSTWXYZ")
        if a in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            a = "AB"
        n = dg(r, 6)
        return (
            "ID",
            "national_insurance",
            r.choice([f"{a} {n[:2]} {n[2:4]} {n[4:]} {r.choice('ABCD')}", f"{a}{n}{r.choice('ABCD')}"]),
        )
    if loc == "IE":
        n = dg(r, 7)
        s = sum(int(c) * w for c, w in zip(n, range(8, 1, -1), strict=False))
        return "ID", "ppsn", n + "WABCDEFGHIJKLMNOPQRSTUV"[s % 23] + r.choice(["", "", "A"])
    if loc == "ES":
        n = r.randint(10000000, 99999999)
        return "ID", "dni", f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"
    if loc == "FR":
        body = (
            f"{r.choice('12')}{y % 100:02d}{m:02d}{r.choice(['75', '69', '13', '33', '59', '2A'])}{dg(r, 3)}{dg(r, 3)}"
        )
        key = 97 - int(body.replace("2A", "19")) % 97
        return "ID", "nir", f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"
    if loc == "NL":
        while True:
            n = dg(r, 8, True)
            for last in "0123456789":
                s = sum(int(c) * w for c, w in zip(n, range(9, 1, -1), strict=False)) - int(last)
                if s % 11 == 0:
                    return "ID", "bsn", n + last
    if loc == "IN":
        if r.random() < 0.6:
            n = dg(r, 12, True).replace("1", "2", 1)
            return "ID", "aadhaar", f"{n[:4]} {n[4:8]} {n[8:]}"
        return "ID", "pan", up(r, 3) + "P" + up(r, 1) + dg(r, 4) + up(r, 1)
    if loc == "KR":
        body = f"{y % 100:02d}{m:02d}{d:02d}" + ("3" if y >= 2000 else "1") + dg(r, 5)
        s = sum(int(c) * w for c, w in zip(body, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5], strict=False))
        full = body + str((11 - s % 11) % 10)
        return "ID", "rrn", full[:6] + "-" + full[6:]
    if loc == "JP":
        n = dg(r, 12, True)
        return "ID", "my_number", r.choice([n, f"{n[:4]} {n[4:8]} {n[8:]}"])
    if loc == "CA":
        body = r.choice("1234567") + dg(r, 7)
        n = body + luhn_digit(body)
        return "ID", "sin", f"{n[:3]}-{n[3:6]}-{n[6:]}" if r.random() < 0.6 else f"{n[:3]} {n[3:6]} {n[6:]}"
    if loc == "BR":
        n = [int(c) for c in dg(r, 9, True)]
        for k in (10, 11):
            s = sum(v * w for v, w in zip(n, range(k, 1, -1), strict=False))
            n.append(0 if s % 11 < 2 else 11 - s % 11)
        c = "".join(map(str, n))
        return "ID", "cpf", f"{c[:3]}.{c[3:6]}.{c[6:9]}-{c[9:]}"
    if loc == "MX":
        return (
            "ID",
            "curp",
            (
                up(r, 4, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
                + f"{y % 100:02d}{m:02d}{d:02d}"
                + r.choice("HM")
                + r.choice(["DF", "JC", "NL", "PL", "OC", "GT"])
                + up(r, 3, "BCDFGHJKLMNPRSTVXZ")
                + r.choice("0A")
                + dg(r, 1)
            ),
        )
    if loc == "NG":
        return "ID", "nin", dg(r, 11, True)
    if loc == "AE":
        body = f"784{y}{dg(r, 7)}"
        return "ID", "emirates_id", f"784-{y}-{body[7:14]}-{luhn_digit(body)}"
    if loc == "PH":
        n = dg(r, 16, True)
        return "ID", "philsys", "-".join(n[i : i + 4] for i in range(0, 16, 4))
    if loc == "ZA":
        body = f"{y % 100:02d}{m:02d}{d:02d}{r.randint(0, 9999):04d}0{r.choice('89')}"
        return "ID", "sa_id", body + luhn_digit(body)
    if loc == "DE":
        return "ID", "personalausweis", r.choice("LMNT") + up(r, 8, "0123456789CFGHJKLMNPRTVWXYZ")
    return passport(r, loc)


def passport(r, loc):
    fmt = {
        "US": lambda: dg(r, 9, True),
        "GB": lambda: dg(r, 9, True),
        "IN": lambda: up(r, 1) + dg(r, 7),
        "DE": lambda: "C" + up(r, 8, "CFGHJKLMNPRTVWXYZ0123456789"),
        "CN": lambda: "E" + dg(r, 8),
        "FR": lambda: dg(r, 2) + up(r, 2) + dg(r, 5),
        "PH": lambda: "P" + dg(r, 7) + up(r, 1),
        "NG": lambda: "A" + dg(r, 8),
        "BR": lambda: up(r, 2) + dg(r, 6),
        "KR": lambda: "M" + dg(r, 8),
        "JP": lambda: up(r, 2) + dg(r, 7),
        "AU": lambda: up(r, 1) + dg(r, 7),
        "IE": lambda: up(r, 2) + dg(r, 7),
        "NZ": lambda: up(r, 2) + dg(r, 6),
        "CA": lambda: up(r, 2) + dg(r, 6),
        "MX": lambda: "G" + dg(r, 8),
        "AE": lambda: dg(r, 9),
        "ZA": lambda: "A" + dg(r, 8),
        "ES": lambda: up(r, 3) + dg(r, 6),
        "NL": lambda: up(r, 2) + up(r, 6, UP + "0123456789") + dg(r, 1),
    }
    return "ID", "passport", fmt.get(loc, fmt["GB"])()


def licence(r, loc, person, dob):
    if loc == "GB":
        from .people import slug

        sur = (slug(person.family).upper() + "99999")[:5]
        mm = dob.month + (50 if person.gender == "f" else 0)
        ini = (slug(person.given)[:1].upper() + "9")[:2]
        val = f"{sur}{str(dob.year)[2]}{mm:02d}{dob.day:02d}{str(dob.year)[3]}{ini}9{up(r, 2)}"
        return "ID", "driver_licence", r.choice([val, f"{val[:5]} {val[5:11]} {val[11:]}"])
    fmt = {
        "US": lambda: r.choice([up(r, 1) + dg(r, 7), f"{dg(r, 3)} {dg(r, 3)} {dg(r, 3)}"]),
        "AU": lambda: dg(r, 8),
        "IN": lambda: f"{r.choice(['MH12', 'KA05', 'TN09', 'DL03'])} {r.randint(2005, 2022)}{dg(r, 7)}",
        "IE": lambda: dg(r, 9),
        "DE": lambda: up(r, 1) + dg(r, 3) + up(r, 4, UP + "0123456789") + dg(r, 2) + up(r, 1),
        "CA": lambda: f"{up(r, 1)}{dg(r, 4)}-{dg(r, 5)}-{dg(r, 5)}",
        "NZ": lambda: up(r, 2) + dg(r, 6),
    }
    return "ID", "driver_licence", fmt.get(loc, lambda: up(r, 2) + dg(r, 7))()


def plate(r, loc=None):
    loc = loc or r.choice(["GB", "DE", "FR", "NL", "US", "IN", "BR", "AU", "IE", "PL", "JP", "ES", "IT"])
    val = {
        "GB": lambda: f"{up(r, 2)}{r.choice(['19', '21', '70', '23', '73', '24'])} {up(r, 3)}",
        "DE": lambda: f"{r.choice(['M', 'HH', 'B', 'K', 'S', 'F'])}-{up(r, 2)} {r.randint(1, 9999)}",
        "FR": lambda: f"{up(r, 2)}-{dg(r, 3)}-{up(r, 2)}",
        "NL": lambda: f"{dg(r, 2)}-{up(r, 3)}-{dg(r, 1)}",
        "US": lambda: f"{r.randint(5, 9)}{up(r, 3)}{dg(r, 3)}",
        "IN": lambda: f"MH {dg(r, 2)} {up(r, 2)} {dg(r, 4)}",
        "BR": lambda: f"{up(r, 3)}{dg(r, 1)}{up(r, 1)}{dg(r, 2)}",
        "AU": lambda: f"{up(r, 3)}-{dg(r, 3)}",
        "IE": lambda: (
            f"{r.choice(['191', '211', '231', '241'])}-{r.choice(['D', 'C', 'G', 'KY'])}-{r.randint(100, 29999)}"
        ),
        "PL": lambda: f"W{up(r, 1)} {dg(r, 5)}",
        "JP": lambda: f"品川 {r.randint(300, 599)} {r.choice('さすせそたち')} {dg(r, 2)}-{dg(r, 2)}",
        "ES": lambda: f"{dg(r, 4)} {up(r, 3, 'BCDFGHJKLMNPRSTVWXYZ')}",
        "IT": lambda: f"{up(r, 2)} {dg(r, 3)}{up(r, 2)}",
    }
    return "ID", "vehicle_plate", val.get(loc, val["GB"])()
