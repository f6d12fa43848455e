"""PII styles: email (forwarded mail), ocr (scanned forms)."""

from .addr import GROUP_LABELS, groups
from .core import label, ocr_noise, wrap_hyphen
from .np_text import MAILBOXES, TEAMS2
from .styles_a import _emit, _pick_fields, _value
from .styles_b import _subset
from .styles_c import ROLE_TITLES

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]

# The customer's own words (first person), per industry: e-mail bodies and
# the free-text box of scanned forms.
MAIL = {
    "motor": {
        "subjects": ["Accident on {BDATE} – {PLATE}", "Claim {CLAIM}", "My claim – policy {POLICY}"],
        "body": [
            "I need to report a {INC} on {BDATE} involving my {MODEL}, registration {PLATE}.",
            "My policy number is {POLICY} and the claim reference you gave me on the phone is {CLAIM}.",
            "The other driver was {T}, registration {TPPLATE}; {T.he} gave me {T.his} mobile number, {T.phone}.",
            "A witness, {W.fp}, said {W.he} is happy to help and can be emailed at {W.email}.",
            "My driving licence number is {LICENCE}, in case you need it.",
            "Please pay any settlement into my bank account, {IBAN}.",
            "My {R.rel}, {R.g}, is a named driver and may call on my behalf.",
            "You can reach me on {PHONE} during the day.",
        ],
    },
    "vet": {
        "subjects": ["Claim for {PET} – policy {POLICY}", "Vet invoice {VINV}", "Claim {CLAIM}"],
        "body": [
            "I would like to claim for {PET}, my {BREED}, who was treated for {COND} at {PRACTICE}.",
            "My policy number is {POLICY} and the vet, {V.tf}, has sent you invoice {VINV} for {AMT}.",
            "Please pay the claim into my account, {IBAN}.",
            "My {R.rel}, {R}, usually takes {PET} to the vet, so please speak to {R.him} if I am not available; {R.his} number is {R.phone}.",
            "The premium is still being taken from my card, {CARD}, which is fine.",
            "My date of birth is {DOB}, if you need it for security.",
        ],
    },
    "mortgage": {
        "subjects": ["Mortgage account {ACCT}", "Payment difficulties – {ACCT}", "Change of bank details"],
        "body": [
            "I am writing about our mortgage, account {ACCT}, for the property at {ADDR}.",
            "I have been put on reduced hours and I am worried about the next payment of {MPAY}.",
            "My {J.rel}, {J}, is on the mortgage too and can be reached on {J.phone}.",
            "Please move the direct debit to sort code {SORT}, account number {BACCT}, and stop collecting from {IBAN}.",
            "For security, my date of birth is {DOB} and my {IDLAB} is {TAXID}.",
            "Our broker, {B}, may contact you, but please do not share any details with {B.him} without my consent.",
        ],
    },
    "housing": {
        "subjects": ["Repair job {JOB}", "Repair needed – {DEFECT}", "Tenancy {TENANCY} – repair"],
        "body": [
            "I am reporting {DEFECT} at my home, {ADDR}.",
            "My tenancy reference is {TENANCY} and the job number I was given is {JOB}.",
            "I think the water is coming from next door, {NADDR}, where {N} lives, but {N.he} has not answered the door.",
            "My {R.rel} {R.g} has asthma and the mould is making it worse.",
            "The operative, {O.g}, came on {BDATE2} but said a follow-on job is needed.",
            "Please call me on {PHONE} to book an appointment, I am usually in after 3pm.",
        ],
    },
    "occhealth": {
        "subjects": ["OH appointment – employee {EMPID}", "Referral {REF}", "Consent for OH report"],
        "body": [
            "I have been referred to occupational health by my manager, {M}, and my employee number is {EMPID}.",
            "I work as a {ROLEJOB} at {EMPLOYER} and have been off with {COND}.",
            "My GP, {D.tf}, has given me a fit note until {BDATE2}.",
            "My hospital number is {MRN}, if you need the records from the clinic.",
            "I would like my {R.rel}, {R}, to come to the next appointment; {R.his} number is {R.phone}.",
            "I do not consent to the full report going to {M.ts}; a summary is fine.",
            "Please send letters to {ADDR} or email me at {EMAIL}.",
        ],
    },
    "courier": {
        "subjects": ["Return for order {ORD}", "Parcel {TRK} not received", "Refund – {RMA}"],
        "body": [
            "My parcel ({TRK}) shows as delivered to my neighbour, {N}, at {NADDR}, but {N.he} says {N.he} never got it.",
            "I also need to return a {GADGET} from order {ORD} because it arrived {RETREASON}.",
            "Please collect it from {ADDR} on {BDATE2}.",
            "My customer account number is {CACCT}.",
            "Please refund {AMT} to the card I paid with, {CARD}.",
            "The driver, {X.g}, uploaded a photo that shows the parcel {SAFE}, but that isn't my house.",
            "Texts to {PHONE} are best.",
        ],
    },
    "university": {
        "subjects": ["Extension request – {MODULE}", "Visa letter – student {STUDENTID}", "Help with my landlord"],
        "body": [
            "I am a student on {COURSE} (student ID {STUDENTID}) and I need {EC} for {MODULE}.",
            "My {E.rel}, {E}, is in hospital and I have to fly home; {E.his} number is {E.phone}.",
            "My personal tutor, {T.tf}, said I should contact you.",
            "For the visa team, my passport number is {PASSPORT} and my residence permit is {RPERMIT}.",
            "I now live at {ADDR} and my landlord, {L}, is refusing to return my deposit.",
            "Someone has been posting about me from this account ({URL}).",
            "You can call me on {PHONE}.",
        ],
    },
    "telecom": {
        "subjects": ["Fraud on my account {TACCT}", "SIM swap I did not request", "Fraud case {TKT}"],
        "body": [
            "My phone, {PHONE}, lost signal this morning and I got a text saying my SIM had been changed.",
            "My account number is {TACCT}.",
            "I did not order a {HANDSET} and I do not recognise the card {CARD}.",
            "My {R.rel}, {R}, got strange messages from my number and called you from {R.phone}.",
            "Someone calling themselves {X} has also been messaging me from this profile ({URL}).",
            "Please refund the charges to {IBAN}.",
            "My date of birth is {DOB} and my address is {ADDR}, in case you need to check.",
        ],
    },
}

FWD_NOTES = [
    "Forwarding the email below from {S.ts} for action.",
    "Please see below from {S.fp} – can someone pick this up today?",
    "FYI – {S.g} has emailed again. Summary of where we are:",
    "Passing this on as discussed; quick summary first.",
]


def _mailbox(team):
    return team.lower().replace(" & ", "-").replace(" ", ".").replace("(", "").replace(")", "")


def _display(d, ctx, key, rng):
    quote = rng.random() < 0.4
    if quote:
        d.t('"')
    _emit(d, ctx, key)
    if quote:
        d.t('"')


# -------------------------------------------------------------------- email
def email(d, c, ctx, rng):
    txt = MAIL[c.ind["key"]]
    subj = rng.choice(txt["subjects"])
    to_team = rng.choice(TEAMS2)
    mb1, mb2 = rng.sample(MAILBOXES, 2)
    # the handler forwards the customer's e-mail to a colleague team
    d.t("From: ")
    _display(d, ctx, rng.choice(["A.fp", "A.sg", "A.fp"]), rng)
    d.t(" <")
    ctx["A.email"](d)
    d.t(
        ">\nSent: %s, %s %s\nTo: %s <%s@%s>\n"
        % (rng.choice(WEEKDAYS), c.biz["BDATE"], c.biz["TIME"], to_team, mb1, c.domain)
    )
    if rng.random() < 0.4:
        d.t("Cc: %s@%s\n" % (mb2, c.domain))
    d.t("Subject: %s " % rng.choice(["FW:", "Fwd:", "RE: FW:", "FW:"]))
    d.fill(subj, ctx)
    d.t("\n\n" + rng.choice(["Hi all,", "Hi team,", "Morning both,", "Hello,", "Dear colleagues,"]) + "\n\n")
    d.fill(rng.choice(FWD_NOTES), ctx)
    narr = c.ind["narr"]
    for i in sorted(rng.sample(range(len(narr)), rng.randint(1, 2))):
        d.t(" ")
        d.fill(narr[i], ctx)
    d.t("\n\n" + rng.choice(["Thanks,", "Kind regards,", "Cheers,", "Many thanks,"]) + "\n")
    d.fill(rng.choice(["{A.fp}\n", "{A.g}\n", "{A}\n"]), ctx)
    d.t("%s | %s\n%s | %s\n" % (rng.choice(ROLE_TITLES), c.team, c.org, c.biz["BRANCH"]))
    d.fill(
        rng.choice(
            [
                "Direct line: {A.phone} | Switchboard: %s\n" % c.biz["SWITCH"],
                "DDI: {A.phone}\n",
                "T: {A.phone}  E: {A.email}\n",
                "Direct: {A.phone}\nwww.%s\n" % c.domain,
            ]
        ),
        ctx,
    )
    d.t("\n")
    # the original message from the customer
    sepk = rng.randrange(3)
    s_disp = rng.choice(["S.fp", "S.sg", "S.fp", None])
    if sepk < 2:
        d.t(["-----Original Message-----\n", "---------- Forwarded message ---------\n"][sepk] + "From: ")
        if s_disp:
            _display(d, ctx, s_disp, rng)
            d.t(" <")
        ctx["EMAIL"](d)
        d.t(
            "%s\n%s %s %s\nTo: %s <%s@%s>\nSubject: "
            % (
                ">" if s_disp else "",
                rng.choice(["Sent:", "Date:"]),
                c.biz["BDATE2"],
                c.biz["TIME2"],
                c.team,
                _mailbox(c.team),
                c.domain,
            )
        )
        d.fill(subj, ctx)
        d.t("\n\n")
        body = d
    else:
        d.t("On %s at %s, " % (c.biz["BDATE2"], c.biz["TIME2"]))
        if s_disp:
            _emit(d, ctx, s_disp)
            d.t(" ")
        d.t("<")
        ctx["EMAIL"](d)
        d.t("> wrote:\n")
        body = d.sub()
    body.fill(rng.choice(["Dear Sir/Madam,", "Hello,", "Hi,", "Dear {A.g},", "Dear {A.ts},"]) + "\n\n", ctx)
    sents = _subset(rng, txt["body"], 4, 2)
    cut = rng.randint(1, len(sents))
    for i, snt in enumerate(sents):
        if i:
            body.t("\n\n" if i == cut else " ")
        body.fill(snt, ctx)
    body.t("\n\n" + rng.choice(["Kind regards,", "Thanks,", "Many thanks,", "Regards,"]) + "\n")
    body.fill(rng.choice(["{S.g}", "{S.fp}", "{S}", "{S.tf}"]) + "\n", ctx)
    if rng.random() < 0.4:
        body.fill(rng.choice(["Mob: {PHONE}\n", "Tel {PHONE}\n", "{PHONE}\n"]), ctx)
    body.t(rng.choice(["", "", "\nSent from my iPhone\n", "\nGet Outlook for Android\n"]))
    if body is not d:
        d.t("> ")
        for text, sp in body.segs:
            if sp is None:
                text = text.replace("\n", "\n> ")
            d.segs.append((text, sp))
        if d.segs[-1][0].endswith("\n> "):
            d.segs[-1] = (d.segs[-1][0][:-2], None)
    return None


# ---------------------------------------------------------------------- ocr
OCR_TITLES = {
    "motor": "MOTOR CLAIM FORM – ACCIDENT / LOSS REPORT (PART A)",
    "vet": "VETERINARY TREATMENT CLAIM FORM – SECTION 1 POLICYHOLDER",
    "mortgage": "CHANGE OF CIRCUMSTANCES & DIRECT DEBIT FORM",
    "housing": "REPAIR REQUEST AND ACCESS FORM",
    "occhealth": "OCCUPATIONAL HEALTH QUESTIONNAIRE – EMPLOYEE DETAILS",
    "courier": "LOST / DAMAGED PARCEL CLAIM FORM",
    "university": "EXTENUATING CIRCUMSTANCES REQUEST FORM",
    "telecom": "FRAUD DECLARATION – ACCOUNT HOLDER STATEMENT",
}
DETAILS = {
    "motor": "What happened",
    "vet": "Details of treatment",
    "mortgage": "Change of circumstances",
    "housing": "Description of the problem",
    "occhealth": "Reason for referral (in your own words)",
    "courier": "Details of claim",
    "university": "Statement of circumstances",
    "telecom": "Statement",
}


def _ocr_label(lab, rng):
    lab = label(lab, "Sentence")
    r = rng.random()
    if r < 0.2:
        return lab.replace(" ", "") + rng.choice([":", ""])  # label run together
    if r < 0.3:
        return lab.upper() + " "
    return lab + rng.choice([": ", ":", ":  ", " . . . ", ":\t"])


def _hard_wrap(d, start, width, rng):
    """Break plain text of segments from index start at about width columns."""
    col = 0
    for n in range(start, len(d.segs)):
        text, sp = d.segs[n]
        if sp is not None:
            col += len(text)
            continue
        out = []
        for ch in text:
            if ch == "\n":
                col = 0
            elif ch == " " and col > width:
                ch = rng.choice(["\n", "\n", " \n"])
                col = 0
            else:
                col += 1
            out.append(ch)
        d.segs[n] = ("".join(out), None)


def ocr(d, c, ctx, rng):
    key = c.ind["key"]
    d.t(c.org.upper() + "\n")
    d.t(
        "%s    Form %s-%02d rev %s\n"
        % (OCR_TITLES[key], c.org[:2].upper(), rng.randint(1, 30), rng.choice(["3.2", "2.0", "11/24"]))
    )
    d.t(rng.choice(["=" * 38, "-" * 42, "_" * 30]) + "\n")
    r = rng.random()
    if r < 0.4:
        you = [("full name", "S")]
    elif r < 0.8:
        you = [("surname", "S.s"), ("forename(s)", "S.g")]
    else:
        you = [("title", ("PLAIN", c.people["S"].title)), ("name", "S.fp")]
    you.append(("date of birth", "DOB"))
    if rng.random() < 0.5:
        you.append(("address", "ADDR"))
    else:
        for g, parts in groups(c.addr):
            you.append((rng.choice(GROUP_LABELS[g]), ("ADDR_GROUP", parts)))
    you.append((rng.choice(["tel", "telephone", "mobile", "daytime tel no"]), "PHONE"))
    if rng.random() < 0.6:
        you.append((rng.choice(["email", "e-mail address"]), "EMAIL"))
    refs = [(rng.choice(ls), k) for k, ls in _pick_fields(c, rng, 3, 5)]
    sections = [
        (rng.choice(["SECTION 1 – YOUR DETAILS", "1. Personal details", "PART A  Claimant"]), you),
        (rng.choice(["SECTION 2 – REFERENCES", "2. Details", "PART B"]), refs),
    ]
    for head, fields in sections:
        d.t(head + rng.choice(["\n", "\n\n", "  "]))
        for i, (lab, v) in enumerate(fields):
            d.t(_ocr_label(lab, rng))
            _value(d, c, ctx, v)
            if i < len(fields) - 1 and rng.random() < 0.3:
                d.t(rng.choice(["", " ", "   ", "\t"]))  # next field run onto the same line
            else:
                d.t(rng.choice(["\n", "\n", "\n\n"]))
    d.t("\n" + _ocr_label(DETAILS[key], rng) + rng.choice(["\n", ""]))
    start = len(d.segs)
    body = MAIL[key]["body"]
    for j, i in enumerate(sorted(rng.sample(range(len(body)), rng.randint(1, 2)))):
        if j:
            d.t(" ")
        d.fill(body[i], ctx)
    _hard_wrap(d, start, rng.randint(38, 60), rng)
    d.t(
        "\n\n"
        + rng.choice(
            [
                "DECLARATION: I confirm that the information on this form is true.",
                "I declare the above is correct to the best of my knowledge.",
            ]
        )
        + "\n"
    )
    d.t(_ocr_label("signed", rng))
    d.fill(rng.choice(["{S.fp}", "{S.is}", "{S}"]), ctx)
    d.t(rng.choice(["   ", "\n", "  "]) + _ocr_label("date", rng) + c.biz["BDATE"] + "\n")
    d.t(rng.choice(["\nFor office use only  |  ", "\nOFFICE USE: ", "\n"]) + _ocr_label("received by", rng))
    d.fill(rng.choice(["{A.is}", "{A.ib}", "{A.fp}"]), ctx)
    d.t("  Scanned %s %s\n" % (c.biz["BDATE2"], c.biz["TIME"]) + rng.choice(["Page 1 of 2\n", ""]))
    p = rng.uniform(0.02, 0.06)

    def tf(text, sp):
        if sp is not None or not any(ch.isalpha() for ch in text):
            return text
        return ocr_noise(wrap_hyphen(text, rng, 0.08), rng, p)

    return tf
