"""Phone numbers, e-mail addresses, IPs, profile URLs and dates of birth, written and spoken."""

from __future__ import annotations

import datetime as dt
import re

from .people import Person
from .segs import Seg, strip_accents
from .words import number_words

# "#" is a random digit; A is replaced by one of the country's area codes.
PHONES = {
    "GB": (
        ["07### ######", "07#########", "+44 7### ######", "+44 (0)7### ######", "07### ### ###", "+447#########"],
        ["0116 ### ####", "01274 ######", "029 #### ####", "0141 ### ####", "020 #### ####", "+44 113 ### ####"],
    ),
    "IE": (
        ["08# ### ####", "+353 8# ### ####", "08#-#######", "+3538########"],
        ["065 68# ####", "(091) ### ###", "01 ### ####", "021 ### ####"],
    ),
    "US": (["(A) ###-####", "A-###-####", "+1 A-###-####", "A.###.####"], ["(A) ###-####", "A ### ####"]),
    "CA": (["(A) ###-####", "A-###-####", "+1 A ### ####"], ["(A) ###-####"]),
    "AU": (["04## ### ###", "+61 4## ### ###", "04########"], ["(03) #### ####", "02 #### ####", "(07) #### ####"]),
    "PL": (["+48 ### ### ###", "### ### ###", "###-###-###", "+48#########"], ["(22) ### ## ##", "12 ### ## ##"]),
    "IT": (["+39 3## ### ####", "3## #######", "+39 3#########"], ["091 ### ####", "+39 095 ######", "02 #### ####"]),
    "SE": (["07#-### ## ##", "+46 7# ### ## ##", "07########"], ["018-## ## ##", "0980-### ##"]),
    "NO": (["+47 ### ## ###", "9## ## ###", "4## ## ###"], ["+47 ## ## ## ##"]),
    "DK": (["+45 ## ## ## ##", "## ## ## ##"], ["+45 ## ## ## ##"]),
    "CZ": (["+420 ### ### ###", "### ### ###", "+420#########"], ["+420 2## ### ###"]),
    "PT": (["+351 9## ### ###", "9## ### ###"], ["22# ### ###", "+351 21# ### ###"]),
    "ES": (["+34 6## ## ## ##", "6## ### ###", "6########"], ["93# ## ## ##", "943 ### ###"]),
    "KE": (["07## ######", "+254 7## ### ###", "0722 ### ###", "+2547########"], ["020 #######"]),
    "PK": (["03##-#######", "+92 3## #######", "03#########", "+92-3##-#######"], ["051-#######", "042 ########"]),
    "LK": (["07# ### ####", "+94 7# ### ####", "07#-#######"], ["011 ### ####", "081 ### ####"]),
    "SG": (["+65 9### ####", "8### ####", "9#######"], ["6### ####"]),
    "MY": (["01#-### ####", "+60 1#-### ####", "01#-#######"], ["03-#### ####", "04-### ####"]),
    "JM": (["(876) ###-####", "876-###-####", "+1 876 ### ####"], ["(876) 9##-####"]),
    "TR": (["05## ### ## ##", "+90 5## ### ## ##", "05#########"], ["0216 ### ## ##", "0312 ### ## ##"]),
    "NG": (["080# ### ####", "+234 80# ### ####", "0703 ### ####", "+234 81# ### ####"], ["01 ### ####"]),
    "FJ": (["+679 9## ####", "7## ####"], ["+679 33# ####"]),
    "SO": (["+252 61 #######", "+252 90 #######"], []),
    "ER": (["+291 7 ######"], []),
    "AF": (["+93 7## ### ###"], []),
    "PH": (["+63 9## ### ####", "09## ### ####"], []),
    "MM": (["+95 9 ### ### ###"], []),
    "NP": (["+977 98########", "98########"], []),
    "IN": (["+91 9#### #####", "+91 98### #####"], []),
    "UZ": (["+998 9# ### ## ##"], []),
    "AZ": (["+994 5# ### ## ##"], []),
    "SN": (["+221 77 ### ## ##"], []),
    "DZ": (["+213 5## ## ## ##", "+213 6## ## ## ##"], []),
    "KH": (["+855 ## ### ###"], []),
    "LA": (["+856 20 #### ####"], []),
    "TO": (["+676 ## ###"], []),
    "PE": (["+51 9## ### ###"], []),
}
AREA = {
    "US": ["225", "337", "985", "651", "612", "559", "505", "928", "614", "206", "718", "978"],
    "CA": ["604", "416", "204", "403", "514", "902", "778", "647"],
}


def phone(rng, cc: str, mobile: bool = True) -> str:
    mob, land = PHONES.get(cc, PHONES["GB"])
    pats = mob if (mobile or not land) else land
    pat = rng.choice(pats)
    if "A" in pat:
        pat = pat.replace("A", rng.choice(AREA.get(cc, AREA["US"])))
    return "".join(str(rng.randrange(10)) if ch == "#" else ch for ch in pat)


_DIG = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def spoken_digits(rng, text: str) -> str:
    """Read a number aloud, group by group: oh seven seven double oh ..."""
    oh = rng.random() < 0.7
    groups = [g for g in re.split(r"[\s\-().]+", text) if g]
    out = []
    for g in groups:
        words = []
        if g.startswith("+"):
            words.append("plus")
            g = g[1:]
        i = 0
        while i < len(g):
            ch = g[i]
            run = 1
            while i + run < len(g) and g[i + run] == ch and run < 3:
                run += 1
            w = "oh" if ch == "0" and oh else _DIG[int(ch)]
            if run >= 2 and rng.random() < 0.75:
                words.append(("double " if run == 2 else "triple ") + w)
                i += run
            else:
                words.append(w)
                i += 1
        out.append(" ".join(words))
    return rng.choice([", ", " ", " ... "]).join(out)


DOMAINS = {
    "GB": ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk", "btinternet.com", "icloud.com", "live.co.uk"],
    "IE": ["gmail.com", "eircom.net", "hotmail.com", "yahoo.ie"],
    "US": ["gmail.com", "yahoo.com", "aol.com", "comcast.net", "outlook.com"],
    "CA": ["gmail.com", "shaw.ca", "videotron.ca", "hotmail.ca"],
    "AU": ["bigpond.com", "optusnet.com.au", "gmail.com"],
    "PL": ["wp.pl", "o2.pl", "interia.pl", "gmail.com", "onet.pl"],
    "IT": ["libero.it", "virgilio.it", "gmail.com", "alice.it"],
    "SE": ["telia.com", "gmail.com", "hotmail.se"],
    "NO": ["online.no", "gmail.com", "hotmail.no"],
    "DK": ["mail.dk", "gmail.com", "hotmail.dk"],
    "CZ": ["seznam.cz", "email.cz", "centrum.cz"],
    "PT": ["sapo.pt", "gmail.com", "hotmail.com"],
    "ES": ["gmail.com", "hotmail.es", "telefonica.net", "yahoo.es"],
    "KE": ["gmail.com", "yahoo.com"],
    "PK": ["gmail.com", "yahoo.com", "hotmail.com"],
    "LK": ["gmail.com", "sltnet.lk"],
    "SG": ["singnet.com.sg", "gmail.com", "yahoo.com.sg"],
    "MY": ["gmail.com", "yahoo.com.my", "hotmail.my"],
    "JM": ["gmail.com", "yahoo.com", "hotmail.com"],
    "TR": ["gmail.com", "hotmail.com", "yandex.com.tr"],
    "NG": ["yahoo.com", "gmail.com"],
    "FJ": ["gmail.com", "connect.com.fj"],
}


def email(rng, p: Person, cc: str) -> str:
    g, f = p.ascii_given(), p.ascii_family()
    nick = re.sub(r"[^a-z]", "", strip_accents(p.nick).lower()) if p.nick else g
    year = str(rng.randint(60, 99)) if rng.random() < 0.5 else str(rng.randint(1, 999))
    local = rng.choice(
        [
            f"{g}.{f}",
            f"{g}{f}",
            f"{g[0]}{f}",
            f"{g}_{f}{year}",
            f"{nick}.{f}",
            f"{f}.{g}",
            f"{g}{year}",
            f"{nick}{f[:1]}{year}",
            f"{g}-{f}",
        ]
    )
    return f"{local}@{rng.choice(DOMAINS.get(cc, DOMAINS['GB']))}"


def staff_email(p: Person, domain: str) -> str:
    return f"{p.ascii_given()}.{p.ascii_family()}@{domain}"


def spoken_email(rng, addr: str) -> str:
    local, _, domain = addr.partition("@")
    parts = []
    for chunk in re.findall(r"[a-z]+|\d|[._-]", local):
        parts.append(
            {".": "dot", "_": "underscore", "-": "dash"}.get(chunk, _DIG[int(chunk)] if chunk.isdigit() else chunk)
        )
    return " ".join(parts) + " at " + " dot ".join(domain.split("."))


def ipv4(rng) -> str:
    first = rng.choice(
        [31, 37, 46, 51, 62, 77, 78, 81, 82, 86, 90, 92, 109, 146, 176, 185, 188, 197, 203, 212, 213, 217]
    )
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng) -> str:
    head = rng.choice(["2a02:c7c", "2a00:23c5", "2001:8003", "2a01:4b00", "2600:1700", "2405:204"])
    tail = [f"{rng.randrange(65536):x}" for _ in range(rng.choice([2, 3, 6]))]
    if len(tail) == 6:
        return head + ":" + ":".join(tail)
    return head + ":" + tail[0] + "::" + ":".join(tail[1:])


def profile_url(rng, p: Person) -> str:
    g, f = p.ascii_given(), p.ascii_family()
    n = str(rng.randint(1, 999))
    return rng.choice([
        f"https://www.facebook.com/{g}.{f}.{n}",
        f"facebook.com/{g}{f}{n}",
        f"https://www.linkedin.com/in/{g}-{f}-{rng.randrange(16**6):06x}",
        f"instagram.com/{g}_{f[:4]}",
        f"https://www.instagram.com/{f}.{g}{n}/",
        f"https://x.com/{g}{f}{n}",
        f"tiktok.com/@{g}.{f}",
    ])  # fmt: skip


def dob(rng, lo: int, hi: int) -> dt.date:
    start = dt.date(lo, 1, 1).toordinal()
    end = dt.date(hi, 12, 31).toordinal()
    return dt.date.fromordinal(rng.randint(start, end))


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
_ORD = {
    1: "first",
    2: "second",
    3: "third",
    5: "fifth",
    8: "eighth",
    9: "ninth",
    12: "twelfth",
    20: "twentieth",
    30: "thirtieth",
}


def _ordinal_word(n: int) -> str:
    if n in _ORD:
        return _ORD[n]
    if n > 20 and n % 10:
        return _TENS_WORD[n // 10] + "-" + _ordinal_word(n % 10)
    return number_words(n) + "th"


_TENS_WORD = {2: "twenty", 3: "thirty"}


def _suffix(n: int) -> str:
    return "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


DOB_FORMATS = {
    "uk": [
        "{d:02d}/{m:02d}/{Y}",
        "{d}/{m}/{Y}",
        "{d:02d}/{m:02d}/{y:02d}",
        "{d} {Mon} {Y}",
        "{d} {Mon} {y:02d}",
        "{d:02d}.{m:02d}.{Y}",
        "{d}{sfx} {Month} {Y}",
        "{Y}-{m:02d}-{d:02d}",
        "{d:02d}-{m:02d}-{Y}",
    ],
    "us": ["{m:02d}/{d:02d}/{Y}", "{m}/{d}/{y:02d}", "{Month} {d}, {Y}", "{Mon} {d} {Y}"],
    "iso": ["{Y}-{m:02d}-{d:02d}", "{Y}{m:02d}{d:02d}", "{Y}.{m:02d}.{d:02d}", "{d:02d}.{m:02d}.{Y}"],
    "caps": [
        "{d:02d}{MON}{Y}",
        "{d:02d}{MON}{y:02d}",
        "{d:02d}-{MON}-{Y}",
        "{Y}{m:02d}{d:02d}",
        "{d:02d}/{m:02d}/{Y}",
        "{Y}-{m:02d}-{d:02d}",
    ],
}


def dob_text(rng, date: dt.date, family: str) -> str:
    fmt = rng.choice(DOB_FORMATS[family])
    mon = MONTHS[date.month - 1]
    return fmt.format(
        d=date.day,
        m=date.month,
        Y=date.year,
        y=date.year % 100,
        Mon=mon[:3],
        MON=mon[:3].upper(),
        Month=mon,
        sfx=_suffix(date.day),
    )


def year_words(y: int) -> str:
    if y >= 2000:
        return "two thousand" + ("" if y == 2000 else (" and " if y % 100 < 10 else " ") + number_words(y % 100))
    hi, lo = divmod(y, 100)
    return (
        number_words(hi) + " " + ("hundred" if lo == 0 else ("oh " + number_words(lo) if lo < 10 else number_words(lo)))
    )


def dob_spoken(rng, date: dt.date) -> str:
    month = MONTHS[date.month - 1]
    day, yw = _ordinal_word(date.day), year_words(date.year)
    return rng.choice(
        [
            f"the {day} of {month} {yw}",
            f"{day} of {month} {yw}",
            f"{month} the {day} {yw}",
            f"{number_words(date.day)} {number_words(date.month)} {number_words(date.year % 100) if date.year % 100 >= 10 else 'oh ' + number_words(date.year % 100)}",
        ]
    )


def dob_seg(rng, date: dt.date, family: str) -> Seg:
    if family == "spoken":
        return Seg(dob_spoken(rng, date), "DATE_TIME", "dob_spoken")
    return Seg(dob_text(rng, date, family), "DATE_TIME", "dob")
