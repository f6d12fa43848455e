"""Person objects drawn from the hand-written lists, with mention forms as annotated segments."""

import unicodedata

from .names_a import CULTURES_A
from .names_b import CULTURES_B
from .seg import A, P

CULTURES = {}
CULTURES.update(CULTURES_A)
CULTURES.update(CULTURES_B)
CULTURE_CODES = sorted(CULTURES)

_FOLD = {
    "ø": "o",
    "ß": "ss",
    "ð": "d",
    "þ": "th",
    "æ": "ae",
    "đ": "d",
    "ı": "i",
    "ł": "l",
    "Ø": "O",
    "Ð": "D",
    "Þ": "Th",
    "Æ": "Ae",
    "Đ": "D",
    "Ł": "L",
    "ʻ": "'",
}


def fold(s):
    """Strip diacritics the way many back-office systems do (Đặng -> Dang, Þórdís -> Thordis)."""
    s = "".join(_FOLD.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def slug(s):
    """Lower-case ASCII letters only, for handles and e-mail local parts."""
    return "".join(c for c in fold(s).lower() if "a" <= c <= "z")


def _parse_given(spec):
    out = []
    for entry in spec.split("|"):
        bits = entry.split(":")
        out.append((bits[0], bits[1], bits[2] if len(bits) > 2 else None))
    return out


def _family(spec_entry, gender, rng):
    if spec_entry.endswith("+"):
        return spec_entry[:-1] + ("dóttir" if gender == "f" else "son")
    if "/" in spec_entry:
        m, f = spec_entry.split("/")
        if gender == "x":
            gender = rng.choice("mf")
        return f if gender == "f" else m
    return spec_entry


class Person:
    """One individual with a culture, name parts and optional native-script spelling."""

    def __init__(self, rng, key, culture=None):
        self.key = key
        self.culture = culture or rng.choice(CULTURE_CODES)
        c = CULTURES[self.culture]
        self.order = c.get("order", "gf")
        self.title = c.get("title", ("pre", "Mr ", "Ms ", "Mx "))
        self.addr_first = c.get("addr_first", False)
        self.native = None
        natives = c.get("native", [])
        if natives and rng.random() < 0.35:
            g, fam, gender, gn, fn, sep = rng.choice(natives)
            self.given, self.family, self.gender, self.nick = g, fam, gender, None
            self.native = (fn + sep + gn) if self.order == "fg" or sep == "" else (gn + sep + fn)
        else:
            self.given, self.gender, self.nick = rng.choice(_parse_given(c["given"]))
            self.family = _family(rng.choice(c["family"].split("|")), self.gender, rng)
        if self.gender == "x":
            self.gender = rng.choice("mfx")
        if self.native is None and fold(self.given + self.family) != self.given + self.family and rng.random() < 0.2:
            self.given, self.family = fold(self.given), fold(self.family)
            self.nick = fold(self.nick) if self.nick else None
        self.rng = rng
        self._email = None
        self._handle = None
        self._work = {}

    # ----- name strings
    def full_str(self):
        return f"{self.family} {self.given}" if self.order == "fg" else f"{self.given} {self.family}"

    def initials_str(self, style):
        g = [w[0] for w in self.given.replace("-", " ").split()]
        f = [w[0] for w in self.family.split() if w[0].isupper()] or [self.family[0].upper()]
        if style == 0:
            return " ".join(x + "." for x in g) + " " + self.family
        if style == 1:
            return "".join(g[:1] + f[-1:]).upper()
        return ".".join(g[:1] + f[-1:]).upper() + "."

    def _a(self, text, kind):
        return A(text, "PERSON", kind, pkey=self.key, culture=self.culture)

    def mention(self, form):
        """Segments for one mention; titles and suffixes stay outside the span."""
        r = self.rng
        if form == "any":
            form = r.choice(["full", "first", "tlast", "first", "full"])
        if form == "full":
            if self.native and r.random() < 0.6:
                return [self._a(self.native, "full")]
            return [self._a(self.full_str(), "full")]
        if form == "sfull":
            return [self._a(f"{self.family.upper()}, {self.given}", "full")]
        if form == "first":
            return [self._a(self.given, "first")]
        if form == "last":
            return [self._a(self.family, "last")]
        if form == "nick":
            return [self._a(self.nick, "nickname")] if self.nick else [self._a(self.given, "first")]
        if form == "ini":
            return [self._a(self.initials_str(r.choice([0, 0, 1, 2])), "initials")]
        if form == "ini2":
            return [self._a(self.initials_str(1), "initials")]
        if form == "tlast":
            pos, m, f, x = self.title
            t = {"m": m, "f": f}.get(self.gender, x)
            if pos == "sufg":
                return [self._a(self.given, "first"), P(t)]
            if pos == "suf":
                return [self._a(self.family, "last"), P(t)]
            if self.addr_first:
                return [P(t), self._a(self.given, "first")]
            if r.random() < 0.15:
                t = "Dr "
            return [P(t), self._a(self.family, "last")]
        if form == "tfull":
            pos, m, f, x = self.title
            t = {"m": m, "f": f}.get(self.gender, x)
            if pos.startswith("suf"):
                return [self._a(self.full_str(), "full")]
            return [P(t), self._a(self.full_str(), "full")]
        raise KeyError(form)

    # ----- derived identifiers
    def handle(self):
        if self._handle is None:
            r = self.rng
            g, f = slug(self.given) or "user", slug(self.family) or "x"
            self._handle = r.choice(
                [
                    f"{g}{f}",
                    f"{g}.{f}",
                    f"{g}_{f}",
                    f"{g}-{f}-{r.randint(10, 99)}",
                    f"{g[0]}{f}{r.randint(1, 999)}",
                    f"{f}{g[:3]}",
                ]
            )
        return self._handle

    def email(self, domain=None):
        r = self.rng
        g, f = slug(self.given) or "info", slug(self.family) or "mail"
        if domain:
            if domain not in self._work:
                self._work[domain] = r.choice([f"{g}.{f}@{domain}", f"{g[0]}.{f}@{domain}", f"{g}{f[0]}@{domain}"])
            return self._work[domain]
        if self._email is None:
            local = r.choice(
                [
                    f"{g}.{f}",
                    f"{g}{f}{r.randint(60, 99)}",
                    f"{g[0]}{f}",
                    f"{f}.{g}",
                    f"{g}_{f}",
                    f"{slug(self.nick or self.given)}{r.randint(1, 2024)}",
                ]
            )
            dom = r.choice(
                [
                    "gmail.com",
                    "outlook.com",
                    "hotmail.co.uk",
                    "yahoo.com",
                    "icloud.com",
                    "proton.me",
                    "web.de",
                    "gmx.de",
                    "orange.fr",
                    "libero.it",
                    "mail.ru",
                    "yandex.ru",
                    "naver.com",
                    "qq.com",
                    "163.com",
                    "yahoo.co.jp",
                    "bigpond.com",
                    "xtra.co.nz",
                    "eircom.net",
                    "rediffmail.com",
                    "uol.com.br",
                    "ukr.net",
                    "hotmail.fr",
                    "live.ca",
                ]
            )
            self._email = f"{local}@{dom}"
        return self._email
