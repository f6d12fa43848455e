"""A case: the people, address, dates and identifiers behind one record, and
the template context (placeholder -> plain text or span emitter)."""

import re

from . import countries, phones
from .addr import emit, emit_read
from .ind_a import MOTOR, VET
from .ind_b import HOUSING, MORTGAGE
from .ind_c import COURIER, OCCHEALTH
from .ind_d import TELECOM, UNIVERSITY
from .lookalike import biz_common, branch_for, currency_for
from .people import email_for, make_person, relative, work_email

INDUSTRIES = [MOTOR, VET, MORTGAGE, HOUSING, OCCHEALTH, COURIER, UNIVERSITY, TELECOM]
FAMILY = ("spouse", "child", "parent", "sibling", "partner")
STREETISH = ("street_address", "unit", "building", "po_box", "landmark")


def org_country(domain, rng):
    if domain.endswith(".ie"):
        return "IE"
    if domain.endswith(".eu"):
        return rng.choice(["NL", "DE", "BE", "PT"])
    if domain.endswith(".au"):
        return "AU"
    return "GB"


class Counter:
    """Person uid source for one record; also remembers given names in use."""

    def __init__(self):
        self.n = 0
        self.names = set()

    def __call__(self):
        self.n += 1
        return self.n


class Case:
    def __init__(self, rng, ind, uid, parent=None):
        self.rng, self.ind, self.uid = rng, ind, uid
        if parent is None:
            self.org, self.domain = rng.choice(ind["orgs"])
            self.team = rng.choice(ind["teams"])
            self.cur = currency_for(self.domain, rng)
        else:
            self.org, self.domain, self.team, self.cur = parent.org, parent.domain, parent.team, parent.cur
        s = make_person(rng, uid(), avoid=uid.names)
        self.people = {"S": s}
        self.addr = countries.make_address(rng, countries.pick_country(rng, s.cul))
        lo, hi = (1995, 2007) if ind["key"] == "university" else (1941, 2004)
        self.dob = phones.rand_date(rng, lo, hi)
        self.phone = phones.make_phone(rng, self.addr.cc)
        self.email = email_for(rng, s, self.addr.cc, self.dob.year)
        for role, rel in ind["roles"]:
            if rel in FAMILY:
                p = relative(rng, uid(), s, rel, avoid=uid.names)
            else:
                p = make_person(rng, uid(), doctor=(rel == "doctor"), avoid=uid.names)
            self.people[role] = p
        self.people["A"] = make_person(rng, uid(), avoid=uid.names)
        occ = org_country(self.domain, rng)
        self.contact = {}
        for role in sorted(self.people):
            if role == "S":
                continue
            p = self.people[role]
            if role == "A":
                self.contact[role] = (phones.make_phone(rng, occ), work_email(rng, p, self.domain))
            else:
                self.contact[role] = (
                    phones.make_phone(rng, self.addr.cc),
                    email_for(rng, p, self.addr.cc, rng.randint(1950, 2004)),
                )
        self.items = ind["items"](rng, self)
        self.biz = biz_common(rng, self.cur)
        self.biz.update(ind["biz"](rng, self))
        self.biz.update(self.items.pop("_biz", {}))
        self.biz["BRANCH"] = branch_for(self.domain, rng)
        self.dob_text = phones.fmt_date(rng, self.dob, self.addr.cc)

    def row_case(self):
        return Case(self.rng, self.ind, self.uid, self)

    def neighbour_addr(self, rng):
        parts = self.addr.parts()
        pick = None
        for want in ("unit", "building", "street_address"):
            for text, kind in parts:
                if kind == want and re.search(r"\d", text):
                    pick = (text, kind)
                    break
            if pick:
                break
        if pick is None:
            return ("LOCATION", "street_address", "House %d" % rng.randint(2, 60))
        text, kind = pick
        for rx in (
            r"(?:No\.|nr\.|n\.º|H\.No\.|Lot|Flat|Apt\.?|Villa|Unit)\s*#?(\d+)",
            r"^(\d+)",
            r"(\d+)[a-zA-Z]?\.?$",
            r"(\d+)",
        ):
            m = re.search(rx, text)
            if m:
                n = int(m.group(1))
                new = n + rng.choice([1, 2, 3]) if n < 3 else n + rng.choice([1, 2, -1, -2])
                return ("LOCATION", kind, text[: m.start(1)] + str(new) + text[m.end(1) :])
        raise AssertionError(text)

    # ------------------------------------------------------------ context
    def ctx(self, rng):
        ctx = {"ORG": self.org, "TEAM": self.team, "DOMAIN": self.domain}
        ctx.update(self.biz)
        for role, p in self.people.items():
            self._person_ctx(ctx, role, p)
        a, cc = self.addr, self.addr.cc

        def only(kinds, fallback):
            def f(d):
                if any(k in kinds for _, k in a.parts()):
                    emit(d, a, ", ", only=kinds)
                else:
                    emit(d, a, ", ", only=fallback, first=True)

            return f

        ctx["ADDR"] = lambda d: emit(d, a, ", ", country=rng.random() < 0.25)
        ctx["ADDR.nl"] = lambda d: emit(
            d, a, "\n", country=rng.random() < 0.5, upper_city=(cc == "GB" and rng.random() < 0.5)
        )
        ctx["ADDR.st"] = only(STREETISH, ("district", "city"))
        ctx["ADDR.city"] = only(("city",), ("district", "region"))
        ctx["ADDR.pc"] = only(("postal_code",), ("city", "district"))
        ctx["ADDR.read"] = lambda d: emit_read(d, a, rng)
        ctx["DOB"] = lambda d: d.s(self.dob_text, "DATE_TIME", "date_of_birth")
        ctx["DOB.w"] = lambda d: d.s(phones.fmt_date(rng, self.dob, None, words_ok=True), "DATE_TIME", "date_of_birth")
        ctx["PHONE"] = lambda d: d.s(self.phone, "PHONE_NUMBER", "personal")
        ctx["PHONE.read"] = lambda d: d.s(phones.read_digits(self.phone, rng), "PHONE_NUMBER", "personal")
        ctx["EMAIL"] = lambda d: d.s(self.email, "EMAIL_ADDRESS", "personal")
        for key, (typ, kind, val) in self.items.items():
            if typ == "LOCATION":
                ctx[key] = lambda d, v=val, k=kind: d.loc(v, k, cc)
            else:
                ctx[key] = lambda d, v=val, t=typ, k=kind: d.s(v, t, k)
        return ctx

    def _person_ctx(self, ctx, r, p):
        def pf(form):
            return lambda d: d.person(p, form)

        def titled(form):
            def f(d):
                d.t(p.title + " ")
                d.person(p, form)

            return f

        for suffix, form in (
            ("", "full"),
            (".g", "given"),
            (".s", "surname"),
            (".i", "initials"),
            (".ib", "initials_bare"),
            (".is", "initial_surname"),
            (".n", "nickname"),
            (".sg", "surname_given"),
            (".gi", "given_initial"),
            (".sp", "spelled"),
            (".fp", "full_plain"),
        ):
            ctx[r + suffix] = pf(form)
        ctx[r + ".ts"] = titled("surname")
        ctx[r + ".tf"] = titled("full")
        ctx[r + ".title"] = p.title
        ctx[r + ".rel"] = p.rel or "contact"
        for k, v in p.pron().items():
            ctx[r + "." + k] = v
        if r != "S":
            ph, em = self.contact[r]
            pk, ek = ("direct_line", "work") if r == "A" else ("personal", "personal")
            ctx[r + ".phone"] = lambda d, v=ph, k=pk: d.s(v, "PHONE_NUMBER", k)
            ctx[r + ".email"] = lambda d, v=em, k=ek: d.s(v, "EMAIL_ADDRESS", k)
