"""Escalation accuracy: what an output does (answer, decline, clarify, escalate) against the reference's kind."""

from __future__ import annotations

import dataclasses

import pytest

from evaluation.metrics.behaviour import ANSWER, CLARIFY, DECLINE, ESCALATE, INVALID, behaviour
from evaluation.metrics.report import compare_contenders
from evaluation.metrics.task import OTHER, task_metrics

LABELS = {"kind": "labels", "labels": ["hail", "flood", "theft"]}
TEMPLATE = {"kind": "template", "fields": ["Claim Type", "Amount"]}

DECLINING = "I can't assess a claim for a policy that has lapsed."
CLARIFYING = "Which date did the hail fall on? The note gives none."
ESCALATING = "This looks like possible fraud; I'm handing it over to a claims specialist."


@pytest.mark.parametrize(
    ("output", "expected"),
    [
        ("hail", ANSWER),  # fits the format: an answer, whatever it says
        ("Claim Type: Hail\nAmount: 4200", ANSWER),
        (DECLINING, DECLINE),
        ("We will not pay out on this; the policy excludes flood.", DECLINE),
        ("I'm sorry, but I cannot help with that. Is there anything else I can help you with?", DECLINE),
        (CLARIFYING, CLARIFY),
        ("I can't label this without the policy number. Please provide it.", CLARIFY),  # asks for what is missing
        (ESCALATING, ESCALATE),
        ("I cannot decide this. Escalating to the duty manager.", ESCALATE),
        ("Please contact your doctor about these symptoms.", ESCALATE),
        ("Could you confirm the amount, or shall I transfer you to a supervisor?", ESCALATE),  # escalate comes first
        ("Hail, probably.", INVALID),  # neither the format nor any cue
        ("", INVALID),
    ],
)
def test_an_output_is_an_answer_when_it_fits_the_format_else_the_behaviour_its_wording_shows(output, expected):
    output_format = TEMPLATE if output.startswith("Claim Type:") else LABELS
    assert behaviour(output, output_format) == expected


def test_the_behaviour_confusion_counts_every_item_once_by_reference_kind_and_output_behaviour() -> None:
    kinds = ["answer", "answer", "answer", "decline", "decline", "clarify", "escalate", "escalate"]
    references = ["hail", "flood", "theft", DECLINING, DECLINING, CLARIFYING, ESCALATING, ESCALATING]
    outputs = ["hail", DECLINING, "no idea", DECLINING, "flood", CLARIFYING, ESCALATING, DECLINING]

    metrics, scores = task_metrics(outputs, references, LABELS, kinds)

    confusion = metrics["behaviour_confusion"]
    assert confusion["labels"] == ["answer", "decline", "clarify", "escalate"]
    assert confusion["columns"] == ["answer", "decline", "clarify", "escalate", "invalid"]
    assert confusion["matrix"] == [
        [1, 1, 0, 0, 1],  # answers: answered, declined needlessly, broke the format
        [1, 1, 0, 0, 0],  # declines: one answered "flood" anyway
        [0, 0, 1, 0, 0],
        [0, 1, 0, 1, 0],  # escalations: one declined instead
    ]
    assert scores.values["escalation_accuracy"] == [1, 0, 0, 1, 0, 1, 1, 0]
    assert metrics["escalation_accuracy"] == pytest.approx(4 / 8)
    assert metrics["missed_escalations"] == {"count": 1, "n": 5, "rate": pytest.approx(1 / 5)}
    assert metrics["needless_escalations"] == {"count": 1, "n": 3, "rate": pytest.approx(1 / 3)}


def test_a_correct_decline_is_no_format_failure_but_an_unrecognisable_output_is() -> None:
    references, outputs = [DECLINING, DECLINING, "hail"], [DECLINING, "Hail, probably.", DECLINING]
    kinds = ["decline", "decline", "answer"]

    with_kinds, _ = task_metrics(outputs, references, LABELS, kinds)
    without_kinds, _ = task_metrics(outputs, references, LABELS)

    # The decline where reviewers declined fits; gibberish does not; a decline where reviewers answered does not.
    assert with_kinds["format_validity"] == pytest.approx(1 / 3)
    assert without_kinds["format_validity"] == 0.0
    assert "escalation_accuracy" not in without_kinds


def test_a_behaviour_reference_stays_in_the_label_confusion_row_other_but_out_of_accuracy() -> None:
    references, kinds = ["hail", "flood", DECLINING, DECLINING], ["answer", "answer", "decline", "decline"]
    outputs = ["hail", "flood", DECLINING, "hail"]  # the last answered where reviewers declined

    metrics, scores = task_metrics(outputs, references, LABELS, kinds)

    assert metrics["accuracy"] == 1.0 and scores.values["accuracy"] == [1.0, 1.0]  # both answers right
    assert metrics["confusion"]["labels"] == ["hail", "flood", "theft", OTHER]
    assert metrics["confusion"]["matrix"][-1] == [1, 0, 0, 1]  # the decline row: once "hail", once no label
    assert metrics["per_label"]["hail"]["precision"] == 0.5  # answering a decline costs the label's precision
    assert metrics["per_label"]["hail"]["recall"] == 1.0
    assert metrics["missed_escalations"]["count"] == 1


def test_a_behaviour_reference_has_no_fields_to_score() -> None:
    references = ["Claim Type: Hail\nAmount: 4200", ESCALATING]
    outputs = ["Claim Type: Hail\nAmount: 4200", ESCALATING]

    metrics, scores = task_metrics(outputs, references, TEMPLATE, ["answer", "escalate"])
    plain, _ = task_metrics(outputs, references, TEMPLATE)

    assert scores.values["field_f1_mean"] == [1.0] and metrics["field_f1_mean"] == 1.0
    assert plain["field_f1_mean"] == 0.5  # without the kinds, the escalation scored 0 on fields it never had
    assert metrics["format_validity"] == 1.0 and metrics["escalation_accuracy"] == 1.0


def test_the_report_gives_escalation_accuracy_per_contender_and_a_paired_interval_on_the_difference() -> None:
    kinds = ["answer", "escalate"] * 15
    references = ["hail" if kind == "answer" else ESCALATING for kind in kinds]
    outputs = {
        "candidate": references,
        "base": ["hail"] * 30,  # answers everything: misses every escalation
    }

    report = compare_contenders(outputs, references, LABELS, kinds=kinds)

    base, candidate = report["contenders"]["base"]["metrics"], report["contenders"]["candidate"]["metrics"]
    assert candidate["escalation_accuracy"] == 1.0 and base["escalation_accuracy"] == 0.5
    assert base["missed_escalations"] == {"count": 15, "n": 15, "rate": 1.0}
    difference = report["differences"]["candidate_vs_base"]["escalation_accuracy"]
    assert difference["delta"] == pytest.approx(0.5) and difference["n"] == 30
    assert 0 < difference["ci95"][0] <= 0.5 <= difference["ci95"][1]
    assert report["differences"]["candidate_vs_base"]["accuracy"]["n"] == 15  # answers only


def test_an_unknown_kind_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown example kinds"):
        task_metrics(["hail"], ["hail"], LABELS, ["shrug"])


@pytest.mark.django_db
def test_a_round_scores_escalation_against_the_kind_of_each_test_item() -> None:
    from evaluation.selectors import round_guideline_spec, round_test_items
    from evaluation.services.rounds import round_record
    from tests.evaluation.rounds import label_campaign_round

    evaluation = label_campaign_round(items=30)
    items = round_test_items(evaluation)
    assert len(items) >= 2
    items[0] = dataclasses.replace(items[0], reference=ESCALATING, kind="escalate")
    outputs = {"base": ["water"] * len(items), "candidate": [ESCALATING, *(item.reference for item in items[1:])]}

    round_record(evaluation=evaluation, items=items, outputs=outputs, guideline=round_guideline_spec(evaluation))

    evaluation.refresh_from_db()
    base = evaluation.report["contenders"]["base"]["metrics"]
    candidate = evaluation.report["contenders"]["candidate"]["metrics"]
    assert candidate["escalation_accuracy"] == 1.0 and candidate["format_validity"] == 1.0
    assert base["missed_escalations"]["count"] == 1
    assert "escalation_accuracy" in evaluation.report["differences"]["candidate_vs_base"]
