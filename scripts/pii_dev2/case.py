"""One record's cast (customer, third parties, staff), their details, and the token resolver used by styles."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from . import contact as K
from . import ids as I
from .addresses import COUNTRIES, Address, build
from .ind_a import PHARMACY, WATER
from .ind_b import DEBT, IMMIGRATION
from .ind_c import AIRLINE, PROPERTY
from .ind_d import PENSION, SCHOOL
from .people import CULTURES, LATER_FORMS, Person, make_person, mention, pick_culture
from .segs import Seg, Segs, apply, lower
from .words import spoken

INDUSTRIES = [WATER, PHARMACY, IMMIGRATION, DEBT, PROPERTY, AIRLINE, SCHOOL, PENSION]
REL_GENDER = {"son": "m", "daughter": "f", "husband": "m", "wife": "f", "mum": "f", "dad": "m", "stepdad": "m",
              "grandmother": "f", "aunt": "f", "brother": "m", "sister": "f", "mother": "f", "uncle": "m",
              "nephew": "m", "ex-wife": "f", "ex-husband": "m"}  # fmt: skip
FAMILY = [
    "son",
    "daughter",
    "mum",
    "dad",
    "grandmother",
    "aunt",
    "brother",
    "sister",
    "mother",
    "uncle",
    "nephew",
    "cousin",
    "husband",
    "wife",
    "civil partner",
]
PETS = ["Biscuit", "Rocky", "Luna", "Bella", "Shadow", "Tiger", "Coco", "Bruno", "Misty", "Pickles", "Alfie", "Nala"]
CURRENCY = {
    "GB": ["£{a:,.2f}", "£{a:,.0f}", "GBP {a:,.2f}"], "IE": ["€{a:,.2f}", "EUR {a:,.2f}"], "US": ["${a:,.2f}", "USD {a:,.0f}"],
    "CA": ["C${a:,.2f}", "${a:,.2f} CAD"], "AU": ["A${a:,.2f}", "${a:,.0f} AUD"], "PL": ["{s} zł", "PLN {s}"],
    "SE": ["{s} kr", "SEK {s}"], "NO": ["NOK {s}", "kr {s},-"], "DK": ["DKK {s}"], "CZ": ["{s} Kč", "CZK {s}"],
    "IT": ["€ {s}", "{s} €"], "PT": ["{s} €", "EUR {s}"], "ES": ["{s} €"], "KE": ["KES {a:,.0f}", "Ksh {a:,.0f}"],
    "PK": ["PKR {a:,.0f}", "Rs. {a:,.0f}"], "LK": ["LKR {a:,.2f}", "Rs. {a:,.0f}"], "SG": ["S${a:,.2f}"],
    "MY": ["RM {a:,.2f}"], "JM": ["J${a:,.0f}"], "TR": ["₺{s}", "{s} TL"], "NG": ["₦{a:,.0f}"], "FJ": ["FJ${a:,.2f}"],
}  # fmt: skip
SUPPLIERS = [
    "Brightspark Electrical Ltd|Unit 7, Riverside Trading Estate; Mill Road; Leicester LE4 9HY",
    "Aquaflow Pipe Supplies|Bay 12, Humber Industrial Park; Hull HU9 1SD",
    "Medisource Wholesale plc|Medisource House; 3 Commerce Way; Bristol BS11 8DA",
    "Skyway Catering Services|Cargo Terminal 4; Heathrow Airport; Hounslow TW6 3XA",
    "Crownline Print & Mail|Crownline Works; Station Approach; Darlington DL1 4QJ",
    "Ridgeway Facilities Management|Suite 2, Enterprise House; Kingsway; Cardiff CF10 4AA",
]


@dataclass
class Case:
    ind: dict
    pii: bool
    country: str
    org: str
    domain: str
    hq: list[str]
    swb: str
    org_cc: str
    people: dict[str, Person] = field(default_factory=dict)
    titles: dict[str, str] = field(default_factory=dict)
    addr: Address | None = None
    addr2: Address | None = None
    dob: dt.date | None = None
    phones: dict[str, tuple[str, str]] = field(default_factory=dict)
    emails: dict[str, str] = field(default_factory=dict)
    idents: list[I.Ident] = field(default_factory=list)
    ip: str = ""
    url: str = ""
    contact: str = "S"

    @property
    def national(self) -> bool:
        """True when the first identifier is a national id that the styles should always show."""
        return bool(self.idents) and self.idents[0].kind in I.SCHEME_CULTURES


def relative(rng, key: str, base: Person, rel: str, country: str) -> Person:
    gender = REL_GENDER.get(rel, "")
    if rel in FAMILY and rng.random() < 0.9:
        p = make_person(rng, key, base.culture, gender, rel, avoid=base.given)
        spouse = rel in ("husband", "wife", "civil partner")
        if base.order in "we" and p.order in "we" and (not spouse or rng.random() < 0.6):
            p.surname = base.surname
            for m, f in CULTURES[base.culture].surnames:
                if base.surname in (m, f):
                    p.surname = m if p.gender == "m" else f
                    break
        return p
    p = make_person(rng, key, pick_culture(rng, country), gender, rel)
    if rel == "GP" and p.order in "we":
        p.title = "Dr"
    return p


def build_case(rng, ind: dict, pii: bool, scheme: str = "") -> Case:
    country = rng.choice(ind["countries"].split())
    local = [o for o in ind["orgs"] if o.endswith("|" + country)]
    org_line = rng.choice(local if local and rng.random() < 0.75 else ind["orgs"]).split("|")
    case = Case(
        ind,
        pii,
        country,
        org_line[0],
        org_line[1],
        [x.strip() for x in org_line[2].split(";")],
        org_line[3],
        org_line[4],
    )
    if not pii:
        return case
    P = case.people
    culture = rng.choice(I.SCHEME_CULTURES[scheme]) if scheme else pick_culture(rng, country)
    P["S"] = make_person(rng, "S", culture, rel=ind["role"][0])
    for key in ("T1", "T2", "T3"):
        P[key] = relative(rng, key, P["S"], rng.choice(ind["rels"][key]), country)
    for key in ("ST", "ST2"):
        P[key] = make_person(rng, key, pick_culture(rng, case.org_cc, 0.5), rel="staff")
        case.titles[key] = rng.choice(ind["staff_titles"])
    case.contact = ind["recipient"]
    case.addr = build(rng, country)
    if rng.random() < 0.35:
        other = P["S"].home if P["S"].home in COUNTRIES and rng.random() < 0.5 else rng.choice(COUNTRIES)
        case.addr2 = build(rng, other)
    lo, hi = ind["dob"]
    case.dob = K.dob(rng, lo, hi)
    other_key = "T2" if case.contact == "T1" else "T1"
    mob = rng.random() < 0.8
    case.phones = {case.contact: (K.phone(rng, country, mob), "mobile" if mob else "landline")}
    case.phones[other_key] = (K.phone(rng, country if rng.random() < 0.75 else P[other_key].home), "mobile")
    case.phones["ST"] = (K.phone(rng, case.org_cc, False), "direct_line")
    case.emails = {
        case.contact: K.email(rng, P[case.contact], country),
        "ST": K.staff_email(P["ST"], case.domain),
        "ST2": K.staff_email(P["ST2"], case.domain),
    }
    kinds: list[str] = []
    for k in rng.sample(ind["ids"], len(ind["ids"])):
        if k not in kinds and len(kinds) < rng.choice([1, 2, 2, 3]):
            kinds.append(k)
    pat = {"case_ref": ind["case_pat"], "claim_id": ind["claim_pat"]}
    kinds = [local_kind(rng, k, country, case.addr) for k in kinds]
    if scheme:
        kinds = [scheme, *[k for k in kinds if k not in ("national_id", "ni_number")][:2]]
    case.idents = [I.make(rng, k, P["S"], case.dob, country, pat.get(k, "")) for k in dict.fromkeys(kinds)]
    case.ip = K.ipv4(rng) if rng.random() < 0.7 else K.ipv6(rng)
    case.url = K.profile_url(rng, P[case.contact])
    return case


def local_kind(rng, kind: str, country: str, addr: Address) -> str:
    """Swap identifiers that only exist in one country for the local equivalent."""
    if country != "GB":
        return {
            "bank_account": "iban",
            "nhs_number": "hospital_number",
            "chi_number": "prescription_number",
            "ni_number": "national_id",
        }.get(kind, kind)
    if kind == "chi_number" and addr.town() not in ("Glasgow", "Inverness"):
        return "nhs_number"
    if kind in ("iban", "hospital_number") and rng.random() < 0.5:
        return {"iban": "bank_account", "hospital_number": "nhs_number"}[kind]
    return kind


def amount(rng, cc: str) -> str:
    if cc not in CURRENCY or rng.random() < 0.2:
        cc = rng.choice(list(CURRENCY))
    a = round(rng.choice([rng.uniform(5, 120), rng.uniform(100, 2500), rng.uniform(1000, 60000)]), 2)
    s = f"{a:,.2f}".replace(",", " ").replace(".", ",") if rng.random() < 0.6 else f"{int(a):,}".replace(",", " ")
    if cc == "TR":
        s = f"{a:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return rng.choice(CURRENCY[cc]).format(a=a, s=s)


def bdate(rng) -> str:
    d = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randint(0, 800))
    mon = K.MONTHS[d.month - 1]
    return rng.choice([f"{d.day:02d}/{d.month:02d}", f"{d.day:02d}/{d.month:02d}/{d.year}", d.isoformat(), f"{d:%a} {d.day} {mon[:3]}",
                       f"{d.day} {mon} {d.year}", f"{d.day}/{d.month}", f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day:02d}-{mon[:3]}-{d.year % 100}"])  # fmt: skip


def btime(rng) -> str:
    h, m = rng.randint(7, 21), rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50, 55])
    return rng.choice(
        [
            f"{h:02d}:{m:02d}",
            f"{(h - 1) % 12 + 1}.{m:02d}{'am' if h < 12 else 'pm'}",
            f"{h:02d}{m:02d}",
            f"{(h - 1) % 12 + 1}:{m:02d} {'am' if h < 12 else 'pm'}",
        ]
    )


FIRST = {"short": ["full", "full", "sur", "init"], "caps": ["caps", "full", "caps"], "formal": ["full", "mrfull"],
         "chat": ["given", "full", "gi", "nick"], "narr": ["full", "full", "mrfull"], "spoken": ["full"], "audit": ["full"]}  # fmt: skip
PRONOUNS = {"they": ("he", "she"), "their": ("his", "her"), "them": ("him", "her")}


class Ctx:
    """Resolve template tokens for one case in one register (short, caps, formal, chat, narr, spoken, audit)."""

    def __init__(self, rng, case: Case, register: str):
        self.rng, self.case, self.reg = rng, case, register
        self.seen: dict[str, bool] = {}
        self.lower_p = {"short": 0.35, "chat": 0.5}.get(register, 0.0)

    def person(self, key: str, form: str) -> Segs:
        rng, p = self.rng, self.case.people[key]
        if form == "given" and p.nick and self.reg in ("chat", "short") and rng.random() < 0.5:
            form = "nick"
        if form == "any":
            if key in self.seen:
                form = rng.choice(LATER_FORMS["formal" if self.reg in ("audit", "spoken") else self.reg])
            else:
                form = rng.choice(FIRST[self.reg])
        self.seen[key] = True
        segs = mention(p, form)
        if self.lower_p and rng.random() < self.lower_p:
            segs = apply(segs, lower, only_ann=True)
        return segs

    def phone(self, key: str) -> Segs:
        num, kind = self.case.phones[key]
        if self.reg == "spoken":
            return [Seg(K.spoken_digits(self.rng, num), "PHONE_NUMBER", "spoken")]
        return [Seg(num, "PHONE_NUMBER", kind)]

    def __call__(self, tok: str) -> Segs | str:
        c, rng, ind = self.case, self.rng, self.case.ind
        if "." in tok:
            key, attr = tok.split(".")
            p = c.people[key]
            if attr == "rel":
                return p.rel
            if attr == "title":
                return c.titles.get(key, "")
            if attr in PRONOUNS:
                return PRONOUNS[attr][0 if p.gender == "m" else 1]
            return self.person(key, attr)
        simple = {
            "REF": lambda: I.pattern(rng, rng.choice(ind["ref"])),
            "LA": lambda: I.pattern(rng, rng.choice(ind["la"])),
            "FLT": lambda: I.pattern(rng, rng.choice(ind.get("flight", ind["la"]))),
            "AMT": lambda: amount(rng, c.country),
            "BDATE": lambda: bdate(rng),
            "TIME": lambda: btime(rng),
            "BR": lambda: rng.choice(ind["branches"]),
            "ORG": lambda: c.org,
            "LAW": lambda: rng.choice(ind["laws"]),
            "PROD": lambda: rng.choice(ind["prods"]),
            "ROLE": lambda: ind["role"][0][0].upper() + ind["role"][0][1:],
            "SROLE": lambda: ind["role"][1],
            "WEB": lambda: rng.choice([f"www.{c.domain}", f"https://www.{c.domain}/contact", f"{c.domain}/help"]),
            "MBOX": lambda: (
                rng.choice(["info", "noreply", "customer.services", "enquiries", "no-reply", "complaints"])
                + "@"
                + c.domain
            ),
            "SWB": lambda: c.swb,
            "PET": lambda: rng.choice(PETS),
            "STATUS": lambda: rng.choice(ind["statuses"]),
        }
        if tok in simple:
            return simple[tok]()
        if tok == "PHONE":
            return self.phone(c.contact)
        if tok == "PHONE2":
            return self.phone("T2" if c.contact == "T1" else "T1")
        if tok in ("ADDR", "ADDR2"):
            a = c.addr if tok == "ADDR" or c.addr2 is None else c.addr2
            assert a is not None
            return (spoken(a) if self.reg == "spoken" else a).one_line()
        if tok == "TOWN":
            assert c.addr is not None
            town = c.addr.comp("city") or c.addr.comp("postal_code")
            return [town] if town else "town"
        if tok == "EMAIL":
            e = c.emails[c.contact]
            return (
                [Seg(K.spoken_email(rng, e), "EMAIL_ADDRESS", "spoken")]
                if self.reg == "spoken"
                else [Seg(e, "EMAIL_ADDRESS", "personal")]
            )
        if tok == "DOB":
            assert c.dob is not None
            fam = {"caps": "caps", "spoken": "spoken", "audit": "iso"}.get(self.reg) or rng.choice(
                ["uk", "uk", "uk", "us", "iso"]
            )
            return [K.dob_seg(rng, c.dob, fam)]
        raise KeyError(tok)


def ident_segs(rng, ident: I.Ident, mode: str = "label") -> Segs:
    if mode == "bare":
        return list(ident.value)
    if mode == "kv":
        return [Seg(ident.kind + "="), *ident.value]
    lab = rng.choice(ident.labels)
    sep = " " if lab.endswith(":") else rng.choice([" ", ": ", " "])
    return [Seg(lab + sep), *ident.value]
