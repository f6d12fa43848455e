"""Render templates into annotated fragments, assemble records, and check them."""

import datetime as dt
import random
import re

from . import P, T, addresses, cat, flat, labels, names, styles
from . import identifiers as ids
from . import lookalikes as la
from .industries import INDUSTRIES

SEED = "pii-dev-2024"
N_RECORDS = 480
KEY = re.compile(r"\{([a-z][A-Za-z0-9_.@]*)\}")
IDS = {
    "dob",
    "ssn",
    "natid",
    "tax",
    "passport",
    "licence",
    "plate",
    "vin",
    "claim",
    "policy",
    "mrn",
    "acct",
    "acct4",
    "member",
    "iban",
    "card",
    "card4",
    "ip",
    "ip6",
    "emp",
    "student",
    "upn",
    "caseref",
    "ffn",
    "health",
    "badge",
    "tenant",
}
ALLOWED = {
    "PERSON",
    "LOCATION",
    "DATE_TIME",
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "US_SSN",
    "CREDIT_CARD",
    "IBAN_CODE",
    "IP_ADDRESS",
    "URL",
    "CLAIM_ID",
    "POLICY_NUMBER",
    "MRN",
    "ACCOUNT_NUMBER",
    "ID",
}


class Ctx:
    """Everything one record knows: its people, their details, cached values."""

    def __init__(self, rng, ind, country, pii):
        self.rng, self.ind, self.country, self.pii = rng, ind, country, pii
        self.people, self.cache, self.spoken = {}, {}, False
        fits = [c for c in ind["companies"] if len(c) < 4 or country in c[3].split()]
        self.company, self.domain, self.code = rng.choice(fits or [c for c in ind["companies"] if len(c) < 4])[:3]
        self.cust = ind.get("customer", "p1")

    # ------------------------------------------------------------ templates
    def render(self, tpl):
        out, pos = [], 0
        for m in KEY.finditer(tpl):
            out.extend(T(tpl[pos : m.start()]))
            out.extend(self.resolve(m.group(1)))
            pos = m.end()
        out.extend(T(tpl[pos:]))
        return out

    def resolve(self, key):
        labelled = key.endswith("@")
        key = key.rstrip("@")
        if "." in key:
            pk, attr = key.split(".", 1)
            return self.person_attr(pk, attr, labelled)
        name, idx = key, 1
        if key not in IDS:
            m = re.fullmatch(r"([a-z_]+?)(\d*)", key)
            name, idx = m.group(1), int(m.group(2) or 1)
        if name in IDS:
            return self.ident(name, idx, labelled)
        return T(self.look(name, idx))

    # ------------------------------------------------------------ people
    def person(self, pk):
        if not self.pii:
            raise AssertionError(f"person {pk} used in a no-PII record ({self.ind['name']})")
        if pk not in self.people:
            rng = self.rng
            row = pk[0] == "p" and int(pk[1:]) >= 10  # people listed in CSV rows are unrelated to each other
            base_key = None if row else self.ind.get("family", {}).get(pk)
            base = self.person(base_key) if base_key else None
            taken = {q.full() for q in self.people.values()}
            for _ in range(20):
                if base and rng.random() < 0.75:
                    p = names.Person(rng, base.culture, family_of=base)
                else:
                    p = names.Person(rng, names.pick_culture(rng, self.country))
                if p.full() not in taken and p.given not in {q.given for q in self.people.values()}:
                    break
            ages = self.ind.get("ages", {})
            lo, hi = ages.get("row" if row else pk, (18, 92) if pk[0] == "p" else (21, 66))
            p.age = rng.randint(lo, hi)
            p.dob = dt.date(2024 - p.age, 1, 1) + dt.timedelta(days=rng.randint(0, 364))
            p.address = base.address if base and pk in self.ind.get("same_addr", ()) else None
            self.people[pk] = p
        return self.people[pk]

    def person_attr(self, pk, attr, labelled):
        p, rng = self.person(pk), self.rng

        def name(text, kind):
            return P(text, "PERSON", kind, person=pk, culture=p.culture)

        if attr == "full":
            out = name(p.full(), "full")
        elif attr == "first":
            out = name(p.first(), "first")
        elif attr == "last":
            out = name(p.last(), "last" if p.family else "full")
        elif attr == "nick":
            out = name(p.nick(), "nickname" if p.nickname else "first")
        elif attr == "init":
            s = p.initials_form()
            out = name(s, "full" if s == p.full() else "initials")
        elif attr == "ini":
            s = p.bare_initials()
            out = name(s, "last" if p.c["script"] else "initials")
        elif attr == "title":
            out = T(p.title if not p.title.startswith("-") else ("Mr" if p.gender == "m" else "Ms"))
        elif attr == "ref":
            if p.title.startswith("-"):
                out = cat(name(p.last(), "last"), p.title)
            elif p.culture == "turkish" and rng.random() < 0.5:
                out = cat(name(p.first(), "first"), " Bey" if p.gender == "m" else " Hanım")
            else:
                out = cat(p.title + " ", name(p.last(), "last" if p.family else "full"))
        elif attr == "tfull":
            t = p.title if not p.title.startswith("-") else ("Mr" if p.gender == "m" else "Ms")
            out = cat(t + " ", name(p.full(), "full"))
        elif attr in ("email", "wemail"):
            k = "_" + attr
            if not hasattr(p, k):
                setattr(p, k, ids.email(rng, p, self.country, self.domain if attr == "wemail" else None))
            v = getattr(p, k)
            out = P(
                ids.spoken_email(v) if self.spoken and rng.random() < 0.6 else v,
                "EMAIL_ADDRESS",
                "work" if attr == "wemail" else "personal",
            )
        elif attr in ("phone", "wphone"):
            k = "_" + attr
            if not hasattr(p, k):
                setattr(p, k, ids.phone(rng, self.country))
            v = getattr(p, k)
            out = P(
                ids.spell(v, rng) if self.spoken and rng.random() < 0.6 else v,
                "PHONE_NUMBER",
                "work direct" if attr == "wphone" else "personal",
            )
        elif attr == "addr2":
            if not hasattr(p, "address2"):
                p.address2 = addresses.make(rng, self.country)
            out = p.address2.frag()
        elif attr in ("addr", "addrml", "city", "region", "postcode"):
            if p.address is None:
                p.address = addresses.make(rng, self.country)
            if attr in ("addr", "addrml"):
                out = p.address.frag(ml=attr == "addrml")
            else:
                kind = {"city": "city", "region": "region", "postcode": "postal_code"}[attr]
                parts = [(t, k) for line in p.address.lines for t, k in line if k == kind]
                parts = parts or [(t, k) for line in p.address.lines for t, k in line if k == "city"]
                out = P(parts[-1][0], "LOCATION", parts[-1][1], country=p.address.country)
        elif attr == "url":
            if not hasattr(p, "_url"):
                p._url = ids.profile_url(rng, p)
            out = P(p._url[1], "URL", p._url[0])
        elif attr == "age":
            out = T(str(p.age))
        elif attr in ("pron", "poss", "obj", "mum", "kid", "spouse", "sex"):
            out = T(p.pron(attr))
        elif attr in ("Pron", "Poss"):
            out = T(p.pron(attr.lower()).capitalize())
        else:
            raise KeyError(attr)
        if labelled:
            label = labels.spoken_label(rng, attr) if self.spoken else labels.pick(rng, attr, self.country)
            out = labels.attach(rng, label, out, self.spoken)
        return out

    # ------------------------------------------------------------ identifiers and look-alikes
    def ident(self, name, idx, labelled):
        if name == "ssn" and self.country != "US":
            name = "natid"
        p = self.person(f"p{idx}")
        ck = ("id", name, idx)
        if ck not in self.cache:
            style = self.cache.setdefault(("fmt", name), self.rng.randrange(840))
            self.cache[ck] = ids.make(name, self.rng, self.country, p, self.code, style)
        typ, kind, value = self.cache[ck]
        text = value
        if self.spoken and self.rng.random() < 0.55:
            text = ids.spoken_date(p.dob, self.rng) if name == "dob" else ids.spell(value, self.rng)
        out = P(text, typ, kind)
        if labelled:
            if self.spoken:
                label = labels.spoken_label(self.rng, name)
            else:
                label = labels.pick(
                    self.rng, name if not (name == "natid" and self.country == "US") else "ssn", self.country
                )
            out = labels.attach(self.rng, label, out, self.spoken)
        return out

    def look(self, name, idx):
        ck = ("la", name, idx)
        if ck not in self.cache:
            rng, extras = self.rng, self.ind.get("extras", {})
            if name in extras:
                e = extras[name]
                v = e(rng) if callable(e) else rng.choice(e)
            elif name == "company":
                v = self.company
            elif name == "cdomain":
                v = self.domain
            elif name == "cemail":
                v = f"{rng.choice(self.ind['mailboxes'])}@{self.domain}"
            elif name == "cphone":
                v = ids.phone(rng, self.country)
            elif name in ("caddr", "caddrml"):
                v = flat(addresses.make(rng, self.country).frag(ml=name == "caddrml"))
            else:
                v = la.make(name, rng, self.country)
            self.cache[ck] = v
        return self.cache[ck]


# ---------------------------------------------------------------- plan and records
def plan():
    """Balanced (industry, style) pairs; every 5th record is a no-PII record."""
    rng = random.Random(f"{SEED}-plan")
    inds, sts = sorted(INDUSTRIES), sorted(styles.STYLES)
    pairs = [(i, s) for i in inds for s in sts]
    pii_seq = []
    while len(pii_seq) < N_RECORDS:
        block = pairs[:]
        rng.shuffle(block)
        pii_seq.extend(block)
    np_seq = pairs[:]
    rng.shuffle(np_seq)
    out, a, b = [], 0, 0
    for i in range(N_RECORDS):
        if (i + 1) % 5 == 0:
            out.append(np_seq[b % len(np_seq)] + (False,))
            b += 1
        else:
            out.append(pii_seq[a] + (True,))
            a += 1
    return out


NAME_JOIN = re.compile(r"^(\s|, ?|/)$")


def merge_names(frag):
    """'Okafor, Grace', 'OKAFOR/GRACE', 'Grace Okafor' written as two parts are one full-name span."""
    out = []
    for seg in frag:
        if (
            len(out) >= 2
            and seg[1]
            and seg[1]["type"] == "PERSON"
            and out[-1][1] is None
            and NAME_JOIN.match(out[-1][0])
            and out[-2][1]
            and out[-2][1]["type"] == "PERSON"
            and out[-2][1]["person"] == seg[1]["person"]
        ):
            sep = out.pop()
            first = out.pop()
            out.append((first[0] + sep[0] + seg[0], dict(first[1], kind="full")))
        else:
            out.append(seg)
    return out


def finish(frag):
    """Join the fragment; return text, spans and the intended value of each span."""
    frag = merge_names([seg for seg in frag if seg[0]])
    text, spans, intended, order = "", [], [], {}
    for seg, meta in frag:
        if meta is not None and seg:
            span = {"start": len(text), "end": len(text) + len(seg), "type": meta["type"], "kind": meta["kind"]}
            if meta["type"] == "PERSON":
                pk = meta["person"]
                order.setdefault(pk, f"p{len(order) + 1}")
                span["id"], span["culture"] = order[pk], meta["culture"]
            if meta["type"] == "LOCATION":
                span["country"] = meta["country"]
            spans.append(span)
            intended.append(seg)
        text += seg
    return text, spans, intended


def build(index, plan_row):
    ind_name, style, pii = plan_row
    rng = random.Random(f"{SEED}-{index}")
    ind = INDUSTRIES[ind_name]
    ctx = Ctx(rng, ind, rng.choice(ind["countries"]), pii)
    text, spans, intended = finish(styles.STYLES[style](ctx))
    rec = {"record": f"dev-{index + 1:04d}", "industry": ind_name, "style": style, "text": text, "spans": spans}
    return rec, intended


def generate():
    rows = plan()
    return [build(i, rows[i]) for i in range(N_RECORDS)]
