"""The campaign's loop overview: each stage's figures for members, in a fixed number of queries."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from evaluation.models import EvaluationRound
from evaluation.services.promotions import candidate_promote
from frontend.overview import loop_overview
from labeling.models import Campaign, Example, Membership
from preferences.models import Candidate, ComparisonTask, Judgement
from tests.evaluation.rounds import LABELS, another_round, label_campaign_round, scored
from tests.factories import CampaignFactory, ItemFactory, MembershipFactory, UserFactory
from training.models import TrainingRun

pytestmark = pytest.mark.django_db

ITEMS = 120  # label_campaign_round: one approved answer each


def right(_: int, reference: str) -> str:
    return reference


def mostly_wrong(index: int, reference: str) -> str:
    return reference if index % 3 == 0 else LABELS[(LABELS.index(reference) + 1) % 3]


def _judge(campaign: Campaign, reviewer, n: int) -> None:
    for index in range(n):
        item = ItemFactory(campaign=campaign, external_id=f"pair-{index}")
        a, b = (Candidate.objects.create(item=item, source="import", text=text) for text in ("fire", "water"))
        task = ComparisonTask.objects.create(item=item, left=a, right=b, status="done")
        Judgement.objects.create(task=task, reviewer=reviewer, choice="a", idempotency_key=f"k-{index}")


def loop_campaign() -> Campaign:
    """A campaign part-way round the loop: approved answers frozen into a dataset, a run evaluated and its
    candidate promoted, and then more: unanswered items, an answer to review, judgements, a failed run and a
    second candidate's round, queued. The fixture's runs stay queued: only their artifacts matter to it."""
    evaluation = scored(label_campaign_round(ITEMS), base=mostly_wrong, prompt_baseline=mostly_wrong, candidate=right)
    campaign, admin = evaluation.campaign, evaluation.created_by
    candidate_promote(evaluation=evaluation, user=admin, note="Beats the prompt baseline.")
    writer = UserFactory(username="writer")
    waiting = ItemFactory(campaign=campaign, external_id="new-1")
    Example.objects.create(item=waiting, author=writer, response="fire")  # submitted: awaits review
    draft = ItemFactory(campaign=campaign, external_id="new-2")
    Example.objects.create(item=draft, author=writer, response="wat", status=Example.Status.DRAFT)
    _judge(campaign, writer, 3)  # three more items, answered by no one
    TrainingRun.objects.create(
        campaign=campaign, dataset=evaluation.dataset, base_model_path="/m", created_by=admin, status="failed"
    )
    another_round(evaluation)
    return campaign


def test_members_read_where_the_loop_stands(api) -> None:
    campaign = loop_campaign()
    reviewer = MembershipFactory(campaign=campaign, role=Membership.Role.REVIEWER).user
    response = api(reviewer).get(f"/api/campaigns/{campaign.id}/overview/")
    assert response.status_code == 200, response.content
    overview = response.json()

    assert overview["items"] == {"total": ITEMS + 5, "answered": ITEMS + 1, "approved": ITEMS, "awaiting_review": 1}
    assert overview["judgements"] == 3
    datasets = overview["datasets"]
    assert datasets["versions"] == 1 and datasets["latest"]["version"] == 1
    splits = [datasets["latest"][split]["sft"] for split in ("train", "validation", "test")]
    assert sum(splits) == ITEMS and all(splits)
    assert overview["runs"]["total"] == 3 and overview["runs"]["by_status"] == {"queued": 2, "failed": 1}
    assert overview["runs"]["busy"] == 2
    assert overview["evaluations"] == {"total": 2, "busy": 1, "by_status": {"succeeded": 1, "queued": 1}}
    first = EvaluationRound.objects.filter(campaign=campaign, status="succeeded").get()
    verdict = overview["last_verdict"]
    assert verdict["round"] == first.id and verdict["artifact"] == first.artifact_id
    assert verdict["recommendation"] == "promote" and verdict["against"] == first.report["gate"]["against"]
    assert overview["incumbent"]["artifact"] == first.artifact_id and overview["incumbent"]["action"] == "promote"


def test_a_new_campaign_has_nothing_yet(api) -> None:
    campaign = CampaignFactory()
    MembershipFactory(campaign=campaign, user=campaign.created_by, role=Membership.Role.ADMIN)
    overview = api(campaign.created_by).get(f"/api/campaigns/{campaign.id}/overview/").json()
    assert overview == {
        "items": {"total": 0, "answered": 0, "approved": 0, "awaiting_review": 0},
        "judgements": 0,
        "datasets": {"versions": 0, "latest": None},
        "runs": {"total": 0, "busy": 0, "by_status": {}},
        "evaluations": {"total": 0, "busy": 0, "by_status": {}},
        "last_verdict": None,
        "incumbent": None,
    }


def test_no_one_outside_the_campaign_reads_it(api, client) -> None:
    campaign = CampaignFactory()
    response = api(UserFactory()).get(f"/api/campaigns/{campaign.id}/overview/")
    assert response.status_code == 404
    assert "not a member" in response.json()["detail"]
    assert client.get(f"/api/campaigns/{campaign.id}/overview/").status_code in (401, 403)


def test_the_overview_takes_the_same_few_queries_however_far_the_loop_went() -> None:
    busy, empty = loop_campaign(), CampaignFactory()
    with CaptureQueriesContext(connection) as far:
        loop_overview(busy)
    with CaptureQueriesContext(connection) as new:
        loop_overview(empty)
    assert len(far) <= 9 and len(new) <= len(far)
