"""Industries 1-5: legal aid intake, dental practice, letting agency, airline relations, pension admin.
ids(r, p1, dob, cc) returns industry-specific identifier facts for the main person."""

from .checks import UP
from .checks import rdig as R
from .idents import Fact, bank_account_fact, card_fact, iban_fact, info
from .natids import national_fact, passport_fact, plate_fact


def F(key, labels, value, typ, kind):
    return Fact(key, labels, [(value, info(typ, kind))])


def ids_legal(r, p, dob, cc):
    out = [
        F(
            "case",
            ["Case ref", "Our ref", "case no.", "LAA ref", "Matter no."],
            r.choice(
                [
                    "LA/%d/%s" % (r.randint(2022, 2025), R(r, 5)),
                    "MAT-%s" % R(r, 6),
                    "%s/%s/CR" % (p.family[:3].upper().replace(" ", ""), R(r, 4)),
                ]
            ),
            "ID",
            "case_ref",
        ),
        F("client", ["Client ID", "client no", "CID"], "CL%s" % R(r, 6), "ID", "client_id"),
    ]
    if r.random() < 0.5:
        out.append(
            F(
                "claim",
                ["Court claim no.", "Claim number", "claim ref"],
                "%s%s%s%s" % (R(r, 1, True), r.choice(UP), r.choice(UP), R(r, 5)),
                "CLAIM_ID",
                "court_claim",
            )
        )
    if r.random() < 0.5:
        out.append(national_fact(r, p, dob))
    return out


def ids_dental(r, p, dob, cc):
    out = [
        F(
            "mrn",
            ["MRN", "Pt ID", "Patient no.", "Dental record no.", "Chart #", "pt id"],
            r.choice(["DR-%s" % R(r, 6), "%s" % R(r, 7, True), "PT%s" % R(r, 5), "DEN/%s/%s" % (R(r, 2), R(r, 4))]),
            "MRN",
            "dental_record",
        )
    ]
    if r.random() < 0.6:
        out.append(
            F(
                "policy",
                ["Plan no.", "Policy no.", "pol#", "Insurance policy", "Denplan ref"],
                r.choice(["DPL-%s-%s" % (R(r, 5), R(r, 2)), "HC%s" % R(r, 8), "BUPA-%s" % R(r, 7)]),
                "POLICY_NUMBER",
                "dental_plan",
            )
        )
    if r.random() < 0.6:
        out.append(national_fact(r, p, dob))
    if r.random() < 0.4:
        out.append(card_fact(r))
    return out


def ids_letting(r, p, dob, cc):
    out = [
        F(
            "tenant",
            ["Tenant ref", "Tenancy a/c", "Tenant acct", "rent acct no."],
            "TEN-%s" % R(r, 6),
            "ACCOUNT_NUMBER",
            "tenant_account",
        ),
        F(
            "deposit",
            ["Deposit cert no.", "DPS ref", "TDS ID", "deposit ref"],
            r.choice(["DPS-%s-%s" % (R(r, 4), R(r, 4)), "TDS%s" % R(r, 8)]),
            "ID",
            "deposit_ref",
        ),
    ]
    if r.random() < 0.5:
        out.append(iban_fact(r) if r.random() < 0.5 else bank_account_fact(r, cc))
    if r.random() < 0.4:
        out.append(plate_fact(r, cc if cc in ("GB", "DE", "FR", "IN", "US", "AU", "ZA", "NL", "IE") else "GB"))
    return out


def ids_airline(r, p, dob, cc):
    out = [
        F(
            "ff",
            ["Frequent flyer no.", "FF#", "Miles member no.", "loyalty no", "Exec Club no."],
            r.choice(
                [
                    "%s" % R(r, 9, True),
                    "FF %s %s" % (R(r, 4), R(r, 4)),
                    "%s%s" % (r.choice(["EK", "QF", "AI"]), R(r, 8)),
                ]
            ),
            "ACCOUNT_NUMBER",
            "loyalty_account",
        ),
        passport_fact(r, p.country),
    ]
    if r.random() < 0.6:
        out.append(
            F(
                "claim",
                ["Claim ref", "compensation claim", "EU261 claim", "claim id"],
                r.choice(["EU261-%s" % R(r, 6), "CLM%s" % R(r, 8), "CR-%s-%s" % (R(r, 4), R(r, 3))]),
                "CLAIM_ID",
                "compensation",
            )
        )
    if r.random() < 0.4:
        out.append(card_fact(r))
    if r.random() < 0.3:
        out.append(F("ktn", ["Known Traveler No.", "KTN", "Redress no."], R(r, 9, True), "ID", "known_traveller"))
    return out


def ids_pension(r, p, dob, cc):
    out = [
        F(
            "member",
            ["Member no.", "Membership number", "mbr no", "Scheme ref"],
            r.choice(["PM-%s" % R(r, 7), "%s%s" % (r.choice(UP), R(r, 8)), "SCH/%s/%s" % (R(r, 3), R(r, 5))]),
            "ACCOUNT_NUMBER",
            "member_account",
        ),
        national_fact(r, p, dob),
    ]
    if r.random() < 0.5:
        out.append(
            F(
                "policy",
                ["Annuity policy", "Policy no.", "pol. no.", "Plan number"],
                "ANN%s" % R(r, 7),
                "POLICY_NUMBER",
                "annuity",
            )
        )
    if r.random() < 0.5:
        out.append(
            F(
                "emp",
                ["Employee no.", "Payroll no.", "staff id", "Emp ID"],
                r.choice(["E%s" % R(r, 6), "%s" % R(r, 8, True)]),
                "ID",
                "employee_id",
            )
        )
    out.append(iban_fact(r) if r.random() < 0.4 else bank_account_fact(r, cc))
    return out


INDUSTRIES_A = [
    dict(
        key="legal_aid_intake",
        orgs=[
            ("Harrow Lane Law Centre", "harrowlanelaw.org.uk", "3rd Floor, 27 Station Road, Harrow HA1 2SQ"),
            ("Mbeki & Forsyth Solicitors", "mbekiforsyth.co.uk", "Unit 4, Canal Wharf, Leeds LS11 5PS"),
        ],
        crole="client",
        p2roles=["partner", "landlord", "ex-husband", "daughter", "employer", "witness"],
        sroles=["caseworker", "duty solicitor", "paralegal", "supervising solicitor", "intake adviser"],
        ids=ids_legal,
        topics=[
            "{P1} contacted {ORG} about a possession claim under {STAT}; hearing listed for {BDATE} at court 4.",
            "{P1} says {P2} changed the locks on {BDATE} and kept {AMT} of the deposit.",
            "Eligibility checked for legal aid; {P1} is on Universal Credit, capital under {AMT}.",
            "{S} advised {P1} on disrepair (damp, broken boiler) and sent a letter before claim.",
            "Conflict check run against {P2} - no match. {P1} consents to e-mail contact.",
        ],
        nopii=[
            "The duty rota for {BDATE} is now published; surgery runs 10:00-13:00 at {BRANCH}.",
            "Reminder: all new matters need a conflict check before the first appointment ({STAT}).",
            "Closed file audit: 14 matters reviewed, 2 missing signed client care letters.",
            "Costs schedule updated: counsel's fee {AMT}, disbursements {AMT}.",
        ],
    ),
    dict(
        key="dental_practice",
        orgs=[
            ("Bright Smile Dental Care", "brightsmiledental.co.uk", "12 Market Square, Didcot OX11 7LQ"),
            ("Harbourside Dental Studio", "harboursidedental.co.nz", "Level 1, 88 Quay Street, Auckland 1010"),
        ],
        crole="patient",
        p2roles=["mother", "husband", "carer", "son", "guardian"],
        sroles=["dental nurse", "hygienist", "receptionist", "associate dentist", "practice manager"],
        ids=ids_dental,
        topics=[
            "{P1} attended with pain lower left 6; {S} took a periapical radiograph and prescribed amoxicillin 500mg.",
            "{P1} cancelled the hygiene appointment for {BDATE}; late cancellation fee {AMT} waived once.",
            "Medical history updated: {P1} now on warfarin, INR check required before extraction.",
            "{P2} called on behalf of {P1} to move the crown fit; lab ticket {REF}.",
            "Treatment plan: composite fillings UR4, UL5; estimate {AMT} sent to {P1}.",
        ],
        nopii=[
            "Surgery 2 autoclave failed its weekly test; engineer booked for {BDATE}, asset {REF}.",
            "New fee list from {BDATE}: Band 2 {AMT}, scale and polish {AMT}.",
            "The Practice Manager asks all staff to complete CPD on radiography ({STAT}) by Friday.",
            "Stock order for {PROD} and impression trays placed, {REF}.",
        ],
    ),
    dict(
        key="letting_agency",
        orgs=[
            ("Keystone Lettings", "keystonelettings.co.uk", "41 High Street, Reading RG1 2AB"),
            (
                "Greenleaf Property Management",
                "greenleafpm.co.za",
                "Shop 7, Cavendish Square, Claremont, Cape Town 7708",
            ),
        ],
        crole="tenant",
        p2roles=["guarantor", "co-tenant", "landlord", "flatmate", "partner"],
        sroles=["property manager", "lettings negotiator", "inventory clerk", "maintenance coordinator"],
        ids=ids_letting,
        topics=[
            "{P1} reported a leak from the bathroom ceiling; contractor attended {BDATE}, invoice {REF}.",
            "Referencing passed for {P1}; {P2} is acting as guarantor.",
            "Deposit of {AMT} registered; prescribed information sent to {P1} within 30 days.",
            "{P1} has given notice to leave; check-out with {S} arranged.",
            "Rent arrears of {AMT} - {P1} agreed a repayment plan over 6 months.",
        ],
        nopii=[
            "Gas safety certificates due on 12 managed units this month; {REF} raised with the contractor.",
            "Office closing early on {BDATE} for staff training on the {STAT}.",
            "New listing at the branch window: 2-bed flat, {AMT} pcm, EPC band C.",
            "The Property Manager will update the portfolio spreadsheet before the {NW} review.",
        ],
    ),
    dict(
        key="airline_customer_relations",
        orgs=[
            ("Aurora Skyways", "aurora-skyways.com", "Customer Relations, PO Box 3390, Hounslow TW6 2GA"),
            ("Pacific Crest Airlines", "pacificcrestair.com", "Terminal 2 Office, Mascot NSW 2020"),
        ],
        crole="passenger",
        p2roles=["wife", "travel companion", "son", "mother", "colleague"],
        sroles=["customer relations agent", "baggage services agent", "team leader", "claims handler"],
        ids=ids_airline,
        topics=[
            "{P1} was on {REF} which arrived 4h12m late; compensation of {AMT} requested under {STAT}.",
            "Bag tag {REF} delayed; {P1} bought essentials for {AMT} and sent receipts.",
            "{P1} and {P2} were downgraded from business to economy on the return leg.",
            "Wheelchair assistance was not provided for {P1} at the gate; {S} apologised.",
            "{P1} asks for the missing miles to be credited after the codeshare flight.",
        ],
        nopii=[
            "Disruption update: {REF} cancelled due to ATC strike; rebooking waiver valid until {BDATE}.",
            "Baggage claim backlog at Terminal 2 cleared; average handling time now 3.2 days.",
            "Fare rules for Saver tickets changed on {BDATE}; change fee {AMT}.",
            "Aircraft swap to {PROD} on {REF}; seat map re-issued.",
        ],
    ),
    dict(
        key="pension_administration",
        orgs=[
            (
                "Northgate Pension Trustees",
                "northgatepensions.co.uk",
                "Northgate House, 5 Albion Street, Leeds LS1 6HX",
            ),
            ("Meridian Retirement Services", "meridianretire.com", "Suite 1200, 401 Bay Street, Toronto ON M5H 2Y4"),
        ],
        crole="member",
        p2roles=["spouse", "nominated beneficiary", "attorney", "daughter", "executor"],
        sroles=["pensions administrator", "retirement specialist", "team manager", "benefits analyst"],
        ids=ids_pension,
        topics=[
            "{P1} wants a retirement quote at age 60; transfer value statement issued {BDATE}.",
            "{P2} holds a lasting power of attorney for {P1}; certified copy received.",
            "Tax-free cash of {AMT} paid; annual pension {AMT} from {BDATE}.",
            "{P1} updated the expression of wish form naming {P2}.",
            "Overpayment of {AMT} identified; {S} to write to {P1}.",
        ],
        nopii=[
            "Scheme year-end valuation due {BDATE}; actuary to confirm funding level under {STAT}.",
            "Annual benefit statements batch {REF} printed and posted.",
            "Pension increase of 3.1% applied from {BDATE} to all pensioners in payment.",
            "Trustee meeting minutes approved; next meeting in Meeting Room B.",
        ],
    ),
]
