"""Industry content: veterinary practice (owners are PII, pets are not)."""

from .id_format import r

VET = {
    "name": "veterinary",
    "companies": [
        ("Riverbend Veterinary Clinic", "riverbendvets.com", "RBV"),
        ("Paws & Claws Animal Hospital", "pawsandclaws-ah.com", "PCA"),
        ("Clínica Veterinária Bicho Feliz", "bichofeliz.com.br", "CBF", "BR"),
        ("Tierarztpraxis am Stadtpark", "tierarzt-stadtpark.de", "TSP", "DE NL"),
    ],
    "countries": ["US", "GB", "GB", "AU", "DE", "BR", "CA", "NL", "FR", "ZA", "IE", "NZ", "MX"],
    "mailboxes": ["reception", "accounts", "noreply", "appointments", "pharmacy"],
    "family": {"p2": "p1"},
    "same_addr": ("p2",),
    "extras": {
        "pet": [
            "Max",
            "Bella",
            "Charlie",
            "Luna",
            "Ollie",
            "Daisy",
            "Milo",
            "Rosie",
            "Baxter",
            "Nala",
            "Bruno",
            "Pepper",
            "Mr Whiskers",
            "Sir Barkley",
            "Gizmo",
            "Toby",
            "Lola",
            "Frida",
            "Kiki",
            "Biscuit",
            "Winston",
            "Mabel",
            "Otis",
            "Duchess",
        ],
        "breed": [
            "Labrador",
            "Cocker Spaniel",
            "Maine Coon",
            "French Bulldog",
            "German Shepherd",
            "Border Collie",
            "rescue greyhound",
            "British Shorthair",
            "Dachshund",
            "Netherland Dwarf rabbit",
            "cockatiel",
            "Jack Russell",
            "King Charles Spaniel",
        ],
        "proc": [
            "dental under GA",
            "booster vaccination",
            "spay",
            "castration",
            "cruciate repair",
            "abdominal ultrasound",
            "lump removal",
        ],
        "vetmed": [
            "Bravecto",
            "NexGard Spectra",
            "Apoquel 16mg",
            "Metacam oral suspension",
            "Hill's Prescription Diet k/d",
            "Royal Canin Renal",
            "Seresto collar",
            "Librela",
            "Cytopoint",
        ],
        "chip": lambda rng: r(rng, rng.choice(["985#############", "900 ### ### ### ###", "956000########"])),
        "statute": ["Veterinary Surgeons Act 1966 s.19", "VMR 2013 Sch. 3", "Animal Welfare Act 2006 s.9"],
        "petins": ["Petplan", "Trupanion", "Lemonade Pet", "ManyPets", "Agria", "Healthy Paws"],
        "dept": ["Reception", "Accounts", "Surgery", "Pharmacy", "Nursing Team"],
        "job": [
            "Veterinary Surgeon",
            "Registered Veterinary Nurse",
            "Practice Manager",
            "Receptionist",
            "Client Care Coordinator",
        ],
    },
    "form_title": [
        "New Client & Patient Registration",
        "Consent Form – Anaesthesia",
        "Pet Insurance Direct Claim Form",
        "Repeat Medication Request",
    ],
    "subj": [
        "{pet}'s booster reminder",
        "Estimate for {pet} – {proc}",
        "Insurance claim for {pet}",
        "Re: invoice {order}",
        "Lab results for {pet}",
    ],
    "formal": [
        (
            "s",
            "Dear {p1.ref}, thank you for bringing {pet} in on {date}. The estimate for the {proc} is {amount} (+/- "
            "10%). We have sent the pre-authorisation to {petins} under {policy@}. Please confirm you are happy to go "
            "ahead by replying to this email or calling us. We hold {p1.phone} and {p2.phone} as contact numbers.",
        ),
        (
            "s",
            "{pet} ({breed}, microchip {chip}) is due a {proc} on {date}. Owner on file: {p1.full}, {p1.addr}. "
            "If anything has changed, please let reception know before the appointment.",
        ),
        (
            "s",
            "Hi {p1.first}, the claim for {pet}'s treatment has been submitted to {petins}. Their {claim@} should "
            "arrive by post to {p1.addr} within 10 working days. The outstanding balance of {amount} can be paid "
            "online; card ending {card4} is saved.",
        ),
        (
            "c",
            "Hi, I'm {p1.full} and {pet} is registered with you under my name. My {p2.spouse} {p2.first} booked {pet} "
            "in for {wday} but I need to move it. I can do any morning next week. My mobile has changed to {p1.phone}. "
            "Thanks.",
        ),
        (
            "c",
            "I'd like to make a complaint about invoice {order}. {pet} was only in for a nail clip and we were charged "
            "for {vetmed}. Account is under {p1.full}, {p1.email}, and we live at {p1.addr}. Please call me before "
            "processing any refund.",
        ),
        (
            "c",
            "{pet} has quite a following on {p1.url} and people keep asking which clinic we use – is it OK to tag you? "
            "Also please update my card to {card}, the old one expired. {p1.full}",
        ),
        (
            "i",
            "{s2.first} – {p1.last}'s {breed} ({pet}) needs a recheck after the {proc}. Owner prefers texts to "
            "{p1.phone}. Note on file: {p1.first} is a vet nurse at {org} so happy to do the meds at home. Insurance "
            "{petins}, {policy@}.",
        ),
    ],
    "chat": [
        [
            ("c", "hi its {p1.first} {p1.last}, {pet} has been sick twice since the {vetmed} dose"),
            ("s", "Hi {p1.first}, is {pet} eating and drinking?"),
            ("c", "drinking yes, not eating. hes a {breed}"),
            ("s", "Please bring {pet} in at 3:40 with {s2.ref}."),
            ("c", "ok my {p2.spouse} {p2.first} will bring him in"),
        ],
        [
            ("t", "{s1.first} can u ring {p1.ref} back, re {pet}'s bloods"),
            ("s", "which number?"),
            ("t", "{p1.phone}, or email {p1.email}"),
            ("s", "done, left vm"),
        ],
        [
            ("s", "{company}: Reminder – {pet} is due for vaccination. Book at {cdomain} or call us."),
            ("c", "booked for {wday}, under {p1.full}. also i moved, new address is {p1.addr}"),
        ],
    ],
    "call": [
        [
            ("a", "{company}, {s1.first} speaking."),
            ("c", "Hi, I'm calling about my dog {pet}, he's booked for a {proc}."),
            ("a", "Can I take the owner's name?"),
            ("c", "{p1.full}."),
            ("a", "And the first line of the address?"),
            ("c", "{p1.addr}."),
            ("a", "Thanks, I've found {pet}. What can I do?"),
            ("c", "Can we pay the deposit by card? It's {card}."),
            ("a", "That's gone through, {amount}. A receipt will go to {p1.email}."),
        ],
        [
            ("a", "Hello, {company}."),
            ("c", "Hi, I'm ringing for my neighbour {p2.full}, {p2.poss} cat {pet} got out and was hit by a car."),
            ("a", "Oh no. Is the cat with you now?"),
            ("c", "Yes, can I bring her straight in? I'm {p1.first}, my number's {p1.phone}."),
            ("a", "Yes, come straight to the side entrance, {s2.first} will meet you."),
        ],
    ],
    "notes": [
        "{pet} ate {treat} approx 2h ago per O {p1.last} – induce emesis, O consented by phone {p1.phone}",
        "{pet} ({breed}) O: {p1.full}. c/o V+ x2 24h. T 39.1, HR 120. dx ?gastritis. tx maropitant, recheck 48h",
        "O/ {p1.last} consents to {proc}, est {amount}, signed {date}",
        "called O on {p1.phone} – no ans, SMS sent",
        "ins {petins} {policy@}, {claim@} submitted {date}",
        "2nd owner {p2.full} may collect",
        "microchip {chip} scanned, reg to {p1.full} (addr outdated: {p1.addr})",
        "{pet} booster due {month}, reminder by email {p1.email}",
    ],
    "caps": [
        "EMERGENCY ON WAY – RTA CAT {pet}, O {p1.full} ETA 10 MIN",
        "HOME VISIT {p1.addr} – EUTHANASIA, VET {s2.last}",
        "CALL O {p1.last} ON {p1.phone} RE BLOODS",
        "{pet} {p1.last} KENNEL 4 NBM FROM MIDNIGHT",
        "PAYMENT PLAN AGREED {p1.init}",
    ],
    "form": [
        ("Owner name", "{p1.full}"),
        ("Address", "{p1.addr}"),
        ("Mobile", "{p1.phone}"),
        ("Alt. contact", "{p2.full}"),
        ("Email", "{p1.email}"),
        ("Pet name", "{pet}"),
        ("Breed", "{breed}"),
        ("Microchip", "{chip}"),
        ("Insurer", "{petins}"),
        ("Policy no.", "{policy}"),
        ("Vet", "{s2.tfull}"),
        ("Procedure", "{proc}"),
        ("Estimate", "{amount}"),
        ("Card on file", "{card4}"),
    ],
    "csv": [
        ("owner", "{p#.full}"),
        ("pet", "{pet#}"),
        ("species", "{breed#}"),
        ("phone", "{p#.phone}"),
        ("balance", "{amount#}"),
        ("last_visit", "{date#}"),
    ],
    "np_subj": ["Price changes from {month}", "Out-of-hours cover", "{vetmed} supply issue", "Puppy party dates"],
    "np_formal": [
        (
            "s",
            "From 1 {month} our consultation fee rises to {amount}. {vetmed} and {vetmed2} remain at the same price. "
            "Out-of-hours calls are covered by Vets Now; the number is on our answerphone.",
        ),
        (
            "s",
            "Puppy parties restart on {wday} evenings. Bring your vaccination card. Max, Bella and Luna are the most "
            "popular names this year – we have six Bellas on the list!",
        ),
        (
            "c",
            (
                "Hi, do you see exotics? We have a cockatiel called Mr Whiskers and a Netherland Dwarf rabbit. Do you "
                "stock {vetmed}?"
            ),
        ),
        (
            "i",
            (
                "Autoclave failed the test cycle at {time} ({ticket}). Surgery list moved to {wday}. {org} engineer "
                "booked."
            ),
        ),
    ],
    "np_chat": [
        [
            ("c", "hi, do you sell {vetmed} without a prescription"),
            ("s", "It's POM-V, so we need a consult first – {amount}."),
            ("c", "ok what about Royal Canin Renal, 7kg bag"),
            ("s", "In stock, {amount2}. Order ref {order}."),
            ("c", "can it be delivered by {wday}"),
            ("s", "Via {org}, yes if ordered before 2pm."),
        ],
        [
            ("c", "hi how much is a cat spay"),
            ("s", "Hi, it's {amount} including pain relief."),
            ("c", "thanks will book in {month}"),
        ],
        [("t", "who has the ultrasound probe"), ("s", "theatre 2, King Charles Spaniel scan"), ("t", "cool")],
    ],
    "np_call": [
        [
            ("a", "{company}, how can I help?"),
            ("c", "Hi, do you take Petplan direct claims?"),
            ("a", "Yes we do, for most insurers."),
            ("c", "And what's the price of a dental?"),
            ("a", "From {amount}, depending on extractions."),
        ]
    ],
    "np_notes": [
        "autoclave test fail {time}, job {ticket}",
        "CD cupboard check ok {date}",
        "{vetmed} backorder, {num} packs due {wday}",
        "fridge log {month}: 2 excursions, both <30 min",
        "rota: {job} cover {wday} pm",
    ],
    "np_caps": [
        "THEATRE 1 CLOSED {wday}",
        "OOH DIVERT ACTIVE 1900",
        "{vetmed} DELIVERY {order} RECEIVED",
        "KENNELS FULL – NO BOARDERS",
    ],
    "np_form": [
        ("Item", "{vetmed}"),
        ("Order", "{order}"),
        ("Qty", "{qty}"),
        ("Supplier", "{org}"),
        ("Received", "{date}"),
    ],
    "np_csv": [("sku", "{sku#}"), ("item", "{vetmed#}"), ("qty", "{qty#}"), ("price", "{amount#}")],
}
