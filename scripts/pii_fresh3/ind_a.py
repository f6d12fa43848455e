"""Industries: motor insurance claims, veterinary insurance."""

from . import numbers
from .lookalike import money, pat

MOTOR_MODELS = [
    "Vauxhall Corsa 1.2 SE",
    "Toyota Yaris Hybrid",
    "Ford Focus ST-Line",
    "Nissan Qashqai N-Connecta",
    "VW Golf 1.5 TSI",
    "Kia Sportage GT-Line",
    "Skoda Octavia Estate",
    "Renault Clio V",
    "Peugeot 208 Allure",
    "BMW 320d M Sport",
    "Tesla Model 3 Long Range",
    "Honda Jazz EX",
    "Dacia Sandero Stepway",
    "Ford Transit Custom",
]


def motor_items(rng, c):
    cc = c.addr.cc
    return {
        "CLAIM": (
            "CLAIM_ID",
            "claim",
            pat(rng, rng.choice(["CLM-2026-######", "MC/26/######", "HMM#######", "26-MTR-######", "KA@#######"])),
        ),
        "POLICY": (
            "POLICY_NUMBER",
            "policy",
            pat(rng, rng.choice(["MTR/##/#######", "POL########", "KMP-###-####-##", "@@M#######"])),
        ),
        "PLATE": ("ID", "vehicle_plate", numbers.plate(rng, cc)),
        "TPPLATE": ("ID", "vehicle_plate", numbers.plate(rng, cc if rng.random() < 0.7 else "GB")),
        "LICENCE": ("ID", "driving_licence", numbers.licence(rng, cc, c.people["S"], c.dob)),
        "IBAN": ("IBAN_CODE", "iban", numbers.make_iban(rng, cc)),
    }


def motor_biz(rng, c):
    return {
        "MODEL": rng.choice(MOTOR_MODELS),
        "TPMODEL": rng.choice(MOTOR_MODELS),
        "INC": rng.choice(
            [
                "rear-end collision at traffic lights",
                "low-speed car park scrape",
                "hail damage claim",
                "theft of a catalytic converter",
                "side-swipe on a roundabout",
                "cracked windscreen",
            ]
        ),
        "GARAGE": rng.choice(
            [
                "Hallam & Sons Bodyshop",
                "Pryce Accident Repair Centre",
                "Autofix Crash Repairs",
                "Whitfield Bros. Recovery",
                "Etxeberria Garage",
                "Begay Motors",
            ]
        ),
        "XS": money(rng, 100, 750, c.cur),
        "ROAD": rng.choice(["A38", "M6 near junction 7", "N17", "A470", "B4100", "ring road"]),
    }


MOTOR = {
    "key": "motor",
    "name": "motor insurance claims",
    "orgs": [
        ("Harrowgate Motor Mutual", "harrowgate-mutual.co.uk"),
        ("Keystone Assure", "keystoneassure.com"),
        ("Brightwater Insurance", "brightwater-ins.eu"),
        ("Calloway & Finch Underwriting", "callowayfinch.co.uk"),
    ],
    "teams": ["Motor Claims", "FNOL Team", "Claims Handling", "Recoveries Desk"],
    "apps": ["MOTOR-CLM", "CLAIMS-SVC", "FNOL-API"],
    "roles": [("T", "other"), ("W", "other"), ("R", "spouse")],
    "items": motor_items,
    "biz": motor_biz,
    "fields": [
        ("CLAIM", ["claim ref", "claim no", "claim number", "claim id"]),
        ("POLICY", ["policy no", "policy number", "policy ref"]),
        ("PLATE", ["vehicle reg", "vrm", "registration", "reg no"]),
        ("LICENCE", ["licence no", "driving licence", "dl number"]),
        ("BDATE", ["loss date", "date of loss", "incident date"]),
        ("MODEL", ["vehicle", "make model", "veh desc"]),
        ("AMT", ["estimate", "reserve", "repair estimate"]),
        ("T", ["tp name", "third party", "tp driver"]),
        ("TPPLATE", ["tp reg", "tp vrm", "third party reg"]),
        ("IBAN", ["payee iban", "iban", "settlement iban"]),
    ],
    "table": ["CLAIM", "POLICY", "PLATE", "LICENCE", "IBAN"],
    "table_biz": ["BDATE", "MODEL", "AMT", "XS"],
    "log": [
        "FNOL_CREATED",
        "TP_DETAILS_ADDED",
        "ENGINEER_ASSIGNED",
        "RESERVE_SET",
        "PAYEE_VERIFIED",
        "CALLBACK_BOOKED",
    ],
    "narr": [
        "{S.tf}, the policyholder, phoned on {BDATE} at {TIME} to report a {INC} involving {S.his} {MODEL} (registration {PLATE}), insured under policy {POLICY}.",
        "{S.g} confirmed {S.his} date of birth as {DOB} and that {S.he} still lives at {ADDR}.",
        "The other vehicle, a {TPMODEL} registered {TPPLATE}, was driven by {T}; {T.g} gave {T.his} mobile number as {T.phone} at the scene.",
        "{S.ts} says {T.ts} pulled out of a side road on the {ROAD} without looking.",
        "A witness, {W}, stopped to help and has since emailed us from {W.email}; {W.g} supports {S.g}'s version of events.",
        "{S.His} {R.rel}, {R.g}, is a named driver on the policy but was not in the car.",
        "Claim {CLAIM} is set up and the car is booked into {GARAGE} under job {JOB}; the estimate is {AMT} and the excess is {XS}.",
        "Driving licence {LICENCE} was checked and shows no endorsements.",
        "If liability is admitted, settlement will be paid to {S.g}'s account {IBAN}.",
        "{A.g} to chase {T.s}'s insurer by {BDATE2} and update {S.ts} on {PHONE}.",
    ],
    "short": [
        "called {S.ts} re {INC} - clm {CLAIM}, pol {POLICY}",
        "id&v passed: dob {DOB}, postcode {ADDR.pc}",
        "veh {PLATE} {MODEL} booked at {GARAGE} job {JOB}, est {AMT}, xs {XS}",
        "tp {T} veh {TPPLATE} ({TPMODEL}) tel {T.phone} - tp says ph braked sharply??",
        "wit {W.gi} happy to give statement, email {W.email}",
        "pmt to {IBAN} once liab agreed - confirmed by ph",
        "dl {LICENCE} checked, 0 pts",
        "{R.rel} {R.g} named driver, not involved",
    ],
    "chat": [
        ("C", "hi, someone drove into the back of my car yesterday at the lights on the {ROAD}"),
        ("A", "oh no, sorry to hear that {S.g}! is everyone ok?"),
        ("C", "yeah just shaken. the car is a {MODEL}, reg {PLATE}"),
        ("A", "do you have your policy number handy?"),
        ("C", "{POLICY}"),
        ("C", "the other driver was {T.g} {T.s}, number {T.phone}, {T.his} reg is {TPPLATE}"),
        ("A", "perfect, i've opened claim {CLAIM} for you. a repairer will call you on {PHONE}"),
        ("C", "my {R.rel} {R.n} might pick up, {R.he}'s on the policy too"),
        ("A", "no problem. where should we pay any settlement? please do not send card details here"),
        ("C", "bank is {IBAN}"),
    ],
    "call": [
        ("C", "I'm calling because someone hit my car. It's a {MODEL}."),
        ("A", "I'm sorry to hear that. Can you give me the registration?"),
        ("C", "{PLATE}."),
        ("A", "And do you have the other driver's details?"),
        ("C", "Yes, {T.g} {T.s}. {T.He} gave me {T.his} number, {T.phone}, and the registration {TPPLATE}."),
        ("A", "Thank you. I've opened a claim for you, the reference is {CLAIM}. Was there a witness?"),
        ("C", "Someone called {W} stopped. I've got {W.his} email, it's {W.email}."),
        ("A", "Great. Your excess is {XS}. We will text you when {GARAGE} has the car."),
    ],
    "letter": (
        "Your claim {CLAIM} – {MODEL}, registration {PLATE}",
        [
            "Thank you for reporting the incident on {BDATE} involving your {MODEL}. We have registered claim {CLAIM} under policy {POLICY}.",
            "Our approved repairer, {GARAGE}, will contact you to arrange an inspection. The estimate currently stands at {AMT} and your policy excess of {XS} will apply.",
            "We have written to the other driver, {T.tf}, whose vehicle is registered {TPPLATE}, and to {T.his} insurer to recover our costs.",
            "Any settlement due to you will be paid by bank transfer to {IBAN}. If these details are wrong, please call us before {BDATE2}.",
            "Please quote {CLAIM} in all correspondence.",
        ],
    ),
}

PETS = [
    "Bella",
    "Max",
    "Alfie",
    "Luna",
    "Mr Pickles",
    "Sir Barkington",
    "Duchess",
    "Winston",
    "Murphy",
    "Rosie",
    "Oscar",
    "Nala",
    "Poppy",
    "Teddy",
    "Dexter",
    "Archie",
    "Mabel",
    "Hamish",
    "Biscuit",
    "Pablo",
    "Kiki",
    "Otto",
]


def vet_items(rng, c):
    card, brand = numbers.make_card(rng)
    return {
        "POLICY": (
            "POLICY_NUMBER",
            "policy",
            pat(rng, rng.choice(["PET-#######-0#", "VP########", "FW/##/######", "PS-@@-######"])),
        ),
        "CLAIM": (
            "CLAIM_ID",
            "claim",
            pat(rng, rng.choice(["VET-#######", "PC########", "CL-##-#####@", "VC/2026/#####"])),
        ),
        "IBAN": ("IBAN_CODE", "iban", numbers.make_iban(rng, c.addr.cc)),
        "CARD": ("CREDIT_CARD", brand, card),
    }


def vet_biz(rng, c):
    return {
        "PET": rng.choice(PETS),
        "BREED": rng.choice(
            [
                "Cocker Spaniel",
                "Maine Coon",
                "Labrador",
                "French Bulldog",
                "British Shorthair",
                "Border Collie",
                "Dachshund",
                "Ragdoll",
                "Staffordshire Bull Terrier",
                "Bernese Mountain Dog",
            ]
        ),
        "CHIP": pat(rng, rng.choice(["985 1## ### ### ###", "9851########### ", "826 0## ### ### ###"]).strip()),
        "COND": rng.choice(
            [
                "a cruciate ligament rupture",
                "otitis externa",
                "a swallowed sock",
                "diabetes mellitus",
                "dental extractions",
                "pancreatitis",
                "a fractured radius",
                "hyperthyroidism",
            ]
        ),
        "PRACTICE": rng.choice(
            [
                "Castle Vets Abbeydale",
                "Riverside Veterinary Centre",
                "Banda & Mwale Veterinary Surgeons",
                "Ashgrove Animal Hospital",
                "St Francis Veterinary Group",
                "Dr Hadley's Pet Clinic",
            ]
        ),
        "VINV": pat(rng, rng.choice(["INV-V-######", "VI######", "#######/A"])),
        "XS": money(rng, 60, 250, c.cur),
        "COPAY": rng.choice(["10%", "20%", "15%"]),
    }


VET = {
    "key": "vet",
    "name": "veterinary insurance",
    "orgs": [
        ("PawSure Insurance", "pawsure.co.uk"),
        ("Fetchwell Pet Cover", "fetchwell.ie"),
        ("Whiskers & Wags Mutual", "whiskersandwags.com"),
        ("Lomax Petcare Insurance", "lomaxpetcare.eu"),
    ],
    "teams": ["Vet Claims", "Pet Claims Team", "Clinical Claims Review"],
    "apps": ["PETCLAIM", "VET-PORTAL", "CLM-ENGINE"],
    "roles": [("V", "doctor"), ("R", "partner")],
    "items": vet_items,
    "biz": vet_biz,
    "fields": [
        ("POLICY", ["policy no", "policy number", "pet policy"]),
        ("CLAIM", ["claim ref", "claim number", "claim id"]),
        ("PET", ["pet name", "animal", "pet"]),
        ("BREED", ["breed", "species breed"]),
        ("CHIP", ["microchip", "chip no"]),
        ("PRACTICE", ["practice", "vet practice", "treating practice"]),
        ("V", ["treating vet", "vet surgeon", "vet name"]),
        ("VINV", ["invoice no", "vet invoice"]),
        ("AMT", ["invoice total", "amount claimed"]),
        ("IBAN", ["payee iban", "iban", "bank iban"]),
        ("CARD", ["premium card", "card number", "card no"]),
    ],
    "table": ["POLICY", "CLAIM", "IBAN", "CARD"],
    "table_biz": ["PET", "BREED", "AMT", "BDATE"],
    "log": ["CLAIM_SUBMITTED", "INVOICE_MATCHED", "CLINICAL_HISTORY_REQUESTED", "CLAIM_ASSESSED", "PAYMENT_QUEUED"],
    "narr": [
        "{S.tf} submitted a claim on {BDATE} for {PET}, {S.his} {BREED}, treated for {COND} at {PRACTICE}.",
        "The treating vet, {V.tf}, confirmed the first signs were noticed on {BDATE2}, after the policy start date.",
        "{S.g}'s date of birth ({DOB}) and address ({ADDR}) match policy {POLICY}.",
        "{V.ts} has sent the clinical history; invoice {VINV} totals {AMT}.",
        "{PET}'s microchip number {CHIP} matches the schedule.",
        "{S.His} {R.rel}, {R}, usually takes {PET} to appointments and is authorised to discuss the claim.",
        "Claim {CLAIM} approved subject to the {XS} excess and {COPAY} co-payment; payment to {IBAN}.",
        "Premiums continue to be collected from card {CARD}; {S.g} asked for the breakdown to go to {EMAIL}.",
    ],
    "short": [
        "clm {CLAIM} / pol {POLICY} - {PET} ({BREED}) {COND}",
        "vet {V.is} @ {PRACTICE}, inv {VINV} {AMT}",
        "ph {S.ts} dob {DOB} - pc {ADDR.pc} ok",
        "chip {CHIP} matches sched",
        "{R.rel} {R.g} authorised on file, tel {R.phone}",
        "pay {IBAN}, prem card {CARD} - update email to {EMAIL}",
    ],
    "chat": [
        ("C", "hi, my dog {PET} had surgery last week and i want to claim"),
        ("A", "sorry to hear about {PET}! is that the {BREED} on policy {POLICY}?"),
        ("C", "yes thats the one. the vet was {V.ts} at {PRACTICE}"),
        ("A", "ok. the invoice {VINV} came through, {AMT}. i've logged it as claim {CLAIM}"),
        ("C", "great. can you pay it to my new account {IBAN}"),
        ("C", "also my partner {R.g} {R.s} will call sometimes, can {R.he} be added"),
        ("A", "yes, i'll add {R.g} as an authorised contact"),
    ],
    "call": [
        ("C", "It's about {PET}, my {BREED}. The vet found {COND}."),
        ("A", "I'm sorry to hear that. Which practice was that?"),
        ("C", "{PRACTICE}, with {V.tf}."),
        ("A", "Thanks. I can see the policy, {POLICY}. Your claim number is {CLAIM}."),
        ("C", "Can the money go to my bank? It's {IBAN}."),
        ("A", "Of course. Your excess of {XS} will be deducted."),
    ],
    "letter": (
        "Claim {CLAIM} for {PET} – policy {POLICY}",
        [
            "Thank you for your claim for {PET}'s treatment at {PRACTICE} between {BDATE} and {BDATE2}.",
            "We have reviewed the clinical notes provided by {V.tf} and invoice {VINV} for {AMT}.",
            "After deducting your excess of {XS} and the {COPAY} co-payment, we will pay the balance to {IBAN} within five working days.",
            "Please note that {COND} will be recorded on your policy and may be excluded at renewal.",
        ],
    ),
}
