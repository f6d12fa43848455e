"""Broker setup around django_dramatiq: the embedded in-process worker and re-enqueueing pending work."""

from __future__ import annotations

import logging
from typing import Any

import dramatiq
from django.conf import settings
from django.db.models import QuerySet

logger = logging.getLogger(__name__)


def pending_work_requeue() -> dict[str, int]:
    """Re-send every job the database says is unfinished; actors skip work that is already done."""
    from evaluation.models import EvaluationRound
    from evaluation.tasks import evaluation_round_execute
    from labeling.models import ImportBatch
    from labeling.tasks import import_batch_process
    from training.models import TrainingRun
    from training.tasks import training_run_execute

    jobs: list[tuple[QuerySet[Any], dramatiq.Actor[[int], None]]] = [
        (ImportBatch.objects.filter(status__in=["pending", "running"]), import_batch_process),
        (TrainingRun.objects.filter(status__in=["queued", "running"]), training_run_execute),
        (EvaluationRound.objects.filter(status__in=["queued", "running"]), evaluation_round_execute),
    ]
    sent = {}
    for queryset, actor in jobs:
        ids = list(queryset.values_list("id", flat=True))
        for object_id in ids:
            actor.send(object_id)
        sent[actor.actor_name] = len(ids)
    return sent


def embedded_worker_start(*, threads: int = 2) -> dramatiq.Worker | None:
    """With no BROKER_URL, drain the stub broker in this process and pick up unfinished work."""
    if not settings.EMBEDDED_WORKER:
        return None
    broker = dramatiq.get_broker()
    worker = dramatiq.Worker(broker, worker_threads=threads, worker_timeout=200)
    worker.start()
    logger.info("embedded worker started; re-enqueued %s", pending_work_requeue())
    return worker


class WarmUp(dramatiq.Middleware):
    """Load Presidio when a worker boots, so the first import does not wait for spaCy."""

    def after_worker_boot(self, broker: dramatiq.Broker, worker: dramatiq.Worker) -> None:
        import threading

        from labeling.services.anonymize import anonymize_text

        threading.Thread(
            target=anonymize_text, args=("warm-up",), kwargs={"campaign": None}, name="presidio-warm-up", daemon=True
        ).start()
