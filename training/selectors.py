"""Reads for base models, training runs and artifacts, permission-checked."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from labeling.selectors import access_campaign_of
from training.models import BaseModel, ModelArtifact, RunEvent, RunMetric, TrainingRun
from training.paths import under_model_roots
from tuneloop.auth import AnyUser
from tuneloop.exceptions import ApplicationError, NotFound
from tuneloop.roles import ADMIN


@dataclass(frozen=True)
class RunState:
    """Where a run is, without its metrics and events: what a poller reads while nothing new comes."""

    id: int
    status: str
    stage: str | None
    step: int
    metric_step: int | None  # the latest metric row's step
    updated_at: datetime  # the run's last sign of life: a status change, a heartbeat, a metric row or an event
    error: str | None  # only when it failed


# One answer for every path no registered model has, whether it exists or not: nothing to probe the disk with.
UNREGISTERED_PATH = "No registered base model is at this path; give base_model, a registered model's id."


def access_run(user: AnyUser, run_id: int) -> TrainingRun:
    run = TrainingRun.objects.select_related("artifact").filter(id=run_id).first()
    missing = f"Training run {run_id} does not exist."  # also for another campaign's: nothing to probe
    if run is None:
        raise NotFound(missing)
    access_campaign_of(user, run.campaign_id, missing=missing, role=ADMIN)
    return run


def run_status(run: TrainingRun) -> RunState:
    """The run's status with its latest metric step and last sign of life: two one-row reads, where the detail
    reads every metric row and event."""
    metric = run.metrics.order_by("-id").values("step", "created_at").first()
    event_at = run.events.order_by("-id").values_list("created_at", flat=True).first()
    times = [run.created_at, run.started_at, run.heartbeat_at, run.finished_at, event_at]
    times += [metric["created_at"]] if metric else []
    return RunState(
        id=run.id,
        status=run.status,
        stage=run.stage or None,
        step=run.step,
        metric_step=metric["step"] if metric else None,
        updated_at=max(when for when in times if when is not None),
        error=(run.error or None) if run.status == TrainingRun.Status.FAILED else None,
    )


def access_artifact(user: AnyUser, artifact_id: int) -> ModelArtifact:
    artifact = ModelArtifact.objects.select_related("run").filter(id=artifact_id).first()
    missing = f"Model artifact {artifact_id} does not exist."  # also for another campaign's
    if artifact is None:
        raise NotFound(missing)
    access_campaign_of(user, artifact.run.campaign_id, missing=missing, role=ADMIN)
    return artifact


def base_model_get(base_model_id: int) -> BaseModel:
    """A registered base model a run may train: it must still lie under a models root."""
    base = BaseModel.objects.filter(id=base_model_id).first()
    if base is None:
        raise ApplicationError(f"No base model with id {base_model_id}.", field="base_model")
    if under_model_roots(base.path) is None:
        raise ApplicationError(
            f"Base model {base.name!r} is not under the models directory; staff must register it again.",
            field="base_model",
        )
    return base


def base_model_at(path: str) -> BaseModel:
    """The registered base model whose folder `path` resolves to (symlinks and `..` followed), under a models root."""
    resolved = under_model_roots(path) if path.strip() else None
    if resolved is not None:
        for base in BaseModel.objects.order_by("id"):  # a handful of rows; each resolved as the disk is now
            if under_model_roots(base.path) == resolved:
                return base
    raise ApplicationError(UNREGISTERED_PATH, field="base_model_path")


def run_metrics_after(run: TrainingRun, *, after: int | None, limit: int) -> list[RunMetric]:
    """Up to `limit` of the run's metric rows with an id above `after`, oldest first, led by row `after` itself:
    a step's validation values join its row after its training values, so the last row a follower read may
    have changed since."""
    rows = run.metrics.order_by("id")
    return list(rows[:limit] if after is None else rows.filter(id__gte=after)[: limit + 1])


def run_events_after(run: TrainingRun, *, after: int | None, limit: int) -> list[RunEvent]:
    """The run's events with an id above `after` (events never change), oldest first."""
    rows = run.events.order_by("id")
    return list((rows if after is None else rows.filter(id__gt=after))[:limit])
