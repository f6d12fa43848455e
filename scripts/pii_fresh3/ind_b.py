"""Industries: mortgage servicing, social housing repairs."""

from . import numbers
from .lookalike import money, pat


def mort_items(rng, c):
    lab, tid = numbers.national_id(rng, c.addr.cc, c.dob, c.people["S"].gender)
    return {
        "ACCT": (
            "ACCOUNT_NUMBER",
            "mortgage_account",
            pat(rng, rng.choice(["MA-#######-0#", "########/##", "30#########", "ML ### ### ###"])),
        ),
        "IBAN": ("IBAN_CODE", "iban", numbers.make_iban(rng, c.addr.cc)),
        "TAXID": ("ID", "national_id", tid),
        "BACCT": ("ACCOUNT_NUMBER", "bank_account", pat(rng, rng.choice(["########", "#### ####", "00########"]))),
        "_biz": {"IDLAB": lab},
    }


def mort_biz(rng, c):
    rate = "%d.%02d%%" % (rng.randint(3, 6), rng.randint(0, 99))
    return {
        "RATE": rate,
        "PRODUCT": "%s fixed at %s (product %s)"
        % (rng.choice(["2-year", "5-year", "3-year"]), rate, pat(rng, "FX#-###-##")),
        "ARREARS": money(rng, 300, 6000, c.cur),
        "MPAY": money(rng, 450, 2400, c.cur),
        "ERC": rng.choice(["3%", "2%", "1% of the balance"]),
        "SORT": pat(rng, rng.choice(["##-##-##", "## ## ##"])),
        "BROKERFIRM": rng.choice(
            ["Calder & Pryce Mortgages", "Okafor Financial Planning", "Mapleleaf Brokers", "Haddad Home Finance"]
        ),
    }


MORTGAGE = {
    "key": "mortgage",
    "name": "mortgage servicing",
    "orgs": [
        ("Northbank Home Loans", "northbank-homeloans.co.uk"),
        ("Lindqvist Building Society", "lindqvist-bs.com"),
        ("Harbourline Mortgages", "harbourline.ie"),
        ("Meridian Residential Finance", "meridianrf.eu"),
    ],
    "teams": ["Collections", "Customer Support (Financial Difficulty)", "Mortgage Servicing", "Redemptions"],
    "apps": ["MSVC", "COLLECTIONS-ENGINE", "CORE-BANKING"],
    "roles": [("J", "spouse"), ("B", "other")],
    "items": mort_items,
    "biz": mort_biz,
    "fields": [
        ("ACCT", ["mortgage account", "account no", "loan account", "mortgage ref"]),
        ("TAXID", ["national id", "tax id", "tax ref", "id number"]),
        ("IBAN", ["dd iban", "iban", "payment iban"]),
        ("SORT", ["sort code", "bank code"]),
        ("BACCT", ["bank account", "account number", "dd account"]),
        ("ARREARS", ["arrears", "arrears balance"]),
        ("MPAY", ["monthly payment", "cmp"]),
        ("PRODUCT", ["product", "current product"]),
        ("J", ["joint borrower", "second applicant", "party 2"]),
    ],
    "table": ["ACCT", "TAXID", "IBAN"],
    "table_biz": ["ARREARS", "MPAY", "RATE", "BDATE"],
    "log": [
        "ARREARS_FLAG_SET",
        "IE_COMPLETED",
        "DD_MANDATE_CHANGED",
        "FORBEARANCE_REQUESTED",
        "REDEMPTION_STMT_BLOCKED",
    ],
    "narr": [
        "{S.tf} and {S.his} {J.rel} {J} hold mortgage account {ACCT} on the property at {ADDR}.",
        "{S.g} called on {BDATE} to say {S.he} has been put on reduced hours and asked about a payment holiday.",
        "Identity was confirmed with date of birth {DOB} and {IDLAB} {TAXID}.",
        "The account is {ARREARS} in arrears; the contractual monthly payment is {MPAY}.",
        "{J.g} has not been in touch directly; {S.ts} says {J.he} works offshore and can be reached on {J.phone}.",
        "The direct debit will move to sort code {SORT}, account {BACCT}, from {BDATE2}; the old mandate on {IBAN} is cancelled.",
        "Broker {B} of {BROKERFIRM} asked for a redemption statement, which we cannot release without {S.g}'s consent.",
        "Product: {PRODUCT}; an early repayment charge of {ERC} applies until {BDATE3}.",
    ],
    "short": [
        "inb call {S.ts} - acct {ACCT} - income drop, asks re payment holiday",
        "dob {DOB} + {IDLAB} {TAXID} ok",
        "arrs {ARREARS}, cmp {MPAY}, prod {PRODUCT}",
        "new dd: sort {SORT} acct {BACCT} (old {IBAN})",
        "jt bwr {J.is} tel {J.phone} - not spoken",
        "broker {B.is} ({BROKERFIRM}) wants redemption stmt - no 3rd party auth",
    ],
    "chat": [
        ("C", "hi, i'm struggling with my mortgage payment this month"),
        ("A", "thanks for letting us know {S.g}, can you confirm your mortgage account number?"),
        ("C", "{ACCT}"),
        ("A", "thanks. your monthly payment is {MPAY} and there are arrears of {ARREARS}"),
        ("C", "can i change the payment date and the bank? new account is {IBAN}"),
        ("C", "my {J.rel} {J.g} is on the mortgage too, you can call {J.him} on {J.phone}"),
        ("A", "we'll need {J.g} to agree too. i've made a note"),
    ],
    "call": [
        ("C", "I want to talk about my mortgage, the account is {ACCT}."),
        ("A", "Of course. For security, can I take the {IDLAB} you registered with?"),
        ("C", "It's {TAXID}."),
        ("A", "Thank you. I can see arrears of {ARREARS}."),
        (
            "C",
            "My {J.rel}, {J}, lost {J.his} job. We want to move the direct debit to sort code {SORT}, account {BACCT}.",
        ),
        ("A", "I can set that up from {BDATE2}."),
    ],
    "letter": (
        "Mortgage account {ACCT} – arrears of {ARREARS}",
        [
            "We are writing about your mortgage account {ACCT} for the property shown above.",
            "Our records show that payments of {MPAY} due on {BDATE} and {BDATE2} have not been received, and the account is now {ARREARS} in arrears.",
            "We understand from our conversation with you and {J.tf} that your circumstances have changed, and we would like to agree an affordable arrangement.",
            "Your current product is {PRODUCT}. If you redeem before {BDATE3}, an early repayment charge of {ERC} applies.",
            "From next month, payments will be collected from {IBAN}.",
        ],
    ),
}


def house_items(rng, c):
    lab, nid = numbers.national_id(rng, c.addr.cc, c.dob, c.people["S"].gender)
    return {
        "TENANCY": (
            "ACCOUNT_NUMBER",
            "rent_account",
            pat(rng, rng.choice(["RA/######/@", "T-#######", "TEN########", "##########"])),
        ),
        "NATID": ("ID", "national_id", nid),
        "NADDR": c.neighbour_addr(rng),
        "_biz": {"IDLAB": lab},
    }


def house_biz(rng, c):
    return {
        "PRIORITY": rng.choice(["P1 emergency (24h)", "P2 urgent (5 working days)", "routine (28 days)", "P3 planned"]),
        "DEFECT": rng.choice(
            [
                "black mould in the back bedroom",
                "a leak through the kitchen ceiling",
                "a broken boiler with no heating or hot water",
                "a rotten window frame",
                "a blocked soil stack",
                "a faulty extractor fan",
                "a broken front door lock",
            ]
        ),
        "CONTRACTOR": rng.choice(
            [
                "Kessock Building Services",
                "Pinna & Deiana Maintenance",
                "Northgate Repairs Ltd",
                "Hallam & Sons Plumbing",
                "Gurruwiwi Electrical Pty",
            ]
        ),
        "SLOT": rng.choice(
            ["the AM slot (8-12)", "the PM slot (12-6)", "an all-day slot", "the school-run slot (9.30-2.30)"]
        ),
    }


HOUSING = {
    "key": "housing",
    "name": "social housing repairs",
    "orgs": [
        ("Oakmere Housing Association", "oakmere-ha.org.uk"),
        ("Tŷ Cymuned Homes", "tycymuned.cymru"),
        ("Riverside Vale Homes", "riversidevale.org"),
        ("Greenhollow Housing Trust", "greenhollow.org.uk"),
    ],
    "teams": ["Repairs Hub", "Responsive Repairs", "Damp & Mould Taskforce", "Neighbourhood Team"],
    "apps": ["REPAIRS", "HMS-JOBS", "NEIGHBOURHOOD-CRM"],
    "roles": [("N", "other"), ("R", "child"), ("O", "other")],
    "items": house_items,
    "biz": house_biz,
    "fields": [
        ("TENANCY", ["tenancy ref", "rent account", "tenancy number", "payment ref"]),
        ("NATID", ["id number", "ni number", "national id"]),
        ("JOB", ["job no", "repair job", "job ref"]),
        ("PRIORITY", ["priority", "sla"]),
        ("DEFECT", ["defect", "repair description", "issue"]),
        ("CONTRACTOR", ["contractor", "trade"]),
        ("O", ["operative", "engineer"]),
        ("N", ["neighbour", "adjoining tenant"]),
    ],
    "table": ["TENANCY", "NATID"],
    "table_biz": ["JOB", "PRIORITY", "BDATE"],
    "log": ["JOB_RAISED", "APPOINTMENT_BOOKED", "NO_ACCESS", "FOLLOW_ON_RAISED", "DAMP_CASE_OPENED"],
    "narr": [
        "{S.tf} reported {DEFECT} at {ADDR} on {BDATE}; repair job {JOB} was raised as {PRIORITY}.",
        "{S.g} lives there with {S.his} {R.rel}, {R.g}, who has asthma, so the damp is a real concern.",
        "{S.ts} says water is coming from next door, {NADDR}, where {N} lives; {N.g} was not in when the caretaker knocked.",
        "Operative {O} from {CONTRACTOR} attended on {BDATE2} and says a follow-on job is needed.",
        "{O.g} left a card for {S.g} and will call {PHONE} to rebook.",
        "Tenancy reference {TENANCY}; identity checked against {IDLAB} {NATID} and date of birth {DOB}.",
        "{N.ts} later rang from {N.phone} to say {N.he} would give access on {BDATE3}.",
        "Disrepair obligations under the Landlord and Tenant Act 1985, section 11, were explained to {S.ts}.",
    ],
    "short": [
        "tenant {S.ts} rep {DEFECT} - job {JOB} {PRIORITY}",
        "tenancy {TENANCY} / dob {DOB} / {IDLAB} {NATID}",
        "{R.rel} {R.g} asthma - prioritise",
        "leak from {NADDR} ({N.is}) - no access, card left",
        "op {O.is} ({CONTRACTOR}) attended {BDATE2}, follow up required, {SLOT}",
        "tenant mob {PHONE}, prefers text",
    ],
    "chat": [
        ("C", "hiya, theres water coming through my kitchen ceiling again"),
        ("A", "sorry {S.g}, is it coming from next door?"),
        ("C", "yeah {NADDR}, its {N.g}'s place but {N.he} never answers"),
        ("A", "i've raised an emergency job {JOB}. can you confirm your tenancy ref?"),
        ("C", "{TENANCY}"),
        ("C", "my {R.rel} {R.g} has asthma and the mould is getting worse"),
        ("A", "noted. {CONTRACTOR} will call you on {PHONE} to book {SLOT}"),
    ],
    "call": [
        ("C", "I've got {DEFECT} and it's been three weeks."),
        ("A", "I'm sorry about that. Have you got your tenancy reference?"),
        ("C", "It's {TENANCY}."),
        ("A", "Thanks. I can see job {JOB} was raised on {BDATE}. The operative, {O.g}, couldn't get access."),
        ("C", "I was in! Maybe {O.he} went to {NADDR} instead, that's {N}'s place."),
        ("A", "I'll rebook it for {SLOT} and add a note about access."),
    ],
    "letter": (
        "Repair job {JOB} – {DEFECT}",
        [
            "Thank you for reporting {DEFECT} at your home on {BDATE}. We have raised repair job {JOB} with priority {PRIORITY}.",
            "Our contractor, {CONTRACTOR}, attended on {BDATE2}. The operative, {O.tf}, has recommended further work.",
            "We also need access to the neighbouring property, {NADDR}, and have written to the tenant there.",
            "Your tenancy reference is {TENANCY}. Please quote it whenever you contact us.",
            "Our repairing obligations are set out in the Landlord and Tenant Act 1985, section 11.",
        ],
    ),
}
