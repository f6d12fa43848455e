"""Personal address formats, part 1: IN, PH, BR, JP, KR.
Each function returns lines; a line is a list of (text, info|None) pieces."""

from .checks import rdig as R


def V(text, kind, cc):
    return (text, {"type": "LOCATION", "kind": kind, "country": cc})


def T(text):
    return (text, None)


def addr_in(r):
    c = "IN"
    city, state, pin0 = r.choice(
        [
            ("Bengaluru", "Karnataka", "560"),
            ("Pune", "Maharashtra", "411"),
            ("Chennai", "Tamil Nadu", "600"),
            ("Jaipur", "Rajasthan", "302"),
            ("Lucknow", "Uttar Pradesh", "226"),
            ("Kochi", "Kerala", "682"),
            ("Hyderabad", "Telangana", "500"),
            ("Gurugram", "Haryana", "122"),
        ]
    )
    loc = r.choice(
        [
            "Indiranagar",
            "Kothrud",
            "Anna Nagar",
            "Malviya Nagar",
            "Gomti Nagar",
            "Kakkanad",
            "Banjara Hills",
            "Sector 46",
            "JP Nagar 2nd Phase",
            "Salt Lake Sector V",
        ]
    )
    lines = []
    first = []
    if r.random() < 0.7:
        first += [
            V(
                r.choice(
                    [
                        "Flat %d%02d" % (r.randint(1, 12), r.randint(1, 20)),
                        "H.No. %d-%d/%d" % (r.randint(1, 12), r.randint(1, 99), r.randint(1, 9)),
                        "#%d" % r.randint(10, 999),
                        "Door No. %d/%d" % (r.randint(1, 99), r.randint(1, 30)),
                    ]
                ),
                "unit",
                c,
            ),
            T(", "),
        ]
    if r.random() < 0.6:
        first += [
            V(
                r.choice(
                    [
                        "Sai Krupa Apartments",
                        "Shanti Niwas",
                        "Green Glen Layout",
                        "Prestige Lakeside Habitat",
                        "Ganga Residency",
                        "Sri Lakshmi Nilayam",
                    ]
                ),
                "building",
                c,
            ),
            T(", "),
        ]
    first += [
        V(
            r.choice(
                [
                    "%dth Cross, %dth Main" % (r.randint(4, 19), r.randint(4, 19)),
                    "MG Road",
                    "Nehru Street",
                    "%d, Link Road" % r.randint(2, 200),
                    "Gandhi Bazaar Main Road",
                    "Lane No. %d, Paud Road" % r.randint(1, 9),
                ]
            ),
            "street_address",
            c,
        )
    ]
    lines.append(first)
    lm = r.choice(["near", "opp.", "Near", "behind", "next to", "Opp"])
    lines.append(
        [
            V(loc, "city", c),
            T(", %s " % lm),
            V(
                r.choice(
                    [
                        "Hanuman Mandir",
                        "SBI ATM",
                        "Sai Baba Temple",
                        "Big Bazaar",
                        "Government School",
                        "Ganesh Temple",
                        "Apollo Pharmacy",
                        "water tank",
                        "the old bus stand",
                    ]
                ),
                "landmark",
                c,
            ),
        ]
    )
    pin = pin0 + R(r, 3)
    lines.append(
        [
            V(city, "city", c),
            T(r.choice([", ", " - ", "-"])),
            V(state, "region", c) if r.random() < 0.6 else V(pin, "postal_code", c),
        ]
    )
    if lines[-1][-1][1]["kind"] == "region":
        lines[-1] += [T(r.choice([" ", " - ", " PIN "])), V(pin, "postal_code", c)]
    return lines


def addr_ph(r):
    c = "PH"
    lines = [
        [
            V("Blk %d Lot %d" % (r.randint(1, 40), r.randint(1, 60)), "street_address", c),
            T(", "),
            V(
                r.choice(["Sampaguita St.", "Phase 2, Mabini St.", "Rizal Ave. Ext.", "Narra St.", "Acacia Drive"]),
                "street_address",
                c,
            ),
        ]
    ]
    if r.random() < 0.4:
        lines[0] = [
            V(r.choice(["Unit %dB" % r.randint(1, 30), "Rm. %d" % r.randint(100, 999)]), "unit", c),
            T(", "),
            V(r.choice(["Vista Verde Tower 2", "Avida Towers Sola", "Camella Homes Bldg C"]), "building", c),
            T(", "),
        ] + lines[0]
    lines.append(
        [
            T("Brgy. "),
            V(r.choice(["San Isidro", "Poblacion", "Bagong Silang", "Malanday", "Sto. Niño", "Talon Dos"]), "city", c),
        ]
        if r.random() < 0.5
        else [V("Brgy. " + r.choice(["San Isidro", "Poblacion", "Bagong Silang", "Malanday"]), "city", c)]
    )
    city, prov, z = r.choice(
        [
            ("Antipolo City", "Rizal", "1870"),
            ("Quezon City", "Metro Manila", "1100"),
            ("Cebu City", "Cebu", "6000"),
            ("Davao City", "Davao del Sur", "8000"),
            ("Bacoor", "Cavite", "4102"),
            ("Marikina", "NCR", "1800"),
        ]
    )
    lines.append([V(city, "city", c), T(", "), V(prov, "region", c), T(" "), V(z, "postal_code", c)])
    return lines


def addr_br(r):
    c = "BR"
    street = r.choice(
        [
            "Rua das Laranjeiras",
            "Av. Paulista",
            "Rua Augusta",
            "Rua Sete de Setembro",
            "Travessa do Ouvidor",
            "Rua Padre Anchieta",
            "Avenida Brasil",
        ]
    )
    city, uf, bairro, cep0 = r.choice(
        [
            ("Rio de Janeiro", "RJ", "Laranjeiras", "222"),
            ("São Paulo", "SP", "Bela Vista", "013"),
            ("Belo Horizonte", "MG", "Savassi", "301"),
            ("Salvador", "BA", "Barra", "401"),
            ("Curitiba", "PR", "Batel", "804"),
            ("Recife", "PE", "Boa Viagem", "510"),
        ]
    )
    l1 = [V("%s, %d" % (street, r.randint(10, 3200)), "street_address", c)]
    if r.random() < 0.6:
        l1 += [
            T(r.choice([", ", " - "])),
            V(
                r.choice(
                    [
                        "apto %d" % r.randint(11, 1804),
                        "ap. %d" % r.randint(11, 904),
                        "casa %d" % r.randint(1, 4),
                        "bloco B, apto %d" % r.randint(101, 604),
                    ]
                ),
                "unit",
                c,
            ),
        ]
    l2 = [
        V(bairro, "city", c),
        T(r.choice([", ", " - "])),
        V(city, "city", c),
        T(r.choice(["/", " - ", " "])),
        V(uf, "region", c),
    ]
    l3 = [T(r.choice(["CEP ", "CEP: ", ""])), V("%s%s-%s" % (cep0, R(r, 2), R(r, 3)), "postal_code", c)]
    return [l1, l2, l3]


def addr_jp(r):
    c = "JP"
    pref, pref_n, city, city_n, area, area_n, z = r.choice(
        [
            ("Tokyo", "東京都", "Shibuya-ku", "渋谷区", "Jingumae", "神宮前", "150-0001"),
            ("Osaka", "大阪府", "Kita-ku", "大阪市北区", "Umeda", "梅田", "530-0001"),
            ("Kanagawa", "神奈川県", "Yokohama-shi", "横浜市", "Minatomirai", "みなとみらい", "220-0012"),
            ("Kyoto", "京都府", "Sakyo-ku", "京都市左京区", "Shimogamo", "下鴨", "606-0801"),
            ("Fukuoka", "福岡県", "Chuo-ku", "福岡市中央区", "Tenjin", "天神", "810-0001"),
        ]
    )
    ch, ban, go = r.randint(1, 5), r.randint(1, 30), r.randint(1, 20)
    if r.random() < 0.45:
        l = [
            T("〒"),
            V(z, "postal_code", c),
            T(" "),
            V(pref_n, "region", c),
            V(city_n, "city", c),
            V(
                "%s%d丁目%d番%d号" % (area_n, ch, ban, go)
                if r.random() < 0.5
                else "%s%d-%d-%d" % (area_n, ch, ban, go),
                "street_address",
                c,
            ),
        ]
        if r.random() < 0.6:
            l += [
                T(" "),
                V(r.choice(["メゾン青山", "サンハイツ", "グランドパレス"]), "building", c),
                T(" "),
                V("%d号室" % r.randint(101, 905), "unit", c),
            ]
        return [l]
    l1 = [
        V(
            "%d-%d-%d %s" % (ch, ban, go, area)
            if r.random() < 0.6
            else "%s %d-chome %d-ban %d-go" % (area, ch, ban, go),
            "street_address",
            c,
        )
    ]
    if r.random() < 0.5:
        l1 = [
            V(r.choice(["Maison Aoyama", "Sun Heights", "Grand Palace"]), "building", c),
            T(" "),
            V("#%d" % r.randint(101, 905), "unit", c),
            T(", "),
        ] + l1
    return [l1, [V(city, "city", c), T(", "), V(pref, "region", c), T(" "), V(z, "postal_code", c)]]


def addr_kr(r):
    c = "KR"
    si, si_r, gu, gu_r, ro, ro_r, dong, dong_r = r.choice(
        [
            ("서울특별시", "Seoul", "강남구", "Gangnam-gu", "테헤란로", "Teheran-ro", "역삼동", "Yeoksam-dong"),
            ("서울특별시", "Seoul", "마포구", "Mapo-gu", "월드컵북로", "World Cup buk-ro", "성산동", "Seongsan-dong"),
            ("부산광역시", "Busan", "해운대구", "Haeundae-gu", "해운대로", "Haeundae-ro", "우동", "U-dong"),
            (
                "경기도",
                "Gyeonggi-do",
                "성남시 분당구",
                "Bundang-gu, Seongnam-si",
                "판교역로",
                "Pangyoyeok-ro",
                "백현동",
                "Baekhyeon-dong",
            ),
        ]
    )
    num, bd, ho = r.randint(1, 400), r.randint(101, 115), r.randint(101, 2304)
    z = R(r, 5, True)
    if r.random() < 0.5:
        return [
            [
                V(si, "region", c),
                T(" "),
                V(gu, "city", c),
                T(" "),
                V("%s %d" % (ro, num), "street_address", c),
                T(", "),
                V("%d동" % bd, "building", c),
                T(" "),
                V("%d호" % ho, "unit", c),
                T(" ("),
                V(dong, "city", c),
                T(")"),
            ],
            [T(r.choice(["우편번호 ", "(", ""])), V(z, "postal_code", c)],
        ]
    return [
        [
            V("%d-dong %d-ho" % (bd, ho), "unit", c) if r.random() < 0.5 else V("Apt %d-%d" % (bd, ho), "unit", c),
            T(", "),
            V("%d %s" % (num, ro_r), "street_address", c),
            T(" ("),
            V(dong_r, "city", c),
            T(")"),
        ],
        [V(gu_r, "city", c), T(", "), V(si_r, "region", c), T(" "), V(z, "postal_code", c)],
    ]
