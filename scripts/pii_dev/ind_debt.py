"""Industry content: debt collection."""

DEBT = {
    "name": "debt_collection",
    "companies": [
        ("Meridian Recovery Services", "meridianrecovery.com", "MRS"),
        ("Claremont Credit Management", "claremontcredit.co.uk", "CCM", "GB IE"),
        ("Cobranzas del Pacífico", "cobranzaspacifico.mx", "CDP", "MX ES"),
        ("Inkasso Hanse GmbH", "inkasso-hanse.de", "IHG", "DE PL"),
        ("Sentinel Collections", "sentinelcollections.com.au", "SCA", "AU"),
    ],
    "countries": ["US", "US", "US", "US", "GB", "GB", "MX", "DE", "AU", "CA", "ZA", "IE", "ES", "PL", "IN", "BR", "NG"],
    "mailboxes": ["collections", "disputes", "noreply", "payments", "compliance"],
    "family": {"p2": "p1"},
    "extras": {
        "statute": [
            "15 U.S.C. § 1692g",
            "FDCPA §805(c)",
            "Consumer Credit Act 1974 s.77",
            "FCA CONC 7.3.4R",
            "Reg F (12 CFR 1006)",
        ],
        "creditor": [
            "Capital One",
            "Vodafone",
            "Barclaycard",
            "Telcel",
            "Klarna",
            "Afterpay",
            "Wells Fargo",
            "Santander",
            "Verizon",
            "EE",
        ],
        "dept": ["Collections", "Disputes", "Customer Care", "Compliance", "Vulnerable Customers Team"],
        "job": ["Collections Agent", "Disputes Handler", "Team Leader", "Compliance Officer", "Field Agent"],
    },
    "form_title": ["Income & Expenditure", "Dispute Form", "Payment Arrangement", "Third Party Authority"],
    "subj": [
        "Your account with {creditor}",
        "Notice of assignment",
        "Re: dispute {caseref}",
        "Payment arrangement confirmed",
        "Final notice",
    ],
    "formal": [
        (
            "s",
            "Dear {p1.ref}, {creditor} has assigned the debt on {acct@} to us. The balance is {amount}. This is an "
            "attempt to collect a debt; you may dispute it within 30 days under {statute}. Please quote {caseref@} in "
            "all correspondence.",
        ),
        (
            "s",
            "Thank you for speaking with {s1.first} today. As agreed, {amount} will be taken from the card ending "
            "{card4} on the {num}th of each month, starting {date}. Your file: {caseref}.",
        ),
        (
            "c",
            "I do not recognise this debt. I have never had an account with {creditor}. My name is {p1.full} and I "
            "have lived at {p1.addr} since {month} 2016. Your letter quotes a date of birth ({dob}) that is not mine. "
            "Please send proof.",
        ),
        (
            "c",
            "I'm writing on behalf of my late {p2.mum}, {p2.full}, who passed away on {date}. Your letters to "
            "{p2.addr} are upsetting the family. Please close {caseref2@}. I am the executor, {p1.full}, {p1.phone}.",
        ),
        (
            "i",
            "Trace result for {caseref}: debtor {p1.full}, {dob@}, now believed at {p1.addr}. Public profile {p1.url} "
            "shows employer {org}. Do NOT contact employer. Phone {p1.phone} connected, unverified.",
        ),
        (
            "c",
            "I paid {amount} through your portal on {date} with my card {card} but the balance hasn't changed. "
            "Reference {caseref}. I'm {p1.full}. Please call me on {p1.phone} or email {p1.email}.",
        ),
        (
            "i",
            "Chargeback on {caseref}: portal payment of {amount} on card {card} from {ip@}; cardholder {p2.full} says "
            "{p2.pron} never authorised it. Debtor {p1.full} ({dob@}). Refund and note the file.",
        ),
        (
            "i",
            "{s2.first}, {p1.last} ({caseref}) disclosed a mental health condition on the call – flag as vulnerable, "
            "60-day hold. {p1.Pron} asked that we only email {p1.email}. {ssn@} verified.",
        ),
    ],
    "chat": [
        [
            ("c", "i got a letter about {creditor} but i paid that off in {month}"),
            ("s", "Hi, can I have your reference and date of birth?"),
            ("c", "{caseref}, {dob}"),
            ("s", "Thanks {p1.first}. Do you have proof of payment?"),
            ("c", "yes the bank statement, account ending {acct4}"),
        ],
        [
            ("t", "{p1.full} on {caseref} wants to pay in full"),
            ("s", "settlement {pct} off allowed"),
            ("t", "ok offering {amount}"),
        ],
    ],
    "call": [
        [
            ("a", "This call is recorded. {company}, {s1.first} speaking. This is an attempt to collect a debt."),
            ("c", "Hi, I had a letter."),
            ("a", "Can I take your full name and date of birth?"),
            ("c", "{p1.full}, {dob}."),
            ("a", "And the first line of your address?"),
            ("c", "{p1.addr}."),
            ("a", "Thank you. The balance is {amount} for {creditor}."),
            ("c", "Can I pay by card now?"),
            ("a", "Yes, go ahead with the long number."),
            ("c", "{card}."),
            ("a", "Thank you, that's taken. Confirmation to {p1.email}."),
        ],
        [
            ("a", "{company}, {s1.full} speaking."),
            ("c", "Hello, I'm calling for my {p2.spouse} {p2.full}, {p2.pron} can't come to the phone."),
            ("a", "Is there a third party authority on file?"),
            ("c", "I don't think so, I'm {p1.full}."),
            ("a", "Then I can't discuss the account, but I can send the form to {p2.addr}."),
        ],
    ],
    "notes": [
        "RPC w/ {p1.first}, PTP {amount} on {date}, card ending {card4}",
        "dispute rec'd – cust says ID theft. {ssn@}. hold 30d",
        "skip trace: new addr {p1.addr}, new ph {p1.phone}",
        "3rd party ({p2.full}) called, no TPA on file – DPA fail",
        "I&E: income {amount}/mth, priority debts. offer {amount2}/mth accepted",
        "{p1.last} vulnerable flag – {statute}",
        "LVM x3 on {p1.phone}, no RPC. letter to {p1.addr}",
    ],
    "caps": [
        "CARD {card} DECLINED – {p1.last}",
        "FIELD VISIT {p1.addr} – NO ANSWER",
        "DEBTOR {p1.full} DOB {dob} ADDR CONFIRMED",
        "DO NOT CALL BEFORE 0800 – {p1.last}",
        "CEASE & DESIST REC'D {caseref}",
        "SETTLEMENT {amount} PAID {date}",
    ],
    "form": [
        ("Full name", "{p1.full}"),
        ("Case ref", "{caseref}"),
        ("Original creditor", "{creditor}"),
        ("Account no.", "{acct}"),
        ("Date of birth", "{dob}"),
        ("SSN / national ID", "{natid}"),
        ("Address", "{p1.addr}"),
        ("Phone", "{p1.phone}"),
        ("Email", "{p1.email}"),
        ("Balance", "{amount}"),
        ("Monthly offer", "{amount2}"),
        ("Employer", "{org}"),
        ("Third party", "{p2.full}"),
    ],
    "csv": [
        ("case_ref", "{caseref#}"),
        ("debtor", "{p#.full}"),
        ("dob", "{dob#}"),
        ("ssn", "{ssn#}"),
        ("balance", "{amount#}"),
        ("phone", "{p#.phone}"),
        ("status", "{status#}"),
    ],
    "np_subj": [
        "Portfolio purchase – {creditor}",
        "Call recording retention",
        "Compliance update {month}",
        "Dialler settings",
    ],
    "np_formal": [
        (
            "s",
            "We have completed the purchase of a {creditor} portfolio: {num},412 accounts, face value {amount}. "
            "Letters go out under {statute} from {date}. Agents must use the new script version {version}.",
        ),
        (
            "s",
            "Compliance update: call attempts are capped at 7 in 7 days (Reg F). Calls before 08:00 or after 21:00 "
            "local time are blocked by the dialler from {wday}.",
        ),
        (
            "c",
            "Hello, we are an auditor acting for Goldman Sachs and would like your complaint statistics for {month}.",
        ),
        (
            "i",
            (
                "Right-party-contact rate fell to {pct} in {month}. Santander and EE portfolios worst. Review dialler "
                "pacing."
            ),
        ),
    ],
    "np_chat": [
        [
            ("c", "hi can i pay by bank transfer instead of card"),
            ("s", "Yes, our Barclays account details are on the back of the letter."),
            ("c", "and is there a fee"),
            ("s", "No fees. Payments by {date} appear on the next statement."),
            ("c", "do you report to Experian"),
            ("s", "Monthly, to Experian, Equifax and TransUnion."),
        ],
        [("c", "hi what are your opening hours"), ("s", "8am–8pm weekdays, 9–1 Saturday."), ("c", "thanks")],
        [("t", "dialler paused?"), ("s", "yes, {version} deploy"), ("t", "ok")],
    ],
    "np_call": [
        [
            ("a", "{company}, how can I help?"),
            ("c", "Hi, what's your postal address for complaints?"),
            ("a", "It's on our website, under Contact. You can also email."),
            ("c", "Okay, thanks."),
        ]
    ],
    "np_notes": [
        "RPC rate {pct} wk {num}",
        "portfolio {creditor} loaded {date}",
        "script {version} live",
        "QA: {num} calls scored",
    ],
    "np_caps": [
        "DIALLER PAUSED {time}",
        "PORTFOLIO LOAD {order}",
        "LETTERS BATCH {num} SENT",
        "COMPLIANCE HOLD ALL {creditor}",
    ],
    "np_form": [
        ("Portfolio", "{creditor}"),
        ("Accounts", "{num}"),
        ("Face value", "{amount}"),
        ("Price paid", "{pct}"),
        ("Loaded", "{date}"),
    ],
    "np_csv": [
        ("portfolio", "{creditor#}"),
        ("accounts", "{num#}"),
        ("collected", "{amount#}"),
        ("rpc_rate", "{pct#}"),
    ],
}
