"""Things that look like PII but are not: business dates, amounts, references, brands, roles."""

import datetime

from .checks import UP
from .checks import rdig as R

MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def bdate(r):
    d = datetime.date(2023, 1, 2) + datetime.timedelta(days=r.randint(0, 900))
    return r.choice(
        [
            "%02d/%02d/%04d" % (d.day, d.month, d.year),
            "%04d-%02d-%02d" % (d.year, d.month, d.day),
            "%d %s %d" % (d.day, MON[d.month - 1], d.year),
            "%s %d" % (MON[d.month - 1], d.day),
            "%02d.%02d.%02d" % (d.day, d.month, d.year % 100),
        ]
    )


def btime(r):
    return r.choice(
        [
            "%02d:%02d" % (r.randint(7, 21), r.randint(0, 59)),
            "%d:%02d %s" % (r.randint(1, 12), r.randint(0, 59), r.choice(["am", "pm", "AM", "PM"])),
        ]
    )


def stamp(r):
    d = datetime.datetime(2024, 1, 1, 8, 0) + datetime.timedelta(minutes=r.randint(0, 600000))
    return r.choice(
        [
            d.strftime("%Y-%m-%d %H:%M"),
            d.strftime("%d/%m/%Y %H:%M:%S"),
            d.strftime("%Y-%m-%dT%H:%M:%SZ"),
            d.strftime("%d-%b-%Y %H:%M").upper(),
        ]
    )


def amount(r):
    v = r.randint(5, 250000) / (1 if r.random() < 0.3 else 100)
    return r.choice(
        [
            "£%s" % format(v, ",.2f"),
            "€%s" % format(v, ",.2f"),
            "$%s" % format(v, ",.2f"),
            "USD %s" % format(v, ",.2f"),
            "INR %s" % format(int(v * 80), ","),
            "₹%s" % format(int(v * 80), ","),
            "¥%s" % format(int(v * 150), ","),
            "₩%s" % format(int(v * 1300), ","),
            "R %s" % format(v, ",.2f").replace(",", " ").replace(".", ","),
            "NZ$%.2f" % v,
            "A$%.2f" % v,
            "R$ %s" % format(v, ",.2f").replace(",", "X").replace(".", ",").replace("X", "."),
            "%s zł" % format(v, ".2f").replace(".", ","),
            "₦%s" % format(int(v * 900), ","),
            "KES %s" % format(int(v * 130), ","),
            "EGP %s" % format(int(v * 30), ","),
            "₱%s" % format(v * 56, ",.2f"),
            "MXN %s" % format(v * 17, ",.2f"),
            "CHF %.2f" % v,
            "%s EUR" % format(v, ".2f"),
        ]
    )


def ref(r, kind=None):
    kind = kind or r.choice(
        ["inv", "order", "ticket", "track", "sku", "asset", "pnr", "flight", "room", "meter", "batch"]
    )
    return {
        "inv": lambda: r.choice(
            ["INV-%d-%s" % (r.randint(2023, 2025), R(r, 5)), "Invoice #%s" % R(r, 6), "INV%s" % R(r, 7)]
        ),
        "order": lambda: r.choice(
            ["Order #%s%s" % (r.choice(UP), R(r, 5)), "PO-%s" % R(r, 6), "SO/%s/%s" % (r.randint(2023, 2025), R(r, 4))]
        ),
        "ticket": lambda: r.choice(["Ticket #%s" % R(r, 6), "INC%s" % R(r, 7), "CS-%s" % R(r, 5), "REQ-%s" % R(r, 6)]),
        "track": lambda: r.choice(
            ["1Z%s%s" % ("".join(r.choice(UP) for _ in range(5)), R(r, 11)), "JD%s" % R(r, 16), "RR%sGB" % R(r, 9)]
        ),
        "sku": lambda: r.choice(
            [
                "SKU %s-%s" % ("".join(r.choice(UP) for _ in range(3)), R(r, 4)),
                "model SM-A%sB" % R(r, 3),
                "KX-TG%s" % R(r, 4),
            ]
        ),
        "asset": lambda: r.choice(["Asset tag AT-%s" % R(r, 5), "fleet no. %s" % R(r, 4), "laptop LT-%s" % R(r, 4)]),
        "pnr": lambda: "booking ref %s" % "".join(r.choice(UP + "23456789") for _ in range(6)),
        "flight": lambda: (
            "%s %d"
            % (r.choice(["BA", "EI", "LH", "AF", "EK", "QF", "NZ", "AI", "6E", "PR", "KE", "JL"]), r.randint(10, 2999))
        ),
        "room": lambda: r.choice(
            ["Room %d" % r.randint(1, 40), "Meeting Room B", "Suite %d" % r.randint(100, 400), "Chapel of Rest 2"]
        ),
        "meter": lambda: r.choice(
            [
                "meter serial E%dBG%s" % (r.randint(10, 19), R(r, 5)),
                "MSN %s%s" % (R(r, 2), "".join(r.choice(UP) for _ in range(2))) + R(r, 6),
            ]
        ),
        "batch": lambda: r.choice(
            [
                "batch %s" % R(r, 6),
                "release v%d.%d.%d" % (r.randint(1, 9), r.randint(0, 30), r.randint(0, 99)),
                "build %s" % R(r, 5),
            ]
        ),
    }[kind]()


STATUTES = [
    "s.21 Housing Act 1988",
    "Section 8 notice",
    "Regulation (EC) No 261/2004",
    "Art. 6(1)(b) GDPR",
    "Immigration Rules para 276ADE",
    "s.94 Nationality, Immigration and Asylum Act 2002",
    "Equality Act 2010 s.20",
    "Pensions Act 2004",
    "Consumer Rights Act 2015 s.49",
    "Tenant Fees Act 2019",
    "FCA CONC 7.3",
    "Energy Act 2023",
    "Children Act 1989 s.17",
    "the School Admissions Code 2021 para 2.8",
    "Montreal Convention Art. 19",
    "Legal Aid Sentencing and Punishment of Offenders Act 2012",
    "Funeral Markets Order 2021",
    "GDC Standard 4.1",
]
BRANDS = [
    "Tommy Hilfiger",
    "Hugo Boss",
    "Dr. Martens",
    "John Lewis",
    "Marks & Spencer",
    "Ben & Jerry's",
    "Jack Daniel's",
    "Calvin Klein",
    "Ronald McDonald House",
    "Sainsbury's",
    "Wendy's",
    "Ralph Lauren",
    "Mercedes-Benz",
    "Dyson",
    "Colonel Sanders",
    "Aunt Bessie's",
    "Captain Birdseye",
    "Lloyds",
    "Barclays",
    "Dr Oetker",
    "Paul Smith",
    "Ted Baker",
]
NAME_WORDS = [
    "Grace period",
    "Hope Fund",
    "Faith Street branch",
    "Summer Term",
    "Will Writing Service",
    "Joy of Movement class",
    "Miles balance",
    "Dean of Admissions",
    "Mark Scheme",
    "Bill Pay",
    "Sunny Side tariff",
    "Rich Text editor",
    "Frost Protection plan",
    "Bird & Co. Stationers",
    "Young Savers account",
    "Best Price Guarantee",
    "Church Road Depot",
]
PRODUCTS = [
    "iPhone 14 Pro",
    "Galaxy S23",
    "Oral-B iO Series 9",
    "Peloton Bike+",
    "Hive Active Heating 2",
    "Windows 11 23H2",
    "Office 365",
    "Zoom 5.17.11",
    "Nest Learning Thermostat",
    "Kindle Paperwhite",
    "Airbus A320neo",
    "Boeing 787-9",
]
