"""Deployments' live events: an alert raised (and whether it fell back), a change of a deployment's state, and a
drift check's outcome."""

from __future__ import annotations

from dataclasses import dataclass

from tuneloop.realtime import ADMINS, Event, event, notify


@event("deployment.alert", listener="js/campaign/deployments.js", audience=ADMINS)
@dataclass(frozen=True)
class DeploymentAlert(Event):
    deployment: int
    metric: str
    value: float
    threshold: float
    fell_back: bool


@event("deployment.changed", listener="js/campaign/deployments.js", audience=ADMINS)
@dataclass(frozen=True)
class DeploymentChanged(Event):
    deployment: int
    action: str
    stage: str
    falling_back: bool


@event("deployment.drift", listener="api-only", audience=ADMINS)
@dataclass(frozen=True)
class DeploymentDrift(Event):
    deployment: int
    check: int
    drifted: bool
    reason: str
    sampled: int


def notify_deployment_alert(campaign_id: int, alert: DeploymentAlert) -> None:
    notify(campaign_id, alert)


def notify_deployment_changed(campaign_id: int, change: DeploymentChanged) -> None:
    notify(campaign_id, change)


def notify_deployment_drift(campaign_id: int, drift: DeploymentDrift) -> None:
    notify(campaign_id, drift)
