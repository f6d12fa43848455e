"""Identifier schemes with their real check digits where the scheme is public (Luhn, mod-97, PESEL, ...)."""

from __future__ import annotations

import datetime as dt

from .segs import strip_accents


def digits(rng, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def letters(rng, n: int, pool: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
    return "".join(rng.choice(pool) for _ in range(n))


def luhn_ok(num: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            d -= 9 if d > 9 else 0
        total += d
    return total % 10 == 0


def luhn_complete(body: str) -> str:
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError(body)


def card_number(rng) -> str:
    r = rng.random()
    if r < 0.5:
        return luhn_complete("4" + digits(rng, 14))
    if r < 0.85:
        return luhn_complete(f"5{rng.randint(1, 5)}" + digits(rng, 13))
    return luhn_complete(rng.choice(["34", "37"]) + digits(rng, 12))


def group_card(rng, num: str) -> str:
    sep = rng.choice([" ", " ", "-", ""])
    if len(num) == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[i : i + 4] for i in range(0, 16, 4))


def _iban_check(cc: str, bban: str) -> str:
    moved = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in moved)
    return f"{98 - int(num) % 97:02d}"


IBAN_BBAN = {
    "GB": lambda r: r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA"]) + digits(r, 14),
    "IE": lambda r: r.choice(["AIBK", "BOFI", "IPBS"]) + digits(r, 14),
    "PL": lambda r: digits(r, 24),
    "IT": lambda r: letters(r, 1, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") + digits(r, 22),
    "SE": lambda r: digits(r, 20),
    "NO": lambda r: digits(r, 11),
    "DK": lambda r: digits(r, 14),
    "CZ": lambda r: digits(r, 20),
    "PT": lambda r: "0035" + digits(r, 17),
    "ES": lambda r: digits(r, 20),
    "TR": lambda r: digits(r, 5) + "0" + digits(r, 16),
    "PK": lambda r: r.choice(["HABB", "MUCB", "UNIL", "MEZN"]) + digits(r, 16),
    "MT": lambda r: r.choice(["VALL", "MALT"]) + digits(r, 5) + digits(r, 18),
}


def iban(rng, cc: str) -> str:
    cc = cc if cc in IBAN_BBAN else "GB"
    bban = IBAN_BBAN[cc](rng)
    return cc + _iban_check(cc, bban) + bban


def iban_ok(value: str) -> bool:
    s = value.replace(" ", "")
    moved = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in moved)) % 97 == 1


def group4(rng, s: str) -> str:
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4)) if rng.random() < 0.65 else s


def pesel(rng, dob: dt.date, gender: str) -> str:
    month = dob.month + (20 if dob.year >= 2000 else 0)
    body = f"{dob.year % 100:02d}{month:02d}{dob.day:02d}" + digits(rng, 3)
    body += str(rng.choice([1, 3, 5, 7, 9] if gender == "m" else [0, 2, 4, 6, 8]))
    total = sum(int(d) * w for d, w in zip(body, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3], strict=True))
    return body + str((10 - total % 10) % 10)


def personnummer(rng, dob: dt.date, gender: str) -> str:
    serial = digits(rng, 2) + str(rng.choice([1, 3, 5, 7, 9] if gender == "m" else [0, 2, 4, 6, 8]))
    short = f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}"
    total = 0
    for i, ch in enumerate(short + serial):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v // 10 + v % 10
    check = str((10 - total % 10) % 10)
    r = rng.random()
    if r < 0.5:
        return f"{short}-{serial}{check}"
    if r < 0.8:
        return f"{dob.year}{dob.month:02d}{dob.day:02d}-{serial}{check}"
    return f"{dob.year}{dob.month:02d}{dob.day:02d}{serial}{check}"


def fodselsnummer(rng, dob: dt.date, gender: str) -> str:
    while True:
        lo, hi = (0, 499) if dob.year < 2000 else (500, 999)
        ind = rng.randint(lo, hi)
        if (ind % 2 == 1) != (gender == "m"):
            continue
        body = f"{dob.day:02d}{dob.month:02d}{dob.year % 100:02d}{ind:03d}"
        k1 = 11 - sum(int(d) * w for d, w in zip(body, [3, 7, 6, 1, 8, 9, 4, 5, 2], strict=True)) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        body += str(k1)
        k2 = 11 - sum(int(d) * w for d, w in zip(body, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2], strict=True)) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 != 10:
            return body + str(k2)


def rodne_cislo(rng, dob: dt.date, gender: str) -> str:
    month = dob.month + (50 if gender == "f" else 0)
    while True:
        first = f"{dob.year % 100:02d}{month:02d}{dob.day:02d}{digits(rng, 3)}"
        check = int(first) % 11
        if check < 10:
            return f"{first[:6]}/{first[6:]}{check}"


_CF_ODD_VALUES = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
_CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", _CF_ODD_VALUES[:10] + _CF_ODD_VALUES, strict=True))
_CF_EVEN = {ch: (int(ch) if ch.isdigit() else ord(ch) - 65) for ch in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"}
BELFIORE = {
    "Palermo": "G273",
    "Catania": "C351",
    "Messina": "F158",
    "Agrigento": "A089",
    "Napoli": "F839",
    "Milano": "F205",
    "Torino": "L219",
    "Bologna": "A944",
    "Bari": "A662",
    "Roma": "H501",
}


def _cf_part(name: str, given: bool) -> str:
    s = "".join(ch for ch in strip_accents(name).upper() if ch.isalpha())
    cons = [c for c in s if c not in "AEIOU"]
    vows = [c for c in s if c in "AEIOU"]
    if given and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return "".join((cons + vows + ["X", "X", "X"])[:3])


def codice_fiscale(rng, surname: str, given: str, dob: dt.date, gender: str) -> str:
    day = dob.day + (40 if gender == "f" else 0)
    code = _cf_part(surname, False) + _cf_part(given, True) + f"{dob.year % 100:02d}" + "ABCDEHLMPRST"[dob.month - 1]
    code += f"{day:02d}" + rng.choice(list(BELFIORE.values()))
    total = sum((_CF_ODD if i % 2 == 0 else _CF_EVEN)[ch] for i, ch in enumerate(code))
    return code + chr(65 + total % 26)


def nif_pt(rng) -> str:
    body = rng.choice("12") + digits(rng, 7)
    r = 11 - sum(int(d) * (9 - i) for i, d in enumerate(body)) % 11
    return body + str(0 if r >= 10 else r)


def tc_kimlik(rng) -> str:
    d = [rng.randint(1, 9)] + [rng.randrange(10) for _ in range(8)]
    d.append(((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def nric(rng, dob: dt.date) -> str:
    prefix = "T" if dob.year >= 2000 else "S"
    body = f"{dob.year % 100:02d}" + digits(rng, 5) if dob.year >= 1968 else digits(rng, 7)
    total = sum(int(c) * w for c, w in zip(body, [2, 7, 6, 5, 4, 3, 2], strict=True)) + (4 if prefix == "T" else 0)
    return prefix + body + "JZIHGFEDCBA"[total % 11]


def nhs_number(rng) -> str:
    while True:
        body = rng.choice("4679") + digits(rng, 8)
        r = 11 - sum(int(d) * (10 - i) for i, d in enumerate(body)) % 11
        if r != 10:
            return body + str(0 if r == 11 else r)


def chi_number(rng, dob: dt.date, gender: str) -> str:
    while True:
        body = f"{dob.day:02d}{dob.month:02d}{dob.year % 100:02d}" + digits(rng, 2)
        body += str(rng.choice([1, 3, 5, 7, 9] if gender == "m" else [0, 2, 4, 6, 8]))
        r = 11 - sum(int(d) * (10 - i) for i, d in enumerate(body)) % 11
        if r != 10:
            return body + str(0 if r == 11 else r)


def upn(rng) -> str:
    body = (
        rng.choice(["856", "380", "330", "201", "821", "873", "919"])
        + digits(rng, 4)
        + f"{rng.randint(10, 24)}"
        + digits(rng, 3)
    )
    total = sum(int(d) * (i + 2) for i, d in enumerate(body))
    return "ABCDEFGHJKLMNPQRTUVWXYZ"[total % 23] + body


def ni_number(rng) -> str:
    while True:
        pre = rng.choice("ABCEGHJKLMNOPRSTWXYZ") + rng.choice("ABCEGHJKLMNPRSTWXYZ")
        if pre not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            return pre + digits(rng, 6) + rng.choice("ABCD")


def ssn(rng) -> str:
    area = rng.randint(1, 899)
    area = 667 if area == 666 else area
    return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def dvla(rng, surname: str, given: str, dob: dt.date, gender: str) -> str:
    s = "".join(ch for ch in strip_accents(surname).upper() if ch.isalpha())
    s = (s + "99999")[:5]
    month = dob.month + (50 if gender == "f" else 0)
    inits = (strip_accents(given).upper()[:1] + "9")[:2]
    return f"{s}{str(dob.year)[2]}{month:02d}{dob.day:02d}{str(dob.year)[3]}{inits}9{letters(rng, 2)}"


def ppsn(rng) -> str:
    body = digits(rng, 7)
    second = rng.choice(["", "", "A", "W"])
    total = sum(int(d) * w for d, w in zip(body, [8, 7, 6, 5, 4, 3, 2], strict=True)) + (
        9 * (ord(second) - 64) if second == "A" else 0
    )
    return body + "WABCDEFGHIJKLMNOPQRSTUV"[total % 23] + second


def sin_ca(rng) -> str:
    return luhn_complete(rng.choice("1234567") + digits(rng, 7))


def dni_es(rng) -> str:
    n = rng.randint(10000000, 79999999)
    return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"
