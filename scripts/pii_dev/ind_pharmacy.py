"""Industry content: community pharmacy."""

from .id_format import r

PHARMACY = {
    "name": "pharmacy",
    "companies": [
        ("Medivale Pharmacy", "medivale-rx.com", "MVP"),
        ("CarePoint Chemists", "carepointchemists.co.uk", "CPC", "GB IE"),
        ("Northgate Pharmacy", "northgatepharmacy.com", "NGP"),
        ("Wattle Street Pharmacy", "wattlepharmacy.com.au", "WSP", "AU NZ"),
    ],
    "countries": ["US", "US", "GB", "GB", "CA", "AU", "IE", "IN", "ZA", "NZ"],
    "mailboxes": ["pharmacy", "rx-support", "noreply", "dispensary", "deliveries"],
    "family": {"p2": "p1"},
    "same_addr": ("p2",),
    "extras": {
        "drug": [
            "atorvastatin 20 mg",
            "Ozempic 0.5 mg pen",
            "Eliquis 5mg",
            "Ventolin Evohaler",
            "metformin 500mg MR",
            "sertraline 50 mg",
            "levothyroxine 75 mcg",
            "amoxicillin 500mg caps",
            "Humalog KwikPen",
            "prednisolone 5mg",
            "EpiPen 0.3 mg",
            "Seroquel XR 50",
            "Adderall XR 20mg",
            "warfarin 3mg",
            "Lantus SoloStar",
        ],
        "branch": ["Elm Park", "High Street", "Westfield", "Station Road", "Riverside", "Market Square", "Kingsway"],
        "insurer": [
            "Express Scripts",
            "OptumRx",
            "Medicaid",
            "CVS Caremark",
            "Bupa",
            "Medibank",
            "Star Health",
            "VHI",
            "Discovery Health",
        ],
        "rxnum": lambda rng: r(rng, rng.choice(["#######", "###-####", "RX########"])),
        "allergy": ["penicillin", "NKDA", "sulfa", "latex", "codeine", "none known"],
        "surgery": [
            "Elm Park Surgery",
            "Riverside Medical Centre",
            "Kaiser Permanente Oakland",
            "Mayo Clinic Family Medicine",
            "St Luke's Health Centre",
            "Apollo Clinic",
        ],
        "lot": lambda rng: r(rng, "@@####@"),
        "statute": [
            "Human Medicines Regulations 2012 reg. 214",
            "21 CFR 1306.04",
            "Misuse of Drugs Regulations 2001 Sch. 2",
        ],
        "dept": ["Dispensary", "Deliveries", "Customer Care", "Clinical Services", "Repeat Prescriptions"],
        "job": [
            "Pharmacist",
            "Pharmacy Technician",
            "Dispensing Assistant",
            "Store Manager",
            "Delivery Driver",
            "Superintendent Pharmacist",
        ],
    },
    "form_title": [
        "Prescription Intake",
        "New Patient Registration – Pharmacy",
        "Repeat Prescription Request",
        "Delivery Sign-up",
    ],
    "subj": [
        "Refill request – {drug}",
        "Prescription ready for collection",
        "Re: prior authorisation for {drug}",
        "Delivery address change",
        "Complaint about wrong strength dispensed",
        "Query re: {insurer} rejection",
    ],
    "formal": [
        (
            "c",
            "Hello, I'm writing on behalf of my {p2.mum}, {p2.full}, who collects {p2.poss} {drug} from your {branch} "
            "branch. {p2.Pron} moved last month and the new address is {p2.addr}. {p2.Poss} date of birth is {dob2}, "
            "in case you need it to find the record. Could you update the delivery address before the next repeat on "
            "{date}?",
        ),
        (
            "c",
            "I collected my prescription (Rx {rxnum}) on {date} and the box says {drug2} instead of {drug}. My name is "
            "{p1.full}, {dob@}. I have not taken any of it. Please call me on {p1.phone} – I'm home after 4pm on "
            "{wday}.",
        ),
        (
            "c",
            "Hi, my GP at {surgery} sent a new script for {drug} on {date}. I'm registered under {p1.full} at "
            "{p1.addr}. Can you deliver it, or does someone need to collect? I work shifts at {org} so mornings are "
            "hard.",
        ),
        (
            "s",
            "Thank you for contacting {company}. We've checked the record for {p1.full} ({dob@}) and the prior "
            "authorisation for {drug} was approved by {insurer} on {date}. Your {member@} is now linked, so the copay "
            "should show as {amount} at the till.",
        ),
        (
            "s",
            "I'm sorry for the mix-up with your order. The {drug} has been re-dispensed and our driver will deliver it "
            "to {p1.addr} between {window} on {date}. If no one is in, it goes back to our {branch} store for 7 days.",
        ),
        (
            "s",
            "{p1.ref}, your {drug} is ready to collect from {branch}. Please bring photo ID. If {p2.full} is "
            "collecting for you, {p2.pron} will need to confirm your date of birth and address at the counter.",
        ),
        (
            "i",
            "{s2.first} – can you look at the insurance on {p1.full}, {dob@}? Claim rejected code 75 (prior auth "
            "required). Patient says {p1.pron} moved to {insurer} in {month}, {member@}. {p1.first} will ring back "
            "about {time}.",
        ),
        (
            "i",
            "Heads up: {p1.init} phoned again about the {drug} shortage. I've put {p1.obj} on the owing list and "
            "promised a call on {p1.phone} when the {org} delivery lands. Card on file ends {card4}.",
        ),
    ],
    "chat": [
        [
            ("c", "hi is my {drug} ready yet? name is {p1.full}"),
            ("s", "Hi {p1.first}, can you confirm your date of birth please?"),
            ("c", "{dob}"),
            ("s", "Thanks! It's ready at {branch}, {amount} to pay. We close at 6 today."),
            ("c", "ok my {p2.spouse} {p2.first} will grab it after work"),
        ],
        [
            (
                "c",
                (
                    "hey its {p1.first} {p1.last} again, did dr {s2.last} send the script over? said {s2.pron} faxed "
                    "it {wday}"
                ),
            ),
            ("s", "Not yet, we'll chase the surgery this morning."),
            ("c", "thanks, im almost out, only 2 left"),
            ("t", "{s1.first} I've got it, {surgery} just sent it through. {p1.first} can collect after 2."),
        ],
        [
            ("s", "{company}: Hi {p1.first}, your prescription is ready to collect at {branch}."),
            ("c", "can my neighbour {p3.full} pick it up? {p3.pron} has my card"),
            ("s", "Yes, {p3.pron}'ll need your DOB and postcode. Thanks!"),
            ("c", "great, postcode is {p1.postcode}"),
        ],
    ],
    "call": [
        [
            ("a", "Thank you for calling {company}, this is {s1.first}, how can I help?"),
            ("c", "Hi, I'm calling about a refill for {drug}."),
            ("a", "Sure. Can I take the patient's full name and date of birth?"),
            ("c", "It's {p1.full}, {dob}."),
            ("a", "Thank you. And the phone number we have on file?"),
            ("c", "{p1.phone}."),
            (
                "a",
                (
                    "Okay, I see it. The last fill was on {date} so it's a bit early, insurance will allow it from "
                    "{date2}."
                ),
            ),
            ("c", "Right. Can you deliver? I'm at {p1.addr}."),
            ("a", "We can. Delivery is {amount}, our driver does {wday} afternoons."),
        ],
        [
            ("a", "{company} dispensary, you're speaking with {s1.full}."),
            ("c", "Hello, I'm the carer for {p2.full}, I look after {p2.obj} on weekdays."),
            ("a", "Are you listed as {p2.poss} representative?"),
            ("c", "I should be, my name's {p1.full}."),
            ("a", "Yes, I have you here. What's happened?"),
            ("c", "{p2.first}'s blister pack came without the {drug} this week."),
            (
                "a",
                (
                    "I'm sorry about that. I'll get {s2.first}, our pharmacist, to call you back. Is {p1.phone} still "
                    "the best number?"
                ),
            ),
            ("c", "Yes, or my email, {p1.email}."),
        ],
    ],
    "notes": [
        "online order from {ip}, paid card {card}, deliver to {p1.addr}",
        "pt {p1.full} ({dob}) c/o missed dose {drug}, advised take when remembered unless <4h to next. Counselled.",
        "Rx {rxnum} on hold – ins rej (PA req). faxed {s2.ref} office {date}.",
        "phoned {p1.first} on {p1.phone} x2, no answer, VM left",
        "pt collects for spouse {p2.full}. verified DOB + addr",
        "DDI {drug} + {drug2}: moderate, d/w {s2.ref}, ok to dispense. allergies: {allergy}",
        "delivery to {p1.addr} failed, card left. driver {s3.first}",
        "Medicaid re-verification: needs {ssn@} + proof of address, pt to bring {wday}",
        "{p1.last} asked re generic switch – explained, happy to proceed. {member@}",
    ],
    "caps": [
        "DRIVER {s3.first} RTE 4 STOP 7 {p1.last} {p1.addr} COLD CHAIN {drug}",
        "NO ANSWER AT DOOR, CALLED {p1.phone}, LEFT CARD",
        "SIG REQ CONTROLLED DRUG. ID CHECKED, SIGNED {p1.ini}",
        "RTN TO {branch} STORE, {p1.last} TO COLLECT",
        "PT {p1.full} DOB {dob} REQ REDELIVERY {wday} AM",
        "{s1.ini} ON ROUTE 2 TODAY, {s3.first} OFF SICK",
    ],
    "form": [
        ("Patient name", "{p1.full}"),
        ("DOB", "{dob}"),
        ("Address", "{p1.addr}"),
        ("Phone", "{p1.phone}"),
        ("Email", "{p1.email}"),
        ("Insurance", "{insurer}"),
        ("Member ID", "{member}"),
        ("Health no.", "{health}"),
        ("Rx #", "{rxnum}"),
        ("Drug", "{drug}"),
        ("Qty", "{qty}"),
        ("Prescriber", "{s2.tfull}"),
        ("Allergies", "{allergy}"),
        ("Collect/Deliver", "Deliver"),
        ("Copay", "{amount}"),
        ("Pharmacist", "{s1.full}"),
    ],
    "csv": [
        ("patient", "{p#.full}"),
        ("dob", "{dob#}"),
        ("rx", "{rxnum#}"),
        ("drug", "{drug#}"),
        ("phone", "{p#.phone}"),
        ("due", "{date#}"),
    ],
    "np_subj": [
        "Stock update – {drug}",
        "Bank holiday opening hours",
        "Class 2 recall: lot {lot}",
        "Flu clinic rota",
        "Fridge temperature log {month}",
    ],
    "np_formal": [
        (
            "s",
            "Please note that {drug} is out of stock at our {branch} branch until {date}. The wholesaler ({org}) has "
            "confirmed {qty} packs on the next delivery. Patients on repeat can be switched to {drug2} after "
            "pharmacist review.",
        ),
        (
            "s",
            "Drug alert – class 2 recall of {drug}, lot {lot}, expiry {month} 2026. Quarantine remaining stock, record "
            "the quantity on form RC-{num} and return it with the {org} courier by {wday}. No patient-level action is "
            "required.",
        ),
        (
            "s",
            "From {wday} {date}, the flu vaccine clinic runs 09:00–12:30 in the consultation room. Walk-ins welcome; "
            "{insurer} members pay {amount}. The Dyson fan in the consultation room is out of order – please do not "
            "use it.",
        ),
        (
            "c",
            (
                "Hello, do you stock {brand} gift sets or only pharmacy lines? Also what are your opening hours on "
                "{wday}? Thanks."
            ),
        ),
        (
            "c",
            "Our order {order} from {date} arrived with the fridge items warm (logger showed 11°C). Please credit "
            "{amount} to the {branch} account and arrange a replacement.",
        ),
        (
            "i",
            (
                "Fridge 2 at {branch} read 9.4°C at {time} on {date}. Stock moved to fridge 1, engineer booked via "
                "{org} ({ticket})."
            ),
        ),
    ],
    "np_chat": [
        [
            ("c", "hi, i ordered the {brand} gift set and 2x {drug} on {date}, order {order}, still not here"),
            ("s", "Sorry! Tracking {tracking} shows it at the {org} depot."),
            ("c", "its for a birthday on {wday}"),
            ("s", "It should arrive by {month} 14. If not we'll refund {amount}."),
            ("c", "ok and do u price match Walgreens?"),
            ("s", "Only on own-brand lines, sorry."),
        ],
        [
            ("c", "hi do you do travel vaccines? going to the philippines in {month}"),
            ("s", "Hi! Yes, we do hep A, typhoid and rabies. Appointments on {wday}s, {amount} per dose."),
            ("c", "ok thanks will book"),
        ],
        [
            ("t", "anyone know if the {drug} came in?"),
            ("s", "yep, {qty} packs in the back, invoice {order}"),
            ("t", "legend, ta"),
        ],
    ],
    "np_call": [
        [
            ("a", "Thank you for calling {company}, how can I help?"),
            ("c", "Hi, are you open on {wday}? It's a bank holiday."),
            ("a", "We are, ten till four."),
            ("c", "And do you have the {brand} aftershave in stock?"),
            ("a", "Let me check... yes, we have it at {amount}."),
            ("c", "Lovely, thanks."),
        ]
    ],
    "np_notes": [
        "fridge 2 temp {pct} over range at {time}, stock moved",
        "CD register balance checked {date}, correct",
        "owing list: {drug} x{qty}, {drug2} x{qty2}",
        "wholesaler invoice {order} short by {num} lines",
        "SOP v{num}.2 read & signed by all staff",
        "ICD-10 {icd} flagged for MUR review, per {org} audit",
    ],
    "np_caps": [
        "RTE 4 COMPLETE {num} DROPS",
        "VAN {unit} FUEL CARD DECLINED AT {time}",
        "COLD BOX {num} RETURNED TO {branch}",
        "NO DELIVERIES {wday} – BANK HOLIDAY",
        "ORDER {order} LOADED",
        "DRIVER SHORT – 2 ROUTES MERGED",
    ],
    "np_form": [
        ("Item", "{drug}"),
        ("Lot", "{lot}"),
        ("Expiry", "{date}"),
        ("Qty returned", "{qty}"),
        ("Supplier", "{org}"),
        ("Credit", "{amount}"),
        ("Branch", "{branch}"),
        ("Reason", "Recall – class 2"),
    ],
    "np_csv": [
        ("sku", "{sku#}"),
        ("description", "{drug#}"),
        ("qty", "{qty#}"),
        ("unit_cost", "{amount#}"),
        ("branch", "{branch#}"),
    ],
}
