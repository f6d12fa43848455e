"""People: culture choice, name forms and the different ways a person is mentioned."""

import unicodedata

from .names_east import EAST
from .names_west import WEST

CULTURES = WEST + EAST
BY_CODE = {c["code"]: c for c in CULTURES}

NICK = {
    "Robert": "Bob",
    "William": "Bill",
    "Richard": "Rich",
    "Elizabeth": "Liz",
    "Margaret": "Peggy",
    "Patricia": "Trish",
    "Michael": "Mike",
    "Jonathan": "Jon",
    "Katarzyna": "Kasia",
    "Małgorzata": "Gosia",
    "Aleksandr": "Sasha",
    "Dmitri": "Dima",
    "Ekaterina": "Katya",
    "Anastasia": "Nastya",
    "Oleksandr": "Sasha",
    "José": "Pepe",
    "Francisco": "Paco",
    "Giuseppe": "Beppe",
    "Johannes": "Hans",
    "Oluwaseun": "Seun",
    "Olufunmilayo": "Funmi",
    "Chukwuemeka": "Emeka",
    "Babatunde": "Tunde",
    "Krzysztof": "Krzysiek",
    "Alessandro": "Sandro",
    "Thomas": "Tom",
    "Charlotte": "Lottie",
    "Guadalupe": "Lupe",
    "Ikechukwu": "Ike",
    "Konstantinos": "Kostas",
    "Dimitrios": "Mitsos",
    "Grzegorz": "Grzesiek",
    "Joanna": "Asia",
    "Lachlan": "Lachie",
    "Nomvula": "Vuvu",
    "Wojciech": "Wojtek",
    "Paweł": "Pawełek",
    "Sergei": "Seryozha",
    "Mikhail": "Misha",
    "Svetlana": "Sveta",
    "Olga": "Olya",
    "Jesús": "Chuy",
    "Javier": "Javi",
    "Rodrigo": "Rodri",
    "Adewale": "Wale",
    "Ayodeji": "Deji",
    "Titilayo": "Titi",
    "Omolara": "Lara",
    "Chiamaka": "Amaka",
    "Ifeoma": "Ify",
    "Obinna": "Obi",
    "Sibusiso": "Sbu",
    "Bongani": "Bongi",
    "Thandeka": "Thandi",
    "Nokuthula": "Thuli",
    "Hendrik": "Henk",
    "Kwabena": "Kobby",
    "Mohamed": "Mo",
    "Avraham": "Avi",
    "Vikram": "Vicky",
    "Rajesh": "Raju",
    "Sanjay": "Sanju",
    "Manpreet": "Manny",
    "Zofia": "Zosia",
    "Agnieszka": "Aga",
    "Jakub": "Kuba",
    "Bohdan": "Bodya",
    "Nataliia": "Natasha",
    "Maximilian": "Max",
    "Pieter": "Piet",
    "Salvatore": "Totò",
    "Annunziata": "Nunzia",
    "Inmaculada": "Inma",
    "Pilar": "Pili",
    "Dafydd": "Dai",
    "Alasdair": "Ally",
    "Pádraig": "Paddy",
    "Jose Rizal": "Jojo",
    "Mark Anthony": "Macky",
    "Ma. Cristina": "Tina",
    "Jennylyn": "Jen",
    "Sri Wahyuni": "Yuni",
    "Somchai": "Chai",
    "Hiroshi": "Hiro",
    "Francesca": "Franci",
    "Alexandra": "Sasha",
    "Anastasiya": "Nastya",
}

TITLES = {"m": ["Mr", "Mr.", "Dr", "Mr"], "f": ["Ms", "Mrs", "Ms.", "Dr", "Miss", "Mrs."]}
LOCAL_TITLES = {
    "german": ("Herr", "Frau"),
    "french": ("M.", "Mme"),
    "spanish": ("Sr.", "Sra."),
    "mexican": ("Sr.", "Sra."),
    "brazilian": ("Sr.", "Sra."),
    "portuguese": ("Sr.", "Sra."),
    "polish": ("Pan", "Pani"),
    "italian": ("Sig.", "Sig.ra"),
    "dutch": ("dhr.", "mevr."),
    "canadian_french": ("M.", "Mme"),
}
SPECIAL = {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "đ": "d", "Đ": "D", "ı": "i", "'": "", "’": ""}


def strip_marks(s):
    s = "".join(SPECIAL.get(ch, ch) for ch in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def split_nat(x):
    if "|" in x:
        a, b = x.split("|", 1)
        return a, b
    return x, None


class Person:
    def __init__(self, rng, pid, culture=None, gender=None):
        c = BY_CODE[culture] if culture else rng.choice(CULTURES)
        self.c = c
        self.pid = pid
        self.culture = c["code"]
        self.country = c["country"]
        self.gender = gender or rng.choice("mf")
        pool = c["m"] if self.gender == "m" else c["f"]
        self.given, self.given_nat = split_nat(rng.choice(pool))
        fam = rng.choice(c["fam"])
        self.family, self.family_nat = split_nat(fam)
        if c.get("patronym"):
            part = c["patronym"][0 if self.gender == "m" else 1]
            self.family = "%s %s" % (part, self.family)
        self.middle = None
        if c["order"] == "gf" and " " not in self.given and rng.random() < 0.25:
            mid, _ = split_nat(rng.choice(pool))
            if mid != self.given and " " not in mid:
                self.middle = mid
        self.stripped = rng.random() < 0.15
        if self.stripped:
            self.given, self.family = strip_marks(self.given), strip_marks(self.family)
            if self.middle:
                self.middle = strip_marks(self.middle)
        self.nick = NICK.get(self.given)
        self.westernised = c["order"] == "fg" and rng.random() < 0.3
        self.count = 0
        lt = LOCAL_TITLES.get(self.culture)
        if lt and rng.random() < 0.4:
            self.title = lt[0] if self.gender == "m" else lt[1]
        else:
            self.title = rng.choice(TITLES[self.gender])
        self.rng = rng

    # ---- name strings -------------------------------------------------
    def full(self):
        if self.c["order"] == "fg" and not self.westernised:
            return "%s %s" % (self.family, self.given)
        parts = [self.given] + ([self.middle] if self.middle else []) + [self.family]
        return " ".join(parts)

    def native(self):
        if not (self.given_nat and self.family_nat):
            return None
        if self.c["order"] == "fg":
            return self.family_nat + self.c.get("sep", " ") + self.given_nat
        return self.given_nat + " " + self.family_nat

    def initials(self, dots=False):
        words = [self.given] + ([self.middle] if self.middle else []) + [self.family]
        letters = []
        for w in words:
            for part in w.replace("-", " ").split():
                if part[0].isupper():
                    letters.append(part[0])
        if dots:
            return ".".join(letters) + "."
        return "".join(letters)

    def initial_family(self):
        first = [self.given] + ([self.middle] if self.middle else [])
        ini = "".join(w[0] + "." for w in first)
        return "%s %s" % (ini, self.family)

    def family_given(self):
        return "%s, %s" % (self.family.upper() if self.rng.random() < 0.6 else self.family, self.given)

    def info(self, kind):
        return {"type": "PERSON", "kind": kind, "id": self.pid, "culture": self.culture}

    def mention(self, form=None):
        """Return pieces for one mention; title kept outside the span."""
        rng = self.rng
        self.count += 1
        if form is None:
            if self.count == 1:
                form = rng.choice(["full", "full", "full", "title_full", "family_given", "native", "native"])
            else:
                form = rng.choice(
                    ["given", "title", "title", "given", "initials", "init_family", "nick", "nick", "full", "family"]
                )
        if form == "native" and not self.native():
            form = "full"
        if form == "nick" and not self.nick:
            form = "given"
        if form == "full":
            return [(self.full(), self.info("full"))]
        if form == "title_full":
            return [(self.title + " ", None), (self.full(), self.info("full"))]
        if form == "native":
            return [(self.native(), self.info("native_script"))]
        if form == "family_given":
            return [(self.family_given(), self.info("full"))]
        if form == "given":
            return [(self.given, self.info("given"))]
        if form == "family":
            return [(self.family, self.info("family"))]
        if form == "title":
            if self.culture == "japanese" and rng.random() < 0.6:
                return [(self.family, self.info("family")), ("-san", None)]
            return [(self.title + " ", None), (self.family, self.info("family"))]
        if form == "initials":
            return [(self.initials(rng.random() < 0.3), self.info("initials"))]
        if form == "init_family":
            return [(self.initial_family(), self.info("initial_family"))]
        if form == "nick":
            return [(self.nick, self.info("nickname"))]
        if form == "slash":
            g = self.given.upper().replace(" ", "")
            return [("%s/%s" % (self.family.upper().replace(" ", ""), g), self.info("full"))]
        if form == "spelled":
            fam = "".join(ch for ch in self.family.upper() if ch.isalpha())
            return [("-".join(fam), self.info("spelled"))]
        raise KeyError(form)

    # ---- handles ------------------------------------------------------
    def ascii_parts(self):
        g = strip_marks(self.given).lower().replace(" ", "").replace("-", "")
        f = strip_marks(self.family).lower().replace(" ", "").replace("-", "")
        return g, f

    def handle(self):
        g, f = self.ascii_parts()
        r = self.rng
        pat = r.choice(
            ["{g}.{f}", "{g}{f}", "{g0}{f}", "{g}_{f}", "{f}.{g}", "{g}{f}{n}", "{g0}.{f}{n}", "{g}.{f}{yy}"]
        )
        return pat.format(g=g, f=f, g0=g[:1], n=r.randint(1, 999), yy=r.randint(60, 99))


def make_person(rng, pid, culture=None, gender=None):
    return Person(rng, pid, culture, gender)
