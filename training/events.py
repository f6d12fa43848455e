"""Training's live events: a run's metrics, lifecycle events and status."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from tuneloop.realtime import ADMINS, Event, event, notify


@event("run.metric", listener="js/campaign/runs.js", audience=ADMINS)
@dataclass(frozen=True)
class RunMetricPoint(Event):
    run: int
    stage: str
    step: int
    loss: float | None
    values: dict[str, Any] = field(default_factory=dict)


@event("run.event", listener="js/campaign/runs.js", audience=ADMINS)
@dataclass(frozen=True)
class RunLifecycle(Event):
    run: int
    kind: str
    message: str
    data: dict[str, Any] = field(default_factory=dict)


@event("run.status", listener="js/campaign/runs.js", audience=ADMINS)
@dataclass(frozen=True)
class RunStatus(Event):
    run: int
    status: str
    stage: str
    step: int
    error: str


def notify_run(campaign_id: int, update: RunMetricPoint | RunLifecycle | RunStatus) -> None:
    notify(campaign_id, update)
