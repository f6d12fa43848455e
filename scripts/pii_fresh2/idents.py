"""Personal identifier facts: DOB, phones, e-mails, cards, IBANs, IPs, URLs, national ids."""

import datetime

from . import checks as K
from . import spoken as W

R = K.rdig


class Fact:
    """A labelled value. pieces: [(text, info|None)]; spoken: alternative pieces for speech."""

    def __init__(self, key, labels, pieces, spoken=None):
        self.key = key
        self.labels = labels
        self.pieces = pieces
        self.spoken = spoken

    def label(self, rng):
        return rng.choice(self.labels)


def info(typ, kind, **kw):
    d = {"type": typ, "kind": kind}
    d.update(kw)
    return d


# ---------------- dates of birth -------------------------------------------------
DOB_LABELS = [
    "DOB",
    "D.O.B.",
    "Date of birth",
    "DoB",
    "date of birth",
    "Born",
    "Birth date",
    "Fecha de nacimiento",
    "Geburtsdatum",
    "Data di nascita",
    "b.",
]


def make_dob(rng, lo=1938, hi=2006):
    start = datetime.date(lo, 1, 1).toordinal()
    end = datetime.date(hi, 12, 28).toordinal()
    return datetime.date.fromordinal(rng.randint(start, end))


def dob_fact(rng, dob, country="GB"):
    m3 = W.MONTHS[dob.month - 1][:3]
    opts = [
        "%02d/%02d/%04d" % (dob.day, dob.month, dob.year),
        "%04d-%02d-%02d" % (dob.year, dob.month, dob.day),
        "%02d.%02d.%04d" % (dob.day, dob.month, dob.year),
        "%d %s %d" % (dob.day, m3, dob.year),
        "%d %s %d" % (dob.day, W.MONTHS[dob.month - 1], dob.year),
        "%02d-%s-%02d" % (dob.day, m3.upper(), dob.year % 100),
        "%d/%d/%02d" % (dob.day, dob.month, dob.year % 100),
    ]
    if country in ("US", "PH", "CA"):
        opts += [
            "%02d/%02d/%04d" % (dob.month, dob.day, dob.year),
            "%s %d, %d" % (W.MONTHS[dob.month - 1], dob.day, dob.year),
        ] * 2
    if country in ("JP", "CN", "KR"):
        opts += ["%04d/%02d/%02d" % (dob.year, dob.month, dob.day), "%d年%d月%d日" % (dob.year, dob.month, dob.day)]
    txt = rng.choice(opts)
    pre, sp = W.dob_words(dob, rng)
    spoken = ([(pre, None)] if pre else []) + [(sp, info("DATE_TIME", "dob_spoken"))]
    return Fact("dob", DOB_LABELS, [(txt, info("DATE_TIME", "dob"))], spoken)


# ---------------- phones ---------------------------------------------------------
def _phone(rng, cc):
    r = rng.random() < 0.35  # international form
    mob = rng.random() < 0.7
    if cc == "GB":
        n = "7" + R(rng, 9) if mob else rng.choice(["20", "161", "113", "121", "131"]) + R(rng, 7)
        if mob:
            return ("+44 %s %s" % (n[:4], n[4:]) if r else "0%s %s" % (n[:4], n[4:])), mob
        return ("+44 %s %s" % (n[:-7], n[-7:]) if r else "0%s %s %s" % (n[:-7], n[-7:-4], n[-4:])), mob
    if cc in ("US", "CA"):
        a = rng.choice(["212", "312", "415", "617", "713", "305", "416", "604", "514", "503"])
        n = "%s-%s" % (rng.randint(201, 989), R(rng, 4))
        return rng.choice(
            [
                "(%s) %s" % (a, n),
                "%s-%s" % (a, n),
                "+1 %s %s" % (a, n.replace("-", " ")),
                "%s.%s" % (a, n.replace("-", ".")),
            ]
        ), mob
    if cc == "IN":
        n = rng.choice("6789") + R(rng, 9)
        return rng.choice(
            ["+91 %s %s" % (n[:5], n[5:]), "%s%s" % ("0" if not r else "+91-", n), "%s-%s" % (n[:5], n[5:])]
        ), True
    table = {
        "DE": lambda: rng.choice(["+49 151 %s" % R(rng, 8), "0176 %s" % R(rng, 8), "030 %s" % R(rng, 8)]),
        "FR": lambda: rng.choice(
            [
                "0%s %s %s %s %s" % (rng.choice("67"), R(rng, 2), R(rng, 2), R(rng, 2), R(rng, 2)),
                "+33 %s %s %s %s %s" % (rng.choice("67"), R(rng, 2), R(rng, 2), R(rng, 2), R(rng, 2)),
            ]
        ),
        "AU": lambda: rng.choice(
            [
                "04%s %s %s" % (R(rng, 2), R(rng, 3), R(rng, 3)),
                "+61 4%s %s %s" % (R(rng, 2), R(rng, 3), R(rng, 3)),
                "(02) %s %s" % (R(rng, 4), R(rng, 4)),
            ]
        ),
        "NZ": lambda: rng.choice(
            [
                "021 %s %s" % (R(rng, 3), R(rng, 4)),
                "+64 27 %s %s" % (R(rng, 3), R(rng, 4)),
                "(09) %s %s" % (R(rng, 3), R(rng, 4)),
            ]
        ),
        "ZA": lambda: rng.choice(
            [
                "0%s %s %s" % (rng.choice(["82", "83", "72", "61"]), R(rng, 3), R(rng, 4)),
                "+27 %s %s %s" % (rng.choice(["82", "71"]), R(rng, 3), R(rng, 4)),
            ]
        ),
        "NG": lambda: rng.choice(
            [
                "0%s %s %s" % (rng.choice(["803", "806", "813", "909"]), R(rng, 3), R(rng, 4)),
                "+234 %s %s %s" % (rng.choice(["803", "805"]), R(rng, 3), R(rng, 4)),
            ]
        ),
        "KE": lambda: rng.choice(
            ["07%s %s" % (R(rng, 2), R(rng, 6)), "+254 7%s %s %s" % (R(rng, 2), R(rng, 3), R(rng, 3))]
        ),
        "PH": lambda: rng.choice(
            ["09%s %s %s" % (R(rng, 2), R(rng, 3), R(rng, 4)), "+63 9%s %s %s" % (R(rng, 2), R(rng, 3), R(rng, 4))]
        ),
        "BR": lambda: rng.choice(
            [
                "(%s) 9%s-%s" % (rng.choice(["11", "21", "31", "71"]), R(rng, 4), R(rng, 4)),
                "+55 11 9%s %s" % (R(rng, 4), R(rng, 4)),
            ]
        ),
        "JP": lambda: rng.choice(
            [
                "0%s-%s-%s" % (rng.choice(["90", "80", "70"]), R(rng, 4), R(rng, 4)),
                "03-%s-%s" % (R(rng, 4), R(rng, 4)),
                "+81 90 %s %s" % (R(rng, 4), R(rng, 4)),
            ]
        ),
        "KR": lambda: rng.choice(
            [
                "010-%s-%s" % (R(rng, 4), R(rng, 4)),
                "+82 10 %s %s" % (R(rng, 4), R(rng, 4)),
                "02-%s-%s" % (R(rng, 3), R(rng, 4)),
            ]
        ),
        "MX": lambda: rng.choice(["+52 55 %s %s" % (R(rng, 4), R(rng, 4)), "33 %s %s" % (R(rng, 4), R(rng, 4))]),
        "EG": lambda: rng.choice(
            ["01%s %s %s" % (rng.choice("0125"), R(rng, 4), R(rng, 4)), "+20 10 %s %s" % (R(rng, 4), R(rng, 4))]
        ),
        "IE": lambda: rng.choice(
            [
                "08%s %s %s" % (rng.choice("3567"), R(rng, 3), R(rng, 4)),
                "+353 87 %s %s" % (R(rng, 3), R(rng, 4)),
                "(01) %s %s" % (R(rng, 3), R(rng, 4)),
            ]
        ),
        "PL": lambda: rng.choice(
            [
                "+48 %s %s %s" % (rng.choice(["501", "602", "512", "795"]), R(rng, 3), R(rng, 3)),
                "%s-%s-%s" % (R(rng, 3), R(rng, 3), R(rng, 3)),
            ]
        ),
        "IT": lambda: rng.choice(
            ["+39 3%s %s %s" % (R(rng, 2), R(rng, 3), R(rng, 4)), "3%s %s%s" % (R(rng, 2), R(rng, 3), R(rng, 4))]
        ),
        "ES": lambda: "+34 6%s %s %s" % (R(rng, 2), R(rng, 3), R(rng, 3)),
        "NL": lambda: "06-%s" % R(rng, 8),
        "CN": lambda: "1%s %s %s" % (rng.choice(["38", "39", "86", "58"]), R(rng, 4), R(rng, 4)),
        "AE": lambda: "+971 5%s %s %s" % (rng.choice("0256"), R(rng, 3), R(rng, 4)),
    }
    fn = table.get(cc) or table["DE"]
    return fn(), mob


PHONE_LABELS = ["Tel", "Tel.", "Phone", "Mobile", "Mob", "Cell", "ph", "Contact no.", "tel no", "Handy", "Móvil", "Tlf"]


def phone_fact(rng, cc):
    num, mob = _phone(rng, cc)
    kind = "mobile" if mob else "landline"
    spoken = [(W.digits(num, rng, oh=rng.random() < 0.6), info("PHONE_NUMBER", "spoken"))]
    return Fact("phone", PHONE_LABELS, [(num, info("PHONE_NUMBER", kind))], spoken)


# ---------------- e-mail and profile URLs ----------------------------------------
DOMAINS = {
    "GB": ["btinternet.com", "yahoo.co.uk", "gmail.com", "outlook.com", "sky.com"],
    "US": ["gmail.com", "yahoo.com", "aol.com", "icloud.com", "comcast.net"],
    "IN": ["rediffmail.com", "gmail.com", "yahoo.co.in"],
    "DE": ["web.de", "gmx.de", "t-online.de"],
    "FR": ["orange.fr", "free.fr", "hotmail.fr"],
    "IT": ["libero.it", "virgilio.it"],
    "BR": ["uol.com.br", "bol.com.br", "gmail.com"],
    "JP": ["docomo.ne.jp", "yahoo.co.jp"],
    "KR": ["naver.com", "daum.net"],
    "CN": ["qq.com", "163.com"],
    "RU": ["mail.ru", "yandex.ru"],
    "PL": ["wp.pl", "o2.pl", "onet.pl"],
    "AU": ["bigpond.com", "optusnet.com.au"],
    "NZ": ["xtra.co.nz", "gmail.com"],
    "IE": ["eircom.net", "gmail.com"],
    "ZA": ["mweb.co.za", "telkomsa.net"],
    "NG": ["yahoo.com", "gmail.com"],
    "KE": ["gmail.com", "yahoo.com"],
    "PH": ["yahoo.com.ph", "gmail.com"],
}
EMAIL_LABELS = ["Email", "E-mail", "email", "e-mail addr", "Mail", "Correo", "contact email", "eml"]


def email_fact(rng, person, domain=None, kind="personal"):
    local = person.handle()
    dom = domain or rng.choice(DOMAINS.get(person.country, ["gmail.com", "outlook.com", "hotmail.com", "proton.me"]))
    addr = "%s@%s" % (local, dom)
    sp = addr.replace(".", " dot ").replace("@", " at ").replace("_", " underscore ")
    return Fact("email", EMAIL_LABELS, [(addr, info("EMAIL_ADDRESS", kind))], [(sp, info("EMAIL_ADDRESS", "spoken"))])


def profile_url(rng, person):
    h = person.handle().replace(".", rng.choice([".", "-", "_"]))
    g, f = person.ascii_parts()
    return rng.choice(
        [
            "https://www.linkedin.com/in/%s-%s-%s" % (g, f, "".join(rng.choice("0123456789abcdef") for _ in range(6))),
            "instagram.com/%s" % h,
            "https://www.facebook.com/%s" % h,
            "https://github.com/%s%s" % (g[:1], f),
            "x.com/%s" % h.replace(".", "_"),
            "https://www.tiktok.com/@%s" % h,
            "vk.com/%s" % h,
            "https://www.strava.com/athletes/%s" % R(rng, 8, True),
            "https://medium.com/@%s" % h,
            "www.facebook.com/profile.php?id=1000%s" % R(rng, 11),
        ]
    )


def url_fact(rng, person):
    return Fact(
        "url",
        ["Profile", "LinkedIn", "Social", "Web", "link", "Insta"],
        [(profile_url(rng, person), info("URL", "profile"))],
    )


# ---------------- network ---------------------------------------------------------
def ipv4(rng):
    while True:
        a = rng.randint(23, 223)
        if a not in (100, 127, 169, 172, 192):
            return "%d.%d.%d.%d" % (a, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))


def ipv6(rng):
    pre = rng.choice(["2a02:c7f", "2001:4860", "2603:8080", "2a01:e0a", "2405:201", "2c0f:fb50"])
    tail = ":".join("%x" % rng.randint(0, 0xFFFF) for _ in range(rng.choice([2, 3, 6])))
    return pre + (":" if tail.count(":") == 5 else "::") + tail


def ip_fact(rng):
    v6 = rng.random() < 0.35
    return Fact(
        "ip",
        ["IP", "IP addr", "login IP", "src ip", "client_ip", "from"],
        [(ipv6(rng) if v6 else ipv4(rng), info("IP_ADDRESS", "ipv6" if v6 else "ipv4"))],
    )


# ---------------- cards and banks -------------------------------------------------
def card_number(rng):
    t = rng.choice(["visa", "visa", "mc", "amex", "disc"])
    if t == "amex":
        body = rng.choice(["34", "37"]) + R(rng, 12)
        n = body + K.luhn_digit(body)
        return "%s %s %s" % (n[:4], n[4:10], n[10:])
    pre = {"visa": "4", "mc": str(rng.randint(51, 55)), "disc": "6011"}[t]
    body = pre + R(rng, 15 - len(pre))
    n = body + K.luhn_digit(body)
    sep = rng.choice([" ", "-", "", " "])
    return sep.join(n[i : i + 4] for i in range(0, 16, 4))


def card_fact(rng):
    if rng.random() < 0.4:
        last = R(rng, 4)
        txt = (
            rng.choice(
                [
                    "**** **** **** %s",
                    "XXXX-XXXX-XXXX-%s",
                    "************%s",
                    "xxxx %s",
                    "4539 XXXX XXXX %s",
                    "5412-75**-****-%s",
                ]
            )
            % last
        )
        return Fact(
            "card", ["Card", "card ending", "Card no.", "CC", "Paid by card"], [(txt, info("CREDIT_CARD", "masked"))]
        )
    n = card_number(rng)
    return Fact(
        "card",
        ["Card", "Card number", "CC#", "card no", "PAN"],
        [(n, info("CREDIT_CARD", "full"))],
        [(W.digits(n, rng), info("CREDIT_CARD", "spoken"))],
    )


def iban_str(rng, cc=None):
    cc = cc or rng.choice(["GB", "DE", "FR", "NL", "ES", "IT", "IE", "BE", "PT", "PL"])
    U = K.UP
    if cc == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + R(rng, 14)
    elif cc == "IE":
        bban = rng.choice(["AIBK", "BOFI"]) + R(rng, 14)
    elif cc == "DE":
        bban = R(rng, 18, True)
    elif cc == "FR":
        bank, br, acc = R(rng, 5, True), R(rng, 5), R(rng, 11)
        key = 97 - (89 * int(bank) + 15 * int(br) + 3 * int(acc)) % 97
        bban = "%s%s%s%02d" % (bank, br, acc, key)
    elif cc == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO", "TRIO"]) + R(rng, 10)
    elif cc == "ES":
        bank, br, acc = R(rng, 4), R(rng, 4), R(rng, 10)

        def cd(s):
            w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
            v = 11 - sum(int(a) * b for a, b in zip(s.rjust(10, "0"), w)) % 11
            return {10: 1, 11: 0}.get(v, v)

        bban = "%s%s%d%d%s" % (bank, br, cd("00" + bank + br), cd(acc), acc)
    elif cc == "IT":
        bban = rng.choice(U) + R(rng, 10) + R(rng, 12)
    elif cc == "BE":
        b = R(rng, 10, True)
        c = int(b) % 97 or 97
        bban = "%s%02d" % (b, c)
    elif cc == "PT":
        bban = R(rng, 21)
    else:
        bban = R(rng, 24)
    ib = K.iban(cc, bban)
    return K.group4(ib) if rng.random() < 0.6 else ib


def iban_fact(rng, cc=None):
    return Fact(
        "iban",
        ["IBAN", "Iban", "IBAN no.", "bank (IBAN)", "Konto (IBAN)"],
        [(iban_str(rng, cc), info("IBAN_CODE", "iban"))],
    )


def bank_account_fact(rng, cc):
    if rng.random() < 0.25:
        txt = rng.choice(["****%s", "xxxxxx%s", "ending %s", "...%s"]) % R(rng, 4)
        if txt.startswith("ending "):
            return Fact(
                "bank",
                ["bank acct", "a/c", "account"],
                [("ending ", None), (txt[7:], info("ACCOUNT_NUMBER", "masked"))],
            )
        return Fact("bank", ["bank acct", "a/c", "Acct", "account no."], [(txt, info("ACCOUNT_NUMBER", "masked"))])
    n = {
        "GB": lambda: R(rng, 8),
        "US": lambda: R(rng, rng.choice([10, 12])),
        "IN": lambda: R(rng, rng.choice([11, 14]), True),
        "AU": lambda: "%s-%s %s" % (R(rng, 3), R(rng, 3), R(rng, 9)),
        "NG": lambda: R(rng, 10),
        "KE": lambda: R(rng, 13),
        "ZA": lambda: R(rng, 10),
    }.get(cc, lambda: R(rng, 10))()
    return Fact(
        "bank",
        ["Acct", "A/C no.", "acct #", "Account number", "bank account", "a/c"],
        [(n, info("ACCOUNT_NUMBER", "bank_account"))],
        [(W.digits(n, rng), info("ACCOUNT_NUMBER", "spoken"))],
    )
