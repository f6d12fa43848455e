"""Personal address formats, part 3: ZA, NZ, IT, PL, MX, NG, KE, EG."""

from .addr_a import T, V
from .checks import rdig as R


def addr_za(r):
    c = "ZA"
    sub, city, code = r.choice(
        [
            ("Durbanville", "Cape Town", "7550"),
            ("Soweto", "Johannesburg", "1804"),
            ("Umhlanga", "Durban", "4319"),
            ("Hatfield", "Pretoria", "0083"),
            ("Khayelitsha", "Cape Town", "7784"),
        ]
    )
    l1 = [
        V(
            "%d %s"
            % (
                r.randint(1, 250),
                r.choice(["Protea Street", "Jacaranda Ave", "Vilakazi St", "Kloof Road", "Sisulu Drive"]),
            ),
            "street_address",
            c,
        )
    ]
    if r.random() < 0.4:
        l1 = [
            V("Unit %d" % r.randint(1, 80), "unit", c),
            T(" "),
            V(r.choice(["Fynbos Village", "Oak Glen Estate", "Sunset Mews"]), "building", c),
            T(", "),
        ] + l1
    if r.random() < 0.2:
        l1 = [V("Stand No. %d, Zone %d" % (r.randint(100, 9999), r.randint(1, 9)), "street_address", c)]
    return [l1, [V(sub, "city", c)], [V(city, "city", c), T(", "), V(code, "postal_code", c)]]


def addr_nz(r):
    c = "NZ"
    if r.random() < 0.35:
        town, code = r.choice([("Te Awamutu", "3872"), ("Masterton", "5881"), ("Kerikeri", "0295"), ("Gore", "9774")])
        return [
            [
                V(
                    "%d %s"
                    % (
                        r.randint(10, 2900),
                        r.choice(["Kakepuku Road", "Te Ore Ore Road", "Waipapa Road", "Otama Valley Road"]),
                    ),
                    "street_address",
                    c,
                )
            ],
            [V("RD %d" % r.randint(1, 9), "po_box", c)],
            [V(town, "city", c), T(" "), V(code, "postal_code", c)],
        ]
    sub, city, code = r.choice(
        [
            ("Ponsonby", "Auckland", "1011"),
            ("Karori", "Wellington", "6012"),
            ("Riccarton", "Christchurch", "8041"),
            ("Otumoetai", "Tauranga", "3110"),
            ("Hillcrest", "Hamilton", "3216"),
        ]
    )
    l1 = [
        V(
            "%s%d %s"
            % (
                r.choice(["", "", "%d/" % r.randint(1, 12)]),
                r.randint(1, 300),
                r.choice(["Kowhai Street", "Pohutukawa Ave", "Rimu Road", "Totara Crescent", "Ngaio Gorge Rd"]),
            ),
            "street_address",
            c,
        )
    ]
    return [l1, [V(sub, "city", c)], [V(city, "city", c), T(" "), V(code, "postal_code", c)]]


def addr_it(r):
    c = "IT"
    city, prov, cap = r.choice(
        [
            ("Milano", "MI", "20121"),
            ("Roma", "RM", "00185"),
            ("Napoli", "NA", "80134"),
            ("Torino", "TO", "10123"),
            ("Bologna", "BO", "40126"),
        ]
    )
    l1 = [
        V(
            "%s %d"
            % (
                r.choice(["Via Garibaldi", "Corso Vittorio Emanuele II", "Piazza della Repubblica", "Viale Monza"]),
                r.randint(1, 200),
            ),
            "street_address",
            c,
        )
    ]
    if r.random() < 0.4:
        l1 += [T(", "), V(r.choice(["int. %d" % r.randint(1, 30), "scala B", "piano 3"]), "unit", c)]
    return [l1, [V(cap, "postal_code", c), T(" "), V(city, "city", c), T(" ("), V(prov, "region", c), T(")")]]


def addr_pl(r):
    c = "PL"
    city, kod = r.choice(
        [
            ("Warszawa", "00-%s" % R(r, 3)),
            ("Kraków", "31-%s" % R(r, 3)),
            ("Gdańsk", "80-%s" % R(r, 3)),
            ("Wrocław", "50-%s" % R(r, 3)),
        ]
    )
    st = "ul. %s %d" % (r.choice(["Kwiatowa", "Marszałkowska", "Długa", "Piłsudskiego"]), r.randint(1, 150))
    l1 = [V(st, "street_address", c)]
    if r.random() < 0.5:
        l1 += [
            T(r.choice([" ", " / "])),
            V("m. %d" % r.randint(1, 90) if r.random() < 0.5 else "lok. %d" % r.randint(1, 30), "unit", c),
        ]
    return [l1, [V(kod, "postal_code", c), T(" "), V(city, "city", c)]]


def addr_mx(r):
    c = "MX"
    city, st, cp = r.choice(
        [
            ("Guadalajara", "Jal.", "44100"),
            ("Ciudad de México", "CDMX", "06700"),
            ("Monterrey", "N.L.", "64000"),
            ("Puebla", "Pue.", "72000"),
        ]
    )
    l1 = [
        V(
            "%s %d"
            % (
                r.choice(["Calle Hidalgo", "Av. Insurgentes Sur", "Calle 5 de Mayo", "Privada Las Rosas"]),
                r.randint(1, 3000),
            ),
            "street_address",
            c,
        )
    ]
    if r.random() < 0.5:
        l1 += [T(" "), V(r.choice(["Int. %d" % r.randint(1, 20), "Depto. %d" % r.randint(101, 804)]), "unit", c)]
    return [
        l1,
        [V("Col. " + r.choice(["Centro", "Roma Norte", "Del Valle", "Chapultepec"]), "city", c)],
        [
            T(r.choice(["C.P. ", "CP ", ""])),
            V(cp, "postal_code", c),
            T(" "),
            V(city, "city", c),
            T(", "),
            V(st, "region", c),
        ],
    ]


def addr_ng(r):
    c = "NG"
    l1 = [
        V(
            "No. %d, %s"
            % (r.randint(1, 80), r.choice(["Adeola Odeku Street", "Awolowo Road", "Allen Avenue", "Ogui Road"])),
            "street_address",
            c,
        )
    ]
    lines = [l1]
    if r.random() < 0.5:
        lines.append(
            [
                T(r.choice(["off ", "behind ", "opposite "])),
                V(
                    r.choice(["First Bank", "Mobil filling station", "St. Mary's Catholic Church", "Ikeja City Mall"]),
                    "landmark",
                    c,
                ),
            ]
        )
    city, state = r.choice(
        [("Victoria Island", "Lagos State"), ("Ikeja", "Lagos"), ("Enugu", "Enugu State"), ("Wuse II", "Abuja FCT")]
    )
    lines.append([V(city, "city", c), T(", "), V(state, "region", c)])
    return lines


def addr_ke(r):
    c = "KE"
    if r.random() < 0.4:
        return [
            [
                V(
                    "P.O. Box %d-%s" % (r.randint(100, 99999), r.choice(["00100", "00200", "40100", "80100"])),
                    "po_box",
                    c,
                )
            ],
            [V(r.choice(["Nairobi", "Kisumu", "Mombasa"]), "city", c)],
        ]
    return [
        [
            V("House No. %d" % r.randint(1, 80), "unit", c),
            T(", "),
            V(r.choice(["Othaya Road", "Ngong Road", "Riara Road"]), "street_address", c),
        ],
        [V(r.choice(["Kileleshwa", "Lavington", "South B"]), "city", c), T(", "), V("Nairobi", "city", c)],
    ]


def addr_eg(r):
    c = "EG"
    l1 = [
        V(
            "%d %s"
            % (
                r.randint(1, 90),
                r.choice(["Shehab St", "El Tahrir St", "Gameat El Dowal El Arabia", "26th of July St"]),
            ),
            "street_address",
            c,
        ),
        T(", "),
        V(
            r.choice(["apt %d" % r.randint(1, 30), "floor %d, flat %d" % (r.randint(1, 12), r.randint(1, 40))]),
            "unit",
            c,
        ),
    ]
    return [
        l1,
        [
            V(r.choice(["Mohandessin", "Dokki", "Heliopolis", "Zamalek"]), "city", c),
            T(", "),
            V(r.choice(["Giza", "Cairo"]), "city", c),
            T(" "),
            V(R(r, 5, True), "postal_code", c),
        ],
    ]
