"""Look-alikes that are never annotated: business dates, amounts, products, organisations, references."""

from __future__ import annotations

import random
import re
from datetime import date, timedelta

from pii_independent.birthdates import MONTHS, ordinal


# -------------------------------------------------------------------- look-alikes (never annotated)
def bizdate(rng: random.Random) -> str:
    d = date(2019, 1, 1) + timedelta(days=rng.randrange(365 * 6))
    month = MONTHS[d.month - 1]
    return rng.choice(
        [
            f"{d.day:02d}/{d.month:02d}/{d.year}",
            f"{d.month}/{d.day}/{d.year}",
            d.isoformat(),
            f"{d.day} {month} {d.year}",
            f"{d.day} {month}",
            f"{month} {ordinal(d.day)}",
            f"{d.day:02d}.{d.month:02d}.{d.year}",
            f"{d.day}-{month[:3]}-{d.year % 100:02d}",
            f"{month[:3]} {d.day}, {d.year}",
        ]
    )


POOLS: dict[str, list[str]] = {
    "amount": [
        "Rs. 38",
        "€1.200,50",
        "USD 4,000",
        "£312.40",
        "¥12,800",
        "R$ 1.250,00",
        "CHF 89.90",
        "A$420",
        "₹2,499",
        "349,99 zł",
        "AED 1,150",
        "$79.99",
        "EUR 2.450",
        "£1,875",
        "C$ 260.00",
        "€ 58,30",
        "JPY 45,000",
        "NGN 150,000",
        "SEK 1 299",
        "£18.50",
        "$12,480.00",
        "€640",
        "GBP 95",
        "US$ 3.2k",
        "INR 15,000",
    ],
    "product": [
        "Dyson V11 Absolute",
        "iPhone 14 Pro",
        "Samsung Galaxy S23 Ultra",
        "Bosch Serie 6 WAW28750GB",
        "Sony WH-1000XM5",
        "Philips Hue starter kit",
        "Kindle Paperwhite (11th gen)",
        "Nespresso Vertuo Next",
        "MacBook Air M2",
        "Lenovo ThinkPad T14s Gen 4",
        "Dr. Martens 1460 boots",
        "Tommy Hilfiger polo shirt",
        "Nintendo Switch OLED",
        "LG OLED55C3",
        "Garmin Forerunner 265",
    ],
    "car": [
        "2019 Ford Focus",
        "Toyota Corolla Hybrid",
        "VW Golf 1.5 TSI",
        "Honda Civic 1.5 VTEC",
        "Tesla Model 3 LR",
        "Kia Sportage GT-Line",
        "Vauxhall Corsa",
    ],
    "sku": [
        "SKU 4471-BX",
        "item #A7-33410",
        "SKU 88120-03",
        "model WAW28750GB",
        "part no. 9921-KL",
        "EAN 5012345678900",
    ],
    "ticket": [
        "INC0012345",
        "OPS-4471",
        "SR-8821304",
        "CHG0031187",
        "ticket #55120",
        "REQ-2024-00912",
        "JIRA CX-2291",
        "case 00184421",
    ],
    "version": [
        "v2.4.1",
        "build 5.2.1 (4471)",
        "firmware 3.10.2",
        "Android 14",
        "iOS 17.4.1",
        "Windows 11 23H2",
        "Chrome 124.0.6367.91",
        "app 8.0.3",
    ],
    "room": [
        "Room 4.12",
        "Ward 7B",
        "Bay 3",
        "Building C, level 3",
        "Theatre 2",
        "Suite 210",
        "meeting room Orion",
        "Clinic 5",
    ],
    "flight": ["BA0117", "LH 400", "EK29", "QF1", "KL1002", "LA 8084", "AF 1381", "TK1980", "NH212", "FR 8345"],
    "route": ["LHR-JFK", "FRA-GRU", "DXB-SYD", "AMS-NRT", "CDG-DEL", "IST-MAD", "MAN-DUB"],
    "statute": [
        "section 14(2)(b)",
        "Art. 6(1)(b) GDPR",
        "s.98 Employment Rights Act 1996",
        "§ 626 BGB",
        "Reg. (EC) 261/2004",
        "section 20 Consumer Rights Act 2015",
        "45 CFR 164.512",
        "Rule 23(b)(3)",
        "art. L1232-1 du Code du travail",
        "s.10 Employment Relations Act 1999",
    ],
    "icd": ["ICD-10 J45.909", "ICD-10 E11.9", "ICD-10 I10", "ICD-10 R07.9", "ICD-10 S52.501A", "ICD-10 M54.5"],
    "cpt": ["CPT 99213", "CPT 99284", "CPT 71046", "CPT 93000"],
    "merchant": [
        "Amazon Marketplace",
        "Uber *Trip",
        "Tesco Stores 2041",
        "Ryanair",
        "Netflix.com",
        "MediaMarkt",
        "Zalando SE",
        "PAYPAL *STEAM",
    ],
    "order": ["#2024-0081736", "Order 112-4471203-9928341", "ORD00918273", "#A77-31920", "order 5521-0093"],
    "pnr": ["X7K2LM", "QZ4T9P", "LMN8RB", "5HJ2KW"],
    "tariff": ["Flexible Octopus", "Fixed 12M v4", "Economy 7", "Tarif Bleu", "E.ON Next Pledge", "Green Fixed 24"],
    "plan": ["Unlimited Max", "Red 50GB", "Fibre 500", "SIM Only 30 day", "Family Share 4 lines"],
    "time": ["09:15", "14h30", "2:45pm", "10:00", "16:20", "8.30am"],
    "appliance": ["washing machine", "dishwasher", "combi boiler", "upstairs bath"],
}
ORG_POOL = [
    "HMRC",
    "the DVLA",
    "Bundesagentur für Arbeit",
    "the IRS",
    "Social Security Administration",
    "CNIL",
    "Acas",
    "Citizens Advice",
    "Wells Fargo",
    "John Lewis",
    "Marks & Spencer",
    "St Thomas' Hospital",
    "Mayo Clinic",
    "Charité",
    "Apollo Hospitals",
    "Lloyds Bank",
]


def lookalike(rng: random.Random, template: str) -> str:
    """Fill a sentence's {slots} with business dates, amounts, products, codes: all of it kept."""

    def slot(match: re.Match) -> str:
        name = match.group(1)
        if name == "date":
            return bizdate(rng)
        if name == "org":
            return rng.choice(ORG_POOL)
        return rng.choice(POOLS[name])

    return re.sub(r"\{(\w+)\}", slot, template)
