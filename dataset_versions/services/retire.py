"""Retiring test items: an evaluation's failures on the sealed test split leave it only this way, into the
train split of the next version, recorded in lineage and manifest (dataset_versions.models.RetiredTestGroup)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from django.contrib.auth.models import User
from django.db import transaction

from dataset_versions.models import DatasetVersion, RetiredTestGroup
from labeling.models import Item
from tuneloop.exceptions import ApplicationError


def retire_test_items(
    *, dataset: DatasetVersion, reasons: Mapping[Item, Sequence[dict[str, Any]]], source: str, user: User
) -> int:
    """Retire each item's group from the test split from the next version on; returns the groups newly
    retired. Every item must be in `dataset`'s test split (the error names the first that is not)."""
    in_test = set(dataset.rows.filter(split="test").values_list("item_id", flat=True))
    for item in reasons:
        if item.id not in in_test:
            raise ApplicationError(f"Item {item.external_id} is not in the test split of version {dataset.version}.")
    retired = 0
    with transaction.atomic():
        for item, found in reasons.items():
            _, created = RetiredTestGroup.objects.get_or_create(
                campaign_id=dataset.campaign_id,
                group=item.group_key or item.external_id,
                defaults={"dataset": dataset, "reasons": list(found), "source": source, "created_by": user},
            )
            retired += created
    return retired


def retired_groups(campaign_id: int) -> dict[str, dict[str, Any]]:
    """group -> what a row's lineage records of its retirement: the version, the source and the reasons."""
    rows = RetiredTestGroup.objects.filter(campaign_id=campaign_id).select_related("dataset")
    return {row.group: {"version": row.dataset.version, "source": row.source, "reasons": row.reasons} for row in rows}
