"""JSONL imports: raw lines are staged, anonymized by a worker in chunks, and only then become items."""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import IO

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone

from labeling.anonymization import AnonymizedText, Policy
from labeling.models import Campaign, ImportBatch, Item, StagedRecord
from labeling.selectors import policy_get
from labeling.services.anonymize import anonymize_texts, merge_counts
from tuneloop.exceptions import ApplicationError
from tuneloop.realtime import campaign_group, send_on_commit

logger = logging.getLogger(__name__)
MAX_LINE_BYTES = 1_000_000
# Staged lines whose texts are anonymized in one call (spaCy's `nlp.pipe`, see docs/anonymization.md);
# bench/anonymize.py times the same chunks.
CHUNK_SIZE = 64
UNANONYMIZED = "could not be anonymized"


class RecordError(ValueError):
    """A line that cannot become an item; the message never quotes the line's content."""


@dataclass(frozen=True)
class ParsedRecord:
    external_id: str | None
    text: str
    responses: list[str]
    canaries: list[str] = field(default_factory=list)  # planted before the text is anonymized, never stored


@dataclass
class _Line:
    """One staged line on its way through a chunk: parsed, then anonymized, or else an error message."""

    staged: StagedRecord
    record: ParsedRecord | None = None
    clean: AnonymizedText | None = None
    error: str | None = None


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
    """Validate one JSONL line: {"text": str, "id"?: str, "responses"?: [str], "canaries"?: [str]}."""
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
    canaries = data.get("canaries", [])
    if not isinstance(canaries, list) or not all(isinstance(c, str) and c.strip() for c in canaries):
        raise RecordError("field 'canaries' must be a list of non-empty strings")
    return ParsedRecord(None if external_id is None else str(external_id), text, responses, canaries)


def staged_chunk_process(*, batch: ImportBatch, chunk: Sequence[StagedRecord]) -> None:
    """Turn staged lines into anonymized items (or line errors), their texts anonymized in one batch.

    Each line is then stored, and its raw staged row deleted, in a transaction of its own: a bad line is
    reported by number and dropped, and nothing already accepted is lost.
    """
    lines = [_Line(staged) for staged in chunk]
    for line in lines:
        _parse_and_plant(batch, line)
    _anonymize_lines(batch, [line for line in lines if line.error is None])
    for line in lines:
        _line_store(batch, line)


def _parse_and_plant(batch: ImportBatch, line: _Line) -> None:
    try:
        line.record = parse_record(line.staged.payload)
    except RecordError as exc:
        line.error = str(exc)
        return
    if not line.record.canaries:
        return
    from labeling.services.canaries import canaries_plant

    # Planted before the line's text is anonymized: the campaign knows the canary before any text from it is stored.
    try:
        canaries_plant(campaign=batch.campaign, user=batch.created_by, values=line.record.canaries)
    except ApplicationError as exc:  # names the value's index, never quotes it
        where = (exc.field or "").replace("values", "canaries", 1) or "canaries"
        line.error = f"field '{where}': {exc.message}"
    except Exception as exc:
        logger.error("import batch %s: line %s canaries failed (%s)", batch.id, line.staged.line, type(exc).__name__)
        line.error = "its canaries could not be planted"


def _anonymize_lines(batch: ImportBatch, lines: Sequence[_Line]) -> None:
    """Anonymize the lines' texts in one call; if that fails, line by line, so one bad text costs one line."""
    if not lines:
        return
    policy = policy_get(batch.campaign)  # read after planting: the first canary may create the policy row
    try:
        cleaned = anonymize_texts([_record(line).text for line in lines], policy=policy)
    except Exception as exc:  # the type only: a message could quote a text
        logger.warning("import batch %s: a chunk failed (%s), retrying line by line", batch.id, type(exc).__name__)
        for line in lines:
            _anonymize_line(batch, line, policy)
        return
    for line, clean in zip(lines, cleaned, strict=True):
        line.clean = clean


def _anonymize_line(batch: ImportBatch, line: _Line, policy: Policy) -> None:
    try:
        [line.clean] = anonymize_texts([_record(line).text], policy=policy)
    except Exception as exc:  # dropped rather than stored in the clear; logged by type only
        logger.error("import batch %s: line %s failed (%s)", batch.id, line.staged.line, type(exc).__name__)
        line.error = UNANONYMIZED


def _line_store(batch: ImportBatch, line: _Line) -> None:
    with transaction.atomic():
        error, counts = line.error, {}
        if error is None:
            try:
                with transaction.atomic():
                    counts = _store_record(batch, _record(line), line.clean)
            except RecordError as exc:
                error = str(exc)
            except Exception as exc:  # a response failed anonymization: drop the line rather than store it
                logger.error("import batch %s: line %s failed (%s)", batch.id, line.staged.line, type(exc).__name__)
                error = UNANONYMIZED
        if error is None:
            batch.accepted += 1
            batch.entity_counts = merge_counts(batch.entity_counts, counts)
        else:
            batch.errors = [*batch.errors, {"line": line.staged.line, "message": error}]
        line.staged.delete()
        batch.save(update_fields=["errors", "accepted", "entity_counts"])


def _record(line: _Line) -> ParsedRecord:
    if line.record is None:
        raise ValueError("the line was not parsed")
    return line.record


def _store_record(batch: ImportBatch, record: ParsedRecord, clean: AnonymizedText | None) -> dict[str, int]:
    from preferences.services import candidates_import

    if clean is None:
        raise ValueError("the line was not anonymized")
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
    for response in record.responses:  # numbered after the item's placeholders (context=[item.text])
        counts = merge_counts(counts, candidates_import(item=item, text=response))
    return counts


def import_batch_process(*, batch: ImportBatch) -> ImportBatch:
    """Anonymize every staged line of the batch, a chunk at a time; safe to run again after a crash."""
    from preferences.services import comparisons_create_for_campaign
    from preferences.tasks import model_drafts_generate

    if batch.status in (ImportBatch.Status.DONE, ImportBatch.Status.FAILED):
        return batch
    ImportBatch.objects.filter(id=batch.id).update(status=ImportBatch.Status.RUNNING)
    batch.status = ImportBatch.Status.RUNNING
    last_line = 0
    while chunk := list(StagedRecord.objects.filter(batch=batch, line__gt=last_line).order_by("line")[:CHUNK_SIZE]):
        staged_chunk_process(batch=batch, chunk=chunk)
        last_line = chunk[-1].line
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
