"""Dramatiq actors on the `train` queue: run a recipe's stages for one training run."""

from __future__ import annotations

import logging

import dramatiq
from django.conf import settings

from training.ml.errors import TrainingCancelled, TrainingError
from training.models import TrainingRun
from training.services import run_cancel_requested, run_fail, run_metric_record, run_prepare, run_succeed

logger = logging.getLogger(__name__)


@dramatiq.actor(queue_name="train", max_retries=0, time_limit=settings.TRAINING_TIME_LIMIT_MS)
def training_run_execute(run_id: int) -> None:
    run = TrainingRun.objects.select_related("dataset").filter(id=run_id).first()
    if run is None or run.status not in (TrainingRun.Status.QUEUED, TrainingRun.Status.RUNNING):
        logger.info("training run %s: nothing to do (%s)", run_id, run.status if run else "not found")
        return
    from training.ml.pipeline import run_recipe  # TRL is heavy: import it where training happens

    def on_log(stage: str, step: int, values: dict) -> None:
        run_metric_record(run=run, stage=stage, step=step, values=values)
        if run_cancel_requested(run=run):
            raise TrainingCancelled(f"run {run_id} was cancelled")  # unwinds the trainer

    try:
        config = run_prepare(run=run)
        result = run_recipe(config, on_log=on_log)
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
