"""Postal addresses: the Americas and Oceania (US, CA, MX, BR, AU, NZ)."""

from .addr_common import Address, _n, _r


def us(rng):
    city, st, z3 = rng.choice(
        [
            ("Columbus", "OH", "432"),
            ("Tucson", "AZ", "857"),
            ("Rochester", "NY", "146"),
            ("Sacramento", "CA", "958"),
            ("Des Moines", "IA", "503"),
            ("Savannah", "GA", "314"),
            ("Bend", "OR", "977"),
            ("Worcester", "MA", "016"),
            ("Laredo", "TX", "780"),
            ("Duluth", "MN", "558"),
            ("Asheville", "NC", "288"),
            ("Hilo", "HI", "967"),
            ("Springfield", "IL", "627"),
            ("Paterson", "NJ", "075"),
        ]
    )
    zipc = z3 + _r(rng, "##") + (_r(rng, "-####") if rng.random() < 0.2 else "")
    street = rng.choice(
        [
            "Maple Ave",
            "N Lincoln St",
            "Elm Street",
            "Old Mill Rd",
            "W 34th St",
            "Peachtree Ct",
            "Magnolia Dr",
            "Lakeview Terrace",
            "S Washington Blvd",
            "Cherry Hill Ln",
            "Pine Ridge Road",
        ]
    )
    kind = rng.random()
    if kind < 0.12:
        return Address(
            "US",
            [
                [(rng.choice(["PO Box ", "P.O. Box ", "POB "]) + _n(rng, 12, 9899), "po_box")],
                [(city, "city"), (", ", None), (st, "region"), (" ", None), (zipc, "postal_code")],
            ],
        )
    if kind < 0.2:
        return Address(
            "US",
            [
                [(rng.choice(["RR 2 Box ", "Rural Route 1, Box ", "RR 3 Box "]) + _n(rng, 4, 240), "rural_route")],
                [(city, "city"), (", ", None), (st, "region"), (" ", None), (zipc, "postal_code")],
            ],
        )
    line1 = [(f"{_n(rng, 2, 9870)} {street}", "street_address")]
    if rng.random() < 0.4:
        line1 += [(", ", None), (rng.choice(["Apt 4B", "Unit 12", "#305", "Apt. 2", "Suite 210", "Apt 11F"]), "unit")]
    return Address("US", [line1, [(city, "city"), (", ", None), (st, "region"), (" ", None), (zipc, "postal_code")]])


def ca(rng):
    city, prov, fsa = rng.choice(
        [
            ("Toronto", "ON", "M5V"),
            ("Winnipeg", "MB", "R3T"),
            ("Halifax", "NS", "B3H"),
            ("Saskatoon", "SK", "S7N"),
            ("Victoria", "BC", "V8W"),
            ("Montréal", "QC", "H2X"),
            ("Moncton", "NB", "E1C"),
            ("Red Deer", "AB", "T4N"),
        ]
    )
    pc = f"{fsa} {_r(rng, '#@#')}"
    last = [(city, "city"), (" ", None), (prov, "region"), ("  ", None), (pc, "postal_code")]
    r = rng.random()
    if r < 0.15:
        return Address(
            "CA", [[(f"RR {_n(rng, 1, 6)}, Site {_n(rng, 1, 20)}, Box {_n(rng, 1, 90)}", "rural_route")], last]
        )
    if r < 0.45:
        return Address(
            "CA",
            [
                [
                    (
                        f"{_n(rng, 101, 2412)}-{_n(rng, 10, 990)} "
                        + rng.choice(["King St W", "Portage Ave", "Spring Garden Rd", "Broadway"]),
                        "street_address",
                    )
                ],
                last,
            ],
        )
    street = rng.choice(
        [
            f"{_n(rng, 10, 9000)}, rue Saint-Denis",
            f"{_n(rng, 10, 900)} College Ave",
            f"{_n(rng, 2, 400)} Elm Crescent",
            f"{_n(rng, 10, 900)} Fort St",
        ]
    )
    return Address("CA", [[(street, "street_address")], last])


def mx(rng):
    cp, col, mun, city, st = rng.choice(
        [
            ("03940", "Col. Crédito Constructor", "Benito Juárez", "Ciudad de México", "CDMX"),
            ("76000", "Col. Centro", "", "Santiago de Querétaro", "Qro."),
            ("64000", "Col. Obispado", "", "Monterrey", "N.L."),
            ("44100", "Col. Americana", "", "Guadalajara", "Jal."),
        ]
    )
    line1 = [
        (
            rng.choice(
                [
                    f"Av. Insurgentes Sur {_n(rng, 100, 3000)}",
                    f"Calle Hidalgo {_n(rng, 1, 300)}",
                    f"Blvd. Díaz Ordaz {_n(rng, 100, 2000)}",
                    f"Av. Chapultepec {_n(rng, 10, 900)}",
                ]
            ),
            "street_address",
        )
    ]
    if rng.random() < 0.4:
        line1 += [(", ", None), (f"Int. {_n(rng, 1, 40)}", "unit")]
    lines = [line1, [(col, "city")]]
    if mun:
        lines[1] += [(", ", None), (mun, "city")]
    lines.append([(cp, "postal_code"), (" ", None), (city, "city"), (", ", None), (st, "region")])
    return Address("MX", lines)


def br(rng):
    city, uf, cep5, bairro = rng.choice(
        [
            ("São Paulo", "SP", "01304", "Consolação"),
            ("Porto Alegre", "RS", "90570", "Moinhos de Vento"),
            ("Rio de Janeiro", "RJ", "22041", "Copacabana"),
            ("Belo Horizonte", "MG", "30140", "Savassi"),
            ("Recife", "PE", "50030", "Boa Vista"),
        ]
    )
    street = rng.choice(
        ["Rua Augusta", "Av. Paulista", "Rua Padre Chagas", "Travessa do Comércio", "Rua Barata Ribeiro"]
    )
    line = [(f"{street}, {_n(rng, 10, 2400)}", "street_address")]
    if rng.random() < 0.5:
        line += [
            (", ", None),
            (rng.choice([f"apto {_n(rng, 11, 184)}", f"bloco B, ap. {_n(rng, 11, 99)}", "casa 2"]), "unit"),
        ]
    line += [(" - ", None), (bairro, "city")]
    return Address(
        "BR",
        [
            line,
            [(city, "city"), (" - ", None), (uf, "region"), (", ", None), (f"{cep5}-{_r(rng, '###')}", "postal_code")],
        ],
    )


def au(rng):
    sub, st, pc = rng.choice(
        [
            ("Fitzroy", "VIC", "3065"),
            ("Parramatta", "NSW", "2150"),
            ("Toowong", "QLD", "4066"),
            ("Fremantle", "WA", "6160"),
            ("Glenelg", "SA", "5045"),
            ("Sandy Bay", "TAS", "7005"),
            ("Braddon", "ACT", "2612"),
            ("Dubbo", "NSW", "2830"),
        ]
    )
    last = [(sub, "city"), (" ", None), (st, "region"), (" ", None), (pc, "postal_code")]
    if rng.random() < 0.15:
        return Address("AU", [[(f"PO Box {_n(rng, 10, 990)}", "po_box")], last])
    street = f"{_n(rng, 1, 300)} " + rng.choice(
        ["Smith Street", "Brunswick St", "Oxford Road", "Beach Rd", "Wattle Grove", "Banksia Crescent", "Macquarie St"]
    )
    if rng.random() < 0.4:
        street = f"{_n(rng, 1, 40)}/{street}"
    return Address("AU", [[(street, "street_address")], last])


def nz(rng):
    sub, city, pc = rng.choice(
        [
            ("Grey Lynn", "Auckland", "1021"),
            ("Karori", "Wellington", "6012"),
            ("Riccarton", "Christchurch", "8011"),
            ("Frankton", "Hamilton", "3204"),
        ]
    )
    if rng.random() < 0.2:
        return Address(
            "NZ",
            [[(f"RD {_n(rng, 1, 9)}", "rural_route")], [("Whakatāne", "city"), (" ", None), ("3193", "postal_code")]],
        )
    lines = []
    if rng.random() < 0.3:
        lines.append([(f"Flat {_n(rng, 1, 9)}", "unit")])
    lines.append(
        [
            (
                f"{_n(rng, 1, 300)} " + rng.choice(["Karangahape Road", "Ponsonby Road", "Tui Street", "Rimu Road"]),
                "street_address",
            )
        ]
    )
    lines += [[(sub, "city")], [(city, "city"), (" ", None), (pc, "postal_code")]]
    return Address("NZ", lines)
