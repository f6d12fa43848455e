"""Abstract models the apps share: a queued job's status, error, times and the lease of the worker doing it."""

from __future__ import annotations

from django.db import models

from tuneloop.choices import JobStatus


class Leased(models.Model):
    """A row a worker claims before it does the row's work (tuneloop.jobs): one holder at a time, and a holder
    that stops beating (killed, its machine gone) lets the next message take the work over."""

    worker = models.CharField(max_length=200, blank=True, help_text="host:pid:thread of the worker holding it.")
    heartbeat_at = models.DateTimeField(
        null=True, blank=True, help_text="Last sign of life from that worker; a stale one lets another take over."
    )
    sent_at = models.DateTimeField(
        null=True, blank=True, help_text="When its message was last handed to the broker; none: never, or failed."
    )

    class Meta:
        abstract = True


class Job(Leased):
    """A row whose work runs on a Dramatiq queue: queued → running → succeeded / failed / cancelled.

    Concrete jobs register their model and actor in `tuneloop.jobs`, so the sweeper re-sends the rows still
    queued or running whose message was lost or whose worker died.
    """

    Status = JobStatus

    status = models.CharField(max_length=16, choices=JobStatus.choices, default=JobStatus.QUEUED)
    error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        abstract = True
        ordering = ["-id"]


class WorkerBeat(models.Model):
    """A Dramatiq worker process's last sign of life (tuneloop.workers), read by GET /readyz."""

    name = models.CharField(max_length=200, unique=True, help_text="host:pid of the worker process.")
    queues = models.CharField(max_length=500, blank=True, help_text="The queues it consumes, comma-separated.")
    seen_at = models.DateTimeField(db_index=True)
