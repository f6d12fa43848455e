"""Personal address formats: Russia/Caucasus/Central Asia, South and
South-East Asia, Oceania, Middle East."""

from .addr import Addr, bd, ci, ds, lm, pb, pc, rg, st, tx, un
from .addr import digits as D


def ru(r):
    if r.random() < 0.35:
        city, reg, code = r.choice(
            [
                ("г. Казань", "Республика Татарстан", "4201%s" % D(r, 2)),
                ("г. Грозный", "Чеченская Республика", "3640%s" % D(r, 2)),
            ]
        )
        street = r.choice(["ул. Декабристов", "проспект Победы", "ул. Чистопольская", "ул. Мира", "ул. Шерипова"])
        line = [st("%s, д. %d" % (street, r.randint(1, 150))), tx(", "), un("кв. %d" % r.randint(1, 220))]
        return Addr("RU", ["Россия", "Russia"], [line, [ci(city)], [rg(reg)], [pc(code)]])
    city, reg, code, streets = r.choice(
        [
            (
                "Kazan",
                "Respublika Tatarstan",
                "4201%s" % D(r, 2),
                ["ul. Dekabristov", "prospekt Pobedy", "ul. Chistopolskaya", "ul. Baumana"],
            ),
            (
                "Naberezhnye Chelny",
                "Respublika Tatarstan",
                "4238%s" % D(r, 2),
                ["prospekt Mira", "ul. Gidrostroiteley"],
            ),
            ("Grozny", "Chechen Republic", "3640%s" % D(r, 2), ["ul. Mira", "ul. Sheripova", "ul. Dagestanskaya"]),
            ("Moskva", None, "1090%s" % D(r, 2), ["ul. Lyublinskaya", "Volgogradsky prospekt"]),
        ]
    )
    line = [st("%s, d. %d" % (r.choice(streets), r.randint(1, 150)))]
    if r.random() < 0.8:
        line += [tx(", "), un("kv. %d" % r.randint(1, 220))]
    lines = [line, [ci(city)]]
    if reg:
        lines.append([rg(reg)])
    lines.append([pc(code)])
    return Addr("RU", ["Russia", "Rossiya", "Russian Federation"], lines)


def az(r):
    city, code = r.choice([("Bakı", "AZ1000"), ("Bakı", "AZ1065"), ("Gəncə", "AZ2000"), ("Sumqayıt", "AZ5000")])
    line = [
        st(
            "%s %d"
            % (
                r.choice(["Nizami küçəsi", "Füzuli küçəsi", "Azadlıq prospekti", "Səməd Vurğun küçəsi"]),
                r.randint(1, 120),
            )
        )
    ]
    if r.random() < 0.7:
        line += [tx(", "), un("mənzil %d" % r.randint(1, 90))]
    lines = [line]
    if r.random() < 0.4:
        lines.append([ds(r.choice(["Yasamal rayonu", "Nəsimi rayonu", "Binəqədi rayonu"]))])
    lines.append([ci(city), tx(" "), pc(code)])
    return Addr("AZ", ["Azərbaycan", "Azerbaijan"], lines)


def tm(r):
    city, code = r.choice([("Aşgabat", "744000"), ("Mary", "745400"), ("Türkmenabat", "746100")])
    line = [
        st(
            "%s, %d-nji jaý"
            % (r.choice(["Görogly köçesi", "Atatürk köçesi", "Bitarap Türkmenistan şaýoly"]), r.randint(1, 90))
        )
    ]
    if r.random() < 0.7:
        line += [tx(", "), un("%d-nji öý" % r.randint(1, 80))]
    return Addr("TM", ["Türkmenistan", "Turkmenistan"], [line, [ci(city), tx(" "), pc(code)]])


def tj(r):
    city, code = r.choice([("Dushanbe", "7340%s" % D(r, 2)), ("Khujand", "735700"), ("Kulob", "735360")])
    line = [
        st(
            "%s %d"
            % (
                r.choice(["khiyoboni Rudaki", "kuchai Bokhtar", "kuchai Sino", "khiyoboni Ismoili Somoni"]),
                r.randint(1, 140),
            )
        )
    ]
    if r.random() < 0.7:
        line += [tx(", "), un("kv. %d" % r.randint(1, 90))]
    lines = [line]
    if r.random() < 0.4:
        lines.append([ds(r.choice(["nohiyai Sino", "nohiyai Firdavsi", "nohiyai Shohmansur"]))])
    lines.append([ci(city), tx(" "), pc(code)])
    return Addr("TJ", ["Tajikistan", "Тоҷикистон"], lines)


def ge(r):
    city, code = r.choice(
        [("Tbilisi", "0179"), ("Tbilisi", "0160"), ("Batumi", "6000"), ("Kutaisi", "4600"), ("Marneuli", "3000")]
    )
    line = [
        st(
            "%s %d"
            % (
                r.choice(["Chavchavadze Avenue", "Pekini Street", "Kazbegi Avenue", "Gorgasali Street"]),
                r.randint(1, 90),
            )
        )
    ]
    if r.random() < 0.6:
        line += [tx(", "), un("apt. %d" % r.randint(1, 80))]
    lines = [line]
    if r.random() < 0.3:
        lines.append([ds(r.choice(["Saburtalo", "Vake", "Gldani"]))])
    lines.append([ci(city), tx(" "), pc(code)])
    return Addr("GE", ["Georgia", "Sakartvelo"], lines)


def bt(r):
    v = r.random()
    if v < 0.25:
        return Addr("BT", ["Bhutan"], [[pb("Post Box %d" % r.randint(100, 999))], [ci("Thimphu")]])
    if v < 0.55:
        return Addr(
            "BT",
            ["Bhutan"],
            [
                [ds(r.choice(["Lobesa Gewog", "Toebesa Gewog", "Kabisa Gewog"]))],
                list(
                    r.choice(
                        [
                            (tx("near "), lm("Lobesa Higher Secondary School")),
                            (tx("near the "), lm("Kabisa BHU")),
                            (tx("below "), lm("Chorten Nyingpa")),
                        ]
                    )
                ),
                [rg(r.choice(["Punakha Dzongkhag", "Wangdue Phodrang"]))],
            ],
        )
    line = [un("Flat %d" % r.randint(1, 12)), tx(", "), bd("Building No. %d" % r.randint(1, 60))]
    return Addr(
        "BT",
        ["Bhutan", "Druk Yul"],
        [line, [ds(r.choice(["Changzamtog", "Motithang", "Babesa", "Olakha"]))], [ci("Thimphu"), tx(" "), pc("11001")]],
    )


def in_(r):
    if r.random() < 0.5:
        lines = [
            [st("House No. %d, Jogiwara Road" % r.randint(1, 200))],
            [ds("McLeod Ganj")],
            [ci("Dharamshala"), tx(", "), rg("Himachal Pradesh"), tx(" "), pc("176219")],
        ]
    elif r.random() < 0.5:
        lines = [
            [ds("Camp No. %d" % r.randint(1, 7))],
            [tx("behind the "), lm("Camp %d Health Centre" % r.randint(1, 7))],
            [ci("Bylakuppe"), tx(", "), rg("Karnataka"), tx(" "), pc("571104")],
        ]
    else:
        lines = [
            [bd("Block %d" % r.randint(1, 12)), tx(", "), st("H.No. %d" % r.randint(1, 400))],
            [ds("New Aruna Nagar Colony")],
            [ci("Delhi"), tx(" "), pc("110054")],
        ]
    return Addr("IN", ["India"], lines)


def la(r):
    lines = [
        [st("House %d" % r.randint(1, 300)), tx(", "), ds("Unit %d" % r.randint(1, 20))],
        [ds(r.choice(["Ban Phonxay", "Ban Sisavath", "Ban Nongbone", "Ban Thongkhankham"]))],
        [ds(r.choice(["Xaysetha District", "Chanthabouly District", "Sikhottabong District"]))],
        [ci(r.choice(["Vientiane", "Vientiane Capital"]))],
    ]
    if r.random() < 0.3:
        lines = [[ds("Ban Xiengmuan")], [ci("Luang Prabang")]]
    return Addr("LA", ["Lao PDR", "Laos"], lines)


def th(r):
    dist, city, prov, code = r.choice(
        [
            ("Tambon Mae Pa", "Mae Sot", "Tak", "63110"),
            ("Tambon Umphang", "Umphang", "Tak", "63170"),
            ("Tambon Mae Song", "Tha Song Yang", "Tak", "63150"),
            ("Tambon Suthep", "Mueang Chiang Mai", "Chiang Mai", "50200"),
        ]
    )
    return Addr(
        "TH",
        ["Thailand"],
        [
            [st("%d/%d Moo %d" % (r.randint(1, 300), r.randint(1, 9), r.randint(1, 12)))],
            [ds(dist)],
            [ci(city)],
            [rg(prov), tx(" "), pc(code)],
        ],
    )


def id_(r):
    v = r.randrange(4)
    if v == 0:
        lines = [
            [st("Jl. Kaliurang Km %d,%d No. %d" % (r.randint(4, 14), r.randint(1, 9), r.randint(1, 90)))],
            [ds("RT %02d/RW %02d" % (r.randint(1, 12), r.randint(1, 9)))],
            [ds("Kel. Caturtunggal"), tx(", "), ds("Kec. Depok")],
            [rg("Kab. Sleman"), tx(", "), ci("Yogyakarta"), tx(" "), pc("55281")],
        ]
    elif v == 1:
        lines = [
            [st("Jl. %s No. %d" % (r.choice(["Cihampelas", "Dago", "Sukajadi"]), r.randint(1, 200)))],
            [ds("Kec. Coblong")],
            [ci("Bandung"), tx(" "), pc("401%s" % D(r, 2))],
            [rg("Jawa Barat")],
        ]
    elif v == 2:
        lines = [
            [st("Jl. Urip Sumoharjo No. %d" % r.randint(1, 200))],
            [ci("Makassar"), tx(" "), pc("902%s" % D(r, 2))],
            [rg("Sulawesi Selatan")],
        ]
    else:
        lines = [
            [ds("Desa Mallari"), tx(", "), ds("Kec. Awangpone")],
            [tx("dekat "), lm("Masjid Nurul Huda")],
            [rg("Kab. Bone"), tx(", "), rg("Sulawesi Selatan")],
        ]
    return Addr("ID", ["Indonesia"], lines)


def to(r):
    if r.random() < 0.35:
        return Addr("TO", ["Tonga"], [[pb("P.O. Box %d" % r.randint(100, 2000))], [ci("Nukuʻalofa")]])
    vil = r.choice(["Haʻateiho", "Kolofoʻou", "Vaini", "Houma", "Fasi-moe-Afi"])
    lines = [[ds(vil)]]
    if r.random() < 0.6:
        lines.append(
            list(
                r.choice(
                    [
                        (tx("opposite "), lm("%s Free Wesleyan Church" % vil)),
                        (tx("behind the "), lm("%s Town Hall" % vil)),
                    ]
                )
            )
        )
    lines.append([rg("Tongatapu")] if vil in ("Vaini", "Houma") else [ci("Nukuʻalofa")])
    return Addr("TO", ["Tonga", "Kingdom of Tonga"], lines)


def gu(r):
    city, z = r.choice(
        [
            ("Dededo", "96929"),
            ("Yigo", "96929"),
            ("Tamuning", "96913"),
            ("Mangilao", "96913"),
            ("Yona", "96915"),
            ("Inarajan", "96917"),
            ("Hagåtña", "96910"),
        ]
    )
    first = (
        [pb("P.O. Box %d" % r.randint(1000, 29999))]
        if r.random() < 0.3
        else [
            st(
                "%d %s"
                % (
                    r.randint(100, 999),
                    r.choice(["Chalan Kanton Tasi", "Chalan Pale Duenas", "Chalan Koda", "Chalan Lujuna"]),
                )
            )
        ]
    )
    return Addr("GU", ["Guam", "USA"], [first, [ci(city), tx(", "), rg("GU"), tx(" "), pc(z)]])


def au(r):
    v = r.randrange(3)
    if v == 0:
        town, state, code = r.choice(
            [("Yirrkala", "NT", "0880"), ("Wadeye", "NT", "0822"), ("Galiwinku", "NT", "0822")]
        )
        lines = [[st("Lot %d" % r.randint(10, 400))], [ci(town), tx(" "), rg(state), tx(" "), pc(code)]]
    else:
        town, state, code, streets = r.choice(
            [
                ("Alice Springs", "NT", "0870", ["Bloomfield Street", "Gap Road", "Larapinta Drive"]),
                ("Redfern", "NSW", "2016", ["Eveleigh Street", "Caroline Street"]),
                ("Mount Druitt", "NSW", "2770", ["Ropes Crescent", "Luxford Road"]),
                ("Broome", "WA", "6725", ["Hamersley Street", "Guy Street"]),
            ]
        )
        line = [st("%d %s" % (r.randint(1, 150), r.choice(streets)))]
        if r.random() < 0.4:
            line = [un("Unit %d" % r.randint(1, 20)), tx(", ")] + line
        lines = [line, [ci(town), tx(" "), rg(state), tx(" "), pc(code)]]
    return Addr("AU", ["Australia"], lines)


def il(r):
    city, pre = r.choice(
        [("Bat Yam", "59"), ("Netanya", "42"), ("Bnei Brak", "51"), ("Jerusalem", "95"), ("Be'er Sheva", "84")]
    )
    line = [
        st(
            "%s %d"
            % (
                r.choice(
                    ["Rehov Herzl", "Rehov Rabbi Akiva", "Sderot Yerushalayim", "Rehov Bialik", "Rehov Ha-Palmach"]
                ),
                r.randint(1, 120),
            )
        )
    ]
    if r.random() < 0.7:
        line += [tx(", "), un("Apt. %d" % r.randint(1, 40))]
    return Addr("IL", ["Israel"], [line, [ci(city), tx(" "), pc(pre + D(r, 5))]])


def jo(r):
    city, code = r.choice([("Amman", "11821"), ("Amman", "11194"), ("Irbid", "21110"), ("Zarqa", "13110")])
    if r.random() < 0.3:
        return Addr("JO", ["Jordan"], [[pb("P.O. Box %d" % r.randint(1000, 960000))], [ci(city), tx(" "), pc(code)]])
    return Addr(
        "JO",
        ["Jordan", "الأردن"],
        [
            [
                bd("Building %d" % r.randint(1, 60)),
                tx(", "),
                st(r.choice(["Al-Kindi Street", "Wasfi Al-Tal Street", "Mecca Street", "Al-Jahiz Street"])),
            ],
            [ds(r.choice(["Um Uthaina", "Tla Al-Ali", "Jabal Al-Hussein", "Al-Hashmi Al-Shamali"]))],
            [ci(city), tx(" "), pc(code)],
        ],
    )


def ye(r):
    city, dists = r.choice(
        [
            ("Sana'a", ["Hadda", "Al-Safiya", "Shumaila"]),
            ("Aden", ["Crater", "Khormaksar", "Al-Mansoura"]),
            ("Al Mukalla", ["Fuwwah", "Al-Sharj"]),
        ]
    )
    lines = [
        [st(r.choice(["Hadda Street", "Al-Zubairi Street", "Street 14", "Al-Qiyada Street"]))],
        [
            tx(r.choice(["near ", "behind ", "opposite "])),
            lm(r.choice(["Al-Rahman Mosque", "Al-Noor Pharmacy", "Al-Saeed School"])),
        ],
        [ds(r.choice(dists))],
        [ci(city)],
    ]
    return Addr("YE", ["Yemen"], lines)


def om(r):
    city, code = r.choice([("Muscat", "112"), ("Sohar", "311"), ("Salalah", "211"), ("Nizwa", "611")])
    if r.random() < 0.4:
        return Addr(
            "OM",
            ["Oman", "Sultanate of Oman"],
            [[pb("P.O. Box %d" % r.randint(100, 3000))], [tx("P.C. "), pc(code)], [ci(city)]],
        )
    return Addr(
        "OM",
        ["Oman"],
        [
            [st("Way No. %d" % r.randint(1000, 9999)), tx(", "), bd("House No. %d" % r.randint(100, 3000))],
            [ds(r.choice(["Al Khuwair", "Al Hail North", "Al Mawaleh", "Bawshar"]))],
            [ci(city)],
        ],
    )


def ae(r):
    v = r.randrange(3)
    if v == 0:
        lines = [
            [un("Villa %d" % r.randint(1, 90)), tx(", "), st("Street %d" % r.randint(1, 40))],
            [ds(r.choice(["Al Barsha 2", "Al Warqa 1", "Mirdif", "Al Mizhar 1"]))],
            [ci("Dubai")],
        ]
    elif v == 1:
        lines = [
            [
                un("Flat %d" % r.randint(101, 2405)),
                tx(", "),
                bd(r.choice(["Al Noor Tower", "Rose Building", "Al Qasba Residence"])),
            ],
            [ds(r.choice(["Al Nahda 1", "Al Majaz 2", "Al Taawun"]))],
            [ci("Sharjah")],
        ]
    else:
        lines = [[pb("P.O. Box %d" % r.randint(1000, 99999))], [ci(r.choice(["Abu Dhabi", "Al Ain", "Dubai"]))]]
    return Addr("AE", ["UAE", "United Arab Emirates"], lines)


FUNCS = {
    "RU": ru,
    "AZ": az,
    "TM": tm,
    "TJ": tj,
    "GE": ge,
    "BT": bt,
    "IN": in_,
    "LA": la,
    "TH": th,
    "ID": id_,
    "TO": to,
    "GU": gu,
    "AU": au,
    "IL": il,
    "JO": jo,
    "YE": ye,
    "OM": om,
    "AE": ae,
}
