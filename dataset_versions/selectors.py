"""Reads of dataset versions; `access_dataset` raises when the user has no access."""

from __future__ import annotations

from dataset_versions.models import DatasetVersion
from labeling.selectors import access_campaign
from tuneloop.auth import AnyUser
from tuneloop.exceptions import NotFound


def access_dataset(user: AnyUser, dataset_id: int, *, role: str | None = None) -> DatasetVersion:
    dataset = DatasetVersion.objects.filter(id=dataset_id).first()
    if dataset is None:
        raise NotFound(f"Dataset version {dataset_id} does not exist.")
    access_campaign(user, dataset.campaign_id, role=role)
    return dataset
