"""Dramatiq actors on the `generate` queue: model drafts and candidate rounds for a campaign's items."""

from __future__ import annotations

import logging

import dramatiq
from django.db.models import Max

from labeling.models import Campaign
from labeling.selectors import prompt_messages
from preferences.generation import (
    candidate_round_finish,
    candidate_round_items,
    candidate_round_start,
    candidate_round_store,
)
from preferences.models import Candidate, CandidateRound
from preferences.services.candidates import model_drafts_pending, model_drafts_store
from tuneloop.artifacts import artifact_generator
from tuneloop.faults import fail_point
from tuneloop.jobs import job_lease, register_job
from tuneloop.sampling import Sampling

logger = logging.getLogger(__name__)
BATCH = 16


@dramatiq.actor(queue_name="generate", max_retries=3, time_limit=6 * 3600 * 1000)
def model_drafts_generate(campaign_id: int) -> None:
    """Draft a response with the campaign's prefill model for every item that has none yet."""
    campaign = Campaign.objects.select_related("prefill_artifact__run").filter(id=campaign_id).first()
    if campaign is None or campaign.prefill_artifact is None:
        return
    artifact = campaign.prefill_artifact
    generator = artifact_generator(artifact)  # loads on first use, once per run
    while pending := model_drafts_pending(campaign=campaign, limit=BATCH):
        texts = [answers[0] for answers in generator.answer([prompt for _, prompt in pending], Sampling())]
        model_drafts_store(
            artifact=artifact, drafts=[(item, text) for (item, _), text in zip(pending, texts, strict=True)]
        )


@dramatiq.actor(queue_name="generate", max_retries=0, time_limit=6 * 3600 * 1000)
def candidate_round_generate(round_id: int) -> None:
    """Answer every item of the round's campaign `n` times with its model; batches are stored as they finish,
    so a restarted round goes on after the last item it stored."""
    with job_lease(CandidateRound, round_id) as held:
        if held:
            _candidate_round_run(round_id)


def _candidate_round_run(round_id: int) -> None:
    candidate_round = CandidateRound.objects.select_related("campaign", "artifact__run").get(id=round_id)
    candidate_round_start(candidate_round)
    sampling, artifact = Sampling(**candidate_round.sampling), candidate_round.artifact
    after = Candidate.objects.filter(round=candidate_round).aggregate(last=Max("item_id"))["last"] or 0
    try:
        generator = artifact_generator(artifact)
        while items := candidate_round_items(candidate_round, after=after, limit=BATCH):
            prompts = [prompt_messages(candidate_round.campaign, item) for item in items]
            answers = generator.answer(prompts, sampling)
            candidate_round_store(candidate_round, list(zip(items, answers, strict=True)))
            fail_point("candidates.batch_stored")
            after = items[-1].id
    except Exception as exc:  # a failed round says why; what it stored stays
        logger.exception("candidate round %s failed", round_id)
        candidate_round_finish(candidate_round, error=f"{type(exc).__name__}: {exc}")
        return
    candidate_round_finish(candidate_round)


def register() -> None:
    """Declare this app's job kinds: a restart re-enqueues their unfinished rows (tuneloop.jobs)."""
    register_job("candidate_rounds", model=CandidateRound, actor=candidate_round_generate)
