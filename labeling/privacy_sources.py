"""Labeling's texts for the PII dashboard and the canary audit: items, responses, comments, imports."""

from __future__ import annotations

from typing import Any

from labeling.models import Campaign, Example, ImportBatch, Item, StagedRecord
from privacy.services.scanner import STAGED, STAGED_NOTE, Scanner, json_strings_of
from privacy.sources import register_audit_source, register_count_source

CHUNK = 2000


def _examples(campaign: Campaign) -> Any:
    return Example.objects.filter(item__campaign=campaign)


def _scan_texts(scanner: Scanner, campaign: Campaign) -> None:
    examples = _examples(campaign)
    sources = [
        ("item", Item.objects.filter(campaign=campaign).values_list("text", "id")),
        ("example.response", examples.values_list("response", "id")),
        ("example.review_comment", examples.exclude(review_comment="").values_list("review_comment", "id")),
    ]
    for source, rows in sources:
        scanner.rows(source, rows.order_by("id").iterator(chunk_size=CHUNK))


def _scan_campaign(scanner: Scanner, campaign: Campaign) -> None:
    rows = Campaign.objects.filter(id=campaign.id).values_list("system_prompt", "id")
    scanner.rows("campaign.system_prompt", rows.iterator(chunk_size=CHUNK))


def _scan_imports(scanner: Scanner, campaign: Campaign) -> None:
    batches = ImportBatch.objects.filter(campaign=campaign).order_by("id")
    scanner.rows("import.errors", batches.values_list("errors", "id").iterator(chunk_size=CHUNK), as_json=True)
    staged = StagedRecord.objects.filter(batch__campaign=campaign).order_by("id")
    for payload, staged_id, batch_id, line in staged.values_list("payload", "id", "batch_id", "line").iterator(CHUNK):
        location = {"id": staged_id, "batch": batch_id, "line": line, "note": STAGED_NOTE}
        scanner.text(STAGED, payload, json_strings_of(payload), **location)


def register() -> None:
    register_count_source("items", lambda c: Item.objects.filter(campaign=c).values_list("entity_counts", flat=True))
    register_count_source("responses", lambda c: _examples(c).values_list("entity_counts", flat=True))
    register_count_source("comments", lambda c: _examples(c).values_list("comment_entity_counts", flat=True))
    register_audit_source("labeling.texts", _scan_texts)
    register_audit_source("labeling.campaign", _scan_campaign)
    register_audit_source("labeling.imports", _scan_imports)
