"""Per-record context: people, addresses, facts, template values (or look-alikes for no-PII records)."""

from . import lookalikes as LK
from .addr_b import address
from .idents import Fact, dob_fact, email_fact, ip_fact, make_dob, phone_fact, url_fact
from .natids import national_fact
from .persons import make_person

ADDR_LABELS = {
    "home": ["Home address", "Address", "Residential address", "addr", "Home addr."],
    "mailing": ["Mailing address", "Correspondence address", "Postal address", "c/o address"],
    "delivery": ["Delivery address", "Deliver to", "Ship-to address"],
    "previous": ["Previous address", "Prev. address", "Former address", "Old address"],
}
GENDERED = {
    "mother": "f",
    "wife": "f",
    "widow": "f",
    "daughter": "f",
    "niece": "f",
    "grandmother": "f",
    "father": "m",
    "husband": "m",
    "ex-husband": "m",
    "son": "m",
    "brother": "m",
}
SUPPLY = {"energy_retailer": "Supply address", "letting_agency": "Property address"}


class Ctx:
    def __init__(self, rng, ind, nopii, style):
        self.r = r = rng
        self.ind = ind
        self.nopii = nopii
        self.style = style
        self.org, self.domain, self.branch = r.choice(ind["orgs"])
        self.crole = ind["crole"]
        self.p2role = r.choice(ind["p2roles"])
        self.srole = r.choice(ind["sroles"])
        self.people = {}
        self.facts, self.p2facts, self.addresses = [], [], []
        if nopii:
            self._lookalikes()
        else:
            self._pii()
        self.tmpl = {
            "P1": lambda f: self.who("P1", f),
            "P2": lambda f: self.who("P2", f),
            "S": lambda f: self.who("S", f),
            "ORG": self.org,
            "BRANCH": self.branch,
            "REF": lambda f: [(LK.ref(r), None)],
            "AMT": lambda f: [(LK.amount(r), None)],
            "BDATE": lambda f: [(LK.bdate(r), None)],
            "STAT": lambda f: [(r.choice(LK.STATUTES), None)],
            "BRAND": lambda f: [(r.choice(LK.BRANDS), None)],
            "NW": lambda f: [(r.choice(LK.NAME_WORDS), None)],
            "PROD": lambda f: [(r.choice(LK.PRODUCTS), None)],
        }

    # ------------------------------------------------------------------
    def _pii(self):
        r = self.r
        cc_bias = None
        p1 = make_person(r, "p1")
        self.people["P1"] = p1
        if r.random() < 0.7:
            g = GENDERED.get(self.p2role.split()[-1])
            self.people["P2"] = make_person(r, "p2", culture=p1.culture if r.random() < 0.5 else None, gender=g)
        if r.random() < 0.85:
            self.people["S"] = make_person(r, "p%d" % (len(self.people) + 1))
        lo, hi = (2008, 2020) if self.ind["key"] == "school_admissions" else (1932, 2004)
        self.dob = make_dob(r, lo, hi)
        cc = p1.country if r.random() < 0.4 else None
        acc, lines = address(r, cc)
        self.cc = acc
        kind = r.choice(["home"] * 4 + ["mailing", "delivery"])
        lab = SUPPLY.get(self.ind["key"]) if r.random() < 0.5 else None
        self.addresses.append((lab or r.choice(ADDR_LABELS[kind]), lines))
        if r.random() < 0.3:
            _, l2 = address(r, acc if r.random() < 0.5 else None)
            self.addresses.append((r.choice(ADDR_LABELS["previous"] + ADDR_LABELS["mailing"]), l2))
        f = self.facts
        if r.random() < 0.85:
            f.append(dob_fact(r, self.dob, acc))
        if r.random() < 0.75:
            f.append(phone_fact(r, acc if r.random() < 0.6 else p1.country))
        if r.random() < 0.6:
            f.append(email_fact(r, p1))
        f.extend(self.ind["ids"](r, p1, self.dob, acc))
        if r.random() < 0.4 and not any(x.key in ("natid", "ssn") for x in f):
            f.append(national_fact(r, p1, self.dob, "US" if acc == "US" and r.random() < 0.7 else None))
        if r.random() < 0.08:
            f.append(ip_fact(r))
        if r.random() < 0.06:
            f.append(url_fact(r, p1))
        if r.random() < 0.05 and acc != "US":
            from .checks import us_ssn
            from .idents import info

            f.append(Fact("ssn", ["SSN", "US SSN"], [(us_ssn(r), info("US_SSN", "ssn"))]))
        r.shuffle(f)
        if "P2" in self.people:
            p2 = self.people["P2"]
            if r.random() < 0.5:
                self.p2facts.append(phone_fact(r, acc))
            if r.random() < 0.3:
                self.p2facts.append(email_fact(r, p2))
            if r.random() < 0.25:
                self.p2facts.append(dob_fact(r, make_dob(r), acc))
            if r.random() < 0.15:
                self.p2facts.append(national_fact(r, p2, make_dob(r)))
        if "S" in self.people:
            self.staff_email = email_fact(r, self.people["S"], self.domain, "staff")
        else:
            self.staff_email = None

    def _lookalikes(self):
        r = self.r
        self.cc = None
        self.dob = None
        f = self.facts
        for kind in r.sample(
            ["inv", "order", "ticket", "track", "sku", "asset", "pnr", "flight", "meter", "batch"], r.randint(3, 6)
        ):
            val = LK.ref(r, kind)
            lab = {
                "inv": "Invoice",
                "order": "Order",
                "ticket": "Ticket",
                "track": "Tracking no.",
                "sku": "Item",
                "asset": "Asset",
                "pnr": "Booking",
                "flight": "Flight",
                "meter": "Meter",
                "batch": "Batch",
            }[kind]
            f.append(Fact(kind, [lab, lab.lower(), lab + " ref"], [(val, None)]))
        f.append(
            Fact("bdate", ["Date", "Invoice date", "Service date", "Due date", "Effective from"], [(LK.bdate(r), None)])
        )
        f.append(Fact("amt", ["Amount", "Total", "Balance", "Fee", "Amount due"], [(LK.amount(r), None)]))
        if r.random() < 0.6:
            f.append(Fact("stat", ["Ref", "Statute", "Rule", "Per"], [(r.choice(LK.STATUTES), None)]))
        if r.random() < 0.5:
            f.append(Fact("brand", ["Supplier", "Brand", "Vendor", "Partner"], [(r.choice(LK.BRANDS), None)]))
        if r.random() < 0.5:
            f.append(Fact("nw", ["Programme", "Product", "Scheme"], [(r.choice(LK.NAME_WORDS), None)]))
        r.shuffle(f)
        self.addresses.append(
            (
                r.choice(["Branch address", "Office", "Our office", "Branch", "Depot"]),
                [[(part.strip(), None)] for part in self.branch.split(",")],
            )
        )
        self.staff_email = None

    # ------------------------------------------------------------------
    def has(self, key):
        return key in self.people

    def who(self, key, form=None):
        if key in self.people:
            return self.people[key].mention(form)
        r = self.r
        role = {"P1": self.crole, "P2": self.p2role, "S": self.srole}[key]
        if form in ("cap", "label"):
            return [(role[:1].upper() + role[1:], None)]
        if form in ("given", "full", "title_full", "title", "init_family"):
            return [("the " + role, None)]
        return [(r.choice(["the ", "the ", "our "]) + role, None)]

    def topic(self):
        return self.r.choice(self.ind["nopii"] if self.nopii else self.ind["topics"])
