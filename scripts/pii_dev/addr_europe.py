"""Postal addresses: Europe (GB, IE, DE, FR, NL, ES, IT, PL)."""

from .addr_common import Address, _n, _r


def gb(rng):
    town, county, area, suburb = rng.choice(
        [
            ("Leeds", "West Yorkshire", "LS", "Headingley"),
            ("Bristol", "", "BS", "Bishopston"),
            ("Norwich", "Norfolk", "NR", "Eaton"),
            ("Swansea", "", "SA", "Sketty"),
            ("Glasgow", "", "G", "Partick"),
            ("Cardiff", "", "CF", "Roath"),
            ("York", "North Yorkshire", "YO", "Clifton"),
            ("Bath", "Somerset", "BA", "Widcombe"),
            ("Inverness", "Highland", "IV", "Crown"),
            ("Derby", "Derbyshire", "DE", "Allestree"),
            ("Croydon", "Surrey", "CR", "Selhurst"),
            ("Manchester", "", "M", "Didsbury"),
        ]
    )
    pc = f"{area}{_n(rng, 1, 28)} {_r(rng, '#@@')}"
    lines = []
    r = rng.random()
    if r < 0.25:
        lines.append([(rng.choice(["Flat 3", "Flat 2/1", "Apartment 14", "Flat B", "Flat 12"]), "unit")])
    elif r < 0.35:
        lines.append([(rng.choice(["Rose Cottage", "The Old Forge", "Hillcrest", "Ivy House"]), "building")])
    lines.append(
        [
            (
                f"{_n(rng, 1, 220)} "
                + rng.choice(
                    [
                        "Acacia Avenue",
                        "Church Lane",
                        "Victoria Road",
                        "Elm Grove",
                        "Mill Close",
                        "Station Road",
                        "Albert Terrace",
                        "Queen's Drive",
                        "St John's Wood Road",
                        "Kingsway",
                    ]
                ),
                "street_address",
            )
        ]
    )
    if rng.random() < 0.5:
        lines.append([(suburb, "city")])
    lines.append([(town, "city")])
    if county and rng.random() < 0.5:
        lines.append([(county, "region")])
    lines.append([(pc, "postal_code")])
    return Address("GB", lines)


def ie(rng):
    if rng.random() < 0.25:
        town, county, rk = rng.choice(
            [("Ballinamore", "Co. Leitrim", "N41"), ("Dingle", "Co. Kerry", "V92"), ("Clifden", "Co. Galway", "H71")]
        )
        return Address(
            "IE",
            [
                [(rng.choice(["Knockmore", "Drumlish", "Ardnagreevagh"]), "city")],
                [(town, "city")],
                [(county, "region")],
                [(f"{rk} {_r(rng, '@#@#')}", "postal_code")],
            ],
        )
    area, city, rk = rng.choice(
        [
            ("Rathmines", "Dublin 6", "D06"),
            ("Phibsborough", "Dublin 7", "D07"),
            ("Ballintemple", "Cork", "T12"),
            ("Salthill", "Galway", "H91"),
        ]
    )
    lines = []
    if rng.random() < 0.35:
        lines.append(
            [
                (f"Apartment {_n(rng, 1, 60)}", "unit"),
                (", ", None),
                (rng.choice(["The Maltings", "Fitzwilliam Court"]), "building"),
            ]
        )
    lines.append(
        [
            (
                f"{_n(rng, 1, 120)} " + rng.choice(["Grove Park", "Bishop Street", "Ormond Road", "Seapoint Avenue"]),
                "street_address",
            )
        ]
    )
    lines += [[(area, "city")], [(city, "city")], [(f"{rk} {_r(rng, '@#@#')}", "postal_code")]]
    return Address("IE", lines)


def de(rng):
    plz3, city = rng.choice(
        [
            ("506", "Köln"),
            ("104", "Berlin"),
            ("803", "München"),
            ("010", "Dresden"),
            ("200", "Hamburg"),
            ("041", "Leipzig"),
            ("701", "Stuttgart"),
            ("481", "Münster"),
        ]
    )
    street = (
        rng.choice(
            [
                "Hauptstraße",
                "Am Lindenhof",
                "Kastanienallee",
                "Schillerstr.",
                "Bahnhofstraße",
                "Goethestraße",
                "Karl-Marx-Allee",
                "Im Wiesengrund",
            ]
        )
        + " "
        + _n(rng, 1, 140)
        + rng.choice(["", "", "a", "b"])
    )
    lines = [[(street, "street_address")]]
    if rng.random() < 0.25:
        lines[0] += [(", ", None), (rng.choice(["Whg. 5", "3. OG links", "App. 12", "Hinterhaus"]), "unit")]
    lines.append([(plz3 + _r(rng, "##"), "postal_code"), (" ", None), (city, "city")])
    return Address("DE", lines)


def fr(rng):
    cp, city = rng.choice(
        [
            ("69003", "Lyon"),
            ("75011", "Paris"),
            ("13006", "Marseille"),
            ("31000", "Toulouse"),
            ("44000", "Nantes"),
            ("67000", "Strasbourg"),
            ("33800", "Bordeaux"),
        ]
    )
    lines = []
    if rng.random() < 0.3:
        lines.append([(rng.choice(["Bât. B, Apt 22", "Appt 14, 3e étage", "Esc. C"]), "unit")])
    if rng.random() < 0.2:
        lines.append([(rng.choice(["Résidence Les Pins", "Résidence du Parc"]), "building")])
    lines.append(
        [
            (
                f"{_n(rng, 1, 140)}{rng.choice(['', '', ' bis'])} "
                + rng.choice(
                    [
                        "rue des Lilas",
                        "avenue Jean Jaurès",
                        "boulevard Voltaire",
                        "impasse du Moulin",
                        "rue Victor Hugo",
                        "allée des Tilleuls",
                    ]
                ),
                "street_address",
            )
        ]
    )
    lines.append([(cp, "postal_code"), (" ", None), (city, "city")])
    return Address("FR", lines)


def nl(rng):
    pc4, city = rng.choice(
        [
            ("1016", "Amsterdam"),
            ("3511", "Utrecht"),
            ("2511", "Den Haag"),
            ("9711", "Groningen"),
            ("5611", "Eindhoven"),
            ("2312", "Leiden"),
        ]
    )
    street = rng.choice(["Prinsengracht", "Oudegracht", "Van Goghlaan", "Molenweg", "Kerkstraat", "Zonnebloemstraat"])
    nr = _n(rng, 1, 400) + rng.choice(["", "", "-1", "A", " huis", "-II"])
    return Address(
        "NL",
        [
            [(f"{street} {nr}", "street_address")],
            [(f"{pc4} {_r(rng, '@@')}", "postal_code"), (" ", None), (city, "city")],
        ],
    )


def es(rng):
    cp, city, prov = rng.choice(
        [
            ("28014", "Madrid", "Madrid"),
            ("08008", "Barcelona", "Barcelona"),
            ("41001", "Sevilla", "Sevilla"),
            ("46002", "València", "Valencia"),
            ("48001", "Bilbao", "Bizkaia"),
            ("29001", "Málaga", "Málaga"),
        ]
    )
    street = rng.choice(
        [
            f"Calle de Alcalá {_n(rng, 1, 200)}",
            f"Avda. Diagonal {_n(rng, 1, 600)}",
            f"C/ Mayor {_n(rng, 1, 90)}",
            f"Paseo de Gracia {_n(rng, 1, 120)}",
        ]
    )
    line1 = [(street, "street_address"), (", ", None), (rng.choice(["3º B", "5º 2ª", "bajo", "1º izda."]), "unit")]
    line2 = [(cp, "postal_code"), (" ", None), (city, "city")]
    if rng.random() < 0.4:
        line2 += [(" (", None), (prov, "region"), (")", None)]
    return Address("ES", [line1, line2])


def it(rng):
    cap, city, prov = rng.choice(
        [
            ("20121", "Milano", "MI"),
            ("00184", "Roma", "RM"),
            ("80134", "Napoli", "NA"),
            ("10121", "Torino", "TO"),
            ("50122", "Firenze", "FI"),
            ("90133", "Palermo", "PA"),
        ]
    )
    street = rng.choice(
        [
            f"Via Roma {_n(rng, 1, 200)}",
            f"Corso Vittorio Emanuele II {_n(rng, 1, 300)}",
            f"Viale Giuseppe Mazzini {_n(rng, 1, 90)}",
            f"Piazza Garibaldi {_n(rng, 1, 30)}",
            f"Via dei Mille {_n(rng, 1, 60)}",
        ]
    )
    line1 = [(street, "street_address")]
    if rng.random() < 0.35:
        line1 += [(", ", None), (rng.choice(["int. 5", "scala B", "piano 3"]), "unit")]
    return Address("IT", [line1, [(cap, "postal_code"), (" ", None), (city, "city"), (" ", None), (prov, "region")]])


def pl(rng):
    kod, city = rng.choice(
        [
            ("00-514", "Warszawa"),
            ("90-004", "Łódź"),
            ("31-042", "Kraków"),
            ("80-831", "Gdańsk"),
            ("50-077", "Wrocław"),
            ("61-772", "Poznań"),
        ]
    )
    street = rng.choice(
        [
            f"ul. Marszałkowska {_n(rng, 1, 140)}/{_n(rng, 1, 90)}",
            f"ul. Piotrkowska {_n(rng, 1, 300)}",
            f"al. Jana Pawła II {_n(rng, 1, 80)}",
            f"os. Kościuszkowskie {_n(rng, 1, 20)}/{_n(rng, 1, 60)}",
        ]
    )
    line1 = [(street, "street_address")]
    if rng.random() < 0.3:
        line1 += [(" ", None), (f"m. {_n(rng, 1, 99)}", "unit")]
    return Address("PL", [line1, [(kod, "postal_code"), (" ", None), (city, "city")]])
