"""Phone formats per country, dates (birth and business) and read-out words."""

import datetime

PHONES = {
    "GB": ["+44 7### ######", "07### ######", "07###-###-###", "+44 (0)7### ### ###", "01632 ######"],
    "IE": ["08# ### ####", "+353 8# ### ####", "(087) ###-####"],
    "FR": ["06 ## ## ## ##", "+33 6 ## ## ## ##", "07.##.##.##.##", "04 95 ## ## ##"],
    "DE": ["0151 ########", "+49 170 #######", "+49 (0)162 #######", "0491/#######"],
    "NL": ["06-########", "+31 6 ## ## ## ##", "06 ########", "058-#######"],
    "BE": ["0470 ## ## ##", "+32 47# ## ## ##", "02/### ## ##"],
    "ES": ["6## ## ## ##", "+34 6## ### ###", "94# ### ###"],
    "IT": ["3## ### ####", "+39 3## #######", "070 ######"],
    "PT": ["91# ### ###", "+351 93# ### ###", "21# ### ###"],
    "CH": ["079 ### ## ##", "+41 7# ### ## ##", "052 ### ## ##"],
    "AT": ["0664 #######", "+43 676 #######", "+43 (0)650 ### ####"],
    "DK": ["+45 ## ## ## ##", "## ## ## ##"],
    "FO": ["+298 ## ## ##", "## ## ##"],
    "NO": ["4## ## ###", "+47 9## ## ###", "+47 4##########"],
    "SE": ["070-### ## ##", "+46 7# ### ## ##", "0980-### ##"],
    "FI": ["040 ### ####", "+358 50 ### ####", "016 ### ###"],
    "IS": ["+354 ### ####", "8## ####", "6##-####"],
    "PL": ["+48 5## ### ###", "6## ### ###", "(22) ### ## ##"],
    "RO": ["07## ### ###", "+40 7## ### ###", "0264 ### ###"],
    "HU": ["+36 30 ### ####", "06 20 ### ####", "06-70-###-####"],
    "RU": ["+7 9## ###-##-##", "8 (9##) ###-##-##", "+7 (843) ###-##-##"],
    "AZ": ["+994 50 ### ## ##", "(055) ### ## ##", "+994 12 ### ## ##"],
    "TM": ["+993 6# ######", "8 6# ## ## ##"],
    "TJ": ["+992 9# ### ####", "9## ## ## ##"],
    "GE": ["+995 5## ## ## ##", "5## ### ###"],
    "BT": ["+975 17 ## ## ##", "77 ## ## ##", "02-######"],
    "IN": ["+91 9#### #####", "09#########", "+91-98###-#####", "01892-######"],
    "LA": ["+856 20 ## ### ###", "020 ## ### ###"],
    "TH": ["08#-###-####", "+66 8# ### ####", "055-######"],
    "ID": ["08##-####-####", "+62 8## #### ####", "08##########"],
    "TO": ["+676 ## ###", "77#####", "84#-####"],
    "GU": ["(671) ###-####", "+1 671 ### ####", "671-###-####"],
    "AU": ["04## ### ###", "+61 4## ### ###", "(08) 89## ####"],
    "CA": ["(867) ###-####", "+1 306 ### ####", "867-###-####", "(416) ###-####"],
    "US": ["(928) ###-####", "928-###-####", "+1 505 ### ####", "(718) ###-####"],
    "CL": ["+56 9 #### ####", "9 #### ####", "(45) 2 ## ## ##"],
    "PY": ["+595 98# ### ###", "09## ### ###", "(021) ### ###"],
    "BO": ["+591 7#######", "7### ####", "2-2######"],
    "HN": ["+504 9###-####", "3###-####"],
    "BZ": ["+501 6##-####", "6##-####"],
    "JM": ["(876) ###-####", "876-###-####", "+1 876 ### ####"],
    "TT": ["(868) ###-####", "+1 868 ### ####", "868-###-####"],
    "CV": ["+238 9## ## ##", "9## ## ##"],
    "AO": ["+244 9## ### ###", "92# ### ###"],
    "MZ": ["+258 84 ### ####", "82 ### ####"],
    "MW": ["+265 99# ## ## ##", "088# ### ###"],
    "UG": ["+256 7## ######", "07## ###-###"],
    "RW": ["+250 78# ### ###", "078# ### ###"],
    "ER": ["+291 7 ## ## ##", "07 ## ## ##"],
    "SD": ["+249 9## ### ###", "09## ### ###"],
    "LY": ["+218 91-#######", "092-#######"],
    "JO": ["+962 7# ### ####", "07# ### ####"],
    "YE": ["+967 7## ### ###", "77# ### ###"],
    "OM": ["+968 9### ####", "9### ####"],
    "AE": ["+971 5# ### ####", "05# ### ####"],
    "IL": ["+972 5#-###-####", "05#-###-####"],
    "CY": ["+357 99 ######", "99 ### ###"],
    "MT": ["+356 79## ####", "99## ####"],
}


def fill_pattern(rng, pat):
    out = []
    for ch in pat:
        if ch == "#":
            out.append(str(rng.randrange(10)))
        elif ch == "A":
            out.append(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
        else:
            out.append(ch)
    return "".join(out)


def make_phone(rng, cc):
    return fill_pattern(rng, rng.choice(PHONES.get(cc, PHONES["GB"])))


ONES = [
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
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD = {
    "one": "first",
    "two": "second",
    "three": "third",
    "five": "fifth",
    "eight": "eighth",
    "nine": "ninth",
    "twelve": "twelfth",
    "twenty": "twentieth",
    "thirty": "thirtieth",
}


def num_words(n):
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("-" + ONES[n % 10] if n % 10 else "")
    rest = n % 100
    return ONES[n // 100] + " hundred" + (" and " + num_words(rest) if rest else "")


def ordinal_words(n):
    w = num_words(n)
    head, sep, last = w.rpartition("-")
    last = ORD.get(last, last + "th")
    return head + sep + last


def year_words(y):
    if 2000 <= y < 2010:
        return "two thousand" + (" and " + ONES[y - 2000] if y > 2000 else "")
    hi, lo = divmod(y, 100)
    return num_words(hi) + " " + ("oh " + ONES[lo] if lo < 10 else num_words(lo))


def read_digits(text, rng):
    """'+44 7911 123456' -> 'plus four four, seven nine one one, ...'."""
    zero = rng.choice(["zero", "oh"])
    groups, cur = [], []
    for ch in text:
        if ch.isdigit():
            cur.append(zero if ch == "0" else ONES[int(ch)])
        elif ch == "+":
            groups.append(["plus"])
        elif cur:
            groups.append(cur)
            cur = []
    if cur:
        groups.append(cur)
    out = []
    for g in groups:
        words, i = [], 0
        while i < len(g):
            if i + 1 < len(g) and g[i] == g[i + 1] and g[i] != "plus" and rng.random() < 0.5:
                words.append("double " + g[i])
                i += 2
            else:
                words.append(g[i])
                i += 1
        out.append(" ".join(words))
    if out and out[0] == "plus" and len(out) > 1:
        out[:2] = ["plus " + out[1]]
    return ", ".join(out)


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
MONTHS_LOC = {
    "es": [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
    "pt": [
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    "de": [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    "it": [
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ],
}
LANG = {
    "ES": "es",
    "CL": "es",
    "PY": "es",
    "BO": "es",
    "HN": "es",
    "PT": "pt",
    "CV": "pt",
    "AO": "pt",
    "MZ": "pt",
    "FR": "fr",
    "BE": "fr",
    "DE": "de",
    "AT": "de",
    "CH": "de",
    "IT": "it",
}


def rand_date(rng, y0, y1):
    start = datetime.date(y0, 1, 1).toordinal()
    end = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(rng.randint(start, end))


def suffix(d):
    return "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def fmt_date(rng, d, cc=None, words_ok=False):
    m = MONTHS[d.month - 1]
    opts = [
        "%02d/%02d/%d" % (d.day, d.month, d.year),
        "%d.%02d.%d" % (d.day, d.month, d.year),
        "%d-%02d-%02d" % (d.year, d.month, d.day),
        "%02d/%02d/%d" % (d.month, d.day, d.year),
        "%02d-%s-%d" % (d.day, m[:3].upper(), d.year),
        "%d %s %d" % (d.day, m, d.year),
        "%s %d, %d" % (m, d.day, d.year),
        "%d %s %d" % (d.day, m[:3], d.year),
        "%d%s %s %d" % (d.day, suffix(d.day), m, d.year),
        "%02d/%02d/%02d" % (d.day, d.month, d.year % 100),
        "%d%02d%02d" % (d.year, d.month, d.day),
        "%d/%d/%d" % (d.day, d.month, d.year),
        "%02d.%02d.%02d" % (d.day, d.month, d.year % 100),
        "%d %s '%02d" % (d.day, m[:3], d.year % 100),
    ]
    lang = LANG.get(cc)
    if lang and rng.random() < 0.35:
        lm = MONTHS_LOC[lang][d.month - 1]
        return {"es": "%d de %s de %d", "pt": "%d de %s de %d", "fr": "%d %s %d", "de": "%d. %s %d", "it": "%d %s %d"}[
            lang
        ] % (d.day, lm, d.year)
    if words_ok and rng.random() < 0.7:
        return date_words(rng, d)
    return rng.choice(opts)


def date_words(rng, d):
    m = MONTHS[d.month - 1]
    return rng.choice(
        [
            "%s of %s %s" % (ordinal_words(d.day), m, year_words(d.year)),
            "%s %s, %s" % (m, ordinal_words(d.day), year_words(d.year)),
            "%s %s %s" % (ordinal_words(d.day), m, year_words(d.year)),
            "%s, %s, %s" % (num_words(d.day), num_words(d.month), year_words(d.year)),
        ]
    )
