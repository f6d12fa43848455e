"""Personal address formats: western and southern Europe (hand-written conventions)."""

from .addr_base import PCL, Addr, T, ch, dg, up


def _pc5(r, pre):
    if len(pre) >= 5:
        return pre
    if len(pre) == 4:
        return pre + str(r.randint(1, 9))
    if len(pre) == 3:
        return pre + "%02d" % r.randint(1, 20)
    return pre + dg(r, 5 - len(pre))


GB_C = [
    ("Leeds", "LS", "Headingley|Chapel Allerton|Armley|Harehills"),
    ("Manchester", "M", "Didsbury|Levenshulme|Moss Side|Chorlton"),
    ("Bristol", "BS", "Easton|Bedminster|St Pauls"),
    ("Glasgow", "G", "Partick|Govanhill|Dennistoun"),
    ("Leicester", "LE", "Belgrave|Evington|Highfields"),
    ("Birmingham", "B", "Sparkhill|Handsworth|Small Heath"),
    ("London", "E", "Walthamstow|Stratford|Leyton|Forest Gate"),
    ("London", "N", "Tottenham|Edmonton|Finsbury Park"),
    ("Bradford", "BD", "Manningham|Girlington"),
]
GB_ST = (
    "Elm Grove|Church Lane|Victoria Road|Station Road|Mill Street|Beech Crescent|"
    "Albert Terrace|Hawthorn Close|Meadow Way|Kingsley Drive|Orchard Rise|"
    "St Mary's Road|Clarendon Street|Wellington Place|Grange Avenue"
)
WALES = [
    ("Caerfyrddin", "SA31", "Tre Ioan|Llangynnwr"),
    ("Aberystwyth", "SY23", "Penparcau|Llanbadarn Fawr"),
    ("Bangor", "LL57", "Hirael|Maesgeir"),
    ("Caernarfon", "LL55", "Twthill|Llanbeblig"),
]
WALES_ST = "Heol y Frenhines|Ffordd yr Eglwys|Stryd Fawr|Heol y Bont|Lôn Las|Ffordd Penrallt|Rhes y Castell"


def gb(r):
    if r.random() < 0.25:
        city, out, dists = r.choice(WALES)
        street = ch(r, WALES_ST)
        pc = "%s %d%s" % (out, r.randint(1, 9), up(r, 2, PCL))
    else:
        city, area, dists = r.choice(GB_C)
        street = ch(r, GB_ST)
        pc = "%s%d %d%s" % (area, r.randint(1, 19), r.randint(1, 9), up(r, 2, PCL))
    L = []
    u = r.random()
    if u < 0.3:
        L.append([T("Flat " + ch(r, "1|2|3|4|5|2B|1A|12|0/1|2/2"), "unit")])
    elif u < 0.42:
        L.append(
            [
                T(
                    ch(r, "Bryn Teg|Rose Cottage|The Old Forge|Tŷ Gwyn|Hillview|Fernlea|Flat 2, Rosemary Court"),
                    "building",
                )
            ]
        )
    L.append([T("%d %s" % (r.randint(1, 240), street), "street_address")])
    if r.random() < 0.5:
        L.append([T(ch(r, dists), "district")])
    L.append([T(city, "city"), " ", T(pc, "postal_code")])
    return Addr("GB", L, ch(r, "United Kingdom|UK|U.K.|Great Britain"))


def ie(r):
    k = "ACDEFHKNPRTVWXY"
    if r.random() < 0.3:
        town, county, key = r.choice(
            [
                ("Ballinamore", "Co. Leitrim", "N41"),
                ("Kiltimagh", "Co. Mayo", "F12"),
                ("Bantry", "Co. Cork", "P75"),
                ("Dingle", "Co. Kerry", "V92"),
            ]
        )
        L = [
            [T(ch(r, "Cnoc na Gaoithe|Rose Cottage|The Lodge|Ard na Gréine"), "building")],
            [T(ch(r, "Drumcoura|Cloonagh|Gortnahoe|Knockbrack"), "district")],
            [T(town, "city")],
            [T(county, "region")],
        ]
    else:
        town, key, dists = r.choice(
            [
                ("Dublin 3", "D03", "Clontarf|Marino|East Wall"),
                ("Dublin 15", "D15", "Blanchardstown|Castleknock"),
                ("Cork", "T12", "Ballintemple|Blackpool"),
                ("Galway", "H91", "Salthill|Knocknacarra"),
                ("Limerick", "V94", "Castletroy|Corbally"),
            ]
        )
        L = []
        if r.random() < 0.4:
            L.append([T("Apt %d" % r.randint(1, 40), "unit")])
        L.append(
            [
                T(
                    "%d %s"
                    % (
                        r.randint(1, 120),
                        ch(
                            r,
                            "Seaview Terrace|Main Street|Church Road|Oakpark Avenue|Bóthar na Trá|Ashgrove Lawn|St Brendan's Park",
                        ),
                    ),
                    "street_address",
                )
            ]
        )
        L.append([T(ch(r, dists), "district")])
        L.append([T(town, "city")])
    eir = "%s %s%d%s%d" % (key, r.choice(k), r.randint(0, 9), r.choice(k), r.randint(0, 9))
    if r.random() < 0.5:
        L[-1] += [" ", T(eir, "postal_code")]
    else:
        L.append([T(eir, "postal_code")])
    return Addr("IE", L, ch(r, "Ireland|Éire"))


DE_C = [
    ("Berlin", "1", "Neukölln|Wedding|Kreuzberg|Marzahn"),
    ("Köln", "50", "Ehrenfeld|Kalk|Mülheim"),
    ("Duisburg", "47", "Marxloh|Hochfeld"),
    ("Stuttgart", "70", "Bad Cannstatt|Feuerbach"),
    ("Leipzig", "04", "Connewitz|Grünau"),
    ("Hamburg", "2", "Wilhelmsburg|Altona|Barmbek"),
    ("München", "8", "Giesing|Pasing|Neuperlach"),
]
DE_ST = (
    "Hauptstraße|Bahnhofstraße|Lindenallee|Goethestraße|Am Mühlbach|Birkenweg|Friedrich-Ebert-Straße|"
    "Kastanienweg|Gartenstraße|Weserstraße|Sonnenallee|Eichendorffstraße"
)


def de(r):
    city, pre, dists = r.choice(DE_C)
    L = [[T("%s %d%s" % (ch(r, DE_ST), r.randint(1, 140), ch(r, "||||a|b")), "street_address")]]
    if r.random() < 0.35:
        L.append(
            [
                T(
                    ch(
                        r,
                        "Whg. %d|%d. OG links|Hinterhaus|%d. OG rechts|EG"
                        % (r.randint(1, 30), r.randint(1, 5), r.randint(1, 4)),
                    ),
                    "unit",
                )
            ]
        )
    pc = _pc5(r, pre)
    if r.random() < 0.3:
        L.append([T(pc, "postal_code"), " ", T(city, "city"), "-", T(ch(r, dists), "district")])
    else:
        L.append([T(pc, "postal_code"), " ", T(city, "city")])
    return Addr("DE", L, ch(r, "Germany|Deutschland"))


def at(r):
    city = ch(r, "Wien|Wien|Graz|Linz|Salzburg")
    pc = (
        "1%02d0" % r.randint(1, 23)
        if city == "Wien"
        else {"Graz": "80", "Linz": "40", "Salzburg": "50"}[city] + dg(r, 2)
    )
    st = "%s %d" % (
        ch(
            r,
            "Favoritenstraße|Ottakringer Straße|Landstraßer Hauptstraße|Annenstraße|Wiener Straße|Linzer Gasse|Triester Straße",
        ),
        r.randint(1, 120),
    )
    L = [[T(st + ("/%d/%d" % (r.randint(1, 9), r.randint(1, 30)) if r.random() < 0.5 else ""), "street_address")]]
    if "/" not in L[0][0][0] and r.random() < 0.6:
        L[0] += [", ", T("Top %d" % r.randint(1, 40), "unit")]
    L.append([T(pc, "postal_code"), " ", T(city, "city")])
    return Addr("AT", L, ch(r, "Austria|Österreich"))


def ch_(r):
    city, pre, lang = r.choice(
        [
            ("Zürich", "80", "de"),
            ("Basel", "40", "de"),
            ("Bern", "30", "de"),
            ("Genève", "12", "fr"),
            ("Lausanne", "10", "fr"),
            ("Lugano", "69", "it"),
        ]
    )
    st = {
        "de": "Langstrasse|Badenerstrasse|Seftigenstrasse|Feldbergstrasse|Dorfstrasse",
        "fr": "Rue de Carouge|Avenue de Morges|Chemin des Pâquerettes|Rue de Lausanne",
        "it": "Via Cantonale|Via Besso|Via Trevano",
    }[lang]
    L = [
        [T("%s %d" % (ch(r, st), r.randint(1, 160)), "street_address")],
        [T(pre + dg(r, 2), "postal_code"), " ", T(city, "city")],
    ]
    return Addr("CH", L, ch(r, "Switzerland|Schweiz|Suisse"))


FR_C = [
    ("Lyon", "6900", "Guillotière|Croix-Rousse|Monplaisir"),
    ("Marseille", "130", "Belsunce|La Belle de Mai|Saint-Mauront"),
    ("Lille", "59000", "Wazemmes|Fives"),
    ("Quimper", "29000", "Kerfeunteun|Penhars"),
    ("Bayonne", "64100", "Petit Bayonne|Saint-Esprit"),
    ("Saint-Denis", "93200", "Franc-Moisin|La Plaine"),
    ("Paris", "750", "Belleville|La Chapelle|Goutte d'Or"),
    ("Rennes", "35000", "Villejean|Maurepas"),
]
FR_ST = (
    "rue des Lilas|avenue Jean Jaurès|rue Victor Hugo|boulevard de la Liberté|impasse des Tilleuls|"
    "rue de la République|allée des Mimosas|rue Pasteur|straed ar Vur|rue du Moulin"
)


def fr(r):
    L = []
    if r.random() < 0.2:
        town, pc = r.choice([("Pont-l'Abbé", "29120"), ("Saint-Jean-Pied-de-Port", "64220"), ("Lamballe", "22400")])
        L.append([T("Lieu-dit " + ch(r, "Kerhuel|Goarem Vraz|Etxeberri|Les Landes"), "district")])
        L.append([T(pc, "postal_code"), " ", T(town, "city")])
        return Addr("FR", L, "France")
    city, pre, dists = r.choice(FR_C)
    if r.random() < 0.35:
        L.append(
            [
                T(ch(r, "Bât. B|Résidence Les Pins|Bâtiment C2|Résidence du Parc"), "building"),
                ", ",
                T(ch(r, "Apt %d|%de étage|porte %d" % (r.randint(1, 60), r.randint(1, 9), r.randint(1, 12))), "unit"),
            ]
        )
    L.append([T("%d%s %s" % (r.randint(1, 180), ch(r, "|||| bis| ter"), ch(r, FR_ST)), "street_address")])
    if r.random() < 0.15:
        L.append([T("BP %d" % r.randint(10, 990), "po_box")])
    L.append([T(_pc5(r, pre), "postal_code"), " ", T(city, "city")])
    return Addr("FR", L, "France")


def nl(r):
    city, pre = r.choice(
        [("Amsterdam", "10"), ("Rotterdam", "30"), ("Utrecht", "35"), ("Den Haag", "25"), ("Tilburg", "50")]
    )
    st = ch(
        r,
        "Kerkstraat|Van Speijkstraat|Javastraat|Bloemgracht|Beijerlandselaan|Laan van Meerdervoort|Stationsweg|Molenstraat",
    )
    num = ch(r, "%d|%d-III|%d hs|%dA|%d-2|%d bis" % ((r.randint(1, 250),) * 6))
    pc = "%s%s %s" % (pre, dg(r, 2), ch(r, "AB|GC|KL|XR|TV|BN|HM|EP"))
    L = [[T("%s %s" % (st, num), "street_address")], [T(pc, "postal_code"), ch(r, " |  "), T(city, "city")]]
    return Addr("NL", L, ch(r, "Netherlands|Nederland"))


def be(r):
    city, pc, lang = r.choice(
        [
            ("Bruxelles", "1000", "fr"),
            ("Schaerbeek", "1030", "fr"),
            ("Molenbeek-Saint-Jean", "1080", "fr"),
            ("Antwerpen", "2000", "nl"),
            ("Gent", "9000", "nl"),
            ("Liège", "4000", "fr"),
            ("Borgerhout", "2140", "nl"),
        ]
    )
    st = ch(
        r,
        "Rue Haute|Chaussée de Gand|Rue de Brabant|Rue des Palais"
        if lang == "fr"
        else "Kerkstraat|Turnhoutsebaan|Dampoortstraat|Sleepstraat",
    )
    L = [[T("%s %d" % (st, r.randint(1, 300)), "street_address")]]
    if r.random() < 0.5:
        L[0] += [" ", T(("bte %d" if lang == "fr" else "bus %d") % r.randint(1, 20), "unit")]
    L.append([T(pc, "postal_code"), " ", T(city, "city")])
    return Addr("BE", L, ch(r, "Belgium|Belgique|België"))


ES_C = [
    ("Madrid", "280", "Lavapiés|Usera|Tetuán|Vallecas", "", ""),
    ("Barcelona", "080", "el Raval|Sants|Nou Barris", "", ""),
    ("Bilbao", "480", "Otxarkoaga|Deusto", "eu", "Bizkaia"),
    ("Donostia", "200", "Gros|Amara", "eu", "Gipuzkoa"),
    ("Vigo", "362", "Teis|Bouzas", "gl", "Pontevedra"),
    ("Santiago de Compostela", "157", "", "gl", "A Coruña"),
    ("Sevilla", "410", "Triana|Macarena", "", ""),
]


def es(r):
    city, pre, dists, lang, prov = r.choice(ES_C)
    st = {
        "": "C/ Mayor|Calle de Toledo|Avda. de la Albufera|C/ Embajadores|Paseo de Extremadura|Calle San Vicente",
        "eu": "Kale Nagusia|Zabalbide kalea|Easo kalea|Nafarroa etorbidea",
        "gl": "Rúa do Franco|Rúa de Urzaiz|Avenida de Galicia|Rúa do Príncipe",
    }[lang]
    n = r.randint(1, 140)
    unit = {"": "%dº izq.|%dº B|bajo|%dº dcha.", "eu": "%d. eskuina|%d. ezkerra|%d. A", "gl": "%dº B|%dº esq.|baixo"}[
        lang
    ]
    unit = unit.replace("%d", str(r.randint(1, 8)))
    L = [[T(ch(r, "%s, %d|%s %d" % (ch(r, st), n, ch(r, st), n)), "street_address"), ", ", T(ch(r, unit), "unit")]]
    if dists and r.random() < 0.3:
        L.append([T(ch(r, dists), "district")])
    L.append([T(pre + "%02d" % r.randint(1, 50), "postal_code"), " ", T(city, "city")])
    if prov and r.random() < 0.4:
        L.append([T(prov, "region")])
    return Addr("ES", L, ch(r, "Spain|España"))


def pt(r):
    city, pre, dists = r.choice(
        [
            ("Lisboa", "1", "Arroios|Alvalade|Benfica"),
            ("Porto", "4", "Bonfim|Campanhã|Paranhos"),
            ("Braga", "47", "Maximinos|São Vicente"),
            ("Amadora", "27", "Damaia|Reboleira"),
        ]
    )
    pc = "%s%s-%s" % (pre, dg(r, 4 - len(pre)), dg(r, 3))
    st = ch(
        r,
        "Rua da Prata|Avenida Almirante Reis|Rua de Santa Catarina|Travessa do Carvalho|Rua Morais Soares|Rua Costa Cabral",
    )
    L = [
        [
            T("%s, %d" % (st, r.randint(1, 300)), "street_address"),
            ", ",
            T(ch(r, "%d.º Esq.|%d.º Dto.|r/c|%d.º Frente" % ((r.randint(1, 7),) * 3)), "unit"),
        ]
    ]
    if r.random() < 0.3:
        L.append([T(ch(r, dists), "district")])
    L.append([T(pc, "postal_code"), " ", T(city, "city")])
    return Addr("PT", L, "Portugal")


def it(r):
    city, pre, prov, dists = r.choice(
        [
            ("Roma", "001", "RM", "Tor Pignattara|Centocelle|Pigneto"),
            ("Milano", "201", "MI", "Lorenteggio|Quarto Oggiaro"),
            ("Napoli", "801", "NA", "Sanità|Fuorigrotta"),
            ("Torino", "101", "TO", "Barriera di Milano|San Salvario"),
            ("Palermo", "901", "PA", "Ballarò|Zisa"),
            ("Bologna", "401", "BO", "Bolognina|Navile"),
        ]
    )
    st = ch(
        r,
        "Via Roma|Via Giuseppe Garibaldi|Viale Monza|Via dei Mille|Corso Vittorio Emanuele|Via Tiburtina|Via Appia Nuova|Via Padova",
    )
    L = [[T(ch(r, "%s %d|%s, %d" % (st, r.randint(1, 250), st, r.randint(1, 250))), "street_address")]]
    if r.random() < 0.5:
        L[0] += [
            ", ",
            T(
                ch(r, "int. %d|scala B|piano %d|sc. A int. %d" % (r.randint(1, 30), r.randint(1, 8), r.randint(1, 20))),
                "unit",
            ),
        ]
    L.append([T(pre + dg(r, 2), "postal_code"), " ", T(city, "city"), ch(r, " | ("), T(prov, "region")])
    if L[-1][3] == " (":
        L[-1].append(")")
    return Addr("IT", L, "Italia")


EUROPE_W = {
    "GB": gb,
    "IE": ie,
    "DE": de,
    "AT": at,
    "CH": ch_,
    "FR": fr,
    "NL": nl,
    "BE": be,
    "ES": es,
    "PT": pt,
    "IT": it,
}
