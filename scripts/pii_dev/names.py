"""Hand-written person names from many cultures and scripts.

Entries are comma separated.  ``native|latin`` gives a romanisation used for
e-mail handles; ``male/female`` gives gendered surname forms (Polish, Czech,
Russian, Greek).  Nothing here is taken from a package or a download.
"""

import unicodedata

from .name_lists_a import C as _C_A
from .name_lists_b import C as _C_B

C = {**_C_A, **_C_B}  # culture key -> entry, in the order the lists define them


# Cultures typical for each country (the rest of the time any culture is drawn).
TYPICAL = {
    "US": "english english_wordnames african_american mexican chinese korean vietnamese filipino irish hawaiian",
    "GB": "english english_wordnames scottish irish punjabi bengali polish yoruba",
    "IE": "irish english polish filipino",
    "CA": "english french chinese punjabi filipino scottish",
    "AU": "english english_wordnames greek italian vietnamese chinese",
    "NZ": "maori english english_wordnames chinese",
    "DE": "german turkish polish russian greek",
    "FR": "french arabic portuguese vietnamese",
    "NL": "dutch turkish indonesian arabic",
    "ES": "spanish arabic brazilian",
    "IT": "italian arabic filipino",
    "PL": "polish czech",
    "BR": "brazilian portuguese japanese italian",
    "MX": "mexican spanish",
    "IN": "tamil telugu bengali punjabi hindi_devanagari",
    "JP": "japanese japanese_kanji korean",
    "KR": "korean korean_hangul",
    "NG": "yoruba igbo hausa",
    "ZA": "zulu afrikaans english",
}

_FOLD = str.maketrans(
    {
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "ß": "ss",
        "đ": "d",
        "Đ": "D",
        "ı": "i",
        "æ": "ae",
        "ʻ": "",
        "'": "",
        "’": "",
    }
)


def fold(text):
    text = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def _items(s):
    return [x.strip() for x in s.split(",") if x.strip()]


def _native_latin(entry):
    native, _, latin = entry.partition("|")
    return native, (latin or fold(native))


def pick_culture(rng, country):
    if rng.random() < 0.45 and country in TYPICAL:
        return rng.choice(TYPICAL[country].split())
    keys = sorted(C)
    return rng.choice(keys)


class Person:
    """One invented person; every surface form used in the texts comes from here."""

    def __init__(self, rng, culture, gender=None, family_of=None):
        c = C[culture]
        self.culture = culture
        self.c = c
        self.gender = gender or rng.choice("fm")
        self.given, self.given_lat = _native_latin(rng.choice(_items(c[self.gender])))
        fam_entry = family_of.family_entry if family_of else rng.choice(_items(c["last"]))
        self.family_entry = fam_entry
        native, latin = _native_latin(fam_entry)
        if "/" in native:
            mf = native.split("/")
            native = mf[0] if self.gender == "m" else mf[1]
            latin = latin.split("/")[0] if "/" in latin else fold(native)
        if "/" in latin:
            latin = fold(native)
        self.family, self.family_lat = native, latin
        if not family_of and c["mono"] and rng.random() < c["mono"]:
            self.family, self.family_lat = "", ""
        self.middle = ""
        if c["mid"]:
            self.middle = rng.choice(_items(c["mid"][self.gender]))
        elif not c["script"] and rng.random() < 0.3:
            other = [g for g in _items(c[self.gender]) if g != self.given and " " not in g]
            self.middle = rng.choice(other) if other else ""
        self.show_mid = bool(c["mid"]) or (self.middle and rng.random() < 0.35)
        order = c["order"]
        self.eastern = order == "e" or (order == "mixed" and rng.random() < 0.4)
        nick = c["nick"].get(self.given)
        if f"*{self.gender}" in c["nick"]:
            nick = rng.choice(_items(c["nick"][f"*{self.gender}"]))
        self.nickname = nick or ""
        titles = (c["titles"] or {}).get(self.gender) or (["Mr", "Dr"] if self.gender == "m" else ["Ms", "Mrs", "Dr"])
        self.title = rng.choice(titles + ["Mr" if self.gender == "m" else "Ms"] * 2)
        self.init_style = rng.randrange(4)

    # --- surface forms -------------------------------------------------------
    def full(self):
        if not self.family:
            return self.given
        sep = self.c["sep"]
        if self.c["mid"]:  # Vietnamese: family + middle + given
            return f"{self.family} {self.middle} {self.given}"
        given = f"{self.given} {self.middle}" if self.show_mid else self.given
        return f"{self.family}{sep}{given}" if self.eastern else f"{given}{sep}{self.family}"

    def first(self):
        return self.given

    def last(self):
        return self.family or self.given

    def nick(self):
        return self.nickname or self.given

    def initials_form(self):
        """'J. R. Okafor', 'K. Senthil', or the full name where initials make no sense."""
        if self.c["script"] or not self.family:
            return self.full()
        g = self.given[0]
        if self.culture in ("tamil", "telugu") and self.init_style < 2:
            return f"{self.family[0]}. {self.given}"
        m = self.middle[0] if self.middle and not self.c["mid"] else ""
        if self.init_style == 0 and m:
            return f"{g}. {m}. {self.family}"
        if self.init_style == 1 and m:
            return f"{g}.{m}. {self.family}"
        if self.init_style == 2:
            return f"{self.family}, {g}."
        return f"{g}. {self.family}"

    def bare_initials(self):
        if self.c["script"]:
            return self.last()
        parts = [self.given] + ([self.middle] if self.middle and not self.c["mid"] else []) + [self.family or ""]
        letters = "".join(
            fold(w)[0] for p in parts for w in p.replace("-", " ").split() if w[0].isupper() or p is self.given
        )
        return letters.upper()

    def pron(self, which):
        table = {
            "pron": ("she", "he"),
            "poss": ("her", "his"),
            "obj": ("her", "him"),
            "mum": ("mother", "father"),
            "kid": ("daughter", "son"),
            "spouse": ("wife", "husband"),
            "sex": ("F", "M"),
        }
        f, m = table[which]
        return f if self.gender == "f" else m
