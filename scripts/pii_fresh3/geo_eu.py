"""Personal address formats: Europe."""

from .addr import Addr, bd, ci, ds, pb, pc, rg, st, tx, un
from .addr import digits as D

IN = "ABDEFGHJLNPQRSTUWXYZ"


def gb(r):
    town, area, dists, county = r.choice(
        [
            ("Birmingham", "B", ["Moseley", "Handsworth", "Sparkbrook"], "West Midlands"),
            ("Leeds", "LS", ["Chapeltown", "Harehills", "Headingley"], "West Yorkshire"),
            ("Cardiff", "CF", ["Grangetown", "Splott", "Canton"], None),
            ("Caernarfon", "LL", ["Twthill", "Y Maes"], "Gwynedd"),
            ("Luton", "LU", ["Bury Park", "Lewsey Farm"], "Bedfordshire"),
            ("Manchester", "M", ["Moss Side", "Levenshulme", "Cheetham Hill"], None),
            ("Swansea", "SA", ["Sketty", "Morriston"], None),
        ]
    )
    code = "%s%d %d%s%s" % (area, r.randint(1, 28), r.randint(1, 9), r.choice(IN), r.choice(IN))
    street = r.choice(
        [
            "Albert Road",
            "Clarendon Street",
            "Grange Avenue",
            "Moorland Close",
            "Station Terrace",
            "Vicarage Lane",
            "Heol y Nant",
            "Tudor Crescent",
            "Ffordd Llanberis",
            "Brook Lane",
        ]
    )
    lines = []
    if r.random() < 0.35:
        lines.append(
            [
                un("Flat %d" % r.randint(1, 24)),
                tx(", "),
                bd(r.choice(["Rosemary Court", "Kingfisher House", "Elm Tree Mews", "Harrow Lodge", "Tŷ Gwyn"])),
            ]
        )
    elif r.random() < 0.15:
        lines.append([bd(r.choice(["Ivy Cottage", "The Old Forge", "Bryn Awel"]))])
    lines.append([st("%d%s %s" % (r.randint(1, 240), r.choice(["", "", "a", "B"]), street))])
    if r.random() < 0.6:
        lines.append([ds(r.choice(dists))])
    lines.append([ci(town)])
    if county and r.random() < 0.3:
        lines.append([rg(county)])
    lines.append([pc(code)])
    return Addr("GB", ["United Kingdom", "UK", "Great Britain"], lines)


def ie(r):
    town, key, county = r.choice(
        [
            ("Dublin 8", "D08", "Co. Dublin"),
            ("Claremorris", "F12", "Co. Mayo"),
            ("Letterkenny", "F92", "Co. Donegal"),
            ("Galway", "H91", "Co. Galway"),
            ("Ennis", "V95", "Co. Clare"),
            ("Tralee", "V92", "Co. Kerry"),
        ]
    )
    code = key + " " + "".join(r.choice("0123456789ACDEFHKNPRTVWXY") for _ in range(4))
    if r.random() < 0.4:
        lines = [
            [ds(r.choice(["Ballyglass", "Cloonfad", "Gort an Choirce", "Derrylahan", "Knockaunbrack"]))],
            [ci(town)],
            [rg(county)],
            [pc(code)],
        ]
        if r.random() < 0.5:
            lines.insert(0, [bd(r.choice(["Rose Cottage", "Teach Uí Néill", "Hillview House"]))])
    else:
        lines = [
            [
                un("Apartment %d" % r.randint(1, 60)),
                tx(", "),
                bd(r.choice(["The Maltings", "Weavers Hall", "Cois Abhann"])),
            ]
            if r.random() < 0.5
            else [],
            [
                st(
                    "%d %s"
                    % (
                        r.randint(1, 120),
                        r.choice(["Bride Street", "Sráid an Mhuilinn", "Church Road", "Mount Pleasant Avenue"]),
                    )
                )
            ],
            [ci(town)],
            [pc(code)],
        ]
    return Addr("IE", ["Ireland", "Éire"], lines)


def fr(r):
    code, city = r.choice(
        [
            ("20000", "Ajaccio"),
            ("20200", "Bastia"),
            ("20250", "Corte"),
            ("20137", "Porto-Vecchio"),
            ("13003", "Marseille"),
            ("64100", "Bayonne"),
            ("69007", "Lyon"),
            ("64500", "Saint-Jean-de-Luz"),
        ]
    )
    street = r.choice(
        [
            "rue Fesch",
            "avenue Noël Franchini",
            "route du Salario",
            "chemin de la Serra",
            "boulevard National",
            "rue Pannecau",
            "rue des Lilas",
            "allée des Mimosas",
        ]
    )
    lines = []
    if r.random() < 0.4:
        lines.append(
            [
                un("Appt %d" % r.randint(1, 48)),
                tx(", "),
                bd(r.choice(["Résidence Les Mimosas", "Bât. B", "Résidence U Palazzu", "Bâtiment C"])),
            ]
        )
    if r.random() < 0.2:
        lines.append([ds(r.choice(["Hameau de Funtanella", "Lieu-dit Sant'Antone", "Quartier Saint-Joseph"]))])
    lines.append([st("%d%s %s" % (r.randint(1, 150), r.choice(["", "", " bis", " ter"]), street))])
    lines.append([pc(code), tx(" "), ci(city)])
    return Addr("FR", ["France"], lines)


def de(r):
    code, city = r.choice(
        [
            ("26789", "Leer"),
            ("26603", "Aurich"),
            ("25813", "Husum"),
            ("25899", "Niebüll"),
            ("10997", "Berlin"),
            ("22769", "Hamburg"),
            ("50667", "Köln"),
        ]
    )
    street = r.choice(
        ["Hauptstraße", "Mühlenweg", "Am Deich", "Friesenstraße", "Lindenallee", "Wrangelstraße", "Stresemannstraße"]
    )
    lines = [[st("%s %d%s" % (street, r.randint(1, 140), r.choice(["", "", "a", "b"])))]]
    if r.random() < 0.3:
        lines[0] += [tx(", "), un(r.choice(["3. OG links", "Whg. %d" % r.randint(1, 30), "Hinterhaus, 2. OG"]))]
    lines.append([pc(code), tx(" "), ci(city)])
    return Addr("DE", ["Deutschland", "Germany"], lines)


def nl(r):
    pre, city = r.choice(
        [
            ("89", "Leeuwarden"),
            ("86", "Sneek"),
            ("92", "Drachten"),
            ("84", "Heerenveen"),
            ("91", "Dokkum"),
            ("10", "Amsterdam"),
        ]
    )
    code = "%s%s %s%s" % (pre, D(r, 2), r.choice("ABCDEGHJKLMNPRSTVWXZ"), r.choice("ABCDEGHJKLMNPRSTVWXZ"))
    street = r.choice(["Nieuwestad", "Tuinen", "Grote Kerkstraat", "Wortelhaven", "Singel", "Oudegracht", "Kerkstraat"])
    lines = [
        [st("%s %d%s" % (street, r.randint(1, 180), r.choice(["", "", "A", "-2", " hs"])))],
        [pc(code), tx(r.choice(["  ", " "])), ci(city)],
    ]
    return Addr("NL", ["Nederland", "the Netherlands"], lines)


def be(r):
    code, city, fr_ = r.choice(
        [
            ("1050", "Ixelles", True),
            ("1000", "Bruxelles", True),
            ("9000", "Gent", False),
            ("2060", "Antwerpen", False),
            ("4000", "Liège", True),
        ]
    )
    if fr_:
        s, box = (
            r.choice(["Chaussée de Wavre", "Rue Haute", "Rue de la Paix", "Avenue de la Couronne"]),
            "bte %d" % r.randint(1, 40),
        )
    else:
        s, box = r.choice(["Kerkstraat", "Sint-Pietersnieuwstraat", "Lange Kievitstraat"]), "bus %d" % r.randint(1, 40)
    line = [st("%s %d" % (s, r.randint(1, 300)))]
    if r.random() < 0.6:
        line += [tx(" "), un(box)]
    return Addr("BE", ["Belgique", "België", "Belgium"], [line, [pc(code), tx(" "), ci(city)]])


def es(r):
    code, city, prov = r.choice(
        [
            ("48005", "Bilbao", "Bizkaia"),
            ("20003", "Donostia", "Gipuzkoa"),
            ("01001", "Vitoria-Gasteiz", "Araba"),
            ("28013", "Madrid", None),
            ("31001", "Pamplona", "Navarra"),
        ]
    )
    street = r.choice(
        ["Calle Mayor", "Kale Nagusia", "Avenida Sabino Arana", "Calle San Francisco", "Plaza Nueva", "Calle Urbieta"]
    )
    line = [st("%s, %d" % (street, r.randint(1, 90)))]
    if r.random() < 0.7:
        line += [tx(", "), un(r.choice(["3º 2ª", "4º B", "bajo izq.", "2º dcha.", "5. ezk."]))]
    last = [pc(code), tx(" "), ci(city)]
    if prov and r.random() < 0.5:
        last += [tx(" ("), rg(prov), tx(")")]
    return Addr("ES", ["España", "Spain"], [line, last])


def it(r):
    code, city, prov = r.choice(
        [
            ("09124", "Cagliari", "CA"),
            ("07100", "Sassari", "SS"),
            ("08100", "Nuoro", "NU"),
            ("09170", "Oristano", "OR"),
            ("08027", "Orgosolo", "NU"),
            ("20125", "Milano", "MI"),
        ]
    )
    if r.random() < 0.2:
        lines = [[ds(r.choice(["Località Su Pradu", "Frazione Santa Maria", "Loc. Sa Serra"]))]]
    else:
        lines = [
            [
                st(
                    "%s %d"
                    % (
                        r.choice(["Via Roma", "Via Sonnino", "Corso Vittorio Emanuele", "Via Logudoro", "Via Trieste"]),
                        r.randint(1, 200),
                    )
                )
            ]
        ]
        if r.random() < 0.4:
            lines[0] += [tx(", "), un(r.choice(["int. %d" % r.randint(1, 20), "scala B int. %d" % r.randint(1, 20)]))]
    lines.append(
        [pc(code), tx(" "), ci(city), tx(" "), rg(prov)] if r.random() < 0.6 else [pc(code), tx(" "), ci(city)]
    )
    return Addr("IT", ["Italia", "Italy"], lines)


def pt(r):
    code, city = r.choice(
        [
            ("1100-053", "Lisboa"),
            ("2700-%s" % D(r, 3), "Amadora"),
            ("2735-%s" % D(r, 3), "Cacém"),
            ("4000-%s" % D(r, 3), "Porto"),
        ]
    )
    line = [
        st(
            "%s, %d"
            % (
                r.choice(["Rua Augusta", "Rua Principal", "Avenida da República", "Travessa do Moinho"]),
                r.randint(1, 200),
            )
        )
    ]
    if r.random() < 0.6:
        line += [tx(", "), un(r.choice(["2.º Esq.", "1.º Dto.", "r/c", "3.º B"]))]
    lines = [line]
    if r.random() < 0.3:
        lines.append([ds(r.choice(["Bairro da Cova da Moura", "Zambujal", "Alto da Damaia"]))])
    lines.append([pc(code), tx(" "), ci(city)])
    return Addr("PT", ["Portugal"], lines)


def ch(r):
    code, city = r.choice(
        [("8486", "Rikon"), ("8810", "Horgen"), ("8001", "Zürich"), ("3013", "Bern"), ("1202", "Genève")]
    )
    if r.random() < 0.2:
        lines = [[pb("Postfach %d" % r.randint(100, 9999))]]
    else:
        lines = [
            [
                st(
                    "%s %d"
                    % (
                        r.choice(["Bahnhofstrasse", "Tösstalstrasse", "Dorfstrasse", "Rue de Lausanne", "Seestrasse"]),
                        r.randint(1, 120),
                    )
                )
            ]
        ]
    lines.append([pc(code), tx(" "), ci(city)])
    return Addr("CH", ["Schweiz", "Switzerland", "Suisse"], lines)


def at(r):
    code, city = r.choice(
        [("1060", "Wien"), ("1100", "Wien"), ("8020", "Graz"), ("4020", "Linz"), ("5020", "Salzburg")]
    )
    line = [
        st(
            "%s %d"
            % (
                r.choice(["Mariahilfer Straße", "Favoritenstraße", "Annenstraße", "Wiener Straße", "Gürtel"]),
                r.randint(1, 200),
            )
        )
    ]
    if r.random() < 0.7:
        line += [tx(r.choice(["/", ", "])), un("Top %d" % r.randint(1, 40))]
    return Addr("AT", ["Österreich", "Austria"], [line, [pc(code), tx(" "), ci(city)]])


def dk(r):
    code, city = r.choice(
        [("2200", "København N"), ("5000", "Odense C"), ("8000", "Aarhus C"), ("2300", "København S")]
    )
    line = [
        st("%s %d" % (r.choice(["Nørrebrogade", "Amagerbrogade", "Vestergade", "Jægersborggade"]), r.randint(1, 200)))
    ]
    if r.random() < 0.7:
        line += [tx(", "), un(r.choice(["3. tv.", "2. th.", "st. mf.", "4. 12"]))]
    return Addr("DK", ["Danmark", "Denmark"], [line, [pc(code), tx(" "), ci(city)]])


def fo(r):
    code, city = r.choice(
        [
            ("100", "Tórshavn"),
            ("700", "Klaksvík"),
            ("620", "Runavík"),
            ("800", "Tvøroyri"),
            ("900", "Vágur"),
            ("188", "Hoyvík"),
            ("510", "Gøta"),
        ]
    )
    if r.random() < 0.2:
        first = [pb("Postsmoga %d" % r.randint(1, 3000))]
    else:
        first = [
            st(
                "%s %d"
                % (
                    r.choice(["Dalavegur", "Tróndargøta", "Hoyvíksvegur", "Sverrisgøta", "Undir Bakka", "Við Garðar"]),
                    r.randint(1, 60),
                )
            )
        ]
    return Addr(
        "FO", ["Føroyar", "Faroe Islands"], [first, [pc(r.choice(["FO-", "FO ", ""]) + code), tx(" "), ci(city)]]
    )


def no(r):
    code, city = r.choice(
        [
            ("9520", "Guovdageaidnu"),
            ("9520", "Kautokeino"),
            ("9730", "Karasjok"),
            ("9845", "Tana"),
            ("9510", "Alta"),
            ("9008", "Tromsø"),
            ("0155", "Oslo"),
        ]
    )
    if r.random() < 0.2:
        lines = [[pb("Postboks %d" % r.randint(1, 300))]]
    else:
        lines = [
            [
                st(
                    "%s %d%s"
                    % (
                        r.choice(["Hannoluohkka", "Suomaluodda", "Storgata", "Bieddjovággi", "Kirkeveien"]),
                        r.randint(1, 90),
                        r.choice(["", "B", "A"]),
                    )
                )
            ]
        ]
        if r.random() < 0.3:
            lines[0] += [tx(", leil. "), un("H0%d0%d" % (r.randint(1, 4), r.randint(1, 9)))]
    lines.append([pc(code), tx(" "), ci(city)])
    return Addr("NO", ["Norge", "Norway", "Norga"], lines)


def se(r):
    code, city = r.choice(
        [
            ("981 31", "Kiruna"),
            ("962 31", "Jokkmokk"),
            ("982 31", "Gällivare"),
            ("163 73", "Spånga"),
            ("415 06", "Göteborg"),
        ]
    )
    line = [
        st(
            "%s %d"
            % (
                r.choice(["Storgatan", "Rinkebystråket", "Lars Janssonsgatan", "Hjalmar Lundbohmsvägen", "Bergsgatan"]),
                r.randint(1, 90),
            )
        )
    ]
    if r.random() < 0.5:
        line += [tx(" "), un("lgh %d" % r.choice([1001, 1102, 1203, 1304, 1401]))]
    return Addr("SE", ["Sverige", "Sweden"], [line, [pc(code), tx(" "), ci(city)]])


def fi(r):
    code, city = r.choice(
        [("99870", "Inari"), ("99980", "Utsjoki"), ("99800", "Ivalo"), ("96100", "Rovaniemi"), ("00100", "Helsinki")]
    )
    line = [
        st(
            "%s %d"
            % (r.choice(["Mannerheimintie", "Sodankyläntie", "Ivalontie", "Koskikatu", "Rovakatu"]), r.randint(1, 80))
        )
    ]
    if r.random() < 0.6:
        line += [tx(" "), un("%s %d" % (r.choice("ABC"), r.randint(1, 40)))]
    return Addr("FI", ["Suomi", "Finland"], [line, [pc(code), tx(" "), ci(city)]])


def is_(r):
    code, city = r.choice(
        [
            ("101", "Reykjavík"),
            ("600", "Akureyri"),
            ("220", "Hafnarfjörður"),
            ("200", "Kópavogur"),
            ("400", "Ísafjörður"),
        ]
    )
    line = [
        st(
            "%s %d"
            % (
                r.choice(["Laugavegur", "Hringbraut", "Þingholtsstræti", "Hafnarstræti", "Skólavörðustígur"]),
                r.randint(1, 120),
            )
        )
    ]
    if r.random() < 0.3:
        line += [tx(", "), un("íbúð %d" % r.choice([101, 201, 302, 402]))]
    return Addr("IS", ["Ísland", "Iceland"], [line, [pc(code), tx(" "), ci(city)]])


def pl(r):
    code, city = r.choice([("00-238", "Warszawa"), ("31-042", "Kraków"), ("80-831", "Gdańsk"), ("50-102", "Wrocław")])
    line = [st("ul. %s %d" % (r.choice(["Długa", "Mickiewicza", "Świętokrzyska", "Piotrkowska"]), r.randint(1, 120)))]
    if r.random() < 0.6:
        line += [tx(" "), un("m. %d" % r.randint(1, 60))]
    return Addr("PL", ["Polska", "Poland"], [line, [pc(code), tx(" "), ci(city)]])


def ro(r):
    city, code, area = r.choice(
        [
            ("București", "0312%s" % D(r, 2), ("district", "Sector 3")),
            ("Cluj-Napoca", "4003%s" % D(r, 2), ("region", "jud. Cluj")),
            ("Țăndărei", "925200", ("region", "jud. Ialomița")),
        ]
    )
    line = [st("Str. %s nr. %d" % (r.choice(["Florilor", "Zorilor", "Mihai Viteazu", "Plevnei"]), r.randint(1, 90)))]
    if r.random() < 0.6:
        line += [
            tx(", "),
            bd("bl. %s%d" % (r.choice("ABCM"), r.randint(1, 9))),
            tx(", "),
            un("ap. %d" % r.randint(1, 80)),
        ]
    mk = ds if area[0] == "district" else rg
    return Addr("RO", ["România", "Romania"], [line, [mk(area[1])], [pc(code), tx(" "), ci(city)]])


def hu(r):
    city, code = r.choice(
        [
            ("Budapest", "10%d%d" % (r.randint(6, 9), r.randint(1, 9))),
            ("Miskolc", "3530"),
            ("Ózd", "3600"),
            ("Pécs", "7621"),
        ]
    )
    line = [st("%s %d." % (r.choice(["Váci út", "Rákóczi út", "Petőfi utca", "Dózsa György út"]), r.randint(1, 90)))]
    if r.random() < 0.6:
        line += [tx(" "), un("%s. em. %d." % (r.choice(["I", "II", "III", "IV"]), r.randint(1, 20)))]
    return Addr("HU", ["Magyarország", "Hungary"], [[ci(city)], line, [pc(code)]])


def cy(r):
    code, city = r.choice(
        [("1065", "Nicosia"), ("3036", "Limassol"), ("6021", "Larnaca"), ("8046", "Paphos"), ("2680", "Pera Chorio")]
    )
    lines = []
    if r.random() < 0.2:
        lines.append([pb("P.O. Box %d" % r.randint(20000, 59999))])
    else:
        line = [
            st(
                "%s %d"
                % (
                    r.choice(["Agiou Andreou", "Makariou III", "Archiepiskopou Kyprianou", "Gladstonos"]),
                    r.randint(1, 250),
                )
            )
        ]
        if r.random() < 0.5:
            line += [tx(", "), un("Flat %d" % r.choice([101, 102, 201, 302, 401]))]
        lines.append(line)
    lines.append([pc(code), tx(" "), ci(city)])
    return Addr("CY", ["Cyprus", "Κύπρος"], lines)


def mt(r):
    city, pre = r.choice(
        [
            ("Birkirkara", "BKR"),
            ("Ħaż-Żebbuġ", "ZBG"),
            ("Qormi", "QRM"),
            ("Żabbar", "ZBR"),
            ("Rabat", "RBT"),
            ("Victoria", "VCT"),
        ]
    )
    lines = []
    if r.random() < 0.4:
        lines.append(
            [un("Flat %d" % r.randint(1, 12)), tx(", "), bd(r.choice(["Dar il-Ħena", "Block B", "Sea Breeze Court"]))]
            if r.random() < 0.5
            else [bd(r.choice(["Santa Marija", "Ħolma", "Villa Rosa"]))]
        )
    lines.append(
        [
            st(
                "%d, %s"
                % (
                    r.randint(1, 150),
                    r.choice(["Triq il-Kbira", "Triq San Pawl", "Triq il-Kappillan Mifsud", "Triq id-Dejqa"]),
                )
            )
        ]
    )
    lines.append([ci(city), tx(" "), pc("%s %d" % (pre, r.randint(1000, 9999)))])
    return Addr("MT", ["Malta"], lines)


FUNCS = {
    "GB": gb,
    "IE": ie,
    "FR": fr,
    "DE": de,
    "NL": nl,
    "BE": be,
    "ES": es,
    "IT": it,
    "PT": pt,
    "CH": ch,
    "AT": at,
    "DK": dk,
    "FO": fo,
    "NO": no,
    "SE": se,
    "FI": fi,
    "IS": is_,
    "PL": pl,
    "RO": ro,
    "HU": hu,
    "CY": cy,
    "MT": mt,
}
