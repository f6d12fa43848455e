"""Non-PII look-alikes: business dates, amounts, references, codes, organisations,
famous places, capitalised phrases.  None of these is ever annotated."""

from .addresses import COUNTRIES, make_addr
from .checks import ean13_digit, luhn_digit
from .ids_national import A, D
from .names import CULTURE_KEYS, CULTURES

MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def date(r):
    y, m, d = r.randint(2023, 2025), r.randint(1, 12), r.randint(1, 28)
    return r.choice(
        [
            "%d-%02d-%02d" % (y, m, d),
            "%02d/%02d/%d" % (d, m, y),
            "%02d.%02d.%d" % (d, m, y),
            "%d %s %d" % (d, MON[m - 1], y),
            "%s %d" % (MON[m - 1], d),
            "%s %02d/%02d" % (r.choice(DAYS), d, m),
            "%02d-%s-%02d" % (d, MON[m - 1].upper(), y % 100),
            "%s %d, %d" % (MONTHS[m - 1], d, y),
            "%d%02d%02d" % (y, m, d),
            "Q%d %d" % (r.randint(1, 4), y),
        ]
    )


def time(r):
    h, mi = r.randint(7, 21), r.choice([0, 5, 10, 14, 15, 20, 30, 32, 45, 50])
    return r.choice(
        [
            "%02d:%02d" % (h, mi),
            "%02d:%02d:%02d" % (h, mi, r.randint(0, 59)),
            "%d%s" % (h % 12 or 12, "pm" if h >= 12 else "am"),
            "%02d%02dh" % (h, mi),
            "%d.%02d" % (h, mi),
        ]
    )


def slot(r):
    return r.choice(["8-12", "9am and 1pm", "12-4", "1pm and 5pm", "08:00-13:00", "10 and 2", "7:30 and 11:30"])


CUR = [
    "€{a:,.2f}",
    "EUR {a:,.2f}",
    "${a:,.2f}",
    "USD {a:,.2f}",
    "£{a:,.2f}",
    "GBP {a:,.0f}",
    "₹{a:,.0f}",
    "INR {a:,.2f}",
    "¥{a:,.0f}",
    "JPY {a:.0f}",
    "KES {a:,.0f}",
    "NGN {a:,.0f}",
    "R{a:,.2f}",
    "ZAR {a:,.0f}",
    "CHF {a:.2f}",
    "zł {a:.2f}",
    "PLN {a:,.2f}",
    "₱{a:,.2f}",
    "R$ {a:,.2f}",
    "MXN ${a:,.2f}",
    "S/ {a:.2f}",
    "Q {a:,.2f}",
    "₾{a:.0f}",
    "AMD {a:,.0f}",
    "₸ {a:,.0f}",
    "UZS {a:,.0f}",
    "₮{a:,.0f}",
    "Rs. {a:,.0f}",
    "LKR {a:,.2f}",
    "NPR {a:,.0f}",
    "MAD {a:,.2f}",
    "TND {a:.3f}",
    "MMK {a:,.0f}",
    "KHR {a:,.0f}",
    "HK$ {a:,.0f}",
    "NT$ {a:,.0f}",
    "₫{a:,.0f}",
    "₩{a:,.0f}",
    "MYR {a:.2f}",
    "GH₵ {a:,.2f}",
    "TSh {a:,.0f}",
    "ETB {a:,.2f}",
    "XOF {a:,.0f}",
    "Ar {a:,.0f}",
    "F${a:.2f}",
    "WS$ {a:.2f}",
    "ISK {a:,.0f}",
    "HUF {a:,.0f}",
    "TRY {a:,.2f}",
    "HTG {a:,.0f}",
    "DOP {a:,.2f}",
    "CUP {a:,.0f}",
    "AED {a:,.2f}",
]


def amount(r):
    a = r.choice([r.uniform(5, 200), r.uniform(100, 5000), r.uniform(1000, 90000)])
    s = r.choice(CUR).format(a=a)
    if r.random() < 0.25 and "," in s and "." in s:
        s = s.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return s


def invoice(r):
    return r.choice(
        [
            "INV-%d-%s" % (r.randint(2023, 2025), D(r, 6)),
            "Rechnung Nr. %d-%s" % (r.randint(2023, 2025), D(r, 5)),
            "Factura F-%d/%s" % (r.randint(2023, 2025), D(r, 4)),
            "INV#%s" % D(r, 5),
            "FV/%d/%02d/%s" % (r.randint(2023, 2025), r.randint(1, 12), D(r, 4)),
            "invoice %s" % D(r, 7),
        ]
    )


def order(r):
    return r.choice(
        [
            "ORD-%s-%s" % (D(r, 5), A(r, 1)),
            "PO %s" % D(r, 10),
            "order #%s-%s-%s" % (D(r, 3), D(r, 7), D(r, 7)),
            "Bestellnr. %s-%s" % (D(r, 4), D(r, 3)),
            "SO%s" % D(r, 7),
        ]
    )


def ticket(r):
    return r.choice(
        [
            "TKT#%s" % D(r, 5),
            "INC%s" % D(r, 7),
            "SR-%d-%s" % (r.randint(2023, 2025), D(r, 6)),
            "REQ%s" % D(r, 6),
            "ticket %s" % D(r, 6),
            "CS-%s" % D(r, 5),
        ]
    )


def tracking(r):
    def upu():
        b = D(r, 8)
        w = [8, 6, 4, 2, 3, 5, 9, 7]
        c = 11 - sum(int(x) * y for x, y in zip(b, w)) % 11
        c = 5 if c == 11 else 0 if c == 10 else c
        return "%s%s%d%s" % (r.choice(["RR", "CP", "LX", "EE"]), b, c, r.choice(["GB", "DE", "FR", "NL", "CN"]))

    return r.choice(
        [
            "1Z%s%s%s" % (A(r, 3, "ABCDEFGHJKLMNPRSTVWXY0123456789"), D(r, 2), D(r, 10)),
            "JJD%s" % D(r, 18),
            upu(),
            "TBA%s" % D(r, 12),
            "9400 1%s %s %s %s %s" % (D(r, 3), D(r, 4), D(r, 4), D(r, 4), D(r, 2)),
            "00%s" % D(r, 18),
        ]
    )


def job(r):
    return r.choice(
        [
            "JOB-%s" % D(r, 5),
            "WO %s" % D(r, 7),
            "job #%s-%s" % (D(r, 4), A(r, 1)),
            "Auftrag %s-%s" % (D(r, 2), D(r, 4)),
            "WR%s" % D(r, 6),
        ]
    )


def batch(r):
    return r.choice(
        [
            "LOT %s%s-%s" % (A(r, 1), D(r, 4), D(r, 2)),
            "Ch.-B. %s" % D(r, 7),
            "batch %s%s%s" % (D(r, 2), A(r, 1), D(r, 3)),
            "EXP %02d/%d" % (r.randint(1, 12), r.randint(2025, 2028)),
            "Lote %s" % D(r, 6),
        ]
    )


def sku(r):
    b = str(r.choice([400, 500, 590, 890, 750, 800])) + D(r, 9)
    return r.choice(
        [
            "SKU %s-%s-%s" % (D(r, 2), D(r, 4), r.choice(["XL", "M", "BLK", "W"])),
            "EAN %s" % (b + ean13_digit(b)),
            b + ean13_digit(b),
            "art. %s.%s.%s" % (D(r, 3), D(r, 3), D(r, 2)),
            "item %s%s" % (A(r, 2), D(r, 5)),
        ]
    )


MODELS = [
    "WM-8420X",
    "EcoBoil 28kW",
    "Samsung WW90T",
    "iPhone 13 Pro",
    "Toyota Corolla 1.8 Hybrid",
    "VW Golf VIII 2.0 TDI",
    "Aquarius X200",
    "Bosch Serie 6 WAU28PH9GB",
    "Honda CB500F",
    "Vaillant ecoTEC plus 832",
    "Kia Sportage GT-Line",
    "Landis+Gyr E470",
    "Philips HX6859",
    "Dell Latitude 5440",
    "Hilti TE 30-A36",
    "Ford Transit Custom 320",
    "Invacare SB755",
    "Omron M3 HEM-7154-E",
    "Suzuki Swift 1.2 SZ-T",
]


def model(r):
    return r.choice(MODELS)


def version(r):
    return r.choice(
        [
            "v%d.%d.%d" % (r.randint(1, 9), r.randint(0, 20), r.randint(0, 40)),
            "build %d.%02d.%d" % (r.randint(2023, 2025), r.randint(1, 12), r.randint(1, 9)),
            "firmware %d.%d.%d%s" % (r.randint(0, 4), r.randint(0, 9), r.randint(0, 20), r.choice(["", "b", "-rc1"])),
            "Rev. %s" % r.choice("ABCDE"),
            "release 24.%d" % r.randint(1, 12),
        ]
    )


def fleet(r):
    return r.choice(
        [
            "VAN %d" % r.randint(100, 999),
            "Fleet #%s" % D(r, 4),
            "unit %d" % r.randint(10, 99),
            "Truck T-%d" % r.randint(1, 60),
            "vehicle FL-%s" % D(r, 3),
        ]
    )


def asset(r):
    return r.choice(
        [
            "AST-%s" % D(r, 6),
            "Asset Tag IT-%s" % D(r, 5),
            "PAT %s" % D(r, 4),
            "tag #%s" % D(r, 5),
            "Inv.-Nr. %s" % D(r, 6),
        ]
    )


def meter(r):
    return r.choice(
        [
            "MTR %s-%s-%s" % (D(r, 4), D(r, 4), D(r, 2)),
            "meter no. %s%s%s" % (D(r, 2), A(r, 1), D(r, 7)),
            "MPRN %s" % D(r, 11),
            "MPAN 00 801 %s %s %s %s" % (D(r, 3), D(r, 2), D(r, 4), D(r, 4)),
            "Zählernr. %s" % D(r, 8),
            "serial %s%s" % (A(r, 3), D(r, 6)),
        ]
    )


def flight(r):
    return r.choice(
        [
            "LH %d" % r.randint(100, 2999),
            "EK%d" % r.randint(1, 999),
            "BA 0%d" % r.randint(100, 999),
            "TK %d" % r.randint(1, 2000),
            "ET 70%d" % r.randint(0, 9),
            "QR %d" % r.randint(1, 999),
            "FJ 91%d" % r.randint(0, 9),
            "KE 0%d" % r.randint(10, 99),
            "AF%d" % r.randint(1000, 1999),
            "IB 3%d" % r.randint(100, 999),
        ]
    )


def train(r):
    return r.choice(
        [
            "ICE %d" % r.randint(500, 1099),
            "TGV %d" % r.randint(6000, 6999),
            "AVE 0%d" % r.randint(2000, 3999),
            "RJX %d" % r.randint(100, 999),
            "EC %d" % r.randint(100, 199),
            "IC %d" % r.randint(2000, 2999),
            "Eurostar 90%02d" % r.randint(1, 99),
            "Nozomi %d" % r.randint(1, 99),
        ]
    )


STATUTES = [
    "s. 21 Data Protection Act 2018",
    "Art. 6(1)(b) GDPR",
    "§ 86 VVG",
    "Regulation (EU) 2016/679",
    "reg. 28 MLR 2017",
    "Consumer Credit Act 1974 s.87",
    "FDCPA § 805(c)",
    "s. 11 Insurance Act 2015",
    "Art. 1913 Código Civil",
    "Human Medicines Regulations 2012 reg 214",
    "Care Act 2014 s.9",
    "EU AMLD5",
    "FATCA",
    "CRS",
    "§ 13 InsO",
    "Art. L.113-2 Code des assurances",
    "POPIA s.11",
    "HIPAA 45 CFR 164.512",
    "Water Industry Act 1991 s.75",
    "CONC 7.3.4R",
    "Ley 29733",
    "LGPD art. 7",
    "PSD2 Art. 97",
    "Mental Capacity Act 2005 s.4",
]


def statute(r):
    return r.choice(STATUTES)


BRAND = [
    "{s} & Sons",
    "{s} Pharma",
    "{s} Motors",
    "Casa {s}",
    "{s} Legal LLP",
    "{s} Logistik GmbH",
    "Grupo {s}",
    "{s} Plumbing",
    "Hotel {s}",
    "{s} Bakery",
    "{s} Brothers Ltd",
    "{s} & Partners",
    "{s} Tiles",
    "Farmacia {s}",
    "{s} Tutors",
    "{s} Recoveries Ltd",
]


def brand(r):
    c = CULTURES[r.choice([k for k in CULTURE_KEYS if CULTURES[k]["o"] in ("gs", "double")])]
    sur = [x.split("/")[0] for x in c["s"].split("|") if x] or [c["m"].split("|")[0]]
    return r.choice(BRAND).format(s=r.choice(sur))


SQUARES = [
    "Trafalgar Square",
    "Plaza Mayor",
    "Times Square",
    "Wenceslas Square",
    "Alexanderplatz",
    "Piazza Navona",
    "Place de la Concorde",
    "Dam Square",
    "Shibuya Crossing",
    "Jemaa el-Fnaa",
    "Freedom Square",
    "Republic Square",
    "Sükhbaatar Square",
    "Rynek Główny",
    "Las Ramblas",
    "Oxford Street",
    "the Champs-Élysées",
    "Orchard Road",
    "Nathan Road",
    "Avenida Paulista",
    "the Malecón",
    "Kärntner Straße",
    "Syntagma Square",
    "Taksim Square",
    "Zócalo",
    "Plaza de Armas",
    "Ban Jelačić Square",
    "Laugavegur",
    "Grafton Street",
    "Princes Street",
]
LANDMARKS = [
    "the Eiffel Tower",
    "Big Ben",
    "the Sagrada Família",
    "the Brandenburg Gate",
    "the Colosseum",
    "Table Mountain",
    "the Sydney Opera House",
    "Angkor Wat",
    "the Blue Mosque",
    "the Shwedagon Pagoda",
    "Hallgrímskirkja",
    "the Atomium",
    "Old Trafford",
    "Wembley Stadium",
    "the Petronas Towers",
    "Christ the Redeemer",
    "the Bull Ring",
    "the Tower of London",
    "the Gateway of India",
    "Kilimanjaro",
]
AIRPORTS = [
    "Heathrow T5",
    "JFK Terminal 4",
    "Schiphol",
    "Frankfurt Airport",
    "Changi",
    "O.R. Tambo",
    "Jomo Kenyatta International",
    "Bole International",
    "Tribhuvan International",
    "Kotoka",
    "Murtala Muhammed",
    "Narita",
    "Incheon",
    "Dubai International",
    "Keflavík",
    "Nadi International",
    "Faleolo",
    "Gatwick North",
    "Charles de Gaulle T2E",
    "Manchester T2",
    "Dublin T1",
    "Tocumen",
    "Hazrat Shahjalal",
]
STATIONS = [
    "King's Cross",
    "Gare du Nord",
    "Berlin Hbf",
    "München Hbf",
    "Atocha",
    "Roma Termini",
    "Shinjuku Station",
    "Grand Central",
    "Union Station",
    "Warszawa Centralna",
    "Zagreb Glavni kolodvor",
    "Leeds station",
    "Piccadilly",
    "Amsterdam Centraal",
    "Wien Hauptbahnhof",
    "Bruxelles-Midi",
]
PHRASES = [
    "Final Notice",
    "Welcome Pack",
    "Customer Service",
    "Priority Services Register",
    "Grace Period",
    "Direct Debit Guarantee",
    "Terms and Conditions",
    "Out of Hours",
    "Rose Garden Suite",
    "Hope Ward",
    "Young Carers Service",
    "Faith Community Room",
    "Park View Wing",
    "Long Stay Car Park",
    "Sun Lounge",
    "Will Writing Service",
    "Bill Pay",
    "Grant Application",
    "Summer Term",
    "Early Settlement Quote",
    "Ivy Lodge",
    "Holly Block",
    "April Statement",
    "Mark Scheme",
    "Dawn Raid Procedure",
    "Joy Ride Exclusion",
    "Rose Room",
]
ROLES = [
    "the customer",
    "the driver",
    "our technician",
    "the caller",
    "the tenant",
    "the guest",
    "the patient",
    "the claimant",
    "the account holder",
    "the engineer",
    "the third party",
    "the policyholder",
    "the agent",
    "the assessor",
    "the resident",
    "the parent",
    "the student",
    "the debtor",
]


def square(r):
    return r.choice(SQUARES)


def landmark(r):
    return r.choice(LANDMARKS)


def airport(r):
    return r.choice(AIRPORTS)


def station(r):
    return r.choice(STATIONS)


DOCS = [
    "Final Notice",
    "Welcome Pack",
    "Direct Debit Guarantee",
    "Terms and Conditions",
    "Grace Period",
    "Early Settlement Quote",
    "Customer Charter",
    "Hardship Fund",
    "Young Carers",
    "Bill Pay",
    "Summer Term",
    "April Statement",
    "Joy Ride Exclusion",
    "Mark Scheme",
    "Hope Fund",
    "Grant Application",
    "Will Writing",
    "Priority Services Register",
    "Out of Hours",
]
PLACES = [
    "Rose Garden Suite",
    "Hope Ward",
    "Park View Wing",
    "Sun Lounge",
    "Ivy Lodge",
    "Holly Block",
    "Rose Room",
    "Faith Community Room",
    "Long Stay Car Park",
    "Grant Lecture Theatre",
    "Young Wing",
]


def phrase(r):
    return r.choice(PHRASES)


def doc(r):
    return r.choice(DOCS)


def place(r):
    return r.choice(PLACES)


def role(r):
    return r.choice(ROLES)


def office(r, org, cc=None, words=None):
    """A company office/depot/branch with its business address (plain)."""
    a = make_addr(r, cc or r.choice(COUNTRIES))
    word = r.choice(words or ["depot", "branch", "office", "service centre", "head office", "regional hub"])
    return "%s %s, %s" % (org, word, a.business())


def room(r):
    return r.choice(
        [
            "room %d" % r.randint(101, 1420),
            "Rm %d" % r.randint(101, 920),
            "Suite %d" % r.randint(1, 30),
            "bay %d" % r.randint(1, 30),
        ]
    )


def ext(r):
    return r.choice(
        ["ext. %d" % r.randint(2000, 7999), "x%d" % r.randint(200, 899), "Durchwahl -%d" % r.randint(10, 99)]
    )


def booking(r):
    return r.choice(
        [
            "conf. %s%s" % (A(r, 2), D(r, 6)),
            "booking ref %s" % A(r, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"),
            "PNR %s" % A(r, 6),
            "res #%s" % D(r, 8),
        ]
    )


def rx(r):
    return r.choice(
        [
            "Rx %s" % D(r, 7),
            "script #%s" % D(r, 6),
            "EPS token %s-%s-%s"
            % (A(r, 6, "0123456789ABCDEF"), A(r, 6, "0123456789ABCDEF"), A(r, 6, "0123456789ABCDEF")),
            "Rezept %s" % D(r, 9),
        ]
    )


DRUGS = [
    "amlodipine 5mg",
    "metformin 500mg MR",
    "atorvastatin 20mg",
    "omeprazole 20mg",
    "salbutamol 100mcg inhaler",
    "apixaban 5mg",
    "sertraline 50mg",
    "co-codamol 30/500",
    "levothyroxine 75mcg",
    "Ozempic 0.5mg pen",
    "insulin glargine 100 units/ml",
    "amoxicillin 500mg",
    "ramipril 2.5mg",
    "furosemide 40mg",
    "Calpol 250mg/5ml",
    "paracetamol 1g",
    "warfarin 3mg",
    "Fostair 100/6",
    "Paxlovid",
]


def drug(r):
    return r.choice(DRUGS)


def ward(r):
    return r.choice(
        [
            "Ward 7B",
            "Rowan Ward",
            "AMU",
            "Ward 22",
            "Cedar Unit",
            "Stroke Unit",
            "Bay 3 bed 4",
            "SDEC",
            "Larch Ward",
            "CCU",
        ]
    )


def course(r):
    return r.choice(
        [
            "MATH-GCSE-H",
            "IB Math AA HL",
            "AQA 8300",
            "SAT Prep 1500+",
            "A-level Chemistry (OCR A)",
            "11+ Verbal Reasoning",
            "IELTS Academic 7.0",
            "Year 6 SATs",
            "Edexcel 9MA0",
            "Bac S Physique",
            "DELF B2",
            "ACT English",
            "Cambridge B2 First",
        ]
    )


def tariff(r):
    return r.choice(
        [
            "Standard Variable",
            "E7 Economy 7",
            "tariff code %s%d" % (A(r, 2), r.randint(10, 99)),
            "Fix'd 24M v3",
            "Social Tariff",
            "WaterSure Plus",
        ]
    )


def ref(r):
    return r.choice([ticket(r), job(r), invoice(r), order(r)])


def cardtail(r):
    return r.choice(
        ["card ending %s" % D(r, 4), "**** **** **** %s" % D(r, 4), "xxxx-%s" % D(r, 4), "Visa ••%s" % D(r, 4)]
    )


def gtin(r):
    b = D(r, 15)
    return b + luhn_digit(b)


KINDS = {
    "date": date,
    "time": time,
    "slot": slot,
    "amount": amount,
    "invoice": invoice,
    "order": order,
    "ticket": ticket,
    "tracking": tracking,
    "job": job,
    "batch": batch,
    "sku": sku,
    "model": model,
    "version": version,
    "fleet": fleet,
    "asset": asset,
    "meter": meter,
    "flight": flight,
    "train": train,
    "statute": statute,
    "brand": brand,
    "square": square,
    "landmark": landmark,
    "airport": airport,
    "station": station,
    "phrase": phrase,
    "doc": doc,
    "place": place,
    "role": role,
    "room": room,
    "ext": ext,
    "booking": booking,
    "rx": rx,
    "drug": drug,
    "ward": ward,
    "course": course,
    "tariff": tariff,
    "ref": ref,
    "cardtail": cardtail,
}


def make(r, kind):
    return KINDS[kind](r)
