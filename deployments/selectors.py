"""Reads of the deployments app: permission-checked fetches of deployments and their keys."""

from __future__ import annotations

from django.db.models import QuerySet

from deployments.models import ApiKey, Deployment, DeploymentChange
from labeling.selectors import access_campaign_of
from tuneloop.auth import AnyUser
from tuneloop.exceptions import NotFound
from tuneloop.roles import ADMIN


def access_deployment(user: AnyUser, deployment_id: int) -> Deployment:
    """The deployment, for an admin of its campaign; anyone else gets the answer a missing one gets."""
    deployment = (
        Deployment.objects.select_related("campaign", "incumbent", "challenger", "previous")
        .filter(id=deployment_id)
        .first()
    )
    missing = f"Deployment {deployment_id} does not exist."
    access_campaign_of(user, deployment.campaign_id if deployment else None, missing=missing, role=ADMIN)
    assert deployment is not None
    return deployment


def access_key(user: AnyUser, deployment_id: int, key_id: int) -> ApiKey:
    deployment = access_deployment(user, deployment_id)
    key = ApiKey.objects.filter(deployment=deployment, id=key_id).select_related("deployment").first()
    if key is None:
        raise NotFound(f"Key {key_id} does not exist in deployment {deployment_id}.")
    return key


def deployment_changes(deployment: Deployment) -> QuerySet[DeploymentChange]:
    return DeploymentChange.objects.filter(deployment=deployment).select_related("user").order_by("-id")
