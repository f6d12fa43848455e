"""Dramatiq actors on the `default` queue: anonymize staged imports."""

from __future__ import annotations

import dramatiq
from django.conf import settings

from labeling.models import ImportBatch
from labeling.services.imports import import_batch_process as import_batch_process_service
from labeling.services.imports import staged_records_purge
from tuneloop.jobs import job_lease, register_housekeeping, register_job
from tuneloop.leftovers import leftovers_delete


# IMPORT_MAX_LINES (1,000,000) texts at the ~100 texts/s of docs/benchmarks.md take about 3 hours, more with
# responses; a run cut off by the limit is retried and goes on from the first staged row left.
@dramatiq.actor(queue_name="default", max_retries=3, time_limit=6 * 3600 * 1000)
def import_batch_process(batch_id: int) -> None:
    # Safe to repeat: a chunk's items, its counts and the deletion of its raw rows commit together. A failure
    # no line can be blamed for fails the batch inside the service (its raw rows deleted): only an error while
    # recording that (the database gone) reaches Dramatiq's retries, and a batch still unfinished
    # IMPORT_STAGED_MAX_AGE_HOURS after its upload is failed and purged by staged_records_purge.
    with job_lease(ImportBatch, batch_id) as held:
        batch = ImportBatch.objects.filter(id=batch_id).first() if held else None
        if batch is not None:
            import_batch_process_service(batch=batch)


def register() -> None:
    """Declare this app's job kinds: a restart re-enqueues their unfinished rows (tuneloop.jobs)."""
    register_job("import_batches", model=ImportBatch, actor=import_batch_process, queued=ImportBatch.Status.PENDING)
    register_housekeeping("staged_records_purge", staged_records_purge)
    register_housekeeping(
        "upload_leftovers", lambda: leftovers_delete(settings.FILE_UPLOAD_TEMP_DIR, pattern="*.upload*")
    )
