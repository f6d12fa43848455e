"""Imports: raw records (JSONL, chat JSONL, CSV rows) are staged, anonymized by a worker in chunks, then stored."""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import IO, Any

from django.contrib.auth.models import User
from django.db import IntegrityError, transaction
from django.utils import timezone

from labeling import hooks
from labeling.events import ImportProgress, notify_import_progress
from labeling.import_formats import (
    MAX_LINE_BYTES,
    CsvMapping,
    FormatError,
    ParsedRecord,
    RecordError,
    csv_rows,
    options_check,
    parser_for,
)
from labeling.models import Campaign, ImportBatch, Item, StagedRecord
from privacy.engine.anonymizer import AnonymizedText
from privacy.engine.policy import Policy
from privacy.selectors import policy_get
from privacy.services import canaries
from privacy.services.anonymize import anonymize_texts, merge_counts
from tuneloop.exceptions import ApplicationError

logger = logging.getLogger(__name__)
# Staged lines whose texts are anonymized in one call (spaCy's `nlp.pipe`, see docs/anonymization.md);
# bench/anonymize.py times the same chunks.
CHUNK_SIZE = 64
STAGE_CHUNK_SIZE = 1000  # staged rows written per INSERT while an upload is read
UNANONYMIZED = "could not be anonymized"


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


class _Lines:
    """The upload as text lines, endings kept, read one at a time; counts the lines it has read."""

    def __init__(self, file: IO[bytes]) -> None:
        self.file = file
        self.count = 0

    def __iter__(self) -> Iterator[str]:
        for raw in self.file:  # never .read(): a 100,000-line file is never whole in memory
            self.count += 1
            line = raw if isinstance(raw, str) else raw.decode("utf-8", errors="replace")
            yield line.removeprefix("\ufeff") if self.count == 1 else line


class _Stager:
    """Writes staged rows in bounded INSERTs and collects the lines rejected before staging."""

    def __init__(self, batch: ImportBatch) -> None:
        self.batch = batch
        self.rows: list[StagedRecord] = []
        self.errors: list[dict[str, Any]] = []

    def add(self, line: int, payload: str) -> None:
        self.rows.append(StagedRecord(batch=self.batch, line=line, payload=payload))
        if len(self.rows) >= STAGE_CHUNK_SIZE:
            self.flush()

    def reject(self, line: int, message: str) -> None:
        self.errors.append({"line": line, "message": message})

    def flush(self) -> None:
        StagedRecord.objects.bulk_create(self.rows)
        self.rows = []


def import_batch_create(
    *,
    campaign: Campaign,
    user: User,
    file: IO[bytes],
    filename: str,
    format: str = "jsonl",
    options: dict[str, Any] | None = None,
) -> ImportBatch:
    """Stage every record of an uploaded file, a line (or CSV row) at a time, and enqueue its anonymization.

    A CSV header that lacks a mapped column fails the batch at once, with nothing staged.
    """
    from labeling.tasks import import_batch_process

    try:
        options = options_check(format, options or {})
    except FormatError as exc:
        raise ApplicationError(exc.message, field=exc.field) from None
    with transaction.atomic():
        batch = ImportBatch.objects.create(
            campaign=campaign, created_by=user, filename=filename[:255], format=format, options=options
        )
        lines, stager = _Lines(file), _Stager(batch)
        try:
            _stage(batch, lines, stager)
        except RecordError as exc:  # the CSV header: reported once, as line 1
            batch.status, batch.finished_at = ImportBatch.Status.FAILED, timezone.now()
            stager.rows, stager.errors = [], [{"line": 1, "message": str(exc)}]
        stager.flush()
        if lines.count == 0:
            raise ApplicationError("The file is empty.", field="file")
        batch.total_lines, batch.errors = lines.count, stager.errors
        batch.save(update_fields=["total_lines", "errors", "status", "finished_at"])
        if batch.status == ImportBatch.Status.FAILED:
            _notify_progress(batch)
        else:
            transaction.on_commit(lambda: import_batch_process.send(batch.id))
    return batch


def _stage(batch: ImportBatch, lines: Iterable[str], stager: _Stager) -> None:
    if batch.format == "csv":
        mapping = CsvMapping.from_options(batch.options)
        for row in csv_rows(lines, mapping, delimiter=batch.options.get("delimiter", ",")):
            if row.cells is None:
                stager.reject(row.line, row.error or "not valid CSV")
            else:  # staged as a JSON object of the mapped cells, so the worker parses every format alike
                stager.add(row.line, json.dumps(row.cells, ensure_ascii=False))
        return
    for number, raw in enumerate(lines, start=1):
        line = raw.strip()
        if len(line) > MAX_LINE_BYTES:
            stager.reject(number, f"line is longer than {MAX_LINE_BYTES} bytes")
        elif line:
            stager.add(number, line)


def staged_chunk_process(*, batch: ImportBatch, chunk: Sequence[StagedRecord]) -> None:
    """Turn staged lines into anonymized items (or line errors), their texts anonymized in one batch.

    A record imported before (its external id, or without one its anonymized text) is counted as a
    duplicate and skipped; with an id that is known before anything is anonymized. Each line is then
    stored, and its raw staged row deleted, in a transaction of its own: a bad line is reported by number
    and dropped, and nothing already accepted is lost.
    """
    lines = [_Line(staged) for staged in chunk]
    parse = parser_for(batch.format, batch.options)
    for line in lines:
        _parse(parse, line)
    _mark_known_ids(batch, lines)
    for line in lines:
        _plant(batch, line)
    _anonymize_lines(batch, [line for line in lines if line.pending])
    known_hashes = _known_hashes(batch, lines)
    for line in lines:
        _line_store(batch, line, known_hashes)


def _parse(parse: Callable[[str], ParsedRecord], line: _Line) -> None:
    try:
        line.record = parse(line.staged.payload)
    except RecordError as exc:
        line.error = str(exc)


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


def _line_store(batch: ImportBatch, line: _Line, known_hashes: set[str]) -> None:
    with transaction.atomic():
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
            batch.errors = [*batch.errors, {"line": line.staged.line, "message": error}]
        elif duplicate:
            batch.duplicates += 1
        else:
            batch.accepted += 1
            batch.entity_counts = merge_counts(batch.entity_counts, counts)
        line.staged.delete()
        batch.save(update_fields=["errors", "accepted", "duplicates", "entity_counts"])


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
    """Anonymize every staged line of the batch, a chunk at a time; safe to run again after a crash."""
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
        hooks.items_imported(campaign=batch.campaign)
        batch.status = ImportBatch.Status.DONE
        batch.finished_at = timezone.now()
        # CSV rows rejected while staging were recorded first; list every rejected line in file order.
        batch.errors = sorted(batch.errors, key=lambda error: error["line"])
        batch.save(update_fields=["status", "finished_at", "errors"])
        _notify_progress(batch)
    return batch


def _notify_progress(batch: ImportBatch) -> None:
    progress = ImportProgress(
        id=batch.id,
        status=batch.status,
        total_lines=batch.total_lines,
        accepted=batch.accepted,
        duplicates=batch.duplicates,
        rejected=len(batch.errors),
    )
    notify_import_progress(batch.campaign_id, progress)
