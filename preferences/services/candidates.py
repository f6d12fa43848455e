"""Candidates from outside the judging queue: imported responses, approved examples, the prefill model's drafts."""

from __future__ import annotations

from typing import Any

from labeling.models import Campaign, Example, Item
from labeling.selectors import prompt_messages
from preferences.models import Candidate
from preferences.services.comparisons import comparisons_create_for_item
from privacy.engine.anonymizer import Anonymizer
from privacy.selectors import policy_get
from privacy.services.anonymize import anonymize_text, anonymizer_for

ModelArtifact = Any  # training.models.ModelArtifact: training sits above preferences (tuneloop.artifacts)


def candidates_import(*, item: Item, text: str) -> dict[str, int]:
    """Store an imported response (anonymized); returns the entity counts replaced."""
    clean = anonymize_text(text, campaign=item.campaign, labels=item.campaign.output_fields, context=[item.text])
    Candidate.objects.create(item=item, source=Candidate.Source.IMPORT, text=clean.text, entity_counts=clean.entities)
    return clean.entities


def model_drafts_pending(*, campaign: Campaign, limit: int) -> list[tuple[Item, list[dict]]]:
    """Items without a draft from the campaign's prefill model, with the prompt to draft from."""
    artifact = campaign.prefill_artifact
    drafted = Candidate.objects.filter(source=Candidate.Source.MODEL, artifact=artifact).values("item_id")
    items = Item.objects.filter(campaign=campaign).exclude(id__in=drafted).order_by("id")[:limit]
    return [(item, prompt_messages(campaign, item)) for item in items]


def model_drafts_store(*, artifact: ModelArtifact, drafts: list[tuple[Item, str]]) -> list[Candidate]:
    """Store generated drafts as candidates, anonymized like every text that enters."""
    candidates = []
    anonymizers: dict[int, Anonymizer] = {}  # one policy read per campaign, not one per draft
    for item, text in drafts:
        campaign = item.campaign
        if campaign.id not in anonymizers:
            anonymizers[campaign.id] = anonymizer_for(policy_get(campaign))
        clean = anonymizers[campaign.id].anonymize(text, labels=campaign.output_fields, context=[item.text])
        candidates.append(
            Candidate(
                item=item,
                source=Candidate.Source.MODEL,
                artifact=artifact,
                text=clean.text,
                entity_counts=clean.entities,
            )
        )
    return Candidate.objects.bulk_create(candidates)


def candidate_from_example(*, example: Example) -> Candidate:
    """An approved response becomes a candidate, paired with the item's other candidates."""
    candidate, created = Candidate.objects.get_or_create(
        item=example.item,
        example=example,
        defaults={"source": Candidate.Source.HUMAN, "text": example.response, "entity_counts": example.entity_counts},
    )
    if created:
        comparisons_create_for_item(item=example.item)
    return candidate
