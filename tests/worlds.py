"""Worlds that security tests share: one campaign with every kind of object and a user in every role."""

from __future__ import annotations

import pytest

from deployments.models import ApiKey, Deployment
from evaluation.services.human import human_round_create
from labeling.models import Assignment, Example, ImportBatch, Membership, Webhook, WebhookDelivery
from preferences.models import Candidate, ComparisonTask, Judgement
from tests.evaluation.rounds import label_campaign_round, scored
from tests.factories import CampaignFactory, ItemFactory, MembershipFactory, StaffFactory


@pytest.fixture
def world() -> dict:
    """One campaign with every kind of object, its admin and reviewer, a reviewer of another campaign, staff."""
    evaluation = scored(label_campaign_round(30), candidate=lambda _, ref: ref, base=lambda *_: "water")
    human_round_create(evaluation=evaluation, user=evaluation.created_by, judgements_per_pair=1)
    campaign = evaluation.campaign
    admin = MembershipFactory(campaign=campaign, role=Membership.Role.ADMIN).user  # not staff
    reviewer = MembershipFactory(campaign=campaign, role=Membership.Role.REVIEWER).user
    outsider = MembershipFactory(campaign=CampaignFactory(), role=Membership.Role.REVIEWER).user
    # The member that removing a member removes: never one of the roles the requests are made as.
    leaving = MembershipFactory(campaign=campaign, role=Membership.Role.REVIEWER).user
    item = ItemFactory(campaign=campaign, external_id="open-item")
    assignment = Assignment.objects.create(item=item, reviewer=reviewer, slot=0)
    example = Example.objects.create(item=item, author=reviewer, assignment=assignment, response="water")
    left, right = (Candidate.objects.create(item=item, source="import", text=text) for text in ("fire", "theft"))
    judged = ComparisonTask.objects.create(item=item, left=left, right=right, status="done")
    judgement = Judgement.objects.create(task=judged, reviewer=reviewer, choice="a", idempotency_key="k")
    task = ComparisonTask.objects.create(item=item, left=right, right=left, copy=1, leased_to=reviewer)
    batch = ImportBatch.objects.create(campaign=campaign, filename="notes.jsonl", created_by=admin)
    deployment = Deployment.objects.create(campaign=campaign, name="world", created_by=admin)
    key = ApiKey.objects.create(deployment=deployment, name="caller", prefix="tl-x", digest="0" * 64, created_by=admin)
    webhook = Webhook.objects.create(
        campaign=campaign, url="https://hooks.example.org/t", events=["run.finished"], secret="0" * 64, created_by=admin
    )
    delivery = WebhookDelivery.objects.create(webhook=webhook, event="ping", status=WebhookDelivery.Status.DELIVERED)
    ids = {
        "campaign_id": campaign.id,
        "user_id": leaving.id,
        "item_id": item.id,
        "example_id": example.id,
        "assignment_id": assignment.id,
        "batch_id": batch.id,
        "task_id": task.id,
        "judgement_id": judgement.id,
        "ranking_id": 999999,
        "dataset_id": evaluation.dataset_id,
        "other_id": evaluation.dataset_id,
        "run_id": evaluation.artifact.run_id,
        "artifact_id": evaluation.artifact_id,
        "round_id": evaluation.id,
        "deployment_id": deployment.id,
        "key_id": key.id,
        "webhook_id": webhook.id,
        "delivery_id": delivery.id,
        "kind": "sft",
        "split": "train",
    }
    users = {"outsider": outsider, "reviewer": reviewer, "admin": admin, "staff": StaffFactory()}
    return {"ids": ids, "users": users}
