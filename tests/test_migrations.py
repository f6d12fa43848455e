"""A database at the schema before privacy and dataset_versions became apps migrates with every row intact."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from dataset_versions.models import DatasetRow, DatasetVersion
from labeling.models import Campaign, Item
from privacy.models import AnonymizationPolicy, Canary, PolicyChange

# The last migration of each app before the move (issue 11); privacy and dataset_versions did not exist.
BEFORE = [
    ("labeling", "0009_campaign_ranking_k"),
    ("preferences", "0007_rankings"),
    ("training", "0002_run_supervision_events_downloads"),
    ("evaluation", "0003_evaluationsample_entity_counts"),
    ("privacy", None),
    ("dataset_versions", None),
]


def _migrate(targets: list[tuple[str, str | None]]) -> Any:
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state([target for target in targets if target[1]]).apps


def _latest() -> list[tuple[str, str | None]]:
    executor = MigrationExecutor(connection)
    return executor.loader.graph.leaf_nodes()


def _populate(apps: Any) -> dict[str, Any]:
    """Rows written through the old schema's models, all in labeling."""
    user = apps.get_model("auth", "User").objects.create(username="old-admin")
    campaign = apps.get_model("labeling", "Campaign").objects.create(
        name="Before the move", system_prompt="Summarize.", output_fields=["Summary"], created_by=user
    )
    item = apps.get_model("labeling", "Item").objects.create(
        campaign=campaign, external_id="c-1", group_key="c-1", content_hash="a" * 64, text="<PERSON_1> called."
    )
    policy = apps.get_model("labeling", "AnonymizationPolicy").objects.create(
        campaign=campaign, document={"entities": ["PERSON"]}, secret="s" * 64, version=2
    )
    change = apps.get_model("labeling", "PolicyChange").objects.create(
        campaign=campaign, version=2, user=user, before={}, after={"entities": ["PERSON"]}
    )
    canary = apps.get_model("labeling", "Canary").objects.create(
        campaign=campaign, label="canary 1", digest="d" * 64, length=12, created_by=user
    )
    dataset = apps.get_model("labeling", "DatasetVersion").objects.create(
        campaign=campaign,
        version=1,
        content_hash="h" * 64,
        segment_digests={"sft/train": "x"},
        counts={},
        created_by=user,
    )
    row = apps.get_model("labeling", "DatasetRow").objects.create(
        dataset=dataset, item=item, split="train", kind="sft", position=0, data={"messages": []}, lineage={"example": 1}
    )
    return {
        "campaign": campaign.id,
        "item": item.id,
        "policy": (policy.id, policy.secret, policy.document),
        "change": change.id,
        "canary": (canary.id, canary.digest),
        "dataset": (dataset.id, dataset.content_hash),
        "row": (row.id, row.data, row.lineage),
    }


@pytest.mark.django_db(transaction=True)
def test_rows_survive_the_move_to_privacy_and_dataset_versions() -> None:
    latest = _latest()
    old_apps = _migrate(BEFORE)
    try:
        before = _populate(old_apps)
    finally:
        _migrate(latest)

    campaign = Campaign.objects.get(id=before["campaign"])
    assert Item.objects.get(id=before["item"]).campaign == campaign
    policy = AnonymizationPolicy.objects.get(id=before["policy"][0])
    assert (policy.id, policy.secret, policy.document) == before["policy"]
    assert campaign.anonymization_policy == policy
    assert PolicyChange.objects.get(id=before["change"]).campaign == campaign
    canary = Canary.objects.get(id=before["canary"][0])
    assert (canary.id, canary.digest) == before["canary"] and canary.campaign == campaign
    dataset = DatasetVersion.objects.get(id=before["dataset"][0])
    assert (dataset.id, dataset.content_hash) == before["dataset"] and dataset.campaign == campaign
    row = DatasetRow.objects.get(id=before["row"][0])
    assert (row.id, row.data, row.lineage) == before["row"] and row.dataset == dataset
