"""The promotion gate recommends, an admin signs off with a note, and rollback is one audited action."""

from __future__ import annotations

import pytest

from evaluation.metrics.gate import GateSettings, gate
from evaluation.metrics.report import compare_contenders
from evaluation.models import Promotion
from labeling.models import Campaign
from tests.evaluation.rounds import LABELS, another_round, label_campaign_round, scored

FORMAT = {"kind": "labels", "labels": ["a", "b", "c"]}
TRUTH = ["a", "b", "c"] * 10


def right(_: int, reference: str) -> str:
    return reference


def mostly_wrong(index: int, reference: str) -> str:
    return reference if index % 3 == 0 else LABELS[(LABELS.index(reference) + 1) % 3]


def test_the_gate_rejects_a_candidate_worse_than_the_incumbent_and_recommends_a_better_one() -> None:
    worse = {"candidate": ["a"] * 30, "incumbent": TRUTH, "prompt_baseline": ["b"] * 30}
    verdict = gate(compare_contenders(worse, TRUTH, FORMAT), GateSettings())
    assert verdict["recommendation"] == "reject" and verdict["against"] == "incumbent"
    failed = {check["name"] for check in verdict["checks"] if not check["passed"]}
    assert failed == {"primary_metric_beats", "no_field_or_label_regression"}
    regression = next(c for c in verdict["checks"] if c["name"] == "no_field_or_label_regression")
    assert set(regression["figures"]["regressed"]) == {"a", "b", "c"}  # "a" too: answered for everything

    better = {"candidate": TRUTH, "incumbent": ["a"] * 30}
    verdict = gate(compare_contenders(better, TRUTH, FORMAT), GateSettings())
    assert verdict["recommendation"] == "promote"
    primary = verdict["checks"][0]
    assert primary["name"] == "primary_metric_beats" and primary["figures"]["metric"] == "accuracy"
    assert primary["figures"]["ci95"][0] > 0 and primary["figures"]["n"] == 30


def test_a_rule_violation_fails_the_gate_even_when_the_candidate_is_better() -> None:
    rules = [{"name": "promise", "kind": "phrase", "value": "b"}]
    report = compare_contenders({"candidate": TRUTH, "base": ["a"] * 30}, TRUTH, FORMAT, sources=[""] * 30, rules=rules)
    verdict = gate(report, GateSettings())
    assert verdict["against"] == "base" and verdict["recommendation"] == "reject"
    assert [c["name"] for c in verdict["checks"] if not c["passed"]] == ["no_must_never_violations"]
    assert gate(report, GateSettings(max_policy_violation_rate=0.5))["recommendation"] == "promote"


@pytest.mark.django_db
def test_an_admin_promotes_with_a_note_overrides_only_with_a_reason_and_rolls_back(api) -> None:
    first = scored(label_campaign_round(), base=mostly_wrong, prompt_baseline=mostly_wrong, candidate=right)
    campaign, admin = first.campaign, api(first.created_by)
    shown = admin.get(f"/api/evaluations/{first.id}/").json()
    assert shown["gate"]["recommendation"] == "promote" and shown["report"]["gate"]["recommendation"] == "promote"
    assert "note" in admin.post(f"/api/evaluations/{first.id}/promote/", {"note": " "}).json()["errors"]
    promoted = admin.post(f"/api/evaluations/{first.id}/promote/", {"note": "Beats the prompt baseline on 12 items."})
    assert promoted.status_code == 201, promoted.content
    assert Campaign.objects.get(id=campaign.id).prefill_artifact_id == first.artifact_id  # it drafts now

    # A second candidate, worse than the incumbent: the gate says reject; promoting needs a reason.
    second = scored(another_round(first), base=mostly_wrong, prompt_baseline=mostly_wrong, candidate=mostly_wrong)
    assert second.report["gate"]["against"] == "prompt_baseline"  # scored without generating the incumbent here
    second.report["contenders"]["incumbent"] = first.report["contenders"]["candidate"]
    second.report["differences"]["candidate_vs_incumbent"] = {
        "accuracy": {"delta": -0.6, "ci95": [-0.8, -0.4], "n": 12}
    }
    second.save(update_fields=["report"])
    refused = admin.post(f"/api/evaluations/{second.id}/promote/", {"note": "Try it."})
    assert refused.status_code == 400 and refused.json()["field"] == "override_reason"
    assert "primary_metric_beats" in refused.json()["detail"]
    reason = "The incumbent's vendor licence ends Friday; accepted by the claims director."
    overridden = admin.post(f"/api/evaluations/{second.id}/promote/", {"note": "Forced.", "override_reason": reason})
    assert overridden.status_code == 201 and overridden.json()["recommendation"] == "reject"

    rolled = admin.post(f"/api/campaigns/{campaign.id}/incumbent/rollback/", {"note": "Complaints doubled."})
    assert rolled.status_code == 201 and rolled.json()["artifact"] == first.artifact_id
    assert Campaign.objects.get(id=campaign.id).prefill_artifact_id == first.artifact_id
    trail = admin.get(f"/api/campaigns/{campaign.id}/promotions/").json()["results"]
    assert [(e["action"], e["artifact"], e["note"]) for e in trail] == [
        ("rollback", first.artifact_id, "Complaints doubled."),
        ("promote", second.artifact_id, "Forced."),
        ("promote", first.artifact_id, "Beats the prompt baseline on 12 items."),
    ]
    assert trail[1]["override_reason"] == reason and trail[0]["user"] == first.created_by.username
    assert (
        admin.post(f"/api/campaigns/{campaign.id}/incumbent/rollback/", {"note": "Back to none."}).json()["artifact"]
        is None
    )
    assert admin.post(f"/api/campaigns/{campaign.id}/incumbent/rollback/", {"note": "Again."}).status_code == 400
    assert Promotion.objects.filter(campaign=campaign).count() == 4


@pytest.mark.django_db
def test_the_gate_settings_are_per_campaign_and_a_bad_one_is_named(api) -> None:
    evaluation = label_campaign_round(items=12)
    admin = api(evaluation.created_by)
    url = f"/api/campaigns/{evaluation.campaign_id}/gate/"
    assert admin.get(url).json() == GateSettings().to_dict()
    saved = admin.put(url, {"max_regression": 0.1}, format="json")
    assert saved.status_code == 200 and saved.json()["max_regression"] == 0.1
    assert admin.get(url).json()["max_policy_violation_rate"] == 0.0
    bad = admin.put(url, {"max_policy_violation_rate": 3}, format="json")
    assert bad.status_code == 400 and "max_policy_violation_rate" in bad.json()["errors"]


def test_a_candidate_with_nothing_to_compare_with_is_not_recommended() -> None:
    verdict = gate(compare_contenders({"candidate": TRUTH}, TRUTH, FORMAT), GateSettings())
    assert verdict == {
        "recommendation": "reject",
        "against": None,
        "checks": [{"name": "comparison", "passed": False, "figures": {}}],
    }
