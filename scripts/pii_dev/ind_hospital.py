"""Industry content: hospital discharge."""

HOSPITAL = {
    "name": "hospital_discharge",
    "companies": [
        ("St Brigid's University Hospital", "stbrigids.health", "SBH", "IE GB AU NZ ZA"),
        ("Harbourview Medical Center", "harbourview-med.org", "HMC"),
        ("Hospital Santa Lúcia", "hsantalucia.com.br", "HSL", "BR"),
        ("Northern Lakes Health", "northernlakeshealth.org", "NLH"),
    ],
    "countries": ["US", "US", "GB", "GB", "IE", "AU", "CA", "BR", "IN", "ZA", "NZ", "DE"],
    "mailboxes": ["discharge-team", "patient.services", "noreply", "medical.records", "bed-management"],
    "family": {"p2": "p1"},
    "ages": {"p1": (19, 97)},
    "extras": {
        "ward": ["Ward 7B", "Cedar Ward", "AMU", "Ward 12 (Ortho)", "CCU", "Station 4 West", "Ala Norte"],
        "dx": [
            "community-acquired pneumonia",
            "NSTEMI",
            "fractured neck of femur",
            "COPD exacerbation",
            "cellulitis L leg",
            "UTI with delirium",
            "DKA",
            "appendicectomy",
        ],
        "med": [
            "apixaban 5 mg BD",
            "co-amoxiclav 625 mg TDS x5/7",
            "furosemide 40 mg OD",
            "bisoprolol 2.5 mg",
            "paracetamol 1 g QDS PRN",
            "enoxaparin 40 mg SC",
            "insulin glargine 18 units nocte",
        ],
        "service": [
            "district nursing",
            "physio",
            "the falls clinic",
            "cardiac rehab",
            "the diabetes team",
            "social work",
        ],
        "transport": ["patient transport", "taxi", "family", "ambulance"],
        "statute": ["45 CFR 164.512", "Care Act 2014 s.74", "Mental Capacity Act 2005 s.5", "Art. 15 GDPR"],
        "surgery": [
            "Elm Park Surgery",
            "Riverside Medical Centre",
            "Kaiser Permanente Oakland",
            "Hillside Family Practice",
        ],
        "dept": [
            "Patient Flow",
            "Bed Management",
            "Medical Records",
            "Discharge Team",
            "Patient Transport",
            "Acute Medicine",
        ],
        "job": [
            "Discharge Coordinator",
            "Charge Nurse",
            "Ward Clerk",
            "Consultant Physician",
            "FY2 Doctor",
            "Occupational Therapist",
        ],
    },
    "form_title": ["Discharge Summary", "Transfer of Care Form", "Patient Discharge Checklist", "Alta Hospitalar"],
    "subj": [
        "Discharge summary – {p1.last}",
        "Follow-up appointment",
        "Transport for discharge {date}",
        "Request for medical records",
        "Re: discharge planning, {ward}",
    ],
    "formal": [
        (
            "s",
            "{p1.tfull} ({mrn@}, {dob@}) was admitted on {date} with {dx} and discharged home on {date2}. Diagnoses: "
            "{icd}. Medications on discharge: {med}; {med2}. Follow-up with {service} in 2 weeks. Next of kin "
            "{p2.full} informed on {p2.phone}.",
        ),
        (
            "s",
            "Dear GP, re: {p1.full}, {dob@}, {p1.addr}. Your patient was discharged from {ward} on {date}. Please "
            "review bloods in one week and repeat U&Es. Responsible consultant: {s2.tfull}. Discharge summary "
            "completed by {s1.full}, {job}.",
        ),
        (
            "s",
            "I'm writing to confirm that {p1.ref}'s discharge is planned for {date}. {service} will visit {p1.addr} on "
            "{wday}. If anything changes please ring the ward on {cphone} and ask for {s1.first}.",
        ),
        (
            "c",
            "Hello, my {p2.mum} {p2.full} was discharged from {ward} on {date} but the pharmacy didn't give {p2.obj} "
            "the {med}. {p2.Poss} hospital number is {mrn2} and date of birth {dob2}. Who should I speak to? My number "
            "is {p1.phone}. – {p1.first}",
        ),
        (
            "s",
            "Your outpatient follow-up with {s2.tfull} is booked for {date} at {time}. Please bring your {health@} and "
            "a list of your medicines. If you need transport, call {cphone}; the booking is in the name of {p1.full}, "
            "{p1.addr}.",
        ),
        (
            "c",
            "I would like a copy of my medical records from my stay in {month} ({ward}). Name: {p1.full}. {dob@}. "
            "{mrn@}. Address: {p1.addr}. Please send them to {p1.email}.",
        ),
        (
            "i",
            "Bed 14 on {ward}: {p1.last}, {p1.age}{p1.sex}, medically fit for discharge since {date}. Awaiting "
            "{service} package; {s2.first} from social work has called {p1.poss} {p2.kid} {p2.full} ({p2.phone}). Can "
            "we chase {transport}?",
        ),
    ],
    "chat": [
        [
            ("t", "is {p1.last} in bay 3 going today?"),
            ("s", "yes once TTOs are back, {s2.first} is doing them"),
            ("t", "ok {p1.poss} {p2.kid} {p2.first} is coming at 3, ill tell {p2.obj}"),
            ("s", "pls check {p1.first}'s address, old one on PAS"),
        ],
        [
            ("c", "hi, this is {p2.full}, {p1.full}'s {p2.kid}. is {p1.first} being discharged today?"),
            (
                "s",
                (
                    "Hi {p2.first}, the team are hoping for this afternoon. Can you confirm {p1.poss} date of birth "
                    "for me?"
                ),
            ),
            ("c", "{dob}"),
            ("s", "Thank you. We'll ring {p2.phone} when {p1.pron}'s ready."),
        ],
    ],
    "call": [
        [
            ("a", "{ward}, {s1.first} speaking."),
            ("c", "Hi, I'm calling about my {p1.spouse}, {p1.full}. {p1.Pron} was meant to come home today."),
            ("a", "Can I check who I'm talking to?"),
            ("c", "It's {p2.full}, I'm {p1.poss} {p2.spouse}... well, partner."),
            ("a", "And {p1.poss} date of birth?"),
            ("c", "{dob}."),
            ("a", "Thanks. {p1.Pron}'s waiting on {transport}, probably after four."),
            ("c", "Can they bring {p1.obj} to {p1.addr}? We moved in {month}."),
            ("a", "I'll update it now and put your number {p2.phone} as contact."),
        ],
        [
            ("a", "Medical records, {s1.full} speaking."),
            ("c", "Hi, I need my discharge letter, I'm {p1.full}."),
            ("a", "Do you have your hospital number?"),
            ("c", "Yes it's {mrn}."),
            ("a", "And your date of birth please?"),
            ("c", "{dob}."),
            ("a", "Where should we send it?"),
            ("c", "By email please, {p1.email}."),
        ],
    ],
    "notes": [
        "registration updated: {ssn@}, {health@}, NOK {p2.full}",
        "{p1.age} y/o {p1.sex}, {mrn@}, adm {date} w/ {dx}. hx {icd}, lives alone at {p1.addr}",
        "pt medically optimised. d/w {s2.ref} – for d/c today pending TTOs ({med})",
        "NOK {p2.full} ({p2.phone}) aware, will collect at 1600",
        "OT assessment done, needs rail at home. {service} referral sent",
        "obs stable, NEWS 1. pt keen to go home. {p1.first} asked re driving – advised no for 6/52",
        "d/c letter to GP ({surgery}) via {s1.ini}",
        "BMI 31, {icd}. f/u {service} 2/52, bloods 1/52",
    ],
    "caps": [
        "AMB {unit} CREW {s3.first} COLLECTING PT {p1.last} {ward} TO {p1.addr}",
        "PT {p1.full} DOB {dob} READY FOR TRANSPORT",
        "ESCORT {p2.first} TRAVELLING WITH PT",
        "DELAYED – AWAITING TTOS",
        "DROP OFF {p1.city} ETA 1640",
        "HANDOVER TO DN {s2.last}",
    ],
    "form": [
        ("Patient", "{p1.full}"),
        ("MRN", "{mrn}"),
        ("DOB", "{dob}"),
        ("Address", "{p1.addr}"),
        ("Health ID", "{health}"),
        ("SSN/national ID", "{natid}"),
        ("Ward", "{ward}"),
        ("Admitted", "{date}"),
        ("Discharged", "{date2}"),
        ("Primary dx", "{dx} ({icd})"),
        ("Meds", "{med}"),
        ("Consultant", "{s2.tfull}"),
        ("NOK", "{p2.full}"),
        ("NOK tel", "{p2.phone}"),
        ("Follow-up", "{service}"),
        ("Transport", "{transport}"),
        ("Completed by", "{s1.init}"),
    ],
    "csv": [
        ("mrn", "{mrn#}"),
        ("name", "{p#.last}, {p#.first}"),
        ("dob", "{dob#}"),
        ("ward", "{ward#}"),
        ("edd", "{date#}"),
        ("barrier", "{service#}"),
    ],
    "np_subj": [
        "Bed state {date}",
        "Discharge lounge opening hours",
        "Audit: discharge before noon",
        "TTO turnaround – {month}",
    ],
    "np_formal": [
        (
            "s",
            "From {wday} the discharge lounge opens 08:00–20:00. Patients waiting for {transport} should be moved by "
            "11:00. Current average TTO turnaround is {num} hours against a target of 2. Contact bed management on "
            "{cphone}.",
        ),
        (
            "s",
            "Audit summary for {month}: {pct} of discharges from {ward} happened before noon (target 33%). Main "
            "delays: {service} packages, pharmacy (ICD-10 {icd} cases) and {transport}. Thanks to Cedars-Sinai for "
            "sharing their checklist.",
        ),
        (
            "c",
            (
                "Hello, I'm a visitor – is there parking near the Mayo Building entrance and what does it cost per "
                "day? Thanks."
            ),
        ),
        (
            "i",
            (
                "The {appliance} in the discharge lounge is broken again. Estates job {ticket} raised {date}. Please "
                "use the kettle in {ward}."
            ),
        ),
    ],
    "np_chat": [
        [
            ("c", "hi is the outpatient pharmacy open on {wday}"),
            ("s", "Yes, 8–6 weekdays, Level 2 by the Mayo Building lifts."),
            ("c", "and parking?"),
            ("s", "{amount} per day, or {amount2} for a weekly pass from the main desk."),
            ("c", "great, do you take Medicare for the flu jab?"),
            ("s", "Yes, bring your card. The clinic runs {date} to {date2}."),
        ],
        [
            ("t", "bed state: {num} red, {num2} amber on {ward}"),
            ("s", "lounge has 4 chairs free"),
            ("t", "ok pushing TTOs"),
        ],
        [("c", "hi what are visiting hours on {ward}"), ("s", "2-8pm daily, 2 visitors per bed"), ("c", "thanks")],
    ],
    "np_call": [
        [
            ("a", "Switchboard, which department?"),
            ("c", "Discharge lounge please."),
            ("a", "Putting you through."),
            ("c", "Hi, what time does the lounge close on {wday}?"),
            ("a", "Eight pm, but transport stops booking at six."),
        ]
    ],
    "np_notes": [
        "bed meeting {time}: {num} d/c planned, {num2} delayed (pkg of care)",
        "{ward} closed to adm – norovirus",
        "TTO backlog {num} at {time}",
        "CPT {cpt} coding query sent to revenue cycle",
        "Mount Sinai protocol v{num} adopted",
    ],
    "np_caps": [
        "BED STATE {date} {time}",
        "AMU {num} SIDE ROOMS FREE",
        "TRANSPORT {unit} OFF ROAD",
        "CODE GREY DRILL {wday} 1400",
        "LOUNGE {num} PTS WAITING",
    ],
    "np_form": [
        ("Ward", "{ward}"),
        ("Date", "{date}"),
        ("Planned discharges", "{num}"),
        ("Actual", "{num2}"),
        ("Before noon", "{pct}"),
        ("Delay reason", "{service}"),
        ("Escalated to", "{job}"),
    ],
    "np_csv": [
        ("ward", "{ward#}"),
        ("date", "{date#}"),
        ("planned", "{num#}"),
        ("actual", "{qty#}"),
        ("top_delay", "{service#}"),
    ],
}
