"""The job registry and its guarantees: a job is sent after commit, claimed by one worker at a time, and re-sent.

The database, not the broker, is the record of what is pending (DESIGN.md invariant 6). Each app's
`tasks.register()` declares its job kinds when the app starts. A service queues a job with `job_enqueue`
(sent after commit; a failed send is logged, never raised, and the sweeper sends it later). An actor does the
work inside `job_lease`: one UPDATE claims the row, so a message sent twice never runs twice at once, and a
thread beats while the work runs. `pending_work_sweep`, run every JOB_SWEEP_SECONDS by tuneloop.sweeper in each
worker process (any broker), re-sends the rows whose message was lost (queued, not sent for
JOB_RESEND_SECONDS) and those whose worker died (running, no beat for JOB_STALE_SECONDS).
"""

from __future__ import annotations

import logging
import os
import socket
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import dramatiq
from django.conf import settings
from django.db import connection, models, transaction
from django.db.models import Q
from django.utils import timezone

from tuneloop.choices import JobStatus

logger = logging.getLogger(__name__)
UNFINISHED = (JobStatus.QUEUED, JobStatus.RUNNING)


@dataclass(frozen=True)
class JobKind:
    name: str
    model: type[models.Model]  # a tuneloop.models.Leased with a `status` and a `created_at`
    actor: dramatiq.Actor[[int], None]  # takes the row's id
    queued: str = JobStatus.QUEUED  # the status of a row waiting for its first worker
    running: str = JobStatus.RUNNING
    stale_seconds: Callable[[], float] = lambda: settings.JOB_STALE_SECONDS

    def pending(self) -> models.QuerySet[Any]:
        """The rows whose work is not finished."""
        return self.model._default_manager.filter(status__in=[self.queued, self.running])


JOB_KINDS: dict[str, JobKind] = {}
HOUSEKEEPING: dict[str, Callable[[], object]] = {}


def register_job(name: str, **kind: Any) -> None:
    """Declare a job kind (JobKind's fields); registering a name again replaces it (ready() may run twice)."""
    JOB_KINDS[name] = JobKind(name, **kind)


def register_housekeeping(name: str, task: Callable[[], object]) -> None:
    """Declare a chore the sweeper runs on each pass (purging expired raw rows, left-over temporary files)."""
    HOUSEKEEPING[name] = task


def _kind_of(model: type[models.Model]) -> JobKind:
    return next(kind for kind in JOB_KINDS.values() if kind.model is model)


def worker_name() -> str:
    """host:pid:thread, what a lease records as its holder."""
    return f"{socket.gethostname()}:{os.getpid()}:{threading.get_ident()}"


# --- Sending.


def job_enqueue(model: type[models.Model], object_id: int) -> None:
    """Send the row's job when the current transaction commits (now, outside one)."""
    transaction.on_commit(lambda: job_send(model, object_id))


def job_send(model: type[models.Model], object_id: int) -> bool:
    """Hand the job to the broker and note when; a broker that refuses is logged, and the sweeper sends it later."""
    sent = _send(_kind_of(model), object_id)
    model._default_manager.filter(id=object_id).update(sent_at=timezone.now() if sent else None)
    return sent


def _send(kind: JobKind, object_id: int) -> bool:
    try:
        kind.actor.send(object_id)
    except Exception as exc:  # the row is committed: losing the message only delays the work
        logger.warning("%s %s: not sent (%s); the sweeper sends it again", kind.name, object_id, type(exc).__name__)
        return False
    return True


# --- Claiming.


def job_claim(model: type[models.Model], object_id: int, *, worker: str) -> bool:
    """Take a queued row, or a running one whose worker has gone quiet (or let go); False when it is held or
    finished. One UPDATE decides, so two workers never hold the same row: the loser matches nothing."""
    kind, now = _kind_of(model), timezone.now()
    updated = model._default_manager.filter(claimable(model, now), id=object_id).update(
        status=kind.running, worker=worker, heartbeat_at=now
    )
    return bool(updated)


def claimable(model: type[models.Model], now: Any) -> Q:
    """The rows a worker may take: queued, or running with no holder alive (training.services.run_claim too)."""
    kind = _kind_of(model)
    return Q(status=kind.queued) | Q(status=kind.running) & _not_held(kind, now)


def _not_held(kind: JobKind, now: Any) -> Q:
    return Q(heartbeat_at__isnull=True) | Q(heartbeat_at__lt=now - timedelta(seconds=kind.stale_seconds()))


def job_heartbeat(model: type[models.Model], object_id: int, *, worker: str) -> bool:
    """Say the holder is alive; False when the row is no longer its (finished, or taken over)."""
    kind = _kind_of(model)
    held = model._default_manager.filter(id=object_id, worker=worker, status=kind.running)
    return bool(held.update(heartbeat_at=timezone.now()))


def job_release(model: type[models.Model], object_id: int, *, worker: str) -> None:
    """Let go of the row: unfinished, the next message may claim it at once."""
    model._default_manager.filter(id=object_id, worker=worker).update(heartbeat_at=None)


class _Beat(threading.Thread):
    """Beats for a held row every JOB_HEARTBEAT_SECONDS until stopped, on its own database connection."""

    def __init__(self, model: type[models.Model], object_id: int, worker: str) -> None:
        super().__init__(name=f"beat-{model.__name__}-{object_id}", daemon=True)
        self.model, self.object_id, self.worker = model, object_id, worker
        self.stopped = threading.Event()

    def run(self) -> None:
        try:
            while not self.stopped.wait(settings.JOB_HEARTBEAT_SECONDS):
                try:
                    job_heartbeat(self.model, self.object_id, worker=self.worker)
                except Exception as exc:  # a missed beat is retried; a long outage lets another worker take over
                    logger.warning("%s %s: heartbeat failed (%s)", self.model.__name__, self.object_id, exc)
        finally:
            connection.close()


@contextmanager
def job_lease(model: type[models.Model], object_id: int) -> Iterator[bool]:
    """Claim the row for this thread and beat while the block runs; yields False (run nothing) when another
    worker holds it or it is finished. Then let go: a row the block left unfinished (it raised, or stopped
    early) is free for the next message, a Dramatiq retry or the sweeper's."""
    worker = worker_name()
    if not job_claim(model, object_id, worker=worker):
        logger.info("%s %s: held by another worker or finished; nothing to do", model.__name__, object_id)
        yield False
        return
    beat = _Beat(model, object_id, worker)
    beat.start()
    try:
        yield True
    finally:
        beat.stopped.set()
        beat.join()
        job_release(model, object_id, worker=worker)


# --- Re-sending.


def pending_work_requeue() -> dict[str, int]:
    """Re-send every job the database says is unfinished, kind by kind; returns {actor name: jobs sent}.
    For a restart of the embedded worker and for an operator who restored a broker that lost messages."""
    sent = {}
    for kind in JOB_KINDS.values():
        ids = list(kind.pending().values_list("id", flat=True))
        sent[kind.actor.actor_name] = sum(job_send(kind.model, object_id) for object_id in ids)
    return sent


def pending_work_sweep() -> dict[str, int]:
    """Re-send the jobs that are due: not held by a live worker and not sent for JOB_RESEND_SECONDS (a queued
    row never sent: after JOB_SEND_GRACE_SECONDS). Several sweepers may run: one UPDATE per row decides who
    sends it. Returns {actor name: jobs sent}."""
    sent = {}
    for kind in JOB_KINDS.values():
        now = timezone.now()
        due = _due(kind, now)
        count = 0
        rows = kind.model._default_manager
        for object_id in list(kind.pending().filter(due).values_list("id", flat=True)):
            if rows.filter(due, id=object_id).update(sent_at=now):  # this sweeper sends it
                sent_now = _send(kind, object_id)
                count += sent_now
                if not sent_now:
                    rows.filter(id=object_id).update(sent_at=None)
        sent[kind.actor.actor_name] = count
    return sent


def _due(kind: JobKind, now: Any) -> Q:
    resend = now - timedelta(seconds=settings.JOB_RESEND_SECONDS)
    never_sent = Q(sent_at__isnull=True, created_at__lt=now - timedelta(seconds=settings.JOB_SEND_GRACE_SECONDS))
    return _not_held(kind, now) & (never_sent | Q(sent_at__lt=resend))


def housekeeping_run() -> dict[str, str]:
    """Run every registered chore; one that fails is logged and never stops the others."""
    done = {}
    for name, task in HOUSEKEEPING.items():
        try:
            done[name] = str(task())
        except Exception as exc:
            logger.error("housekeeping %s failed (%s)", name, type(exc).__name__)
            done[name] = f"failed: {type(exc).__name__}"
    return done
