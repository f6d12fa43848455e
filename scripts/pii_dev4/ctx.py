"""Record context: lazily created people, addresses and identifiers, and the
template expander that turns '{...}' placeholders into plain or annotated segments."""

import re

from . import contact
from . import ids_personal as ip
from . import lookalikes as LA
from .addr_base import spoken_tokens
from .addresses import COUNTRIES, DIASPORA, make_addr
from .core import ONES, say_phone, spell
from .ctx_text import _KEY, LABELS, PID, TYPE, dob_text, split_top
from .ids_national_b import NATIONAL
from .names import CULTURE_KEYS, CULTURES, Person


class Ctx:
    def __init__(self, rng, idx, style, ind, pii):
        self.r = rng
        self.idx = idx
        self.style = style
        self.ind = ind
        self.pii = pii
        self.people = {}
        self.addrs = {}
        self.vals = {}
        self.labels = {}
        self.uid = 0
        self.org, self.domain = rng.choice(ind["orgs"])
        self.used_ids = []
        self.mentioned = set()
        self.rel = {}

    # ---------------------------------------------------------------- people
    def _country(self, culture):
        r = self.r
        home = CULTURES[culture]["home"]
        x = r.random()
        if x < 0.65:
            return r.choice(home)
        if x < 0.88:
            return r.choice(DIASPORA)
        return r.choice(COUNTRIES)

    def new_person(self, role="customer", culture=None, family=None, age=(22, 86), cc=None, gender=None):
        self.uid += 1
        culture = culture or self.r.choice(CULTURE_KEYS)
        p = Person(self.r, self.uid, culture, gender=gender, family=family, age=age, role=role)
        p.cc = cc or self._country(culture)
        return p

    def P(self, key):
        if key in self.people:
            return self.people[key]
        r, ind = self.r, self.ind
        n = int(key[1:])
        if n == 1:
            p = self.new_person("customer", age=ind.get("age1", (22, 88)))
        elif n == 2:
            p1 = self.P("p1")
            fam = r.random() < 0.65
            p = self.new_person(
                "relative",
                culture=p1.culture if fam else None,
                family=p1 if fam else None,
                age=ind.get("age2", (18, 80)),
                cc=p1.cc,
            )
        elif n in (3, 5):
            p1 = self.P("p1")
            p = self.new_person("staff", age=(23, 64), cc=p1.cc if r.random() < 0.7 else None)
        else:
            p1 = self.P("p1")
            p = self.new_person("other", age=(25, 80), cc=p1.cc if r.random() < 0.8 else None)
        self.people[key] = p
        return p

    def A(self, key):
        if key not in self.addrs:
            n = int(key[1:])
            owner = self.P("p1") if n in (1, 2) else self.P("p4")
            cc = owner.cc if (n != 2 or self.r.random() < 0.8) else self.r.choice(COUNTRIES)
            self.addrs[key] = make_addr(self.r, cc)
        return self.addrs[key]

    def relword(self, key):
        if key not in self.rel:
            opts = self.ind["rel2" if key == "REL2" else "rel4"]
            w = self.r.choice(opts)
            if isinstance(w, tuple):
                w = w[0] if self.P("p2").gender == "f" else w[1]
            self.rel[key] = w
        return self.rel[key]

    def label(self, kind):
        if kind not in self.labels:
            self.labels[kind] = self.r.choice(LABELS[kind])
        return self.labels[kind]

    # ------------------------------------------------------------ identifiers
    def value(self, k):
        if k in self.vals:
            return self.vals[k]
        r = self.r
        p1 = self.P("p1")
        if k == "claim":
            v = ip.claim(r)
        elif k == "pol":
            v = ip.policy(r)
        elif k == "mrn":
            v = ip.mrn(r)
        elif k == "acct":
            v = ip.account(r)
        elif k == "loan":
            v = ip.account(r, "loan")
        elif k == "iban":
            v = ip.iban(
                r,
                p1.cc
                if p1.cc in ip.IBAN_SPEC
                else r.choice(["DE", "FR", "GB", "ES", "NL", "IT", "PT", "BE", "IE", "PL"]),
            )
        elif k == "card":
            v = ip.card(r)
        elif k == "ip":
            v = contact.ipv4(r)
        elif k == "ip6":
            v = contact.ipv6(r)
        else:
            raise KeyError(k)
        self.vals[k] = v
        return v

    def pval(self, kind, p):
        if kind in p.cache:
            return p.cache[kind]
        r = self.r
        if kind == "ph":
            v = (contact.phone(r, p.cc), None, "mobile")
        elif kind == "em":
            v = (contact.email(r, p), None, "personal")
        elif kind == "wem":
            v = (contact.email(r, p, self.domain), None, "work")
        elif kind == "url":
            v = (contact.url(r, p), None, "profile")
        elif kind == "dob":
            v = (p.dob, None, "dob")
        elif kind == "nid":
            f = NATIONAL.get(p.cc, ip.passport)
            v = f(r, p)
        else:
            v = PID[kind](r, p)
        p.cache[kind] = v
        return v

    # ---------------------------------------------------------------- expand
    def expand(self, doc, tpl):
        i = 0
        while i < len(tpl):
            j = tpl.find("{", i)
            if j < 0:
                doc.t(tpl[i:])
                return
            if j > i:
                doc.t(tpl[i:j])
            depth, k = 0, j
            while True:
                if tpl[k] == "{":
                    depth += 1
                elif tpl[k] == "}":
                    depth -= 1
                    if depth == 0:
                        break
                k += 1
            self.emit(doc, tpl[j + 1 : k])
            i = k + 1

    def emit(self, doc, key):
        r = self.r
        if key.startswith("R:"):
            return self.expand(doc, r.choice(split_top(key[2:])))
        if key.startswith("V:"):
            return self.expand(doc, r.choice(self.ind["V"][key[2:]]))
        if key.startswith("X:"):
            return doc.t(LA.make(r, key[2:]), typo=False)
        if key.startswith("L:"):
            return doc.t(self.label(key[2:]), typo=False)
        if key in ("ORG", "ROLE", "STAFF", "REL2", "REL4", "ORGMAIL", "OFFICE", "SYS"):
            return doc.t(self.word(key), typo=False)
        if key == "IDX":
            pool = [k for k in self.ind["ids"] if k not in self.used_ids] or self.ind["ids"]
            k = r.choice(pool)
            self.used_ids.append(k)
            return self.emit(doc, k)
        m = re.match(r"^(p\d)(?:\.(\w+\+?))?$", key)
        if m:
            return self.emit_person(doc, self.P(m.group(1)), m.group(2) or "")
        m = re.match(r"^(a\d)(?:\.(\w+))?$", key)
        if m:
            attr = m.group(2) or ""
            seen = m.group(1) in self.mentioned
            self.mentioned.add(m.group(1))
            if seen and attr in ("", "cty") and self.style not in ("table", "form", "caps_log") and r.random() < 0.7:
                attr = "street"
            return self.emit_addr(doc, self.A(m.group(1)), attr)
        up = key[0].isupper()
        low = key.lower()
        m = _KEY.match(low)
        if m:
            kind, n, attr = m.group(1), m.group(2), m.group(3)
            p = self.P("p" + n)
            val, labels, idkind = self.pval(kind, p)
            if kind == "dob":
                text = dob_text(r, val, spoken=(attr == "say"))
                if up:
                    doc.t(self.label("dob") + r.choice([": ", " ", " - "]), typo=False)
                return doc.a(text, "DATE_TIME", "dob")
            if kind in ("ph", "em", "wem", "url"):
                text = say_phone(val, r) if (kind == "ph" and attr == "say") else val
                if up:
                    doc.t(
                        self.label("ph" if kind == "ph" else "em" if kind != "url" else "url")
                        + r.choice([": ", " ", ": "]),
                        typo=False,
                    )
                return doc.a(
                    text, TYPE[kind], ("staff_direct" if p.role == "staff" else idkind) if kind == "ph" else idkind
                )
            if up:
                doc.t(r.choice(labels) + r.choice([": ", " ", " "]), typo=False)
            text = val
            if attr == "say":
                text = " ".join(spell(c, r, "") if c.isalpha() else ONES[int(c)] for c in val if c.isalnum())
            return doc.a(text, "ID", idkind)
        if low in ("claim", "pol", "mrn", "acct", "loan", "iban", "card", "ip", "ip6"):
            if up:
                doc.t(self.label(low if low != "ip6" else "ip") + r.choice([": ", " ", " "]), typo=False)
            kindname = {
                "claim": "claim",
                "pol": "policy",
                "mrn": "mrn",
                "acct": "customer_account",
                "loan": "loan_account",
                "iban": "iban",
                "card": "card",
                "ip": "ipv4",
                "ip6": "ipv6",
            }[low]
            return doc.a(self.value(low), TYPE[low], kindname)
        raise KeyError("unknown placeholder %r" % key)

    def word(self, key):
        r = self.r
        if key == "ORG":
            return self.org
        if key == "ROLE":
            return r.choice(self.ind["role"])
        if key == "STAFF":
            return r.choice(self.ind["staff"])
        if key in ("REL2", "REL4"):
            return self.relword(key)
        if key == "ORGMAIL":
            return "%s@%s" % (r.choice(self.ind["mailbox"]), self.domain)
        if key == "OFFICE":
            return LA.office(r, self.org, self.P("p1").cc if self.pii else None, self.ind.get("office_words"))
        if key == "SYS":
            if "sys" not in self.vals:
                self.vals["sys"] = r.choice(self.ind["sys"])
            return self.vals["sys"]

    # -------------------------------------------------------------- persons
    def emit_person(self, doc, p, attr):
        r = self.r
        if attr in ("he", "his", "him", "He", "His"):
            return doc.t(p.pron(attr), typo=False)
        if attr == "t":
            return doc.t(p.title(r), typo=False)
        if attr == "any":
            attr = r.choice(["g", "s", "ts", "", "g"]) if p.uid in self.mentioned else ""
        self.mentioned.add(p.uid)
        if attr in ("", "full+"):
            return doc.person(p, p.full(middle=attr == "full+" or r.random() < 0.2), "full")
        if attr == "g":
            return doc.person(p, p.short(), "given")
        if attr == "s":
            s = p.sur(r)
            return doc.person(p, s, "surname") if s else doc.person(p, p.short(), "given")
        if attr == "ts":
            s = p.sur(r)
            if s:
                doc.t(
                    r.choice([p.title(r), p.title(r), "Dr" if p.role == "other" and r.random() < 0.3 else p.title(r)])
                    + " ",
                    typo=False,
                )
                return doc.person(p, s, "surname")
            if p.hon:
                doc.t(p.hon + " ", typo=False)
            return doc.person(p, p.full(), "full")
        if attr == "i":
            v = p.init_sur()
            return doc.person(p, v, "initial_surname") if v else doc.person(p, p.full(), "full")
        if attr == "ii":
            return doc.person(p, p.initials(dots=r.random() < 0.5), "initials")
        if attr == "aka":
            if p.nick:
                opener = r.choice([" (", ' "', " aka ", " - known as "])
                doc.t(opener, typo=False)
                doc.person(p, p.nick, "nickname")
                doc.t({" (": ")", ' "': '"'}.get(opener, ""), typo=False)
            return
        if attr == "n":
            return doc.person(p, p.nick, "nickname") if p.nick else doc.person(p, p.short(), "given")
        if attr == "inv":
            return doc.person(p, p.inverted(r.choice([", ", "/", ", "])), "inverted")
        if attr == "spell":
            return doc.person(p, spell(p.sur() or p.short(), r), "spelled")
        if attr == "spellg":
            return doc.person(p, spell(p.short(), r), "spelled")
        if attr == "u":
            if "u" not in p.cache:
                p.cache["u"] = p.username(r)
            return doc.person(p, p.cache["u"], "username")
        raise KeyError(attr)

    # ------------------------------------------------------------ addresses
    def emit_addr(self, doc, a, attr):
        r = self.r
        if attr in ("", "cty"):
            toks = a.tokens(country=(attr == "cty" or r.random() < 0.25))
        elif attr == "ml":
            toks = a.tokens(nl=True, country=r.random() < 0.3)
        elif attr == "say":
            toks = spoken_tokens(a.tokens(), r)
        elif attr == "nopc":
            toks = spoken_tokens(a.tokens(drop=("postal_code",)), r)
        elif attr == "saypc":
            t = a.first("postal_code")
            toks = spoken_tokens([t], r) if t else []
        elif attr == "in":
            st, ci = a.first("street_address", "building", "district"), a.first("city")
            toks = [st, " in ", ci] if st and ci else a.tokens()
        elif attr in ("city", "pc", "street"):
            kinds = {
                "city": ("city", "district", "region"),
                "pc": ("postal_code",),
                "street": ("street_address", "building", "po_box", "district"),
            }[attr]
            t = a.first(*kinds)
            toks = [t] if t else []
        else:
            raise KeyError(attr)
        doc.tokens(toks, a.cc)
