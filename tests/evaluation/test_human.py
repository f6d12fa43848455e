"""Human evaluation rounds: blind pairs of the candidate and an opponent on the sealed test items, served first
in the judging queue, rated on the rubric, summarised with an interval, and kept out of every dataset."""

from __future__ import annotations

import random
import uuid

import pytest

from dataset_versions.services.freeze import dataset_freeze
from evaluation.metrics.human import HumanJudgement, human_summary
from evaluation.models import HumanPair, HumanRound
from evaluation.services.human import human_round_create
from labeling.models import Item, Membership
from preferences.models import Candidate, ComparisonTask, Judgement
from preferences.selectors import preference_pairs, preference_stats
from preferences.services.comparisons import comparison_submit, comparisons_create_for_item
from preferences.services.queue import judging_lease_next
from tests.evaluation.rounds import LABELS, label_campaign_round, scored
from tests.factories import MembershipFactory
from tuneloop.exceptions import ApplicationError, Conflict

pytestmark = pytest.mark.django_db


def right(_: int, reference: str) -> str:
    return reference


def wrong_but_every_third(index: int, reference: str) -> str:
    return reference if index % 3 == 0 else LABELS[(LABELS.index(reference) + 1) % 3]


def test_the_win_rate_weighs_items_equally_and_counts_ties_half() -> None:
    judgements = [
        HumanJudgement("x", 1, "win", {"Correct": "win"}),
        HumanJudgement("x", 2, "win", {"Correct": "win"}),
        HumanJudgement("x", 3, "loss", {"Correct": "loss"}),
        HumanJudgement("y", 1, "tie"),
        HumanJudgement("z", 1, "both_bad"),
    ]
    summary = human_summary(judgements, rubric=["Correct", "Complete"], pairs=4)
    assert summary["win_rate"] == pytest.approx((2 / 3 + 0.5 + 0.5) / 3)
    assert summary["counts"] == {"win": 2, "loss": 1, "tie": 1, "both_bad": 1}
    assert summary["judged_items"] == 3 and summary["pairs"] == 4
    low, high = summary["win_rate_ci95"]
    assert low <= summary["win_rate"] <= high and low < high
    assert summary["criteria"]["Correct"] == {"win_rate": pytest.approx(2 / 3), "rated": 3}
    assert summary["criteria"]["Complete"] == {"win_rate": None, "rated": 0}
    assert summary["agreement"]["items"] == 1 and summary["agreement"]["percent"] == pytest.approx(1 / 3)
    with pytest.raises(ValueError, match="outcome"):
        human_summary([HumanJudgement("x", 1, "a")], rubric=[], pairs=1)


def test_reviewers_agreeing_on_every_item_have_alpha_one_and_disagreeing_below_zero() -> None:
    agree = [
        HumanJudgement(item, reviewer, outcome) for item, outcome in [(1, "win"), (2, "loss")] for reviewer in "ab"
    ]
    assert human_summary(agree, rubric=[], pairs=2)["agreement"]["alpha"] == pytest.approx(1.0)
    split = [HumanJudgement(1, "a", "win"), HumanJudgement(1, "b", "loss"), HumanJudgement(2, "a", "loss")]
    split += [HumanJudgement(2, "b", "win")]
    assert human_summary(split, rubric=[], pairs=2)["agreement"]["alpha"] < 0


def _reviewers(evaluation, n: int = 2) -> list:
    return [MembershipFactory(campaign=evaluation.campaign, role=Membership.Role.REVIEWER).user for _ in range(n)]


def _judge_all(evaluation, reviewer, *, candidate_wins: bool) -> int:
    """Lease and judge every evaluation pair this reviewer is served, for or against the candidate."""
    judged = 0
    while (task := judging_lease_next(campaign=evaluation.campaign, user=reviewer)) is not None and task.evaluation:
        mine = HumanPair.objects.filter(candidate__in=[task.left_id, task.right_id]).get().candidate_id
        side = "a" if (task.left_id == mine) == candidate_wins else "b"
        comparison_submit(
            campaign=task.item.campaign,
            task_id=task.id,
            user=reviewer,
            choice=side,
            idempotency_key=str(uuid.uuid4()),
            criteria={"Correct": side, "No unsupported claims": "tie"},
        )
        judged += 1
    return judged


def test_a_human_round_serves_blind_pairs_first_and_its_result_reaches_the_report_and_gate() -> None:
    evaluation = scored(label_campaign_round(60), candidate=right, prompt_baseline=wrong_but_every_third)
    test_items = evaluation.report["n"]
    human = human_round_create(evaluation=evaluation, user=evaluation.created_by, judgements_per_pair=2)
    assert human.opponent == "prompt_baseline"  # no incumbent yet
    differing = sum(1 for i in range(test_items) if i % 3)
    assert human.identical == test_items - differing and human.pairs.count() == differing
    tasks = ComparisonTask.objects.filter(evaluation=True)
    assert tasks.count() == 2 * differing
    assert {(t.left.evaluation, t.right.evaluation) for t in tasks} == {(True, True)}
    evaluation.refresh_from_db()
    assert evaluation.report["human"]["judged_items"] == 0
    human_check = next(c for c in evaluation.report["gate"]["checks"] if c["name"] == "human_win_rate")
    assert not human_check["passed"]  # nothing judged yet: no promotion on the strength of people

    first, second = _reviewers(evaluation)
    assert _judge_all(evaluation, first, candidate_wins=True) == differing  # every pair once, never twice
    assert _judge_all(evaluation, second, candidate_wins=True) == differing
    evaluation.refresh_from_db()
    summary = evaluation.report["human"]
    assert summary["win_rate"] == 1.0 and summary["counts"]["win"] == 2 * differing
    assert summary["criteria"]["Correct"]["win_rate"] == 1.0
    assert summary["criteria"]["No unsupported claims"]["win_rate"] == 0.5
    assert summary["agreement"]["items"] == differing and summary["agreement"]["percent"] == 1.0
    human_check = next(c for c in evaluation.report["gate"]["checks"] if c["name"] == "human_win_rate")
    assert human_check["passed"] and human_check["figures"]["lower_bound"] == 1.0


def test_a_losing_candidate_fails_the_human_check() -> None:
    evaluation = scored(label_campaign_round(60), candidate=wrong_but_every_third, prompt_baseline=right)
    human_round_create(evaluation=evaluation, user=evaluation.created_by, judgements_per_pair=1)
    _judge_all(evaluation, _reviewers(evaluation, 1)[0], candidate_wins=False)
    evaluation.refresh_from_db()
    assert evaluation.report["human"]["win_rate"] == 0.0
    assert evaluation.report["gate"]["recommendation"] == "reject"


def test_evaluation_judgements_stay_out_of_preference_data_and_every_dataset() -> None:
    evaluation = scored(label_campaign_round(60), candidate=right, prompt_baseline=wrong_but_every_third)
    campaign = evaluation.campaign
    human_round_create(evaluation=evaluation, user=evaluation.created_by, judgements_per_pair=1)
    item = Item.objects.get(id=HumanPair.objects.first().item_id)
    Candidate.objects.create(item=item, source=Candidate.Source.IMPORT, text="water")
    assert comparisons_create_for_item(item=item, rng=random.Random(1)) == 0  # never paired with sealed outputs
    reviewer = _reviewers(evaluation, 1)[0]
    task = judging_lease_next(campaign=campaign, user=reviewer)
    with pytest.raises(ApplicationError, match="no rewrite"):
        comparison_submit(
            campaign=task.item.campaign,
            task_id=task.id,
            user=reviewer,
            choice="both_bad",
            idempotency_key="k1",
            rewrite="better",
        )
    with pytest.raises(ApplicationError, match="not a criterion"):
        comparison_submit(
            campaign=task.item.campaign,
            task_id=task.id,
            user=reviewer,
            choice="a",
            idempotency_key="k2",
            criteria={"x": "a"},
        )
    _judge_all(evaluation, reviewer, candidate_wins=True)
    assert Judgement.objects.filter(task__evaluation=True).exists()
    assert list(preference_pairs(campaign)) == []
    assert preference_stats(campaign)["judgements"] == 0
    version = dataset_freeze(campaign=campaign, user=campaign.created_by)
    evaluated = set(Candidate.objects.filter(evaluation=True).values_list("id", flat=True))
    assert not version.rows.filter(kind="dpo").exists()
    for row in version.rows.all():
        assert not evaluated & set((row.lineage.get("candidates") or {}).values())


def test_a_round_has_one_human_round_only_when_finished_and_names_a_bad_opponent(api) -> None:
    evaluation = scored(label_campaign_round(60), candidate=right, prompt_baseline=wrong_but_every_third)
    admin = api(evaluation.created_by)
    bad = admin.post(f"/api/evaluations/{evaluation.id}/human/", {"opponent": "incumbent"}, format="json")
    assert bad.status_code == 400 and bad.json()["field"] == "opponent"
    assert admin.get(f"/api/evaluations/{evaluation.id}/human/").status_code == 404
    created = admin.post(f"/api/evaluations/{evaluation.id}/human/", {"judgements_per_pair": 1}, format="json")
    assert created.status_code == 201, created.content
    body = created.json()
    assert body["opponent"] == "prompt_baseline" and body["summary"]["pairs"] == HumanRound.objects.get().pairs.count()
    again = admin.post(f"/api/evaluations/{evaluation.id}/human/", {}, format="json")
    assert again.status_code == 409
    shown = admin.get(f"/api/evaluations/{evaluation.id}/human/").json()
    assert shown["summary"]["judged_items"] == 0
    reviewer = api(_reviewers(evaluation, 1)[0])
    assert reviewer.get(f"/api/evaluations/{evaluation.id}/human/").status_code in (403, 404)


def test_an_unfinished_round_cannot_be_judged_by_people() -> None:
    evaluation = label_campaign_round(60)
    with pytest.raises(Conflict, match="finished"):
        human_round_create(evaluation=evaluation, user=evaluation.created_by)
