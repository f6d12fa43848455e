"""Personal addresses in 21 national formats; every component is its own LOCATION segment."""

from __future__ import annotations

from . import addr_data as D
from .segs import Seg, Segs, join

COUNTRIES = [
    "GB",
    "IE",
    "US",
    "CA",
    "AU",
    "PL",
    "IT",
    "SE",
    "NO",
    "DK",
    "CZ",
    "PT",
    "ES",
    "KE",
    "PK",
    "LK",
    "SG",
    "MY",
    "JM",
    "TR",
    "NG",
    "FJ",
]


class Address:
    def __init__(self, country: str, lines: list[Segs], n_street: int):
        self.country = country
        self.lines = [ln for ln in lines if ln]
        self.n_street = n_street

    def one_line(self, sep: str = ", ") -> Segs:
        return join(self.lines, sep)

    def multi(self, sep: str = "\n") -> Segs:
        return join(self.lines, sep)

    def street_part(self) -> Segs:
        return join(self.lines[: self.n_street], ", ")

    def locality_part(self) -> Segs:
        return join(self.lines[self.n_street :], " ")

    def comp(self, kind: str) -> Seg | None:
        for line in self.lines:
            for s in line:
                if s.kind == kind:
                    return s
        return None

    def town(self) -> str:
        c = self.comp("city")
        return c.text if c else ""


def _digits(rng, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def _gb_pc(rng, area: str) -> str:
    inward = "ABDEFGHJLNPQRSTUWXYZ"
    district = rng.randint(1, 40 if len(area) == 1 else 20)
    return f"{area}{district} {rng.randrange(10)}{rng.choice(inward)}{rng.choice(inward)}"


def _ca_pc(rng, first: str) -> str:
    letters = "ABCEGHJKLMNPRSTVWXYZ"
    return (
        f"{first}{rng.randrange(10)}{rng.choice(letters)} {rng.randrange(10)}{rng.choice(letters)}{rng.randrange(10)}"
    )


def _eircode(rng, key: str) -> str:
    chars = "ACDEFHKNPRTVWXY0123456789"
    return key + " " + rng.choice("ACDEFHKNPRTVWXY") + "".join(rng.choice(chars) for _ in range(3))


EXTRA_LANDMARKS = {"IE": 0.15, "MY": 0.2, "TR": 0.2, "FJ": 0.3, "GB": 0.04}


def build(rng, country: str) -> Address:
    """A personal address; in some countries a landmark line is added after the street lines."""
    addr = _build(rng, country)
    if rng.random() < EXTRA_LANDMARKS.get(country, 0.0):
        mark = Seg(rng.choice(D.LANDMARKS[country]), "LOCATION", "landmark", country=country)
        addr.lines.insert(addr.n_street, [mark])
        addr.n_street += 1
    return addr


def _build(rng, country: str) -> Address:
    cc = country

    def L(text: str, kind: str) -> Seg:
        return Seg(text, "LOCATION", kind, country=cc)

    sp = Seg(" ")
    num = str(rng.randint(1, 180))
    if cc in ("GB", "IE"):
        if cc == "GB":
            city, key, region = rng.choice(D.GB_CITIES)
            pc = _gb_pc(rng, key)
            street = rng.choice(D.GB_STREETS)
        else:
            city, key, region = rng.choice(D.IE_CITIES)
            pc = _eircode(rng, key)
            street = rng.choice(D.IE_STREETS)
        prem: Segs = []
        r = rng.random()
        if r < 0.32:
            kind = rng.choice(["Flat", "Flat", "Apartment", "Apt", "Room"])
            unit = f"Flat 0/{rng.randint(1, 3)}" if city == "Glasgow" else f"{kind} {rng.randint(1, 24)}"
            prem.append(L(unit, "unit"))
            if rng.random() < 0.45:
                prem.append(L(rng.choice(D.GB_BUILDINGS), "building"))
            prem.append(L(f"{num} {street}", "street_address"))
        elif r < 0.49:
            prem.append(L(rng.choice(D.HOUSE_NAMES), "building"))
            prem.append(L(street if rng.random() < 0.5 else f"{num} {street}", "street_address"))
        else:
            prem.append(L(f"{num}{rng.choice(['', '', '', 'A', 'B'])} {street}", "street_address"))
        if len(prem) == 2 and prem[0].kind == "unit" and rng.random() < 0.6:
            lines: list[Segs] = [[prem[0], Seg(", "), prem[1]]]
        else:
            lines = [[p] for p in prem]
        n = len(lines)
        if region and (cc == "IE" or rng.random() < 0.25):
            lines += [[L(city, "city")], [L(region, "region")], [L(pc, "postal_code")]]
        elif rng.random() < 0.5:
            lines += [[L(city, "city")], [L(pc, "postal_code")]]
        else:
            lines += [[L(city, "city"), sp, L(pc, "postal_code")]]
        return Address(cc, lines, n)
    if cc == "US":
        city, st, z = rng.choice(D.US_CITIES)
        zipc = z + _digits(rng, 2) + ("-" + _digits(rng, 4) if rng.random() < 0.25 else "")
        navajo = city in ("Chinle", "Window Rock", "Gallup")
        if (navajo and rng.random() < 0.5) or rng.random() < 0.12:
            first: Segs = [L(f"PO Box {rng.randint(100, 3999)}", "po_box")]
        elif navajo:
            first = [L(rng.choice(D.US_LANDMARKS), "landmark")]
        else:
            first = [L(f"{rng.randint(100, 9899)} {rng.choice(D.US_STREETS)}", "street_address")]
            if rng.random() < 0.35:
                first += [
                    Seg(rng.choice([" ", ", "])),
                    L(rng.choice(["Apt ", "Unit ", "#"]) + f"{rng.randint(1, 40)}{rng.choice('ABC ').strip()}", "unit"),
                ]
        return Address(cc, [first, [L(city, "city"), Seg(", "), L(st, "region"), sp, L(zipc, "postal_code")]], 1)
    if cc == "CA":
        city, prov, letter = rng.choice(D.CA_CITIES)
        street = f"{rng.randint(10, 9999)} {rng.choice(D.CA_STREETS)}"
        if rng.random() < 0.35:
            first = [L(f"Unit {rng.randint(1, 40)}", "unit"), Seg(", "), L(street, "street_address")]
        elif rng.random() < 0.3:
            first = [L(f"{rng.randint(101, 2408)}-{street}", "street_address")]
        else:
            first = [L(street, "street_address")]
        return Address(
            cc,
            [
                first,
                [
                    L(city, "city"),
                    Seg(rng.choice([", ", " "])),
                    L(prov, "region"),
                    Seg("  " if rng.random() < 0.3 else " "),
                    L(_ca_pc(rng, letter), "postal_code"),
                ],
            ],
            1,
        )
    if cc == "AU":
        sub, st, pc = rng.choice(D.AU_CITIES)
        street = rng.choice(D.AU_STREETS)
        n = rng.randint(1, 160)
        r = rng.random()
        if r < 0.3:
            first = [L(f"{rng.randint(1, 30)}/{n} {street}", "street_address")]
        elif r < 0.5:
            first = [L(f"Unit {rng.randint(1, 30)}", "unit"), Seg(", "), L(f"{n} {street}", "street_address")]
        else:
            first = [L(f"{n} {street}", "street_address")]
        sub = sub.upper() if rng.random() < 0.5 else sub
        return Address(cc, [first, [L(sub, "city"), sp, L(st, "region"), sp, L(pc, "postal_code")]], 1)
    if cc == "PL":
        city, d = rng.choice(D.PL_CITIES)
        street = f"{rng.choice(D.PL_STREETS)} {rng.randint(1, 140)}"
        r = rng.random()
        if r < 0.4:
            first = [L(f"{street}/{rng.randint(1, 60)}", "street_address")]
        elif r < 0.65:
            first = [L(street, "street_address"), Seg(" "), L(f"m. {rng.randint(1, 60)}", "unit")]
        else:
            first = [L(street, "street_address")]
        pc = f"{d}{rng.randrange(10)}-{_digits(rng, 3)}"
        return Address(cc, [first, [L(pc, "postal_code"), sp, L(city, "city")]], 1)
    if cc == "IT":
        city, pre, prov = rng.choice(D.IT_CITIES)
        first = [L(f"{rng.choice(D.IT_STREETS)}{rng.choice([' ', ', '])}{rng.randint(1, 220)}", "street_address")]
        if rng.random() < 0.3:
            first += [
                Seg(", "),
                L(rng.choice(["int. ", "scala B, int. ", "piano 2, int. "]) + str(rng.randint(1, 20)), "unit"),
            ]
        pv = [Seg(" ("), L(prov, "region"), Seg(")")] if rng.random() < 0.6 else [sp, L(prov, "region")]
        return Address(cc, [first, [L(pre + _digits(rng, 2), "postal_code"), sp, L(city, "city"), *pv]], 1)
    if cc in ("SE", "NO", "DK", "CZ"):
        data = {
            "SE": (D.SE_CITIES, D.SE_STREETS),
            "NO": (D.NO_CITIES, D.NO_STREETS),
            "DK": (D.DK_CITIES, D.DK_STREETS),
            "CZ": (D.CZ_CITIES, D.CZ_STREETS),
        }
        cities, streets = data[cc]
        city, pre = rng.choice(cities)
        n = (
            f"{rng.randint(100, 2999)}/{rng.randint(1, 60)}"
            if cc == "CZ"
            else f"{rng.randint(1, 90)}{rng.choice(['', '', 'B', 'A'])}"
        )
        first = [L(f"{rng.choice(streets)} {n}", "street_address")]
        if cc == "NO" and rng.random() < 0.12:
            first = [L(f"Postboks {rng.randint(10, 899)}", "po_box")]
        elif rng.random() < 0.4:
            unit = {
                "SE": f"lgh {rng.randint(10, 16)}0{rng.randint(1, 4)}",
                "NO": f"H0{rng.randint(1, 4)}0{rng.randint(1, 4)}",
                "DK": f"{rng.randint(1, 5)}. {rng.choice(['tv.', 'th.', 'mf.'])}",
                "CZ": f"byt {rng.randint(1, 30)}",
            }[cc]
            first += [Seg(" " if cc in ("SE", "NO") else ", "), L(unit, "unit")]
        pc = {
            "SE": pre + str(rng.randrange(10)) + " " + _digits(rng, 2),
            "NO": (pre + _digits(rng, 4))[:4],
            "DK": pre + _digits(rng, 2),
            "CZ": pre + str(rng.randrange(10)) + " " + rng.choice(["00", _digits(rng, 2)]),
        }[cc]
        return Address(
            cc,
            [first, [L(pc, "postal_code"), Seg("  " if cc == "SE" and rng.random() < 0.3 else " "), L(city, "city")]],
            1,
        )
    if cc == "PT":
        city, pre = rng.choice(D.PT_CITIES)
        first = [
            L(f"{rng.choice(D.PT_STREETS)}{rng.choice([', ', ', n.º ', ' '])}{rng.randint(1, 300)}", "street_address")
        ]
        if rng.random() < 0.5:
            first += [Seg(", "), L(rng.choice(["1.º Esq.", "2.º Dto.", "R/C Esq.", "3.º Frente", "4.º D"]), "unit")]
        return Address(
            cc, [first, [L(f"{pre}{_digits(rng, 2)}-{_digits(rng, 3)}", "postal_code"), sp, L(city, "city")]], 1
        )
    if cc == "ES":
        city, pre, region, lang = rng.choice(D.ES_CITIES)
        first = [L(f"{rng.choice(D.ES_STREETS[lang])}{rng.choice([', ', ' '])}{rng.randint(1, 240)}", "street_address")]
        if rng.random() < 0.6:
            unit = {
                "ca": f"{rng.randint(1, 6)}r {rng.randint(1, 4)}a",
                "eu": f"{rng.randint(1, 6)}. {rng.choice(['ezk.', 'esk.'])}",
                "gl": f"{rng.randint(1, 6)}º {rng.choice('ABCD')}",
            }[lang]
            first += [Seg(", "), L(unit, "unit")]
        loc = [L(pre + _digits(rng, 2), "postal_code"), sp, L(city, "city")]
        if region:
            loc += [Seg(" ("), L(region, "region"), Seg(")")]
        return Address(cc, [first, loc], 1)
    from .addresses_b import build_far

    return build_far(rng, cc, L)
