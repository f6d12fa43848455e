"""A deployment's life: create, move a challenger through the stages, promote it, fall back, roll back; all audited.

Every change writes one DeploymentChange with the state before and after, so rollback is one action: it
restores the state before the latest change that was not itself a rollback, and is audited in turn. Only
artifacts the campaign's promotion gate has promoted (an admin's sign-off, evaluation.services.promotions)
may serve.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import User
from django.db import transaction

from deployments.events import DeploymentChanged, notify_deployment_changed
from deployments.models import Deployment, DeploymentChange
from evaluation.models import Promotion
from labeling.models import Campaign
from training.models import ModelArtifact
from tuneloop.exceptions import ApplicationError

STATE_FIELDS = ("stage", "traffic_share", "incumbent_id", "challenger_id", "fallback", "previous_id", "falling_back")
NOT_UNDONE = ("create", "rollback", "key_create", "key_revoke")  # no state to restore
SETTINGS_FIELDS = ("backend", "engine_url", "engine_key_env", "monitoring")
MONITORING_KEYS = {
    "window_minutes": (1, 7 * 24 * 60),
    "min_requests": (1, 1_000_000),
    "max_error_rate": (0, 1),
    "max_format_failure_rate": (0, 1),
    "max_violation_rate": (0, 1),
    "max_correction_rate": (0, 1),
    "max_p99_ms": (1, 3_600_000),
    "minutes_per_task": (0, 24 * 60),
    "drift_every_hours": (0, 24 * 365),
    "drift_sample": (0, 1000),
}


def state_of(deployment: Deployment) -> dict[str, Any]:
    return {name: getattr(deployment, name) for name in STATE_FIELDS}


def eligible(campaign: Campaign, artifact: ModelArtifact) -> bool:
    """Promoted through the campaign's gate at least once."""
    return Promotion.objects.filter(campaign=campaign, action=Promotion.Action.PROMOTE, artifact=artifact).exists()


def deployment_create(
    *, campaign: Campaign, user: User, name: str, incumbent: ModelArtifact | None = None, fallback: str = "people"
) -> Deployment:
    """A deployment in the internal stage; without an incumbent, the campaign's current one (if any)."""
    if incumbent is None:
        newest = Promotion.objects.filter(campaign=campaign).order_by("-id").first()
        incumbent = newest.artifact if newest else None
    if incumbent is not None:
        _check_eligible(campaign, incumbent, "incumbent")
    _check_choice(fallback, Deployment.Fallback, "fallback")
    if Deployment.objects.filter(name=name).exists():
        raise ApplicationError(f"A deployment named '{name}' exists already.", field="name")
    with transaction.atomic():
        deployment = Deployment.objects.create(
            campaign=campaign, name=name, incumbent=incumbent, fallback=fallback, created_by=user
        )
        _audit(deployment, "create", {}, user, "")
    return deployment


def deployment_change(*, deployment: Deployment, user: User | None, note: str = "", **changes: Any) -> Deployment:
    """Set the stage, the traffic share, the challenger, the fallback or the serving settings, in one audited
    step. Moving to production makes the challenger the incumbent (the incumbent becomes the previous one)."""
    with transaction.atomic():
        deployment = Deployment.objects.select_for_update().get(id=deployment.id)
        before = state_of(deployment) | _settings_of(deployment)
        _apply(deployment, changes)
        if deployment.stage == Deployment.Stage.PRODUCTION and deployment.challenger_id is not None:
            deployment.previous, deployment.incumbent = deployment.incumbent, deployment.challenger
            deployment.challenger, deployment.traffic_share = None, 0.0
        _check_state(deployment)
        deployment.save()
        action = "promote" if changes.get("stage") == Deployment.Stage.PRODUCTION else _action(changes)
        _audit(deployment, action, before, user, note)
    return deployment


def deployment_rollback(*, deployment: Deployment, user: User | None, note: str) -> Deployment:
    """Restore the state before the latest change that was not a rollback; takes effect on the next request."""
    with transaction.atomic():
        deployment = Deployment.objects.select_for_update().get(id=deployment.id)
        # Each rollback undoes the newest change not undone yet: twice goes back two changes.
        changes = DeploymentChange.objects.filter(deployment=deployment, undone_by__isnull=True)
        target = changes.exclude(action__in=NOT_UNDONE).order_by("-id").first()
        if target is None:
            raise ApplicationError("Nothing to roll back: the deployment is as it was created.")
        before = state_of(deployment) | _settings_of(deployment)
        for name in STATE_FIELDS + SETTINGS_FIELDS:
            if name in target.before:
                setattr(deployment, name, target.before[name])
        deployment.save()
        _audit(deployment, "rollback", before, user, note or f"undid change {target.id} ({target.action})", target)
    return deployment


def deployment_fall_back(*, deployment: Deployment, user: User | None, on: bool, note: str) -> Deployment:
    """Serve from the fallback (an alert's automatic action, or an admin's), or return to the models."""
    return deployment_change(deployment=deployment, user=user, note=note, falling_back=on)


def _apply(deployment: Deployment, changes: dict[str, Any]) -> None:
    for name, value in changes.items():
        if name in ("incumbent", "challenger"):
            if value is not None:
                _check_eligible(deployment.campaign, value, name)
            setattr(deployment, name, value)
        elif name == "stage":
            _check_choice(value, Deployment.Stage, "stage")
            deployment.stage = value
        elif name == "fallback":
            _check_choice(value, Deployment.Fallback, "fallback")
            deployment.fallback = value
        elif name == "backend":
            _check_choice(value, Deployment.Backend, "backend")
            deployment.backend = value
        elif name == "traffic_share":
            if not isinstance(value, int | float) or not 0 <= value <= 1:
                raise ApplicationError("traffic_share is a share of callers between 0 and 1.", field="traffic_share")
            deployment.traffic_share = float(value)
        elif name == "monitoring":
            deployment.monitoring = monitoring_validate(value)
        elif name in ("engine_url", "engine_key_env", "falling_back"):
            setattr(deployment, name, value)
        else:
            raise ApplicationError(f"Unknown setting '{name}'.", field=name)


def monitoring_validate(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ApplicationError("monitoring is an object of thresholds.", field="monitoring")
    clean: dict[str, Any] = {}
    for key, item in value.items():
        if key == "auto_fallback":
            if not isinstance(item, bool):
                raise ApplicationError("auto_fallback is true or false.", field="monitoring.auto_fallback")
            clean[key] = item
            continue
        if key not in MONITORING_KEYS:
            known = ", ".join(sorted([*MONITORING_KEYS, "auto_fallback"]))
            raise ApplicationError(f"Unknown threshold '{key}'; known: {known}.", field=f"monitoring.{key}")
        low, high = MONITORING_KEYS[key]
        if item is not None and (
            isinstance(item, bool) or not isinstance(item, int | float) or not low <= item <= high
        ):
            raise ApplicationError(f"{key} is a number from {low} to {high}.", field=f"monitoring.{key}")
        clean[key] = item
    return clean


def _check_state(deployment: Deployment) -> None:
    if deployment.challenger_id is not None and deployment.challenger_id == deployment.incumbent_id:
        raise ApplicationError("The challenger is the incumbent already.", field="challenger")
    needs_challenger = (Deployment.Stage.SHADOW, Deployment.Stage.LIMITED)
    if deployment.stage in needs_challenger and deployment.challenger_id is None:
        raise ApplicationError(f"The {deployment.stage} stage needs a challenger.", field="stage")
    if deployment.backend == Deployment.Backend.EXTERNAL and not deployment.engine_url:
        raise ApplicationError("An external backend needs the engine's URL.", field="engine_url")


def _check_eligible(campaign: Campaign, artifact: ModelArtifact, field: str) -> None:
    if artifact.run.campaign_id != campaign.id or not eligible(campaign, artifact):
        raise ApplicationError(
            f"Artifact {artifact.id} has not been promoted through this campaign's evaluation gate.", field=field
        )


def _check_choice(value: Any, choices: Any, field: str) -> None:
    if value not in choices.values:
        raise ApplicationError(f"{field} is one of: {', '.join(choices.values)}.", field=field)


def _settings_of(deployment: Deployment) -> dict[str, Any]:
    return {name: getattr(deployment, name) for name in SETTINGS_FIELDS}


def _action(changes: dict[str, Any]) -> str:
    if set(changes) == {"falling_back"}:
        return "fall_back" if changes["falling_back"] else "resume"
    return "change"


def _audit(
    deployment: Deployment,
    action: str,
    before: dict[str, Any],
    user: User | None,
    note: str,
    undoes: DeploymentChange | None = None,
) -> None:
    after = state_of(deployment) | _settings_of(deployment)
    DeploymentChange.objects.create(
        deployment=deployment,
        action=action,
        before={k: v for k, v in before.items() if after.get(k) != v},
        after={k: v for k, v in after.items() if before.get(k) != v},
        note=note,
        undoes=undoes,
        user=user,
    )
    change = DeploymentChanged(deployment.id, action, deployment.stage, deployment.falling_back)
    notify_deployment_changed(deployment.campaign_id, change)
