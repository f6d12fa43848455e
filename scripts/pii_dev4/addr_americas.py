"""Personal address formats: the Americas and Oceania."""

from .addr_base import Addr, T, ch, dg

US_C = [
    ("St Paul", "MN", "551"),
    ("Minneapolis", "MN", "554"),
    ("Miami", "FL", "331"),
    ("Houston", "TX", "770"),
    ("Fresno", "CA", "937"),
    ("Columbus", "OH", "432"),
    ("Bronx", "NY", "104"),
    ("Seattle", "WA", "981"),
    ("Hialeah", "FL", "330"),
    ("Lawrence", "MA", "018"),
    ("Sacramento", "CA", "958"),
    ("Paterson", "NJ", "075"),
]


def us(r):
    city, st, pre = r.choice(US_C)
    zipc = pre + dg(r, 2) + ("-" + dg(r, 4) if r.random() < 0.25 else "")
    if r.random() < 0.12:
        L = [[T(ch(r, "PO Box %d|P.O. Box %d|RR 2 Box %d" % ((r.randint(10, 9999),) * 3)), "po_box")]]
    else:
        L = [
            [
                T(
                    "%d %s"
                    % (
                        r.randint(10, 9999),
                        ch(
                            r,
                            "Maple Ave|Oak St|Payne Ave|W 54th St|Lincoln Blvd|Cedar Ln|N Washington St|Riverside Dr|Elm St|Hillcrest Rd|Pine Ridge Ct",
                        ),
                    ),
                    "street_address",
                )
            ]
        ]
        if r.random() < 0.4:
            L[0] += [
                ch(r, " |, "),
                T(ch(r, "Apt %s|Unit %d|#%d" % (ch(r, "2B|3F|1A|12"), r.randint(1, 40), r.randint(1, 400))), "unit"),
            ]
    L.append([T(city, "city"), ", ", T(st, "region"), " ", T(zipc, "postal_code")])
    return Addr("US", L, ch(r, "USA|United States|U.S.A."))


def ca(r):
    city, prov, fl = r.choice(
        [
            ("Toronto", "ON", "M"),
            ("Ottawa", "ON", "K"),
            ("Brampton", "ON", "L"),
            ("Montréal", "QC", "H"),
            ("Vancouver", "BC", "V"),
            ("Surrey", "BC", "V"),
            ("Calgary", "AB", "T"),
            ("Winnipeg", "MB", "R"),
            ("Halifax", "NS", "B"),
        ]
    )
    L_ = "ABCEGHJKLMNPRSTVWXYZ"
    pc = "%s%d%s %d%s%d" % (fl, r.randint(1, 9), r.choice(L_), r.randint(0, 9), r.choice(L_), r.randint(0, 9))
    if prov == "QC":
        L = [
            [
                T(
                    "%d rue %s" % (r.randint(100, 9999), ch(r, "Saint-Denis|Jarry Est|Beaubien|de Bellechasse")),
                    "street_address",
                ),
                ", ",
                T("app. %d" % r.randint(1, 30), "unit"),
            ],
            [T(city, "city"), " (", T("Québec", "region"), ") ", T(pc, "postal_code")],
        ]
    elif r.random() < 0.5:
        L = [
            [
                T(
                    "%d-%d %s"
                    % (r.randint(101, 2904), r.randint(1, 400), ch(r, "Harbour St|Bloor St W|Jane St|Main St")),
                    "street_address",
                )
            ],
            [T(city, "city"), " ", T(prov, "region"), "  ", T(pc, "postal_code")],
        ]
    else:
        L = [
            [
                T("Unit %d" % r.randint(1, 40), "unit"),
                ", ",
                T(
                    "%d %s" % (r.randint(1, 300), ch(r, "Maple Cres|Kingsway|Portage Ave|Quinpool Rd")),
                    "street_address",
                ),
            ],
            [T(city, "city"), ", ", T(prov, "region"), " ", T(pc, "postal_code")],
        ]
    return Addr("CA", L, "Canada")


def br(r):
    city, uf, pre, dists = r.choice(
        [
            ("São Paulo", "SP", "0", "Consolação|Mooca|Capão Redondo"),
            ("Rio de Janeiro", "RJ", "2", "Copacabana|Tijuca|Madureira"),
            ("Salvador", "BA", "40", "Liberdade|Brotas"),
            ("Recife", "PE", "5", "Boa Viagem|Casa Amarela"),
            ("Belo Horizonte", "MG", "30", "Savassi|Venda Nova"),
        ]
    )
    cep = pre + dg(r, 5 - len(pre)) + "-" + dg(r, 3)
    if r.random() < 0.15:
        L = [
            [
                T("Sítio Boa Esperança", "building"),
                ", ",
                T("Zona Rural", "district"),
                ", ",
                T("km %d da BR-116" % r.randint(3, 40), "landmark"),
            ],
            [T("Feira de Santana", "city"), " - ", T("BA", "region")],
        ]
        return Addr("BR", L, "Brasil")
    st = ch(
        r, "Rua Augusta|Rua Barata Ribeiro|Avenida Sete de Setembro|Rua da Aurora|Rua Conde de Bonfim|Travessa São José"
    )
    L = [[T("%s, %d" % (st, r.randint(1, 2000)), "street_address")]]
    if r.random() < 0.6:
        L[0] += [
            ch(r, ", | / "),
            T(ch(r, "apto %d|ap. %d|casa %d|bloco B, apto %d" % ((r.randint(1, 1204),) * 4)), "unit"),
        ]
    L.append([T(ch(r, dists), "district"), ", ", T(city, "city"), " - ", T(uf, "region")])
    L.append([T(cep, "postal_code")] if r.random() < 0.5 else ["CEP ", T(cep, "postal_code")])
    return Addr("BR", L, ch(r, "Brasil|Brazil"))


def mx(r):
    if r.random() < 0.2:
        L = [
            [T("Carretera Federal 200", "street_address"), " ", T("km %d" % r.randint(5, 90), "landmark")],
            [T("Ejido La Esperanza", "district")],
            [T("Tecomán", "city"), ", ", T("Col.", "region")],
        ]
        return Addr("MX", L, "México")
    city, pre, reg, cols = r.choice(
        [
            ("Cuauhtémoc", "06", "CDMX", "Centro|Doctores|Guerrero"),
            ("Iztapalapa", "09", "CDMX", "Santa Cruz Meyehualco|Leyes de Reforma"),
            ("Guadalajara", "44", "Jal.", "Americana|Oblatos"),
            ("Monterrey", "64", "N.L.", "Independencia|Mitras Centro"),
            ("Oaxaca de Juárez", "68", "Oax.", "Reforma|Jalatlaco"),
        ]
    )
    L = [
        [
            T(
                "%s %d"
                % (
                    ch(r, "Calle Hidalgo|Av. Juárez|Calle Morelos|Av. Insurgentes|Calle 5 de Mayo|Calle Allende"),
                    r.randint(1, 2000),
                ),
                "street_address",
            )
        ]
    ]
    if r.random() < 0.5:
        L[0] += [" ", T(ch(r, "Int. %d|Depto. %d|Int. %dB" % ((r.randint(1, 40),) * 3)), "unit")]
    L.append([T("Col. " + ch(r, cols), "district")])
    L.append([T(pre + dg(r, 3), "postal_code"), " ", T(city, "city"), ", ", T(reg, "region")])
    return Addr("MX", L, ch(r, "México|Mexico"))


def pe(r):
    v = r.random()
    if v < 0.2:
        L = [
            [T("Comunidad Campesina de " + ch(r, "Chinchero|Umasbamba|Patabamba"), "district")],
            [T("a la altura del km %d" % r.randint(10, 50), "landmark")],
            [T("Urubamba", "city"), ", ", T("Cusco", "region")],
        ]
        return Addr("PE", L, "Perú")
    city, pc, dists = r.choice(
        [
            ("Lima", "150%02d" % r.randint(1, 43), "Cercado de Lima|San Juan de Lurigancho|Villa El Salvador|Comas"),
            ("Cusco", "08002", "Wanchaq|San Sebastián"),
            ("Arequipa", "04001", "Cayma|Cercado"),
            ("Puno", "21001", "Bellavista"),
        ]
    )
    L = [
        [
            T(
                "%s %d"
                % (
                    ch(r, "Jr. Puno|Av. El Sol|Calle Mercaderes|Jr. Lima|Av. Túpac Amaru|Calle Saphi"),
                    r.randint(1, 2000),
                ),
                "street_address",
            )
        ]
    ]
    if r.random() < 0.4:
        L[0] += [", ", T("Dpto. %d" % r.randint(101, 904), "unit")]
    L.append([T(ch(r, dists), "district")])
    L.append([T(city, "city")] + ([" ", T(pc, "postal_code")] if r.random() < 0.5 else []))
    return Addr("PE", L, ch(r, "Perú|Peru"))


def gt(r):
    if r.random() < 0.25:
        L = [
            [
                T("Aldea " + ch(r, "Chuicutama|Xejuyup|Pachipac"), "district"),
                ", ",
                T(ch(r, "frente a la escuela|a un costado de la iglesia|cerca del molino"), "landmark"),
            ],
            [T("Nahualá", "city"), ", ", T("Sololá", "region")],
        ]
        return Addr("GT", L, "Guatemala")
    city, pc = r.choice(
        [
            ("Ciudad de Guatemala", "010%02d" % r.randint(1, 25)),
            ("Quetzaltenango", "09001"),
            ("Mixco", "01057"),
            ("Villa Nueva", "01064"),
        ]
    )
    L = [
        [
            T(
                "%da %s %d-%02d" % (r.randint(1, 14), ch(r, "Avenida|Calle"), r.randint(1, 40), r.randint(1, 90)),
                "street_address",
            )
        ],
        [T("Zona %d" % r.randint(1, 21), "district"), ", ", T(city, "city")]
        + ([" ", T(pc, "postal_code")] if r.random() < 0.5 else []),
    ]
    return Addr("GT", L, "Guatemala")


def cu(r):
    if r.random() < 0.5:
        a, b = r.sample(["J", "K", "L", "M", "N", "O", "G", "H"], 2)
        L = [[T("Calle %d No. %d e/ %s y %s" % (r.randint(15, 29), r.randint(100, 999), a, b), "street_address")]]
        if r.random() < 0.5:
            L[0] += [", ", T("Apto %d" % r.randint(1, 20), "unit")]
        L.append([T("Vedado", "district"), ", ", T("Plaza de la Revolución", "district")])
        L.append([T("La Habana", "city")])
    elif r.random() < 0.5:
        L = [
            [T("Edificio %d" % r.randint(1, 200), "building"), ", ", T("Apto %d" % r.randint(1, 30), "unit")],
            [T("Reparto Alamar", "district"), ", ", T("Habana del Este", "district")],
            [T("La Habana", "city")],
        ]
    else:
        L = [
            [T("Calle Heredia No. %d e/ Calvario y Carnicería" % r.randint(100, 400), "street_address")],
            [T("Santiago de Cuba", "city")],
        ]
    return Addr("CU", L, "Cuba")


def do(r):
    v = r.random()
    if v < 0.25:
        L = [
            [T("Paraje Los Cocos", "district"), ", ", T("detrás de la iglesia", "landmark")],
            [T("Baní", "city"), ", ", T("Peravia", "region")],
        ]
    elif v < 0.5:
        L = [
            [
                T(ch(r, "Residencial Los Prados|Residencial Don Pedro"), "building"),
                ", ",
                T("Edif. %d" % r.randint(1, 20), "building"),
                ", ",
                T("Apto. %d%s" % (r.randint(1, 5), ch(r, "A|B|C")), "unit"),
            ],
            [T("Santiago de los Caballeros", "city"), " ", T("51000", "postal_code")],
        ]
    else:
        L = [
            [
                T(
                    "Calle %s #%d" % (ch(r, "5|El Conde|Duarte|Las Mercedes|Padre Billini"), r.randint(1, 300)),
                    "street_address",
                )
            ],
            [
                T(ch(r, "Ensanche Naco|Zona Colonial|Villa Consuelo|Los Mina"), "district"),
                ", ",
                T("Santo Domingo", "city"),
            ]
            + ([" ", T("10%03d" % r.randint(100, 999), "postal_code")] if r.random() < 0.5 else []),
        ]
    return Addr("DO", L, ch(r, "República Dominicana|Dominican Republic|RD"))


def ht(r):
    v = r.random()
    if v < 0.25:
        L = [[T("Lokalite Bois Neuf", "district"), ", ", T("près de l'église", "landmark")], [T("Léogâne", "city")]]
    elif v < 0.5:
        L = [
            [
                T("Delmas %d" % r.randint(1, 95), "district"),
                ", ",
                T("Rue %s #%d" % (ch(r, "Charbonnière|Mercier|Sapotille"), r.randint(1, 80)), "street_address"),
            ],
            [T("Port-au-Prince", "city")],
        ]
    else:
        city, pc = r.choice([("Port-au-Prince", "HT6110"), ("Pétion-Ville", "HT6140"), ("Cap-Haïtien", "HT1110")])
        L = [
            [T("Rue %s #%d" % (ch(r, "Capois|Grégoire|15 B|Lamarre"), r.randint(1, 120)), "street_address")],
            [T(city, "city"), ch(r, ", | "), T(pc, "postal_code")],
        ]
    return Addr("HT", L, ch(r, "Haïti|Haiti|Ayiti"))


def au(r):
    sub, state, pc = r.choice(
        [
            ("Fitzroy", "VIC", "3065"),
            ("Footscray", "VIC", "3011"),
            ("Parramatta", "NSW", "2150"),
            ("Blacktown", "NSW", "2148"),
            ("Sunnybank", "QLD", "4109"),
            ("Mirrabooka", "WA", "6061"),
            ("Salisbury", "SA", "5108"),
        ]
    )
    if r.random() < 0.15:
        L = [
            [T("RMB %d" % r.randint(100, 9999), "po_box"), ", ", T("Old Coach Road", "street_address")],
            [T("via Mudgee", "city"), " ", T("NSW", "region"), " ", T("2850", "postal_code")],
        ]
        return Addr("AU", L, "Australia")
    st = ch(r, "Smith Street|Barkly Street|Church Street|Main Street|Lakemba Road|Mains Road")
    n = r.randint(1, 200)
    if r.random() < 0.4:
        L = [[T("%s%d/%d %s" % (ch(r, "|Unit "), r.randint(1, 20), n, st), "street_address")]]
    else:
        L = [[T("%d %s" % (n, st), "street_address")]]
    L.append([T(sub, "city"), " ", T(state, "region"), " ", T(pc, "postal_code")])
    return Addr("AU", L, "Australia")


def nz(r):
    city, pre, subs = r.choice(
        [
            ("Auckland", "10", "Otara|Māngere|Grey Lynn|Papatoetoe"),
            ("Wellington", "60", "Newtown|Berhampore"),
            ("Hamilton", "32", "Frankton|Hillcrest"),
            ("Rotorua", "30", "Ngongotahā|Fenton Park"),
            ("Porirua", "50", "Cannons Creek|Waitangirua"),
        ]
    )
    if r.random() < 0.15:
        L = [
            [T("%d State Highway 1" % r.randint(100, 3000), "street_address")],
            [T("RD %d" % r.randint(1, 9), "po_box")],
            [T("Whangārei", "city"), " ", T("0174", "postal_code")],
        ]
        return Addr("NZ", L, ch(r, "New Zealand|Aotearoa"))
    L = []
    if r.random() < 0.35:
        L.append([T("Flat %d" % r.randint(1, 8), "unit")])
    L.append(
        [
            T(
                "%d %s"
                % (
                    r.randint(1, 300),
                    ch(r, "Karangahape Road|Great South Road|Te Rapa Road|Riddiford Street|Bader Drive|Kāinga Street"),
                ),
                "street_address",
            )
        ]
    )
    L.append([T(ch(r, subs), "district")])
    L.append([T(city, "city"), " ", T(pre + dg(r, 2), "postal_code")])
    return Addr("NZ", L, ch(r, "New Zealand|NZ|Aotearoa"))


def fj(r):
    if r.random() < 0.35:
        L = [
            [T(ch(r, "Vunimono|Naitasiri|Wainibokasi") + " village", "district")],
            [T(ch(r, "behind the Methodist church|near the village hall|next to the canteen"), "landmark")],
            [T(ch(r, "Nausori|Navua"), "city")],
        ]
    elif r.random() < 0.4:
        L = [[T("P.O. Box %d" % r.randint(100, 9999), "po_box")], [T(ch(r, "Lautoka|Suva|Nadi"), "city")]]
    else:
        L = [
            [
                T(
                    "Lot %d %s" % (r.randint(1, 90), ch(r, "Ratu Sukuna Road|Queens Road|Waimanu Road|Namaka Lane")),
                    "street_address",
                )
            ],
            [T(ch(r, "Nasese|Namaka|Samabula|Tamavua"), "district"), ", ", T(ch(r, "Suva|Nadi"), "city")],
        ]
    return Addr("FJ", L, "Fiji")


def ws(r):
    if r.random() < 0.3:
        L = [[T("P.O. Box %d" % r.randint(100, 9999), "po_box")], [T("Apia", "city")]]
    else:
        L = [[T(ch(r, "Vailima|Lotopa|Fagali'i|Vaitele|Moamoa"), "district")]]
        if r.random() < 0.6:
            L.append(
                [T(ch(r, "near the Catholic church|behind the pastor's house|opposite the village fale"), "landmark")]
            )
        L.append([T(ch(r, "Apia|Apia|Upolu"), "city")])
    return Addr("WS", L, ch(r, "Samoa|Sāmoa"))


AMERICAS = {
    "US": us,
    "CA": ca,
    "BR": br,
    "MX": mx,
    "PE": pe,
    "GT": gt,
    "CU": cu,
    "DO": do,
    "HT": ht,
    "AU": au,
    "NZ": nz,
    "FJ": fj,
    "WS": ws,
}
