"""Dramatiq actors on the `train` queue: claim a training run and supervise its training process."""

from __future__ import annotations

import logging
import os
import socket
import time

import dramatiq
from django.conf import settings

from training.ml.errors import TrainingCancelled, TrainingError
from training.models import TrainingRun
from training.services import run_claim, run_fail, run_prepare, run_succeed
from tuneloop.choices import JobStatus
from tuneloop.jobs import register_job

logger = logging.getLogger(__name__)


def _worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def _claim(run_id: int, worker: str) -> TrainingRun | None:
    """Claim the run; while another worker holds it, wait as long as its heartbeat could take to go stale.

    A message redelivered after a worker died may arrive before that worker's beat is stale: waiting here
    means the run is resumed rather than dropped, and a live worker keeps its run."""
    deadline = time.monotonic() + settings.TRAINING_STALE_SECONDS + settings.TRAINING_HEARTBEAT_SECONDS
    while True:
        run = run_claim(run_id=run_id, worker=worker)
        if run is not None:
            return run
        status = TrainingRun.objects.filter(id=run_id).values_list("status", flat=True).first()
        if status != JobStatus.RUNNING or time.monotonic() > deadline:
            logger.info("training run %s: nothing to do (%s)", run_id, status or "not found")
            return None
        time.sleep(settings.TRAINING_HEARTBEAT_SECONDS)


@dramatiq.actor(queue_name="train", max_retries=0, time_limit=settings.TRAINING_TIME_LIMIT_MS)
def training_run_execute(run_id: int) -> None:
    from training.supervision import supervise

    worker = _worker_name()
    run = _claim(run_id, worker)
    if run is None:
        return
    try:
        config = run_prepare(run=run)
        result = supervise(run=run, config=config, worker=worker)
    except TrainingCancelled:
        logger.info("training run %s cancelled", run_id)
        return
    except TrainingError as exc:
        run_fail(run=run, reason=str(exc))
        return
    except Exception as exc:
        logger.exception("training run %s failed", run_id)
        run_fail(run=run, reason=f"Training failed: {type(exc).__name__}: {exc}")
        return
    run_succeed(run=run, result=result)


def register() -> None:
    """Declare this app's job kinds: a restart re-enqueues their unfinished rows (tuneloop.jobs)."""
    # Claimed by training.services.run_claim, which counts attempts; its supervisor beats (training.supervision).
    register_job(
        "training_runs",
        model=TrainingRun,
        actor=training_run_execute,
        stale_seconds=lambda: settings.TRAINING_STALE_SECONDS,
    )
