"""Industry content: payroll."""

from .id_format import r

PAYROLL = {
    "name": "payroll",
    "companies": [
        ("Northwind Logistics Ltd", "northwind-logistics.co.uk", "NWL", "GB IE"),
        ("Cascadia Foods Inc.", "cascadiafoods.com", "CFI"),
        ("Helix Biotech GmbH", "helix-biotech.de", "HBG", "DE NL PL"),
        ("Sunrise Hospitality Pvt Ltd", "sunrisehospitality.in", "SHP", "IN"),
        ("Andes Mineração", "andesmineracao.com.br", "AMB", "BR MX"),
        ("Kauri Build Ltd", "kauribuild.co.nz", "KBL", "NZ"),
    ],
    "countries": ["GB", "GB", "US", "US", "US", "DE", "IN", "BR", "NL", "PL", "IE", "ZA", "NZ", "MX", "JP", "KR"],
    "mailboxes": ["payroll", "hr", "noreply", "expenses", "pensions"],
    "family": {"p2": "p1"},
    "ages": {"p1": (17, 68)},
    "extras": {
        "statute": [
            "Attachment of Earnings Act 1971 s.6",
            "15 U.S.C. § 1673",
            "s.323 Fair Work Act 2009",
            "Employment Rights Act 1996 s.13",
        ],
        "taxcode": ["1257L", "BR", "K475", "0T M1", "1100L W1", "D0"],
        "period": ["Month 7", "Week 32", "pay period 14", "P09", "March payroll"],
        "element": [
            "overtime",
            "shift allowance",
            "holiday pay",
            "bonus",
            "car allowance",
            "on-call pay",
            "commission",
        ],
        "pension": ["Nest", "the Aviva workplace pension", "the 401(k)", "KiwiSaver", "EPF", "the Betriebsrente"],
        "taxform": ["P45", "W-2", "Form 16", "P60", "Lohnsteuerbescheinigung", "1099-NEC"],
        "sort": lambda rng: r(rng, rng.choice(["##-##-##", "0210000##", "#########"])),
        "provider": ["ADP", "Paychex", "Sage Payroll", "Workday", "Xero", "Deel", "Gusto"],
        "dept": ["Payroll Operations", "HR Shared Services", "Finance", "People Team", "Reward & Benefits"],
        "job": [
            "Payroll Administrator",
            "HR Business Partner",
            "Payroll Manager",
            "Reward Analyst",
            "Finance Controller",
        ],
    },
    "form_title": [
        "New Starter Checklist",
        "Change of Bank Details",
        "Employee Personal Details",
        "Leaver Notification",
        "Expense Claim",
    ],
    "subj": [
        "Payslip query – {period}",
        "New starter: {p1.full}",
        "Change of bank details",
        "Final pay for {p1.last}",
        "Your {taxform}",
        "Attachment of earnings order",
    ],
    "formal": [
        (
            "s",
            "Hi {p1.first}, your {period} payslip is now on {provider}. The {element} of {amount} was missed from "
            "{period} and has been added this month. Your tax code is {taxcode}. Any questions, reply here or call "
            "{s1.first} on {s1.wphone}.",
        ),
        (
            "s",
            "Dear {p1.ref}, we have received an attachment of earnings order from the court in respect of {p1.full} "
            "({emp@}). From {date} we are required to deduct {amount} per period under {statute}. The order quotes "
            "{natid@}.",
        ),
        (
            "i",
            "New starter for {date}: {p1.full}, {dob@}, {p1.addr}. {natid@}. Bank: {acct@}, sort code {sort}. "
            "{p1.Pron} is joining {dept} as {job}, salary {salary}. Emergency contact {p2.full}, {p2.phone}.",
        ),
        (
            "i",
            "{s2.first}, can you stop the {element} for {p1.last} ({emp})? {p1.Pron} left on {date}; final pay "
            "includes {num} days' holiday. {taxform} to go to {p1.email} and by post to {p1.addr}.",
        ),
        (
            "c",
            "Hello payroll, I've changed banks. Please pay my salary to {iban@} from the next run. Name: {p1.full}, "
            "{emp@}. I've also moved to {p1.addr}. Thanks, {p1.first}",
        ),
        (
            "c",
            "Hi, I was overpaid by {amount} in {period} and I'd like to repay it over three months, not one. I'm "
            "{p1.full} in {dept}. My line manager {s2.full} has approved. Mobile {p1.phone}.",
        ),
        (
            "i",
            "Security alert: the self-service account of {p1.full} ({emp}) had its bank details changed to {iban} "
            "after a login from {ip@} at {time} on {date}. {p1.first} says it wasn't {p1.obj}. Payment is held – call "
            "{p1.obj} back on {p1.phone}, the number on file, not the one in the change request.",
        ),
        (
            "i",
            "Contractor onboarding: {p1.full}, GitHub {p1.url}, invoices via {provider}. Tax ID on the W-8BEN: {tax}. "
            "Rate {amount}/day from {date}. Please don't put {p1.poss} personal email ({p1.email}) on the distribution "
            "list.",
        ),
    ],
    "chat": [
        [
            ("c", "hey is payroll still running friday? my {element} isnt on my payslip"),
            ("s", "Hi! What's your employee number?"),
            ("c", "{emp}"),
            ("s", "Thanks {p1.first}, I can see it was submitted late by {s2.first}. It'll go in {period}."),
            ("c", "ugh ok thx"),
        ],
        [
            ("t", "can someone check {p1.full}'s bank details? payment bounced"),
            ("s", "we've got {iban} on file"),
            ("t", "{p1.pron} says it's the old one, new acct {acct}"),
            ("s", "need it in writing, ask {p1.obj} to email payroll"),
        ],
    ],
    "call": [
        [
            ("a", "Payroll helpdesk, {s1.first} speaking."),
            ("c", "Hi, I haven't received my {taxform}."),
            ("a", "Can I take your employee number?"),
            ("c", "Yes, it's {emp}."),
            ("a", "And your national insurance or tax number?"),
            ("c", "{natid}."),
            ("a", "Thanks. Which address should it go to?"),
            ("c", "{p1.addr}."),
            ("a", "Okay, I'll reissue it today."),
        ],
        [
            ("a", "HR shared services."),
            ("c", "Hi, I'm ringing about my late {p2.spouse}, {p2.full}. {p2.Pron} worked in your {dept}."),
            ("a", "I'm so sorry. Can I take your name?"),
            ("c", "{p1.full}. I'm the executor."),
            ("a", "Do you have {p2.poss} employee number?"),
            ("c", "{emp2}."),
            ("a", "Thank you. I'll send the death-in-service forms to {p1.email}."),
        ],
    ],
    "notes": [
        "EE {p1.full} ({emp}) – bank change to {acct}, verified by call-back {p1.phone}",
        "tax code {taxcode} rec'd from HMRC {date}",
        "AEO {amount}/period starts {period}, ref {caseref}",
        "leaver {date}: final pay {amount}, {taxform} issued",
        "{p1.last}: {element} claim rejected, no approval from {s2.ref}",
        "new starter {p1.first} {p1.last}, DOB {dob}, {natid}",
        "salary sacrifice {pension} {pct} from {period}",
        "ESS login {ip} then {ip6} within 2 min – bank chg reversed, EE called",
    ],
    "caps": [
        "EMP {emp} {p1.last} {p1.first} TERM EFF {date} FINAL PAY",
        "BANK CHG {acct} SORT {sort} AUTH {s1.ini}",
        "GARNISH ORDER {caseref} {amount} PER PERIOD",
        "{natid} MISMATCH – HOLD PAY",
        "TAX CODE {taxcode} APPLIED {period}",
    ],
    "form": [
        ("Full name", "{p1.full}"),
        ("Employee no.", "{emp}"),
        ("Date of birth", "{dob}"),
        ("Home address", "{p1.addr}"),
        ("National ID", "{natid}"),
        ("Tax code", "{taxcode}"),
        ("Bank account", "{acct}"),
        ("Sort code / routing", "{sort}"),
        ("IBAN", "{iban}"),
        ("Personal email", "{p1.email}"),
        ("Emergency contact", "{p2.full} ({p2.phone})"),
        ("Start date", "{date}"),
        ("Department", "{dept}"),
        ("Pension", "{pension}"),
    ],
    "csv": [
        ("emp_id", "{emp#}"),
        ("surname", "{p#.last}"),
        ("given", "{p#.first}"),
        ("national_id", "{natid#}"),
        ("iban", "{iban#}"),
        ("gross", "{amount#}"),
        ("tax_code", "{taxcode#}"),
    ],
    "np_subj": [
        "Payroll calendar {month}",
        "{provider} upgrade",
        "Pension auto-enrolment re-declaration",
        "Cut-off for {period}",
    ],
    "np_formal": [
        (
            "s",
            "The cut-off for {period} is {wday} {date} at {time}. Timesheets approved after that roll into the next "
            "run. The {provider} upgrade to {version} completes on {date2}.",
        ),
        (
            "s",
            "Reminder: the statutory re-declaration for {pension} is due by {date}. {num} employees will be "
            "re-enrolled at {pct}. Guidance under {statute} is on the intranet.",
        ),
        (
            "c",
            (
                "Hi, we're a payroll bureau that works with Morgan Stanley and Wells Fargo clients. Could we quote for "
                "your {month} run?"
            ),
        ),
        (
            "i",
            (
                "Reconciliation for {period}: gross {amount}, net {amount2}, employer NI {amount3}. Variance {pct} – "
                "mostly {element}."
            ),
        ),
    ],
    "np_chat": [
        [
            ("c", "hi when are the {taxform}s going out"),
            ("s", "By {date}, via {provider}."),
            ("c", "and is the pay rise in the {month} run?"),
            ("s", "Yes, {pct} backdated to April, shown as a separate line."),
            ("c", "will the bonus be taxed at the higher rate"),
            ("s", "It goes through PAYE with your normal code; see policy HR-PAY-{num}."),
        ],
        [("c", "hi when is payday this month"), ("s", "The 28th, as usual."), ("c", "thx")],
        [("t", "{provider} is down again"), ("s", "status page says fix by {time}"), ("t", "ok pausing the BACS file")],
    ],
    "np_call": [
        [
            ("a", "Payroll helpdesk."),
            ("c", "Hi, when's the cut-off for overtime this month?"),
            ("a", "{wday} at noon."),
            ("c", "Thanks."),
        ]
    ],
    "np_notes": [
        "{period} run complete {time}",
        "BACS file {order} submitted",
        "{provider} {version} release notes reviewed",
        "{num} timesheets late",
        "year-end {taxform} batch {date}",
    ],
    "np_caps": ["PAYRUN {period} LOCKED", "BACS SUBMITTED {time}", "HOLD – VARIANCE {pct}", "RERUN REQUESTED"],
    "np_form": [
        ("Period", "{period}"),
        ("Gross", "{amount}"),
        ("Net", "{amount2}"),
        ("Headcount", "{num}"),
        ("Approved by", "{job}"),
    ],
    "np_csv": [("cost_centre", "{code#}"), ("headcount", "{num#}"), ("gross", "{amount#}"), ("variance", "{pct#}")],
}
