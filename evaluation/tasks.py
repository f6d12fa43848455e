"""Dramatiq actors on the `generate` queue: run an evaluation round."""

from __future__ import annotations

import logging

import dramatiq

from evaluation.models import EvaluationRound
from evaluation.prompts import baseline_prompt
from evaluation.selectors import (
    baseline_examples,
    baseline_instructions,
    round_guideline_spec,
    round_test_items,
    round_validation_items,
)
from evaluation.services.promotions import incumbent
from evaluation.services.rounds import round_fail, round_record, round_start
from training.generation import ArtifactGenerator
from tuneloop.faults import fail_point
from tuneloop.jobs import job_lease, register_job

logger = logging.getLogger(__name__)


@dramatiq.actor(queue_name="generate", max_retries=0, time_limit=6 * 3600 * 1000)
def evaluation_round_execute(round_id: int) -> None:
    """The contenders answer every test item with the same (greedy) decoding: the base model with the bare
    system prompt, the base model with the whole task spec and few-shot examples (the prompt-only
    baseline), and the candidate artifact; then the round is scored."""
    with job_lease(EvaluationRound, round_id) as held:
        if held:
            _round_run(round_id)


def _round_run(round_id: int) -> None:
    evaluation = EvaluationRound.objects.select_related("artifact__run", "campaign").get(id=round_id)
    round_start(evaluation=evaluation)
    try:
        items, held = round_test_items(evaluation), round_validation_items(evaluation)
        guideline = round_guideline_spec(evaluation)
        prompts = ([item.prompt for item in items], [item.prompt for item in held])
        outputs, validation = _contender_outputs(evaluation, prompts, guideline[1])
        fail_point("evaluation.answered")
    except Exception as exc:
        logger.exception("evaluation round %s failed", round_id)
        round_fail(evaluation=evaluation, reason=f"Evaluation failed: {type(exc).__name__}: {exc}")
        return
    round_record(
        evaluation=evaluation, items=items, outputs=outputs, guideline=guideline, validation=(held, validation)
    )


def _contender_outputs(
    evaluation: EvaluationRound, both: tuple[list[list[dict]], list[list[dict]]], spec: dict
) -> tuple[dict[str, list[str]], list[str]]:
    """Every contender's answers to the test prompts, and the candidate's to the validation prompts."""
    prompts, held = both
    instructions = baseline_instructions(evaluation, spec)
    examples = baseline_examples(evaluation)
    tokens = max_new_tokens(spec["output_format"])
    base = ArtifactGenerator(evaluation.artifact, base_only=True)  # loaded once for both base contenders
    baseline = [baseline_prompt(instructions, examples, prompt) for prompt in prompts]
    outputs = {"base": base.greedy(prompts, tokens), "prompt_baseline": base.greedy(baseline, tokens)}
    candidate = ArtifactGenerator(evaluation.artifact)
    outputs["candidate"] = candidate.greedy(prompts, tokens)
    validation = candidate.greedy(held, tokens) if held else []
    current = incumbent(evaluation.campaign)
    if current is not None and current.artifact is not None and current.artifact_id != evaluation.artifact_id:
        outputs["incumbent"] = ArtifactGenerator(current.artifact).greedy(prompts, tokens)
    return outputs, validation


def max_new_tokens(output_format: dict) -> int:
    """Room for an answer in the format, the same for every contender: a label (or a few) is short, and a
    decline or an escalation shows itself in its first words; templates and JSON get the full 128."""
    if output_format.get("kind") == "labels":
        return 48 if not output_format.get("multi_label") else min(128, 48 + 8 * len(output_format["labels"]))
    return 128


def register() -> None:
    """Declare this app's job kinds: a restart re-enqueues their unfinished rows (tuneloop.jobs)."""
    register_job("evaluation_rounds", model=EvaluationRound, actor=evaluation_round_execute)
