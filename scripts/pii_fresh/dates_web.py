"""Network addresses, profile links and dates of birth, in the formats people write them."""

import datetime

from .idents import MONTHS, WORDS


# ---------------------------------------------------------------- network and web
def ipv4(r):
    return f"{r.choice([31, 46, 62, 78, 81, 86, 92, 109, 151, 176, 185, 203, 212, 217])}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def ipv6(r):
    h = [f"{r.randint(0, 65535):x}" for _ in range(4)]
    return r.choice(
        [
            f"2a02:c7c:{h[0]}:{h[1]}::{h[2]}",
            f"2001:db8:{h[0]}:{h[1]}:{h[2]}:{h[3]}:0:1",
            f"2600:1700:{h[0]}:{h[1]}::{h[3]}",
        ]
    )


def profile_url(r, handle):
    return r.choice(
        [
            f"https://www.linkedin.com/in/{handle}",
            f"linkedin.com/in/{handle}-{r.randint(1000, 9999):x}",
            f"https://www.instagram.com/{handle}/",
            f"instagram.com/{handle}",
            f"https://github.com/{handle}",
            f"https://www.facebook.com/{handle}",
            f"x.com/{handle}",
            f"https://twitter.com/{handle}",
        ]
    )


# ---------------------------------------------------------------- dates
def random_dob(r, young=False):
    y = r.randint(1998, 2007) if young else r.randint(1941, 2004)
    return datetime.date(y, r.randint(1, 12), r.randint(1, 28))


def ordinal(n):
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def date_str(r, d, spoken=False):
    if spoken:
        tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
        teens = [
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
        yy = d.year % 100
        ysay = (
            teens[yy - 10]
            if 10 <= yy < 20
            else (tens[yy // 10] + ("-" + WORDS[yy % 10] if yy % 10 else "") if yy >= 20 else "oh " + WORDS[yy])
        )
        cent = "nineteen " if d.year < 2000 else "two thousand and "
        if d.year >= 2000:
            ysay = WORDS[yy] if yy < 10 else ysay
        return r.choice(
            [
                f"the {ordinal(d.day)} of {MONTHS[d.month - 1]}, {cent}{ysay}",
                f"{MONTHS[d.month - 1]} {ordinal(d.day)} {cent}{ysay}",
                f"{d.day} {MONTHS[d.month - 1].lower()} {d.year}",
            ]
        )
    return r.choice(
        [
            f"{d.day:02d}/{d.month:02d}/{d.year}",
            f"{d.month:02d}-{d.day:02d}-{d.year}",
            d.isoformat(),
            f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}",
            f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
            f"{d.day:02d}.{d.month:02d}.{d.year}",
            f"{d.day:02d}{MONTHS[d.month - 1][:3].upper()}{d.year % 100:02d}",
            f"{ordinal(d.day)} {MONTHS[d.month - 1]} {d.year}",
            f"{d.year}年{d.month}月{d.day}日",
            f"{d.day}/{d.month}/{d.year % 100:02d}",
            f"{d.year}{d.month:02d}{d.day:02d}",
        ]
    )
