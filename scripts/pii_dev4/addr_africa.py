"""Personal address formats: Africa."""

from .addr_base import Addr, T, ch, dg


def ma(r):
    city, pre, dists = r.choice(
        [
            ("Casablanca", "20", "Quartier Maârif|Hay Mohammadi|Sidi Moumen|Derb Sultan"),
            ("Rabat", "10", "Hay Riad|Agdal|Yacoub El Mansour"),
            ("Marrakech", "40", "Médina|Daoudiate|Sidi Youssef Ben Ali"),
            ("Fès", "30", "Zouagha|Narjiss"),
            ("Tanger", "90", "Beni Makada|Mesnana"),
        ]
    )
    L = []
    if r.random() < 0.4:
        L.append(
            [
                T(ch(r, "Résidence Al Amal|Résidence Yasmine|Groupe Attacharouk"), "building"),
                ", ",
                T("Imm. %d" % r.randint(1, 40), "building"),
                ", ",
                T("Appt %d" % r.randint(1, 30), "unit"),
            ]
        )
    else:
        st = ch(
            r,
            "Rue Ibn Batouta|Rue Abou Bakr Seddik|Rue Moulay Ismail|Boulevard Ghandi|Rue Tarik Ibn Ziad|Derb Sidi Bouloukat",
        )
        L.append([T(ch(r, "%d, %s|%s, n° %d" % (r.randint(1, 200), st, st, r.randint(1, 200))), "street_address")])
    L.append([T(ch(r, dists), "district")])
    L.append([T(pre + dg(r, 3), "postal_code"), " ", T(city, "city")])
    return Addr("MA", L, ch(r, "Maroc|Morocco"))


def tn(r):
    city, pc = r.choice(
        [
            ("Tunis", "10%02d" % r.randint(0, 99)),
            ("Ariana", "2080"),
            ("La Marsa", "2070"),
            ("Sfax", "3000"),
            ("Sousse", "4000"),
            ("Bizerte", "7000"),
        ]
    )
    if r.random() < 0.3:
        L = [
            [
                T("Cité " + ch(r, "El Khadra|Ennasr 2|El Ghazela"), "district"),
                ", ",
                T("Imm. " + ch(r, "A|B|C|D"), "building"),
                ", ",
                T("Apt %d" % r.randint(1, 30), "unit"),
            ]
        ]
    elif city == "Sfax" and r.random() < 0.6:
        L = [[T("Route de Gremda", "street_address"), " ", T("km %d" % r.randint(2, 11), "landmark")]]
    else:
        L = [
            [
                T(
                    "%d %s"
                    % (
                        r.randint(1, 120),
                        ch(r, "Rue de Marseille|Avenue de la Liberté|Rue Ibn Khaldoun|Rue d'Alger|Rue de Palestine"),
                    ),
                    "street_address",
                )
            ]
        ]
    L.append([T(pc, "postal_code"), " ", T(city, "city")])
    return Addr("TN", L, ch(r, "Tunisie|Tunisia"))


def ng(r):
    v = r.random()
    lm = "behind the Central Mosque|opposite Mobil filling station|near First Bank|off Ring Road|beside the Catholic church|after the second bus stop"
    if v < 0.3:
        L = [
            [
                T(
                    "No. %d %s"
                    % (r.randint(1, 90), ch(r, "Zoo Road|Gidan Goma Street|France Road|Ibrahim Taiwo Road")),
                    "street_address",
                )
            ],
            [T(ch(r, lm), "landmark")],
            [T(ch(r, "Fagge|Sabon Gari|Gwale|Nassarawa GRA"), "district")],
            [T("Kano", "city")],
        ]
    elif v < 0.65:
        L = []
        if r.random() < 0.4:
            L.append(
                [
                    T("Flat %d" % r.randint(1, 12), "unit"),
                    ", ",
                    T(
                        ch(r, "Block %d, Jakande Estate|Block %d, Abesan Estate" % ((r.randint(1, 60),) * 2)),
                        "building",
                    ),
                ]
            )
        else:
            L.append(
                [
                    T(
                        "%d %s"
                        % (
                            r.randint(1, 80),
                            ch(r, "Ogunlana Drive|Adeniran Ogunsanya Street|Bode Thomas Street|Akerele Road"),
                        ),
                        "street_address",
                    )
                ]
            )
        L.append([T(ch(r, "Surulere|Isolo|Yaba|Ikorodu"), "district")])
        L.append(
            [T("Lagos", "city")] + ([" ", T("10%04d" % r.randint(1, 9999), "postal_code")] if r.random() < 0.4 else [])
        )
    else:
        city, dist, st, state = r.choice(
            [
                ("Ibadan", "Bodija", "Bodija Estate", "Oyo State"),
                ("Enugu", "Uwani", "Zik Avenue", "Enugu State"),
                ("Abuja", "Wuse 2", "Aminu Kano Crescent", "FCT"),
                ("Owerri", "Ikenegbu", "Wetheral Road", "Imo State"),
            ]
        )
        L = [
            [
                T(
                    ch(
                        r,
                        "Plot %d, %s|House %d, %s|%d %s"
                        % (r.randint(1, 90), st, r.randint(1, 90), st, r.randint(1, 90), st),
                    ),
                    "street_address",
                )
            ]
        ]
        if r.random() < 0.4:
            L.append([T(ch(r, lm), "landmark")])
        L.append([T(dist, "district"), ", ", T(city, "city")])
        L.append([T(state, "region")])
    return Addr("NG", L, "Nigeria")


def gh(r):
    city, dists, reg = r.choice(
        [
            ("Accra", "Kaneshie|Nima|Madina|Dansoman", "Greater Accra"),
            ("Kumasi", "Ahodwo|Asokwa|Bantama", "Ashanti Region"),
            ("Tamale", "Sakasaka|Lamashegu", "Northern Region"),
            ("Cape Coast", "Abura|Kotokuraba", "Central Region"),
        ]
    )
    if r.random() < 0.5:
        L = [
            [
                T(
                    "House No. %d, %s"
                    % (r.randint(1, 90), ch(r, "Nii Kwashie Street|Osu Badu Street|Kofi Annan Avenue|Asafo Road")),
                    "street_address",
                )
            ]
        ]
    else:
        L = [[T("Plot %d Block %s" % (r.randint(1, 60), ch(r, "A|B|C|D")), "street_address")]]
    if r.random() < 0.4:
        L.append(
            [T(ch(r, "near the Central Mosque|behind the Methodist school|opposite Goil filling station"), "landmark")]
        )
    L.append([T(ch(r, dists), "district"), ", ", T(city, "city")])
    if r.random() < 0.5:
        L.append([T("%s-%d-%d" % (ch(r, "GA|AK|NT|CC"), r.randint(100, 999), r.randint(1000, 9999)), "postal_code")])
    else:
        L.append([T(reg, "region")])
    return Addr("GH", L, "Ghana")


def ke(r):
    city, pc, dists = r.choice(
        [
            ("Nairobi", ch(r, "00100|00200|00505|00610"), "Kilimani|Eastleigh|Kayole|South B"),
            ("Mombasa", "80100", "Nyali|Bamburi|Kisauni"),
            ("Kisumu", "40100", "Milimani|Nyalenda"),
            ("Eldoret", "30100", "Elgon View|Langas"),
        ]
    )
    v = r.random()
    if v < 0.35:
        L = [[T("P.O. Box %d" % r.randint(10, 99999), "po_box"), "-", T(pc, "postal_code")], [T(city, "city")]]
    elif v < 0.8:
        L = [
            [
                T(
                    ch(
                        r,
                        "House %d, %s|Apt %d%s"
                        % (
                            r.randint(1, 90),
                            ch(r, "Kilimani Road|Argwings Kodhek Road|Links Road|Oginga Odinga Street"),
                            r.randint(1, 9),
                            ch(r, "A|B|C"),
                        ),
                    ),
                    "street_address",
                )
            ]
        ]
        if r.random() < 0.4:
            L.append([T(ch(r, "Bahari Court|Milimani Gardens|Nyayo Estate Block 4"), "building")])
        L.append([T(ch(r, dists), "district"), ", ", T(city, "city")])
    else:
        L = [
            [T(ch(r, "Githunguri|Kamae|Kiganjo") + " village", "district")],
            [T(ch(r, "near the Catholic church|behind the dispensary|next to the tea buying centre"), "landmark")],
            [T("Kiambu County", "region")],
        ]
    return Addr("KE", L, "Kenya")


def tz(r):
    city, dists = r.choice(
        [
            ("Dar es Salaam", "Sinza|Kariakoo|Mbagala|Tegeta"),
            ("Arusha", "Sakina|Kaloleni"),
            ("Mwanza", "Ilemela|Nyamagana"),
            ("Dodoma", "Area D|Kikuyu"),
        ]
    )
    if r.random() < 0.3:
        L = [[T("S.L.P. %d" % r.randint(10, 9999), "po_box")], [T(city, "city")]]
    else:
        L = [
            [
                T(
                    ch(
                        r,
                        "Plot %d, Block %s|Mtaa wa Uhuru, Nyumba Na. %d"
                        % (r.randint(1, 200), ch(r, "A|B|C|D"), r.randint(1, 90)),
                    ),
                    "street_address",
                )
            ],
            [T(ch(r, dists), "district"), ", ", T(city, "city")],
        ]
    return Addr("TZ", L, "Tanzania")


def et(r):
    city = ch(r, "Addis Ababa|Addis Ababa|Bahir Dar|Hawassa|Adama")
    if city == "Addis Ababa":
        L = [
            [
                T(ch(r, "Kebele %02d|Woreda %02d" % ((r.randint(1, 14),) * 2)), "district"),
                ", ",
                T("House No. %d" % r.randint(1, 2000), "street_address"),
            ],
            [
                T(ch(r, "Bole|Yeka|Kirkos|Kolfe Keranio|Nifas Silk-Lafto") + " Sub-city", "district"),
                ", ",
                T(city, "city"),
            ],
        ]
        if r.random() < 0.3:
            L.append([T("P.O. Box %d" % r.randint(100, 99999), "po_box")])
    else:
        L = [
            [T("Kebele %02d" % r.randint(1, 18), "district")],
            [
                T(
                    ch(
                        r,
                        "near St. George church|behind the referral hospital|near the Franko market|opposite the bus station",
                    ),
                    "landmark",
                )
            ],
            [T(city, "city")],
        ]
    return Addr("ET", L, "Ethiopia")


def so(r):
    city, dists = r.choice(
        [
            ("Mogadishu", "Hodan District|Wadajir District|Hamar Weyne|Dharkenley"),
            ("Hargeisa", "Jigjiga Yar|26 June District"),
            ("Bosaso", "Raf Raf|Dayaha"),
        ]
    )
    L = [[T(ch(r, dists), "district")]]
    if r.random() < 0.5:
        L.append([T("House %d, Street %d" % (r.randint(1, 400), r.randint(1, 40)), "street_address")])
    L.append(
        [
            T(
                ch(r, "near KM4 junction|behind the old market|next to the Al-Hidaya school|opposite the water tower"),
                "landmark",
            )
        ]
    )
    L.append([T(city, "city")])
    return Addr("SO", L, "Somalia")


def sn(r):
    v = r.random()
    if v < 0.6:
        L = [
            [
                T(ch(r, "Villa n° %d|Villa %d|Lot %d" % ((r.randint(1, 9999),) * 3)), "street_address"),
                ", ",
                T(
                    ch(r, "Sacré-Cœur 3|Cité Keur Gorgui|HLM Grand Yoff|Liberté 6|Parcelles Assainies Unité 14"),
                    "district",
                ),
            ],
            [T("Dakar", "city")],
        ]
    elif v < 0.8:
        L = [
            [
                T("Rue %d x %d" % (r.randint(1, 40), r.randint(1, 40)), "street_address"),
                ", ",
                T(ch(r, "Médina|Gueule Tapée"), "district"),
            ],
            [T("Dakar", "city")],
        ]
    else:
        L = [
            [
                T("Quartier " + ch(r, "Randoulène|Sor|Darou Khoudoss"), "district"),
                ", ",
                T(ch(r, "près de la mosquée|derrière le marché|à côté du forage"), "landmark"),
            ],
            [T(ch(r, "Thiès|Saint-Louis|Touba"), "city")],
        ]
    if r.random() < 0.2:
        L.append([T("BP %d" % r.randint(100, 9999), "po_box")])
    return Addr("SN", L, "Sénégal")


def za(r):
    v = r.random()
    if v < 0.3:
        L = [
            [
                T(
                    "%d %s" % (r.randint(1, 3000), ch(r, "Mncube Drive|Mahalefele Road|Moroka Street|Pilane Street")),
                    "street_address",
                )
            ],
            [T(ch(r, "Dube|Orlando East|Jabavu|Meadowlands"), "district")],
            [T("Soweto", "city"), ", ", T("18%02d" % r.randint(0, 99), "postal_code")],
        ]
    elif v < 0.55:
        L = [
            [
                T("Unit %d" % r.randint(1, 60), "unit"),
                ", ",
                T(ch(r, "Sea Point Mansions|Bellevue Court|Villa Rosa"), "building"),
            ],
            [T("%d %s" % (r.randint(1, 300), ch(r, "Main Road|Regent Road|Victoria Road")), "street_address")],
            [T(ch(r, "Sea Point|Woodstock|Wynberg"), "district")],
            [T("Cape Town", "city"), ", ", T("80%02d" % r.randint(0, 99), "postal_code")],
        ]
    elif v < 0.8:
        L = [
            [T(ch(r, "Stand %d|Section C, House %d|%d Ngcobo Road" % ((r.randint(1, 4000),) * 3)), "street_address")],
            [T(ch(r, "Extension 7|KwaMashu|Umlazi|Tembisa"), "district")],
            [T(ch(r, "Durban|Ekurhuleni"), "city"), ", ", T(dg(r, 4), "postal_code")],
        ]
    else:
        L = [
            [T(ch(r, "Emakhosini|KwaNongoma|Mahlabathini") + " village", "district")],
            [T(ch(r, "near the clinic|behind the tribal court|next to the spaza shop"), "landmark")],
            [T("Nongoma", "city"), ", ", T("3950", "postal_code")],
            [T("KwaZulu-Natal", "region")],
        ]
    return Addr("ZA", L, ch(r, "South Africa|RSA"))


def mg(r):
    city, pc, dists = r.choice(
        [
            ("Antananarivo", "101", "Antsakaviro|Ampasamadinika|Analakely|Isotry"),
            ("Toamasina", "501", "Tanambao V|Ambolomadinika"),
            ("Fianarantsoa", "301", "Tsianolondroa"),
            ("Antsirabe", "110", "Antsenakely"),
        ]
    )
    L = [
        [
            T(
                ch(
                    r,
                    "Lot II M %d|Lot IVG %d Bis|Lot %d %s"
                    % (r.randint(1, 200), r.randint(1, 200), r.randint(1, 90), ch(r, "A|B|Ter")),
                ),
                "street_address",
            ),
            " ",
            T(ch(r, dists), "district"),
        ],
        [T(city, "city"), " ", T(pc, "postal_code")],
    ]
    return Addr("MG", L, "Madagascar")


AFRICA = {"MA": ma, "TN": tn, "NG": ng, "GH": gh, "KE": ke, "TZ": tz, "ET": et, "SO": so, "SN": sn, "ZA": za, "MG": mg}
