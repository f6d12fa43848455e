"""Number forms: cards, IBANs, SSNs, IP addresses, phone numbers, e-mails, profile links."""

from __future__ import annotations

import random
import re

from pii_independent.names import Person, plain


# ------------------------------------------------------------------------------------- number forms
def fill(rng: random.Random, pattern: str) -> str:
    """'#' a digit, '%' a digit 2-9, '@' a capital letter, '{Y}' a recent year; the rest stays."""
    pattern = pattern.replace("{Y}", str(rng.randint(2016, 2025)))
    out = []
    for ch in pattern:
        if ch == "#":
            out.append(str(rng.randrange(10)))
        elif ch == "%":
            out.append(str(rng.randint(2, 9)))
        elif ch == "@":
            out.append(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
        else:
            out.append(ch)
    return "".join(out)


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


CARD_BRANDS = [
    ("visa", lambda r: "4", 16),
    ("mastercard", lambda r: f"5{r.randint(1, 5)}", 16),
    ("mastercard", lambda r: f"2{r.randint(221, 720)}", 16),
    ("amex", lambda r: r.choice(["34", "37"]), 15),
    ("discover", lambda r: "6011", 16),
    ("jcb", lambda r: f"35{r.randint(28, 89)}", 16),
    ("diners", lambda r: "36", 14),
    ("unionpay", lambda r: "62", 16),
    ("visa", lambda r: "4", 16),
]


def card(rng: random.Random) -> tuple[str, str]:
    brand, prefix_of, length = rng.choice(CARD_BRANDS)
    body = prefix_of(rng)
    body += "".join(str(rng.randrange(10)) for _ in range(length - 1 - len(body)))
    number = body + luhn_digit(body)
    groups = {15: (4, 6, 5), 14: (4, 6, 4)}.get(length, (4, 4, 4, 4))
    parts, at = [], 0
    for size in groups:
        parts.append(number[at : at + size])
        at += size
    style = rng.choice(["spaced", "spaced", "plain", "dashed"])
    text = {"spaced": " ".join(parts), "dashed": "-".join(parts), "plain": number}[style]
    return text, f"{brand}_{style}"


IBAN_BBAN = {
    "DE": "##################",
    "GB": "{bank}##############",
    "FR": "#######################",
    "NL": "{bank}##########",
    "ES": "####################",
    "IT": "@######################",
    "PL": "########################",
    "BE": "############",
    "AT": "################",
    "CH": "#################",
    "IE": "{bank}##############",
    "PT": "#####################",
}
IBAN_BANKS = {"GB": ["NWBK", "BARC", "LOYD", "MIDL"], "NL": ["INGB", "ABNA", "RABO", "SNSB"], "IE": ["AIBK", "BOFI"]}


def iban(rng: random.Random) -> tuple[str, str]:
    cc = rng.choice(sorted(IBAN_BBAN))
    bban = fill(rng, IBAN_BBAN[cc].replace("{bank}", rng.choice(IBAN_BANKS.get(cc, [""]))))
    digits = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    number = f"{cc}{98 - int(digits) % 97:02d}{bban}"
    if rng.random() < 0.55:
        return " ".join(number[i : i + 4] for i in range(0, len(number), 4)), f"{cc.lower()}_spaced"
    return number, f"{cc.lower()}_compact"


def ssn(rng: random.Random) -> tuple[str, str]:
    area = rng.choice([rng.randint(1, 665), rng.randint(667, 899)])
    a, g, s = f"{area:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"
    style = rng.choice(["dashed", "dashed", "spaced", "plain"])
    return {"dashed": f"{a}-{g}-{s}", "spaced": f"{a} {g} {s}", "plain": a + g + s}[style], f"ssn_{style}"


def ipv4(rng: random.Random) -> str:
    first = rng.choice([5, 31, 37, 46, 62, 77, 81, 82, 86, 92, 94, 109, 151, 176, 185, 188, 203, 213])
    return f"{first}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randint(1, 254)}"


def ipv6(rng: random.Random) -> str:
    head = rng.choice(["2a02:c7f", "2001:4860", "2a00:23c5", "2600:1700", "2a01:e0a", "2406:3003"])
    groups = [f"{rng.randrange(65536):x}" for _ in range(6)]
    if rng.random() < 0.5:
        return f"{head}:{groups[0]}:{groups[1]}::{groups[2]}"
    return ":".join([*head.split(":"), *groups])


PHONES = {
    "US": ["(%##) %##-####", "%##-%##-####", "+1 %##.%##.####", "1-%##-%##-####", "%##.%##.#### x###"],
    "GB": ["+44 20 7### ####", "020 7### ####", "07### ######", "+44 (0)7### ######", "+447#########", "0113 496 ####"],
    "DE": ["+49 30 ########", "030 ### ### ##", "0151 ########", "+49 (0) 89 #######", "0171/#######"],
    "FR": ["+33 6 ## ## ## ##", "06 ## ## ## ##", "01.##.##.##.##", "+33 (0)1 ## ## ## ##"],
    "NL": ["+31 6 ########", "06-########", "020 ### ####"],
    "ES": ["+34 6## ## ## ##", "6## ### ###", "91 ### ## ##"],
    "IT": ["+39 3## ### ####", "3## #######", "06 ########"],
    "PL": ["+48 6## ### ###", "5## ### ###", "(22) ### ## ##"],
    "JP": ["090-####-####", "03-####-####", "+81 90 #### ####"],
    "IN": ["+91 9#### #####", "9#########", "080-########", "+91-44-########"],
    "BR": ["+55 11 9####-####", "(11) 9####-####", "(21) ####-####"],
    "AU": ["04## ### ###", "+61 4## ### ###", "(02) #### ####"],
    "CA": ["(416) %##-####", "+1 604 %## ####", "514-%##-#### ext. ##"],
    "IE": ["087 ### ####", "+353 1 ### ####"],
    "SE": ["070-### ## ##", "+46 8 ### ### ##"],
    "KR": ["010-####-####", "+82 10 #### ####"],
    "NG": ["+234 803 ### ####", "0803 ### ####"],
    "KE": ["+254 7## ######", "07## ### ###"],
    "ZA": ["082 ### ####", "+27 82 ### ####"],
    "AE": ["+971 50 ### ####", "050 ### ####"],
}


def phone(rng: random.Random, cc: str) -> tuple[str, str]:
    if cc not in PHONES or rng.random() < 0.15:
        cc = rng.choice(sorted(PHONES))
    pattern = rng.choice(PHONES[cc])
    shape = "intl" if pattern.startswith("+") else "national"
    if re.search(r" (x|ext\. )#", pattern):
        shape = "extension"
    return fill(rng, pattern), f"{cc.lower()}_{shape}"


PERSONAL_DOMAINS = [
    "gmail.com",
    "yahoo.co.uk",
    "outlook.com",
    "hotmail.fr",
    "web.de",
    "gmx.de",
    "libero.it",
    "wp.pl",
    "seznam.cz",
    "mail.ru",
    "naver.com",
    "qq.com",
    "yahoo.co.jp",
    "rediffmail.com",
    "uol.com.br",
    "icloud.com",
    "protonmail.com",
    "btinternet.com",
    "orange.fr",
    "ziggo.nl",
    "telenet.be",
    "bigpond.com",
    "eircom.net",
]


def handle_parts(p: Person) -> tuple[str, str]:
    return plain(p.given).replace("-", ""), plain(p.family).replace("-", "")


def email(rng: random.Random, p: Person, domain: str = "") -> tuple[str, str]:
    g, f = handle_parts(p)
    domain = domain or rng.choice(PERSONAL_DOMAINS)
    shapes = [
        ("{g}.{f}", "first_dot_last"),
        ("{g0}{f}", "initial_last"),
        ("{g}_{f}{n2}", "underscore_digits"),
        ("{f}.{g}", "last_dot_first"),
        ("{g}{f}{y}", "with_year"),
        ("{g}.{f}+{tag}", "plus_tag"),
        ("{g0}.{f}", "initial_dot_last"),
        ("{f}{g0}", "last_initial"),
    ]
    if not f:
        shapes = [("{g}{y}", "with_year"), ("{g}.{n2}", "with_digits"), ("{g}_{tag}", "with_word")]
    template, kind = rng.choice(shapes)
    local = template.format(
        g=g, f=f, g0=g[:1], n2=rng.randint(1, 99), y=p.dob.year, tag=rng.choice(["claims", "shop", "bills", "work"])
    )
    if rng.random() < 0.1:
        return f"{local.capitalize()}@{domain.capitalize()}", "mixed_case"
    return f"{local}@{domain}", kind


def profile_url(rng: random.Random, p: Person) -> str:
    g, f = handle_parts(p)
    handle = rng.choice(
        [f"{g}-{f}", f"{g}{f}", f"{g}.{f}", f"{g[:1]}{f}", f"{g}_{f}{rng.randint(1, 99)}", f"{f}{g[:1]}"]
    ).strip("-._")
    if not f:
        handle = f"{g}{rng.randint(10, 99)}"
    dotless = handle.replace(".", "")
    sites = [
        f"https://www.linkedin.com/in/{handle.replace('.', '-')}-{rng.randrange(16**5):05x}/",
        f"linkedin.com/in/{handle.replace('.', '-')}",
        f"https://github.com/{dotless}",
        f"https://{dotless.replace('_', '-')}.tumblr.com",
        f"https://www.facebook.com/{handle}",
        f"facebook.com/{dotless}.{rng.randint(1, 99)}",
        f"https://twitter.com/{dotless}",
        f"x.com/{dotless}",
        f"https://www.instagram.com/{handle}/",
        f"https://medium.com/@{handle}",
        f"https://gitlab.com/{dotless}",
        f"https://{dotless.replace('_', '')}.substack.com",
        f"https://www.tiktok.com/@{handle}",
        f"https://vk.com/{handle}",
    ]
    return rng.choice(sites)
