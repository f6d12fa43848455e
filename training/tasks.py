"""Dramatiq actors on the `train` queue: run a recipe's stages for one training run."""

from __future__ import annotations

import logging

import dramatiq
from django.conf import settings

from training.ml.errors import TrainingError
from training.models import TrainingRun
from training.services import run_fail, run_metric_record, run_prepare, run_succeed

logger = logging.getLogger(__name__)


@dramatiq.actor(queue_name="train", max_retries=0, time_limit=settings.TRAINING_TIME_LIMIT_MS)
def training_run_execute(run_id: int) -> None:
    run = TrainingRun.objects.select_related("dataset").filter(id=run_id).first()
    if run is None or run.status in (TrainingRun.Status.SUCCEEDED, TrainingRun.Status.FAILED):
        logger.info("training run %s: nothing to do (%s)", run_id, run.status if run else "not found")
        return
    from training.ml.pipeline import run_recipe  # TRL is heavy: import it where training happens

    try:
        config = run_prepare(run=run)
        result = run_recipe(
            config, on_log=lambda stage, step, values: run_metric_record(run=run, stage=stage, step=step, values=values)
        )
    except TrainingError as exc:
        run_fail(run=run, reason=str(exc))
        return
    except Exception as exc:
        logger.exception("training run %s failed", run_id)
        run_fail(run=run, reason=f"Training failed: {type(exc).__name__}: {exc}")
        return
    run_succeed(run=run, result=result)
