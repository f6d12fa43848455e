"""Abstract models the apps share: a queued job's status, error and times, in one vocabulary."""

from __future__ import annotations

from django.db import models

from tuneloop.choices import JobStatus


class Job(models.Model):
    """A row whose work runs on a Dramatiq queue: queued → running → succeeded / failed / cancelled.

    Concrete jobs register their pending-work query and actor in `tuneloop.jobs`, so a restart
    re-enqueues the rows still queued or running.
    """

    Status = JobStatus

    status = models.CharField(max_length=16, choices=JobStatus.choices, default=JobStatus.QUEUED)
    error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        abstract = True
        ordering = ["-id"]
