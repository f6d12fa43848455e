"""JSONL imports: raw lines are staged, anonymized by a worker, and only then become items."""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass
from typing import IO

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone

from labeling.models import Campaign, ImportBatch, Item, StagedRecord
from labeling.services.anonymize import anonymize_text, merge_counts
from tuneloop.exceptions import ApplicationError
from tuneloop.realtime import campaign_group, send_on_commit

logger = logging.getLogger(__name__)
MAX_LINE_BYTES = 1_000_000


class RecordError(ValueError):
    """A line that cannot become an item; the message never quotes the line's content."""


@dataclass(frozen=True)
class ParsedRecord:
    external_id: str | None
    text: str
    responses: list[str]


def import_batch_create(*, campaign: Campaign, user: User, file: IO[bytes], filename: str) -> ImportBatch:
    """Stage every line of an uploaded JSONL file and enqueue its anonymization."""
    from labeling.tasks import import_batch_process

    with transaction.atomic():
        batch = ImportBatch.objects.create(campaign=campaign, created_by=user, filename=filename[:255])
        staged, total = [], 0
        for number, raw in enumerate(file, start=1):
            total = number
            line = raw.decode("utf-8", errors="replace").strip()
            if line:
                staged.append(StagedRecord(batch=batch, line=number, payload=line))
            if len(staged) >= 1000:
                StagedRecord.objects.bulk_create(staged)
                staged = []
        StagedRecord.objects.bulk_create(staged)
        if total == 0:
            raise ApplicationError("The file is empty.", field="file")
        batch.total_lines = total
        batch.save(update_fields=["total_lines"])
        transaction.on_commit(lambda: import_batch_process.send(batch.id))
    return batch


def parse_record(payload: str) -> ParsedRecord:
    """Validate one JSONL line: {"text": str, "id"?: str, "responses"?: [str]}."""
    if len(payload) > MAX_LINE_BYTES:
        raise RecordError(f"line is longer than {MAX_LINE_BYTES} bytes")
    try:
        data = json.loads(payload)
    except json.JSONDecodeError as exc:
        raise RecordError(f"not valid JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(data, dict):
        raise RecordError("expected a JSON object")
    text = data.get("text")
    if not isinstance(text, str) or not text.strip():
        raise RecordError("field 'text' is required and must be a non-empty string")
    external_id = data.get("id")
    if external_id is not None and not isinstance(external_id, str | int):
        raise RecordError("field 'id' must be a string or an integer")
    responses = data.get("responses", [])
    if not isinstance(responses, list) or not all(isinstance(r, str) and r.strip() for r in responses):
        raise RecordError("field 'responses' must be a list of non-empty strings")
    return ParsedRecord(None if external_id is None else str(external_id), text, responses)


def _store_record(batch: ImportBatch, record: ParsedRecord) -> dict[str, int]:
    from preferences.services import candidates_import

    clean = anonymize_text(record.text)
    external_id = record.external_id or hashlib.sha256(clean.text.encode()).hexdigest()[:32]
    if Item.objects.filter(campaign_id=batch.campaign_id, external_id=external_id).exists():
        raise RecordError(f"an item with id '{external_id}' already exists in this campaign")
    item = Item.objects.create(
        campaign_id=batch.campaign_id,
        batch=batch,
        external_id=external_id,
        text=clean.text,
        entity_counts=clean.entities,
    )
    counts = dict(clean.entities)
    for response in record.responses:
        counts = merge_counts(counts, candidates_import(item=item, text=response))
    return counts


def staged_record_process(*, batch: ImportBatch, staged: StagedRecord) -> None:
    """Turn one staged line into an anonymized item (or a line error) and delete the raw line."""
    with transaction.atomic():
        try:
            with transaction.atomic():
                counts = _store_record(batch, parse_record(staged.payload))
        except RecordError as exc:
            batch.errors = [*batch.errors, {"line": staged.line, "message": str(exc)}]
        except Exception as exc:  # anonymization failed: drop the line rather than store it in the clear
            # The type only: a message or traceback could quote the raw line.
            logger.error("import batch %s: line %s failed (%s)", batch.id, staged.line, type(exc).__name__)
            batch.errors = [*batch.errors, {"line": staged.line, "message": "could not be anonymized"}]
        else:
            batch.accepted += 1
            batch.entity_counts = merge_counts(batch.entity_counts, counts)
        staged.delete()
        batch.save(update_fields=["errors", "accepted", "entity_counts"])


def import_batch_process(*, batch: ImportBatch) -> ImportBatch:
    """Anonymize every staged line of the batch; safe to run again after a crash."""
    from preferences.services import comparisons_create_for_campaign
    from preferences.tasks import model_drafts_generate

    if batch.status in (ImportBatch.Status.DONE, ImportBatch.Status.FAILED):
        return batch
    ImportBatch.objects.filter(id=batch.id).update(status=ImportBatch.Status.RUNNING)
    batch.status = ImportBatch.Status.RUNNING
    for number, staged in enumerate(StagedRecord.objects.filter(batch=batch).order_by("line").iterator(), 1):
        staged_record_process(batch=batch, staged=staged)
        if number % 10 == 0:
            _notify_progress(batch)
    with transaction.atomic():
        comparisons_create_for_campaign(campaign_id=batch.campaign_id)
        if batch.campaign.prefill_artifact_id is not None:
            transaction.on_commit(lambda: model_drafts_generate.send(batch.campaign_id))
        batch.status = ImportBatch.Status.DONE
        batch.finished_at = timezone.now()
        batch.save(update_fields=["status", "finished_at"])
        _notify_progress(batch)
    return batch


def _notify_progress(batch: ImportBatch) -> None:
    payload = {
        "id": batch.id,
        "status": batch.status,
        "total_lines": batch.total_lines,
        "accepted": batch.accepted,
        "rejected": len(batch.errors),
    }
    send_on_commit(campaign_group(batch.campaign_id), "import.progress", payload)
