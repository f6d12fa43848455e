"""Imports, second half: staged raw records anonymized by a worker a chunk at a time, stored, and purged."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from labeling import hooks
from labeling.import_formats import ParsedRecord, RecordError, parser_for
from labeling.models import ImportBatch, Item, StagedRecord
from labeling.services.import_staging import import_batch_create, import_progress_notify
from privacy.engine.anonymizer import AnonymizedText
from privacy.engine.policy import Policy
from privacy.selectors import policy_get
from privacy.services import canaries
from privacy.services.anonymize import anonymize_texts, merge_counts
from tuneloop.exceptions import ApplicationError
from tuneloop.faults import fail_point

logger = logging.getLogger(__name__)
# Staged lines whose texts are anonymized in one call (spaCy's `nlp.pipe`, see docs/anonymization.md);
# bench/anonymize.py times the same chunks.
CHUNK_SIZE = 64
UNANONYMIZED = "could not be anonymized"
UNFINISHED = (ImportBatch.Status.STAGING, ImportBatch.Status.PENDING, ImportBatch.Status.RUNNING)
__all__ = [  # import_batch_create lives in import_staging; callers import both halves from here
    "import_batch_create",
    "import_batch_fail",
    "import_batch_process",
    "staged_chunk_process",
    "staged_records_purge",
]


class _Duplicate(Exception):
    """The record was imported before (same external id, or same anonymized text without an id)."""


@dataclass
class _Line:
    """One staged line on its way through a chunk: parsed, then anonymized, or else an error message."""

    staged: StagedRecord
    record: ParsedRecord | None = None
    clean: AnonymizedText | None = None
    error: str | None = None
    duplicate: bool = False

    @property
    def pending(self) -> bool:
        return self.error is None and not self.duplicate

    @property
    def content_hash(self) -> str:
        if self.clean is None:
            raise ValueError("the line was not anonymized")
        return hashlib.sha256(self.clean.text.encode()).hexdigest()


def staged_chunk_process(*, batch: ImportBatch, chunk: Sequence[StagedRecord]) -> None:
    """Turn staged lines into anonymized items (or line errors), their texts anonymized in one batch.

    A record imported before (its external id, or without one its anonymized text) is counted as a
    duplicate and skipped; with an id that is known before anything is anonymized. Whatever one line does
    to a parser, a check or the anonymizer is that line's error, by number. The chunk's items (each in a
    savepoint), the deletion of its raw rows and the batch's counts are then committed together: a crash
    repeats the chunk, and nothing is stored or counted twice.
    """
    lines = [_Line(staged) for staged in chunk]
    parse = parser_for(batch.format, batch.options)
    for line in lines:
        _parse(parse, line)
    _mark_known_ids(batch, lines)
    for line in lines:
        _plant(batch, line)
    _anonymize_lines(batch, [line for line in lines if line.pending])
    _chunk_store(batch, lines, _known_hashes(batch, lines))


def _parse(parse: Callable[[str], ParsedRecord], line: _Line) -> None:
    try:
        line.record = parse(line.staged.payload)
    except RecordError as exc:
        line.error = str(exc)
    except Exception as exc:  # a parser's own failure costs this line only; logged by type, never the text
        kind = type(exc).__name__
        logger.warning("import batch %s: line %s could not be read (%s)", line.staged.batch_id, line.staged.line, kind)
        line.error = f"could not be read ({kind})"


def _mark_known_ids(batch: ImportBatch, lines: Sequence[_Line]) -> None:
    """Re-uploaded records with an id are skipped before their canaries are planted or texts anonymized."""
    ids = {line.record.external_id for line in lines if line.record and line.record.external_id and line.pending}
    known = set(
        Item.objects.filter(campaign_id=batch.campaign_id, external_id__in=ids).values_list("external_id", flat=True)
    )
    for line in lines:
        if line.pending and _record(line).external_id in known:
            line.duplicate = True


def _known_hashes(batch: ImportBatch, lines: Sequence[_Line]) -> set[str]:
    """Content hashes of the chunk's id-less records that the campaign already holds (one query a chunk)."""
    hashes = {line.content_hash for line in lines if line.pending and not _record(line).external_id}
    if not hashes:
        return set()
    items = Item.objects.filter(campaign_id=batch.campaign_id, content_hash__in=hashes)
    return set(items.values_list("content_hash", flat=True))


def _plant(batch: ImportBatch, line: _Line) -> None:
    if not line.pending or not _record(line).canaries:
        return
    # Planted before the line's text is anonymized: the campaign knows the canary before any text from it is stored.
    try:
        canaries.canaries_plant(campaign=batch.campaign, user=batch.created_by, values=_record(line).canaries)
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


@dataclass
class _Tally:
    """What a chunk's lines came to, added to the batch in one UPDATE."""

    accepted: int = 0
    duplicates: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)


def _chunk_store(batch: ImportBatch, lines: Sequence[_Line], known_hashes: set[str]) -> None:
    tally = _Tally()
    with transaction.atomic():
        for line in lines:
            _line_store(batch, line, known_hashes, tally)
        StagedRecord.objects.filter(id__in=[line.staged.id for line in lines]).delete()
        _batch_count(batch, tally)


def _line_store(batch: ImportBatch, line: _Line, known_hashes: set[str], tally: _Tally) -> None:
    error, duplicate, counts = line.error, line.duplicate, {}
    if line.pending:
        try:
            with transaction.atomic():
                counts = _store_record(batch, line, known_hashes)
        except _Duplicate:
            duplicate = True
        except Exception as exc:  # a response failed anonymization: drop the line rather than store it
            logger.error("import batch %s: line %s failed (%s)", batch.id, line.staged.line, type(exc).__name__)
            error = UNANONYMIZED
    if error is not None:
        tally.errors.append({"line": line.staged.line, "message": error})
    elif duplicate:
        tally.duplicates += 1
    else:
        tally.accepted += 1
        tally.counts = merge_counts(tally.counts, counts)


def _batch_count(batch: ImportBatch, tally: _Tally) -> None:
    """Add a chunk to the batch's counts; the stored error list only grows, up to IMPORT_MAX_STORED_ERRORS."""
    batch.accepted += tally.accepted
    batch.duplicates += tally.duplicates
    batch.rejected += len(tally.errors)
    batch.entity_counts = merge_counts(batch.entity_counts, tally.counts)
    fields = ["accepted", "duplicates", "rejected", "entity_counts"]
    room = settings.IMPORT_MAX_STORED_ERRORS - len(batch.errors)
    if tally.errors and room > 0:
        batch.errors = [*batch.errors, *tally.errors[:room]]
        fields.append("errors")
    batch.save(update_fields=fields)


def _record(line: _Line) -> ParsedRecord:
    if line.record is None:
        raise ValueError("the line was not parsed")
    return line.record


def _store_record(batch: ImportBatch, line: _Line, known_hashes: set[str]) -> dict[str, int]:
    """Create the item and its imported responses; raises `_Duplicate` for a record imported before."""
    record, clean = _record(line), line.clean
    if clean is None:
        raise ValueError("the line was not anonymized")
    content_hash = line.content_hash
    external_id = record.external_id or content_hash[:32]
    if content_hash in known_hashes and not record.external_id:
        raise _Duplicate
    if Item.objects.filter(campaign_id=batch.campaign_id, external_id=external_id).exists():
        raise _Duplicate  # also an earlier line of this chunk, or of a batch running at the same time
    try:
        with transaction.atomic():
            item = Item.objects.create(
                campaign_id=batch.campaign_id,
                batch=batch,
                external_id=external_id,
                group_key=record.group_key or external_id,
                content_hash=content_hash,
                text=clean.text,
                entity_counts=clean.entities,
                source={"batch": batch.id, "line": line.staged.line, "format": batch.format},
            )
    except IntegrityError:  # the unique (campaign, external_id): another batch stored it first
        raise _Duplicate from None
    known_hashes.add(content_hash)
    counts = dict(clean.entities)
    for response in record.responses:  # numbered after the item's placeholders (context=[item.text])
        for more in hooks.response_imported(item=item, text=response):
            counts = merge_counts(counts, more)
    return counts


def import_batch_process(*, batch: ImportBatch) -> ImportBatch:
    """Anonymize every staged line of the batch, a chunk at a time; safe to run again after a crash.

    An error that no line can be blamed for fails the batch, saying where it stopped: what was stored
    stays, and the raw rows left are deleted. However a batch ends, expired staged rows are purged too.
    """
    if batch.status not in (ImportBatch.Status.PENDING, ImportBatch.Status.RUNNING):
        return batch
    unfinished = ImportBatch.objects.filter(id=batch.id, status__in=UNFINISHED)
    if not unfinished.update(status=ImportBatch.Status.RUNNING):
        return batch  # failed meanwhile (expired)
    batch.status = ImportBatch.Status.RUNNING
    try:
        _chunks_process(batch)
        _batch_finish(batch)
    except Exception as exc:
        _batch_fail_unexpected(batch, exc)
    try:
        staged_records_purge()
    except Exception as exc:  # housekeeping: it never changes how this batch ended
        logger.error("import batch %s: purging expired staged rows failed (%s)", batch.id, type(exc).__name__)
    return batch


def _chunks_process(batch: ImportBatch) -> None:
    last_line = 0
    while chunk := list(StagedRecord.objects.filter(batch=batch, line__gt=last_line).order_by("line")[:CHUNK_SIZE]):
        staged_chunk_process(batch=batch, chunk=chunk)
        fail_point("import.chunk_stored")
        last_line = chunk[-1].line
        import_progress_notify(batch)


def _batch_finish(batch: ImportBatch) -> None:
    with transaction.atomic():
        locked = ImportBatch.objects.select_for_update().filter(id=batch.id)
        if locked.values_list("status", flat=True).get() != ImportBatch.Status.RUNNING:
            batch.refresh_from_db()  # failed while it ran (expired): stays failed
            return
        # The batch's own items only: scanning the whole campaign at the end of each batch would not scale.
        hooks.items_imported(campaign=batch.campaign, items=Item.objects.filter(batch=batch))
        StagedRecord.objects.filter(batch=batch).delete()  # none are left: a batch that ends keeps no raw row
        batch.status = ImportBatch.Status.DONE
        batch.finished_at = timezone.now()
        # Lines rejected while staging were recorded first; list the rejected lines in file order.
        batch.errors = sorted(batch.errors, key=lambda error: error["line"])
        batch.save(update_fields=["status", "finished_at", "errors"])
        import_progress_notify(batch)


def _batch_fail_unexpected(batch: ImportBatch, exc: Exception) -> None:
    at = StagedRecord.objects.filter(batch=batch).order_by("line").values_list("line", flat=True).first()
    where = f"at line {at}" if at is not None else "after its last line"
    kind = type(exc).__name__  # the type only: a message could quote a text
    logger.error("import batch %s stopped %s (%s)", batch.id, where, kind)
    batch.refresh_from_db(fields=["accepted"])
    import_batch_fail(
        batch=batch,
        reason=f"The import stopped {where}: an unexpected error ({kind}). The {batch.accepted} records stored "
        "before it are kept and the remaining raw lines were deleted; upload the file again to import the rest "
        "(records already imported count as duplicates).",
    )


def import_batch_fail(*, batch: ImportBatch, reason: str) -> int:
    """Fail an unfinished batch, saying why, and delete its staged raw rows; returns the rows deleted."""
    with transaction.atomic():
        ImportBatch.objects.filter(id=batch.id, status__in=UNFINISHED).update(
            status=ImportBatch.Status.FAILED, finished_at=timezone.now(), failure=reason
        )
        deleted, _ = StagedRecord.objects.filter(batch_id=batch.id).delete()
        batch.refresh_from_db()
        import_progress_notify(batch)
    return deleted


@dataclass(frozen=True)
class PurgeReport:
    batches_expired: int
    rows_deleted: int


def staged_records_purge(*, max_age_hours: int | None = None) -> PurgeReport:
    """Delete the raw staged rows that must not wait: those of ended batches, and those of batches not
    finished `IMPORT_STAGED_MAX_AGE_HOURS` after their upload, which fail saying why."""
    hours = settings.IMPORT_STAGED_MAX_AGE_HOURS if max_age_hours is None else max_age_hours
    cutoff = timezone.now() - timedelta(hours=hours)
    expired = list(ImportBatch.objects.filter(status__in=UNFINISHED, created_at__lt=cutoff))
    reason = (
        f"Expired: not finished {hours} hours after its upload (IMPORT_STAGED_MAX_AGE_HOURS), so its raw lines "
        "were deleted unread. Upload the file again to import the rest (records already imported count as "
        "duplicates)."
    )
    deleted = sum(import_batch_fail(batch=batch, reason=reason) for batch in expired)
    ended = StagedRecord.objects.filter(batch__status__in=[ImportBatch.Status.DONE, ImportBatch.Status.FAILED])
    deleted += ended.delete()[0]
    return PurgeReport(batches_expired=len(expired), rows_deleted=deleted)
