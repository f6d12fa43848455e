"""Imports under hostile or huge input: one bad line costs one line, limits are named, raw rows never linger."""

from __future__ import annotations

import io
import json
import logging
import threading
import tracemalloc
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from labeling.models import ImportBatch, Item, StagedRecord
from labeling.services import imports
from labeling.services.imports import import_batch_create
from tests.factories import CampaignFactory, ItemFactory, MembershipFactory, StaffFactory
from tuneloop.exceptions import ApplicationError

SECRET = "Whitcombe"  # stands for raw PII: must never reach an error, a log line or a stored row


def _line(n: int, **extra) -> str:
    return json.dumps({"id": f"r-{n}", "text": f"Claim note {n}: roof damaged by hail, quote received.", **extra})


def _create(campaign, body: str | bytes, *, format: str = "jsonl", options: dict | None = None) -> ImportBatch:
    data = body.encode() if isinstance(body, str) else body
    return import_batch_create(
        campaign=campaign,
        user=campaign.created_by,
        file=io.BytesIO(data),
        filename="x",
        format=format,
        options=options,
    )


def _process(batch: ImportBatch) -> ImportBatch:
    imports.import_batch_process(batch=batch)  # in the test's transaction: nothing was enqueued
    return ImportBatch.objects.get(id=batch.id)


# --- finding 3: a line that breaks the parser is that line's error -----------------------------------------


@pytest.mark.django_db
def test_lines_that_break_the_json_parser_are_their_own_errors_and_the_batch_finishes() -> None:
    campaign = CampaignFactory()
    deep = '{"text": "x", "extra": ' + "[" * 100_000 + "]" * 100_000 + "}"
    huge_id = '{"id": ' + "9" * 5000 + ', "text": "Claim note."}'
    lone_surrogate = '{"text": "Claim note \\ud800 about ' + SECRET + '"}'
    nul_id = '{"id": "r-\\u0000", "text": "Claim note."}'  # PostgreSQL refuses NUL in any text, even a query's
    body = "\n".join([_line(1), deep, _line(3), huge_id, lone_surrogate, _line(6), nul_id])
    batch = _process(_create(campaign, body))

    assert batch.status == ImportBatch.Status.DONE
    assert batch.accepted == 3
    assert [error["line"] for error in batch.errors] == [2, 4, 5, 7]
    messages = {error["line"]: error["message"] for error in batch.errors}
    assert "nested" in messages[2]
    assert "number" in messages[4]
    assert "text" in messages[5]
    assert "id" in messages[7] and "NUL" in messages[7]
    assert SECRET not in json.dumps(batch.errors)
    assert not StagedRecord.objects.exists()


@pytest.mark.django_db
def test_an_unexpected_chunk_error_fails_the_batch_keeps_what_was_stored_and_purges_raw_rows(
    monkeypatch, caplog
) -> None:
    caplog.set_level(logging.DEBUG)
    monkeypatch.setattr(imports, "CHUNK_SIZE", 2)
    real, calls = imports.policy_get, []

    def policy_get(campaign):
        calls.append(campaign.id)
        if len(calls) == 2:
            raise RuntimeError(f"database gone while reading {SECRET}")
        return real(campaign)

    monkeypatch.setattr(imports, "policy_get", policy_get)
    campaign = CampaignFactory()
    batch = _process(_create(campaign, "\n".join(_line(n) for n in range(1, 6))))

    assert batch.status == ImportBatch.Status.FAILED
    assert batch.finished_at is not None
    assert "line 3" in batch.failure and "RuntimeError" in batch.failure
    assert batch.accepted == 2
    assert Item.objects.filter(campaign=campaign).count() == 2  # nothing already accepted is lost
    assert not StagedRecord.objects.filter(batch=batch).exists()
    assert SECRET not in batch.failure and SECRET not in caplog.text
    assert _process(batch).status == ImportBatch.Status.FAILED  # a retried message does nothing more


# --- finding 9: limits, named, enforced while streaming ----------------------------------------------------


@pytest.mark.django_db(transaction=True)
def test_an_upload_over_the_size_limit_is_refused_naming_the_limit(settings) -> None:
    settings.IMPORT_MAX_UPLOAD_BYTES = 2000
    campaign = CampaignFactory()
    with pytest.raises(ApplicationError) as refused:
        _create(campaign, "\n".join(_line(n) for n in range(1, 60)))
    assert refused.value.status_code == 413
    assert "2,000 bytes" in refused.value.message and "IMPORT_MAX_UPLOAD_BYTES" in refused.value.message
    assert not ImportBatch.objects.exists()
    assert not StagedRecord.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_an_upload_over_the_line_limit_is_refused_naming_the_limit(settings) -> None:
    settings.IMPORT_MAX_LINES = 3
    campaign = CampaignFactory()
    with pytest.raises(ApplicationError) as refused:
        _create(campaign, "\n".join(_line(n) for n in range(1, 6)))
    assert refused.value.status_code == 413
    assert "3 lines" in refused.value.message and "IMPORT_MAX_LINES" in refused.value.message
    assert not ImportBatch.objects.exists()
    assert not StagedRecord.objects.exists()


@pytest.mark.django_db
def test_the_api_refuses_a_too_large_upload_before_reading_it(api, settings) -> None:
    settings.IMPORT_MAX_UPLOAD_BYTES = 1000
    campaign = CampaignFactory()
    admin = StaffFactory()
    MembershipFactory(campaign=campaign, user=admin, role="admin")
    upload = io.BytesIO("\n".join(_line(n) for n in range(1, 200)).encode())
    upload.name = "big.jsonl"
    response = api(admin).post(f"/api/campaigns/{campaign.id}/imports/", {"file": upload}, format="multipart")
    assert response.status_code == 413, response.content
    assert "IMPORT_MAX_UPLOAD_BYTES" in response.json()["detail"]
    assert not ImportBatch.objects.exists()


@pytest.mark.django_db
def test_a_line_without_an_end_is_rejected_without_being_buffered() -> None:
    campaign = CampaignFactory()
    endless = io.BytesIO(b'{"text": "' + b"a" * 30_000_000 + b'"}\n' + _line(2).encode())
    tracemalloc.start()
    try:
        batch = import_batch_create(campaign=campaign, user=campaign.created_by, file=endless, filename="x")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 8_000_000, f"{peak:,} bytes held to stage one over-long line"
    assert batch.errors == [{"line": 1, "message": "line is longer than 1,000,000 bytes (IMPORT_MAX_LINE_BYTES)"}]
    assert StagedRecord.objects.filter(batch=batch).count() == 1  # the next line is kept
    assert batch.total_lines == 2


@pytest.mark.django_db
def test_a_file_with_no_newline_at_all_is_refused_as_one_over_long_line(settings) -> None:
    settings.IMPORT_MAX_LINE_BYTES = 1000
    campaign = CampaignFactory()
    batch = _process(_create(campaign, b"x" * 50_000))
    assert batch.status == ImportBatch.Status.DONE
    assert batch.errors == [{"line": 1, "message": "line is longer than 1,000 bytes (IMPORT_MAX_LINE_BYTES)"}]
    assert not StagedRecord.objects.exists()


@pytest.mark.django_db
def test_an_over_long_csv_line_refuses_the_upload_naming_line_and_limit(settings) -> None:
    settings.IMPORT_MAX_LINE_BYTES = 1000
    campaign = CampaignFactory()
    body = "note\nshort note\n" + "y" * 5000 + "\n"
    with pytest.raises(ApplicationError) as refused:
        _create(campaign, body, format="csv", options={"mapping": {"text": "note"}})
    assert "line 3" in refused.value.message and "1,000 bytes" in refused.value.message
    assert not ImportBatch.objects.exists()


@pytest.mark.django_db
def test_errors_are_capped_with_a_count_and_saved_once_a_chunk_not_once_a_line(settings) -> None:
    settings.IMPORT_MAX_STORED_ERRORS = 5
    settings.IMPORT_MAX_LINE_BYTES = 100
    campaign = CampaignFactory()
    body = "\n".join(["z" * 200] * 3 + ["not json"] * 200 + [_line(204)])
    batch = _create(campaign, body)
    assert batch.rejected == 3 and [error["line"] for error in batch.errors] == [1, 2, 3]
    with CaptureQueriesContext(connection) as queries:
        batch = _process(batch)
    batch_updates = [q for q in queries.captured_queries if q["sql"].startswith('UPDATE "labeling_importbatch"')]
    assert len(batch_updates) <= 10, f"{len(batch_updates)} updates of the batch row for 4 chunks"
    assert batch.accepted == 1
    assert batch.rejected == 203
    assert [error["line"] for error in batch.errors] == [1, 2, 3, 4, 5]


@pytest.mark.django_db
def test_the_end_of_a_batch_does_not_scan_the_campaigns_other_items() -> None:
    campaign = CampaignFactory()
    _process(_create(campaign, _line(1, responses=["Claim Type: Hail", "Claim Type: Storm"])))
    with CaptureQueriesContext(connection) as before:
        _process(_create(campaign, _line(2, responses=["Claim Type: Hail", "Claim Type: Storm"])))
    ItemFactory.create_batch(40, campaign=campaign)  # an earlier import's items
    with CaptureQueriesContext(connection) as after:
        _process(_create(campaign, _line(3, responses=["Claim Type: Hail", "Claim Type: Storm"])))
    assert len(after.captured_queries) <= len(before.captured_queries) + 5


@pytest.mark.django_db(transaction=True)
def test_staging_commits_in_bounded_transactions(monkeypatch) -> None:
    """On SQLite a transaction holds the write lock: staged rows are committed as they go, not at the end."""
    monkeypatch.setattr("labeling.services.import_staging.STAGE_CHUNK_SIZE", 2)
    seen: list[int] = []

    def count_from_another_connection() -> None:
        seen.append(StagedRecord.objects.count())
        connection.close()

    class OneLineAtATime(io.BytesIO):
        reads = 0

        def read(self, size: int | None = -1) -> bytes:
            self.reads += 1
            if self.reads == 8:  # line 8 read: rows 1-6 were staged
                thread = threading.Thread(target=count_from_another_connection)
                thread.start()
                thread.join()
            return super().readline()

        def __next__(self) -> bytes:
            line = self.read()
            if not line:
                raise StopIteration
            return line

    campaign = CampaignFactory()
    body = "\n".join(_line(n) for n in range(1, 11)).encode()
    monkeypatch.setattr("django.db.transaction.on_commit", lambda *args, **kwargs: None)
    import_batch_create(campaign=campaign, user=campaign.created_by, file=OneLineAtATime(body), filename="x")
    assert seen and seen[0] >= 4, f"another connection saw {seen} staged rows mid-upload"


# --- finding 8: staged rows expire ---------------------------------------------------------------------------


def _batch(campaign, status: str, *, age: timedelta, lines: int = 2) -> ImportBatch:
    batch = ImportBatch.objects.create(campaign=campaign, created_by=campaign.created_by, status=status)
    ImportBatch.objects.filter(id=batch.id).update(created_at=timezone.now() - age)
    StagedRecord.objects.bulk_create(
        StagedRecord(batch=batch, line=n, payload=json.dumps({"text": f"{SECRET} {n}"})) for n in range(1, lines + 1)
    )
    return batch


@pytest.mark.django_db
def test_purge_staged_deletes_failed_and_expired_batches_rows_and_fails_the_expired(settings) -> None:
    settings.IMPORT_STAGED_MAX_AGE_HOURS = 24
    campaign = CampaignFactory()
    failed = _batch(campaign, "failed", age=timedelta(minutes=5))
    expired = _batch(campaign, "pending", age=timedelta(hours=30))
    stuck = _batch(campaign, "staging", age=timedelta(hours=25))
    fresh = _batch(campaign, "pending", age=timedelta(hours=1))
    out = io.StringIO()
    call_command("purge_staged", stdout=out)

    assert set(StagedRecord.objects.values_list("batch_id", flat=True)) == {fresh.id}
    for batch in (expired, stuck):
        batch.refresh_from_db()
        assert batch.status == ImportBatch.Status.FAILED
        assert "24 hours" in batch.failure and batch.finished_at is not None
    failed.refresh_from_db()
    assert failed.status == ImportBatch.Status.FAILED
    fresh.refresh_from_db()
    assert fresh.status == ImportBatch.Status.PENDING
    assert "6 staged rows" in out.getvalue()


@pytest.mark.django_db
def test_a_batch_ending_purges_expired_staged_rows(settings) -> None:
    settings.IMPORT_STAGED_MAX_AGE_HOURS = 24
    campaign = CampaignFactory()
    expired = _batch(campaign, "running", age=timedelta(days=3))
    batch = _process(_create(campaign, _line(1)))
    assert batch.status == ImportBatch.Status.DONE
    assert not StagedRecord.objects.exists()
    expired.refresh_from_db()
    assert expired.status == ImportBatch.Status.FAILED
