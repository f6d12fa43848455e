"""What preferences does when labeling's work changes: its functions for labeling's hooks."""

from __future__ import annotations

from django.db import transaction
from django.db.models import QuerySet

from labeling import hooks
from labeling.models import Campaign, Item
from preferences.services.candidates import candidate_from_example, candidates_import
from preferences.services.comparisons import comparisons_create_for_campaign, comparisons_create_for_item
from preferences.services.queue import leases_release
from preferences.tasks import model_drafts_generate


def _items_imported(*, campaign: Campaign, items: QuerySet[Item]) -> None:
    for item in items.select_related("campaign").iterator(chunk_size=500):  # the batch's items, not the campaign's
        comparisons_create_for_item(item=item)
    if campaign.prefill_artifact_id is not None:
        _drafts_on_commit(campaign=campaign)


def _ranking_started(*, campaign: Campaign) -> None:
    comparisons_create_for_campaign(campaign_id=campaign.id)


def _drafts_on_commit(*, campaign: Campaign) -> None:
    campaign_id = campaign.id
    transaction.on_commit(lambda: model_drafts_generate.send(campaign_id))


def register() -> None:
    hooks.response_imported.register("preferences", candidates_import)
    hooks.items_imported.register("preferences", _items_imported)
    hooks.ranking_started.register("preferences", _ranking_started)
    hooks.example_approved.register("preferences", candidate_from_example)
    hooks.prefill_set.register("preferences", _drafts_on_commit)
    hooks.member_removed.register("preferences", leases_release)
