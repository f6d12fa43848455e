"""Per-record context: persons with ids, name mentions, addresses and other PII segments."""

from . import names, other_pii
from .address import CULTURES_OF, make_address, partial, render
from .segments import A, P, speak_street, spoken_code


class Ctx:
    """Holds the random source and the people and places of one record."""

    def __init__(self, rng, industry, country):
        self.rng = rng
        self.ind = industry
        self.country = country
        self.people = []
        self.addr = make_address(rng, country)

    def culture(self, native=0.7):
        """A culture fitting the country most of the time."""
        if self.rng.random() < native:
            return self.rng.choice(CULTURES_OF[self.country].split("|"))
        return self.rng.choice(names.CULTURE_ORDER)

    def person(self, native=0.7):
        """A new person with the next id."""
        p = names.make_person(self.rng, self.culture(native))
        for _ in range(20):
            if not self.clashes(p):
                break
            p = names.make_person(self.rng, self.culture(native))
        p["id"] = f"p{len(self.people) + 1}"
        self.people.append(p)
        return p

    def clashes(self, p):
        """True when a given name or surname is already used in this record."""
        used = {q["first"] for q in self.people} | {q["last"] for q in self.people if q["last"]}
        return p["first"] in used or (p["last"] and p["last"] in used)

    def span(self, p, text, kind):
        """A PERSON segment."""
        return A(text, "PERSON", kind, id=p["id"], culture=p["culture"])

    def name(self, p, form="full"):
        """Segments naming a person in one of several forms."""
        if form == "full":
            return [self.span(p, names.full_name(p), "full_name")]
        if form == "first":
            return [self.span(p, p["first"], "first_name")]
        if form == "nick":
            nick = names.short_name(p)
            return [self.span(p, nick, "nickname" if nick != p["first"] else "first_name")]
        if form == "last":
            return [self.span(p, names.surname(p), "last_name")]
        if form == "initials":
            return [self.span(p, names.initials(p), "initials")]
        if form == "title":
            return [P(names.title(p, self.rng) + " "), self.span(p, names.surname(p), "last_name")]
        if form == "initial_last":
            return [self.span(p, f"{p['first'][0]}. {names.surname(p)}", "full_name")]
        raise ValueError(form)

    def any_name(self, p, forms=("full", "title", "first", "initial_last")):
        """A random name form."""
        return self.name(p, self.rng.choice(forms))

    def addr_line(self, addr=None, country=None):
        """One-line address."""
        return render(addr or self.addr, country or self.country, ", ")

    def addr_block(self, indent=""):
        """Multi-line address."""
        return render(self.addr, self.country, "\n", indent)

    def addr_partial(self):
        """A partial address mention."""
        return partial(self.rng, self.addr, self.country)

    def addr_spoken(self):
        """Address as said on the phone: numbers and postcodes in words."""
        out = []
        for text, meta in self.addr_line():
            if meta and meta["kind"] == "street_address":
                text = speak_street(text)
            elif meta and meta["kind"] == "postal_code":
                text = spoken_code(text)
            out.append((text, meta))
        return out

    def other(self, p=None, kinds=None):
        """Another PII item: (label, segments)."""
        rng = self.rng
        kind = rng.choice(kinds or ["phone", "email", "dob", "account", "id", "plate", "iban", "card", "phone"])
        if kind == "phone":
            return "tel", [A(other_pii.phone(rng, self.country), "PHONE_NUMBER", "phone")]
        if kind == "email":
            return "email", [A(other_pii.email(rng, p or self.people[0]), "EMAIL_ADDRESS", "personal_email")]
        if kind == "dob":
            return "DOB", [A(other_pii.dob(rng), "DATE_TIME", "date_of_birth")]
        if kind == "account":
            return "cust no", [A(other_pii.account(rng), "ACCOUNT_NUMBER", "customer_number")]
        if kind == "id":
            return "ID", [A(other_pii.national_id(rng), "ID", "national_id")]
        if kind == "plate":
            return "reg", [A(other_pii.plate(rng), "ID", "licence_plate")]
        if kind == "iban":
            return "IBAN", [A(other_pii.iban(rng), "IBAN_CODE", "iban")]
        return "card", [A(other_pii.card(rng), "CREDIT_CARD", "card_number")]

    def ref(self):
        """A business reference number (not PII)."""
        return f"{self.ind['code']}-{self.rng.randint(100000, 999999)}"
