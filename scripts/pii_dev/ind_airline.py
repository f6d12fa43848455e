"""Industry content: airline customer care."""

from .id_format import r

AIRLINE = {
    "name": "airline_care",
    "companies": [
        ("Aurora Airways", "aurora-air.com", "AUR"),
        ("SkyBridge Airlines", "skybridge.aero", "SKB"),
        ("Aerolíneas del Sol", "aerolineasdelsol.com", "ADS"),
        ("Pacific Crest Air", "pacificcrestair.com", "PCA"),
    ],
    "countries": [
        "GB",
        "US",
        "IE",
        "DE",
        "FR",
        "NL",
        "ES",
        "IT",
        "MX",
        "BR",
        "IN",
        "JP",
        "KR",
        "AU",
        "ZA",
        "NG",
        "CA",
        "PL",
    ],
    "mailboxes": ["customer.relations", "baggage", "noreply", "refunds", "loyalty"],
    "family": {"p2": "p1", "p3": "p1"},
    "same_addr": ("p2", "p3"),
    "ages": {"p3": (1, 15)},
    "extras": {
        "airport": [
            "Heathrow T5",
            "John F. Kennedy International",
            "Charles de Gaulle",
            "Indira Gandhi International",
            "Schiphol",
            "Ninoy Aquino International",
            "Jomo Kenyatta International",
            "São Paulo–Guarulhos",
            "Dublin T2",
            "Incheon",
        ],
        "pir": lambda rng: r(rng, "@@@@@#####"),
        "eticket": lambda rng: r(rng, "###-##########"),
        "statute": ["Regulation (EC) No 261/2004 Art. 7", "Montreal Convention Art. 19", "14 CFR Part 259"],
        "ssr": ["WCHR", "WCHC", "UMNR", "DEAF", "BLND", "MAAS"],
        "seat": lambda rng: r(rng, rng.choice(["##@", "#@"])),
        "cabin": ["Economy", "Premium Economy", "Business", "Economy Light"],
        "dept": ["Customer Relations", "Baggage Services", "Refunds", "Loyalty", "Special Assistance"],
        "job": [
            "Customer Relations Executive",
            "Baggage Services Agent",
            "Station Manager",
            "Loyalty Specialist",
            "Duty Officer",
        ],
    },
    "form_title": [
        "Property Irregularity Report",
        "EU261 Compensation Claim",
        "Special Assistance Request",
        "Unaccompanied Minor Form",
    ],
    "subj": [
        "Delayed baggage – {pir}",
        "Compensation claim {flight}",
        "Refund for booking {booking}",
        "Name correction",
        "Complaint – {flight} {date}",
    ],
    "formal": [
        (
            "c",
            "My bag didn't arrive on {flight} from {airport} on {date} (file {pir}). Please deliver it to {p1.addr}. "
            "I'm {p1.full}, {ffn@}, phone {p1.phone}. It's a red {brand} suitcase with my {p3.kid}'s name tag, "
            "{p3.first}.",
        ),
        (
            "c",
            "We were delayed 6 hours on {flight} (booking {booking}). Passengers: {p1.full}, {p2.full} and our "
            "{p3.kid} {p3.first} ({dob3@}). Under Regulation (EC) No 261/2004 we claim compensation. Refund to the "
            "card used, ending {card4}.",
        ),
        (
            "s",
            "Dear {p1.ref}, we're sorry for the delay. Compensation of {amount} per passenger has been approved for "
            "booking {booking}. It will be refunded to the original card within 7–10 days. {p1.full}'s account {ffn} "
            "has also been credited 5,000 miles.",
        ),
        (
            "s",
            "Hi {p1.first}, we've corrected the name on e-ticket {eticket} to match passport {passport}. Please check "
            "in online at least 24 hours before {flight}. Special assistance ({ssr}) is confirmed at {airport}.",
        ),
        (
            "i",
            "{s2.first}, the passenger {p1.full} who posted on {p1.url} about {flight} is a Gold member ({ffn}). "
            "{p1.Pron} was denied boarding at {airport}. Please call {p1.obj} on {p1.phone} today – {s3.full} has "
            "approved {amount}.",
        ),
        (
            "i",
            "Fraud check on booking {booking}: paid with {card} from {ip@}, billing name {p2.full}, passenger "
            "{p1.full} ({passport@}). Card issuer confirms {p2.first} reported it stolen on {date}. Offload and inform "
            "{airport} police.",
        ),
        (
            "i",
            "UMNR handover {flight} {date}: {p3.full}, age {p3.age}, seat {seat}. Collecting adult {p2.full}, "
            "{passport2@}, phone {p2.phone}. Parent {p1.full} dropped off at {airport}.",
        ),
    ],
    "chat": [
        [
            ("c", "hi my bag is still missing {pir} its been 5 days"),
            ("s", "Sorry about that. Can you confirm your surname and the delivery address?"),
            ("c", "{p1.last}, {p1.addr}"),
            ("s", "Thanks. It's been located at {airport} and will be couriered tomorrow."),
            ("c", "pls call {p1.phone} before, i work days"),
        ],
        [
            ("c", "need to add my {p2.spouse} to my booking {booking}, {p2.full}"),
            ("s", "Sure, I'll need {p2.poss} passport number and date of birth."),
            ("c", "{passport2} and {dob2}"),
            ("s", "Added. Total {amount} charged to card ending {card4}."),
        ],
    ],
    "call": [
        [
            ("a", "{company} customer relations, {s1.first} speaking."),
            ("c", "Hi, my flight was cancelled and I want a refund."),
            ("a", "Can I have your booking reference?"),
            ("c", "{booking}."),
            ("a", "And the lead passenger's name?"),
            ("c", "{p1.full}."),
            ("a", "Thanks. For security, your date of birth?"),
            ("c", "{dob}."),
            ("a", "And your frequent flyer number, if you have one?"),
            ("c", "{ffn}."),
            ("a", "The refund of {amount} will go back to the card ending {card4}."),
        ],
        [
            ("a", "Baggage services."),
            ("c", "Hello, I'm calling about file {pir}."),
            ("a", "Can I take your name?"),
            ("c", "{p1.full}."),
            ("a", "We've found the bag. Where should we deliver?"),
            ("c", "{p1.addr}. And can you email me at {p1.email}?"),
        ],
    ],
    "notes": [
        "web booking {booking} from {ip}, card {card} – 3DS fail",
        "PAX {p1.last}/{p1.first} {p1.title} {booking} {flight} {date} – DB, comp {amount} agreed",
        "SSR {ssr} added for {p2.full}",
        "PIR {pir}: bag traced {airport}, DLV to {p1.addr}",
        "FF {ffn} credited, tier Gold",
        "name chg {p1.full} per PP {passport}, fee waived",
        "cust posted on {p1.url}, social team aware",
        "UMNR {p3.full} DOB {dob3}, guardian {p2.full} {p2.phone}",
    ],
    "caps": [
        "GATE {code}: PAX {p1.last}/{p1.first} OFFLOADED, BAG {pir}",
        "WCHR PAX {p2.full} ARR {time} NEEDS AMBULIFT",
        "UMNR {p3.first} {p3.last} HANDED TO {p2.full}",
        "PAX {p1.full} NO SHOW {flight}",
        "CREW {s2.last} REPORTS DISRUPTIVE PAX SEAT {seat}",
    ],
    "form": [
        ("Passenger name", "{p1.last}/{p1.first} {p1.title}"),
        ("Date of birth", "{dob}"),
        ("Passport", "{passport}"),
        ("Booking", "{booking}"),
        ("Flight", "{flight}"),
        ("Frequent flyer", "{ffn}"),
        ("Phone", "{p1.phone}"),
        ("Email", "{p1.email}"),
        ("Delivery address", "{p1.addr}"),
        ("Bag tag", "{pir}"),
        ("Cabin", "{cabin}"),
    ],
    "csv": [
        ("pax", "{p#.last}/{p#.first}"),
        ("dob", "{dob#}"),
        ("ffn", "{ffn#}"),
        ("seat", "{seat#}"),
        ("ssr", "{ssr#}"),
    ],
    "np_subj": [
        "Disruption update {date}",
        "Schedule change {flight}",
        "Lounge closure {airport}",
        "Baggage system outage",
    ],
    "np_formal": [
        (
            "s",
            "Due to ATC restrictions, {flight} and {flight2} on {date} are delayed by {num} hours. Meal vouchers of "
            "{amount} are available at {airport}. Regulation (EC) No 261/2004 compensation applies where the delay "
            "exceeds 3 hours.",
        ),
        (
            "s",
            "From {month}, the lounge at {airport} closes for refurbishment. Business passengers can use the Aer "
            "Lingus lounge. Gate {code} moves to pier B.",
        ),
        (
            "c",
            "Hi, can I bring a Dyson V11 in my hand luggage, or does it need to be checked? Flying {cabin} on {date}.",
        ),
        (
            "i",
            (
                "Baggage system at {airport} down {time}–{time2} ({ticket}). {num} bags missed connections; PIRs "
                "raised in bulk."
            ),
        ),
    ],
    "np_chat": [
        [
            ("c", "hi, my flight {flight} on {date} shows cancelled"),
            ("s", "Sorry about that. You've been rebooked on {flight2}, departing {time}."),
            ("c", "can i get a refund instead"),
            ("s", "Yes, a full refund of {amount} within 7 days."),
            ("c", "what are my rights under EU261"),
            ("s", "If we told you less than 14 days before, compensation of up to €600 may apply."),
        ],
        [("c", "hi whats the baggage allowance for {cabin}"), ("s", "23 kg checked, 7 kg cabin."), ("c", "thanks")],
        [("t", "{flight} delayed again?"), ("s", "yep, tech issue, new ETD {time}"), ("t", "ugh")],
    ],
    "np_call": [
        [
            ("a", "{company}, how can I help?"),
            ("c", "Hi, is {flight} on time?"),
            ("a", "Yes, departing {time} from gate {code}."),
            ("c", "Thanks."),
        ]
    ],
    "np_notes": [
        "{flight} ETD {time}, tech",
        "lounge {airport} closed {month}",
        "BHS outage {ticket}",
        "{num} PIRs raised {date}",
    ],
    "np_caps": [
        "{flight} DELAYED ETD {time}",
        "GATE {code} CHANGE",
        "DE-ICING IN PROGRESS",
        "{airport} ATC SLOT {time}",
    ],
    "np_form": [
        ("Flight", "{flight}"),
        ("Date", "{date}"),
        ("Delay", "{num} h"),
        ("Vouchers", "{amount}"),
        ("Cause", "ATC"),
    ],
    "np_csv": [("flight", "{flight#}"), ("date", "{date#}"), ("delay_min", "{num#}"), ("pax", "{qty#}")],
}
