"""Personal address formats, part 2: AU, GB, IE, US, CA, DE, FR + dispatcher."""

from . import addr_a as A
from . import addr_c as C
from .checks import rdig as R

V, T = A.V, A.T
UPL = "ABDEFHJKNPRTWXY"


def addr_au(r):
    c = "AU"
    sub, st, pc = r.choice(
        [
            ("Paddington", "NSW", "2021"),
            ("Fitzroy", "VIC", "3065"),
            ("Toowong", "QLD", "4066"),
            ("Subiaco", "WA", "6008"),
            ("Glenelg", "SA", "5045"),
            ("Braddon", "ACT", "2612"),
        ]
    )
    street = "%d %s" % (
        r.randint(1, 320),
        r.choice(["Wattle Ave", "Banksia St", "Jacaranda Cres", "Gympie Rd", "Boundary Street"]),
    )
    if r.random() < 0.4:
        l1 = [V("Unit %d" % r.randint(1, 40), "unit", c), T(", "), V(street, "street_address", c)]
    elif r.random() < 0.3:
        return [
            [V("PO Box %d" % r.randint(10, 9999), "po_box", c)],
            [V(sub, "city", c), T(" "), V(st, "region", c), T(" "), V(pc, "postal_code", c)],
        ]
    else:
        l1 = [V(street, "street_address", c)]
    return [l1, [V(sub, "city", c), T(r.choice([" ", "  "])), V(st, "region", c), T(" "), V(pc, "postal_code", c)]]


def addr_gb(r):
    c = "GB"
    town, area, pc = r.choice(
        [
            ("Leeds", "Headingley", "LS6"),
            ("Manchester", "Didsbury", "M20"),
            ("London", "Peckham", "SE15"),
            ("Bristol", "Bedminster", "BS3"),
            ("Glasgow", "Partick", "G11"),
            ("Cardiff", "Canton", "CF5"),
            ("Norwich", "Eaton", "NR4"),
            ("Belfast", "Ormeau", "BT7"),
        ]
    )
    post = "%s %d%s" % (pc, r.randint(1, 9), r.choice(UPL) + r.choice(UPL))
    street = "%d %s" % (
        r.randint(1, 240),
        r.choice(
            [
                "Elm Grove",
                "Hope Street",
                "Kingfisher Road",
                "Victoria Terrace",
                "Mill Lane",
                "Church Walk",
                "Queen's Drive",
                "St Anne's Close",
            ]
        ),
    )
    l1 = [V(street, "street_address", c)]
    if r.random() < 0.4:
        l1 = [
            V(
                r.choice(
                    [
                        "Flat %d" % r.randint(1, 30),
                        "Flat %d%s" % (r.randint(1, 9), r.choice("ABC")),
                        "Apartment %d" % r.randint(1, 90),
                    ]
                ),
                "unit",
                c,
            ),
            T(", "),
        ] + l1
    if r.random() < 0.25:
        l1 = [
            V(r.choice(["Rose Cottage", "The Old Forge", "Wellington House", "Ashby Court"]), "building", c),
            T(", "),
        ] + l1
    lines = [l1]
    if r.random() < 0.5:
        lines.append([V(area, "city", c)])
    lines.append([V(town if r.random() < 0.6 else town.upper(), "city", c)])
    lines.append([V(post, "postal_code", c)])
    if r.random() < 0.5:
        last = lines.pop()
        lines[-1] = lines[-1] + [T(" ")] + last
    return lines


def eircode(r):
    return "%s %s" % (
        r.choice(["D04", "D6W", "T12", "H91", "F35", "V94", "A94", "X91"]),
        "".join(r.choice("ACDEFHKNPRTVWXY0123456789") for _ in range(4)),
    )


def addr_ie(r):
    c = "IE"
    if r.random() < 0.4:
        return [
            [V(r.choice(["Cloonfad", "Ballinrobe Road", "Knockbrack", "Gortnahoe"]), "street_address", c)],
            [V(r.choice(["Ballyhaunis", "Claremorris", "Thurles", "Kenmare"]), "city", c)],
            [
                V(r.choice(["Co. Mayo", "Co. Tipperary", "County Kerry"]), "region", c),
                T(" "),
                V(eircode(r), "postal_code", c),
            ],
        ]
    l1 = [
        V(
            "%d %s"
            % (r.randint(1, 120), r.choice(["Bridge Street", "Griffith Avenue", "Lower Baggot St", "Shandon Street"])),
            "street_address",
            c,
        )
    ]
    if r.random() < 0.5:
        l1 = [
            V("Apt %d" % r.randint(1, 60), "unit", c),
            T(", "),
            V(r.choice(["The Maltings", "Clarion Quay", "Gasworks House"]), "building", c),
            T(", "),
        ] + l1
    return [
        l1,
        [V(r.choice(["Ballsbridge", "Drumcondra", "Blackpool"]), "city", c)],
        [V(r.choice(["Dublin 4", "Dublin 9", "Cork"]), "city", c), T(", "), V(eircode(r), "postal_code", c)],
    ]


def addr_us(r):
    c = "US"
    city, st, z = r.choice(
        [
            ("Springfield", "IL", "627"),
            ("Austin", "TX", "787"),
            ("Portland", "OR", "972"),
            ("Columbus", "OH", "432"),
            ("Tucson", "AZ", "857"),
            ("Brooklyn", "NY", "112"),
            ("Miami", "FL", "331"),
        ]
    )
    zz = z + R(r, 2) + (("-" + R(r, 4)) if r.random() < 0.2 else "")
    if r.random() < 0.15:
        return [
            [V("PO Box %d" % r.randint(100, 99999), "po_box", c)],
            [V(city, "city", c), T(", "), V(st, "region", c), T(" "), V(zz, "postal_code", c)],
        ]
    street = "%d %s" % (
        r.randint(10, 19999),
        r.choice(["Maple Ave", "N Main St", "Sunset Blvd", "Oak Hollow Dr", "W 42nd St", "Lincoln Way"]),
    )
    l1 = [V(street, "street_address", c)]
    if r.random() < 0.4:
        l1 += [
            T(r.choice([" ", ", "])),
            V(
                r.choice(
                    [
                        "Apt 3B",
                        "Apt. %d" % r.randint(1, 900),
                        "Unit %d" % r.randint(1, 40),
                        "#%d" % r.randint(1, 400),
                        "Ste 12",
                    ]
                ),
                "unit",
                c,
            ),
        ]
    return [l1, [V(city, "city", c), T(", "), V(st, "region", c), T(" "), V(zz, "postal_code", c)]]


def addr_ca(r):
    c = "CA"
    if r.random() < 0.35:
        return [
            [
                V(
                    "%d rue %s" % (r.randint(1, 9000), r.choice(["Saint-Denis", "Sherbrooke Est", "des Érables"])),
                    "street_address",
                    c,
                ),
                T(", "),
                V("app. %d" % r.randint(1, 40), "unit", c),
            ],
            [
                V(r.choice(["Montréal", "Québec", "Laval"]), "city", c),
                T(" ("),
                V("Québec", "region", c),
                T(")  "),
                V(
                    "H%dX %d%s%d" % (r.randint(1, 4), r.randint(1, 9), r.choice("ABCEGHJKLMNPRSTVXY"), r.randint(0, 9)),
                    "postal_code",
                    c,
                ),
            ],
        ]
    city, pr, pc = r.choice(
        [
            ("Toronto", "ON", "M5H 2N2"),
            ("Calgary", "AB", "T2P 1J9"),
            ("Vancouver", "BC", "V6B 4Y8"),
            ("Halifax", "NS", "B3H 1Y6"),
        ]
    )
    l1 = [
        V(
            "%d %s" % (r.randint(1, 999), r.choice(["Queen St W", "Elgin Ave", "Robson St", "Spring Garden Rd"])),
            "street_address",
            c,
        )
    ]
    if r.random() < 0.4:
        l1 = [V("Unit %d" % r.randint(100, 2400), "unit", c), T(", ")] + l1
    return [l1, [V(city, "city", c), T(" "), V(pr, "region", c), T("  "), V(pc, "postal_code", c)]]


def addr_de(r):
    c = "DE"
    city, plz = r.choice(
        [("Berlin", "10969"), ("München", "80331"), ("Hamburg", "22765"), ("Köln", "50667"), ("Leipzig", "04109")]
    )
    l1 = [
        V(
            "%s %d%s"
            % (
                r.choice(["Lindenstraße", "Hauptstr.", "Am Mühlenbach", "Goethestraße", "Schillerplatz"]),
                r.randint(1, 120),
                r.choice(["", "", "a", "b"]),
            ),
            "street_address",
            c,
        )
    ]
    lines = [l1]
    if r.random() < 0.3:
        lines.append([V(r.choice(["Hinterhaus, 3. OG", "Seitenflügel links", "2. OG rechts"]), "unit", c)])
    lines.append([V(plz, "postal_code", c), T(" "), V(city, "city", c)])
    return lines


def addr_fr(r):
    c = "FR"
    city, cp = r.choice(
        [("Lyon", "69003"), ("Paris", "75011"), ("Marseille", "13006"), ("Lille", "59000"), ("Nantes", "44000")]
    )
    l1 = [
        V(
            "%d%s %s"
            % (
                r.randint(1, 150),
                r.choice(["", "", " bis"]),
                r.choice(["rue des Lilas", "avenue Jean Jaurès", "boulevard Voltaire", "impasse du Moulin"]),
            ),
            "street_address",
            c,
        )
    ]
    lines = [l1]
    if r.random() < 0.4:
        lines.insert(
            0,
            [
                V(r.choice(["Bât. B", "Résidence Les Tilleuls", "Esc. 2"]), "building", c),
                T(", "),
                V("Apt %d" % r.randint(1, 80), "unit", c),
            ],
        )
    lines.append([V(cp, "postal_code", c), T(" "), V(city if r.random() < 0.6 else city.upper(), "city", c)])
    return lines


FORMATS = {
    "IN": A.addr_in,
    "PH": A.addr_ph,
    "BR": A.addr_br,
    "JP": A.addr_jp,
    "KR": A.addr_kr,
    "ZA": C.addr_za,
    "NZ": C.addr_nz,
    "AU": addr_au,
    "GB": addr_gb,
    "IE": addr_ie,
    "US": addr_us,
    "CA": addr_ca,
    "DE": addr_de,
    "FR": addr_fr,
    "IT": C.addr_it,
    "PL": C.addr_pl,
    "MX": C.addr_mx,
    "NG": C.addr_ng,
    "KE": C.addr_ke,
    "EG": C.addr_eg,
}
WEIGHTED = (
    ["IN"] * 4
    + ["PH"] * 3
    + ["BR"] * 3
    + ["JP"] * 3
    + ["KR"] * 3
    + ["ZA"] * 2
    + ["NZ"] * 2
    + ["AU", "AU", "GB", "GB", "IE", "US", "US", "CA", "DE", "FR", "IT", "PL", "MX", "NG", "KE", "EG"]
)
COUNTRY_NAME = {
    "IN": "India",
    "PH": "Philippines",
    "BR": "Brasil",
    "JP": "Japan",
    "KR": "South Korea",
    "ZA": "South Africa",
    "NZ": "New Zealand",
    "AU": "Australia",
    "GB": "United Kingdom",
    "IE": "Ireland",
    "US": "USA",
    "CA": "Canada",
    "DE": "Deutschland",
    "FR": "France",
    "IT": "Italia",
    "PL": "Polska",
    "MX": "México",
    "NG": "Nigeria",
    "KE": "Kenya",
    "EG": "Egypt",
}


def address(r, cc=None):
    cc = cc if cc in FORMATS else r.choice(WEIGHTED)
    lines = FORMATS[cc](r)
    if r.random() < 0.15:
        lines.append([T(COUNTRY_NAME[cc])])
    return cc, lines


def flat(lines, sep=", "):
    out = []
    for i, line in enumerate(lines):
        if i:
            out.append(T(sep))
        out.extend(line)
    return out
