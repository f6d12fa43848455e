"""Postal addresses: Africa and Asia (NG, ZA, IN, JP, KR)."""

from .addr_common import Address, _n, _r


def ng(rng):
    street, area, city, state = rng.choice(
        [
            ("Adeola Odeku Street", "Victoria Island", "Lagos", "Lagos State"),
            ("Aminu Kano Crescent", "Wuse II", "Abuja", "FCT"),
            ("Awolowo Road", "Ikoyi", "Lagos", "Lagos State"),
            ("Okpara Avenue", "", "Enugu", "Enugu State"),
            ("Ring Road", "Challenge", "Ibadan", "Oyo State"),
        ]
    )
    num = rng.choice([f"{_n(rng, 1, 90)} ", f"No. {_n(rng, 1, 60)} ", f"Plot {_n(rng, 100, 2400)} "])
    lines = [[(num + street, "street_address")]]
    if area:
        lines.append([(area, "city")])
    lines.append([(city, "city")])
    if rng.random() < 0.6:
        lines.append([(state, "region")])
    return Address("NG", lines)


def za(rng):
    if rng.random() < 0.2:
        return Address(
            "ZA", [[(f"PO Box {_n(rng, 10, 9999)}", "po_box")], [("Stellenbosch", "city")], [("7599", "postal_code")]]
        )
    street, sub, city, pc, prov = rng.choice(
        [
            ("Jan Smuts Avenue", "Rosebank", "Johannesburg", "2196", "Gauteng"),
            ("Main Road", "Sea Point", "Cape Town", "8005", "Western Cape"),
            ("Florida Road", "Morningside", "Durban", "4001", "KwaZulu-Natal"),
            ("Church Street", "Hatfield", "Pretoria", "0083", "Gauteng"),
        ]
    )
    lines = []
    if rng.random() < 0.35:
        lines.append(
            [
                (f"Unit {_n(rng, 1, 40)}", "unit"),
                (", ", None),
                (rng.choice(["Sea Point Mansions", "Oak Court"]), "building"),
            ]
        )
    lines += [
        [(f"{_n(rng, 1, 400)} {street}", "street_address")],
        [(sub, "city")],
        [(city, "city"), (", ", None), (pc, "postal_code")],
    ]
    if rng.random() < 0.4:
        lines.append([(prov, "region")])
    return Address("ZA", lines)


def in_(rng):
    city, state, pin3, area = rng.choice(
        [
            ("Bengaluru", "Karnataka", "560", "Koramangala 5th Block"),
            ("Hyderabad", "Telangana", "500", "Gudimalkapur"),
            ("Navi Mumbai", "Maharashtra", "400", "Vashi"),
            ("New Delhi", "Delhi", "110", "Lajpat Nagar II"),
            ("Chennai", "Tamil Nadu", "600", "Mylapore"),
            ("Kolkata", "West Bengal", "700", "Salt Lake Sector V"),
        ]
    )
    lines = []
    r = rng.random()
    if r < 0.4:
        lines.append(
            [
                (f"Flat {_n(rng, 101, 1204)}", "unit"),
                (", ", None),
                (
                    rng.choice(["Sai Residency", "Prestige Lakeside", "Shanti Apartments", "Green Park Towers"]),
                    "building",
                ),
            ]
        )
        lines.append([(f"{rng.choice(['4th Cross Road', '2nd Main', '12th Cross'])}", "street_address")])
    elif r < 0.7:
        lines.append(
            [
                (
                    rng.choice(
                        [
                            f"H.No. {_n(rng, 1, 20)}-{_n(rng, 1, 9)}-{_n(rng, 100, 900)}",
                            f"Plot {_n(rng, 1, 99)}, Sector {_n(rng, 1, 30)}",
                            f"B-{_n(rng, 1, 99)}",
                            f"Door No. {_n(rng, 1, 60)}, Kamaraj Street",
                        ]
                    ),
                    "street_address",
                )
            ]
        )
    else:
        lines.append(
            [
                (
                    f"{_n(rng, 1, 99)}/{_n(rng, 1, 9)} " + rng.choice(["Gandhi Road", "MG Road", "Nehru Street"]),
                    "street_address",
                )
            ]
        )
    if rng.random() < 0.3:
        lines.append([(rng.choice(["Near Hanuman Temple", "Opp. SBI ATM", "Behind Ganesh Mandir"]), "landmark")])
    lines.append([(area, "city")])
    lines.append([(city, "city"), (", ", None), (state, "region"), (" ", None), (pin3 + _r(rng, "###"), "postal_code")])
    return Address("IN", lines)


def jp(rng):
    if rng.random() < 0.25:
        pc, pref, ward, street = rng.choice(
            [
                ("150-0002", "東京都", "渋谷区", "渋谷2-21-1"),
                ("530-0001", "大阪府", "大阪市北区", "梅田3-1-3"),
                ("812-0011", "福岡県", "福岡市博多区", "博多駅前1-1-1"),
            ]
        )
        return Address(
            "JP", [[("〒", None), (pc, "postal_code")], [(pref, "region"), (ward, "city"), (street, "street_address")]]
        )
    ward, city, pc3 = rng.choice(
        [
            ("Shibuya-ku", "Tokyo", "150"),
            ("Shinjuku-ku", "Tokyo", "160"),
            ("Chuo-ku", "Osaka", "542"),
            ("Naka-ku", "Yokohama", "231"),
            ("Sakyo-ku", "Kyoto", "606"),
        ]
    )
    street = f"{_n(rng, 1, 5)}-{_n(rng, 1, 30)}-{_n(rng, 1, 20)} " + rng.choice(
        ["Shibuya", "Nishi-Shinjuku", "Namba", "Yamashita-cho", "Tanaka Monzen-cho"]
    )
    lines = []
    if rng.random() < 0.4:
        lines.append(
            [
                (
                    rng.choice(["Sunny Heights", "Maison Aoba", "Grand Palace Namba"]) + f" {_n(rng, 101, 1208)}",
                    "building",
                )
            ]
        )
    lines.append([(street, "street_address"), (", ", None), (ward, "city")])
    lines.append(
        [(city, "city" if city != "Tokyo" else "region"), (" ", None), (f"{pc3}-{_r(rng, '####')}", "postal_code")]
    )
    return Address("JP", lines)


def kr(rng):
    if rng.random() < 0.25:
        return Address(
            "KR",
            [
                [
                    ("서울특별시", "region"),
                    (" ", None),
                    ("강남구", "city"),
                    (" ", None),
                    (f"테헤란로 {_n(rng, 1, 500)}", "street_address"),
                ]
            ],
        )
    gu, city, pc = rng.choice(
        [
            ("Gangnam-gu", "Seoul", "06236"),
            ("Songpa-gu", "Seoul", "05551"),
            ("Haeundae-gu", "Busan", "48094"),
            ("Suseong-gu", "Daegu", "42180"),
        ]
    )
    line1 = []
    if rng.random() < 0.5:
        line1 = [
            (rng.choice([f"Apt {_n(rng, 101, 2304)}", f"{_n(rng, 101, 115)}-dong {_n(rng, 101, 2301)}-ho"]), "unit"),
            (", ", None),
        ]
    line1.append(
        (
            f"{_n(rng, 1, 400)} " + rng.choice(["Teheran-ro", "Olympic-ro", "Haeundae-ro", "Dalgubeol-daero"]),
            "street_address",
        )
    )
    return Address("KR", [line1, [(gu, "city"), (", ", None), (city, "city"), (" ", None), (pc, "postal_code")]])
