"""More texts for no-PII records (look-alikes only), per industry: general
enquiries by chat and phone, terse team notes, internal notes and circular
letters.  Placeholders are the no-PII context keys (business values only)."""

NP2 = {
    "motor": {
        "chat": [
            ("C", "hi, quick question - does my cover include a courtesy car while mine is being repaired?"),
            (
                "A",
                "hi! on comprehensive policies a courtesy car is provided while an approved repairer such as {GARAGE} has the vehicle",
            ),
            ("C", "and what is the excess usually?"),
            (
                "A",
                "it depends on the policy, typically around {XS}. please do not post your policy number in this chat, the claims team will confirm it by phone",
            ),
            ("C", "ok and is hail damage covered? there was a storm near {PLACE}"),
            (
                "A",
                "yes, storm and hail damage is covered on comprehensive cover. we have had a lot of claims since Storm Darragh",
            ),
        ],
        "call": [
            ("C", "I'm not a customer yet, I just wanted to ask how claims work if someone hits my car."),
            (
                "A",
                "Of course. You report it to us, we open a claim and book the car into an approved repairer such as {GARAGE}.",
            ),
            ("C", "Would I have to pay anything?"),
            (
                "A",
                "Only the policy excess, which on most policies is around {XS}. If the other driver is at fault we recover it from their insurer.",
            ),
            ("C", "And do you insure the {MODEL}?"),
            ("A", "Yes, that's a standard model for us. Compulsory cover follows s.143 Road Traffic Act 1988."),
        ],
        "short": [
            "mi: {COUNT} fnol since {BDATE}, mostly hail dmg",
            "{GARAGE} capacity ok from {BDATE2}, avg est {AMT}",
            "recall on {MODEL} airbag modules - parts covered by manufacturer, no reserve",
            "courtesy car {FLEET} back at branch",
            "invoice {INV} approved for job {JOB}",
            "engineer travel: {FLIGHT} from {AIRPORT}",
        ],
        "narr": [
            "The team reviewed the {COUNT} motor notifications logged since {BDATE}; most were hail damage and none needed an urgent engineer visit.",
            "Approved repairer {GARAGE} confirmed capacity for new work from {BDATE2}, and the average estimate so far is {AMT}.",
            "The {MODEL} airbag recall is handled by the manufacturer, so no reserve is needed against the policyholder.",
            "Courtesy car {FLEET} is back at the branch and has been valeted.",
            "Invoice {INV} for job {JOB} was approved by the Claims Team Leader.",
        ],
        "circular": (
            "Changes to our approved repairer network",
            [
                "We are writing to all policyholders to let you know about changes to our approved repairer network from {BDATE}.",
                "If your car needs repairs after an accident, we will now use {GARAGE} and other approved repairers near you. Work that is already booked will not be affected.",
                "Your excess and the other terms of your policy have not changed. Compulsory cover continues to follow s.143 Road Traffic Act 1988.",
                "If you have any questions, please call us on {SWITCH}.",
            ],
        ),
    },
    "vet": {
        "chat": [
            ("C", "hi, are dental extractions covered on your pet policies?"),
            ("A", "hi! dental treatment after an accident is covered, illness cover depends on the policy level"),
            ("C", "my vet is {PRACTICE}, can they claim direct?"),
            (
                "A",
                "yes, most practices can send the invoice straight to us. please do not share your policy or card details in this chat",
            ),
            ("C", "ok and is there a co-payment for older dogs?"),
            ("A", "for animals over eight a {COPAY} co-payment applies on top of the excess"),
        ],
        "call": [
            ("C", "Hello, I'm thinking of insuring my {BREED} and wanted to ask a couple of things first."),
            ("A", "Of course. What would you like to know?"),
            ("C", "Is {COND} covered if it starts after I take out the policy?"),
            (
                "A",
                "Yes, as long as the first signs appear after the start date. Anything earlier counts as a Pre-Existing Condition.",
            ),
            ("C", "And what is the excess?"),
            ("A", "On our standard cover the excess is {XS}, with a {COPAY} co-payment for older animals."),
        ],
        "short": [
            "batch {BATCH}: {COUNT} invoices from {PRACTICE}",
            "largest {VINV} {AMT} - {COND}",
            "{BREED} loading under review, copay {COPAY}",
            "chip {CHIP} belongs to rescue shelter - no owner check",
            "direct settlement terms sent to {PRACTICE}",
            "pec wording update live {BDATE}",
        ],
        "narr": [
            "Batch {BATCH} contained {COUNT} invoices from {PRACTICE}; the largest, {VINV}, was {AMT} for {COND}.",
            "The Clinical Lead reviewed the premium loading for the {BREED} and recommended no change for now.",
            "Microchip {CHIP} was traced to a rescue shelter, so no owner check was needed.",
            "The revised Pre-Existing Condition wording applies to new claims from {BDATE}.",
            "{PRACTICE} has asked for direct-settlement terms; the standard agreement was sent from {BRANCH}.",
        ],
        "circular": (
            "Changes to how we handle vet invoices",
            [
                "From {BDATE}, vet practices such as {PRACTICE} will be able to send invoices to us directly, so you will not need to pay the full bill and wait for a refund.",
                "Your excess and any co-payment ({COPAY} for animals over eight) will still apply and will be collected by the practice.",
                "Our Pre-Existing Condition wording has also been updated; the new wording is on our website.",
                "If you have any questions, please call our claims line on {SWITCH}.",
            ],
        ),
    },
    "mortgage": {
        "chat": [
            ("C", "hi, what is your standard variable rate at the moment?"),
            ("A", "hi, our svr is {RATE} from {BDATE}"),
            ("C", "and is there an early repayment charge if i move to another lender?"),
            (
                "A",
                "on fixed products the erc is {ERC} until the deal ends. please do not share your account number in this chat",
            ),
            ("C", "what can i do if i cant pay this month?"),
            (
                "A",
                "please call our financial support team on {SWITCH}, they can talk through a Payment Holiday or a term extension",
            ),
        ],
        "call": [
            ("C", "I don't want to go through security, I just have a general question about overpayments."),
            ("A", "That's fine. What would you like to know?"),
            ("C", "If I overpay, does the early repayment charge apply?"),
            (
                "A",
                "You can overpay up to ten percent a year without a charge. Above that, the early repayment charge of {ERC} applies on fixed products.",
            ),
            ("C", "And what is the rate on your new fixed deal?"),
            ("A", "The current product is the {PRODUCT}, and a typical monthly payment is {MPAY} on our illustration."),
        ],
        "short": [
            "svr moves to {RATE} from {BDATE}",
            "arrears cases > {ARREARS} up {PCT}",
            "new broker on panel: {BROKERFIRM}",
            "dd batch {BATCH} failed {BDATE3} - sort code {SORT} closed by bank",
            "erc {ERC} on all fixed products",
            "valuations near {PLACE} via {BRAND2}",
        ],
        "narr": [
            "The monthly arrears report shows that cases over {ARREARS} rose by {PCT}; the Collections Team Leader will present the figures on {BDATE2}.",
            "Our standard variable rate moves to {RATE} from {BDATE}; customers on a fixed product are unaffected until their deal ends.",
            "{BROKERFIRM} joined the broker panel this month.",
            "Direct debit batch {BATCH} failed on {BDATE3} because the bank closed sort code {SORT}.",
            "Staff were reminded that under MCOB 13.3.2A the borrower must be offered a Payment Holiday or term extension before any litigation.",
        ],
        "circular": (
            "Changes to our standard variable rate",
            [
                "We are writing to let you know that our standard variable rate will change to {RATE} from {BDATE}.",
                "If you are on a fixed product, your payments will not change until your deal ends. An early repayment charge of {ERC} may apply if you repay early.",
                "If you are worried about your payments, please call our financial support team on {SWITCH}. We can talk about options such as a Payment Holiday or a term extension.",
                "A full table of our rates is on our website.",
            ],
        ),
    },
    "housing": {
        "chat": [
            ("C", "hi, how do i report a repair? its not urgent"),
            ("A", "hi! you can report routine repairs here or on {SWITCH}. routine jobs are booked within 28 days"),
            ("C", "what counts as an emergency?"),
            (
                "A",
                "things like no heating or hot water, a major leak or an unsafe door. those are P1 and we attend within 24 hours",
            ),
            ("C", "and are you open over easter?"),
            (
                "A",
                "the repairs hub is closed on Good Friday but the Out Of Hours line is open. please do not post your address in this chat",
            ),
        ],
        "call": [
            ("C", "I'm calling for general advice about mould, I don't need a job raising yet."),
            ("A", "No problem. Our Damp And Mould team can give advice. What's happening?"),
            ("C", "There's some black mould near a window. How quickly would you deal with it?"),
            ("A", "We usually inspect within ten working days, and we can offer {SLOT}."),
            ("C", "Who would come out?"),
            ("A", "One of our contractors, such as {CONTRACTOR}, would send a multi-trade operative."),
        ],
        "short": [
            "damp & mould taskforce closed {COUNT} jobs this week",
            "{CONTRACTOR} missed {PCT} of appointments in {SLOT}",
            "invoice {INV} {AMT} for {DEFECT} - check vs po {PO}",
            "asbestos survey done for block near {PLACE}",
            "ooh line {SWITCH}, hub closed good friday",
            "lobby notices go up {BDATE}",
        ],
        "narr": [
            "The Damp And Mould taskforce closed {COUNT} jobs last week, mostly {DEFECT}.",
            "{CONTRACTOR} missed {PCT} of appointments in {SLOT}, and the Repairs Manager has written to their regional office.",
            "Invoice {INV} for {AMT} was checked against PO {PO} before approval.",
            "The asbestos survey for the tower block is complete; no drilling will start until the Control of Asbestos Regulations 2012 checks are signed off.",
            "The caretaker will put notices in each lobby on {BDATE}.",
        ],
        "circular": (
            "Repairs service over the holiday period",
            [
                "We are writing to all tenants on the estate about our repairs service.",
                "The repairs hub will be closed on Good Friday and Boxing Day. Emergency repairs can still be reported on our Out Of Hours line, {SWITCH}.",
                "Our contractor, {CONTRACTOR}, will be carrying out planned work in the blocks from {BDATE}. Notices will be put up in each lobby.",
                "Our repairing obligations are set out in the Landlord and Tenant Act 1985, section 11.",
            ],
        ),
    },
    "occhealth": {
        "chat": [
            ("C", "hi, my employer wants to refer me to occupational health. what happens at the appointment?"),
            (
                "A",
                "hi! a nurse or doctor talks to you about your health and work, and then writes a report with recommendations",
            ),
            ("C", "does my manager see everything?"),
            (
                "A",
                "no, you will be asked for consent before any report is released, and it only covers fitness for work",
            ),
            ("C", "what kind of recommendations?"),
            (
                "A",
                "for example {ADJ}. please do not share medical details in this chat, the clinician will go through them with you",
            ),
        ],
        "call": [
            ("C", "I'm a manager and I wanted to ask how to make a referral. I won't give any names yet."),
            (
                "A",
                "That's fine. You fill in the management referral form and send it to us with the employee's consent.",
            ),
            ("C", "How long until the appointment?"),
            ("A", "Usually about ten working days. Our clinic at {BRANCH} has space from {BDATE}."),
            ("C", "And what if it is about {COND}?"),
            ("A", "Then the clinician may recommend Reasonable Adjustments, for example {ADJ}."),
        ],
        "short": [
            "{EMPLOYER} referrals {COUNT} this qtr, mostly {ROLEJOB}",
            "audiometry booths calibrated {BDATE}, cert {INV}",
            "ref {REF} withdrawn by employer - no report",
            "site visit {BDATE2} via {FLIGHT}",
            "riddor reports = employer not oh",
        ],
        "narr": [
            "{EMPLOYER} referred {COUNT} staff this quarter, mostly {ROLEJOB} roles with {COND}.",
            "The audiometry booths at {BRANCH} were calibrated on {BDATE}; certificate {INV} is on the shared drive.",
            "Referral {REF} was withdrawn by the employer, so no report will be issued.",
            "The OH physician and the nurse manager will cover the site visit on {BDATE2}.",
            "Managers were reminded that RIDDOR reports are made by the employer, not by Occupational Health.",
        ],
        "circular": (
            "New occupational health clinic",
            [
                "We are pleased to tell you that our new clinic at {BRANCH} opens on {BDATE}.",
                "Health surveillance appointments, including audiometry, will move there from the current site.",
                "Managers should continue to use the standard management referral form. Reports are only released with the employee's consent.",
                "For bookings, please call {SWITCH}.",
            ],
        ),
    },
    "courier": {
        "chat": [
            ("C", "hi, how long do refunds take once a return reaches you?"),
            ("A", "hi! refunds are usually processed within 5 working days of the item reaching {DEPOTNAME}"),
            ("C", "do i need to print a label?"),
            ("A", "you can use a qr code instead, the driver scans it at collection"),
            ("C", "is there a cut off for returns after black friday?"),
            (
                "A",
                "yes, returns for Black Friday orders are accepted until {BDATE}. please do not share your card number in this chat",
            ),
        ],
        "call": [
            ("C", "I'm just calling with a general question about returns. I haven't got my order number with me."),
            ("A", "That's fine. What would you like to know?"),
            ("C", "If an item arrives damaged, do I send it back to you or to the shop?"),
            (
                "A",
                "Faulty goods go back to the retailer, for example {BRAND2}. Under the Consumer Rights Act 2015 they handle the refund.",
            ),
            ("C", "And where do the returns go?"),
            ("A", "Most returns are processed at {DEPOTNAME}."),
        ],
        "short": [
            "returns vol {COUNT}/day after black friday",
            "rma {RMA} etc - process at {DEPOTNAME}",
            "cons {TRK} ({GADGET}) damaged on conveyor not in transit - raise vs {BRAND}",
            "van {FLEET} off road until {BDATE2}",
            "linehaul {FLIGHT} from {AIRPORT} delayed - pod scans late",
            "scanner fw {VER} install before {BDATE3}",
        ],
        "narr": [
            "Returns volume after Black Friday reached {COUNT} parcels a day, and {DEPOTNAME} is running an extra shift.",
            "Consignment {TRK} (a {GADGET} from order {ORD}) was damaged on the conveyor, not in transit, so the claim is raised against {BRAND}.",
            "Van {FLEET} is off the road until {BDATE2}; the routes are covered by the Coventry team.",
            "Linehaul on {FLIGHT} from {AIRPORT} was delayed, so all Proof Of Delivery scans were late.",
            "Scanner firmware {VER} must be installed at the hub before {BDATE3}.",
        ],
        "circular": (
            "Returns after Black Friday",
            [
                "Thank you for shopping with our retail partners this season.",
                "Returns for orders placed over Black Friday will be accepted until {BDATE}. You can book a collection online or drop your parcel at any of our partner shops.",
                "Faulty goods should be returned to the retailer, for example {BRAND}, under the Consumer Rights Act 2015, s.9.",
                "Refunds are issued by the retailer once the item reaches {DEPOTNAME}.",
            ],
        ),
    },
    "university": {
        "chat": [
            ("C", "hi, how do i apply for extenuating circumstances?"),
            ("A", "hi! you submit the ec form online before the panel date, with evidence"),
            ("C", "when does the panel meet for {MODULE}?"),
            ("A", "the next EC panel is on {BDATE2}. late requests go to the following board"),
            ("C", "ok thanks. and where is the advice centre?"),
            (
                "A",
                "in {BLDG}, ground floor. please do not post your student id here, the team will check it at the desk",
            ),
        ],
        "call": [
            ("C", "I'm a prospective student, I just wanted to ask about {COURSE}."),
            ("A", "Of course. What would you like to know?"),
            ("C", "Are there any Clearing places left?"),
            (
                "A",
                "There are a few. The Clearing hotline is {SWITCH}, staffed by the Admissions Tutor and two advisers.",
            ),
            ("C", "Where is most of the teaching?"),
            ("A", "Most teaching is in {BLDG}."),
        ],
        "short": [
            "freshers' week events in {BLDG} confirmed {BDATE}",
            "{COUNT} students registered for welcome talk",
            "ec panel {MODULE} ({COURSE}) {BDATE2}",
            "clearing hotline {SWITCH} - 2 advisers per shift",
            "invoice {INV} {AMT} hardship fund software licence ({BRAND})",
            "projector {ASSET} faulty, room swap",
        ],
        "narr": [
            "Freshers' Week events in {BLDG} are confirmed for {BDATE}, and {COUNT} students have registered for the welcome talk.",
            "The EC panel for {MODULE} ({COURSE}) meets on {BDATE2}; late requests will go to the next board.",
            "The Clearing hotline will be staffed by the Admissions Tutor and two advisers per shift.",
            "Invoice {INV} for {AMT} covers the hardship fund software licence from {BRAND}.",
            "Projector {ASSET} in the main lecture theatre is faulty, so the Timetabling Officer has moved the session.",
        ],
        "circular": (
            "Extenuating circumstances: panel dates",
            [
                "This letter is sent to all students on {COURSE}.",
                "The extenuating circumstances panel for {MODULE} will meet on {BDATE2}. Requests received after that date will be considered by the next board.",
                "The Students' Union advice centre in {BLDG} can help you prepare your request.",
                "Our duties under the Higher Education and Research Act 2017 are explained on the student intranet.",
            ],
        ),
    },
    "telecom": {
        "chat": [
            (
                "C",
                "hi, i got a text that says it is from {BRAND} and asks me to pay a fee through a link. is that you?",
            ),
            ("A", "hi, that isn't from us. it sounds like a smishing message, please forward it free to {SHORTCODE}"),
            ("C", "ok. how do i stop someone doing a sim swap on my account?"),
            ("A", "release {VER} added a 24 hour hold on port-out requests, and you can set a port-out pin in the app"),
            ("C", "thanks. anything else i should do?"),
            ("A", "never share one-time codes with anyone. please do not post your account number in this chat"),
        ],
        "call": [
            ("C", "I don't want to give my details, I just want to check whether a text I received is genuine."),
            ("A", "Of course. What does it say?"),
            ("C", "It says it's from {BRAND} and asks me to click a link."),
            (
                "A",
                "That matches a smishing campaign we've seen since {BDATE}. Please forward it to {SHORTCODE} and delete it.",
            ),
            ("C", "Has anything changed with SIM swaps?"),
            ("A", "Yes, release {VER} added a 24-hour hold on port-out requests."),
        ],
        "short": [
            "smishing impersonating {BRAND} since {BDATE}, {COUNT} reports to {SHORTCODE}",
            "ato cases down {PCT}",
            "{HANDSET} most targeted handset",
            "ticket {TKT} = qa test account, not a customer",
            "sim swap hold live in {VER}",
            "training at {PLACE} venue, fly {FLIGHT}",
        ],
        "narr": [
            "A smishing campaign impersonating {BRAND} started on {BDATE}; {COUNT} texts were reported to {SHORTCODE}.",
            "Account Takeover cases fell by {PCT} this month, and the {HANDSET} remains the most targeted handset.",
            "Fraud ticket {TKT} relates to a test account used by the QA team, not a customer.",
            "SIM swap controls in release {VER} add a 24-hour hold on port-out requests.",
            "Only the Fraud Manager reports offences under the Fraud Act 2006 s.2.",
        ],
        "circular": (
            "Protecting your account from SIM swap fraud",
            [
                "We are writing to all customers about a text message scam.",
                "Since {BDATE}, fraudsters have been sending texts pretending to be from {BRAND}. We will never ask you to share a one-time code.",
                "From release {VER}, port-out requests are held for 24 hours so that you can stop them.",
                "You can forward suspicious texts free of charge to {SHORTCODE}.",
            ],
        ),
    },
}

GENERIC_NOTES = [
    "No customer was identified in this contact and no personal details were taken.",
    "The Team Leader will raise this at the weekly call on {BDATE3}.",
    "Figures are taken from the MI pack for {BDATE2} and exclude reopened cases.",
    "Nothing further is needed from the team until the next review.",
]
SALUTATIONS = {
    "motor": "Dear Policyholder,",
    "vet": "Dear Pet Owner,",
    "mortgage": "Dear Customer,",
    "housing": "Dear Tenant,",
    "occhealth": "Dear Colleague,",
    "courier": "Dear Customer,",
    "university": "Dear Student,",
    "telecom": "Dear Customer,",
}
ADDRESSEES = {
    "motor": "To all policyholders",
    "vet": "To all policyholders",
    "mortgage": "To all borrowers",
    "housing": "To all tenants",
    "occhealth": "To all client organisations",
    "courier": "To all account customers",
    "university": "To all students",
    "telecom": "To all customers",
}
