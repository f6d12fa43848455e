"""Industry content: school administration."""

SCHOOL = {
    "name": "school_admin",
    "companies": [
        ("Hollybrook Academy", "hollybrook.sch.uk", "HBA", "GB"),
        ("Lincoln Park Unified School District", "lpusd.org", "LPU", "US"),
        ("St. Columba's College", "stcolumbas.ie", "SCC", "IE GB"),
        ("Greenfield International School", "greenfield-intl.edu.in", "GIS"),
        ("Escola Municipal Jardim América", "emja.edu.br", "EMJ", "BR"),
    ],
    "countries": ["GB", "GB", "US", "US", "IE", "IN", "BR", "AU", "CA", "ZA", "NZ", "NG", "KR"],
    "mailboxes": ["office", "attendance", "admissions", "finance", "noreply"],
    "customer": "p2",
    "family": {"p2": "p1", "p3": "p1"},
    "same_addr": ("p2", "p3"),
    "ages": {"p1": (5, 17), "p3": (4, 17), "p2": (26, 58), "row": (5, 17)},
    "extras": {
        "grade": [
            "Year 7",
            "Grade 4",
            "Year 11",
            "3rd class",
            "Form 2B",
            "Grade 10",
            "Year 9",
            "5th Year",
            "Kindergarten",
        ],
        "subject": ["Maths", "Chemistry", "PE", "Art", "History", "Spanish", "Computer Science"],
        "trip": [
            "Science Museum trip",
            "Year 9 ski trip to Andorra",
            "Lincoln Memorial visit",
            "Shakespeare's Globe matinee",
            "Cadbury World visit",
            "Eden Project residential",
        ],
        "statute": [
            "Education Act 1996 s.444",
            "FERPA (20 U.S.C. § 1232g)",
            "Children Act 1989 s.47",
            "the Education (Pupil Registration) Regulations 2006",
        ],
        "bus": ["Route 14", "Bus 7A", "the Kingsway shuttle", "Route 3 (Elm Park)"],
        "tutor": ["9RH", "7B", "10-Kestrel", "Homeroom 204"],
        "dept": ["Attendance", "Admissions", "Student Services", "SEN Department", "Finance Office", "Pastoral"],
        "job": [
            "Head of Year 9",
            "Attendance Officer",
            "SENCo",
            "School Business Manager",
            "Class Teacher",
            "Deputy Head",
            "School Nurse",
        ],
    },
    "form_title": [
        "Pupil Admission Form",
        "Medical Consent & Emergency Contacts",
        "Free School Meals Application",
        "Trip Permission Slip",
    ],
    "subj": [
        "Attendance concern – {p1.first} {p1.last}",
        "{trip} – consent needed",
        "Admissions: {grade} place",
        "Medication in school",
        "Re: bus pass for {p1.first}",
    ],
    "formal": [
        (
            "s",
            "Dear {p2.ref}, {p1.first}'s attendance this term is {pct} below the expected level, with unauthorised "
            "absences on {date} and {date2}. Under {statute} we are required to follow this up. Please contact "
            "{s1.full}, {job}, on {s1.wphone}.",
        ),
        (
            "s",
            "Thank you for your application for {p1.full} ({dob@}) to join {grade} in {month}. We have recorded your "
            "address as {p1.addr}. Please bring proof of address and {p1.first}'s {passport@} or birth certificate to "
            "the office.",
        ),
        (
            "s",
            "Hi {p2.first}, just to confirm {p1.first} has been added to {bus} from {wday}. The driver has a list with "
            "{p1.poss} name and your number ({p2.phone}). {p1.first}'s {student@} is printed on the pass.",
        ),
        (
            "c",
            "Dear {s1.ref}, my {p1.kid} {p1.full} in {tutor} will be absent on {date} for a hospital appointment at "
            "{org}. {p1.Poss} younger sibling {p3.first} is in {grade}. Regards, {p2.full}, {p2.phone}.",
        ),
        (
            "c",
            "Hello, I'm {p2.full}, {p1.full}'s {p2.mum}. {p1.first} carries an EpiPen (nut allergy) and needs one kept "
            "in the office. The letter from Dr {s3.last} is attached. Emergency contacts: me on {p2.phone}, {p4.full} "
            "on {p4.phone}.",
        ),
        (
            "i",
            "{s2.first}, a safeguarding note: {p1.full}, {grade}, {dob@}. {p1.Pron} mentioned {p1.poss} {p2.mum} "
            "({p2.first}) has moved out; new address may be {p1.addr}. Logged on CPOMS {date}. Please update SIMS and "
            "UPN {upn}.",
        ),
        (
            "i",
            "Parent portal alert: the account of {p2.full} ({p2.email}) was accessed from {ip@} and {ip6} on {date}, "
            "and the collection password for {p1.first} was changed. Please ring {p2.first} on {p2.phone} before "
            "releasing {p1.obj}.",
        ),
        (
            "i",
            "Coding club: {p1.first} {p1.last} ({tutor}) has been putting our club projects on {p1.url} – lovely work "
            "but it includes {p1.poss} full name and school. Can {s2.first} have a word with {p1.obj} and {p2.first}?",
        ),
    ],
    "chat": [
        [
            ("c", "hi is {p1.first} on the {trip} list? i sent the slip with {p1.obj} on {wday}"),
            ("s", "Hi, which tutor group?"),
            ("c", "{tutor}, {p1.full}"),
            ("s", "Yes, {p1.pron}'s on the list. Balance {amount} due {date}."),
            ("c", "ok ill pay tonight, its {p2.full} btw {p1.poss} {p2.mum}"),
        ],
        [
            ("t", "{s1.first} do you have a number for {p1.last} in {grade}? the one on file bounced"),
            ("s", "try {p2.first} on {p2.phone}"),
            ("t", "thx. also the email {p2.email}?"),
            ("s", "yep that one works"),
        ],
    ],
    "call": [
        [
            ("a", "{company} attendance line, {s1.first} speaking."),
            ("c", "Hi, I'm calling {p1.first} in sick today."),
            ("a", "Can I have the student's full name and year?"),
            ("c", "{p1.full}, {grade}."),
            ("a", "And you are?"),
            ("c", "{p2.full}, I'm {p1.poss} {p2.mum}."),
            ("a", "Thanks, is {p2.phone} still the best number for you?"),
            ("c", "Yes, that's right."),
            ("a", "Okay, I've marked it. Hope {p1.pron} feels better."),
        ],
        [
            ("a", "Admissions, {s1.full}."),
            ("c", "Hello, I'm enquiring about a place for my {p1.kid} in {grade}."),
            ("a", "Lovely. What's the child's name and date of birth?"),
            ("c", "{p1.full}, born {dob}."),
            ("a", "And your address, for catchment?"),
            ("c", "{p2.addr}."),
            ("a", "I'll email the form to you. Which address?"),
            ("c", "{p2.email}."),
        ],
    ],
    "notes": [
        "{p1.full} ({grade}) late x4 this half term, letter sent home to {p2.ref}",
        "call from {p2.first} ({p2.phone}) – {p1.first} off w/ D+V",
        "FSM eligibility confirmed {date}, {natid2@}",
        "{p1.first} {p1.last} nut allergy, EpiPen in office (exp {month})",
        "parental responsibility: {p2.full} and {p4.full}; no contact order for {p5.full}",
        "meeting w/ {s2.ref} (SENCo) re EHCP for {p1.first}",
        "{p1.last}: bus {bus} changed, pass reprinted ({student})",
    ],
    "caps": [
        "BUS {bus} RUNNING 15 MIN LATE – {p1.last} NOT AT STOP",
        "COLLECTION: {p1.full} COLLECTED BY {p4.full} (ON LIST)",
        "LOCKDOWN DRILL 1030 – {s2.last} ON GATE",
        "CALL {p2.ref} ON {p2.phone} RE {p1.first}",
        "FIRST AID {p1.first} {p1.last} {grade} GRAZED KNEE",
    ],
    "form": [
        ("Pupil name", "{p1.full}"),
        ("Date of birth", "{dob}"),
        ("Year group", "{grade}"),
        ("UPN", "{upn}"),
        ("Home address", "{p1.addrml}"),
        ("Parent/carer 1", "{p2.full}"),
        ("Mobile", "{p2.phone}"),
        ("Email", "{p2.email}"),
        ("Parent/carer 2", "{p4.full}"),
        ("Medical", "asthma (inhaler in bag)"),
        ("Siblings in school", "{p3.first}"),
        ("Previous school", "{org} Academy"),
    ],
    "csv": [
        ("student_id", "{student#}"),
        ("surname", "{p#.last}"),
        ("forename", "{p#.first}"),
        ("dob", "{dob#}"),
        ("tutor", "{tutor#}"),
        ("absences", "{num#}"),
    ],
    "np_subj": [
        "Term dates {month}",
        "INSET day reminder",
        "Uniform supplier change",
        "Parents' evening booking",
        "Heating outage",
    ],
    "np_formal": [
        (
            "s",
            "Term starts on {wday} {date}. INSET days: {date2} and {date3}. The uniform supplier is now {org}; blazers "
            "cost {amount}. Year 7 parents' evening will be in the Lincoln Hall from 17:00.",
        ),
        (
            "s",
            "Due to a boiler fault (job {ticket}), the Grace Hopper building will be closed on {wday}. Lessons in "
            "rooms 12–18 move to the Baker Library. Under {statute} we must record this as a partial closure.",
        ),
        (
            "c",
            "Hello, we are a supplier of {appliance} and would like to quote for your canteen equipment. Please find "
            "our price list attached (order ref {order}).",
        ),
        (
            "i",
            (
                "Exam entries for {subject}: {num} candidates, fees {amount} to {org} by {date}. Access arrangements "
                "forms due {wday}."
            ),
        ),
    ],
    "np_chat": [
        [
            ("c", "hi whats the price of the new blazer"),
            ("s", "The blazer is {amount} from {org}, sizes 28–44."),
            ("c", "and the PE kit?"),
            ("s", "{amount2} for the set. Second-hand sale on {wday} {date}."),
            ("c", "is that in the Grace Hopper building"),
            ("s", "No, it's in the Lincoln Hall, 3:30 to 5."),
        ],
        [("c", "hi when is the last day of term"), ("s", "Friday {date}, early finish at 1.30"), ("c", "thanks")],
        [("t", "is the Will Adams room free period 3?"), ("s", "no, Year 11 mock in there"), ("t", "ok, library then")],
    ],
    "np_call": [
        [
            ("a", "School office."),
            ("c", "Hi, is the school open tomorrow with the snow?"),
            ("a", "Yes, but buses on {bus} aren't running."),
            ("c", "Okay, thank you."),
        ]
    ],
    "np_notes": [
        "INSET {date}: safeguarding refresher, all staff",
        "boiler job {ticket} – engineer {wday}",
        "{subject} mock results due {date}",
        "{num} FSM applications pending",
        "Ofsted call window {month}",
    ],
    "np_caps": [
        "SNOW CLOSURE {date}",
        "BUS {bus} CANCELLED",
        "FIRE DRILL 1100 {wday}",
        "GATE CODE CHANGED – SEE OFFICE",
    ],
    "np_form": [
        ("Event", "{trip}"),
        ("Date", "{date}"),
        ("Cost", "{amount}"),
        ("Places", "{num}"),
        ("Deadline", "{date2}"),
        ("Staff lead", "{job}"),
    ],
    "np_csv": [("tutor", "{tutor#}"), ("on_roll", "{num#}"), ("attendance", "{pct#}"), ("lates", "{qty#}")],
}
