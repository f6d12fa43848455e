"""The recorder's two homes, a thread of the web process and a child process, store each record the same way."""

from __future__ import annotations

import queue

import django
import pytest

from deployments import recorder_process
from deployments.services import recording
from deployments.services.recording import Record, Recorder, store_record
from deployments.services.serving import Served
from privacy.services import anonymize

pytestmark = pytest.mark.django_db


def record(n: int, deployment_id: int = 0) -> Record:
    messages = [{"role": "user", "content": f"Loss report {n}."}]
    return Record(deployment_id, None, f"chatcmpl-{n}", "", messages, Served(role="people", artifact=None))


@pytest.fixture
def stored(monkeypatch: pytest.MonkeyPatch) -> list[Record]:
    """The records handed to `store_record`, which stores nothing here."""
    handed: list[Record] = []
    monkeypatch.setattr(recording, "store_record", handed.append)
    return handed


def test_a_record_that_cannot_be_stored_is_logged_and_the_recorder_goes_on(caplog) -> None:
    store_record(record(1, deployment_id=987654))  # no such deployment
    assert "deployment 987654: request chatcmpl-1 not stored" in caplog.text


def test_the_recorder_thread_stores_each_record_through_store_record(settings, stored: list[Record]) -> None:
    settings.DEPLOYMENTS_RECORD_INLINE = False
    settings.DEPLOYMENTS_RECORDER = "thread"
    recorder = Recorder()
    records = [record(n) for n in range(3)]
    for each in records:
        recorder.submit(each)
    recorder.drain()
    assert stored == records


def test_the_recorder_process_stores_each_record_through_store_record_until_told_to_stop(
    monkeypatch: pytest.MonkeyPatch, settings, stored: list[Record]
) -> None:
    """`child_main` as the spawned child runs it, in this process: Django is already set up, Presidio not needed."""
    monkeypatch.setattr(django, "setup", lambda: None)
    monkeypatch.setattr(anonymize, "anonymize_text", lambda text, **kwargs: None)
    database = settings.DATABASES["default"]["NAME"]
    monkeypatch.setitem(settings.DATABASES["default"], "NAME", database)
    records: queue.Queue[Record | None] = queue.Queue()
    handed = [record(n) for n in range(3)]
    for each in [*handed, None, record(9)]:
        records.put(each)
    recorder_process.child_main(records, database)
    assert stored == handed and records.qsize() == 1  # stopped at None, the record after it left
