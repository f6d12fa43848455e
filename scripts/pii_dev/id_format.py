"""Identifier formatting: random patterns, check digits, grouping, dates and spoken forms."""

import string

U = string.ascii_uppercase
D = string.digits
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


def r(rng, pattern):
    """'#' a digit, '@' a capital letter, anything else literal."""
    return "".join(rng.choice(D) if c == "#" else rng.choice(U) if c == "@" else c for c in pattern)


def luhn_complete(prefix, length, rng):
    body = prefix + "".join(rng.choice(D) for _ in range(length - len(prefix) - 1))
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            d -= 9 if d > 9 else 0
        total += d
    return body + str((10 - total % 10) % 10)


def group(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


# ---------------------------------------------------------------- dates of birth
def ordinal(n):
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def fmt_date(d, rng, us=False, style=None):
    m3 = MONTHS[d.month - 1][:3]
    choices = [
        f"{d.month:02d}/{d.day:02d}/{d.year}" if us else f"{d.day:02d}/{d.month:02d}/{d.year}",
        f"{d.month}/{d.day}/{d.year % 100:02d}" if us else f"{d.day}/{d.month}/{d.year % 100:02d}",
        d.isoformat(),
        f"{d.day} {m3} {d.year}",
        f"{d.day:02d}.{d.month:02d}.{d.year}",
        f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
        f"{ordinal(d.day)} of {MONTHS[d.month - 1]} {d.year}",
        f"{d.day:02d}-{m3.upper()}-{d.year}",
        f"{d.day} {m3} {d.year % 100:02d}",
        f"{d.year}{d.month:02d}{d.day:02d}",
        f"{d.day} {MONTHS[d.month - 1]} {d.year}",
        f"{d.month:02d}-{d.day:02d}-{d.year}",
    ]
    return choices[style % len(choices)] if style is not None else rng.choice(choices)


NUMW = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty", 9: "ninety"}


def words2(n):
    if n < 20:
        return NUMW[n]
    return TENS[n // 10] + ("" if n % 10 == 0 else "-" + NUMW[n % 10])


def spoken_date(d, rng):
    yr = f"{words2(d.year // 100)} {('oh ' + NUMW[d.year % 100]) if d.year % 100 < 10 else words2(d.year % 100)}"
    if d.year >= 2000:
        yr = "two thousand" + ("" if d.year % 100 == 0 else " and " + words2(d.year % 100))
    day = {
        1: "first",
        2: "second",
        3: "third",
        5: "fifth",
        8: "eighth",
        9: "ninth",
        12: "twelfth",
        20: "twentieth",
        21: "twenty-first",
        22: "twenty-second",
        23: "twenty-third",
        30: "thirtieth",
        31: "thirty-first",
    }.get(d.day)
    day = day or (words2(d.day) + "th")
    m = MONTHS[d.month - 1].lower()
    return rng.choice([f"the {day} of {m} {yr}", f"{m} {day} {yr}", f"{m} {day}, {yr}"])


def spell(value, rng):
    """How a value comes out of a call transcript: 'four one five, five five five, zero one three four'."""
    zero = rng.choice(["zero", "oh", "zero"])
    out = []
    for ch in value:
        if ch.isdigit():
            out.append(zero if ch == "0" else NUMW[int(ch)])
        elif ch.isalpha():
            out.append(ch.upper())
        elif ch in " -":
            if out and not out[-1].endswith(","):
                out[-1] += "," if ch == " " or rng.random() < 0.6 else ""
                if ch == "-" and not out[-1].endswith(","):
                    out.append("dash")
        elif ch == "+":
            out.append("plus")
        elif ch == ".":
            out.append("dot")
        elif ch == "/":
            out.append("slash")
    text = " ".join(out).strip(" ,")
    return text


def spoken_email(value):
    return value.replace(".", " dot ").replace("@", " at ").replace("_", " underscore ").replace("-", " dash ")
