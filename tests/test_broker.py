"""The database, not the broker, is the record of pending work: a restart picks it up again."""

from __future__ import annotations

import io
import json

import pytest
from django.db import transaction

from labeling.demo_data import demo_records
from labeling.models import ImportBatch, Item, StagedRecord
from labeling.services.imports import import_batch_create
from tests.conftest import wait_for
from tests.factories import CampaignFactory
from tuneloop.jobs import pending_work_requeue

pytestmark = pytest.mark.django_db(transaction=True)


def test_an_import_lost_by_the_broker_is_re_enqueued_and_finished(broker, worker, monkeypatch) -> None:
    campaign = CampaignFactory()
    lines = "\n".join(json.dumps(r.as_json()) for r in demo_records(2))
    # The process dies between commit and enqueue: the message never reaches the broker.
    monkeypatch.setattr(transaction, "on_commit", lambda callback, *args, **kwargs: None)
    batch = import_batch_create(
        campaign=campaign, user=campaign.created_by, file=io.BytesIO(lines.encode()), filename="x"
    )
    monkeypatch.undo()
    assert StagedRecord.objects.filter(batch=batch).count() == 2

    assert pending_work_requeue()["import_batch_process"] == 1
    wait_for(lambda: ImportBatch.objects.get(id=batch.id).status == "done")
    assert Item.objects.filter(campaign=campaign).count() == 2
    assert not StagedRecord.objects.exists()
    assert pending_work_requeue()["import_batch_process"] == 0
