"""Phone numbers, e-mails, birth dates, ids, plates, IBANs and cards."""

from .addr_util import code
from .segments import strip_marks

PHONES = {
    "GB": ("07### ######", "+44 7### ######"),
    "DE": ("0151 ########", "+49 171 #######"),
    "FR": ("06 ## ## ## ##", "+33 6 ## ## ## ##"),
    "IT": ("3## ### ####", "+39 3## #######"),
    "ES": ("6## ## ## ##", "+34 6## ### ###"),
    "US": ("(###) ###-####", "+1 ###-###-####"),
    "IN": ("98### #####", "+91 98### #####"),
    "JP": ("090-####-####", "+81 90-####-####"),
    "BR": ("(11) 9####-####", "+55 11 9####-####"),
    "NL": ("06-########", "+31 6 ########"),
    "PL": ("### ### ###", "+48 ### ### ###"),
    "NG": ("0803 ### ####", "+234 803 ### ####"),
    "KE": ("0712 ######", "+254 712 ######"),
    "AU": ("04## ### ###", "+61 4## ### ###"),
    "MX": ("55 #### ####", "+52 55 #### ####"),
    "TR": ("0532 ### ## ##", "+90 532 ### ## ##"),
    "KR": ("010-####-####", "+82 10-####-####"),
    "PH": ("0917 ### ####", "+63 917 ### ####"),
}
CALLING = {
    "AT": "43",
    "CH": "41",
    "BE": "32",
    "PT": "351",
    "CZ": "420",
    "HU": "36",
    "RO": "40",
    "GR": "30",
    "RU": "7",
    "UA": "380",
    "SE": "46",
    "NO": "47",
    "DK": "45",
    "FI": "358",
    "IE": "353",
    "CA": "1",
    "NZ": "64",
    "AR": "54",
    "CL": "56",
    "CO": "57",
    "PE": "51",
    "CN": "86",
    "PK": "92",
    "BD": "880",
    "ID": "62",
    "VN": "84",
    "TH": "66",
    "MY": "60",
    "ZA": "27",
    "EG": "20",
    "AE": "971",
    "SA": "966",
}
DOMAINS = (
    "gmail.com",
    "yahoo.co.uk",
    "web.de",
    "outlook.com",
    "hotmail.fr",
    "libero.it",
    "mail.ru",
    "icloud.com",
    "proton.me",
)
PLATES = ("AA99 AAA", "A-AA 9999", "AA-999-AA", "99-AAA-9", "AA 99999", "AAA 999", "9AAA999")
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
IBAN_SHAPES = {
    "DE": "999999999999999999",
    "GB": "AAAA99999999999999",
    "NL": "AAAA9999999999",
    "FR": "99999999999999999999999",
    "ES": "99999999999999999999",
    "IT": "A9999999999999999999999",
    "PL": "999999999999999999999999",
}


def digits_fill(rng, pattern):
    """Replace # with digits."""
    return "".join(str(rng.randint(0, 9)) if ch == "#" else ch for ch in pattern)


def phone(rng, country):
    """A phone number in national or international form."""
    pats = PHONES.get(country)
    if pats is None and country in CALLING:
        pats = ("0## ### ####", f"+{CALLING[country]} ## ### ####", f"+{CALLING[country]} ### ######")
    pats = pats or PHONES[rng.choice(sorted(PHONES))]
    return digits_fill(rng, rng.choice(pats))


def email(rng, person):
    """A personal e-mail built from the name."""
    first = strip_marks(person["first"]).lower().replace(" ", "").replace("'", "")
    last = strip_marks(person["last"] or "x").lower().replace(" ", "").replace("'", "")
    local = rng.choice([f"{first}.{last}", f"{first[0]}{last}", f"{first}{rng.randint(1, 99)}", f"{last}_{first[:3]}"])
    return f"{local}@{rng.choice(DOMAINS)}"


def dob(rng):
    """A birth date in one of several formats."""
    y, m, d = rng.randint(1931, 2004), rng.randint(1, 12), rng.randint(1, 28)
    forms = (
        f"{d:02d}/{m:02d}/{y}",
        f"{y}-{m:02d}-{d:02d}",
        f"{d} {MONTHS[m - 1]} {y}",
        f"{d:02d}.{m:02d}.{y}",
        f"{MONTHS[m - 1][:3]} {d}, {y}",
    )
    return rng.choice(forms)


def account(rng):
    """A customer or account number."""
    return digits_fill(rng, rng.choice(("CUST-######", "AC########", "KD-####-####", "###-###-###", "CN########")))


def dni(rng):
    """A Spanish DNI with its check letter."""
    num = rng.randint(10000000, 99999999)
    return f"{num}{'TRWAGMYFPDXBNJZSQVHLCKE'[num % 23]}"


def national_id(rng):
    """A national id of several countries."""
    kind = rng.randrange(4)
    if kind == 0:
        return dni(rng)
    if kind == 1:
        return code(rng, "AA 99 99 99 ") + rng.choice("ABCD")
    if kind == 2:
        return f"{rng.randint(100, 665)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"
    return digits_fill(rng, "#### #### ####")


def plate(rng):
    """A private car licence plate."""
    return code(rng, rng.choice(PLATES))


def iban(rng):
    """An IBAN with a valid mod-97 checksum, printed in groups of four."""
    country = rng.choice(sorted(IBAN_SHAPES))
    bban = code(rng, IBAN_SHAPES[country])
    raw = bban + country + "00"
    num = int("".join(str(int(ch, 36)) for ch in raw))
    full = f"{country}{98 - num % 97:02d}{bban}"
    return " ".join(full[k : k + 4] for k in range(0, len(full), 4))


def luhn_digit(body):
    """Luhn check digit for a digit string."""
    total = 0
    for k, ch in enumerate(reversed(body)):
        v = int(ch) * (2 if k % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return str((10 - total % 10) % 10)


def card(rng):
    """A 16-digit card number with a valid Luhn digit."""
    body = rng.choice("45") + "".join(str(rng.randint(0, 9)) for _ in range(14))
    num = body + luhn_digit(body)
    return " ".join(num[k : k + 4] for k in range(0, 16, 4))
