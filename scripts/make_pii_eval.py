"""Generate the PII evaluation file (`tests/privacy/data/pii_eval.jsonl`) with gold spans, from a fixed seed."""

from __future__ import annotations

import argparse
import json
import random
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

SEED = 20240603
RECORDS = 400
CLEAN_SHARE = 0.15
DEFAULT_OUT = Path(__file__).resolve().parents[1] / "tests" / "privacy" / "data" / "pii_eval.jsonl"

NAMES = {  # (first names, last names) per locale
    "en_US": (["James", "Emily", "Michael", "Ashley", "Robert", "Megan"], ["Miller", "Johnson", "Walker", "Brooks"]),
    "en_GB": (["Oliver", "Charlotte", "Harry", "Amelia"], ["Thompson", "Wright", "Hughes", "Clarke"]),
    "es_MX": (["María", "José", "Alejandro", "Lucía", "Sofía"], ["García", "Hernández", "López", "Ramírez"]),
    "de_DE": (["Jürgen", "Katrin", "Lukas", "Anneliese"], ["Müller", "Schmidt", "Becker", "Hoffmann"]),
    "fr_FR": (["Camille", "Étienne", "Louise", "Mathieu"], ["Dubois", "Lefèvre", "Moreau", "Girard"]),
    "ja_JP": (["Kenji", "Yuki", "Haruto", "Aiko"], ["Tanaka", "Suzuki", "Watanabe", "Yamamoto"]),
    "zh_CN": (["Wei", "Xiaoling", "Jun", "Mei"], ["Zhang", "Wang", "Liu", "Chen"]),
    "hi_IN": (["Priya", "Rahul", "Ananya", "Vikram"], ["Sharma", "Patel", "Iyer", "Reddy"]),
    "yo_NG": (["Chinedu", "Adaeze", "Oluwaseun", "Ngozi"], ["Okafor", "Adeyemi", "Eze", "Balogun"]),
    "ar_EG": (["Fatima", "Omar", "Layla", "Youssef"], ["Al-Sayed", "Haddad", "Mansour", "Nasser"]),
    "pl_PL": (["Agnieszka", "Tomasz", "Katarzyna", "Piotr"], ["Kowalski", "Nowak", "Wiśniewski", "Zielińska"]),
}
CITIES = ["Denver", "Chicago", "Houston", "Boston", "Seattle", "Toronto", "Manchester", "Lyon", "Munich", "Osaka"]
STREETS = ["Oak", "Maple", "Cedar", "Lincoln", "Washington", "Harbor", "Willow", "Park", "Hillcrest", "Sunset"]
STREET_TYPES = ["Street", "Avenue", "Road", "Drive", "Lane", "Court", "Boulevard", "Way"]
STATES = [("Springfield", "IL"), ("Fair Haven", "CT"), ("Austin", "TX"), ("Columbus", "OH"), ("Tacoma", "WA")]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]  # fmt: skip
DOMAINS = ["example.com", "mail.example.org", "example.co.uk", "corp.example.net", "example.de"]


@dataclass
class Person:
    first: str
    last: str
    id: str

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


@dataclass
class Note:
    """Fills a template's `{slot}`s left to right, recording a gold span for each PII value."""

    rng: random.Random
    people: list[Person]
    text: str = ""
    spans: list[dict[str, object]] = field(default_factory=list)

    def fill(self, template: str) -> None:
        cursor = 0
        for match in re.finditer(r"\{(\w+)\}", template):
            self.text += template[cursor : match.start()]
            value, entity_type, kind, person = self._value(match.group(1))
            span: dict[str, object] = {"start": len(self.text), "end": len(self.text) + len(value), "type": entity_type}
            if kind:
                span["kind"] = kind
            if person:
                span["id"] = person
            self.spans.append(span)
            self.text += value
            cursor = match.end()
        self.text += template[cursor:]

    def _value(self, slot: str) -> tuple[str, str, str | None, str | None]:
        if slot[0] == "p" and slot[1].isdigit():  # p1, p1_first, p1_last
            person = self.people[int(slot[1]) - 1]
            part = slot[3:] or "full"
            return getattr(person, part), "PERSON", f"person_{part}", person.id
        entity_type, kind, make = SLOTS[slot]
        return make(self.rng), entity_type, kind, None


def luhn_complete(digits: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 == 0 else 1)  # doubled: every second digit counting from the check digit
        total += d - 9 if d > 9 else d
    return digits + str((10 - total % 10) % 10)


def luhn_valid(number: str) -> bool:
    digits = re.sub(r"\D", "", number)
    return luhn_complete(digits[:-1]) == digits


def iban(country: str, bban: str) -> str:
    rearranged = bban + country + "00"
    numeric = "".join(str(int(ch, 36)) for ch in rearranged)
    return f"{country}{98 - int(numeric) % 97:02d}{bban}"


def iban_valid(value: str) -> bool:
    compact = value.replace(" ", "")
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(ch, 36)) for ch in rearranged)) % 97 == 1


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _letters(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(n))


def make_phone(rng: random.Random) -> str:
    area = rng.choice(["212", "312", "415", "617", "720", "206", "303", "512"])
    return rng.choice(
        [
            f"({area}) {rng.randint(201, 989)}-{_digits(rng, 4)}",
            f"{area}-{rng.randint(201, 989)}-{_digits(rng, 4)}",
            f"+1 {area} {rng.randint(201, 989)} {_digits(rng, 4)}",
            f"+44 20 7946 {_digits(rng, 4)}",
            f"+44 7700 900{_digits(rng, 3)}",
            f"+49 30 {_digits(rng, 8)}",
            f"+33 1 42 68 {_digits(rng, 2)} {_digits(rng, 2)}",
            f"+91 98{_digits(rng, 3)} {_digits(rng, 5)}",
            f"+81 3-{_digits(rng, 4)}-{_digits(rng, 4)}",
            f"+61 2 9374 {_digits(rng, 4)}",
            f"+55 11 9{_digits(rng, 4)}-{_digits(rng, 4)}",
        ]
    )


def _ascii(value: str) -> str:
    return unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode().lower().replace("-", "")


def make_email(rng: random.Random) -> str:
    first, last = _name(rng)
    local = rng.choice([f"{first}.{last}", f"{first[0]}{last}", f"{first}{rng.randint(1, 99)}"])
    return f"{_ascii(local)}@{rng.choice(DOMAINS)}"


def make_ssn(rng: random.Random) -> str:
    area = rng.choice([n for n in range(101, 900) if n != 666])
    return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def make_card(rng: random.Random) -> str:
    prefix, length = rng.choice([("4", 16), ("51", 16), ("55", 16), ("6011", 16), ("37", 15)])
    number = luhn_complete(prefix + _digits(rng, length - len(prefix) - 1))
    if length == 15:
        return rng.choice([number, f"{number[:4]} {number[4:10]} {number[10:]}"])
    groups = [number[i : i + 4] for i in range(0, 16, 4)]
    return rng.choice([number, " ".join(groups), "-".join(groups)])


def make_iban(rng: random.Random) -> str:
    country, bban = rng.choice(
        [
            ("DE", _digits(rng, 18)),
            ("GB", _letters(rng, 4) + _digits(rng, 14)),
            ("FR", _digits(rng, 23)),
            ("ES", _digits(rng, 20)),
            ("NL", _letters(rng, 4) + _digits(rng, 10)),
        ]
    )
    value = iban(country, bban)
    return rng.choice([value, " ".join(value[i : i + 4] for i in range(0, len(value), 4))])


def make_ip(rng: random.Random) -> str:
    first = rng.choice([23, 45, 64, 81, 98, 152, 172, 185, 203])
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def make_street(rng: random.Random) -> str:
    town, state = rng.choice(STATES)
    street = f"{rng.randint(2, 9800)} {rng.choice(STREETS)} {rng.choice(STREET_TYPES)}"
    return rng.choice(
        [
            street,
            f"{street}, {town}",
            f"{street}, {town}, {state} {_digits(rng, 5)}",
            f"{street}, Apt {rng.randint(1, 40)}, {town}, {state} {_digits(rng, 5)}",
        ]
    )


def make_city(rng: random.Random) -> str:
    return rng.choice(CITIES)


def make_dob_digits(rng: random.Random) -> str:
    y, m, d = rng.randint(1940, 2005), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice([f"{m:02d}/{d:02d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}.{m:02d}.{y}"])


def make_dob_words(rng: random.Random) -> str:
    y, m, d = rng.randint(1940, 2005), MONTHS[rng.randint(0, 11)], rng.randint(1, 28)
    return rng.choice([f"{m} {d}, {y}", f"{d} {m} {y}", f"{m} {d} {y}"])


SLOTS: dict[str, tuple[str, str | None, Callable[[random.Random], str]]] = {
    "phone": ("PHONE_NUMBER", None, make_phone),
    "email": ("EMAIL_ADDRESS", None, make_email),
    "ssn": ("US_SSN", None, make_ssn),
    "card": ("CREDIT_CARD", None, make_card),
    "iban": ("IBAN_CODE", None, make_iban),
    "ip": ("IP_ADDRESS", None, make_ip),
    "street": ("LOCATION", "street_address", make_street),
    "city": ("LOCATION", "city", make_city),
    "dob": ("DATE_TIME", "dob_digits", make_dob_digits),
    "dob_words": ("DATE_TIME", "dob_words", make_dob_words),
    "policy": ("POLICY_NUMBER", None, lambda rng: rng.choice([f"POL-{_digits(rng, 8)}", f"HX{_digits(rng, 7)}"])),
    "claim": ("CLAIM_ID", None, lambda rng: f"CLM-{rng.randint(2019, 2024)}-{_digits(rng, 6)}"),
    "mrn": ("MRN", None, lambda rng: rng.choice([_digits(rng, 8), f"MR{_digits(rng, 7)}"])),
    "account": ("ACCOUNT_NUMBER", None, lambda rng: _digits(rng, rng.choice([10, 12]))),
}

# {p1} full name, {p1_first} / {p1_last} the same person again; {p2} another person.
TEMPLATES = {
    "insurance": [
        "Called {p1} at {phone} about claim {claim}. {p1_last} said the water came through the kitchen ceiling "
        "overnight. Policy {policy}, insured property at {street}. Email on file {email}.",
        "Spoke with {p1} (DOB {dob}) regarding the rear-end collision in {city}. The other driver, {p2}, "
        "admitted fault. {p1_first} will send photos to {email}. Claim {claim}.",
        "Insured {p1} reports theft of a bicycle from the garage at {street}. SSN {ssn} verified. "
        "Callback number {phone}. {p1_last} asked whether policy {policy} covers it.",
        "Adjuster note: met {p1} on site in {city}. Roof damage from hail. Refund of the deductible to be "
        "paid to IBAN {iban}. {p1_first} confirmed by phone on {phone}.",
        "{p1}, born {dob_words}, disputes the settlement on claim {claim}. Attorney {p2} will write to "
        "{email}. {p1_last} refuses to sign until then.",
    ],
    "clinical": [
        "Patient {p1}, MRN {mrn}, DOB {dob}, presented with chest pain. {p1_last} reports onset two hours "
        "before arrival. Seen by Dr. {p2_last}. Contact {phone}.",
        "Follow-up for {p1} (MRN {mrn}). Blood pressure improved on lisinopril. Mrs. {p1_last} lives at "
        "{street} with her daughter. Emergency contact {p2}, {phone}.",
        "Discharge summary: {p1}, born {dob_words}, admitted for pneumonia. {p1_first} tolerated antibiotics. "
        "Portal messages to {email}. Referred to Dr. {p2} in {city}.",
        "Telehealth visit with {p1} from IP {ip}. {p1_last} describes worsening migraines. Insurance member "
        "SSN {ssn}. Next visit booked; reminder to {phone}.",
    ],
    "banking": [
        "Customer {p1} called from {phone} to report card {card} stolen. {p1_last} confirmed DOB {dob} and "
        "the address {street}. Replacement card issued.",
        "KYC review: {p1}, SSN {ssn}, account {account}. Login from IP {ip} flagged in {city}. {p1_first} "
        "confirmed the travel by email from {email}.",
        "Wire request from {p1} to IBAN {iban} for a house deposit. Beneficiary {p2}. {p1_last} called back "
        "on {phone} to confirm. Account {account}.",
        "Chargeback: {p1} disputes a charge on card {card}. Statement address {street}. {p1_last} was "
        "born {dob_words} and asked for replies at {email}.",
    ],
}
CLEAN_NOTES = [
    "Claim reviewed. Water damage to the kitchen ceiling is consistent with the reported pipe burst. "
    "Estimate approved pending photos of the affected area.",
    "Policy renewal processed at the standard rate. No changes to coverage limits or deductible.",
    "Vehicle inspected at the body shop. Rear bumper and tail light need replacement; frame undamaged.",
    "Patient tolerated the procedure well. Vital signs stable. Continue metformin 500 mg twice daily.",
    "Lab results within normal limits except mildly elevated LDL. Diet counselling provided.",
    "Wound healing well, no signs of infection. Dressing changed; review in two weeks.",
    "Customer asked about overdraft fees. Explained the fee schedule and the option to link savings.",
    "Account statement mailed. No unusual activity detected in the last review cycle.",
    "Branch audit complete. Cash drawer balanced; two procedural notes filed with compliance.",
    "Hail season guidance sent to the regional claims team. Roof claims to be triaged by severity.",
]


def _name(rng: random.Random) -> tuple[str, str]:
    firsts, lasts = NAMES[rng.choice(sorted(NAMES))]
    return rng.choice(firsts), rng.choice(lasts)


def make_record(rng: random.Random, index: int) -> dict[str, object]:
    if rng.random() < CLEAN_SHARE:
        return {"text": rng.choice(CLEAN_NOTES), "spans": [], "style": "clean"}
    style = rng.choice(sorted(TEMPLATES))
    people = [Person(*_name(rng), id=f"r{index}p{n}") for n in (1, 2)]
    while people[1].last == people[0].last:
        people[1] = Person(*_name(rng), id=people[1].id)
    note = Note(rng, people)
    note.fill(rng.choice(TEMPLATES[style]))
    return {"text": note.text, "spans": note.spans, "style": style}


def generate(count: int = RECORDS, seed: int = SEED) -> list[dict[str, object]]:
    rng = random.Random(seed)
    return [make_record(rng, index) for index in range(count)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--count", type=int, default=RECORDS)
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    lines = [json.dumps(record, ensure_ascii=False) for record in generate(args.count, args.seed)]
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} records to {args.out}")


if __name__ == "__main__":
    main()
