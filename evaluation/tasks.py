"""Dramatiq actors on the `generate` queue: run an evaluation round."""

from __future__ import annotations

import logging

import dramatiq

from evaluation.models import EvaluationRound
from evaluation.services import round_fail, round_prompts, round_record, round_start
from training.generation import ArtifactGenerator
from tuneloop.jobs import UNFINISHED, register_job

logger = logging.getLogger(__name__)


@dramatiq.actor(queue_name="generate", max_retries=0, time_limit=6 * 3600 * 1000)
def evaluation_round_execute(round_id: int) -> None:
    evaluation = EvaluationRound.objects.select_related("artifact__run", "campaign").filter(id=round_id).first()
    if evaluation is None or evaluation.status in (EvaluationRound.Status.SUCCEEDED, EvaluationRound.Status.FAILED):
        return
    round_start(evaluation=evaluation)
    try:
        prompts = round_prompts(evaluation)
        messages = [prompt for _, prompt in prompts]
        outputs = {
            "base": ArtifactGenerator(evaluation.artifact, base_only=True).greedy(messages),
            "tuned": ArtifactGenerator(evaluation.artifact).greedy(messages),
        }
    except Exception as exc:
        logger.exception("evaluation round %s failed", round_id)
        round_fail(evaluation=evaluation, reason=f"Evaluation failed: {type(exc).__name__}: {exc}")
        return
    round_record(evaluation=evaluation, item_ids=[item_id for item_id, _ in prompts], outputs=outputs)


def register() -> None:
    """Declare this app's job kinds: a restart re-enqueues their unfinished rows (tuneloop.jobs)."""
    register_job(
        "evaluation_rounds",
        pending=lambda: EvaluationRound.objects.filter(status__in=UNFINISHED),
        actor=evaluation_round_execute,
    )
