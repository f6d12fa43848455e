"""Check-digit schemes and national identifiers (several derived from the date of birth)."""

import string

DIG = string.digits
UP = string.ascii_uppercase


def rdig(rng, n, first_nonzero=False):
    s = "".join(rng.choice(DIG) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(rng.randint(1, 9)) + s[1:]
    return s


def luhn_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


_VD = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
    [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
    [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
    [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
    [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
    [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
    [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
]
_VP = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
    [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
    [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
    [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
    [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_digit(body):
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return str(_VINV[c])


def iban(country, bban):
    conv = "".join(str(int(ch, 36)) for ch in (bban + country + "00"))
    chk = 98 - int(conv) % 97
    return "%s%02d%s" % (country, chk, bban)


def group4(s):
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


# ---------------- national identifiers -----------------------------------------


def us_ssn(rng):
    area = rng.randint(1, 899)
    while area == 666:
        area = rng.randint(1, 899)
    return "%03d-%02d-%04d" % (area, rng.randint(1, 99), rng.randint(1, 9999))


def uk_nino(rng):
    first = "ABCEGHJKLMNOPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        pre = rng.choice(first) + rng.choice(second)
        if pre not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    d = rdig(rng, 6)
    sfx = rng.choice("ABCD")
    if rng.random() < 0.5:
        return "%s %s %s %s %s" % (pre, d[:2], d[2:4], d[4:], sfx)
    return pre + d + sfx


def nhs_number(rng):
    while True:
        body = rdig(rng, 9, True)
        s = sum(int(c) * w for c, w in zip(body, range(10, 1, -1)))
        chk = 11 - s % 11
        if chk == 11:
            chk = 0
        if chk != 10:
            n = body + str(chk)
            return "%s %s %s" % (n[:3], n[3:6], n[6:])


def aadhaar(rng):
    body = str(rng.randint(2, 9)) + rdig(rng, 10)
    n = body + verhoeff_digit(body)
    return "%s %s %s" % (n[:4], n[4:8], n[8:])


def pan_in(rng):
    return "".join(rng.choice(UP) for _ in range(3)) + "P" + rng.choice(UP) + rdig(rng, 4) + rng.choice(UP)


def cpf(rng):
    d = [int(c) for c in rdig(rng, 9)]
    for n in (10, 11):
        s = sum(x * w for x, w in zip(d, range(n, 1, -1)))
        r = s % 11
        d.append(0 if r < 2 else 11 - r)
    s = "".join(map(str, d))
    return "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:])


def za_id(rng, dob, gender):
    g = rng.randint(5000, 9999) if gender == "m" else rng.randint(0, 4999)
    body = dob.strftime("%y%m%d") + "%04d" % g + rng.choice("0001") + "8"
    return body + luhn_digit(body)


def es_dni(rng):
    n = rng.randint(10000000, 99999999)
    return "%08d%s" % (n, "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23])


def pesel(rng, dob, gender):
    m = dob.month + (20 if dob.year >= 2000 else 0)
    z = rdig(rng, 3)
    sx = rng.choice("13579" if gender == "m" else "02468")
    body = "%02d%02d%02d%s%s" % (dob.year % 100, m, dob.day, z, sx)
    s = sum(int(c) * w for c, w in zip(body, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]))
    return body + str((10 - s % 10) % 10)


def bsn(rng):
    while True:
        b = rdig(rng, 8, True)
        s = sum(int(c) * w for c, w in zip(b, range(9, 1, -1)))
        for last in range(10):
            if (s - last) % 11 == 0:
                return b + str(last)


def ca_sin(rng):
    body = str(rng.choice([1, 2, 3, 4, 5, 6, 7, 9])) + rdig(rng, 7)
    n = body + luhn_digit(body)
    return "%s %s %s" % (n[:3], n[3:6], n[6:])


def au_tfn(rng):
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    while True:
        n = rdig(rng, 9, True)
        if sum(int(c) * x for c, x in zip(n, w)) % 11 == 0:
            return "%s %s %s" % (n[:3], n[3:6], n[6:])


def fr_nir(rng, dob, gender):
    body = "%s%02d%02d%s%s" % (
        "1" if gender == "m" else "2",
        dob.year % 100,
        dob.month,
        rng.choice(["75", "69", "13", "33", "59", "44"]) + rdig(rng, 3),
        rdig(rng, 3),
    )
    key = 97 - int(body) % 97
    return "%s %s %s %s %s %s %02d" % (body[0], body[1:3], body[3:5], body[5:7], body[7:10], body[10:], key)


def cn_id(rng, dob):
    body = rng.choice(["110105", "310104", "440305", "510107"]) + dob.strftime("%Y%m%d") + rdig(rng, 3)
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body + "10X98765432"[sum(int(c) * x for c, x in zip(body, w)) % 11]


def kr_rrn(rng, dob, gender):
    s = (1 if gender == "m" else 2) + (2 if dob.year >= 2000 else 0)
    body = dob.strftime("%y%m%d") + str(s) + rdig(rng, 5)
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    c = (11 - sum(int(a) * b for a, b in zip(body, w)) % 11) % 10
    return "%s-%s%d" % (body[:6], body[6:], c)


def se_pnr(rng, dob):
    body = dob.strftime("%y%m%d") + rdig(rng, 3)
    return "%s-%s%s" % (body[:6], body[6:], luhn_digit(body))


def fi_hetu(rng, dob):
    z = rng.randint(2, 899)
    n = int(dob.strftime("%d%m%y") + "%03d" % z)
    sign = "A" if dob.year >= 2000 else "-"
    return "%s%s%03d%s" % (dob.strftime("%d%m%y"), sign, z, "0123456789ABCDEFHJKLMNPRSTUVWXY"[n % 31])


def curp(rng, dob, gender, family, given):
    from .persons import strip_marks

    fam = strip_marks(family).upper().replace(" ", "") + "XX"
    giv = strip_marks(given).upper().replace(" ", "") + "X"
    vow = next((ch for ch in fam[1:] if ch in "AEIOU"), "X")
    head = fam[0] + vow + rng.choice(UP) + giv[0]
    body = (
        head
        + dob.strftime("%y%m%d")
        + ("H" if gender == "m" else "M")
        + rng.choice(["DF", "JC", "NL", "PL", "VZ", "MC"])
        + "".join(rng.choice("BCDFGHJKLMNPRSTVZ") for _ in range(3))
    )
    body += rng.choice(DIG) if dob.year < 2000 else rng.choice(UP)
    cs = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
    s = sum(cs.index(ch) * (18 - i) for i, ch in enumerate(body))
    return body + str((10 - s % 10) % 10)


def il_tz(rng):
    body = rdig(rng, 8)
    s = 0
    for i, ch in enumerate(body):
        d = int(ch) * (1 if i % 2 == 0 else 2)
        s += d - 9 if d > 9 else d
    return body + str((10 - s % 10) % 10)


def tr_tckn(rng):
    d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def jp_mynumber(rng):
    body = rdig(rng, 11)
    s = 0
    for n in range(1, 12):
        p = int(body[11 - n])
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    c = 0 if r <= 1 else 11 - r
    n = body + str(c)
    return "%s %s %s" % (n[:4], n[4:8], n[8:])


def ie_ppsn(rng):
    body = rdig(rng, 7)
    s = sum(int(c) * w for c, w in zip(body, range(8, 1, -1)))
    return body + "WABCDEFGHIJKLMNOPQRSTUV"[s % 23]


def uk_dvla(rng, family, given, middle, dob, gender):
    from .persons import strip_marks

    fam = "".join(ch for ch in strip_marks(family).upper() if ch.isalpha())
    if fam.startswith("MAC"):
        fam = "MC" + fam[3:]
    fam = (fam + "99999")[:5]
    m = dob.month + (50 if gender == "f" else 0)
    ini = (strip_marks(given)[0] + (strip_marks(middle)[0] if middle else "9")).upper()
    return "%s%d%02d%02d%d%s9%s" % (
        fam,
        (dob.year // 10) % 10,
        m,
        dob.day,
        dob.year % 10,
        ini,
        "".join(rng.choice(UP + DIG) for _ in range(2)),
    )
