"""Imports: anonymized before any item exists, bad lines reported by number, no PII left anywhere."""

from __future__ import annotations

import io
import json
import logging
from pathlib import Path

import pytest
from django.apps import apps
from django.core import serializers

from dataset_versions.services.exports import dataset_export
from dataset_versions.services.freeze import dataset_freeze
from labeling.demo_data import demo_records
from labeling.models import ImportBatch, Item, StagedRecord
from labeling.services.imports import import_batch_create
from labeling.services.review import example_review, example_submit
from tests.conftest import wait_for
from tests.factories import CampaignFactory, UserFactory

pytestmark = pytest.mark.django_db(transaction=True)

CANARY = {
    "name": "Eleanor Whitcombe",
    "email": "eleanor.whitcombe@example.org",
    "phone": "(415) 555-0199",
    "ssn": "512-44-8123",
}
CANARY_NOTE = (
    f"Called {CANARY['name']} at {CANARY['phone']} about the claim. {CANARY['name']} reports hail damaged "
    f"the roof. Email on file {CANARY['email']}, SSN {CANARY['ssn']}. Status: roofer quote received."
)


def run_import(campaign, lines: list[str]) -> ImportBatch:
    batch = import_batch_create(
        campaign=campaign, user=campaign.created_by, file=io.BytesIO("\n".join(lines).encode()), filename="x.jsonl"
    )
    return wait_for(lambda: (b := ImportBatch.objects.get(id=batch.id)).status == "done" and b)


def test_bad_lines_are_reported_by_number_and_good_lines_kept(worker) -> None:
    campaign = CampaignFactory()
    good = [json.dumps(r.as_json()) for r in demo_records(3)]
    lines = [good[0], "[1, 2]", good[1], "", '{"text": 5}', good[2], good[0]]
    batch = run_import(campaign, lines)
    assert batch.accepted == 3
    assert batch.duplicates == 1  # line 7 repeats line 1: counted, not an error
    assert [(e["line"]) for e in batch.errors] == [2, 5]
    assert "JSON object" in batch.errors[0]["message"]
    assert "'text'" in batch.errors[1]["message"]
    assert Item.objects.filter(campaign=campaign).count() == 3
    assert not StagedRecord.objects.exists()


def test_a_line_with_a_nul_byte_is_refused_by_number_and_the_rest_kept(worker) -> None:
    """Found by the API fuzzer: a binary upload's NUL byte reached a PostgreSQL text column (a 500)."""
    campaign = CampaignFactory()
    good = [json.dumps(r.as_json()) for r in demo_records(2)]
    batch = run_import(campaign, [good[0], "RIFF\x00\x00WEBP", good[1]])
    assert batch.accepted == 2 and [e["line"] for e in batch.errors] == [2]
    assert "NUL byte" in batch.errors[0]["message"]


def _database_text() -> str:
    chunks = []
    for model in apps.get_models():
        chunks.append(serializers.serialize("json", model._default_manager.all()))
    return "\n".join(chunks)


def test_pii_canary_appears_nowhere(worker, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    campaign = CampaignFactory()
    writer, reviewer = UserFactory(), UserFactory()
    record = {
        "id": "canary-1",
        "text": CANARY_NOTE,
        "responses": [f"Claim Type: Storm damage\nRisk Notes: call {CANARY['name']} on {CANARY['phone']}"],
    }
    run_import(campaign, [json.dumps(record)])
    item = Item.objects.get(campaign=campaign)
    example = example_submit(item=item, author=writer, response=f"Cause: hail. Contact {CANARY['email']}.")
    example_review(example=example, reviewer=reviewer, approve=True, comment=f"ok, SSN {CANARY['ssn']} checked")
    dataset = dataset_freeze(campaign=campaign, user=campaign.created_by)
    exports = [
        dataset_export(dataset=dataset, kind=k, split=s, purpose="pii audit")
        for k in ("sft", "dpo")
        for s in ("train", "validation", "test")
    ]

    places = {
        "database": _database_text(),
        "logs": caplog.text,
        "exports": "\n".join(Path(p).read_text() for p in exports),
    }
    for where, text in places.items():
        for kind, value in CANARY.items():
            assert value not in text, f"canary {kind} found in {where}"
        assert "Whitcombe" not in text, f"canary surname found in {where}"
    assert "<PERSON_1>" in item.text and dataset.rows.count() >= 1


def test_a_line_that_cannot_be_anonymized_is_dropped_not_stored(worker, caplog, monkeypatch) -> None:
    from labeling.services import imports

    real = imports.anonymize_texts

    def failing(texts: list[str], **kwargs):
        if any(CANARY["ssn"] in text for text in texts):
            raise RuntimeError(f"analysis failed on {texts}")  # a careless library quoting its input
        return real(texts, **kwargs)

    monkeypatch.setattr(imports, "anonymize_texts", failing)
    campaign = CampaignFactory()
    lines = [json.dumps(demo_records(1)[0].as_json()), json.dumps({"id": "canary", "text": CANARY_NOTE})]
    batch = run_import(campaign, lines)
    assert batch.accepted == 1
    assert batch.errors == [{"line": 2, "message": "could not be anonymized"}]
    assert not StagedRecord.objects.exists()
    assert CANARY["ssn"] not in caplog.text and CANARY["ssn"] not in _database_text()
