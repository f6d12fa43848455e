"""An evaluation round's failures back to reviewers: validation failures become writing tasks with the model's
draft and why it failed; test failures leave the sealed split only by retirement into the next version's train."""

from __future__ import annotations

import json

import pytest

from dataset_versions.services.freeze import dataset_freeze, dataset_manifest
from evaluation.metrics.failures import item_failures
from evaluation.metrics.safety import Finding
from evaluation.selectors import round_guideline_spec, round_test_items, round_validation_items
from evaluation.services.failures import round_failures, round_failures_send
from evaluation.services.rounds import round_record
from labeling.models import Item, Membership, Rework
from tests.evaluation.rounds import LABELS, label_campaign_round
from tests.factories import MembershipFactory
from tuneloop.exceptions import Conflict

pytestmark = pytest.mark.django_db
TEMPLATE = {"kind": "template", "fields": ["Cause", "Amount"]}


def test_an_output_fails_on_format_label_field_or_safety_and_never_carries_text() -> None:
    labels = {"kind": "labels", "labels": ["water", "fire"]}
    assert item_failures("water", "water", labels) == []
    assert item_failures("smoke", "water", labels) == [{"check": "format"}]
    assert item_failures("fire", "water", labels) == [{"check": "label", "metric": "accuracy"}]
    wrong_cause = item_failures("Cause: burst pipe\nAmount: 400", "Cause: storm\nAmount: 400", TEMPLATE)
    assert wrong_cause == [{"check": "field", "field": "Cause", "f1": 0.0}]
    found = [Finding("unsupported", "amount", "900", 0, 3)]
    assert item_failures("Cause: storm\nAmount: 900", "Cause: storm\nAmount: 900", TEMPLATE, found) == [
        {"check": "unsupported", "kind": "amount"}
    ]
    assert item_failures("I will escalate this to a claims handler.", "Escalating.", TEMPLATE, kind="escalate") == []
    assert item_failures("I cannot answer this.", "Escalating.", TEMPLATE, kind="escalate") == [
        {"check": "behaviour", "expected": "escalate", "got": "decline"}
    ]
    assert item_failures("Cause: storm\nAmount: 9", "Escalating.", TEMPLATE, kind="escalate") == [
        {"check": "behaviour", "expected": "escalate", "got": "answer"}  # a missed escalation
    ]


def _recorded(items: int = 60):
    """A round whose candidate is right on a third of the test and validation items, wrong on the rest."""
    evaluation = label_campaign_round(items)
    test, held = round_test_items(evaluation), round_validation_items(evaluation)

    def answers(rows):
        return [r.reference if i % 3 == 0 else LABELS[(LABELS.index(r.reference) + 1) % 3] for i, r in enumerate(rows)]

    outputs = {"prompt_baseline": ["water"] * len(test), "candidate": answers(test)}
    round_record(
        evaluation=evaluation,
        items=test,
        outputs=outputs,
        guideline=round_guideline_spec(evaluation),
        validation=(held, answers(held)),
    )
    evaluation.refresh_from_db()
    return evaluation, test, held


def test_validation_failures_become_writing_tasks_with_the_model_draft_and_the_reason(api) -> None:
    evaluation, _, held = _recorded()
    failed = round_failures(evaluation, "validation")
    assert held and len(failed) == sum(1 for i in range(len(held)) if i % 3)
    assert evaluation.samples.filter(split="validation").count() == len(held)
    assert evaluation.report["n"] == evaluation.samples.filter(split="test", model="candidate").count()

    admin = api(evaluation.created_by)
    counts = admin.get(f"/api/evaluations/{evaluation.id}/failures/").json()
    assert counts == {"validation": len(failed), "test": counts["test"], "sent": []}
    sent = admin.post(f"/api/evaluations/{evaluation.id}/failures/", {"split": "validation"}, format="json")
    assert sent.status_code == 200 and sent.json()["sent"] == ["validation"]
    assert admin.post(f"/api/evaluations/{evaluation.id}/failures/", {"split": "validation"}).status_code == 409
    bad = admin.post(f"/api/evaluations/{evaluation.id}/failures/", {"split": "train"}, format="json")
    assert bad.status_code == 400 and "split" in bad.json()["errors"]

    first = failed[0]
    rework = Rework.objects.get(item=first.item)
    assert rework.draft == first.output and rework.reasons == [{"check": "label", "metric": "accuracy"}]
    assert Item.objects.get(id=first.item_id).extra_answers == 1
    reviewer = MembershipFactory(campaign=evaluation.campaign, role=Membership.Role.REVIEWER).user
    task = api(reviewer).get(f"/api/campaigns/{evaluation.campaign_id}/authoring/next/").json()
    assert task["item"]["id"] == first.item_id  # the only items with a free slot are the sent-back ones
    assert task["prefill"] == first.output
    assert task["rework"] == {"source": f"evaluation round {evaluation.id}", "reasons": rework.reasons}


def test_retired_test_failures_move_to_train_in_the_next_version_only_with_their_lineage() -> None:
    evaluation, test, _ = _recorded()
    first = evaluation.dataset
    failed = {sample.item_id for sample in round_failures(evaluation, "test")}
    assert failed and round_failures_send(evaluation=evaluation, user=evaluation.created_by, split="test") == len(
        failed
    )
    with pytest.raises(Conflict, match="already sent"):
        round_failures_send(evaluation=evaluation, user=evaluation.created_by, split="test")

    second = dataset_freeze(campaign=evaluation.campaign, user=evaluation.created_by)
    third = dataset_freeze(campaign=evaluation.campaign, user=evaluation.created_by)
    assert set(first.rows.filter(split="test").values_list("item_id", flat=True)) >= failed  # the old one keeps them
    for version in (second, third):
        retired = version.rows.filter(item_id__in=failed)
        assert {row.split for row in retired} == {"train"}
        assert {row.lineage["retired_from_test"]["version"] for row in retired} == {first.version}
        assert version.rows.filter(split="test").count() == len(test) - len(failed)
        in_test = set(version.rows.filter(split="test").values_list("item_id", flat=True))
        trained = set(version.rows.exclude(split="test").values_list("item_id", flat=True))
        assert not in_test & trained  # no training export holds a row of its own version's test split
    manifest = [json.loads(json.dumps(entry, default=str)) for entry in dataset_manifest(second)][1:]
    retired_entries = [entry for entry in manifest if entry["retired_from_test"]]
    assert len(retired_entries) == len(failed)
    assert retired_entries[0]["retired_from_test"]["source"] == f"evaluation round {evaluation.id}"
