"""Industries: university student services, telecom fraud team."""

from . import numbers
from .lookalike import pat
from .people import profile_url


def uni_items(rng, c):
    cc = c.addr.cc
    return {
        "STUDENTID": (
            "ID",
            "student_id",
            pat(rng, rng.choice(["s#######", "2023######", "UEM#######", "B00######", "@@/##/####"])),
        ),
        "PASSPORT": (
            "ID",
            "passport",
            numbers.passport(rng, c.people["S"].cul["homes"][0] if rng.random() < 0.7 else cc),
        ),
        "RPERMIT": ("ID", "residence_permit", pat(rng, rng.choice(["ZU#######", "RP@#######", "ZX#######"]))),
        "URL": ("URL", "profile", profile_url(rng, c.people["S"], c.dob.year)),
    }


def uni_biz(rng, c):
    return {
        "COURSE": rng.choice(
            [
                "BSc Computer Science",
                "MA Social Work",
                "BEng Civil Engineering",
                "LLB Law",
                "MSc Public Health",
                "BA Journalism",
                "MPharm Pharmacy",
            ]
        ),
        "MODULE": pat(rng, rng.choice(["CS2###", "SWK7###", "LAW1###", "PH@###", "EG3###"])),
        "BLDG": rng.choice(
            [
                "the Ada Lovelace Building",
                "Brunel Hall",
                "the Nelson Mandela Student Centre",
                "Mary Seacole House",
                "the Rosalind Franklin Library",
            ]
        ),
        "EC": rng.choice(
            ["extenuating circumstances", "a deadline extension", "an interruption of studies", "a hardship fund award"]
        ),
    }


UNIVERSITY = {
    "key": "university",
    "name": "university student services",
    "orgs": [
        ("University of Eastmoor", "eastmoor.ac.uk"),
        ("Kingsford University", "kingsford.ac.uk"),
        ("Trinity Vale College", "trinityvale.ie"),
        ("University of the North Coast", "unc.edu.au"),
    ],
    "teams": ["Student Services", "International Student Advice", "Wellbeing Team", "Academic Registry"],
    "apps": ["SITS", "STUDENT-HUB", "CASEWORK"],
    "roles": [("E", "parent"), ("T", "doctor"), ("L", "other")],
    "items": uni_items,
    "biz": uni_biz,
    "fields": [
        ("STUDENTID", ["student id", "student number", "matric no", "spr code"]),
        ("PASSPORT", ["passport no", "passport number"]),
        ("RPERMIT", ["brp", "residence permit", "brp number"]),
        ("URL", ["profile url", "social media", "link"]),
        ("COURSE", ["course", "programme"]),
        ("MODULE", ["module", "module code"]),
        ("E", ["emergency contact", "next of kin", "ec name"]),
        ("T", ["personal tutor", "tutor"]),
    ],
    "table": ["STUDENTID", "PASSPORT", "RPERMIT"],
    "table_biz": ["COURSE", "MODULE", "BDATE"],
    "log": ["CASE_OPENED", "EC_SUBMITTED", "VISA_CHECK", "CONTACT_UPDATED", "REFERRAL_WELLBEING"],
    "narr": [
        "{S} ({COURSE}, student ID {STUDENTID}) came to the drop-in on {BDATE} asking about {EC} for module {MODULE}.",
        "{S.g} explained that {S.his} {E.rel}, {E}, is in hospital and that {S.he} flew home on {FLIGHT} from {AIRPORT}.",
        "Personal tutor {T.tf} supports the request and will email the board by {BDATE2}.",
        "For the visa team: passport {PASSPORT}, residence permit {RPERMIT}, date of birth {DOB}.",
        "{S.g} now lives off campus at {ADDR}; the private landlord, {L}, is threatening to keep the deposit.",
        "{S.ts} has also been receiving abusive messages and shared the profile {URL} so we can see the posts.",
        "Emergency contact updated to {E.g} on {E.phone}.",
        "Student's own number is {PHONE}; email {EMAIL}.",
    ],
    "short": [
        "drop-in {S.is} ({STUDENTID}) - {EC} for {MODULE}",
        "{E.rel} {E.g} in hosp abroad, flew {FLIGHT}",
        "tutor {T.ts} supportive - email by {BDATE2}",
        "visa: pp {PASSPORT} / brp {RPERMIT} / dob {DOB}",
        "ll {L.is} withholding deposit, addr {ADDR}",
        "online abuse - profile {URL}",
        "ec contact {E.g} {E.phone}",
    ],
    "chat": [
        ("C", "hi, i need help with an extension, my {E.rel} is in hospital back home"),
        ("A", "so sorry to hear that {S.g}. can you confirm your student id?"),
        ("C", "{STUDENTID}"),
        ("A", "thanks. which module is the deadline for?"),
        ("C", "{MODULE}, its due {BDATE2}. my tutor {T.ts} said to contact you"),
        ("C", "also someone keeps posting stuff about me, this is the account {URL}"),
        ("A", "that's not ok. i'll book you in with the wellbeing team"),
    ],
    "call": [
        ("C", "I'm ringing about my visa, I have to travel home."),
        ("A", "Of course. Can I take your student ID?"),
        ("C", "{STUDENTID}."),
        ("A", "And your passport number as it appears on your CAS?"),
        ("C", "{PASSPORT}."),
        ("A", "Thank you. Your emergency contact is listed as {E}. Is that still right?"),
        ("C", "Yes, that's my {E.rel}. {E.His} number is {E.phone}."),
    ],
    "letter": (
        "{EC} – {MODULE} ({COURSE})",
        [
            "Thank you for your request regarding {EC} for {MODULE}, submitted on {BDATE}.",
            "The panel considered the supporting statement from your personal tutor, {T.tf}, and the evidence about your {E.rel}'s illness.",
            "Your deadline has been extended to {BDATE2}. Please quote your student ID, {STUDENTID}, on your submission.",
            "The Students' Union advice centre in {BLDG} can also help you.",
        ],
    ),
}


def tel_items(rng, c):
    card, brand = numbers.make_card(rng)
    return {
        "TACCT": (
            "ACCOUNT_NUMBER",
            "customer_account",
            pat(rng, rng.choice(["TLV########", "#### #### ##", "ACC-#######", "BAN ##########"])),
        ),
        "IP4": ("IP_ADDRESS", "ipv4", numbers.make_ipv4(rng)),
        "IP6": ("IP_ADDRESS", "ipv6", numbers.make_ipv6(rng)),
        "URL": ("URL", "profile", profile_url(rng, c.people["X"], rng.randint(1970, 2005))),
        "CARD": ("CREDIT_CARD", brand, card),
        "IBAN": ("IBAN_CODE", "iban", numbers.make_iban(rng, c.addr.cc)),
    }


def tel_biz(rng, c):
    return {
        "SIMSWAP": rng.choice(["SIM swap", "port-out request", "eSIM transfer", "SIM replacement"]),
        "HANDSET": rng.choice(["iPhone 15 Pro", "Galaxy S24 Ultra", "Pixel 9", "Xperia 1 VI"]),
        "FRAUDTYPE": rng.choice(["account takeover", "smishing", "subscription fraud", "SIM swap fraud"]),
        "SHORTCODE": rng.choice(["7726", "7726 (SPAM)", "8811"]),
    }


TELECOM = {
    "key": "telecom",
    "name": "telecom fraud team",
    "orgs": [
        ("Telvora Mobile", "telvora.com"),
        ("Skylink Telecom", "skylink.ie"),
        ("Nordwave Communications", "nordwave.eu"),
        ("Kestrel Broadband", "kestrelbb.co.uk"),
    ],
    "teams": ["Fraud Operations", "Account Security", "Fraud Investigations", "Disputes & Chargebacks"],
    "apps": ["FRAUD-ENGINE", "AUTH-GW", "SIM-MGMT", "KYC-SVC"],
    "roles": [("X", "other"), ("R", "child")],
    "items": tel_items,
    "biz": tel_biz,
    "fields": [
        ("TACCT", ["account no", "ban", "account number", "customer account"]),
        ("IP4", ["src ip", "ip address", "login ip", "client ip"]),
        ("IP6", ["ipv6", "src ip6", "device ip"]),
        ("URL", ["profile", "social profile", "url"]),
        ("CARD", ["card", "pan", "card number"]),
        ("IBAN", ["refund iban", "iban"]),
        ("HANDSET", ["device", "handset"]),
        ("TKT", ["case ref", "fraud case"]),
        ("X", ["name given", "caller name", "claimed identity"]),
    ],
    "table": ["TACCT", "IP4", "CARD"],
    "table_biz": ["TKT", "HANDSET", "BDATE", "TIME"],
    "log": ["LOGIN_ANOMALY", "SIM_SWAP_COMPLETED", "KBA_PASSED", "ACCOUNT_LOCKED", "CHARGEBACK_RAISED"],
    "narr": [
        "Fraud case {TKT} opened on {BDATE} after {S.tf}'s line {PHONE} lost signal and a {SIMSWAP} was completed.",
        "The request came from IP {IP4} and later {IP6}, neither of which matches {S.g}'s usual logins.",
        "Someone calling themselves {X} passed security using {S.g}'s date of birth, {DOB}, and address, {ADDR}.",
        "{S.ts} confirmed {S.he} had clicked a link in a text pretending to be from {BRAND}.",
        "{S.His} {R.rel}, {R}, noticed odd messages from {S.his} number and called us from {R.phone}.",
        "Account {TACCT} is locked; a {HANDSET} was ordered on card {CARD}, which {S.g} does not recognise.",
        "The fraudster also contacted {S.g} through the profile {URL}.",
        "A goodwill credit of {AMT} will go to {IBAN}; confirmation to {EMAIL}.",
    ],
    "short": [
        "{FRAUDTYPE} - acct {TACCT} msisdn {PHONE}",
        "login ips {IP4} / {IP6}",
        "caller used name {X.gi}, passed kba with dob {DOB}",
        "{R.rel} {R.g} rang from {R.phone}",
        "card {CARD} - not cust's, chargeback raised",
        "scam profile {URL}",
        "credit {AMT} -> {IBAN}",
    ],
    "chat": [
        ("C", "hi my phone has had no signal since this morning and i got a text saying my sim was changed??"),
        ("A", "i'm sorry {S.g}, that sounds like it could be fraud. what's your account number?"),
        ("C", "{TACCT}"),
        ("A", "thanks. i can see a {SIMSWAP} at {TIME}. was that you?"),
        ("C", "no!! i'm at work. my {R.rel} {R.g} got weird messages from my number"),
        ("A", "i've locked the account. the login came from {IP4}, does that mean anything to you?"),
        ("C", "no. someone was also messaging me from {URL}"),
    ],
    "call": [
        ("A", "Thank you. We've seen a login to your account from IP address {IP6}. Was that you?"),
        ("C", "No. I think someone called {X} has been pretending to be me."),
        ("A", "Can you confirm your account number?"),
        ("C", "{TACCT}."),
        ("A", "A new handset was ordered on card {CARD}. Is that your card?"),
        ("C", "No, it isn't."),
        ("A", "We'll raise a chargeback and credit {AMT} to {IBAN}."),
    ],
    "letter": (
        "Fraud case {TKT} – account {TACCT}",
        [
            "We are writing to confirm the action taken after fraudulent activity on your account {TACCT} on {BDATE}.",
            "A {SIMSWAP} was requested from IP address {IP4} by a person who gave the name {X}. We have reversed it.",
            "We have credited {AMT} to {IBAN} for the charges incurred.",
            "You can forward suspicious texts free of charge to {SHORTCODE}.",
        ],
    ),
}
