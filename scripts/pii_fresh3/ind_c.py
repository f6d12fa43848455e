"""Industries: occupational health, courier returns desk."""

from . import numbers
from .lookalike import pat


def oh_items(rng, c):
    cc = c.addr.cc
    if cc == "GB" and rng.random() < 0.6:
        lab, nid, kind = "NHS number", numbers._gb_nhs(rng), "health_id"
    else:
        lab, nid = numbers.national_id(rng, cc, c.dob, c.people["S"].gender)
        kind = "national_id"
    return {
        "MRN": (
            "MRN",
            "mrn",
            pat(rng, rng.choice(["MRN#######", "@#######", "RX@-#######", "H########", "###-###-###", "K#######"])),
        ),
        "EMPID": (
            "ID",
            "employee_id",
            pat(rng, rng.choice(["E######", "EMP-#####", "######", "P0######", "SN/#####"])),
        ),
        "NATID": ("ID", kind, nid),
        "_biz": {"IDLAB": lab},
    }


def oh_biz(rng, c):
    return {
        "EMPLOYER": rng.choice(
            [
                "Northgate Distribution Ltd",
                "City Council Waste Services",
                "Azzopardi Foods plc",
                "St Luke's Hospice",
                "Brightline Rail",
                "Castlebrook Care Homes",
            ]
        ),
        "ROLEJOB": rng.choice(
            [
                "HGV driver",
                "warehouse operative",
                "care assistant",
                "refuse collector",
                "lab technician",
                "staff nurse",
                "train guard",
            ]
        ),
        "COND": rng.choice(
            [
                "lower back pain",
                "work-related stress",
                "carpal tunnel syndrome",
                "long COVID fatigue",
                "noise-induced hearing loss",
                "rehabilitation after a knee replacement",
                "migraine",
            ]
        ),
        "ADJ": rng.choice(
            [
                "a phased return over four weeks",
                "no night shifts for six weeks",
                "lifting restricted to 10 kg",
                "a workstation assessment and a sit-stand desk",
                "hearing protection and annual audiometry",
            ]
        ),
        "REF": pat(rng, rng.choice(["OHR-2026-####", "OH/####/##", "REF#####"])),
    }


OCCHEALTH = {
    "key": "occhealth",
    "name": "occupational health",
    "orgs": [
        ("WorkWell Health Partners", "workwell-health.co.uk"),
        ("Meridian Occupational Health", "meridian-oh.ie"),
        ("Salus OH Services", "salus-oh.eu"),
        ("Kingsley & Marr Occupational Medicine", "kingsleymarr.com"),
    ],
    "teams": ["OH Clinic", "Case Management", "OH Nursing Team", "Health Surveillance"],
    "apps": ["OHIS", "CLINIC-BOOK", "CASE-MGMT"],
    "roles": [("D", "doctor"), ("M", "other"), ("R", "spouse")],
    "items": oh_items,
    "biz": oh_biz,
    "fields": [
        ("EMPID", ["employee no", "staff number", "payroll id", "employee id"]),
        ("MRN", ["mrn", "hospital number", "patient id", "medical record no"]),
        ("NATID", ["nhs no", "national id", "ni number", "health id"]),
        ("ROLEJOB", ["job title", "role"]),
        ("EMPLOYER", ["employer", "organisation"]),
        ("REF", ["referral ref", "oh ref"]),
        ("COND", ["reason for referral", "presenting issue"]),
        ("D", ["gp", "gp name", "treating doctor"]),
        ("M", ["line manager", "referring manager", "manager"]),
    ],
    "table": ["EMPID", "MRN", "NATID"],
    "table_biz": ["REF", "ROLEJOB", "BDATE"],
    "log": ["REFERRAL_RECEIVED", "CONSENT_RECORDED", "GP_LETTER_SENT", "APPT_RESCHEDULED", "REPORT_RELEASED"],
    "narr": [
        "{S.tf} ({ROLEJOB}, employee number {EMPID}) was referred by {S.his} line manager, {M}, on {BDATE} with {COND}.",
        "{S.g} attended clinic today; hospital number {MRN} was used to request records from {S.his} GP, {D.tf}.",
        "Date of birth {DOB}; {IDLAB} {NATID} checked against the HR file.",
        "{D.ts} has issued a fit note until {BDATE2} and referred {S.him} for physiotherapy.",
        "{S.ts} would like {S.his} {R.rel}, {R}, to attend the next review; {R.g}'s number is {R.phone}.",
        "Recommendation to {M.g}: {ADJ}, to be reviewed on {BDATE3}.",
        "Correspondence to {ADDR}, or by email to {EMAIL} at {S.g}'s request.",
        "{S.g} does not consent to the full report going to {M.ts}; a summary only will be shared.",
    ],
    "short": [
        "ohr {REF} - {S.is} {ROLEJOB} ee no {EMPID}",
        "mrn {MRN} / dob {DOB} / {IDLAB} {NATID}",
        "c/o {COND}, gp {D.ts} fit note to {BDATE2}",
        "mgr {M.gi} - summary only, no consent for full rpt",
        "nok {R.g} {R.s} {R.phone}",
        "plan: {ADJ}, review {BDATE3}",
    ],
    "chat": [
        ("C", "hi, i have an oh appointment next week and need to move it"),
        ("A", "hi {S.g}, can you give me your employee number?"),
        ("C", "{EMPID}"),
        ("A", "thanks. i can see the referral from {M.g} {M.s}. is {TIME} on {BDATE2} any better?"),
        ("C", "yes. also my gp {D.ts} said to bring my hospital number, its {MRN}"),
        ("C", "can my {R.rel} {R.g} come with me?"),
        ("A", "of course, i'll add a note"),
    ],
    "call": [
        ("A", "I can see a referral from your manager, {M.tf}. What is it regarding?"),
        ("C", "It's about my {COND}."),
        ("A", "Can you confirm your employee number?"),
        ("C", "{EMPID}."),
        ("A", "Thank you. Is your GP still {D.tf}?"),
        ("C", "Yes. And my hospital number is {MRN} if you need the scan results."),
        ("A", "Thanks. We'll recommend {ADJ}."),
    ],
    "letter": (
        "Occupational health assessment – employee number {EMPID}",
        [
            "Thank you for attending the occupational health assessment on {BDATE} following the referral from your manager, {M.tf}.",
            "With your consent, we have written to your GP, {D.tf}, and requested records using hospital number {MRN}.",
            "Our recommendation to your employer, {EMPLOYER}, is {ADJ}.",
            "A review appointment has been booked for {BDATE3} at {TIME}.",
        ],
    ),
}


def courier_items(rng, c):
    card, brand = numbers.make_card(rng)
    return {
        "CACCT": (
            "ACCOUNT_NUMBER",
            "customer_account",
            pat(rng, rng.choice(["CUST-#######", "AC########", "#### #### ##", "PRC-@@-#####"])),
        ),
        "CARD": ("CREDIT_CARD", brand, card),
        "NADDR": c.neighbour_addr(rng),
    }


def courier_biz(rng, c):
    return {
        "RETREASON": rng.choice(
            ["damaged", "in the wrong size", "not as described", "with a missing charger", "two weeks late"]
        ),
        "SAFE": rng.choice(
            [
                "in the blue recycling bin",
                "behind the side gate",
                "in the porch",
                "on the doorstep",
                "in the meter cupboard",
            ]
        ),
        "DEPOTNAME": rng.choice(
            ["the Daventry returns hub", "our Coventry DC", "the Schiphol-Rijk depot", "Returns Centre 4"]
        ),
    }


COURIER = {
    "key": "courier",
    "name": "courier returns desk",
    "orgs": [
        ("Parcelo", "parcelo.co.uk"),
        ("SwiftDrop Logistics", "swiftdrop.eu"),
        ("Boxmile Express", "boxmile.com"),
        ("Campbell Brothers Haulage", "campbellbros.co.uk"),
    ],
    "teams": ["Returns Desk", "Customer Care", "Claims & Traces", "Last Mile Support"],
    "apps": ["RETURNS-API", "TRACE-SVC", "POD-INGEST"],
    "roles": [("N", "other"), ("X", "other")],
    "items": courier_items,
    "biz": courier_biz,
    "fields": [
        ("ORD", ["order no", "order id", "order ref"]),
        ("TRK", ["tracking", "tracking no", "consignment"]),
        ("RMA", ["rma", "return ref", "return authorisation"]),
        ("CACCT", ["customer account", "account no", "acct"]),
        ("CARD", ["refund card", "card no", "payment card"]),
        ("GADGET", ["item", "product", "sku desc"]),
        ("AMT", ["refund amount", "value"]),
        ("FLEET", ["van", "vehicle"]),
        ("X", ["driver", "courier"]),
    ],
    "table": ["CACCT", "CARD"],
    "table_biz": ["ORD", "TRK", "RMA", "AMT"],
    "log": ["RETURN_REQUESTED", "LABEL_CREATED", "POD_DISPUTED", "TRACE_OPENED", "REFUND_ISSUED"],
    "narr": [
        "{S.tf} contacted the returns desk on {BDATE} about order {ORD}: the {GADGET} arrived {RETREASON}.",
        "{S.His} parcel ({TRK}) was marked as delivered to a neighbour, {N}, at {NADDR}, but {N.g} says {N.he} never received it.",
        "Driver {X} ({FLEET}) uploaded a photo showing the parcel left {SAFE}.",
        "{S.g}'s customer account {CACCT} shows three previous returns, all refunded.",
        "Collection booked from {ADDR} for {BDATE2}; return authorisation {RMA}.",
        "A refund of {AMT} will go back to the card used, {CARD}, once the item reaches {DEPOTNAME}.",
        "{S.ts} asked for updates by text to {PHONE} rather than email to {EMAIL}.",
    ],
    "short": [
        "ord {ORD} trk {TRK} - {GADGET} {RETREASON}",
        "cust {S.is} acct {CACCT} tel {PHONE}",
        "pod: left with nbr {N.gi} @ {NADDR} - nbr denies",
        "drv {X.g} {FLEET} photo shows {SAFE}",
        "rma {RMA}, coll {BDATE2} from {ADDR.st}, {ADDR.pc}",
        "refund {AMT} to card {CARD}",
    ],
    "chat": [
        ("C", "hi my parcel says delivered but i never got it"),
        ("A", "sorry about that! what's the tracking number?"),
        ("C", "{TRK}"),
        ("A", "thanks {S.g}. the driver {X.g} has it as left with your neighbour at {NADDR}"),
        ("C", "thats {N.g} {N.s}'s house, {N.he} says {N.he} didnt get anything"),
        ("A", "ok, i'll open a trace and refund {AMT} to {CARD} if it isn't found in 48h"),
        ("C", "thanks. my account number is {CACCT} if you need it"),
    ],
    "call": [
        ("C", "I need to send back a {GADGET}, order {ORD}."),
        ("A", "No problem. What's the reason for the return?"),
        ("C", "It arrived {RETREASON}."),
        ("A", "I've raised return {RMA}. Shall we collect from the address on the account?"),
        ("C", "Yes, but if I'm out leave it with {N} at {NADDR}."),
        ("C", "And can the refund go on a different card? It's {CARD}."),
        ("A", "Yes, the refund of {AMT} will go to that card."),
    ],
    "letter": (
        "Your return {RMA} – order {ORD}",
        [
            "Thank you for returning the {GADGET} from order {ORD}. {DEPOTNAME} received it on {BDATE}.",
            "We have refunded {AMT} to your original payment card, and your customer account {CACCT} has been updated.",
            "Our driver, {X.gi}, recorded that the parcel was first left with your neighbour at {NADDR}; we have updated your delivery preferences.",
            "If you have any questions, please contact us quoting {RMA}.",
        ],
    ),
}
