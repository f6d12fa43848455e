"""Personal address formats: Caucasus, Central, South, South-East and East Asia, Middle East."""

from .addr_base import Addr, T, ch, dg


def ge(r):
    city, pc, dists = r.choice(
        [
            ("Tbilisi", "01%02d" % r.randint(1, 90), "Saburtalo|Gldani|Vake|Isani"),
            ("Batumi", "6010", "Old Batumi"),
            ("Kutaisi", "4600", ""),
            ("Rustavi", "3700", ""),
        ]
    )
    st = ch(r, "Vazha-Pshavela Ave|Chavchavadze Ave|Agmashenebeli Ave|Tsereteli Ave|Kazbegi St|Gorgasali St|Pekini Ave")
    n = r.randint(1, 90)
    L = [[T(ch(r, "%d %s|%s %d" % (n, st, st, n)), "street_address"), ", ", T("apt %d" % r.randint(1, 120), "unit")]]
    if dists and r.random() < 0.4:
        L.append([T(ch(r, dists) + ch(r, "| district"), "district")])
    L.append([T(city, "city"), " ", T(pc, "postal_code")])
    return Addr("GE", L, ch(r, "Georgia|Sakartvelo"))


def am(r):
    city, pc = r.choice([("Yerevan", "00%02d" % r.randint(1, 99)), ("Gyumri", "3101"), ("Vanadzor", "2001")])
    st = ch(r, "Abovyan St|Komitas Ave|Baghramyan Ave|Tigran Mets Ave|Sayat-Nova Ave|Arshakunyats Ave|Nalbandyan St")
    L = [[T("%s %d" % (st, r.randint(1, 90)), "street_address"), ", ", T("apt %d" % r.randint(1, 80), "unit")]]
    if city == "Yerevan" and r.random() < 0.4:
        L.append([T(ch(r, "Arabkir|Kentron|Nor Nork|Malatia-Sebastia|Ajapnyak"), "district")])
    L.append([T(city, "city"), " ", T(pc, "postal_code")])
    return Addr("AM", L, ch(r, "Armenia|Hayastan"))


def kz(r):
    city, pre = r.choice([("Almaty", "050"), ("Astana", "010"), ("Shymkent", "160"), ("Karaganda", "100")])
    pc = pre + "0" + dg(r, 2)
    if r.random() < 0.45:
        L = [
            [
                T("mkr. " + ch(r, "Samal-2|Aksai-3|Orbita-1|Zhetysu-2|Kulager"), "district"),
                ", ",
                T("d. %d" % r.randint(1, 90), "building"),
                ", ",
                T("kv. %d" % r.randint(1, 150), "unit"),
            ]
        ]
    else:
        st = ch(r, "ul. Abaya|pr. Dostyk|ul. Tole Bi|ul. Zheltoksan|pr. Respubliki|ul. Kenesary|ul. Satpayeva")
        L = [[T("%s %d" % (st, r.randint(1, 200)), "street_address"), ", ", T("kv. %d" % r.randint(1, 150), "unit")]]
    L.append(
        [T(city, "city"), " ", T(pc, "postal_code")]
        if r.random() < 0.6
        else [T(pc, "postal_code"), ", ", T(city, "city")]
    )
    return Addr("KZ", L, ch(r, "Kazakhstan|Qazaqstan"))


def uz(r):
    city, pre = r.choice(
        [("Toshkent", "100"), ("Tashkent", "100"), ("Samarqand", "140"), ("Buxoro", "200"), ("Namangan", "160")]
    )
    pc = pre + dg(r, 3)
    if r.random() < 0.5:
        L = [
            [
                T(ch(r, "Yunusobod tumani|Chilonzor tumani|Mirzo Ulug'bek tumani"), "district"),
                ", ",
                T("%d-kvartal" % r.randint(1, 19), "district"),
                ", ",
                T("%d-uy" % r.randint(1, 60), "building"),
                ", ",
                T("%d-xonadon" % r.randint(1, 90), "unit"),
            ]
        ]
    else:
        st = ch(r, "Amir Temur ko'chasi|Navoiy ko'chasi|Bobur ko'chasi|ul. Navoi|Mustaqillik shoh ko'chasi")
        L = [
            [
                T("%s %d" % (st, r.randint(1, 150)), "street_address"),
                ", ",
                T(ch(r, "%d-xonadon|kv. %d" % ((r.randint(1, 90),) * 2)), "unit"),
            ]
        ]
    L.append([T(city, "city"), " ", T(pc, "postal_code")])
    return Addr("UZ", L, ch(r, "Uzbekistan|O'zbekiston"))


def mn(r):
    city = ch(r, "Ulaanbaatar|Ulaanbaatar|Darkhan|Erdenet")
    if city == "Ulaanbaatar":
        L = [
            [
                T(ch(r, "Bayanzürkh|Sükhbaatar|Songinokhairkhan|Chingeltei|Khan-Uul") + " District", "district"),
                ", ",
                T(
                    "%d%s khoroo"
                    % (
                        (lambda n: (n, "st" if n == 1 else "nd" if n == 2 else "rd" if n == 3 else "th"))(
                            r.randint(1, 20)
                        )
                    ),
                    "district",
                ),
            ]
        ]
    else:
        L = [[T("%d-%s bag" % (r.randint(1, 12), ch(r, "r|n")), "district")]]
    if r.random() < 0.6:
        L.append(
            [
                T(ch(r, "Peace Avenue %d|Building %d" % ((r.randint(1, 80),) * 2)), "building"),
                ", ",
                T("Apt %d" % r.randint(1, 120), "unit"),
            ]
        )
    else:
        L.append(
            [
                T("Khashaa %d" % r.randint(1, 400), "street_address"),
                ", ",
                T(ch(r, "near the 3rd school|behind the khoroo office|next to the water kiosk"), "landmark"),
            ]
        )
    L.append([T(city, "city")] + ([" ", T(dg(r, 5), "postal_code")] if r.random() < 0.4 else []))
    return Addr("MN", L, ch(r, "Mongolia|Mongol Uls"))


def np_(r):
    city, pc, dists = r.choice(
        [
            ("Kathmandu", "44600", "Baneshwor|Koteshwor|Kalanki|Chabahil"),
            ("Lalitpur", "44700", "Jhamsikhel|Sanepa|Kupondole"),
            ("Pokhara", "33700", "Lakeside|Bagar|Chipledhunga"),
            ("Bharatpur", "44200", "Narayangadh"),
            ("Biratnagar", "56613", "Traffic Chowk"),
        ]
    )
    L = []
    if r.random() < 0.5:
        L.append([T("House No. %d" % r.randint(1, 900), "street_address")])
    L.append([T(ch(r, dists), "district"), ch(r, ", |-"), T("Ward No. %d" % r.randint(1, 32), "district")])
    if r.random() < 0.4:
        L.append(
            [
                T(
                    ch(r, "near the Shiva temple|behind the ward office|opposite Bhatbhateni|near the old bus park"),
                    "landmark",
                )
            ]
        )
    L.append([T(city, "city")] + ([" ", T(pc, "postal_code")] if r.random() < 0.5 else []))
    return Addr("NP", L, ch(r, "Nepal"))


def lk(r):
    city, pc, st = r.choice(
        [
            ("Colombo 03", "00300", "Galle Road|R. A. de Mel Mawatha|Duplication Road"),
            ("Nugegoda", "10250", "Temple Road|Stanley Thilakaratne Mawatha"),
            ("Kandy", "20000", "Peradeniya Road|Katugastota Road"),
            ("Jaffna", "40000", "Kasthuriyar Road|Stanley Road"),
            ("Galle", "80000", "Matara Road|Wakwella Road"),
        ]
    )
    L = [[T("No. %d%s, %s" % (r.randint(1, 400), ch(r, "|/2|/1A|"), ch(r, st)), "street_address")]]
    if r.random() < 0.3:
        L.append([T(ch(r, "off Temple Lane|near the Pillaiyar kovil|behind the Buddhist vihara"), "landmark")])
    L.append([T(city, "city")] + ([" ", T(pc, "postal_code")] if r.random() < 0.4 else []))
    return Addr("LK", L, "Sri Lanka")


IN_C = [
    (
        "Bengaluru",
        "560",
        "Karnataka",
        "Indiranagar|Koramangala|Jayanagar",
        "14th Cross|2nd Main Road|80 Feet Road",
        "Sai Krupa Apartments|Prestige Meadows|Shanthi Nilaya",
    ),
    (
        "Hyderabad",
        "500",
        "Telangana",
        "Banjara Hills|Kukatpally|Ameerpet|Dilsukhnagar",
        "Road No. 12|Road No. 3|Kavuri Hills Road",
        "Vasavi Residency|Lakshmi Towers",
    ),
    (
        "Chennai",
        "600",
        "Tamil Nadu",
        "Adyar|T. Nagar|Velachery|Anna Nagar",
        "2nd Street, Gandhi Nagar|Usman Road|6th Avenue",
        "Sri Balaji Flats|Ramaniyam Enclave",
    ),
    (
        "Pune",
        "411",
        "Maharashtra",
        "Kothrud|Hadapsar|Aundh",
        "Karve Road|Paud Road|Baner Road",
        "Shree Ganesh Society|Sukhwani Park",
    ),
    (
        "Mumbai",
        "400",
        "Maharashtra",
        "Lalbaug|Dadar East|Andheri West|Kurla",
        "Dr. Ambedkar Road|S.V. Road|L.B.S. Marg",
        "Shivaji Chawl|Sai Darshan CHS",
    ),
    (
        "Ahmedabad",
        "380",
        "Gujarat",
        "Navrangpura|Maninagar|Paldi",
        "C.G. Road|Ashram Road|Relief Road",
        "Shantinath Society|Parshwanath Flats",
    ),
    (
        "Amritsar",
        "143",
        "Punjab",
        "Ranjit Avenue|Green Avenue|Putlighar",
        "Street No. 3|Majitha Road|Batala Road",
        "Guru Nanak Colony|Khalsa Enclave",
    ),
]


def in_(r):
    city, pre, state, dists, streets, blds = r.choice(IN_C)
    L = []
    if r.random() < 0.5:
        L.append(
            [
                T(
                    ch(
                        r,
                        "Flat %d|B-%d|Room %d|Flat No. %d"
                        % (r.randint(101, 1204), r.randint(101, 904), r.randint(1, 40), r.randint(1, 40)),
                    ),
                    "unit",
                ),
                ", ",
                T(ch(r, blds), "building"),
            ]
        )
        L.append([T(ch(r, streets), "street_address")])
    else:
        L.append(
            [
                T(
                    ch(
                        r,
                        "#%d, %s|No. %d, %s|H.No. %s, %s"
                        % (
                            r.randint(1, 300),
                            ch(r, streets),
                            r.randint(1, 300),
                            ch(r, streets),
                            "%d-%d-%d/%d" % (r.randint(1, 12), r.randint(1, 9), r.randint(10, 400), r.randint(1, 90)),
                            ch(r, streets),
                        ),
                    ),
                    "street_address",
                )
            ]
        )
    if r.random() < 0.4:
        L.append(
            [
                T(
                    ch(
                        r, "Near Hanuman Mandir|Opp. Bus Stand|Behind Shiv Mandir|Near Old Water Tank|Opp. Govt. School"
                    ),
                    "landmark",
                )
            ]
        )
    L.append([T(ch(r, dists), "district")])
    L.append([T(city, "city"), ch(r, " | - "), T(pre + dg(r, 3), "postal_code")])
    if r.random() < 0.6:
        L.append([T(state, "region")])
    return Addr("IN", L, ch(r, "India|INDIA|Bharat"))


def pk(r):
    city, pc, dists = r.choice(
        [
            ("Peshawar", "25000", "Hayatabad Phase 3|University Town|Gulbahar"),
            ("Lahore", "54000", "DHA Phase 5|Gulberg III|Model Town"),
            ("Karachi", "75300", "Gulshan-e-Iqbal Block 13-D|Nazimabad No. 3|North Karachi Sector 11-B"),
            ("Islamabad", "44000", "G-9/2|F-8/3|I-10/4"),
            ("Rawalpindi", "46000", "Satellite Town|Saddar"),
        ]
    )
    L = [
        [
            T(
                ch(
                    r,
                    "House No. %d, Street %d|Plot %d-C, Lane %d|House %d, Gali %d"
                    % (
                        r.randint(1, 900),
                        r.randint(1, 40),
                        r.randint(1, 90),
                        r.randint(1, 12),
                        r.randint(1, 400),
                        r.randint(1, 30),
                    ),
                ),
                "street_address",
            )
        ],
        [T(ch(r, dists), "district")],
        [T(city, "city")] + ([" ", T(pc, "postal_code")] if r.random() < 0.5 else []),
    ]
    return Addr("PK", L, "Pakistan")


def af(r):
    city, dists = r.choice(
        [
            ("Kabul", "Karte Char|Karte Se|Khair Khana|Taimani|Qala-e-Fatullah"),
            ("Jalalabad", "Police District 3|Sehatzai"),
            ("Kandahar", "District 6|Aino Mina"),
        ]
    )
    L = [
        [T("House %d, Street %d" % (r.randint(1, 300), r.randint(1, 20)), "street_address")],
        [T(ch(r, dists), "district")],
    ]
    if r.random() < 0.5:
        L.append(
            [
                T(
                    ch(
                        r,
                        "behind the provincial hospital|near the Eidgah mosque|opposite the girls' school|next to the petrol station",
                    ),
                    "landmark",
                )
            ]
        )
    L.append([T(city, "city")])
    return Addr("AF", L, "Afghanistan")


def iq(r):
    city, pc, dists = r.choice(
        [
            ("Erbil", "44001", "Ankawa|Italian Village|Shorsh"),
            ("Sulaymaniyah", "46001", "Azadi quarter|Bakhtiari|Salim Street area"),
            ("Duhok", "42001", "Malta quarter|Nakhoshkhana"),
        ]
    )
    L = [
        [T("House %d, Street %d" % (r.randint(1, 500), r.randint(1, 140)), "street_address")],
        [T(ch(r, dists), "district")],
    ]
    if r.random() < 0.5:
        L.append(
            [T(ch(r, "near the Family Mall|behind the Chaldean church|near the 100m road roundabout"), "landmark")]
        )
    L.append([T(city, "city")] + ([" ", T(pc, "postal_code")] if r.random() < 0.3 else []))
    return Addr("IQ", L, ch(r, "Iraq|Kurdistan Region, Iraq"))


def lb(r):
    city, dists = r.choice(
        [
            ("Beirut", "Achrafieh|Hamra|Mar Mikhael|Badaro|Tariq el-Jdideh|Bourj Hammoud"),
            ("Jounieh", "Ghadir|Kaslik"),
            ("Zahlé", "Maalaka|Hoch el-Omara"),
            ("Tripoli", "El Mina|Abou Samra"),
        ]
    )
    L = [
        [
            T(ch(r, "Haddad Bldg|Nassar Bldg|Bldg %d|Azar Building|Abou Jaoude Bldg" % r.randint(1, 40)), "building"),
            ", ",
            T(
                ch(
                    r,
                    "%d%s floor|Floor %d, apt %d"
                    % (
                        (lambda n: (n, "st" if n == 1 else "nd" if n == 2 else "rd" if n == 3 else "th"))(
                            r.randint(1, 9)
                        )
                        + (r.randint(1, 9), r.randint(1, 20))
                    ),
                ),
                "unit",
            ),
        ]
    ]
    if r.random() < 0.7:
        L.append(
            [T(ch(r, "Rue Hamra|Rue Monot|Rue Gouraud|Rue Makdessi|Armenia Street|Rue Fouad Chehab"), "street_address")]
        )
    L.append(
        [
            T(
                ch(r, "near Saint Nicolas church|facing Spinneys|behind the Sagesse school|next to the Total station"),
                "landmark",
            )
        ]
    )
    L.append([T(ch(r, dists), "district"), ", ", T(city, "city")])
    return Addr("LB", L, ch(r, "Lebanon|Liban"))


def mm(r):
    if r.random() < 0.35:
        a, b = sorted(r.sample(range(26, 40), 2))
        o = lambda n: "%d%s" % (n, {1: "st", 2: "nd", 3: "rd"}.get(n % 10 if n // 10 != 1 else 0, "th"))
        L = [
            [
                T("%s Street" % o(r.randint(60, 90)), "street_address"),
                ", ",
                T("between %s and %s Street" % (o(a), o(b)), "landmark"),
            ],
            [T(ch(r, "Chanayethazan|Mahaaungmye|Aungmyethazan") + " Township", "district")],
            [T("Mandalay", "city")],
        ]
    else:
        L = [
            [
                T(
                    "No. %d, %s"
                    % (
                        r.randint(1, 400),
                        ch(r, "Bo Aung Kyaw Street|Anawrahta Road|Thein Phyu Road|Pyay Road|Kyaikkasan Road"),
                    ),
                    "street_address",
                )
            ]
        ]
        if r.random() < 0.4:
            L[0] += [", ", T(ch(r, "%d%s floor|Room %dB" % (r.randint(4, 9), "th", r.randint(1, 9))), "unit")]
        L.append([T(ch(r, "Kyauktada|Sanchaung|Hlaing|Thingangyun|Insein|South Okkalapa") + " Township", "district")])
        L.append([T("Yangon", "city")] + ([" ", T("11" + dg(r, 3), "postal_code")] if r.random() < 0.4 else []))
    return Addr("MM", L, ch(r, "Myanmar|Burma"))


def kh(r):
    if r.random() < 0.3:
        L = [
            [T("Phum " + ch(r, "Wat Bo|Romchek 4|Kouk Chak|Sala Kanseng"), "district")],
            [T("Sangkat " + ch(r, "Sala Kamreuk|Rattanak|Svay Dangkum"), "district")],
            [T(ch(r, "Krong Siem Reap|Krong Battambang"), "city")],
        ]
        return Addr("KH", L, "Cambodia")
    L = [
        [T("#%d%s, Street %d" % (r.randint(1, 300), ch(r, "|E0|Eo|A"), r.randint(2, 600)), "street_address")],
        [
            T(
                "Sangkat " + ch(r, "Boeung Keng Kang 1|Toul Tom Poung 2|Chaktomuk|Tuek L'ak 1|Phsar Depou 3"),
                "district",
            ),
            ", ",
            T("Khan " + ch(r, "Chamkar Mon|Daun Penh|Toul Kork|Mean Chey"), "district"),
        ],
        [T("Phnom Penh", "city")] + ([" ", T("12" + dg(r, 4), "postal_code")] if r.random() < 0.4 else []),
    ]
    return Addr("KH", L, ch(r, "Cambodia|Kingdom of Cambodia"))


def hk(r):
    dist, reg = r.choice(
        [
            ("Sham Shui Po", "Kowloon"),
            ("Mong Kok", "Kowloon"),
            ("Kwun Tong", "Kowloon"),
            ("Tsuen Wan", "New Territories"),
            ("Sha Tin", "New Territories"),
            ("Tuen Mun", "New Territories"),
            ("Quarry Bay", "Hong Kong Island"),
        ]
    )
    L = [[T("Flat %s" % ch(r, "A|B|C|D|E|F|12"), "unit"), ", ", T("%d/F" % r.randint(2, 38), "unit")]]
    if r.random() < 0.5:
        L.append(
            [
                T(
                    ch(r, "Block %d|Wing Fat House|Hong Yat House|Tower %d" % (r.randint(1, 12), r.randint(1, 6))),
                    "building",
                ),
                ", ",
                T(
                    ch(
                        r,
                        "Tsz Ching Estate|Kwai Shing East Estate|Tin Yiu Estate|Lek Yuen Estate|Cheung Sha Wan Estate",
                    ),
                    "building",
                ),
            ]
        )
    else:
        L.append([T(ch(r, "Po Wah Building|Kam Fung Mansion|Yee On Building"), "building")])
        L.append(
            [
                T(
                    "%d %s"
                    % (
                        r.randint(1, 300),
                        ch(
                            r,
                            "Hong Shing Street|Fuk Wing Street|Sai Yeung Choi Street South|Castle Peak Road|Ngau Tau Kok Road",
                        ),
                    ),
                    "street_address",
                )
            ]
        )
    L.append([T(dist, "district"), ", ", T(reg, "region")])
    return Addr("HK", L, ch(r, "Hong Kong|Hong Kong SAR|HK"))


TW_C = [
    (
        "Taipei City",
        [
            ("Zhongshan Dist.", "104"),
            ("Da'an Dist.", "106"),
            ("Wanhua Dist.", "108"),
            ("Beitou Dist.", "112"),
            ("Neihu Dist.", "114"),
        ],
    ),
    ("New Taipei City", [("Banqiao Dist.", "220"), ("Sanchong Dist.", "241")]),
    ("Taichung City", [("Xitun Dist.", "407"), ("Beitun Dist.", "406")]),
    ("Kaohsiung City", [("Lingya Dist.", "802"), ("Sanmin Dist.", "807")]),
]


def tw(r):
    city, ds = r.choice(TW_C)
    dist, pc = r.choice(ds)
    road = ch(
        r, "Zhongshan N. Rd.|Heping E. Rd.|Minsheng E. Rd.|Zhongxiao E. Rd.|Wenhua Rd.|Jianguo Rd.|Zhongzheng Rd."
    )
    parts = ["No. %d" % r.randint(1, 300)]
    if r.random() < 0.4:
        parts.append("Aly. %d" % r.randint(1, 30))
    if r.random() < 0.6:
        parts.append("Ln. %d" % r.randint(1, 300))
    if r.random() < 0.5:
        parts.append("Sec. %d" % r.randint(1, 5))
    L = [
        [
            T("%dF-%d" % (r.randint(2, 15), r.randint(1, 6)), "unit")
            if r.random() < 0.6
            else T("%dF." % r.randint(2, 15), "unit"),
            ", ",
            T(", ".join(parts + [road]), "street_address"),
        ],
        [T(dist, "district"), ", ", T(city, "city"), " ", T(pc, "postal_code")],
    ]
    return Addr("TW", L, ch(r, "Taiwan|Taiwan (R.O.C.)"))


def ph(r):
    city, pc, reg, brgys = r.choice(
        [
            (
                "Quezon City",
                "11%02d" % r.randint(0, 99),
                "Metro Manila",
                "San Isidro|Batasan Hills|Commonwealth|Bagong Silangan",
            ),
            ("Caloocan City", "14%02d" % r.randint(0, 99), "Metro Manila", "Bagong Barrio|Camarin"),
            ("Cebu City", "6000", "Cebu", "Lahug|Guadalupe|Mabolo"),
            ("Davao City", "8000", "Davao del Sur", "Buhangin|Matina"),
            ("Tanauan City", "4232", "Batangas", "Poblacion|Darasa"),
            ("Iloilo City", "5000", "Iloilo", "Jaro|La Paz"),
        ]
    )
    if r.random() < 0.5:
        st = "Blk %d Lot %d, %s" % (
            r.randint(1, 40),
            r.randint(1, 60),
            ch(r, "Sampaguita St.|Ilang-Ilang St.|Mabini St.|Narra St."),
        )
    else:
        st = "%d %s" % (r.randint(1, 900), ch(r, "Rizal Ave.|Gen. Luna St.|Burgos St.|M. L. Quezon St."))
    L = [[T(st, "street_address")]]
    if r.random() < 0.3:
        L[0] += [", ", T(ch(r, "Purok %d|Villa Verde Subd.|Phase 2, Camella Homes" % r.randint(1, 8)), "district")]
    L.append([T("Brgy. " + ch(r, brgys), "district")])
    L.append([T(city, "city"), " ", T(pc, "postal_code")])
    L.append([T(reg, "region")])
    return Addr("PH", L, ch(r, "Philippines|PH"))


def vn(r):
    city, sts, ph_, q = r.choice(
        [
            (
                "Hà Nội",
                "Phố Huế|Phố Bạch Mai|Đường Láng|Phố Kim Mã|Phố Tôn Đức Thắng",
                "Phạm Đình Hổ|Láng Hạ|Kim Mã",
                "Quận Hai Bà Trưng|Quận Đống Đa|Quận Ba Đình",
            ),
            (
                "TP. Hồ Chí Minh",
                "Nguyễn Đình Chiểu|Lê Văn Sỹ|Cách Mạng Tháng Tám|Nguyễn Trãi|Phan Xích Long",
                "Phường 6|Phường 12|Phường 2",
                "Quận 3|Quận 10|Quận Phú Nhuận",
            ),
            ("Đà Nẵng", "Lê Duẩn|Nguyễn Văn Linh|Hùng Vương", "Hải Châu 1|Thạch Thang", "Quận Hải Châu|Quận Thanh Khê"),
        ]
    )
    n = r.randint(1, 300)
    st = ch(
        r,
        "Số %d ngõ %d %s|%d/%d %s|%d %s"
        % (n, r.randint(1, 200), ch(r, sts), n, r.randint(1, 40), ch(r, sts), n, ch(r, sts)),
    )
    phw = ch(r, ph_)
    L = [
        [T(st, "street_address")],
        [T(phw if phw.startswith("Phường") else "Phường " + phw, "district")],
        [T(ch(r, q), "district")],
        [T(city, "city")],
    ]
    return Addr("VN", L, ch(r, "Việt Nam|Vietnam"))


def kr(r):
    city, pre, gus, roads = r.choice(
        [
            ("Seoul", "0", "Gangnam-gu|Mapo-gu|Nowon-gu|Guro-gu", "Teheran-ro|Dongil-ro|Mapo-daero|Gukhoe-daero"),
            ("Busan", "4", "Haeundae-gu|Saha-gu", "Haeundaehaebyeon-ro|Nakdong-daero"),
            ("Incheon", "2", "Bupyeong-gu|Namdong-gu", "Gyeongin-ro|Bupyeong-daero"),
            ("Daegu", "4", "Suseong-gu|Dalseo-gu", "Suseong-ro|Dalgubeol-daero"),
        ]
    )
    pc = pre + dg(r, 4)
    road = "%s %d" % (ch(r, roads), r.randint(1, 400))
    unit = "%d-dong %d-ho" % (r.randint(101, 115), r.randint(101, 2504))
    if r.random() < 0.5:
        L = [
            [T(city, "city"), " ", T(ch(r, gus), "district"), " ", T(road, "street_address"), ", ", T(unit, "unit")],
            [T(pc, "postal_code")],
        ]
    else:
        L = [
            [
                T("Apt " + unit.replace("-dong ", "-").replace("-ho", ""), "unit"),
                ", ",
                T(road.split()[1] + " " + road.split()[0], "street_address"),
            ],
            [T(ch(r, gus), "district"), ", ", T(city, "city"), " ", T(pc, "postal_code")],
        ]
    return Addr("KR", L, ch(r, "South Korea|Republic of Korea|Korea"))


JP_C = [
    ("Tokyo", "1", "Shibuya-ku|Setagaya-ku|Adachi-ku|Edogawa-ku", "Jingumae|Sangenjaya|Senju|Nishikasai"),
    ("Osaka", "5", "Kita-ku|Ikuno-ku|Nishinari-ku", "Nakazakinishi|Tsuruhashi|Tengachaya"),
    ("Nagoya", "4", "Minato-ku|Nakamura-ku", "Komei|Hon-jin-dori"),
    ("Fukuoka", "8", "Hakata-ku|Higashi-ku", "Hakataeki-minami|Hakozaki"),
]


def jp(r):
    city, pre, wards, areas = r.choice(JP_C)
    pc = "%s%s-%s" % (pre, dg(r, 2), dg(r, 4))
    blk = "%d-%d-%d" % (r.randint(1, 6), r.randint(1, 30), r.randint(1, 25))
    area = ch(r, areas)
    bld = ch(r, "Green Heights|Maison Sakura|Sunny Court|Palace Aoi|Corpo Hikari")
    room = str(r.randint(1, 9) * 100 + r.randint(1, 12))
    if r.random() < 0.5:
        L = [
            [T(bld, "building"), " ", T(room, "unit")],
            [T("%s %s" % (blk, area), "street_address")],
            [T(ch(r, wards), "district"), ", ", T(city, "city"), " ", T(pc, "postal_code")],
        ]
    else:
        L = [
            [
                "〒",
                T(pc, "postal_code"),
                " ",
                T(city + ch(r, "-to|-fu|-shi|"), "city"),
                " ",
                T(ch(r, wards), "district"),
                " ",
                T("%s %s" % (area, blk), "street_address"),
                " ",
                T(bld, "building"),
                " ",
                T(room + "-goshitsu", "unit"),
            ]
        ]
    return Addr("JP", L, ch(r, "Japan|Nihon"))


def my(r):
    city, pre, state, tamans = r.choice(
        [
            ("Petaling Jaya", "47", "Selangor", "SS 2|Taman Paramount"),
            ("Shah Alam", "40", "Selangor", "Seksyen 7|Taman Sri Muda"),
            ("Kuala Lumpur", "5", "Wilayah Persekutuan", "Kampung Baru|Setapak|Cheras"),
            ("Johor Bahru", "81", "Johor", "Taman Mawar|Taman Perling"),
            ("Ipoh", "30", "Perak", "Taman Canning"),
            ("Kota Bharu", "15", "Kelantan", "Kampung Sireh"),
        ]
    )
    pc = pre + dg(r, 5 - len(pre))
    L = []
    if r.random() < 0.4:
        L.append(
            [
                T("Unit %d-%d%s" % (r.randint(1, 25), r.randint(1, 12), ch(r, "|A")), "unit"),
                ", ",
                T(ch(r, "Blok B, Pangsapuri Seri Melati|Residensi Harmoni|Flat PKNS Blok 4"), "building"),
            ]
        )
    else:
        L.append(
            [
                T(
                    ch(
                        r,
                        "No. %d, Jalan SS 2/24|No. %d, Lorong Mawar 3|Lot %d, Jalan Raja Abdullah|%d, Jalan Sultan Yahya Petra"
                        % ((r.randint(1, 400),) * 4),
                    ),
                    "street_address",
                )
            ]
        )
    L.append([T(ch(r, tamans), "district")])
    L.append([T(pc, "postal_code"), " ", T(city, "city")])
    L.append([T(state, "region")])
    return Addr("MY", L, "Malaysia")


ASIA = {
    "GE": ge,
    "AM": am,
    "KZ": kz,
    "UZ": uz,
    "MN": mn,
    "NP": np_,
    "LK": lk,
    "IN": in_,
    "PK": pk,
    "AF": af,
    "IQ": iq,
    "LB": lb,
    "MM": mm,
    "KH": kh,
    "HK": hk,
    "TW": tw,
    "PH": ph,
    "VN": vn,
    "KR": kr,
    "JP": jp,
    "MY": my,
}
