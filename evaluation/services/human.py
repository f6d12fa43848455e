"""Human evaluation rounds: reviewers judge the candidate against another contender, blind, on the sealed test
items, in the judging queue; each judgement refreshes the round's result in the report and the gate's verdict."""

from __future__ import annotations

import random
from typing import Any

from django.contrib.auth.models import User
from django.db import transaction

from evaluation.events import EvaluationStatus, notify_evaluation_status
from evaluation.metrics.gate import gate
from evaluation.metrics.human import human_summary
from evaluation.metrics.task import normalize
from evaluation.models import EvaluationRound, EvaluationSample, HumanPair, HumanRound
from evaluation.selectors import human_round_judgements
from evaluation.services.promotions import gate_settings
from preferences.models import EVALUATION_RUBRIC, ComparisonTask
from preferences.services.comparisons import evaluation_pairs_create
from tuneloop.exceptions import ApplicationError, Conflict

OPPONENTS = ("incumbent", "prompt_baseline", "base")  # the default is the first the round has
MAX_JUDGEMENTS_PER_PAIR = 10


def human_round_create(
    *,
    evaluation: EvaluationRound,
    user: User,
    opponent: str = "",
    judgements_per_pair: int | None = None,
    rng: random.Random | None = None,
) -> HumanRound:
    """Ask reviewers to judge the candidate's output against the opponent's on every test item where the two
    differ (`judgements_per_pair` reviewers each, the campaign's setting by default), blind and in random order."""
    if evaluation.status != EvaluationRound.Status.SUCCEEDED:
        raise Conflict("Only a finished evaluation round can be judged by people.")
    if HumanRound.objects.filter(evaluation=evaluation).exists():
        raise Conflict("This evaluation round already has a human round.")
    outputs = _outputs(evaluation)
    opponent = _opponent(opponent, {name for texts in outputs.values() for name in texts})
    per_pair = judgements_per_pair or evaluation.campaign.judgements_per_pair
    if not 1 <= per_pair <= MAX_JUDGEMENTS_PER_PAIR:
        raise ApplicationError(f"Ask 1 to {MAX_JUDGEMENTS_PER_PAIR} reviewers per pair.", field="judgements_per_pair")
    rng = rng or random.Random()
    with transaction.atomic():
        human = HumanRound.objects.create(
            evaluation=evaluation, opponent=opponent, judgements_per_pair=per_pair, created_by=user
        )
        for item, texts in outputs.items():
            if opponent not in texts or "candidate" not in texts:
                continue
            if normalize(texts["candidate"]) == normalize(texts[opponent]):
                human.identical += 1
                continue
            mine, theirs = evaluation_pairs_create(
                item=item, outputs=(texts["candidate"], texts[opponent]), copies=per_pair, rng=rng
            )
            HumanPair.objects.create(human_round=human, item=item, candidate=mine, opponent=theirs)
        human.save(update_fields=["identical"])
        human_round_refresh(evaluation=evaluation)
    return human


def _outputs(evaluation: EvaluationRound) -> dict[Any, dict[str, str]]:
    """{item: {contender: output}} of the round's samples (stored anonymized)."""
    found: dict[Any, dict[str, str]] = {}
    samples = EvaluationSample.objects.filter(round=evaluation, split="test").select_related("item")
    samples = samples.order_by("item_id", "id")
    for sample in samples:
        found.setdefault(sample.item, {})["candidate" if sample.model == "tuned" else sample.model] = sample.output
    return found


def _opponent(asked: str, contenders: set[str]) -> str:
    available = [name for name in OPPONENTS if name in contenders]
    if not available:
        raise ApplicationError("The round has no other contender to judge the candidate against.", field="opponent")
    if not asked:
        return available[0]
    if asked not in available:
        raise ApplicationError(f"Choose the opponent among {', '.join(available)}.", field="opponent")
    return asked


def human_round_refresh(*, evaluation: EvaluationRound) -> dict[str, Any]:
    """Recompute the human round's result from its judgements into the report, with the gate's verdict."""
    human = HumanRound.objects.filter(evaluation=evaluation).first()
    if human is None:
        return {}
    summary = human_summary(human_round_judgements(human), rubric=list(EVALUATION_RUBRIC), pairs=human.pairs.count())
    summary |= {"opponent": human.opponent, "identical": human.identical}
    with transaction.atomic():
        locked = EvaluationRound.objects.select_for_update().get(id=evaluation.id)
        locked.report = {**locked.report, "human": summary}
        locked.report["gate"] = gate(locked.report, gate_settings(locked.campaign))
        locked.save(update_fields=["report"])
    update = EvaluationStatus(evaluation=locked.id, status=locked.status, report=locked.report)
    notify_evaluation_status(locked.campaign_id, update)
    return summary


def evaluation_judged(*, task: ComparisonTask) -> None:
    """preferences' hook: a judgement of an evaluation pair was stored or undone."""
    pair = HumanPair.objects.filter(candidate__in=[task.left_id, task.right_id]).select_related("human_round").first()
    if pair is not None:
        human_round_refresh(evaluation=pair.human_round.evaluation)
