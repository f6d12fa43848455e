"""Dramatiq actors on the `default` queue: anonymize staged imports."""

from __future__ import annotations

import dramatiq

from labeling.models import ImportBatch
from labeling.services.imports import import_batch_process as import_batch_process_service
from tuneloop.jobs import register_job


@dramatiq.actor(queue_name="default", max_retries=3, time_limit=3600 * 1000)
def import_batch_process(batch_id: int) -> None:
    # Safe to repeat: each staged line is deleted in the same transaction that stores its item.
    batch = ImportBatch.objects.filter(id=batch_id).first()
    if batch is not None:
        import_batch_process_service(batch=batch)


def register() -> None:
    """Declare this app's job kinds: a restart re-enqueues their unfinished rows (tuneloop.jobs)."""
    register_job(
        "import_batches",
        pending=lambda: ImportBatch.objects.filter(status__in=[ImportBatch.Status.PENDING, ImportBatch.Status.RUNNING]),
        actor=import_batch_process,
    )
