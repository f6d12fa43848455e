"""Context words written next to identifiers, in the many spellings real notes use.

``{claim@}`` in a template becomes a label plus the value, in one of several
arrangements: before it, with a colon or '#', after it in brackets, as
'<value> is the <label>', or on the line above.  Labels are never annotated.
"""

from . import cat

LABELS = {
    "dob": [
        "DOB",
        "DOB:",
        "D.O.B.",
        "dob",
        "d.o.b:",
        "Date of birth:",
        "date of birth",
        "born",
        "b.",
        "Birthdate:",
        "DoB",
        "birth date",
        "DOB -",
        "Geb.",
        "fecha de nac.",
        "date of birth is",
    ],
    "ssn": ["SSN", "SSN:", "SS#", "Soc Sec #", "social security number", "SS No.", "social", "SSN (full):", "ssn#"],
    "natid": ["ID number", "national ID", "ID no.", "ID#", "gov ID", "identity number"],
    "natid:GB": ["NI number", "NINO", "National Insurance No.", "NI no:", "nat ins"],
    "natid:IN": ["Aadhaar", "Aadhaar no.", "Aadhar", "UID", "aadhaar card no"],
    "natid:MX": ["CURP", "CURP:", "curp"],
    "natid:BR": ["CPF", "CPF nº", "cpf"],
    "natid:ES": ["DNI", "NIF", "DNI/NIE"],
    "natid:IT": ["codice fiscale", "C.F.", "CF"],
    "natid:PL": ["PESEL", "pesel nr"],
    "natid:NL": ["BSN", "burgerservicenummer", "BSN-nr"],
    "natid:ZA": ["ID number", "SA ID", "ID no"],
    "natid:KR": ["RRN", "resident registration no."],
    "natid:JP": ["My Number", "individual number", "マイナンバー"],
    "natid:IE": ["PPS No.", "PPSN", "PPS number"],
    "natid:NG": ["NIN", "National ID No.", "NIN slip no"],
    "natid:CA": ["SIN", "Social Insurance Number", "S.I.N."],
    "natid:AU": ["TFN", "tax file number"],
    "natid:NZ": ["IRD number", "IRD no."],
    "natid:DE": ["Personalausweis-Nr.", "ID card no.", "Ausweisnr."],
    "natid:FR": ["n° de sécu", "NIR", "numéro de sécurité sociale"],
    "natid:US": ["SSN", "SSN:", "SS#", "social security no.", "soc sec"],
    "tax": ["tax ID", "Tax ref:", "TIN", "tax no.", "tax reference"],
    "tax:GB": ["UTR", "Unique Taxpayer Ref:", "UTR no."],
    "tax:IN": ["PAN", "PAN no.", "PAN card"],
    "tax:DE": ["Steuer-ID", "Steuer-IdNr.", "tax ID"],
    "tax:MX": ["RFC", "RFC:"],
    "tax:PL": ["NIP", "NIP:"],
    "tax:US": ["ITIN", "ITIN:", "tax ID"],
    "tax:IT": ["codice fiscale", "C.F."],
    "passport": ["passport", "Passport No.", "PPT#", "passport number", "PP no", "passport no:", "travel doc"],
    "licence": [
        "licence no.",
        "license #",
        "DL#",
        "driver's license",
        "Driving licence number",
        "DL No:",
        "lic.",
        "driver lic",
    ],
    "plate": ["reg", "registration", "plate", "Reg No.", "VRM", "lic plate", "tag #", "rego", "placa"],
    "vin": ["VIN", "VIN:", "chassis no.", "vin#"],
    "claim": [
        "claim no.",
        "Claim #",
        "clm#",
        "Claim Ref:",
        "claim ref",
        "CLAIM NO",
        "claim number",
        "Claim No:",
        "our claim reference",
        "CLM",
        "Cl. No.",
        "claim",
        "claim nbr",
    ],
    "policy": [
        "policy num",
        "Policy No.",
        "pol.",
        "Policy #",
        "policy number",
        "POLICY",
        "Pol No:",
        "policy",
        "Policy ref",
        "pol#",
    ],
    "mrn": [
        "MRN",
        "MRN:",
        "med rec #",
        "Med. Rec. No.",
        "patient no",
        "Hospital No:",
        "UR number",
        "Unit No.",
        "record number",
        "chart #",
        "Hosp #",
        "MR#",
    ],
    "acct": [
        "acct",
        "a/c",
        "Account No.",
        "Acct #",
        "account number",
        "A/C No:",
        "acc no",
        "account",
        "Customer account",
        "acct no",
        "account ref",
        "Kontonr.",
        "customer no.",
    ],
    "acct4": ["account ending", "acct ending in", "a/c ending", "the account ending", "acct ****", "account ending in"],
    "member": [
        "member ID",
        "mbr",
        "Member #",
        "Mbr ID:",
        "membership no.",
        "Subscriber ID",
        "member number",
        "ID#",
        "mem id",
        "Member No.",
    ],
    "iban": ["IBAN", "IBAN:", "iban", "bank acct (IBAN)", "IBAN no."],
    "card": ["card", "card no.", "CC#", "card number", "credit card", "card num", "PAN"],
    "card4": ["card ending", "card ending in", "ending", "last four", "last 4 of card", "card ****"],
    "ip": ["IP", "IP:", "ip addr", "from IP", "source IP", "client_ip=", "remote addr"],
    "ip6": ["IPv6", "IP:", "ip addr", "src", "client_ip="],
    "emp": [
        "employee ID",
        "emp#",
        "Emp No.",
        "staff number",
        "payroll no.",
        "EE ID",
        "Employee #",
        "personnel no.",
        "emp id",
        "staff ID",
    ],
    "student": ["student ID", "Student No.", "pupil no.", "ID#", "stu id", "student number"],
    "upn": ["UPN", "UPN:", "pupil number (UPN)"],
    "caseref": [
        "case ref",
        "Our ref:",
        "ref no",
        "file ref",
        "Case No.",
        "your reference",
        "matter no.",
        "Case Ref:",
        "ref",
    ],
    "ffn": [
        "frequent flyer no.",
        "FF#",
        "loyalty number",
        "Executive Club no.",
        "Miles&More no.",
        "FQTV",
        "FF number",
        "SkyMiles #",
    ],
    "health": ["health ID", "health insurance no.", "insurance card no."],
    "health:GB": ["NHS number", "NHS No:", "NHS no."],
    "health:US": ["Medicare ID", "MBI", "medicare #"],
    "health:AU": ["Medicare no.", "Medicare card"],
    "health:CA": ["OHIP", "health card #"],
    "health:IN": ["ABHA", "ABHA ID"],
    "health:NZ": ["NHI", "NHI no."],
    "badge": ["badge", "badge #", "ID badge", "pass no."],
    "tenant": ["tenant ref", "Tenancy ref:", "tenant no.", "TR#"],
    "phone": [
        "tel",
        "Tel:",
        "ph",
        "mob",
        "Mobile:",
        "cell",
        "c:",
        "phone",
        "M:",
        "contact no.",
        "ph#",
        "telephone",
        "whatsapp",
    ],
    "wphone": ["Direct:", "DDI", "T:", "direct line", "ext. line", "Office:"],
    "email": ["email", "E-mail:", "e:", "mail", "email addr", "E:", "personal email"],
    "wemail": ["E:", "Email:", "e-mail"],
}

SPOKEN = {
    "dob": ["date of birth", "birthday", "D O B"],
    "claim": ["claim number", "the claim number"],
    "policy": ["policy number", "the policy"],
    "mrn": ["medical record number", "hospital number"],
    "acct": ["account number", "the account"],
    "member": ["member I D", "member number"],
    "card": ["card number", "long number on the card"],
    "phone": ["number", "phone number"],
    "ssn": ["social", "social security number"],
    "caseref": ["reference", "case reference"],
    "emp": ["employee number", "staff number"],
    "ffn": ["frequent flyer number"],
    "natid": ["ID number"],
    "email": ["email"],
}


def pick(rng, key, country=None):
    base = key.split(".")[-1]
    for k in (f"{base}:{country}", base):
        if k in LABELS:
            return rng.choice(LABELS[k])
    raise KeyError(key)


def attach(rng, label, value, spoken=False):
    """Put a label and a value fragment together in one of the ways people write them."""
    if spoken:
        return cat(f"{label} is ", value) if rng.random() < 0.6 else cat(f"{label}, it's ", value)
    bare = label.rstrip(":#- ")
    noun = bare.replace(" ", "").replace(".", "").replace("'", "").isalpha() and bare[:1].islower()
    x = rng.random()
    if label.endswith((":", "-")):
        return cat(label + ("\n" if x < 0.08 else " "), value)
    if label.endswith("#"):
        return cat(label + ("" if x < 0.5 else " "), value)
    if x < 0.45:
        return cat(label + " ", value)
    if x < 0.7:
        return cat(label + ": ", value)
    if x < 0.8:
        return cat(value, f" ({bare})")
    if x < 0.88 and noun:
        return cat(value, f" is the {bare}")
    if x < 0.94:
        return cat(f"{label}\n", value)
    return cat(f"{label} - ", value)


def spoken_label(rng, key):
    base = key.split(".")[-1].split(":")[0]
    return rng.choice(SPOKEN.get(base, [base]))
