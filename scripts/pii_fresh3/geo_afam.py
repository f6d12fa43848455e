"""Personal address formats: the Americas, the Caribbean and Africa."""

from .addr import Addr, bd, ci, ds, lm, pb, pc, rg, st, tx, un

CA_ALNUM = "ABCEGHJKLMNPRSTVXY"


def ca(r):
    v = r.randrange(3)
    if v == 0:
        town, prov, code = r.choice(
            [
                ("Iqaluit", "NU", "X0A 0H0"),
                ("Pangnirtung", "NU", "X0A 0R0"),
                ("Rankin Inlet", "NU", "X0C 0G0"),
                ("Kuujjuaq", "QC", "J0M 1C0"),
            ]
        )
        first = [pb("Box %d" % r.randint(10, 2999))] if r.random() < 0.6 else [st("House %d" % r.randint(100, 999))]
    elif v == 1:
        town, prov, code = r.choice(
            [
                ("Moose Factory", "ON", "P0L 1W0"),
                ("Chisasibi", "QC", "J0M 1E0"),
                ("Norway House", "MB", "R0B 1B0"),
                ("Maskwacis", "AB", "T0C 1N0"),
            ]
        )
        first = [
            st("%d %s" % (r.randint(1, 400), r.choice(["Main Street", "Riverside Drive", "Bay Road", "Cree Road"])))
        ]
    else:
        town, prov, pre = r.choice(
            [("Toronto", "ON", "M6N"), ("Saskatoon", "SK", "S7K"), ("Winnipeg", "MB", "R2W"), ("Montréal", "QC", "H2X")]
        )
        code = "%s %d%s%d" % (pre, r.randint(1, 9), r.choice(CA_ALNUM), r.randint(0, 9))
        first = [
            un(r.choice(["Apt %d", "Unit %d", "App. %d"]) % r.randint(101, 1808)),
            tx(", "),
            st(
                "%d %s"
                % (
                    r.randint(10, 3000),
                    r.choice(["Jane Street", "Avenue Road", "rue Saint-Denis", "Selkirk Avenue", "20th Street West"]),
                )
            ),
        ]
    return Addr(
        "CA", ["Canada"], [first, [ci(town), tx(r.choice([" ", ", "])), rg(prov), tx(r.choice(["  ", " "])), pc(code)]]
    )


def us(r):
    v = r.randrange(4)
    if v == 0:
        town, st_, z = r.choice(
            [
                ("Chinle", "AZ", "86503"),
                ("Window Rock", "AZ", "86515"),
                ("Kayenta", "AZ", "86033"),
                ("Shiprock", "NM", "87420"),
                ("Crownpoint", "NM", "87313"),
                ("Tuba City", "AZ", "86045"),
            ]
        )
        first = [pb(r.choice(["PO Box %d", "P.O. Box %d", "HC 61 Box %d"]) % r.randint(10, 4999))]
        lines = [first]
        if r.random() < 0.4:
            lines.append(
                [
                    tx("%d mi %s of " % (r.randint(1, 9), r.choice(["N", "S", "east", "west"]))),
                    lm(
                        r.choice(
                            ["Rough Rock Chapter House", "the Many Farms water tower", "Navajo Route 12 mile marker 40"]
                        ).replace("the ", "")
                    ),
                ]
            )
        lines.append([ci(town), tx(", "), rg(st_), tx(" "), pc(z)])
        return Addr("US", ["USA", "United States"], lines)
    town, st_, z, streets = r.choice(
        [
            ("Brooklyn", "NY", "11219", ["47th Street", "13th Avenue", "Ocean Parkway"]),
            ("St. Paul", "MN", "5510%d" % r.randint(1, 7), ["Grand Avenue", "Payne Avenue", "Arcade Street"]),
            ("Fresno", "CA", "93702", ["E Belmont Ave", "N Chestnut Ave"]),
            ("San Diego", "CA", "92114", ["Imperial Avenue", "Skyline Drive"]),
            ("Bronx", "NY", "10456", ["Grand Concourse", "Morris Avenue"]),
        ]
    )
    line = [st("%d %s" % (r.randint(10, 5999), r.choice(streets)))]
    if r.random() < 0.5:
        line += [
            tx(r.choice([", ", " "])),
            un(r.choice(["Apt %d%s" % (r.randint(1, 6), r.choice("ABCDF")), "#%d" % r.randint(2, 40)])),
        ]
    return Addr("US", ["USA", "United States"], [line, [ci(town), tx(", "), rg(st_), tx(" "), pc(z)]])


def cl(r):
    if r.random() < 0.35:
        lines = [
            [ds(r.choice(["Comunidad Lof Rukañanco", "Comunidad Juan Catrilaf", "Sector Rengalil"]))],
            [tx("frente a la "), lm(r.choice(["Escuela Rural Rengalil", "posta de Boroa"]))],
            [ci(r.choice(["Nueva Imperial", "Cholchol", "Tirúa"])), tx(", "), rg("Región de La Araucanía")],
        ]
        return Addr("CL", ["Chile"], lines)
    city, code = r.choice(
        [("Temuco", "4780000"), ("Padre Las Casas", "4850000"), ("Pudahuel", "9020000"), ("La Pintana", "8820000")]
    )
    lines = [
        [
            st(
                "%s %d"
                % (
                    r.choice(
                        ["Pasaje Los Copihues", "Avenida Pedro de Valdivia", "Calle Lautaro", "Pasaje Los Aromos"]
                    ),
                    r.randint(100, 9999),
                )
            )
        ]
    ]
    if r.random() < 0.4:
        lines.append([ds(r.choice(["Villa Los Aromos", "Población Santa Rosa", "Villa El Bosque"]))])
    lines.append([ci(city)])
    if r.random() < 0.5:
        lines.append([pc(code)])
    return Addr("CL", ["Chile"], lines)


def py(r):
    if r.random() < 0.35:
        return Addr(
            "PY",
            ["Paraguay"],
            [
                [ds(r.choice(["Compañía Potrero Guazú", "Compañía Ñu Pyahu", "Colonia Yvypytã"]))],
                [tx("frente a la "), lm(r.choice(["capilla San Roque", "Escuela Básica N° 1842"]))],
                [ci(r.choice(["Caaguazú", "Villarrica", "Itauguá"]))],
            ],
        )
    city, code = r.choice([("Asunción", "001408"), ("Luque", "110920"), ("San Lorenzo", "111454")])
    lines = [
        [
            st(
                "%s %d"
                % (r.choice(["Tte. Fariña", "Mcal. Estigarribia", "Cerro Corá", "Tte. Molas"]), r.randint(100, 3999))
            ),
            tx(r.choice([" c/ EE.UU.", " esq. Paraguarí", ""])),
        ]
    ]
    lines.append([ds(r.choice(["Barrio Sajonia", "Barrio Obrero", "Barrio San Vicente"]))])
    lines.append([ci(city)] + ([tx(" "), pc(code)] if r.random() < 0.4 else []))
    return Addr("PY", ["Paraguay"], lines)


def bo(r):
    if r.random() < 0.3:
        return Addr(
            "BO",
            ["Bolivia"],
            [
                [ds(r.choice(["Comunidad Jancko Amaya", "Comunidad Ch’allapampa", "Comunidad Santiago de Okola"]))],
                [rg(r.choice(["Provincia Omasuyos", "Provincia Los Andes"]))],
                [rg("La Paz")],
            ],
        )
    lines = [
        [st("Calle %d Nro. %d" % (r.randint(1, 12), r.randint(10, 999)))],
        [ds(r.choice(["Zona Villa Dolores", "Zona 16 de Julio", "Zona Senkata", "Zona Ballivián"]))],
        [ci(r.choice(["El Alto", "La Paz", "Viacha"]))],
    ]
    return Addr("BO", ["Bolivia"], lines)


def hn(r):
    city, dept = r.choice([("Trujillo", "Colón"), ("La Ceiba", "Atlántida"), ("Tela", "Atlántida")])
    lines = [[ds(r.choice(["Barrio Cristales", "Barrio Río Negro", "Colonia Alameda", "Barrio La Isla"]))]]
    if r.random() < 0.5:
        lines.append([un("casa %d" % r.randint(1, 400))])
    if r.random() < 0.5:
        lines.append([tx("frente a la "), lm(r.choice(["cancha de Cristales", "Iglesia San Juan Bautista"]))])
    lines.append([ci(city), tx(", "), rg(dept)])
    return Addr("HN", ["Honduras"], lines)


def bz(r):
    city, dist = r.choice(
        [("Dangriga Town", "Stann Creek District"), ("Punta Gorda", "Toledo District"), ("Belize City", None)]
    )
    lines = [
        [
            st(
                "%d %s"
                % (
                    r.randint(1, 90),
                    r.choice(["Commerce Street", "Pelican Street", "St. Vincent Street", "Front Street"]),
                )
            )
        ]
    ]
    if r.random() < 0.3:
        lines.append([tx("near "), lm("Chuluhadiwa Park")])
    lines.append([ci(city)] + ([tx(", "), rg(dist)] if dist else []))
    return Addr("BZ", ["Belize"], lines)


def jm(r):
    if r.random() < 0.4:
        return Addr(
            "JM",
            ["Jamaica", "JA"],
            [
                [ds(r.choice(["Content District", "Top Hill District", "Mocho District"]))],
                [tx("near "), lm(r.choice(["Bethel Gospel Chapel", "Mocho Primary School"]))],
                [ci(r.choice(["Mandeville", "Christiana", "May Pen"])), tx(" P.O.")],
                [rg(r.choice(["Manchester", "Clarendon", "St. Elizabeth"]))],
            ],
        )
    first = r.choice(
        [
            [st("Lot %d" % r.randint(10, 999)), tx(", "), ds(r.choice(["Greater Portmore", "Waterford", "Edgewater"]))],
            [st("%d %s" % (r.randint(1, 120), r.choice(["Hope Road", "Mountain View Avenue", "Red Hills Road"])))],
        ]
    )
    return Addr(
        "JM",
        ["Jamaica"],
        [
            first,
            [ci(r.choice(["Kingston 6", "Kingston 10", "Portmore", "Spanish Town"]))],
            [rg(r.choice(["St. Andrew", "St. Catherine"]))],
        ],
    )


def tt(r):
    if r.random() < 0.5:
        lines = [
            [
                lm("LP #%d" % r.randint(1, 120)),
                tx(", "),
                st(r.choice(["Ramdass Trace", "Mohammed Street", "Boodoo Trace"])),
            ],
            [ci(r.choice(["Penal", "Debe", "Chaguanas", "Couva"]))],
        ]
    else:
        lines = [
            [st("%d %s" % (r.randint(1, 150), r.choice(["Ariapita Avenue", "Carlos Street", "Eastern Main Road"])))],
            [ds(r.choice(["Woodbrook", "St. James", "Laventille"]))],
            [ci("Port of Spain")],
        ]
    if r.random() < 0.4:
        lines[-1] += [tx(" "), pc("%d" % r.choice([120411, 150123, 530402, 600810]))]
    return Addr("TT", ["Trinidad and Tobago", "Trinidad", "T&T"], lines)


def cv(r):
    if r.random() < 0.2:
        return Addr("CV", ["Cabo Verde", "Cape Verde"], [[pb("C.P. %d" % r.randint(10, 999))], [ci("Praia")]])
    city, isl, dists = r.choice(
        [
            ("Praia", "Santiago", ["Achada Santo António", "Palmarejo", "Várzea"]),
            ("Mindelo", "São Vicente", ["Monte Sossego", "Ribeira Bote"]),
            ("Assomada", "Santiago", ["Achada Falcão"]),
        ]
    )
    lines = [
        [
            st(
                "%s, n.º %d"
                % (
                    r.choice(["Rua 5 de Julho", "Rua de Lisboa", "Rua Cidade de Funchal", "Avenida Amílcar Cabral"]),
                    r.randint(1, 120),
                )
            )
        ],
        [ds(r.choice(dists))],
        [ci(city)],
    ]
    if r.random() < 0.4:
        lines.append([tx("Ilha de "), rg(isl)])
    return Addr("CV", ["Cabo Verde", "Cape Verde"], lines)


def ao(r):
    city = r.choice(["Luanda", "Benguela", "Huambo", "Lubango"])
    lines = [
        [
            st(
                "%s, n.º %d"
                % (
                    r.choice(
                        ["Rua Rainha Ginga", "Rua Comandante Valódia", "Rua da Missão", "Avenida Deolinda Rodrigues"]
                    ),
                    r.randint(1, 300),
                )
            )
        ]
    ]
    if r.random() < 0.5:
        lines[0] += [tx(", "), un("%d.º andar" % r.randint(1, 12))]
    lines.append([ds(r.choice(["Bairro Maianga", "Bairro Rangel", "Município do Cazenga", "Bairro Kikolo"]))])
    if r.random() < 0.4:
        lines.append([tx("próximo do "), lm(r.choice(["Mercado do Kikolo", "Largo das Escolas"]))])
    lines.append([ci(city)])
    return Addr("AO", ["Angola"], lines)


def mz(r):
    if r.random() < 0.5:
        lines = [
            [ds(r.choice(["Bairro Polana Caniço A", "Bairro Magoanine", "Bairro Maxaquene B"]))],
            [ds("Quarteirão %d" % r.randint(1, 60)), tx(", "), un("casa n.º %d" % r.randint(1, 90))],
            [ci("Maputo")],
        ]
    else:
        lines = [
            [
                st(
                    "%s, n.º %d"
                    % (
                        r.choice(["Av. Julius Nyerere", "Av. Eduardo Mondlane", "Rua da Resistência"]),
                        r.randint(10, 3000),
                    )
                )
            ],
            [un("flat %d" % r.randint(1, 30))] if r.random() < 0.5 else [],
            [ci(r.choice(["Maputo", "Matola", "Beira"]))],
        ]
    return Addr("MZ", ["Moçambique", "Mozambique"], lines)


def mw(r):
    v = r.randrange(3)
    if v == 0:
        lines = [
            [pb("P.O. Box %d" % r.randint(100, 40000))],
            [ci(r.choice(["Lilongwe 3", "Blantyre 3", "Zomba", "Mzuzu"]))],
        ]
    elif v == 1:
        lines = [
            [ds("Area %d" % r.randint(1, 49)), tx(", "), st("Plot No. %d/%d" % (r.randint(1, 49), r.randint(1, 400)))],
            [ci("Lilongwe")],
        ]
    else:
        lines = [
            [ds(r.choice(["Chimwankhunda Village", "Mpemba Village", "Chilomoni"]))],
            [ds(r.choice(["T/A Kuntaja", "T/A Kapeni"]))],
            [tx("near "), lm("Ndirande Market")],
            [ci("Blantyre")],
        ]
    return Addr("MW", ["Malawi"], lines)


def ug(r):
    city = r.choice(["Kampala", "Gulu", "Mbarara", "Jinja", "Masaka"])
    if r.random() < 0.25:
        return Addr("UG", ["Uganda"], [[pb("P.O. Box %d" % r.randint(100, 39999))], [ci(city)]])
    lines = [
        [
            st(
                "Plot %d %s"
                % (r.randint(1, 300), r.choice(["Kira Road", "Bombo Road", "Gulu Avenue", "Mbarara-Kabale Road"]))
            )
        ],
        [ds(r.choice(["Kamwokya", "Ntinda", "Kisenyi II Zone", "Layibi", "Kakoba"]))],
    ]
    if r.random() < 0.3:
        lines.append([tx("near "), lm("St. Kizito Catholic Church")])
    lines.append([ci(city)])
    return Addr("UG", ["Uganda"], lines)


def rw(r):
    if r.random() < 0.2:
        return Addr("RW", ["Rwanda"], [[pb("B.P. %d" % r.randint(100, 6000))], [ci("Kigali")]])
    return Addr(
        "RW",
        ["Rwanda"],
        [
            [
                st(
                    "No. %d %s %d %s"
                    % (r.randint(1, 90), r.choice(["KG", "KN", "KK"]), r.randint(1, 700), r.choice(["St", "Ave"]))
                )
            ],
            [ds(r.choice(["Kacyiru", "Kimihurura", "Nyamirambo", "Remera"]))],
            [ds(r.choice(["Gasabo", "Nyarugenge", "Kicukiro"]))],
            [ci("Kigali")],
        ],
    )


def er(r):
    if r.random() < 0.3:
        return Addr(
            "ER", ["Eritrea"], [[pb("P.O. Box %d" % r.randint(100, 9000))], [ci(r.choice(["Asmara", "Keren"]))]]
        )
    return Addr(
        "ER",
        ["Eritrea"],
        [
            [st("No. %d, Street %d-%d" % (r.randint(1, 80), r.randint(100, 199), r.randint(1, 9)))],
            [ds(r.choice(["Gejeret", "Tiravolo", "Mai Temenai", "Godaif"]))],
            [ci(r.choice(["Asmara", "Mendefera", "Keren"]))],
        ],
    )


def sd(r):
    city = r.choice(["Khartoum", "Omdurman", "Khartoum North", "Port Sudan"])
    if r.random() < 0.2:
        return Addr("SD", ["Sudan"], [[pb("P.O. Box %d" % r.randint(100, 15000))], [ci(city)]])
    lines = [
        [ds("Block %d" % r.randint(1, 30)), tx(", "), st("House No. %d" % r.randint(1, 400))],
        [ds(r.choice(["Al Riyadh", "Al Amarat", "Hay Al Umda", "Kafouri"]))],
    ]
    if r.random() < 0.3:
        lines.append([tx("near "), lm("Al Sunna Mosque")])
    lines.append([ci(city)])
    return Addr("SD", ["Sudan"], lines)


def ly(r):
    city, dists = r.choice(
        [
            ("Tripoli", ["Hay Al Andalus", "Gargaresh", "Souq Al Juma"]),
            ("Benghazi", ["Al Fuwayhat", "Al Hadaek"]),
            ("Misrata", ["Al Ghiran"]),
        ]
    )
    return Addr(
        "LY",
        ["Libya"],
        [
            [bd("Building %d" % r.randint(1, 40)), tx(", "), un("Flat %d" % r.randint(1, 20))],
            [st(r.choice(["Gargaresh Street", "Dubai Street", "Venezia Street", "Omar Al Mukhtar Street"]))],
            [ds(r.choice(dists))],
            [ci(city)],
        ],
    )


FUNCS = {
    "CA": ca,
    "US": us,
    "CL": cl,
    "PY": py,
    "BO": bo,
    "HN": hn,
    "BZ": bz,
    "JM": jm,
    "TT": tt,
    "CV": cv,
    "AO": ao,
    "MZ": mz,
    "MW": mw,
    "UG": ug,
    "RW": rw,
    "ER": er,
    "SD": sd,
    "LY": ly,
}
