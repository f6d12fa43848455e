"""Factual-safety and must-never checks: what an output states that its input does not, what it lost,
and which checkable rules it breaks; counted per contender in a template campaign's report."""

from __future__ import annotations

import pytest

from evaluation.metrics.report import compare_contenders
from evaluation.metrics.safety import dropped, rule_violations, safety_metrics, unsupported
from labeling.services.guidelines import spec_validate
from tuneloop.exceptions import ApplicationError

NOTE = "Claim for <PERSON_1>: hail damaged the roof on 12/03/2024. Estimate 4,200 dollars. Adjuster Okafor."
TEMPLATE = {"kind": "template", "fields": ["Claim Type", "Amount", "Next Action"]}
RULES = [
    {"name": "promise", "kind": "phrase", "value": "we will pay"},
    {"name": "ssn", "kind": "pattern", "value": r"\b\d{3}-\d{2}-\d{4}\b"},
]


def test_an_amount_the_input_does_not_hold_is_unsupported_and_a_reformatted_one_is_not() -> None:
    output = "Claim Type: Hail\nAmount: 4200 dollars, plus 650 for the gutters\nNext Action: Call Okafor"
    found = unsupported(output, NOTE, TEMPLATE["fields"])
    assert [(f.kind, f.text) for f in found] == [("number", "650")]
    assert output[found[0].start : found[0].end] == "650"


def test_invented_placeholders_and_names_are_unsupported_but_sentence_starts_are_not() -> None:
    output = "Claim Type: Hail\nAmount: 4,200\nNext Action: Ask <PERSON_2> and Mrs Delacroix. Roof checked."
    kinds = [(f.kind, f.text) for f in unsupported(output, NOTE, TEMPLATE["fields"])]
    assert kinds == [("placeholder", "<PERSON_2>"), ("name", "Mrs"), ("name", "Delacroix")]


def test_details_of_the_reference_that_the_output_lost_are_dropped() -> None:
    reference = "Claim Type: Hail\nAmount: 4,200 dollars\nNext Action: call <PERSON_1>"
    lost = dropped("Claim Type: Hail\nAmount: unknown\nNext Action: call <PERSON_1>", reference, NOTE)
    assert [(f.kind, f.text) for f in lost] == [("number", "4,200")]


def test_must_never_rules_match_phrases_in_any_case_and_patterns() -> None:
    broken = rule_violations("We Will Pay the claim; SSN 123-45-6789.", RULES)
    assert [(f.kind, f.text) for f in broken] == [("promise", "We Will Pay"), ("ssn", "123-45-6789")]


def test_rates_count_outputs_with_any_finding() -> None:
    outputs = ["Amount: 4,200", "Amount: 9,999", "we will pay 4,200"]
    metrics, values, findings = safety_metrics(outputs, [NOTE] * 3, ["Amount: 4,200"] * 3, RULES)
    assert metrics["unsupported_rate"] == pytest.approx(1 / 3)
    assert metrics["policy_violation_rate"] == pytest.approx(1 / 3)
    assert metrics["dropped_detail_rate"] == pytest.approx(1 / 3)
    assert metrics["violations"] == {"promise": 1, "ssn": 0}
    assert values["unsupported_rate"] == [0.0, 1.0, 0.0] and len(findings[1]) == 2  # 9,999 extra, 4,200 lost


def test_a_template_report_counts_unsupported_content_and_rule_violations_per_contender() -> None:
    reference = "Claim Type: Hail\nAmount: 4,200 dollars\nNext Action: Inspect the roof"
    outputs = {
        "base": ["Claim Type: Hail\nAmount: 6,000 dollars\nNext Action: Inspect the roof"] * 4,
        "candidate": [reference, reference, reference, "Claim Type: Hail\nAmount: 4,200\nNext Action: We will pay"],
    }
    report = compare_contenders(outputs, [reference] * 4, TEMPLATE, sources=[NOTE] * 4, rules=RULES)
    base, candidate = (report["contenders"][name]["metrics"] for name in ("base", "candidate"))
    assert set(candidate["field_f1"]) == set(TEMPLATE["fields"]) and set(base["field_f1"]) == set(TEMPLATE["fields"])
    assert base["unsupported_rate"] == 1.0 and candidate["unsupported_rate"] == 0.0
    assert candidate["policy_violation_rate"] == 0.25 and candidate["violations"]["promise"] == 1
    difference = report["differences"]["candidate_vs_base"]["unsupported_rate"]
    assert difference["delta"] == -1.0 and difference["n"] == 4


def test_the_spec_takes_checkable_rules_and_names_a_bad_one() -> None:
    spec = spec_validate({"output_format": TEMPLATE, "must_never_rules": [{**RULES[0], "name": " promise "}]})
    assert spec["must_never_rules"] == [RULES[0]]
    assert "must_never_rules" not in spec_validate({"output_format": TEMPLATE})
    with pytest.raises(ApplicationError) as bad:
        spec_validate({"output_format": TEMPLATE, "must_never_rules": [{"name": "x", "kind": "pattern", "value": "("}]})
    assert bad.value.field == "spec.must_never_rules[0].value"
    with pytest.raises(ApplicationError) as twice:
        spec_validate({"output_format": TEMPLATE, "must_never_rules": [RULES[0], RULES[0]]})
    assert twice.value.field == "spec.must_never_rules[1].name"
