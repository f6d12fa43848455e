"""Non-PII look-alikes shared by all industries: business dates, amounts,
reference numbers, brands (some built from surnames), famous places,
airports, flights, statutes, versions, fleet/asset numbers, role words."""

from .phones import fmt_date, rand_date


def pat(rng, s):
    """'#' -> digit, '@' -> capital letter; everything else literal."""
    out = []
    for ch in s:
        if ch == "#":
            out.append(str(rng.randrange(10)))
        elif ch == "@":
            out.append(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
        else:
            out.append(ch)
    return "".join(out)


CUR = [
    ("£%s", "GBP"),
    ("€%s", "EUR"),
    ("EUR %s", "EUR"),
    ("USD %s", "USD"),
    ("%s €", "EUR"),
    ("AED %s", "AED"),
    ("A$%s", "AUD"),
    ("CHF %s", "CHF"),
    ("%s kr", "SEK"),
]

BRANDS = [
    "Dr. Martens",
    "Hugo Boss",
    "Tommy Hilfiger",
    "Ralph Lauren",
    "Ted Baker",
    "John Lewis",
    "Marks & Spencer",
    "Sainsbury's",
    "Dyson",
    "Siemens",
    "Bosch",
    "Miele",
    "Philips",
    "Porsche",
    "Ferrari",
    "McLaren",
    "Lamborghini",
    "Heinz",
    "Kellogg's",
    "Cadbury",
    "Jack Daniel's",
    "Hallam & Sons",
    "Pryce Lomax LLP",
    "Whitfield Bros. Recovery",
    "Okafor & Lindqvist Surveyors",
    "Begay Motors",
    "Mwale Freight Ltd",
    "Haddad Pharmacy",
    "Tavares Construções Lda",
    "Sanna Logistica S.r.l.",
    "Campbell Brothers Haulage",
    "Etxeberria Garage",
    "Kowalczyk & Partners",
]
PLACES = [
    "Heathrow Terminal 5",
    "the Sagrada Família",
    "the Eiffel Tower",
    "Victoria Falls",
    "Table Mountain",
    "the Burj Khalifa",
    "the Acropolis",
    "Central Park",
    "Wembley Stadium",
    "the Blue Lagoon",
    "Uluru",
    "Machu Picchu",
    "Tower Bridge",
    "Old Trafford",
    "Hyde Park",
    "the Brandenburg Gate",
    "Lake Titicaca",
    "Mount Kilimanjaro",
    "Plaza de Mayo",
    "the Ring of Kerry",
    "Piccadilly Circus",
    "Trafalgar Square",
]
AIRPORTS = [
    "Manchester Airport",
    "Dublin Airport",
    "Schiphol",
    "Charles de Gaulle",
    "Liverpool John Lennon Airport",
    "Keflavík",
    "Dubai International (DXB)",
    "JFK",
    "Entebbe International",
    "Hamad International (DOH)",
    "Bole International",
    "Heydar Aliyev International (GYD)",
    "Paro Airport",
    "Birmingham Airport (BHX)",
    "Lisbon Humberto Delgado",
    "Nelson Mandela International (RAI)",
]
STATUTES = [
    "s.143 Road Traffic Act 1988",
    "Consumer Rights Act 2015, s.9",
    "Article 6(1)(b) UK GDPR",
    "Housing Act 1985 s.11",
    "Landlord and Tenant Act 1985, section 11",
    "Equality Act 2010 s.20",
    "PRIN 2A (Consumer Duty)",
    "MCOB 13.3.2A",
    "Data Protection Act 2018 Sch. 1",
    "Insurance Act 2015 s.11",
    "Animal Welfare Act 2006 s.9",
    "Fraud Act 2006 s.2",
    "Communications Act 2003 s.127",
    "RIDDOR 2013 reg. 4",
    "Control of Asbestos Regulations 2012",
    "Higher Education and Research Act 2017",
    "Art. 32 GDPR",
    "Decree-Law 72/2008 art. 24",
    "Section 75 of the Consumer Credit Act 1974",
]
PHRASES = [
    "Please Note",
    "Total Loss",
    "Urgent Repair",
    "Return To Sender",
    "Customer Care Team",
    "Fit For Work",
    "Reasonable Adjustments",
    "Proof Of Delivery",
    "Account Takeover",
    "Payment Holiday",
    "Good Friday",
    "Black Friday",
    "Boxing Day",
    "Freshers' Week",
    "Clearing",
    "Storm Darragh",
    "Storm Éowyn",
    "Pre-Existing Condition",
    "Early Repayment Charge",
    "Damp And Mould",
    "Out Of Hours",
]
FLIGHTS = ["BA 2491", "EK 0042", "KL1234", "TK 1986", "FR 8342", "EI 154", "QR 018", "ET 701", "SK 4417", "U2 8021"]
MODELS_GEN = [
    "iPhone 14 Pro",
    "Galaxy A54 5G",
    "Pixel 8a",
    "Dyson V15 Detect",
    "Bosch WAN28281GB",
    "ThinkPad T14 Gen 4",
    "Kindle Paperwhite (11th gen)",
    "Nintendo Switch OLED",
    "PS5 Slim CFI-2016",
    "Sony WH-1000XM5",
    "AirPods Pro 2",
    "Xiaomi Redmi Note 13",
    "Fairphone 5",
]


def currency_for(domain, rng):
    if domain.endswith((".uk", ".cymru")):
        return rng.choice(["£%s", "£%s", "GBP %s"])
    if domain.endswith((".ie", ".eu")):
        return rng.choice(["€%s", "EUR %s", "%s €"])
    if domain.endswith(".au"):
        return rng.choice(["A$%s", "AUD %s"])
    return rng.choice(CUR)[0]


def money(rng, lo=20, hi=4000, fmt=None):
    fmt = fmt or rng.choice(CUR)[0]
    v = rng.randint(lo * 100, hi * 100) / 100.0
    if fmt.endswith("€") and rng.random() < 0.5:
        s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    else:
        s = f"{v:,.2f}"
    return fmt % s


def bdate(rng):
    return fmt_date(rng, rand_date(rng, 2025, 2026))


def biz_common(rng, cur=None):
    return {
        "BDATE": bdate(rng),
        "BDATE2": bdate(rng),
        "BDATE3": bdate(rng),
        "TIME": "%02d:%02d" % (rng.randint(7, 19), rng.randint(0, 59)),
        "TIME2": "%02d:%02d" % (rng.randint(7, 19), rng.randint(0, 59)),
        "AMT": money(rng, fmt=cur),
        "AMT2": money(rng, 5, 600, cur),
        "AMT3": money(rng, 100, 9000, cur),
        "TKT": pat(rng, rng.choice(["INC00#####", "TKT-#####", "#4#####", "SR-2026-#####", "CS######"])),
        "INV": pat(rng, rng.choice(["INV-2026-#####", "Invoice ######", "INV/##/####", "SI-#######"])),
        "ORD": pat(rng, rng.choice(["ORD-####-####", "#1##-#######-#######", "SO#######", "WEB-#####@"])),
        "TRK": pat(
            rng,
            rng.choice(
                [
                    "1Z 999 @@# ## #### ####",
                    "JD0146000#########",
                    "@@#########GB",
                    "RR ### ### ### GB",
                    "H0#@@@#########",
                    "######## ####",
                ]
            ),
        ),
        "RMA": pat(rng, rng.choice(["RMA-#####", "RET/##/#####", "R######"])),
        "JOB": pat(rng, rng.choice(["JOB/26/#####", "J-######", "WO-######", "JN########"])),
        "PO": pat(rng, "PO 4500######"),
        "BATCH": pat(rng, "BATCH-####-##"),
        "VER": pat(rng, rng.choice(["v#.##.#", "build 2026.0#.#", "##.#.##.#", "release #.#.#-rc#", "fw #.#.##"])),
        "ASSET": pat(rng, rng.choice(["AST-######", "IT-@@-#####", "Asset tag ######"])),
        "FLEET": pat(rng, rng.choice(["FL-####", "Fleet no. ###", "VAN-###"])),
        "FLIGHT": rng.choice(FLIGHTS),
        "STAT": rng.choice(STATUTES),
        "STAT2": rng.choice(STATUTES),
        "BRAND": rng.choice(BRANDS),
        "BRAND2": rng.choice(BRANDS),
        "PLACE": rng.choice(PLACES),
        "AIRPORT": rng.choice(AIRPORTS),
        "PHRASE": rng.choice(PHRASES),
        "PHRASE2": rng.choice(PHRASES),
        "GADGET": rng.choice(MODELS_GEN),
        "PCT": "%d.%d%%" % (rng.randint(1, 9), rng.randint(0, 99)),
        "COUNT": str(rng.randint(12, 4800)),
        "SWITCH": pat(
            rng,
            rng.choice(
                [
                    "0345 600 ####",
                    "0800 0## ####",
                    "+44 20 7946 0###",
                    "1-800-555-01##",
                    "0333 ### ####",
                    "+353 1 6## ####",
                ]
            ),
        ),
    }


BRANCHES_BY = {
    "uk": [
        "Unit 4, Kingsway Business Park, Leeds LS12 6XT",
        "Harbour House, 2 Quayside, Cardiff CF10 5AB",
        "18 Cornmarket Street, Oxford OX1 3EY",
        "3rd Floor, Rivergate, Temple Quay, Bristol BS1 6EA",
        "Building 7, Chiswick Park, 566 Chiswick High Road, London W4 5YA",
        "1 Harbour Exchange Square, London E14 9GE",
    ],
    "ie": ["Level 3, 10 Exchange Square, Dublin 2", "Block B, Ballybrit Business Park, Galway", "2 Lapps Quay, Cork"],
    "eu": [
        "Avenida da Liberdade 110, 1250-146 Lisboa",
        "Friedrichstraße 68, 10117 Berlin",
        "Kalvebod Brygge 39, 1560 København V",
        "Calle de Alcalá 21, 28014 Madrid",
        "Herengracht 420, 1017 BZ Amsterdam",
    ],
    "au": ["Level 12, 50 Pitt Street, Sydney NSW 2000", "19 Smith Street Mall, Darwin NT 0800"],
    "com": [
        "Suite 1200, 200 Bay Street, Toronto ON M5J 2J2",
        "Office 1504, Churchill Tower, Business Bay, Dubai",
        "Plot 22, Kampala Road, Kampala",
        "1 Harbour Exchange Square, London E14 9GE",
    ],
}
BRANCHES = [b for k in ("uk", "ie", "eu", "au", "com") for b in BRANCHES_BY[k]]


def branch_for(domain, rng):
    for suffix, key in ((".uk", "uk"), (".cymru", "uk"), (".ie", "ie"), (".eu", "eu"), (".au", "au")):
        if domain.endswith(suffix):
            return rng.choice(BRANCHES_BY[key])
    return rng.choice(BRANCHES_BY["com"] + BRANCHES_BY["uk"])
