"""Industry content: household energy retail."""

from .id_format import r

ENERGY = {
    "name": "energy_retail",
    "companies": [
        ("Brightwave Energy", "brightwave-energy.co.uk", "BWE", "GB IE"),
        ("SunCoast Power & Gas", "suncoastpower.com", "SCP"),
        ("Energía Verde Hogar", "energiaverdehogar.es", "EVH", "ES"),
        ("Stadtwerke Nordhafen", "stadtwerke-nordhafen.de", "SWN", "DE"),
        ("Kiwi Current", "kiwicurrent.co.nz", "KCN", "NZ AU"),
    ],
    "countries": ["GB", "GB", "US", "US", "DE", "ES", "AU", "NZ", "IE", "ZA", "NL", "FR", "IT", "JP"],
    "mailboxes": ["hello", "billing", "noreply", "smart-meters", "complaints"],
    "family": {"p2": "p1"},
    "same_addr": ("p2",),
    "extras": {
        "meter": lambda rng: r(rng, rng.choice(["E11Z######", "19P0######", "K##@#####", "S/N 0#######"])),
        "mpan": lambda rng: r(rng, rng.choice(["## #### #### ###", "#############", "DE000#######################"])),
        "statute": ["Electricity Act 1989 Sch. 6", "SLC 27.5", "§ 41 EnWG", "Gas Act 1986 s.23"],
        "tariff": [
            "Fixed Saver 24",
            "Economy 7",
            "EV Night Rate",
            "Standard Variable",
            "Tracker Flex",
            "Green Fix 12M",
        ],
        "reading": lambda rng: r(rng, "0#####"),
        "device": [
            "an oxygen concentrator",
            "a home dialysis machine",
            "a stairlift",
            "an electric wheelchair charger",
        ],
        "dept": ["Billing", "Smart Metering", "Customer Care", "Debt & Affordability", "Complaints Team"],
        "job": [
            "Energy Advisor",
            "Smart Meter Engineer",
            "Billing Specialist",
            "Complaints Handler",
            "Field Technician",
        ],
    },
    "form_title": [
        "Change of Tenancy",
        "Priority Services Register",
        "Direct Debit Instruction",
        "Smart Meter Booking",
    ],
    "subj": [
        "Your {month} bill",
        "Meter reading",
        "Direct Debit change",
        "Smart meter appointment {date}",
        "New sign-in to your account",
        "Complaint {ref}",
    ],
    "formal": [
        (
            "s",
            "Hi {p1.first}, we noticed a new sign-in to your online account from {ip@} on {date} at {time}. If this "
            "was you, no action is needed. If not, reset your password and call us quoting {acct@}.",
        ),
        (
            "s",
            "Dear {p1.ref}, your Direct Debit of {amount} will now be taken from {iban@} on the {num}th of each month. "
            "The first payment under the {tariff} tariff is on {date}. The account holder is {p1.full}, {p1.addr}.",
        ),
        (
            "s",
            "Thank you for adding {p2.full} to the Priority Services Register. We've noted {device} at {p1.addr} and "
            "that {p2.first} was born {dob2}. In a power cut we'll call {p1.phone} first.",
        ),
        (
            "c",
            "Hi, I moved into {p1.addr} on {date}. The meter ({meter}) read {reading}. Please open an account for me – "
            "{p1.full}, {dob@}, email {p1.email}, {ssn@} for the credit check. The previous tenant was {p3.full}, no "
            "forwarding address.",
        ),
        (
            "c",
            "I'm complaining about my last bill: {amount} for {month} is three times the usual. {acct@}. My smart "
            "meter was fitted by {s2.full} on {date} and hasn't sent readings since. Call me on {p1.phone}.",
        ),
        (
            "i",
            "{s2.first} – possible fraud on {acct}: the same card ({card}) was used for three accounts, logins from "
            "{ip6} and {ip}. Named holder {p1.full}. I've frozen the account pending ID.",
        ),
    ],
    "chat": [
        [
            ("c", "hi my meter reading is {reading}, account {acct}"),
            ("s", "Thanks! Can you confirm the name on the account?"),
            ("c", "{p1.full}"),
            ("s", "Got it, {p1.first}. Your next bill will use that reading."),
            ("c", "also can u change my email to {p1.email}"),
        ],
        [
            ("c", "hey the engineer didnt show up today, booked for {time}"),
            ("s", "Sorry about that. What's the postcode?"),
            ("c", "{p1.postcode}"),
            ("s", "I see the booking for {p1.full}. The engineer {s2.first} was taken ill. Can we do {wday}?"),
            ("c", "ok but only after 2"),
        ],
    ],
    "call": [
        [
            ("a", "{company}, you're through to {s1.first}."),
            ("c", "Hi, I want to change my direct debit bank."),
            ("a", "No problem. Can I take your account number?"),
            ("c", "It's {acct}."),
            ("a", "And for security, your date of birth?"),
            ("c", "{dob}."),
            ("a", "Thanks {p1.first}. What's the new IBAN?"),
            ("c", "{iban}."),
            ("a", "Perfect, that's changed from {date}."),
            ("c", "And can I pay the arrears by card now?"),
            ("a", "Of course, the long number please."),
            ("c", "{card}."),
        ],
        [
            ("a", "Emergency line."),
            ("c", "Hi, we've got no power and my {p2.spouse} {p2.first} is on {device}."),
            ("a", "I'm sorry. What's the address?"),
            ("c", "{p1.addr}."),
            ("a", "And your name?"),
            ("c", "{p1.full}. Number is {p1.phone}."),
            ("a", "I've flagged it as priority. An engineer will call you within the hour."),
        ],
    ],
    "notes": [
        "C/O high bill {amount}, acct {acct}. est reads since {month}. reading {reading} taken – rebill",
        "PSR added for {p2.full}, {device}",
        "cust {p1.full} moved out {date}, fwd addr {p1.addr2}",
        "DD changed to {iban}, 1st collection {date}",
        "smart install {date} eng {s2.first} – comms fault, ticket {ticket}",
        "login from {ip} flagged, cust confirms not them",
        "payment plan {amount}/mth agreed, card ending {card4}",
    ],
    "caps": [
        "ENG {s2.last} {unit} TO {p1.addr} – NO SUPPLY, PSR",
        "CUST {p1.full} ON {p1.phone} – CALL ON APPROACH",
        "METER {meter} EXCHANGED, READ {reading}",
        "NO ACCESS, CARD LEFT {time}",
        "SUPPLY RESTORED {time}",
    ],
    "form": [
        ("Account holder", "{p1.full}"),
        ("Account no.", "{acct}"),
        ("Supply address", "{p1.addr}"),
        ("Date of birth", "{dob}"),
        ("Phone", "{p1.phone}"),
        ("Email", "{p1.email}"),
        ("Meter serial", "{meter}"),
        ("MPAN", "{mpan}"),
        ("Reading", "{reading}"),
        ("Tariff", "{tariff}"),
        ("IBAN", "{iban}"),
        ("Additional occupant", "{p2.full}"),
        ("Last login IP", "{ip}"),
    ],
    "csv": [
        ("account", "{acct#}"),
        ("holder", "{p#.full}"),
        ("postcode", "{p#.postcode}"),
        ("balance", "{amount#}"),
        ("last_login_ip", "{ip#}"),
    ],
    "np_subj": [
        "Price cap change {month}",
        "Planned outage – {wday}",
        "Smart meter rollout update",
        "Tariff sheet {date}",
    ],
    "np_formal": [
        (
            "s",
            "From 1 {month} the standing charge on {tariff} changes to {amount} per day and the unit rate by {pct}. "
            "Ofgem's cap review is on {date}. No action needed for customers on fixed tariffs.",
        ),
        (
            "s",
            "Planned maintenance on {wday} {date}: online accounts unavailable 00:00–04:00 while we upgrade to "
            "{version}. Meter readings can still be sent by SMS.",
        ),
        ("c", "Hi, do you offer an EV tariff that works with a Tesla Powerwall? I'm thinking of switching from E.ON."),
        (
            "i",
            (
                "Smart meter backlog: {num} installs outstanding in the Kingston area, MPAN batch {mpan}. Field team "
                "short {num2} engineers."
            ),
        ),
    ],
    "np_chat": [
        [
            ("c", "hi is {tariff} better than the Octopus Tracker"),
            ("s", "Depends on usage – at 2,900 kWh a year it's about {amount} cheaper."),
            ("c", "what about charging a Tesla Model Y overnight"),
            ("s", "Then EV Night Rate is best: 7.5p/kWh from 00:30 to 04:30."),
            ("c", "ok and exit fees?"),
            ("s", "{amount2} per fuel if you leave before {month}."),
        ],
        [
            ("c", "hi whats the unit rate on {tariff}"),
            ("s", "It's 24.5p/kWh, standing charge {amount}/day."),
            ("c", "thanks"),
        ],
        [("t", "billing run failed again"), ("s", "yep, {version} rollback tonight"), ("t", "ok")],
    ],
    "np_call": [
        [
            ("a", "{company}, how can I help?"),
            ("c", "Hi, is there a power cut in the area? All the street lights are out."),
            ("a", "Yes, there's a fault reported at {time}, engineers expect it fixed by six."),
            ("c", "Okay, thanks."),
        ]
    ],
    "np_notes": [
        "billing run {version} failed {time}",
        "{num} complaints re {tariff} price change",
        "Ofgem data request due {date}",
        "meter batch {meter} recalled",
        "call volume +{pct} after price cap",
    ],
    "np_caps": ["OUTAGE SUBSTATION {code} {time}", "CREWS {num} DEPLOYED", "RESTORED {time}", "NO ETA"],
    "np_form": [
        ("Tariff", "{tariff}"),
        ("Standing charge", "{amount}"),
        ("Unit rate", "24.5p/kWh"),
        ("Effective", "{date}"),
    ],
    "np_csv": [("tariff", "{tariff#}"), ("standing_charge", "{amount#}"), ("customers", "{num#}"), ("churn", "{pct#}")],
}
