"""Dramatiq actors on the `generate` queue: model drafts (candidates) for a campaign's items."""

from __future__ import annotations

import logging

import dramatiq

from labeling.models import Campaign
from preferences.services import model_drafts_pending, model_drafts_store

logger = logging.getLogger(__name__)
BATCH = 16


@dramatiq.actor(queue_name="generate", max_retries=3, time_limit=6 * 3600 * 1000)
def model_drafts_generate(campaign_id: int) -> None:
    """Draft a response with the campaign's prefill model for every item that has none yet."""
    from training.ml.generate import generate  # transformers is heavy: import it where it runs

    campaign = Campaign.objects.select_related("prefill_artifact__run").filter(id=campaign_id).first()
    if campaign is None or campaign.prefill_artifact is None:
        return
    artifact = campaign.prefill_artifact
    while pending := model_drafts_pending(campaign=campaign, limit=BATCH):
        prompts = [prompt for _, prompt in pending]
        texts = generate(artifact.run.base_model_path, prompts, adapter_dir=artifact.path)
        model_drafts_store(
            artifact=artifact, drafts=[(item, text) for (item, _), text in zip(pending, texts, strict=True)]
        )
