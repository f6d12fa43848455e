"""Per-record context: people, cached facts, business look-alikes and placeholder resolution."""

import datetime

from . import dates_web as D
from . import idents as I
from .addresses import address, inline
from .people import Person
from .seg import A, P

CURRENCY = [
    "£{a:,.2f}",
    "€{a:,.2f}",
    "USD {a:,.2f}",
    "${a:,.2f}",
    "₹{a:,.0f}",
    "R {a:,.2f}",
    "¥{a:,.0f}",
    "AED {a:,.2f}",
    "NZ${a:,.2f}",
    "R$ {a:,.2f}",
    "EUR {a:,.2f}",
    "GBP {a:,.2f}",
]


def biz_date(r):
    d = datetime.date(2024, 1, 1) + datetime.timedelta(days=r.randint(0, 600))
    return r.choice(
        [
            d.strftime("%d/%m/%Y"),
            d.isoformat(),
            f"{d.day} {I.MONTHS[d.month - 1][:3]} {d.year}",
            f"{I.MONTHS[d.month - 1]} {d.day}, {d.year}",
            d.strftime("%d.%m.%y"),
            f"{d.day:02d}/{d.month:02d}",
            d.strftime("%a %d %b"),
            f"{d.day}{d.strftime('%b').upper()}{d.year % 100}",
        ]
    )


COMMON = {
    "DATE": biz_date,
    "DATE2": biz_date,
    "TIME": lambda r: r.choice(
        [
            f"{r.randint(7, 19):02d}:{r.choice(['00', '15', '30', '45', '05', '52'])}",
            f"{r.randint(1, 11)}.{r.choice(['00', '30', '15'])}{r.choice(['am', 'pm', ' PM'])}",
            f"{r.randint(0, 23):02d}{r.randint(0, 59):02d}Z",
        ]
    ),
    "AMT": lambda r: r.choice(CURRENCY).format(a=r.randint(5, 4800) + r.choice([0, 0.5, 0.99, 0.25])),
    "YEAR": lambda r: str(r.randint(1950, 1990)),
    "ticket": lambda r: r.choice(["INC", "TKT-", "SR", "CS-", "#"]) + I.dg(r, r.choice([6, 7])),
    "inv": lambda r: r.choice(["INV-2024-", "INV", "SI/25/", "FAC-"]) + I.dg(r, 5),
    "order": lambda r: f"ORD-{r.randint(2023, 2025)}-{I.dg(r, 6)}",
    "ver": lambda r: f"{r.randint(1, 12)}.{r.randint(0, 20)}.{r.randint(0, 9)}",
    "room": lambda r: r.choice(["Room 2.14", "Meeting Room B", "Rm 104", "Suite 3", "Interview Room 6"]),
}


class Env:
    """Resolves template placeholders to segments for one record (or one table row)."""

    def __init__(self, ctx, client=None):
        self.ctx = ctx
        self.client = client
        self.facts = {}

    def __getitem__(self, name):
        c = self.ctx
        r = c.rng
        if name in ("ORG", "BRANCH", "ROLE", "ROLE2", "SITE", "TOPIC"):
            return [P(c.plain[name])]
        if name in COMMON and name[0].isupper():
            return [P(COMMON[name](r))]
        if name.startswith("L:"):
            key = name[2:]
            fresh = key.endswith("!")
            key = key.rstrip("!")
            if fresh or key not in c.look_cache:
                gen = c.ind["look"].get(key) or COMMON[key]
                c.look_cache[key] = gen(r)
            return [P(c.look_cache[key])]
        if name.startswith(("F:", "Fs:")):
            spoken = name.startswith("Fs:")
            key = name.split(":", 1)[1]
            val = self.fact(key)
            if not spoken:
                return val
            if len(val) != 1:
                return val
            text, ann = val[0]
            if ann["type"] == "EMAIL_ADDRESS":
                said = text.replace(".", " dot ").replace("@", " at ").replace("_", " underscore ")
            elif ann["type"] == "DATE_TIME":
                said = D.date_str(r, self.facts["_dob"], spoken=True)
            else:
                said = I.spell(text, r)
            return [A(said, ann["type"], ann["kind"] + "_spoken")]
        who, form = name.split(".", 1)
        person = self.client if who == "C" and self.client else c.people[who]
        if form == "email":
            return [A(person.email(c.plain["DOMAIN"]), "EMAIL_ADDRESS", "work")]
        if form == "phone":
            if "_sphone" + who not in self.facts:
                self.facts["_sphone" + who] = I.phone(r, c.locale)
            return [A(self.facts["_sphone" + who], "PHONE_NUMBER", "work_direct")]
        return person.mention(form)

    def fact(self, key):
        if key in self.facts:
            return self.facts[key]
        c, r, loc = self.ctx, self.ctx.rng, self.ctx.locale
        person = self.client or c.people["C"]
        dob = self.facts.setdefault("_dob", D.random_dob(r, young=c.ind["name"] == "university_admin"))
        if key in c.ind["ids"]:
            t, k, v = c.ind["ids"][key](r, loc)
            segs = [A(v, t, k)]
        elif key == "phone":
            segs = [A(I.phone(r, loc if r.random() < 0.8 else r.choice(I.LOCALES)), "PHONE_NUMBER", "phone")]
        elif key == "email":
            segs = [A(person.email(), "EMAIL_ADDRESS", "personal")]
        elif key == "dob":
            segs = [A(D.date_str(r, dob), "DATE_TIME", "dob")]
        elif key == "addr":
            segs = inline(self.addr_lines())
        elif key == "natid":
            segs = [_nat(r, loc, dob)]
        elif key == "passport":
            t, k, v = I.passport(r, r.choice([loc, loc, c.ind.get("pp_alt", "GB")]))
            segs = [A(v, t, k)]
        elif key == "licence":
            t, k, v = I.licence(r, loc, person, dob)
            segs = [A(v, t, k)]
        elif key == "plate":
            t, k, v = I.plate(r, loc if loc in ("GB", "DE", "FR", "US", "IN", "BR", "AU", "IE", "JP", "ES") else None)
            segs = [A(v, t, k)]
        elif key == "ip":
            segs = [A(D.ipv4(r), "IP_ADDRESS", "ipv4")]
        elif key == "ipv6":
            segs = [A(D.ipv6(r), "IP_ADDRESS", "ipv6")]
        elif key == "url":
            segs = [A(D.profile_url(r, person.handle()), "URL", "profile")]
        elif key == "card":
            segs = [A(I.card(r), "CREDIT_CARD", "card_number")]
        elif key == "card4":
            segs = [A(I.card(r, 0)[-4:], "CREDIT_CARD", "card_masked")]
        elif key == "cardmask":
            segs = [
                A(
                    r.choice(["**** **** **** ", "XXXX-XXXX-XXXX-", "************"]) + I.card(r, 0)[-4:],
                    "CREDIT_CARD",
                    "card_masked",
                )
            ]
        elif key == "iban":
            segs = [A(I.iban(r), "IBAN_CODE", "iban")]
        elif key == "bankacct":
            segs = [A(I.bank_account(r, loc), "ACCOUNT_NUMBER", "bank_account")]
        elif key == "acct4":
            segs = [A(I.dg(r, 4), "ACCOUNT_NUMBER", "bank_account_masked")]
        else:
            raise KeyError(key)
        self.facts[key] = segs
        return segs

    def addr_lines(self):
        if "_addr" not in self.facts:
            self.facts["_addr"] = address(self.ctx.rng, self.ctx.locale)
        return self.facts["_addr"]


def _nat(r, loc, dob):
    t, k, v = I.national_id(r, loc, dob)
    return A(v, t, k)


class Ctx:
    """Everything a style renderer needs for one record."""

    def __init__(self, rng, ind, neg):
        self.rng, self.ind, self.neg = rng, ind, neg
        self.locale = rng.choice(ind["locales"])
        k = rng.randrange(len(ind["orgs"]))
        org, domain = ind["orgs"][k]
        self.plain = {
            "ORG": org,
            "DOMAIN": domain,
            "SITE": rng.choice(["https://www.", "www.", ""]) + domain,
            "BRANCH": ind["branches"][k] if rng.random() < 0.7 else rng.choice(ind["branches"]),
            "ROLE": rng.choice(ind["roles"]),
            "ROLE2": rng.choice(ind["roles"]),
            "TOPIC": rng.choice(ind["topics"]),
        }
        self.look_cache = {}
        self.people = {}
        if not neg:
            for key in ("C", "S", "T", "R"):
                self.people[key] = Person(rng, key)
        self.env = Env(self, None)

    def sentences(self, register, n):
        """n distinct template sentences of a register (negatives use the industry's neutral set)."""
        pool = self.ind["neg"] if self.neg else self.ind[register]
        picks = self.rng.sample(pool, min(n, len(pool)))
        from .seg import fill

        return [fill(t, self.env) for t in picks]
