"""Synthetic insurance claim notes, with PII, for the demo campaign and the tests (fixed seed)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import TypedDict

TEMPLATE_FIELDS = ["Claim Type", "Cause", "Current Evidence", "Next Action", "Risk Notes"]

SYSTEM_PROMPT = (
    "You are a claims assistant. Summarize the adjuster's claim note using exactly these lines: "
    "Claim Type, Cause, Current Evidence, Next Action, Risk Notes. State only what the note supports."
)

FIRST_NAMES = ["John", "Maria", "Ahmed", "Sofia", "Kenji", "Olga", "Daniel", "Priya", "Lucas", "Emma"]
LAST_NAMES = ["Miller", "Garcia", "Hassan", "Rossi", "Tanaka", "Ivanova", "Smith", "Patel", "Silva"]
STREETS = ["Oak Street", "Maple Avenue", "Harbor Road", "Elm Drive", "Pine Lane", "Cedar Court"]
CITIES = ["Springfield", "Riverton", "Lakewood", "Fairview", "Georgetown"]


class Scenario(TypedDict):
    """A kind of claim: `story` takes the street; a note picks one `evidence` and one `action`."""

    type: str
    cause: str
    story: str
    evidence: list[str]
    action: list[str]


SCENARIOS: list[Scenario] = [
    {
        "type": "Auto collision",
        "cause": "rear-ended at a traffic light",
        "story": "was rear-ended while stopped at a traffic light near {street}",
        "evidence": ["police report received", "photos of the bumper received", "repair estimate received"],
        "action": ["schedule vehicle inspection", "request the other driver's insurer details"],
    },
    {
        "type": "Water damage",
        "cause": "burst pipe in the kitchen",
        "story": "reports a burst pipe in the kitchen flooded the ground floor at {street}",
        "evidence": ["plumber invoice received", "photos of the flooded floor received"],
        "action": ["send a field adjuster", "approve emergency drying service"],
    },
    {
        "type": "Theft",
        "cause": "bicycle stolen from a locked garage",
        "story": "says a bicycle was stolen from the locked garage at {street}",
        "evidence": ["police report number provided", "purchase receipt received"],
        "action": ["verify the purchase receipt", "check the garage lock report"],
    },
    {
        "type": "Storm damage",
        "cause": "hail damaged the roof",
        "story": "reports hail damaged the roof of the house at {street}",
        "evidence": ["roofer quote received", "weather service hail report matched"],
        "action": ["book a roof inspection", "ask for interior photos"],
    },
    {
        "type": "Fire damage",
        "cause": "kitchen fire from an unattended pan",
        "story": "reports a kitchen fire from an unattended pan at {street}",
        "evidence": ["fire brigade report received", "photos of the kitchen received"],
        "action": ["arrange temporary housing", "send a fire damage specialist"],
    },
]

RISKS = ["No risk indicators in the note.", "Prior claim within 12 months; verify history."]


@dataclass(frozen=True)
class DemoRecord:
    """One raw record as an integrator would upload it: a note with PII and two candidate summaries."""

    external_id: str
    text: str
    reference: str
    alternate: str

    def as_json(self) -> dict:
        return {"id": self.external_id, "text": self.text, "responses": [self.reference, self.alternate]}


def _summary(scenario: Scenario, evidence: str, action: str, risk: str) -> str:
    values = [
        scenario["type"],
        scenario["cause"].capitalize() + ".",
        evidence.capitalize() + ".",
        action.capitalize() + ".",
        risk,
    ]
    return "\n".join(f"{field}: {value}" for field, value in zip(TEMPLATE_FIELDS, values, strict=True))


def _alternate(scenario: Scenario, evidence: str) -> str:
    # A weaker answer: misses fields and makes a claim the note does not support.
    return (
        f"This looks like a {scenario['type'].lower()} claim and {evidence}. "
        "The customer is clearly honest, pay the claim in full today."
    )


def demo_records(count: int = 50, seed: int = 7) -> list[DemoRecord]:
    """Return `count` synthetic claim notes, the same ones for the same seed."""
    rng = random.Random(seed)
    records = []
    for index in range(count):
        scenario = SCENARIOS[index % len(SCENARIOS)]
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        street = f"{rng.randint(10, 990)} {rng.choice(STREETS)}, {rng.choice(CITIES)}"
        phone = f"({rng.randint(201, 989)}) {rng.randint(200, 989)}-{rng.randint(1000, 9999)}"
        ssn = f"{rng.randint(100, 665)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"
        email = f"{first.lower()}.{last.lower()}{rng.randint(1, 99)}@example.com"
        evidence, action, risk = rng.choice(scenario["evidence"]), rng.choice(scenario["action"]), rng.choice(RISKS)
        text = (
            f"Called {first} {last} at {phone} about the claim. {first} {last} "
            f"{scenario['story'].format(street=street)}. Email on file {email}, SSN {ssn}. "
            f"Status: {evidence}. Plan: {action}."
            + (" Insured had a prior claim last year." if risk == RISKS[1] else "")
        )
        records.append(
            DemoRecord(
                external_id=f"claim-{index + 1:04d}",
                text=text,
                reference=_summary(scenario, evidence, action, risk),
                alternate=_alternate(scenario, evidence),
            )
        )
    return records
