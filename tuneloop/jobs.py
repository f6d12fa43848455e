"""The job registry: every kind of queued work names its pending-work query and its actor here.

The database, not the broker, is the record of what is pending (DESIGN.md invariant 6). Each app's
`tasks.register()` declares its job kinds when the app starts; the embedded worker calls
`pending_work_requeue` at start-up, and `manage.py requeue_pending` does it beside a server broker. It
re-sends every unfinished job of every kind; actors skip work that is already done.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import dramatiq
from django.db import models

from tuneloop.choices import JobStatus

UNFINISHED = (JobStatus.QUEUED, JobStatus.RUNNING)


@dataclass(frozen=True)
class JobKind:
    name: str
    pending: Callable[[], models.QuerySet[Any]]  # the rows whose work is not finished
    actor: dramatiq.Actor[[int], None]  # takes the row's id


JOB_KINDS: dict[str, JobKind] = {}


def register_job(name: str, *, pending: Callable[[], models.QuerySet[Any]], actor: dramatiq.Actor[[int], None]) -> None:
    """Declare a job kind; registering a name again replaces it (ready() may run twice in tests)."""
    JOB_KINDS[name] = JobKind(name, pending, actor)


def pending_work_requeue() -> dict[str, int]:
    """Re-send every job the database says is unfinished, kind by kind; returns {actor name: jobs sent}."""
    sent = {}
    for kind in JOB_KINDS.values():
        ids = list(kind.pending().values_list("id", flat=True))
        for object_id in ids:
            kind.actor.send(object_id)
        sent[kind.actor.actor_name] = len(ids)
    return sent
