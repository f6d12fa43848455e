"""Candidate rounds: a model artifact answers every item of a campaign N times, and the answers become pairs."""

from __future__ import annotations

import random
from dataclasses import asdict
from typing import Any

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone

from labeling.models import Campaign, Item
from preferences.events import CandidatesRound, notify_candidates_round
from preferences.models import Candidate, CandidateRound
from preferences.services.comparisons import comparisons_create_for_item
from privacy.selectors import policy_get
from privacy.services.anonymize import anonymizer_for
from tuneloop.exceptions import ApplicationError
from tuneloop.jobs import job_enqueue
from tuneloop.sampling import Sampling

ModelArtifact = Any  # training.models.ModelArtifact: training sits above preferences (tuneloop.artifacts)

BATCH = 8


def _sampling(settings: dict[str, Any]) -> dict[str, Any]:
    """The settings as training.ml.generate.Sampling takes them; a bad one is refused naming its field."""
    known = {"n", "temperature", "top_p", "max_new_tokens", "seed"}
    for name in settings:
        if name not in known:
            raise ApplicationError(f"Unknown sampling setting '{name}'.", field=name)
    try:
        sampling = Sampling(**settings)
    except TypeError as exc:
        raise ApplicationError(f"Bad sampling settings: {exc}.") from None
    problems = sampling.problems()
    if problems:
        field, message = next(iter(problems.items()))
        raise ApplicationError(message, field=field)
    return asdict(sampling)


def candidate_round_create(
    *, campaign: Campaign, artifact: ModelArtifact, user: User, sampling: dict[str, Any]
) -> CandidateRound:
    """Queue a round on the `generate` queue: `sampling["n"]` answers per item from `artifact`."""
    if artifact.run.campaign_id != campaign.id:
        raise ApplicationError("The model was trained in another campaign.", field="artifact")
    settings = _sampling(sampling)
    with transaction.atomic():
        candidate_round = CandidateRound.objects.create(
            campaign=campaign, artifact=artifact, sampling=settings, created_by=user
        )
        _notify(candidate_round)
        job_enqueue(CandidateRound, candidate_round.id)
    return candidate_round


def candidate_round_items(candidate_round: CandidateRound, *, after: int, limit: int) -> list[Item]:
    return list(Item.objects.filter(campaign=candidate_round.campaign, id__gt=after).order_by("id")[:limit])


def candidate_round_start(candidate_round: CandidateRound) -> None:
    candidate_round.status, candidate_round.error = CandidateRound.Status.RUNNING, ""
    candidate_round.save(update_fields=["status", "error"])
    _notify(candidate_round)


def candidate_round_store(candidate_round: CandidateRound, answers: list[tuple[Item, list[str]]]) -> int:
    """Store a batch of generations as candidates, anonymized, one per distinct text of an item, and pair them."""
    campaign = candidate_round.campaign
    anonymizer = anonymizer_for(policy_get(campaign))  # one policy read for the batch
    rng = random.Random(candidate_round.sampling.get("seed"))
    stored = 0
    with transaction.atomic():
        for item, texts in answers:
            seen = set(item.candidates.values_list("text", flat=True))
            for text in texts:
                clean = anonymizer.anonymize(text, labels=campaign.output_fields, context=[item.text])
                if not clean.text.strip() or clean.text in seen:
                    continue
                seen.add(clean.text)
                Candidate.objects.create(
                    item=item,
                    source=Candidate.Source.MODEL,
                    artifact=candidate_round.artifact,
                    round=candidate_round,
                    text=clean.text,
                    entity_counts=clean.entities,
                )
                stored += 1
            comparisons_create_for_item(item=item, rng=rng)
        candidate_round.items += len(answers)
        candidate_round.candidates += stored
        candidate_round.save(update_fields=["items", "candidates"])
        _notify(candidate_round)
    return stored


def candidate_round_finish(candidate_round: CandidateRound, *, error: str = "") -> None:
    candidate_round.status = CandidateRound.Status.FAILED if error else CandidateRound.Status.SUCCEEDED
    candidate_round.error, candidate_round.finished_at = error[:2000], timezone.now()
    candidate_round.save(update_fields=["status", "error", "finished_at"])
    _notify(candidate_round)


def _notify(candidate_round: CandidateRound) -> None:
    update = CandidatesRound(
        round=candidate_round.id,
        status=candidate_round.status,
        items=candidate_round.items,
        candidates=candidate_round.candidates,
    )
    notify_candidates_round(candidate_round.campaign_id, update)
