"""Dramatiq actors on the `default` queue: anonymize staged imports."""

from __future__ import annotations

import dramatiq

from labeling.models import ImportBatch
from labeling.services.imports import import_batch_process as import_batch_process_service


@dramatiq.actor(queue_name="default", max_retries=3, time_limit=3600 * 1000)
def import_batch_process(batch_id: int) -> None:
    # Safe to repeat: each staged line is deleted in the same transaction that stores its item.
    batch = ImportBatch.objects.filter(id=batch_id).first()
    if batch is not None:
        import_batch_process_service(batch=batch)
