"""Industries 6-10: immigration advice, gym & leisure, school admissions, funeral services, energy retailer."""

from .checks import UP
from .checks import rdig as R
from .idents import bank_account_fact, card_fact, iban_fact, ip_fact, url_fact
from .ind_a import INDUSTRIES_A, F
from .natids import national_fact, passport_fact, plate_fact


def ids_immigration(r, p, dob, cc):
    out = [
        passport_fact(r, p.country),
        F(
            "ho",
            ["Home Office ref", "HO ref", "UKVI ref", "GWF no.", "case id"],
            r.choice(
                [
                    "%s%s" % (p.family[:1].upper(), R(r, 7)) + "/%s" % R(r, 3),
                    "GWF%s" % R(r, 9),
                    "IAA/%s/%s" % (R(r, 5), r.randint(2022, 2025)),
                ]
            ),
            "ID",
            "case_ref",
        ),
    ]
    if r.random() < 0.6:
        out.append(
            F(
                "brp",
                ["BRP no.", "Residence permit", "eVisa share code", "BRP"],
                r.choice(
                    [
                        "Z%s%s" % (r.choice("RUX"), R(r, 7)),
                        "%s %s %s"
                        % (
                            "".join(r.choice(UP) for _ in range(3)),
                            "".join(r.choice(UP + "23456789") for _ in range(3)),
                            "".join(r.choice(UP) for _ in range(3)),
                        ),
                    ]
                ),
                "ID",
                "residence_permit",
            )
        )
    if r.random() < 0.6:
        out.append(national_fact(r, p, dob))
    return out


def ids_gym(r, p, dob, cc):
    out = [
        F(
            "member",
            ["Member ID", "Membership no.", "mem #", "Card no.", "member no."],
            r.choice(["GYM-%s" % R(r, 6), "M%s" % R(r, 7), "%s" % R(r, 10, True)]),
            "ID",
            "member_id",
        )
    ]
    if r.random() < 0.6:
        out.append(
            card_fact(r) if r.random() < 0.5 else (iban_fact(r) if r.random() < 0.5 else bank_account_fact(r, cc))
        )
    if r.random() < 0.3:
        out.append(plate_fact(r, cc if cc in ("GB", "DE", "FR", "IN", "US", "AU", "ZA", "NL", "IE") else "AU"))
    if r.random() < 0.35:
        out.append(url_fact(r, p))
    if r.random() < 0.3:
        out.append(ip_fact(r))
    return out


def upn(r):
    body = R(r, 12)
    return "ABCDEFGHJKLMNPQRTUVWXYZ"[sum(int(c) * w for c, w in zip(body, range(2, 14))) % 23] + body


def ids_school(r, p, dob, cc):
    out = [
        F(
            "student",
            ["Student ID", "Pupil no.", "Applicant no.", "stu id", "Candidate no."],
            r.choice(["S%s" % R(r, 7), "%s-%s" % (r.randint(2024, 2026), R(r, 5)), "APP%s" % R(r, 6)]),
            "ID",
            "student_id",
        )
    ]
    if r.random() < 0.5:
        out.append(F("upn", ["UPN", "Unique Pupil Number", "upn"], upn(r), "ID", "pupil_number"))
    if r.random() < 0.3:
        out.append(F("mrn", ["NHS/medical ref", "GP patient no.", "MRN"], "MRN%s" % R(r, 7), "MRN", "medical_record"))
    if r.random() < 0.3:
        out.append(national_fact(r, p, dob))
    return out


def ids_funeral(r, p, dob, cc):
    out = [
        F(
            "plan",
            ["Funeral plan no.", "Plan ref", "Policy no.", "pol#"],
            r.choice(["FP/%d/%s" % (r.randint(2005, 2023), R(r, 6)), "GFP-%s" % R(r, 7), "PP%s" % R(r, 8)]),
            "POLICY_NUMBER",
            "funeral_plan",
        )
    ]
    if r.random() < 0.6:
        out.append(
            F("claim", ["Claim no.", "plan claim ref", "Claim ID"], "FPC-%s" % R(r, 6), "CLAIM_ID", "plan_claim")
        )
    if r.random() < 0.5:
        out.append(national_fact(r, p, dob))
    if r.random() < 0.4:
        out.append(bank_account_fact(r, cc) if r.random() < 0.6 else iban_fact(r))
    if r.random() < 0.3:
        out.append(
            F(
                "mrn",
                ["Hospital no.", "MRN", "hosp. no."],
                r.choice(["RX%s" % R(r, 7), "%s" % R(r, 8, True)]),
                "MRN",
                "hospital_record",
            )
        )
    return out


def ids_energy(r, p, dob, cc):
    out = [
        F(
            "acct",
            ["Account number", "Acct", "a/c", "Customer no.", "acc no", "Account #"],
            r.choice(["A-%s" % R(r, 8), "%s %s %s" % (R(r, 4, True), R(r, 4), R(r, 2)), "ENR%s" % R(r, 9)]),
            "ACCOUNT_NUMBER",
            "customer_account",
        )
    ]
    if r.random() < 0.4:
        out.append(card_fact(r))
    if r.random() < 0.4:
        out.append(ip_fact(r))
    if r.random() < 0.3:
        out.append(iban_fact(r) if r.random() < 0.5 else bank_account_fact(r, cc))
    if r.random() < 0.2:
        out.append(plate_fact(r, "GB"))
    return out


INDUSTRIES_B = [
    dict(
        key="immigration_advice",
        orgs=[
            ("Crossroads Migrant Advice", "crossroadsadvice.org", "Room 6, 19 Mill Road, Cambridge CB1 2AD"),
            (
                "Atlas Visa & Immigration Consultants",
                "atlasvisa.co.nz",
                "Level 3, 120 Victoria Street, Wellington 6011",
            ),
        ],
        crole="applicant",
        p2roles=["sponsor", "spouse", "dependent child", "employer", "brother"],
        sroles=["immigration adviser", "OISC level 2 adviser", "case officer", "interpreter coordinator"],
        ids=ids_immigration,
        topics=[
            "{P1} needs to extend leave before {BDATE}; fee {AMT} plus IHS.",
            "{P2} is the sponsor for {P1}'s spouse visa; financial requirement evidence incomplete.",
            "Biometrics appointment booked at the Croydon service point; {P1} brought a translated birth certificate.",
            "{S} prepared grounds of appeal under {STAT}.",
            "{P1} reports the BRP was lost in the post; replacement form started.",
        ],
        nopii=[
            "Fee changes from {BDATE}: skilled worker visa {AMT}, IHS {AMT} per year.",
            "Advice drop-in cancelled on {BDATE}; the Adviser on call will return messages.",
            "Guidance note on {STAT} circulated to the team.",
            "Interpreter invoices {REF} approved for payment.",
        ],
    ),
    dict(
        key="gym_leisure_membership",
        orgs=[
            ("PulseFit Leisure", "pulsefit.com.au", "Shop 3, 200 Chapel Street, Prahran VIC 3181"),
            (
                "Riverside Leisure Centre",
                "riversideleisure.org.uk",
                "Riverside Leisure Centre, Mill Lane, Exeter EX2 4AB",
            ),
        ],
        crole="member",
        p2roles=["partner", "child", "personal trainer", "parent"],
        sroles=["membership advisor", "duty manager", "front desk", "club manager"],
        ids=ids_gym,
        topics=[
            "{P1} wants to freeze the membership for 2 months (injury); fee {AMT}/month during freeze.",
            "Direct debit for {P1} failed twice; arrears {AMT}.",
            "{P1} reported a locker break-in; CCTV request raised with the Duty Manager.",
            "{P1} added {P2} to a family membership from {BDATE}.",
            "Complaint: {P1} was charged after cancelling; {S} refunded {AMT}.",
        ],
        nopii=[
            "Pool closed {BDATE} for maintenance; {NW} timetable unchanged.",
            "New {PROD} machines arrive next week, {REF}.",
            "Price rise from {BDATE}: off-peak {AMT}, anytime {AMT}.",
            "The Club Manager reminds staff that the {NW} starts at 18:30 in Studio 2.",
        ],
    ),
    dict(
        key="school_admissions",
        orgs=[
            ("St Brendan's Catholic Primary", "stbrendans.sch.uk", "Church Lane, Salford M6 8QT"),
            (
                "Lakeview International School",
                "lakeview-intl.edu.ph",
                "Lakeview Campus, Alabang-Zapote Road, Muntinlupa 1780",
            ),
        ],
        crole="applicant",
        p2roles=["mother", "father", "guardian", "grandmother", "social worker"],
        sroles=["admissions officer", "registrar", "head of year", "SENCo", "school business manager"],
        ids=ids_school,
        topics=[
            "In-year transfer for {P1} into Year 4; {P2} provided proof of address.",
            "{P1} has an EHCP; {S} to consult before offer under {STAT}.",
            "Waiting list position 3 for {P1}; sibling link to a current pupil confirmed.",
            "Appeal hearing for {P1} set for {BDATE}; panel pack sent to {P2}.",
            "Allergy (peanuts) recorded for {P1}; epipen in the medical room.",
        ],
        nopii=[
            "Admissions for September: 60 places, 214 applications, {NW} published.",
            "Open evening {BDATE} at 18:00 in the main hall.",
            "Uniform supplier changed to {BRAND}; blazers {AMT}.",
            "The Dean of Admissions will present the oversubscription criteria to governors.",
        ],
    ),
    dict(
        key="funeral_services",
        orgs=[
            (
                "Hallworth & Sons Funeral Directors",
                "hallworthfunerals.co.uk",
                "Chapel House, 8 Kirkgate, Wakefield WF1 1HZ",
            ),
            ("Serenity Funeral Services", "serenityfunerals.co.ke", "Serenity House, Ngong Road, Nairobi"),
        ],
        crole="deceased",
        p2roles=["next of kin", "son", "widow", "executor", "niece"],
        sroles=["funeral arranger", "funeral director", "celebrant", "office administrator"],
        ids=ids_funeral,
        topics=[
            "Arrangements for the late {P1}: cremation service at 11:30 on {BDATE}, Chapel of Rest 2.",
            "{P2} is next of kin and will sign the application for cremation.",
            "Funeral plan for {P1} covers the director's fees; third-party costs {AMT} outstanding.",
            "{S} met {P2} to choose the coffin and order of service.",
            "Obituary notice for {P1} to run in the local paper; wording approved by {P2}.",
        ],
        nopii=[
            "Hearse {REF} booked for servicing {BDATE}.",
            "Price list updated per {STAT}: simple funeral {AMT}, direct cremation {AMT}.",
            "Floral tributes supplier now {BRAND}-branded; invoice {REF}.",
            "The Funeral Director reminds staff of the dress code for {NW} services.",
        ],
    ),
    dict(
        key="energy_retailer",
        orgs=[
            ("BrightWatt Energy", "brightwatt.co.uk", "BrightWatt, PO Box 4410, Nottingham NG1 5FD"),
            ("Kiwi Current Power", "kiwicurrent.co.nz", "Level 2, 55 Cuba Street, Wellington 6011"),
        ],
        crole="customer",
        p2roles=["tenant", "landlord", "partner", "power of attorney", "son"],
        sroles=["energy advisor", "billing specialist", "complaints handler", "smart meter engineer"],
        ids=ids_energy,
        topics=[
            "{P1} disputes the bill of {AMT}; estimated reads since {BDATE}, {REF}.",
            "{P1} added to the Priority Services Register (medical equipment at home).",
            "Smart meter install for {P1} booked {BDATE} AM slot.",
            "{P2} moved out; {P1} taking over the account from {BDATE}.",
            "Debt of {AMT}: payment plan {AMT}/month agreed with {S}.",
        ],
        nopii=[
            "Price cap change on {BDATE}: unit rate 24.50p/kWh, standing charge 60.10p/day.",
            "Outage in the Northern region resolved; {REF} closed.",
            "{NW} customers will move to the new tariff automatically.",
            "Meter exchange programme: {REF} scheduled in batch 7.",
        ],
    ),
]
INDUSTRIES = INDUSTRIES_A + INDUSTRIES_B
