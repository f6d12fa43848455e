"""Reads of dataset versions; `access_dataset` raises when the user has no access."""

from __future__ import annotations

from dataset_versions.models import DatasetVersion
from labeling.selectors import access_campaign_of
from tuneloop.auth import AnyUser
from tuneloop.exceptions import NotFound


def access_dataset(user: AnyUser, dataset_id: int, *, role: str | None = None) -> DatasetVersion:
    dataset = DatasetVersion.objects.filter(id=dataset_id).first()
    missing = f"Dataset version {dataset_id} does not exist."  # also for another campaign's: nothing to probe
    if dataset is None:
        raise NotFound(missing)
    access_campaign_of(user, dataset.campaign_id, missing=missing, role=role)
    return dataset
