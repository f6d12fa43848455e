"""Person objects, mention forms, personal e-mail addresses and handles."""

import re

from . import names1, names2, names3
from .core import slug

CULTURES = names1.CULTURES + names2.CULTURES + names3.CULTURES
BY_KEY = {c["key"]: c for c in CULTURES}
_GENDERED = ("ov", "ev", "yev", "in", "iev")
REL_WORDS = {
    "spouse": ("husband", "wife"),
    "child": ("son", "daughter"),
    "parent": ("father", "mother"),
    "sibling": ("brother", "sister"),
    "partner": ("partner", "partner"),
}


def _gender_surname(s, gender, cul):
    if cul.get("gs") != "slavic":
        return s
    base = s[:-1] if s.endswith(("ova", "eva", "ina", "yeva")) else s
    if gender == "f" and base.endswith(_GENDERED):
        return base + "a"
    return base


def _initials(text):
    out = []
    for w in re.split(r"[\s\-]+", text):
        letters = [ch for ch in w if ch.isalpha()]
        if letters and letters[0].isupper():
            out.append(letters[0])
    return out


class Person:
    def __init__(self, uid, cul, gender, given, surname, middle, title):
        self.uid = uid
        self.cul = cul
        self.culture = cul["label"]
        self.gender = gender
        self.given = given
        self.surname = surname
        self.middle = middle
        self.title = title
        self.nick = cul.get("nick", {}).get(given)
        self.rel = ""

    def form(self, f):
        g, s = self.given, self.surname
        if f in ("full", "full_plain"):
            if s is None:
                return g
            if self.cul.get("order") == "sfirst":
                return "%s %s" % (s.upper(), g)
            mid = [self.middle] if (self.middle and f == "full") else []
            return " ".join([g] + mid + [s])
        if f == "given":
            return g
        if f == "surname":
            return s or g
        if f == "nickname":
            return self.nick or g.split()[0]
        if f == "initial_surname":
            return "%s %s" % ("".join(c + "." for c in _initials(g)), s) if s else g
        if f == "initials":
            return "".join(c + "." for c in _initials(g) + _initials(s or ""))
        if f == "initials_bare":
            return "".join(_initials(g) + _initials(s or ""))
        if f == "surname_given":
            return "%s, %s" % (s, g) if s else g
        if f == "given_initial":
            ini = _initials(s or "")
            return "%s %s." % (g, ini[0]) if s and ini else g
        if f == "spelled":
            target = s or g
            return " ".join(
                "-".join(ch.upper() for ch in w if ch.isalpha())
                for w in target.split()
                if any(ch.isalpha() for ch in w)
            )
        raise ValueError(f)

    def kind(self, f):
        f = {"initials_bare": "initials", "full_plain": "full"}.get(f, f)
        if self.surname is None and f in (
            "surname",
            "initial_surname",
            "surname_given",
            "given_initial",
            "full",
            "given",
        ):
            return "full" if self.cul.get("mono") else "given"
        if self.surname is None and f == "spelled":
            return "spelled"
        return f

    def pron(self):
        if self.gender == "m":
            return {"he": "he", "his": "his", "him": "him", "He": "He", "His": "His"}
        return {"he": "she", "his": "her", "him": "her", "He": "She", "His": "Her"}


def make_surname(rng, cul, gender):
    if cul.get("pat") == "is":
        return rng.choice(cul["s"]).split("/")[0 if gender == "m" else 1]
    pool = cul["sf"] if (gender == "f" and "sf" in cul) else cul["s"]
    s = rng.choice(pool)
    if rng.random() < cul.get("dbl", 0):
        other = rng.choice([x for x in pool if x != s])
        s = s + " " + other
    elif rng.random() < cul.get("hyph", 0):
        other = rng.choice([x for x in pool if x != s and " " not in x])
        s = s + "-" + other
    return " ".join(_gender_surname(p, gender, cul) for p in s.split(" "))


def make_person(rng, uid, cul=None, gender=None, surname=None, doctor=False, avoid=None):
    cul = cul or rng.choice(CULTURES)
    gender = gender or rng.choice("mf")
    given = rng.choice(cul[gender])
    for _ in range(30):
        if avoid is None or given not in avoid:
            break
        given = rng.choice(cul[gender])
    if avoid is not None:
        avoid.add(given)
    if cul.get("mono") or rng.random() < cul.get("mono_p", 0):
        surname = None
    elif surname is None:
        surname = make_surname(rng, cul, gender)
    elif cul.get("gs") == "slavic":
        surname = " ".join(_gender_surname(p, gender, cul) for p in surname.split(" "))
    middle = None
    pat = cul.get("pat")
    if pat == "ru" and rng.random() < 0.6:
        middle = rng.choice(cul["m"]) + ("ovich" if gender == "m" else "ovna")
    elif pat == "az" and rng.random() < 0.4:
        middle = rng.choice(cul["m"]) + (" oglu" if gender == "m" else " qizi")
    elif pat == "bin" and rng.random() < cul.get("pat_p", 0.5):
        middle = ("bin " if gender == "m" else "bint ") + rng.choice(cul["m"])
    elif cul.get("mid") == "s" and surname and rng.random() < 0.35:
        middle = rng.choice([x for x in cul["s"] if x != surname])
    if doctor:
        title = "Dr"
    elif "titles" in cul:
        title = cul["titles"][gender]
    else:
        title = "Mr" if gender == "m" else rng.choice(["Mrs", "Ms", "Ms", "Miss"])
    return Person(uid, cul, gender, given, surname, middle, title)


def relative(rng, uid, p, rel, avoid=None):
    """A relative of p: same culture; shares the surname where customary."""
    gender = rng.choice("mf")
    cul = p.cul
    shares = (
        p.surname
        and rel in ("spouse", "child", "sibling", "parent")
        and not any(k in cul for k in ("sf", "two", "mono", "mid"))
        and cul.get("pat") != "is"
        and rng.random() < 0.75
    )
    q = make_person(rng, uid, cul, gender, p.surname if shares else None, avoid=avoid)
    q.rel = REL_WORDS.get(rel, ("", ""))[0 if gender == "m" else 1]
    return q


MAIL = {
    "GB": ["btinternet.com", "hotmail.co.uk", "yahoo.co.uk", "sky.com"],
    "IE": ["eircom.net", "gmail.com"],
    "FR": ["orange.fr", "free.fr", "laposte.net"],
    "DE": ["web.de", "gmx.de", "t-online.de"],
    "NL": ["ziggo.nl", "kpnmail.nl"],
    "BE": ["telenet.be", "skynet.be"],
    "ES": ["hotmail.es", "telefonica.net"],
    "IT": ["libero.it", "virgilio.it", "tiscali.it"],
    "PT": ["sapo.pt"],
    "CH": ["bluewin.ch", "gmx.ch"],
    "AT": ["gmx.at", "aon.at"],
    "DK": ["mail.dk"],
    "FO": ["olivant.fo"],
    "NO": ["online.no"],
    "SE": ["telia.com", "bredband.net"],
    "FI": ["kolumbus.fi", "luukku.com"],
    "IS": ["simnet.is"],
    "PL": ["wp.pl", "o2.pl"],
    "RO": ["yahoo.ro"],
    "HU": ["freemail.hu", "citromail.hu"],
    "RU": ["mail.ru", "yandex.ru", "bk.ru"],
    "AZ": ["mail.az"],
    "AU": ["bigpond.com", "optusnet.com.au"],
    "CA": ["shaw.ca", "sympatico.ca"],
    "US": ["aol.com", "comcast.net"],
    "IN": ["rediffmail.com"],
    "ID": ["yahoo.co.id"],
    "CL": ["vtr.net"],
    "JM": ["cwjamaica.com"],
    "AE": ["eim.ae"],
    "IL": ["walla.co.il"],
    "CY": ["cytanet.com.cy"],
    "MT": ["onvol.net"],
    "UG": ["yahoo.com"],
}
GENERIC_MAIL = ["gmail.com", "gmail.com", "outlook.com", "hotmail.com", "yahoo.com", "icloud.com", "proton.me"]


def _parts(p):
    g = slug(p.given.split()[0]) or "user"
    if p.surname is None:
        words = p.given.split()
        return g, (slug(words[-1]) if len(words) > 1 else "")
    return g, slug(p.surname.split()[-1]) or "x"


def email_for(rng, p, cc, yob):
    g, s = _parts(p)
    nick = slug(p.nick) if p.nick else g
    yy = "%02d" % (yob % 100)
    if not s:
        local = rng.choice([g + yy, g + str(yob), g + "." + str(rng.randint(1, 999)), "its." + g + yy])
        return "%s@%s" % (local, rng.choice(MAIL.get(cc, []) + GENERIC_MAIL))
    local = rng.choice(
        [
            g + "." + s,
            g + s + yy,
            g[0] + s,
            s + "." + g + str(rng.randint(1, 99)),
            g + "_" + s,
            nick + str(yob),
            g + "." + s[0] + yy,
            s + g[0] + str(rng.randint(10, 999)),
        ]
    )
    dom = rng.choice(MAIL.get(cc, []) + GENERIC_MAIL)
    return "%s@%s" % (local, dom)


def work_email(rng, p, domain):
    g, s = _parts(p)
    return (
        rng.choice(["%s.%s@%s", "%s%s@%s"]) % (g, s, domain) if rng.random() < 0.8 else "%s.%s@%s" % (g[0], s, domain)
    )


def profile_url(rng, p, yob):
    g, s = _parts(p)
    if not s:
        s = str(yob)
    h = rng.choice(
        [
            g + "." + s,
            g + "_" + s + str(yob % 100),
            s + g[0],
            g + s + str(rng.randint(1, 99)),
            "the_real_" + g,
            g + "." + s[:3],
        ]
    )
    u = rng.choice(
        [
            "https://www.facebook.com/%s",
            "https://instagram.com/%s",
            "https://x.com/%s",
            "https://www.tiktok.com/@%s",
            "https://vk.com/%s",
            "https://t.me/%s",
            "https://github.com/%s",
            "www.facebook.com/%s",
            "instagram.com/%s/",
        ]
    )
    if rng.random() < 0.2:
        return "https://www.linkedin.com/in/%s-%s-%x" % (g, s, rng.randint(0x10000, 0xFFFFF))
    return u % h.replace(".", rng.choice(["_", ""]) if ("x.com" in u or "tiktok" in u) else ".")
