"""Industry content: motor insurance claims."""

MOTOR = {
    "name": "auto_insurance",
    "companies": [
        ("Northwind Mutual", "northwindmutual.com", "NWM"),
        ("Crestline Motor Insurance", "crestline-motor.co.uk", "CMI", "GB IE"),
        ("Seguros Águila", "segurosaguila.mx", "SAG", "MX ES"),
        ("Kōwhai Insurance", "kowhai-insurance.co.nz", "KWI", "NZ AU"),
        ("Versicherung Rheinland", "vr-rheinland.de", "VRL", "DE"),
    ],
    "countries": ["US", "US", "GB", "GB", "CA", "AU", "DE", "MX", "FR", "IT", "ES", "ZA", "NZ", "IE", "JP", "KR", "IN"],
    "mailboxes": ["claims", "fnol", "noreply", "renewals", "motor-claims"],
    "family": {"p2": "p1"},
    "same_addr": ("p2",),
    "ages": {"p1": (17, 88)},
    "extras": {
        "vehicle": [
            "Toyota Camry",
            "Ford Mustang",
            "Honda Jazz",
            "VW Polo",
            "Kia Sorento",
            "Mazda CX-5",
            "Tesla Model Y",
            "Mercedes-Benz C200",
            "Nissan Leaf",
            "Renault Clio",
            "Lincoln Navigator",
            "Dodge Charger",
        ],
        "incident": [
            "was rear-ended at a red light",
            "reversed into a bollard in a car park",
            "had hail damage overnight",
            "got a windscreen chip from a lorry",
            "was side-swiped on the motorway",
            "hit a deer on a country road",
        ],
        "road": [
            "the M6 near junction 10",
            "I-95 northbound",
            "the A4 roundabout",
            "Autobahn A3",
            "Periférico Sur",
            "SH1 near Taupō",
        ],
        "statute": ["Road Traffic Act 1988 s.143", "Insurance Act 2015 s.3", "§ 3 PflVG"],
        "shop": ["Kwik Fit", "Halfords Autocentre", "Caliber Collision", "Safelite AutoGlass", "Autoglass", "ATU"],
        "hire": ["Enterprise Rent-A-Car", "Hertz", "Avis", "Sixt"],
        "dept": ["Claims – Motor", "First Notice of Loss", "Total Loss Team", "Renewals", "Special Investigations"],
        "job": ["Claims Handler", "Motor Engineer", "Loss Adjuster", "Underwriter", "FNOL Advisor"],
    },
    "form_title": ["First Notification of Loss", "Third Party Claim Form", "Add Named Driver", "Witness Statement"],
    "subj": [
        "Claim update – {vehicle}",
        "Your policy renewal",
        "Third party details",
        "Re: claim {claim}",
        "Courtesy car booking",
        "Total loss valuation",
    ],
    "formal": [
        (
            "c",
            "Hi, I need to report an accident. On {date} my {vehicle} ({plate@}) {incident} on {road}. The other "
            "driver was {p2.full}, reg {plate2}, insured with {org}, phone {p2.phone}. My {policy@}. I'm fine but the "
            "car isn't drivable.",
        ),
        (
            "s",
            "Dear {p1.ref}, thank you for reporting your claim. Your {claim@} is now open and {s1.full} is your "
            "handler. Your {vehicle} will be inspected at {shop} on {date}. {hire} will deliver a courtesy car to "
            "{p1.addr}.",
        ),
        (
            "s",
            "Hi {p1.first}, the engineer has assessed your {vehicle} (VIN {vin}) as a total loss. Our valuation is "
            "{amount}, less your excess of {amount2}. Please confirm the account for payment – we have {iban} on file.",
        ),
        (
            "s",
            "We're adding {p2.full} ({dob2@}, {licence2@}) as a named driver on {policy@} from {date}. The additional "
            "premium is {amount}, charged to the card ending {card4}.",
        ),
        (
            "c",
            "I was a passenger in the car driven by {p2.full} when it {incident}. My name is {p1.full}, {dob@}, "
            "{p1.addr}. I hurt my neck and saw Dr {s3.last} at {org}. Please send the claim form to {p1.email}.",
        ),
        (
            "c",
            "Please pay my excess of {amount} using this card: {card}, expiry 09/27. Claim {claim}. I can't log in to "
            "the portal – it says my account {p1.email} is locked. {p1.full}",
        ),
        (
            "i",
            "{s2.first} – SIU referral on {claim}. Policyholder {p1.full} ({dob@}) reported the theft from {p1.addr} "
            "but telematics shows the {vehicle} at {road} at {time}. Linked claim via shared phone {p1.phone}. Pls "
            "review.",
        ),
    ],
    "chat": [
        [
            ("c", "hi i had a crash this morning, is my policy still ok? {policy}"),
            ("s", "Hi, sorry to hear that. Are you hurt?"),
            ("c", "no im fine, its my {vehicle}, reg {plate}"),
            ("s", "Okay. Can I take the other driver's details?"),
            ("c", "{p2.full} {p2.phone}, {p2.pron} was really nice about it"),
        ],
        [
            ("t", "{s1.first} who's handling {claim}?"),
            ("s", "me, why"),
            ("t", "{p1.last} called 3 times, wants update, {p1.phone}"),
            ("s", "ok will ring {p1.obj} after lunch"),
        ],
    ],
    "call": [
        [
            ("a", "{company} claims, {s1.first} speaking."),
            ("c", "Hi, I need to report an accident."),
            ("a", "Are you safe?"),
            ("c", "Yes, yes, we're fine."),
            ("a", "Can I take your policy number?"),
            ("c", "{policy}."),
            ("a", "And your date of birth?"),
            ("c", "{dob}."),
            ("a", "Thanks {p1.first}. What's the registration?"),
            ("c", "{plate}."),
            ("a", "And where did it happen?"),
            ("c", "On {road}. I {incident}."),
            ("a", "I'll open a claim now. Your claim number will be texted to {p1.phone}."),
        ],
        [
            ("a", "Hello, {company}."),
            ("c", "Hi, I'm calling about claim {claim}."),
            ("a", "Can I take your name?"),
            ("c", "{p1.full}, I'm the third party."),
            ("a", "Thank you. And your address?"),
            ("c", "{p1.addr}."),
            ("a", "We'll send the settlement to you, or to your solicitor?"),
            ("c", "To me, email {p1.email}."),
        ],
    ],
    "notes": [
        "FNOL {date}: PH {p1.full} {incident} on {road}. TP {p2.full}, {plate2}. no injuries rptd",
        "{claim@} – liab 50/50 pending CCTV",
        "engineer {s3.first}: TL, val {amount}. salvage cat S",
        "PH DL {licence} checked via DVLA – 3 pts SP30",
        "courtesy car {hire} to {p1.addr} {wday}",
        "PH ID check: {ssn@}, DL {licence}, both match",
        "TP solicitor called re {claim}, wants {p2.first}'s statement",
        "payment {amount} to {iban} auth {s1.ini}",
        "portal FNOL submitted from {ip}, same IP as {claim2} (diff PH)",
    ],
    "caps": [
        "TOW REQ {road} – {vehicle} {plate}, DRIVER {p1.full} {p1.phone}",
        "TRUCK {unit} ON SCENE {time}",
        "VEH TO {shop} YARD, KEYS WITH DRIVER",
        "CUST {p1.last} WAITING AT SERVICES",
        "POLICE REF ON FILE – TP {p2.last}",
    ],
    "form": [
        ("Policyholder", "{p1.full}"),
        ("Policy no.", "{policy}"),
        ("Date of birth", "{dob}"),
        ("Address", "{p1.addr}"),
        ("Phone", "{p1.phone}"),
        ("Vehicle", "{vehicle}"),
        ("Registration", "{plate}"),
        ("VIN", "{vin}"),
        ("Driving licence", "{licence}"),
        ("Date of incident", "{date}"),
        ("Location", "{road}"),
        ("Third party", "{p2.full}"),
        ("TP vehicle", "{plate2}"),
        ("Claim no.", "{claim}"),
    ],
    "csv": [
        ("claim", "{claim#}"),
        ("policyholder", "{p#.full}"),
        ("reg", "{plate#}"),
        ("reserve", "{amount#}"),
        ("handler", "{s#.init}"),
    ],
    "np_subj": [
        "Renewal pricing {month}",
        "Hail event – {road}",
        "Approved repairer network update",
        "Fraud trends Q{num}",
    ],
    "np_formal": [
        (
            "s",
            "Following the hail event on {date}, we have {num} open claims, mostly Ford Mustang and Honda Jazz models "
            "parked outdoors. {shop} has agreed a surge rate of {amount} per panel. Claims handlers should use reserve "
            "code {code}.",
        ),
        (
            "s",
            "From {month}, renewals for under-25 drivers rise by {pct}. The Mercedes-Benz C200 and Tesla Model Y move "
            "up one group. Rating engine {version} goes live {wday}.",
        ),
        ("c", "Hi, I'm comparing quotes – do you cover a Lincoln Navigator for business use, and what's the excess?"),
        (
            "i",
            (
                "SIU: {num} linked claims this quarter used the same repair shop invoice template ({order}). Referred "
                "to {org}."
            ),
        ),
    ],
    "np_chat": [
        [
            ("c", "hi do u cover a Dodge Charger for a 19 year old"),
            ("s", "We do, quotes start around {amount} with a black box."),
            ("c", "what about a Honda Jazz"),
            ("s", "Usually cheaper, about {amount2}. Excess {amount3}."),
            ("c", "ok and is windscreen included"),
            ("s", "Yes, repairs by Autoglass at no excess."),
        ],
        [
            ("c", "hi do u cover windscreen chips"),
            ("s", "Yes, with no excess if repaired by Autoglass."),
            ("c", "great thx"),
        ],
        [("t", "rating engine {version} ok?"), ("s", "yes, smoke tests passed"), ("t", "nice")],
    ],
    "np_call": [
        [
            ("a", "{company}, how can I help?"),
            ("c", "Hi, what's the excess on a standard policy?"),
            ("a", "It's {amount} compulsory."),
            ("c", "Okay, thanks."),
        ]
    ],
    "np_notes": [
        "hail event {date}: {num} claims",
        "rating {version} deployed",
        "repairer audit {shop}: pass",
        "fraud ring ref {ref} closed",
    ],
    "np_caps": ["TOW TRUCKS {num} AVAILABLE", "{road} CLOSED – REROUTE", "STORM CAT CODE {code} ACTIVE", "YARD FULL"],
    "np_form": [
        ("Event", "Hail"),
        ("Date", "{date}"),
        ("Claims", "{num}"),
        ("Reserve", "{amount}"),
        ("Code", "{code}"),
    ],
    "np_csv": [("vehicle", "{vehicle#}"), ("claims", "{num#}"), ("avg_cost", "{amount#}"), ("change", "{pct#}")],
}
