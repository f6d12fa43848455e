"""Imports, first half: an upload streamed into staged raw rows, within its limits, in short transactions."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import IO, Any

from django.conf import settings
from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone

from labeling.events import ImportProgress, notify_import_progress
from labeling.import_formats import (
    CsvMapping,
    FormatError,
    OverlongLine,
    RecordError,
    UploadLimitError,
    UploadLimits,
    UploadLines,
    csv_rows,
    options_check,
)
from labeling.models import Campaign, ImportBatch, StagedRecord
from tuneloop.exceptions import ApplicationError
from tuneloop.jobs import job_enqueue

# Staged rows written per INSERT, each INSERT its own transaction: on SQLite a transaction holds the
# database's one write lock, which the worker anonymizing another batch needs too.
STAGE_CHUNK_SIZE = 1000
# A multipart body carries a little more than the file: boundaries and the other fields.
MULTIPART_ALLOWANCE = 64 * 1024


class ImportTooLarge(ApplicationError):
    status_code = 413


def import_limits() -> UploadLimits:
    return UploadLimits(
        max_bytes=settings.IMPORT_MAX_UPLOAD_BYTES,
        max_lines=settings.IMPORT_MAX_LINES,
        max_line_bytes=settings.IMPORT_MAX_LINE_BYTES,
    )


def import_size_check(*, content_length: str | None) -> None:
    """Refuse a request body that cannot hold an upload within the limit, before it is parsed."""
    try:
        size = int(content_length or 0)
    except ValueError:
        return  # not a length: the upload's own count still holds the limit
    if size > settings.IMPORT_MAX_UPLOAD_BYTES + MULTIPART_ALLOWANCE:
        limit = settings.IMPORT_MAX_UPLOAD_BYTES
        raise ImportTooLarge(
            f"The file is larger than the upload limit of {limit:,} bytes (IMPORT_MAX_UPLOAD_BYTES).", field="file"
        )


class _Stager:
    """Writes staged rows in bounded transactions and keeps the first errors of the lines rejected before staging."""

    def __init__(self, batch: ImportBatch) -> None:
        self.batch = batch
        self.rows: list[StagedRecord] = []
        self.errors: list[dict[str, Any]] = []
        self.rejected = 0

    def add(self, line: int, payload: str) -> None:
        self.rows.append(StagedRecord(batch=self.batch, line=line, payload=payload))
        if len(self.rows) >= STAGE_CHUNK_SIZE:
            self.flush()

    def reject(self, line: int, message: str) -> None:
        self.rejected += 1
        if len(self.errors) < settings.IMPORT_MAX_STORED_ERRORS:
            self.errors.append({"line": line, "message": message})

    def flush(self) -> None:
        with transaction.atomic():
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

    An upload past a limit (IMPORT_MAX_UPLOAD_BYTES, IMPORT_MAX_LINES, or for CSV IMPORT_MAX_LINE_BYTES)
    is refused with no batch left behind. A CSV header that lacks a mapped column fails the batch at once,
    with nothing staged. The batch is `staging` until every row is written: no worker touches it before.
    """
    try:
        options = options_check(format, options or {})
    except FormatError as exc:
        raise ApplicationError(exc.message, field=exc.field) from None
    batch = ImportBatch.objects.create(
        campaign=campaign,
        created_by=user,
        filename=filename[:255],
        format=format,
        options=options,
        status=ImportBatch.Status.STAGING,
    )
    lines, stager = UploadLines(file, import_limits()), _Stager(batch)
    try:
        failure = _stage(batch, lines, stager)
        if lines.count == 0:
            raise ApplicationError("The file is empty.", field="file")
    except UploadLimitError as exc:
        batch.delete()  # and its staged rows
        raise ImportTooLarge(str(exc), field="file") from None
    except BaseException:
        batch.delete()  # a refused or broken upload leaves no raw row behind
        raise
    _staging_end(batch, lines.count, stager, failure)
    return batch


def _stage(batch: ImportBatch, lines: UploadLines, stager: _Stager) -> str:
    """Stage the upload's rows; returns why the batch fails at once (a CSV header without a mapped column)."""
    if batch.format == "csv":
        try:
            _stage_csv(batch, lines, stager)
        except RecordError as exc:  # the header: reported once, as line 1
            StagedRecord.objects.filter(batch=batch).delete()
            stager.rows, stager.errors, stager.rejected = [], [{"line": 1, "message": str(exc)}], 1
            return str(exc)
    else:
        for line in lines:
            if isinstance(line, OverlongLine):
                stager.reject(line.number, lines.overlong_message())
            elif "\x00" in line:  # a binary file, most likely; no database text column holds it
                stager.reject(lines.count, "The line holds a NUL byte: is this a text file (JSON Lines)?")
            elif line.strip():
                stager.add(lines.count, line.strip())
    stager.flush()
    return ""


def _stage_csv(batch: ImportBatch, lines: UploadLines, stager: _Stager) -> None:
    mapping = CsvMapping.from_options(batch.options)
    for row in csv_rows(_csv_lines(lines), mapping, delimiter=batch.options.get("delimiter", ",")):
        if row.cells is None:
            stager.reject(row.line, row.error or "not valid CSV")
        else:  # staged as a JSON object of the mapped cells, so the worker parses every format alike
            stager.add(row.line, json.dumps(row.cells, ensure_ascii=False))


def _csv_lines(lines: UploadLines) -> Iterator[str]:
    for line in lines:
        if isinstance(line, OverlongLine):  # a quoted cell may span lines: one cannot be skipped safely
            limit = lines.limits.max_line_bytes
            raise UploadLimitError(
                f"The file's line {line.number} is longer than {limit:,} bytes (IMPORT_MAX_LINE_BYTES); "
                "a CSV line cannot be skipped, since a quoted cell may span lines."
            )
        yield line


def _staging_end(batch: ImportBatch, total_lines: int, stager: _Stager, failure: str) -> None:
    """Staging is over: the batch is pending for the worker, or failed at once."""
    batch.total_lines, batch.errors, batch.rejected = total_lines, stager.errors, stager.rejected
    batch.status, batch.failure = ImportBatch.Status.PENDING, failure
    if failure:
        batch.status, batch.finished_at = ImportBatch.Status.FAILED, timezone.now()
    with transaction.atomic():
        batch.save(update_fields=["total_lines", "errors", "rejected", "status", "failure", "finished_at"])
        if batch.status == ImportBatch.Status.FAILED:
            import_progress_notify(batch)
        else:
            job_enqueue(ImportBatch, batch.id)


def import_progress_notify(batch: ImportBatch) -> None:
    progress = ImportProgress(
        id=batch.id,
        status=batch.status,
        total_lines=batch.total_lines,
        accepted=batch.accepted,
        duplicates=batch.duplicates,
        rejected=batch.rejected,
    )
    notify_import_progress(batch.campaign_id, progress)
