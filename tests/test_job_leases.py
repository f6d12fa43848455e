"""Job leases and the sweeper: a job runs once however often it is sent, a lost or failed send is sent again,
a dead worker's job is taken over, and the chores delete what killed processes left behind (issue 13, finding 8)."""

from __future__ import annotations

import io
import json
import os
import time
from datetime import timedelta
from pathlib import Path

import pytest
from django.utils import timezone

from labeling.demo_data import demo_records
from labeling.models import ImportBatch, Item, StagedRecord
from labeling.tasks import import_batch_process
from tests.conftest import running_worker, wait_for
from tests.factories import CampaignFactory, MembershipFactory
from tuneloop.jobs import job_claim, job_heartbeat, job_lease, job_release, pending_work_sweep
from tuneloop.leftovers import leftovers_delete
from tuneloop.sweeper import PendingWorkSweeper, sweep_once

pytestmark = pytest.mark.django_db(transaction=True)


def _batch(**fields) -> ImportBatch:
    campaign = CampaignFactory()
    return ImportBatch.objects.create(campaign=campaign, created_by=campaign.created_by, **fields)


def _ago(seconds: float):
    return timezone.now() - timedelta(seconds=seconds)


def test_one_worker_holds_a_job_until_its_beat_goes_stale(settings) -> None:
    batch = _batch(status="pending")
    assert job_claim(ImportBatch, batch.id, worker="a")
    assert not job_claim(ImportBatch, batch.id, worker="b")  # the same message delivered twice: runs once
    assert job_heartbeat(ImportBatch, batch.id, worker="a")
    assert not job_heartbeat(ImportBatch, batch.id, worker="b")
    ImportBatch.objects.filter(id=batch.id).update(heartbeat_at=_ago(settings.JOB_STALE_SECONDS + 1))
    assert job_claim(ImportBatch, batch.id, worker="b")  # a was killed: b takes over
    assert not job_heartbeat(ImportBatch, batch.id, worker="a")  # and a, were it alive, learns it
    job_release(ImportBatch, batch.id, worker="b")
    assert job_claim(ImportBatch, batch.id, worker="c")  # let go after an error: the retry takes it at once


def test_a_finished_or_staging_job_is_never_claimed() -> None:
    for status in ("done", "failed", "staging"):
        assert not job_claim(ImportBatch, _batch(status=status).id, worker="a")


def test_the_lease_beats_while_the_work_runs_and_lets_go_when_it_raises(settings) -> None:
    settings.JOB_HEARTBEAT_SECONDS = 0.05
    batch = _batch(status="pending")
    with job_lease(ImportBatch, batch.id) as held:
        assert held
        first = ImportBatch.objects.get(id=batch.id).heartbeat_at
        wait_for(lambda: ImportBatch.objects.get(id=batch.id).heartbeat_at > first, timeout=10, interval=0.05)
        with job_lease(ImportBatch, batch.id) as again:  # a second delivery while it runs
            assert not again
    held_again = []

    def fail_inside() -> None:
        with job_lease(ImportBatch, batch.id) as held:
            held_again.append(held)  # let go by the block before: claimed again at once
            raise RuntimeError

    with pytest.raises(RuntimeError):
        fail_inside()
    assert held_again == [True]
    assert ImportBatch.objects.get(id=batch.id).heartbeat_at is None


def test_a_duplicate_message_while_the_import_runs_does_nothing(monkeypatch) -> None:
    batch = _batch(status="pending")
    assert job_claim(ImportBatch, batch.id, worker="elsewhere")
    ran = []
    monkeypatch.setattr("labeling.tasks.import_batch_process_service", lambda batch: ran.append(batch.id))
    import_batch_process.fn(batch.id)
    assert ran == []


def test_a_failed_send_after_commit_is_logged_not_raised_and_sent_by_the_sweeper(
    api, broker, worker, monkeypatch, settings, caplog
) -> None:
    campaign = CampaignFactory()
    MembershipFactory(campaign=campaign, user=campaign.created_by, role="admin")
    lines = "\n".join(json.dumps(r.as_json()) for r in demo_records(2)).encode()

    def refuse(*args, **kwargs):
        raise ConnectionError("broker down")

    monkeypatch.setattr(import_batch_process, "send", refuse)
    upload = io.BytesIO(lines)
    upload.name = "notes.jsonl"
    response = api(campaign.created_by).post(f"/api/campaigns/{campaign.id}/imports/", {"file": upload})
    assert response.status_code == 202, response.content
    batch = ImportBatch.objects.get(id=response.json()["id"])
    assert (batch.status, batch.sent_at) == ("pending", None)
    assert "not sent (ConnectionError)" in caplog.text
    monkeypatch.undo()

    settings.JOB_SEND_GRACE_SECONDS = 0
    assert pending_work_sweep()["import_batch_process"] == 1
    wait_for(lambda: ImportBatch.objects.get(id=batch.id).status == "done")
    assert Item.objects.filter(campaign=campaign).count() == 2
    assert not StagedRecord.objects.exists()


def test_the_sweeper_sends_only_what_is_due(broker, settings) -> None:
    settings.JOB_SEND_GRACE_SECONDS, settings.JOB_RESEND_SECONDS = 30, 300
    fresh = _batch(status="pending")  # its send is still on its way (on_commit)
    sent_now = _batch(status="pending", sent_at=timezone.now())
    held = _batch(status="running", worker="a", heartbeat_at=timezone.now(), sent_at=_ago(3600))
    never_sent = _batch(status="pending")
    lost = _batch(status="pending", sent_at=_ago(301))
    dead = _batch(status="running", worker="a", heartbeat_at=_ago(3600), sent_at=_ago(3600))
    done = _batch(status="done", sent_at=_ago(3600))
    ImportBatch.objects.filter(id=never_sent.id).update(created_at=_ago(31))
    assert pending_work_sweep()["import_batch_process"] == 3
    queued = [json.loads(m.encode())["args"][0] for m in _messages(broker, "default")]
    assert sorted(queued) == sorted([never_sent.id, lost.id, dead.id])
    assert pending_work_sweep()["import_batch_process"] == 0  # each was sent just now
    assert {fresh.id, sent_now.id, held.id, done.id}.isdisjoint(queued)


def _messages(broker, queue: str) -> list:
    from dramatiq.brokers.stub import StubBroker
    from dramatiq.message import Message

    if isinstance(broker, StubBroker):
        return [Message.decode(raw) for raw in list(broker.queues[queue].queue)]
    client = broker.client  # redis: the queue is a list of message ids and a hash of messages
    ids = client.lrange(f"dramatiq:{queue}", 0, -1)
    return [Message.decode(client.hget(f"dramatiq:{queue}.msgs", message_id)) for message_id in ids]


def test_two_sweepers_at_once_send_a_due_job_once(broker, settings) -> None:
    lost = _batch(status="pending", sent_at=_ago(3600))
    from tests.conftest import race

    counts = race([lambda: pending_work_sweep()["import_batch_process"]] * 2)
    assert sorted(counts) == [0, 1]
    assert [json.loads(m.encode())["args"][0] for m in _messages(broker, "default")] == [lost.id]


def test_the_sweeper_runs_when_a_worker_boots_and_finishes_a_lost_import(broker, settings) -> None:
    settings.JOB_SWEEP_SECONDS, settings.JOB_SEND_GRACE_SECONDS = 0.2, 0
    campaign = CampaignFactory()
    batch = ImportBatch.objects.create(campaign=campaign, created_by=campaign.created_by, status="pending")
    for number, record in enumerate(demo_records(2), start=1):
        StagedRecord.objects.create(batch=batch, line=number, payload=json.dumps(record.as_json()))
    ImportBatch.objects.filter(id=batch.id).update(total_lines=2)
    sweeper = next(m for m in broker.middleware if isinstance(m, PendingWorkSweeper))
    try:
        with running_worker(broker):
            wait_for(lambda: ImportBatch.objects.get(id=batch.id).status == "done", timeout=60)
    finally:
        sweeper.stopped.set()
    assert Item.objects.filter(campaign=campaign).count() == 2


def test_a_sweep_never_raises_when_the_database_is_gone(monkeypatch, caplog) -> None:
    def down():
        raise ConnectionError("database unreachable")

    monkeypatch.setattr("tuneloop.jobs.pending_work_sweep", down)
    sweep_once()
    assert "sweeper pass failed (ConnectionError" in caplog.text


def test_leftovers_older_than_any_write_are_deleted_and_links_not_followed(tmp_path: Path) -> None:
    root, outside = tmp_path / "exports", tmp_path / "outside"
    (root / "1").mkdir(parents=True)
    outside.mkdir()
    (outside / "keep.jsonl").write_text("{}")
    old_file = root / "1" / "train.jsonl.abc.tmp"
    old_dir = root / "1" / "hf-sft.def.tmp"
    (old_dir).mkdir()
    (old_dir / "train.jsonl").write_text("{}")
    old_file.write_text("{}")
    fresh = root / "1" / "test.jsonl.ghi.tmp"
    fresh.write_text("{}")
    link = root / "1" / "evil.tmp"
    link.symlink_to(outside, target_is_directory=True)
    proven = root / "1" / "train.jsonl"
    proven.write_text("{}")
    hour_ago = time.time() - 3600
    for path in (old_file, old_dir):
        os.utime(path, (hour_ago, hour_ago))
    os.utime(link, (hour_ago, hour_ago), follow_symlinks=False)

    assert leftovers_delete(root, pattern="*.tmp", max_age_seconds=600) == 3
    assert not old_file.exists() and not old_dir.exists() and not link.is_symlink()
    assert fresh.exists() and proven.exists()
    assert (outside / "keep.jsonl").exists()  # the link was removed, not what it pointed to
