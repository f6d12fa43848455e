"""Industry content: residential property management."""

PROPERTY = {
    "name": "property_management",
    "companies": [
        ("Harbour & Vale Lettings", "harbourvale-lettings.co.uk", "HVL", "GB IE"),
        ("Keystone Residential Management", "keystoneresidential.com", "KRM"),
        ("Inmobiliaria Sol y Mar", "solymar-inmo.es", "ISM", "ES"),
        ("Maple Leaf Property Group", "mapleleafpg.ca", "MLP", "CA"),
        ("Woonzorg Verhuur", "woonzorg-verhuur.nl", "WZV", "NL"),
    ],
    "countries": ["GB", "GB", "US", "US", "CA", "AU", "ES", "NL", "DE", "IE", "ZA", "PL", "IT", "NZ", "FR"],
    "mailboxes": ["lettings", "maintenance", "accounts", "noreply", "inspections"],
    "family": {"p2": "p1"},
    "same_addr": ("p2",),
    "ages": {"p1": (19, 80)},
    "extras": {
        "issue": [
            "the boiler is not firing",
            "there's a leak under the kitchen sink",
            "black mould in the bathroom",
            "the entry buzzer is broken",
            "no hot water since the weekend",
            "the extractor fan makes a grinding noise",
            "a cracked window in the bedroom",
        ],
        "contractor": [
            "Pimlico Plumbers",
            "Mr Sparky Electrical",
            "Dyno-Rod",
            "Handy Andy Repairs",
            "Bob's Locksmiths",
            "British Gas HomeCare",
            "Johnson Controls",
        ],
        "statute": [
            "Section 21 of the Housing Act 1988",
            "Landlord and Tenant Act 1985 s.11",
            "§ 556 BGB",
            "Ley 29/1994 art. 36",
            "Tenant Fees Act 2019 Sch. 1",
        ],
        "scheme": ["the DPS", "TDS", "mydeposits", "the RTB", "Fianza (IVIMA)"],
        "dept": ["Lettings", "Maintenance", "Property Management", "Rent Accounts", "Inspections"],
        "job": [
            "Property Manager",
            "Lettings Negotiator",
            "Maintenance Coordinator",
            "Credit Controller",
            "Block Manager",
        ],
    },
    "form_title": ["Tenancy Application", "Maintenance Request", "Deposit Return Form", "Guarantor Details"],
    "subj": [
        "Maintenance request – {issue}",
        "Rent arrears – {p1.addr}",
        "Deposit return",
        "Tenancy renewal {date}",
        "Reference request for {p1.full}",
        "Notice of inspection",
    ],
    "formal": [
        (
            "c",
            "Hi, I'm the tenant at {p1.addr} ({tenant@}). Since {wday} {issue}. {contractor} came on {date} but "
            "couldn't fix it. I work from home so any day is fine; please call me on {p1.phone}. {p1.full}",
        ),
        (
            "c",
            "Hello, I moved out of {p1.addr} on {date} and I'm still waiting for my deposit of {amount}. It's "
            "protected with {scheme}. Please pay it to {iban@} (account name {p1.full}). My new address is {p1.addr2} "
            "if you need to write.",
        ),
        (
            "s",
            "Dear {p1.ref}, our records show rent arrears of {amount} on your tenancy at {p1.addr}. The standing order "
            "from the {acct4@} was returned on {date}. Please contact {s1.full} on {s1.wphone} within 14 days to agree "
            "a plan.",
        ),
        (
            "s",
            "We will carry out a routine inspection at {p1.addr} on {wday} {date} between {window}. If {p1.first} or "
            "{p2.first} cannot be present, we will use the management keys as permitted under your tenancy agreement.",
        ),
        (
            "s",
            "Thank you for your application. We have received the reference from {p3.full} (previous landlord, "
            "{p3.phone}) and your employer {org}. We still need ID for the right-to-rent check: {passport@} has "
            "expired on the copy you sent.",
        ),
        (
            "c",
            "Please take the holding deposit of {amount} from my card {card} (exp 11/26, name {p1.full}). I'm happy to "
            "sign the tenancy on {wday}. My {natid@} for the referencing agency is below my signature.",
        ),
        (
            "i",
            "{s2.first}, the applicant {p1.full} ({dob@}) looks fine – credit check passed, profile at {p1.url} "
            "matches the employer. Guarantor is {p2.tfull}, {p2.addr}. Holding deposit {amount} received, card ending "
            "{card4}.",
        ),
    ],
    "chat": [
        [
            ("c", "hi its {p1.first} from flat {num}, {issue} again"),
            ("s", "Hi {p1.first}, sorry to hear that. Is the address still {p1.addr}?"),
            ("c", "yes"),
            ("s", "I've booked {contractor} for {wday} am. They'll call {p1.phone} first."),
            ("c", "thanks, my flatmate {p2.first} will be in"),
        ],
        [
            ("c", "hi, the referencing agency wants my employer details, is my linkedin ok? {p1.url}"),
            ("s", "They need a contact at {org} too."),
            ("c", "my manager is {p4.full}, {p4.email}"),
            ("s", "Perfect, thanks {p1.first}. We'll also need your {natid@}."),
        ],
        [
            ("t", "who is the tenant at {p1.addr}?"),
            ("s", "{p1.full}, tenancy ref {tenant}"),
            ("t", "ok {contractor} need access {wday}"),
            ("s", "ring {p1.obj} on {p1.phone}, {p1.pron} works nights"),
        ],
    ],
    "call": [
        [
            ("a", "{company}, {s1.first} speaking."),
            ("c", "Hi, {issue} and it's freezing."),
            ("a", "I'm sorry. Can I take your name and address?"),
            ("c", "{p1.full}, {p1.addr}."),
            ("a", "And a contact number?"),
            ("c", "{p1.phone}."),
            ("a", "I'll get {contractor} out as an emergency. Is anyone vulnerable in the property?"),
            ("c", "My {p2.mum}, {p2.first}, lives with me, {p2.pron}'s eighty-one."),
        ],
        [
            ("a", "Rent accounts."),
            ("c", "Hi, I want to set up a payment plan. I'm {p1.full}."),
            ("a", "What's your tenancy reference?"),
            ("c", "{tenant}."),
            ("a", "Thank you. Which bank account will you pay from?"),
            ("c", "Same as before, account number {acct}."),
            ("a", "Okay, {amount} a month from {date}."),
        ],
    ],
    "notes": [
        "T {p1.full} rpt {issue}. {contractor} attended {date}, part on order",
        "arrears {amount}, PP agreed w/ {p1.first}, 1st pmt {date}",
        "key collected by {p2.full} (auth on file)",
        "s21 served {date} per {statute} – T {p1.last}",
        "T new mob {p1.phone}, email {p1.email}",
        "deposit {amount} to be returned to {iban}",
        "inspection {date}: minor mould, T advised to ventilate. next {month}",
    ],
    "caps": [
        "EMERG CALL-OUT {p1.addr} – {issue}",
        "CONTRACTOR {contractor} ON SITE {time}",
        "T {p1.last} NOT HOME, CARD LEFT",
        "KEYS SIGNED OUT TO {s2.first} {s2.last}",
        "ACCESS VIA {p2.full} (FLAT BELOW)",
        "CALL T {p1.phone} BEFORE ATTENDING",
    ],
    "form": [
        ("Applicant", "{p1.full}"),
        ("Date of birth", "{dob}"),
        ("Current address", "{p1.addr}"),
        ("Mobile", "{p1.phone}"),
        ("Email", "{p1.email}"),
        ("Employer", "{org}"),
        ("Annual salary", "{salary}"),
        ("ID type", "Passport"),
        ("ID number", "{passport}"),
        ("National ID / SSN", "{natid}"),
        ("LinkedIn", "{p1.url}"),
        ("Guarantor", "{p2.full}"),
        ("Previous landlord", "{p3.full}"),
        ("Landlord tel", "{p3.phone}"),
        ("Move-in", "{date}"),
    ],
    "csv": [
        ("tenant_ref", "{tenant#}"),
        ("tenant", "{p#.full}"),
        ("property", "{p#.addr}"),
        ("rent", "{amount#}"),
        ("arrears_since", "{date#}"),
    ],
    "np_subj": [
        "Service charge budget {month}",
        "Contractor framework update",
        "Fire door inspections",
        "Lift outage – Block C",
    ],
    "np_formal": [
        (
            "s",
            "The service charge budget for the year starting {date} is {amount}, an increase of {pct} driven by "
            "insurance and the new {contractor} contract. Statements will be issued by {wday}. Queries under {statute} "
            "should go to the block manager.",
        ),
        (
            "s",
            "Fire door inspections in Block C take place on {wday}. Contractors from {contractor} will need access to "
            "every flat between {window}. Please leave a key with the concierge.",
        ),
        (
            "c",
            (
                "Hi, I'm interested in the two-bed listed on Rightmove (ref {ref}). Is it still available and does it "
                "allow pets?"
            ),
        ),
        (
            "i",
            (
                "Lift in Block C down again, {org} job {ticket}. Otis engineer says parts {wday}. Notices up on every "
                "floor."
            ),
        ),
    ],
    "np_chat": [
        [
            ("c", "hi is the 2 bed on Victoria Road still available"),
            ("s", "Yes, {amount} pcm, available {date}."),
            ("c", "does it have parking for a Ford Mustang lol"),
            ("s", "One allocated bay. EPC rating C, council tax band D."),
            ("c", "can i view on {wday}"),
            ("s", "Yes, 5:30pm. Listing ref {ref}."),
        ],
        [
            ("c", "hi is the flat on King Street still available"),
            ("s", "Yes, viewings {wday} from 5pm."),
            ("c", "ok thanks"),
        ],
        [("t", "lift C still broken?"), ("s", "yes, job {ticket}"), ("t", "ugh")],
    ],
    "np_call": [
        [
            ("a", "{company}, how can I help?"),
            ("c", "Hi, I'm calling about the advert for the studio on Victoria Road."),
            ("a", "That's {amount} a month, available from {date}."),
            ("c", "Great, can I book a viewing?"),
            ("a", "Sure, {wday} at 6?"),
        ]
    ],
    "np_notes": [
        "Block C lift job {ticket}",
        "fire door survey {date}: {num} fails",
        "insurance renewal {amount} via {org}",
        "{contractor} invoice {order} approved",
        "void period flat 12 since {date}",
    ],
    "np_caps": ["LIFT C OUT OF SERVICE", "WATER OFF 0900-1300 {wday}", "BINS MOVED TO REAR", "CCTV FAULT GATE 2"],
    "np_form": [
        ("Block", "C"),
        ("Job", "{ticket}"),
        ("Contractor", "{contractor}"),
        ("Cost", "{amount}"),
        ("Raised", "{date}"),
    ],
    "np_csv": [("block", "{code#}"), ("units", "{num#}"), ("budget", "{amount#}"), ("variance", "{pct#}")],
}
