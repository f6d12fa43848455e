"""Person model: name forms per culture, titles, pronouns."""

import datetime
import re

from .core import strip_marks
from .names_a import CULTURES_A
from .names_b import CULTURES_B, NICKNAMES

CULTURES = {}
CULTURES.update(CULTURES_A)
CULTURES.update(CULTURES_B)
CULTURE_KEYS = sorted(CULTURES)


def _split(s):
    return [x for x in s.split("|") if x] if s else []


def _gendered(entry, gender):
    if "/" in entry:
        m, f = entry.split("/")
        return m if gender == "m" else f
    return entry


class Person:
    def __init__(self, rng, uid, culture, gender=None, family=None, age=(22, 86), role="customer", cc=None):
        c = CULTURES[culture]
        self.uid = uid
        self.culture = culture
        self.role = role
        self.gender = gender or rng.choice("mf")
        self.order = c["o"]
        self.call_last = c.get("call") == "last"
        wkey = "west_" + self.gender
        if c.get(wkey) and rng.random() < 0.35:
            self.given = rng.choice(_split(c[wkey]))
            self.order = "gs"
        else:
            self.given = rng.choice(_split(c[self.gender]))
        fam = family if (family is not None and family.culture == culture) else None
        while fam is not None and self.given == fam.given:
            self.given = rng.choice(_split(c[self.gender]))
        sur = _split(c["s"])
        self.s_raw = fam.s_raw if fam else (rng.choice(sur) if sur else "")
        self.s2_raw = ""
        if self.order == "double":
            self.s2_raw = fam.s2_raw if fam else rng.choice([x for x in sur if x != self.s_raw])
        self.middle = ""
        if c.get("patr") and rng.random() < 0.4:
            self.middle = _gendered(rng.choice(_split(c["patr"])), self.gender)
        if self.order == "is":
            self.surname = self.s_raw + ("son" if self.gender == "m" else "dóttir")
        elif self.order == "malay":
            self.surname = ""
            self.father = fam.father if fam else rng.choice(sur)
        else:
            self.surname = _gendered(self.s_raw, self.gender)
        self.nick = None
        nicks = NICKNAMES.get(self.given)
        if nicks:
            self.nick = rng.choice(nicks)
        elif c.get("nick_" + self.gender) and rng.random() < 0.7:
            self.nick = rng.choice(_split(c["nick_" + self.gender]))
        self.hon = rng.choice(_split(c["hon_" + self.gender])) if c.get("hon_m") else None
        lo, hi = age
        y = 2024 - rng.randint(lo, hi)
        self.dob = datetime.date(y, rng.randint(1, 12), rng.randint(1, 28))
        self.cc = cc
        self.cache = {}

    # ------------------------------------------------------------- name forms
    def full(self, middle=False):
        o = self.order
        if o == "mono":
            return self.given
        if o == "malay":
            return "%s %s %s" % (self.given, "bin" if self.gender == "m" else "binti", self.father)
        if o == "double":
            return "%s %s %s" % (self.given, self.s_raw, self.s2_raw)
        if o in ("sg", "mong"):
            return "%s %s" % (self.surname, self.given)
        mid = (" " + self.middle) if (middle and self.middle) else ""
        return "%s%s %s" % (self.given, mid, self.surname)

    def short(self):
        """What colleagues call the person."""
        if self.call_last:
            return self.given.split()[-1]
        return self.given

    def sur(self, rng=None):
        """Surname as used after a title; None where the culture has none."""
        if self.order in ("mono", "malay", "mong"):
            return None
        if self.order == "double":
            if rng is not None and rng.random() < 0.3:
                return "%s %s" % (self.s_raw, self.s2_raw)
            return self.s_raw
        return self.surname

    def init_sur(self):
        """'M. Kowalska', 'T.M. Chan', 'B. Enkhjargal'."""
        o = self.order
        if o in ("mono", "malay"):
            return None
        if o == "mong":
            return "%s. %s" % (self.surname[0], self.given)
        if o == "sg":
            ini = ".".join(x[0].upper() for x in self.given.replace("-", " ").split())
            return "%s. %s" % (ini, self.surname)
        surname = self.s_raw if o == "double" else self.surname
        return "%s. %s" % (self.given[0], surname)

    def initials(self, dots=True):
        parts = [w for w in self.full().replace("-", " ").split() if w[0].isupper() or w[0] in "ÉÓÁŁŠŽĠĊĦ"]
        letters = [strip_marks(w)[0].upper() for w in parts][:3]
        if len(letters) < 2:
            letters = [strip_marks(w)[0].upper() for w in self.full().split()][:3]
        return (".".join(letters) + ".") if dots else "".join(letters)

    def inverted(self, sep=", "):
        o = self.order
        if o in ("mono", "malay"):
            return self.full()
        if o in ("sg", "mong"):
            return "%s%s%s" % (self.surname, sep, self.given)
        if o == "double":
            return "%s %s%s%s" % (self.s_raw, self.s2_raw, sep, self.given)
        return "%s%s%s" % (self.surname, sep, self.given)

    def _gs(self):
        """ASCII lower given / family parts for user names and e-mail."""
        if self.order == "mono":
            w = self.given.split()
            g, s = w[0], w[-1]
        elif self.order == "malay":
            g, s = self.given.split()[-1], self.father
        elif self.order == "mong":
            g, s = self.given, re.sub(r"(iin|yn|in)$", "", self.surname)
        else:
            g, s = self.short(), self.sur()
        clean = lambda x: strip_marks(x).lower().replace(" ", "").replace("'", "").replace("-", "")
        return clean(g), clean(s)

    def username(self, rng):
        g, s = self._gs()
        pat = rng.choice(["{g}.{i}", "{g}", "{g}_{s}", "{i}{s}", "{g}.{s}", "{g}{i}"])
        return pat.format(g=g, s=s, i=s[0])

    def title(self, rng, lang="en"):
        if lang == "de":
            return "Herr" if self.gender == "m" else "Frau"
        if lang == "es":
            return "Sr." if self.gender == "m" else "Sra."
        if lang == "fr":
            return "M." if self.gender == "m" else "Mme"
        if self.gender == "m":
            return rng.choice(["Mr", "Mr."])
        return rng.choice(["Mrs", "Ms", "Ms.", "Mrs.", "Miss"])

    def pron(self, form):
        m = self.gender == "m"
        table = {
            "he": ("he", "she"),
            "his": ("his", "her"),
            "him": ("him", "her"),
            "He": ("He", "She"),
            "His": ("His", "Her"),
        }
        return table[form][0 if m else 1]

    def email_local(self, rng):
        g, s = self._gs()
        yy = "%02d" % (self.dob.year % 100)
        pat = rng.choice(["{g}.{s}", "{g}{s}{yy}", "{i}{s}", "{g}_{s}", "{s}.{g}", "{g}.{s}{n}", "{g}{yy}", "{i}.{s}"])
        return pat.format(g=g, s=s, i=g[0], yy=yy, n=rng.randint(1, 99))

    def handle(self, rng):
        g, s = self._gs()
        pat = rng.choice(["{g}.{s}", "{g}_{s}", "{g}{s}{n}", "{s}.{g}.{n}", "{g}-{s}"])
        return pat.format(g=g, s=s, n=rng.randint(1, 999))
