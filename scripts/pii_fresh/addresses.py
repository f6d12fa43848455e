"""Home addresses in 18 national formats, built part by part as LOCATION segments."""

from .seg import A, P

STREETS = {
    "GB": ["Albert Road", "Beechwood Avenue", "Mill Lane", "Coronation Street", "Kingsway", "Priory Close"],
    "US": ["Maple Ave", "W 34th St", "Cedar Lane", "Martin Luther King Jr Blvd", "Elm Street", "Ocean Dr"],
    "IE": ["Main Street", "Church Road", "Sráid an Mhuilinn", "Castle Avenue", "Ard na Gréine"],
    "DE": ["Lindenstraße", "Hauptstraße", "Am Mühlbach", "Schillerweg", "Kastanienallee"],
    "FR": ["rue des Lilas", "avenue Jean Jaurès", "boulevard Voltaire", "impasse des Acacias", "rue de la Paix"],
    "NL": ["Keizersgracht", "Dorpsstraat", "Van Limburg Stirumstraat", "Kerkweg", "Zeeburgerdijk"],
    "ES": ["C/ de Alcalá", "Avda. de la Constitución", "C/ Mayor", "Pº de Gràcia", "C/ San Vicente Ferrer"],
    "IN": ["14th Cross Road", "MG Road", "Nehru Street", "Link Road", "2nd Main"],
    "AU": ["Smith Street", "Parramatta Rd", "Beach Road", "Wattle Crescent", "Bourke St"],
    "NZ": ["Kauri Street", "Great North Road", "Te Atatu Road", "Pōhutukawa Drive", "Cuba Street"],
    "CA": ["Robson St", "Rue Saint-Denis", "Queen St W", "Jasper Ave", "Portage Ave"],
    "BR": ["Rua das Laranjeiras", "Av. Paulista", "Rua Augusta", "Rua XV de Novembro", "Av. Afonso Pena"],
    "MX": ["Calle Reforma", "Av. Insurgentes Sur", "Calle Hidalgo", "Av. Juárez", "Calle 5 de Mayo"],
    "NG": ["Adeola Odeku Street", "Allen Avenue", "Ogunlana Drive", "Herbert Macaulay Way", "Aminu Kano Crescent"],
    "PH": ["Sampaguita St.", "Rizal Ave.", "Mabini St.", "Kalayaan Ave.", "Narra St."],
    "ZA": ["Jacaranda Ave", "Voortrekker Rd", "Long Street", "Church Street", "Protea Close"],
}
CITIES = {
    "GB": [
        ("Leeds", "LS6 2QT"),
        ("Cardiff", "CF24 4HQ"),
        ("Inverness", "IV2 3ED"),
        ("Luton", "LU1 3JU"),
        ("Bristol", "BS5 6XY"),
    ],
    "US": [
        ("Springfield", "IL", "62704"),
        ("Dearborn", "MI", "48126"),
        ("Fresno", "CA", "93721"),
        ("Queens", "NY", "11373"),
        ("Houston", "TX", "77036"),
    ],
    "IE": [
        ("Ballincollig", "Co. Cork", "P31 X2Y4"),
        ("Galway", "Co. Galway", "H91 E2K3"),
        ("Swords", "Co. Dublin", "K67 P5C7"),
    ],
    "DE": [("Berlin", "10435"), ("Köln", "50667"), ("Leipzig", "04109"), ("München", "80331")],
    "FR": [("Lyon", "69003"), ("Marseille", "13001"), ("Lille", "59000"), ("Saint-Denis", "93200")],
    "NL": [("Amsterdam", "1016 DV"), ("Utrecht", "3511 AB"), ("Rotterdam", "3012 KK"), ("Eindhoven", "5611 EM")],
    "ES": [("Madrid", "28009"), ("Barcelona", "08008"), ("Sevilla", "41001"), ("Valencia", "46004")],
    "IN": [
        ("Indiranagar", "Bengaluru", "560038"),
        ("Andheri West", "Mumbai", "400058"),
        ("T. Nagar", "Chennai", "600017"),
        ("Banjara Hills", "Hyderabad", "500034"),
    ],
    "AU": [
        ("Parramatta", "NSW", "2150"),
        ("Footscray", "VIC", "3011"),
        ("Fortitude Valley", "QLD", "4006"),
        ("Fremantle", "WA", "6160"),
    ],
    "NZ": [("Grey Lynn", "Auckland", "1021"), ("Te Aro", "Wellington", "6011"), ("Riccarton", "Christchurch", "8011")],
    "CA": [
        ("Vancouver", "BC", "V6E 1B5"),
        ("Montréal", "QC", "H2X 3K8"),
        ("Toronto", "ON", "M5V 2T6"),
        ("Iqaluit", "NU", "X0A 0H0"),
    ],
    "BR": [
        ("Laranjeiras", "Rio de Janeiro", "RJ", "22240-003"),
        ("Bela Vista", "São Paulo", "SP", "01310-100"),
        ("Savassi", "Belo Horizonte", "MG", "30140-071"),
    ],
    "MX": [
        ("Juárez", "Cuauhtémoc", "Ciudad de México", "CDMX", "06600"),
        ("Americana", "Guadalajara", "Guadalajara", "Jal.", "44160"),
    ],
    "NG": [("Victoria Island", "Lagos"), ("Ikeja", "Lagos"), ("Wuse 2", "Abuja"), ("GRA", "Port Harcourt")],
    "PH": [("San Isidro", "Quezon City", "1100", "Metro Manila"), ("Lahug", "Cebu City", "6000", "Cebu")],
    "ZA": [("Lynnwood", "Pretoria", "0081"), ("Observatory", "Cape Town", "7925"), ("Soweto", "Johannesburg", "1804")],
}
LANDMARKS = [
    "Hanuman Temple",
    "Sai Baba Mandir",
    "Government School",
    "HP petrol pump",
    "Apollo Pharmacy",
    "St. Mary's Church",
    "Big Bazaar",
]
BUILDINGS = ["Sai Krupa Apartments", "Green Meadows Residency", "Lakeview Towers", "Shanti Niketan CHS"]


def address(r, loc):
    """Return address lines; each line is a list of segments."""

    def L(text, kind):
        return A(text, "LOCATION", kind, country=loc)

    n = str(r.randint(2, 240))
    st = r.choice(STREETS.get(loc, [""])) if loc in STREETS else ""
    c = r.choice(CITIES[loc]) if loc in CITIES else None
    if loc == "GB":
        lines = [[L(f"{n} {st}", "street_address")], [L(c[0], "city")], [L(c[1], "postal_code")]]
        if r.random() < 0.5:
            lines.insert(0, [L(f"Flat {r.randint(1, 40)}", "unit")])
        return lines
    if loc == "US":
        line = [L(f"{n}{r.randint(0, 9)} {st}", "street_address")]
        if r.random() < 0.5:
            line += [P(" "), L(r.choice(["Apt ", "Unit ", "#"]) + f"{r.randint(1, 24)}{r.choice('ABCD')}", "unit")]
        return [line, [L(c[0], "city"), P(", "), L(c[1], "region"), P(" "), L(c[2], "postal_code")]]
    if loc == "IE":
        lines = [[L(f"{n} {st}", "street_address")], [L(c[0], "city")], [L(c[1], "region")], [L(c[2], "postal_code")]]
        if r.random() < 0.5:
            lines.insert(
                0,
                [
                    L(f"Apt {r.randint(1, 60)}", "unit"),
                    P(", "),
                    L(r.choice(["Block C, Riverside Court", "Áras na Mara", "The Maltings"]), "building"),
                ],
            )
        return lines
    if loc == "DE":
        lines = [[L(f"{st} {n}", "street_address")], [L(c[1], "postal_code"), P(" "), L(c[0], "city")]]
        if r.random() < 0.4:
            lines[0] += [P(", "), L(f"{r.randint(1, 5)}. OG", "unit")]
        return lines
    if loc == "FR":
        lines = [[L(f"{n} {st}", "street_address")], [L(c[1], "postal_code"), P(" "), L(c[0], "city")]]
        if r.random() < 0.5:
            lines.insert(0, [L(f"Bât. {r.choice('ABC')}", "building"), P(", "), L(f"{r.randint(1, 6)}e étage", "unit")])
        return lines
    if loc == "NL":
        return [
            [L(f"{st} {n}" + r.choice(["", "-3", " hs", "-II"]), "street_address")],
            [L(c[1], "postal_code"), P("  "), L(c[0], "city")],
        ]
    if loc == "ES":
        return [
            [L(f"{st}, {n}", "street_address"), P(", "), L(f"{r.randint(1, 9)}º {r.choice('ABCD')}", "unit")],
            [L(c[1], "postal_code"), P(" "), L(c[0], "city")],
        ]
    if loc == "IN":
        return [
            [L(f"Flat {r.randint(1, 9)}0{r.randint(1, 8)}", "unit"), P(", "), L(r.choice(BUILDINGS), "building")],
            [
                L(f"{n}, {st}", "street_address"),
                P(r.choice([", opp. ", ", near ", ", behind "])),
                L(r.choice(LANDMARKS), "landmark"),
            ],
            [L(c[0], "city"), P(", "), L(c[1], "city"), P(" - "), L(c[2], "postal_code")],
        ]
    if loc == "JP":
        if r.random() < 0.5:
            return [
                [P("〒"), L(f"150-00{r.randint(10, 99)}", "postal_code")],
                [
                    L("東京都", "region"),
                    L(r.choice(["渋谷区", "世田谷区", "杉並区"]), "city"),
                    L(
                        f"{r.choice(['神宮前', '代沢', '高円寺南'])}{r.randint(1, 5)}丁目{r.randint(1, 30)}-{r.randint(1, 20)}",
                        "street_address",
                    ),
                    P(" "),
                    L(r.choice(["コーポ青山", "メゾン代沢", "ハイツ高円寺"]), "building"),
                    L(f"{r.randint(1, 5)}0{r.randint(1, 9)}", "unit"),
                ],
            ]
        return [
            [
                L(f"{r.choice(['Corpo Aoyama', 'Maison Daizawa'])}", "building"),
                P(" "),
                L(f"{r.randint(1, 5)}0{r.randint(1, 9)}", "unit"),
            ],
            [
                L(
                    f"{r.randint(1, 5)}-{r.randint(1, 30)}-{r.randint(1, 20)} {r.choice(['Jingumae', 'Daizawa', 'Koenji-minami'])}",
                    "street_address",
                )
            ],
            [
                L(r.choice(["Shibuya-ku", "Setagaya-ku", "Suginami-ku"]), "city"),
                P(", "),
                L("Tokyo", "region"),
                P(" "),
                L(f"150-00{r.randint(10, 99)}", "postal_code"),
            ],
        ]
    if loc == "KR":
        if r.random() < 0.5:
            return [
                [
                    L("서울특별시", "region"),
                    P(" "),
                    L(r.choice(["마포구", "강남구", "관악구"]), "city"),
                    P(" "),
                    L(f"{r.choice(['월드컵북로', '테헤란로', '관악로'])} {r.randint(10, 400)}", "street_address"),
                    P(", "),
                    L(f"{r.randint(101, 112)}동 {r.randint(1, 20)}0{r.randint(1, 4)}호", "unit"),
                ]
            ]
        return [
            [
                L(f"{r.randint(101, 112)}-dong {r.randint(1, 20)}0{r.randint(1, 4)}-ho", "unit"),
                P(", "),
                L(
                    f"{r.randint(10, 400)} {r.choice(['World Cup buk-ro', 'Teheran-ro', 'Gwanak-ro'])}",
                    "street_address",
                ),
            ],
            [
                L(r.choice(["Mapo-gu", "Gangnam-gu", "Gwanak-gu"]), "city"),
                P(", "),
                L("Seoul", "city"),
                P(" "),
                L(f"0{r.randint(3000, 8999)}", "postal_code"),
            ],
        ]
    if loc == "AU":
        line = (
            [L(f"{r.randint(1, 12)}/{n} {st}", "street_address")]
            if r.random() < 0.5
            else [L(f"{n} {st}", "street_address")]
        )
        return [line, [L(c[0], "city"), P(" "), L(c[1], "region"), P(" "), L(c[2], "postal_code")]]
    if loc == "NZ":
        line = [L(f"{n} {st}", "street_address")]
        if r.random() < 0.5:
            line = [L(f"Flat {r.randint(1, 9)}", "unit"), P(", "), *line]
        return [line, [L(c[0], "city")], [L(c[1], "city"), P(" "), L(c[2], "postal_code")]]
    if loc == "CA":
        line = [L(f"{n}{r.randint(0, 9)} {st}", "street_address")]
        if r.random() < 0.5:
            line = [L(f"Apt {r.randint(1, 30)}0{r.randint(1, 9)}", "unit"), P(", "), *line]
        return [line, [L(c[0], "city"), P(" "), L(c[1], "region"), P("  "), L(c[2], "postal_code")]]
    if loc == "BR":
        return [
            [L(f"{st}, {n}", "street_address"), P(", "), L(f"apto {r.randint(1, 20)}0{r.randint(1, 4)}", "unit")],
            [L(c[0], "city"), P(", "), L(c[1], "city"), P(" - "), L(c[2], "region")],
            [P("CEP "), L(c[3], "postal_code")],
        ]
    if loc == "MX":
        return [
            [L(f"{st} {n}", "street_address"), P(" "), L(f"Int. {r.randint(1, 12)}", "unit")],
            [P("Col. "), L(c[0], "city"), P(", "), L(c[1], "city")],
            [P("C.P. "), L(c[4], "postal_code"), P(" "), L(c[2], "city"), P(", "), L(c[3], "region")],
        ]
    if loc == "NG":
        return [
            [
                L(f"{n} {st}", "street_address"),
                P(r.choice([", off ", ", opposite ", ", beside "])),
                L(
                    r.choice(["Mega Plaza", "First Baptist Church", "Total filling station", "the old NEPA office"]),
                    "landmark",
                ),
            ],
            [L(c[0], "city"), P(", "), L(c[1], "city")],
        ]
    if loc == "AE":
        if r.random() < 0.5:
            return [
                [L(f"P.O. Box {r.randint(1000, 99999)}", "po_box")],
                [L(r.choice(["Dubai", "Sharjah", "Abu Dhabi"]), "city")],
            ]
        return [
            [L(f"Villa {r.randint(1, 80)}", "unit"), P(", "), L(f"Street {r.randint(1, 40)}", "street_address")],
            [
                L(r.choice(["Al Barsha 2", "Mirdif", "Al Khalidiyah"]), "city"),
                P(", "),
                L(r.choice(["Dubai", "Abu Dhabi"]), "city"),
            ],
        ]
    if loc == "PH":
        return [
            [L(f"Blk {r.randint(1, 30)} Lot {r.randint(1, 40)} {st}", "street_address")],
            [P("Brgy. "), L(c[0], "city"), P(", "), L(c[1], "city"), P(" "), L(c[2], "postal_code")],
            [L(c[3], "region")],
        ]
    if loc == "ZA":
        return [
            [L(f"{n} {st}", "street_address")],
            [L(c[0], "city")],
            [L(c[1], "city"), P(", "), L(c[2], "postal_code")],
        ]
    return address(r, "GB")


def inline(lines):
    out = []
    for i, ln in enumerate(lines):
        if i:
            out.append(P(", "))
        out.extend(ln)
    return out


def po_box_other(r, loc):
    """A PO box anywhere (used for mailing addresses)."""
    return [A(f"PO Box {r.randint(100, 9999)}", "LOCATION", "po_box", country=loc)]
