"""Industry profiles, part two: HR recruiting, logistics courier, car rental, social services casework."""

from .idents import dg, up


def _id(t, k, f):
    return lambda r, loc: (t, k, f(r))


def _nhs(r, loc):
    if loc != "GB":
        return "MRN", "hospital_mrn", r.choice(["", "MRN", "H"]) + dg(r, 7, True)
    while True:
        n = dg(r, 9, True)
        c = 11 - sum(int(d) * w for d, w in zip(n, range(10, 1, -1), strict=False)) % 11
        if c != 10:
            v = n + str(c % 11 if c != 11 else 0)
            return "MRN", "nhs_number", f"{v[:3]} {v[3:6]} {v[6:]}"


HR = {
    "name": "hr_recruiting",
    "locales": ["GB", "IE", "DE", "NL", "IN", "US", "AE", "NZ", "PH"],
    "pp_alt": "PH",
    "orgs": [
        ("Talentbridge Recruitment", "talentbridge.io"),
        ("Meridian Foods plc", "meridianfoods.com"),
        ("Kōwhai Engineering", "kowhai-eng.co.nz"),
    ],
    "branches": ["Manchester office", "Talent Acquisition (EMEA)", "Pune delivery centre", "Auckland HQ"],
    "roles": ["recruiter", "hiring manager", "HR business partner", "talent sourcer", "onboarding coordinator"],
    "topics": ["Candidate shortlist", "Offer approval", "Right to work check", "Reference request"],
    "look": {
        "req": lambda r: "REQ-" + dg(r, 5),
        "role": lambda r: r.choice(
            ["Senior Data Engineer (Band 7)", "Warehouse Team Leader", "QA Analyst II", "Site Reliability Engineer"]
        ),
        "salary": lambda r: r.choice(["£58,000–£64,000", "€72k + 10% bonus", "INR 18 LPA", "USD 95,000"]),
        "ats": lambda r: r.choice(["Greenhouse", "Workday", "SmartRecruiters"]),
        "statute": lambda r: r.choice(
            ["Equality Act 2010 s.60", "the Home Office RTW guidance", "Title VII", "AGG §11"]
        ),
    },
    "ids": {
        "emp": _id("ID", "employee_id", lambda r: r.choice(["E", "EMP-", "100"]) + dg(r, 5)),
        "cand": _id("ID", "candidate_id", lambda r: "CAND-" + dg(r, 6)),
    },
    "fields": [
        (["Candidate", "Name"], "{C.full}"),
        (["Candidate ID"], "{F:cand}"),
        (["Phone", "Mob"], "{F:phone}"),
        (["Email"], "{F:email}"),
        (["LinkedIn/Portfolio", "Profile"], "{F:url}"),
        (["Home address"], "{F:addr}"),
        (["DOB"], "{F:dob}"),
        (["Passport no"], "{F:passport}"),
        (["Requisition", "Req"], "{L:req}"),
        (["Position"], "{L:role}"),
        (["Salary band"], "{L:salary}"),
        (["Applied"], "{DATE}"),
    ],
    "casual": [
        "just had a great call w/ {C.full} for {L:req}, sending cv over",
        "{C.first}'s profile: {F:url}",
        "ref from {R.tfull} at previous employer was fine",
        "can {S.first} book {C.nick} for 2nd stage {DATE} {TIME}?",
        "rtw check done: passport {F:passport}, exp fine",
        "{C.first} prefers whatsapp on {F:phone}",
        "sent the offer pack to {F:email}",
    ],
    "terse": [
        "CAND {F:cand} {C.sfull} REQ {L:req} STAGE 2",
        "OFFER {L:salary} ACCEPTED {DATE}",
        "RTW DOC PASSPORT {F:passport} DOB {F:dob}",
        "NEW STARTER EMP {F:emp} BANK {F:bankacct}",
        "REF REQ SENT TO {R.full}",
    ],
    "formal": [
        "Please find attached the CV of {C.tfull}, who has applied for {L:role}.",
        "{C.first} can be contacted on {F:phone} or {F:email}; portfolio at {F:url}.",
        "A reference was received from {R.full}, who line-managed {C.first} between 2019 and 2022.",
        "Right to work was verified against passport {F:passport} in line with {L:statute}.",
        "Salary will be paid into account {F:bankacct} from the first payroll after {DATE}.",
    ],
    "letter": [
        "We are delighted to offer you the position of {L:role} at a salary of {L:salary}.",
        "Your employee number will be {F:emp}; please bring your passport to induction on {DATE2}.",
        "This offer is conditional on satisfactory references and checks under {L:statute}.",
        "Please return the signed contract to {S.email} by {DATE2}.",
    ],
    "neg": [
        "{L:req} {L:role} reopened {DATE}; budget {L:salary}.",
        "{L:ats} v{L:ver} migration: candidate data freeze {DATE} {TIME}.",
        "Interview panel: hiring manager, HR business partner, tech lead; {L:room}.",
        "Advert live on {SITE}/jobs/{L:req}; closing {DATE}.",
        "{L:statute} reminder: no questions on age, marital status or health before offer.",
        "Agency fee 18% of first-year salary, invoice {L:inv} {AMT}.",
    ],
}

LOGI = {
    "name": "logistics_courier",
    "locales": ["GB", "DE", "FR", "MX", "BR", "IN", "JP", "KR", "NG", "ZA"],
    "orgs": [
        ("Swiftline Couriers", "swiftline.co.uk"),
        ("TransPacific Freight", "transpacificfreight.com"),
        ("Paquetería Rápida del Norte", "prn.mx"),
    ],
    "branches": ["Depot 7 – Trafford Park", "Hub Leipzig/Halle", "CEDIS Monterrey", "Incheon gateway"],
    "roles": ["driver", "depot supervisor", "customer care agent", "night trunker", "customs broker"],
    "topics": ["Parcel marked delivered – not received", "Customs hold", "Failed delivery", "Damaged item"],
    "look": {
        "tracking": lambda r: r.choice(["SWL" + dg(r, 10) + "GB", "JD0002" + dg(r, 12), "1Z" + up(r, 3) + dg(r, 11)]),
        "depot": lambda r: r.choice(["Depot 7", "HUB-LEJ", "DC Bergamo", "Bay 12 Trafford"]),
        "route": lambda r: r.choice(["Route M62-14", "Tour 0412", "R-17 Norte"]),
        "bay": lambda r: str(r.randint(1, 40)),
        "hs": lambda r: r.choice(["8471.30", "6204.43", "9503.00"]),
        "weight": lambda r: f"{r.randint(1, 30)}.{r.randint(0, 9)} kg",
        "statute": lambda r: r.choice(["CMR Art. 23", "Montreal Convention Art. 22", "Consumer Rights Act 2015 s.29"]),
    },
    "ids": {"claim": _id("CLAIM_ID", "parcel_claim", lambda r: r.choice(["CLM-", "C", "RCL"]) + dg(r, 7))},
    "fields": [
        (["Recipient", "Consignee"], "{C.full}"),
        (["Delivery address", "Deliver to"], "{F:addr}"),
        (["Tel", "Contact"], "{F:phone}"),
        (["Email"], "{F:email}"),
        (["Claim"], "{F:claim}"),
        (["Tax ID", "ID"], "{F:natid}"),
        (["Tracking", "Consignment"], "{L:tracking}"),
        (["Weight"], "{L:weight}"),
        (["Depot"], "{L:depot}"),
        (["Value"], "{AMT}"),
        (["Ship date"], "{DATE}"),
    ],
    "casual": [
        "parcel {L:tracking} for {C.full} showing delivered but they say nothing rcvd",
        "driver left it w/ neighbour at {F:addr}",
        "{C.first} can't be reached on {F:phone}, 2nd attempt tmrw",
        "customs needs the recipient tax id {F:natid} before release",
        "claim {F:claim} opened, value {AMT}",
        "{R.first} next door signed for it apparently",
        "pls email the POD photo to {F:email}",
    ],
    "terse": [
        "CONS {L:tracking} RCPT {C.sfull} {F:addr}",
        "POD SIGNED {C.ini} {TIME}",
        "CARDED - NO ANSWER {F:phone}",
        "RTS {L:depot} CLM {F:claim}",
        "LEFT WITH {R.full}",
    ],
    "formal": [
        "Consignment {L:tracking} addressed to {C.tfull} at {F:addr} was scanned out for delivery on {DATE}.",
        "Our driver reports the parcel was handed to {R.full} at {TIME}.",
        "A claim ({F:claim}) has been opened for the declared value of {AMT}.",
        "The recipient asked that future delivery notices go to {F:email}.",
    ],
    "letter": [
        "We are sorry that your parcel {L:tracking} did not arrive as expected.",
        "Your claim {F:claim} for {AMT} has been accepted and will be refunded to the card ending {F:card4}.",
        "Under {L:statute} our liability is limited to the declared value.",
        "Future deliveries to {F:addr} will require a signature.",
    ],
    "neg": [
        "Trunk {L:route} departed {L:depot} {TIME}, 412 consignments, ETA hub 03:40.",
        "Manifest {L:inv} HS {L:hs} total {AMT}; customs broker notified.",
        "Bay {L:bay} out of use {DATE}; reroute via gate 4.",
        "Scanner firmware v{L:ver} fixes duplicate POD events on {L:tracking}.",
        "{L:statute} caps claims by weight; see {SITE}/terms.",
        "Night shift supervisor to sign off van checks before 05:30.",
    ],
}

CAR = {
    "name": "car_rental",
    "locales": ["IE", "DE", "US", "ES", "FR", "AU", "AE", "MX", "GB"],
    "pp_alt": "US",
    "orgs": [
        ("Roadwise Car Hire", "roadwise.ie"),
        ("Alpina Rent", "alpinarent.de"),
        ("SunState Rentals", "sunstaterentals.com"),
    ],
    "branches": ["Dublin Airport T2 desk", "München Hbf station", "Orlando MCO lot C", "Málaga AGP"],
    "roles": ["counter agent", "station manager", "damage assessor", "shuttle driver", "claims handler"],
    "topics": ["Damage on return", "Licence query", "Third-party collision", "Deposit dispute"],
    "look": {
        "ra": lambda r: "RA" + dg(r, 8),
        "fleet": lambda r: "F" + dg(r, 5),
        "model": lambda r: r.choice(["VW Polo 1.0 TSI", "Toyota Corolla Hybrid", "Kia Sportage GT-Line", "Fiat 500e"]),
        "category": lambda r: r.choice(["Group C (CDMR)", "ACRIISO code IFAR", "Group F estate"]),
        "station": lambda r: r.choice(["Dublin Airport T2", "MUC Hbf", "MCO lot C", "AGP Terminal 3"]),
        "fuel": lambda r: r.choice(["7/8", "1/4", "full", "E"]),
        "mileage": lambda r: f"{r.randint(80, 2400):,} km",
        "damage": lambda r: r.choice(
            ["scratch rear bumper 12 cm", "chipped windscreen", "kerbed alloy NSF", "dent driver door"]
        ),
        "excess": lambda r: r.choice(["€1,500", "$750", "AED 2,000", "€950"]),
    },
    "ids": {
        "policy": _id("POLICY_NUMBER", "motor_policy", lambda r: r.choice(["POL", "MT-", "AXA"]) + dg(r, 8)),
        "claim": _id("CLAIM_ID", "damage_claim", lambda r: "DMG-" + dg(r, 6)),
    },
    "fields": [
        (["Renter", "Main driver"], "{C.full}"),
        (["Licence no", "DL #"], "{F:licence}"),
        (["DOB"], "{F:dob}"),
        (["Passport"], "{F:passport}"),
        (["Home address"], "{F:addr}"),
        (["Mobile"], "{F:phone}"),
        (["Card"], "{F:cardmask}"),
        (["Own insurance policy"], "{F:policy}"),
        (["RA"], "{L:ra}"),
        (["Vehicle"], "{L:model}"),
        (["Fleet no"], "{L:fleet}"),
        (["Out"], "{DATE}"),
    ],
    "casual": [
        "{C.full} at the desk, licence {F:licence} expires next month, ok to rent?",
        "cust wants to use own insurance, policy {F:policy}",
        "damage on return, {L:damage}, claim {F:claim} raised",
        "other driver's reg {F:plate}, name {R.full}",
        "deposit {AMT} held on card ending {F:card4}",
        "{C.nick} wants the receipt to {F:email}",
        "{S.first} can u do the walkaround w/ {C.tlast}?",
    ],
    "terse": [
        "RA {L:ra} {C.sfull} DL {F:licence} DOB {F:dob}",
        "PP {F:passport} ADDL DRIVER {R.sfull}",
        "RTN {L:station} {TIME} FUEL {L:fuel} DMG {L:damage}",
        "3RD PARTY VEH {F:plate} CLM {F:claim}",
        "CARD {F:card} PREAUTH {AMT}",
    ],
    "formal": [
        "The vehicle was rented to {C.tfull} (licence {F:licence}) under agreement {L:ra} on {DATE}.",
        "On return at {L:station}, staff recorded {L:damage}.",
        "The third-party vehicle, registration {F:plate}, was driven by {R.full}.",
        "The customer provided their own insurer's policy number, {F:policy}.",
        "{C.tlast} can be reached on {F:phone}.",
    ],
    "letter": [
        "Following the return of your rental vehicle on {DATE}, we have opened damage claim {F:claim}.",
        "The excess of {L:excess} has been charged to your card ending {F:card4}.",
        "If you dispute this charge, please reply quoting {L:ra} within 14 days.",
        "We will send all further correspondence to {F:addr}.",
    ],
    "neg": [
        "Fleet no. {L:fleet} {L:model} moved from {L:station} to {BRANCH} {DATE}.",
        "RA {L:ra} closed, {L:mileage} driven, fuel {L:fuel}, total {AMT}.",
        "{L:category} sold out at {L:station} for the Easter weekend.",
        "Damage matrix v{L:ver}: {L:damage} charged at {AMT}.",
        "Shuttle from Terminal 2 every 15 min from {TIME}; see {SITE}/locations.",
        "Counter agent to check licence categories and excess waiver before handover.",
    ],
}

SOCIAL = {
    "name": "social_services",
    "locales": ["GB", "IE", "CA", "NZ", "AU", "US", "NL", "ZA"],
    "orgs": [
        ("Eastbridge Council Adult Social Care", "eastbridge.gov.uk"),
        ("Kinship Family Services", "kinshipfs.org"),
        ("Riverside Housing & Support Trust", "riverside-support.org.uk"),
    ],
    "branches": ["Duty Team West", "Hospital Discharge Hub", "Eastbridge Civic Centre", "Family Support Unit"],
    "roles": ["social worker", "duty worker", "occupational therapist", "team manager", "family support worker"],
    "topics": ["Safeguarding concern", "Care needs assessment", "Housing disrepair", "Hospital discharge plan"],
    "look": {
        "statute": lambda r: r.choice(
            ["Care Act 2014 s.42", "Children Act 1989 s.17", "Mental Capacity Act 2005 s.4", "Housing Act 1996 Part 7"]
        ),
        "contract": lambda r: "FW-" + dg(r, 4),
        "benefit": lambda r: r.choice(["£96.50 per week", "€232/wk", "AU$ 780 fortnightly"]),
    },
    "ids": {"case": _id("ID", "case_ref", lambda r: r.choice(["ASC-", "CF/", "SW"]) + dg(r, 6)), "mrn": _nhs},
    "fields": [
        (["Client", "Service user", "Name"], "{C.full}"),
        (["Case ref", "Case no."], "{F:case}"),
        (["DOB", "D0B"], "{F:dob}"),
        (["Address"], "{F:addr}"),
        (["Tel"], "{F:phone}"),
        (["Health no", "MRN"], "{F:mrn}"),
        (["ID number", "NI/SSN"], "{F:natid}"),
        (["Next of kin", "NOK"], "{R.full}"),
        (["Legislation"], "{L:statute}"),
        (["Referral date"], "{DATE}"),
        (["Benefit"], "{L:benefit}"),
    ],
    "casual": [
        "home visit to {C.full} done, lives w/ daughter {R.first}",
        "{C.nick} says the landlord still hasn't fixed the heating at {F:addr}",
        "pls chase GP re {C.tlast}, health no {F:mrn}",
        "{R.full} (next of kin) on {F:phone}",
        "{C.first} was born in the spring of {YEAR}, no exact DOB on file yet",
        "{S.first} covering duty this pm, {C.first}'s case {F:case} needs allocating",
    ],
    "terse": [
        "CL {C.sfull} CASE {F:case} DOB {F:dob}",
        "NOK {R.full} {F:phone}",
        "HOSP {F:mrn} D/C PLANNED {DATE}",
        "ID {F:natid} BENEFIT CHECK {L:benefit}",
        "HV {DATE} {TIME} @ {F:addr}",
    ],
    "formal": [
        "{C.tfull} (case {F:case}) was discharged from hospital (record {F:mrn}) on {DATE}.",
        "A safeguarding concern was raised under {L:statute} by {R.tfull}.",
        "The client currently lives at {F:addr} and can be contacted on {F:phone}.",
        "Benefit entitlement was verified using identity number {F:natid}.",
    ],
    "letter": [
        "Following your assessment on {DATE}, you are eligible for support under {L:statute}.",
        "Please quote your case reference {F:case} in all correspondence.",
        "A carer will visit you at {F:addr} on {DATE2} at {TIME}.",
        "If you would like a family member to act on your behalf, please let us know.",
    ],
    "neg": [
        "Duty rota: 3 social workers, 1 OT; allocations meeting {TIME} in {L:room}.",
        "{L:statute} guidance updated {DATE}; see {SITE}/adult-social-care.",
        "Care package rates from {DATE}: {AMT} per hour (framework {L:contract}).",
        "Referral ticket {L:ticket} closed - no further action, signposted to Age UK.",
        "Team manager to review 12 open Section 42 enquiries by Friday.",
        "Form SAR-2 v{L:ver} replaces the old subject access form.",
    ],
}

INDUSTRIES_B = [HR, LOGI, CAR, SOCIAL]
