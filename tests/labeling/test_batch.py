"""The batch path: `anonymize_many` as `anonymize` per record, the throughput benchmark, and chunked imports."""

from __future__ import annotations

import io
import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.apps import apps
from django.core import serializers

from bench import anonymize as bench
from labeling.demo_data import TEMPLATE_FIELDS, demo_records
from labeling.models import ImportBatch, Item, StagedRecord
from labeling.services import imports
from labeling.services.imports import import_batch_create
from preferences.models import Candidate
from privacy.engine.anonymizer import get_anonymizer
from privacy.engine.canary_scan import normalize
from privacy.models import Canary
from tests.conftest import wait_for
from tests.factories import CampaignFactory

REPO_ROOT = Path(__file__).resolve().parents[2]
SSN = "512-44-8123"
FAILING_NOTE = f"Called Eleanor Whitcombe about the claim. SSN {SSN}. Status: roofer quote received."
CANARY_NAME = "Harold Finchley"
CANARY_EMAIL = "harold.finchley@example.org"
CANARY_NOTE = f"Adjuster {CANARY_NAME} wrote from {CANARY_EMAIL} about the hail claim."


def test_anonymize_many_is_anonymize_per_record() -> None:
    texts = bench.load_texts(12)[::3] + [record.text for record in demo_records(2, seed=3)]
    texts += [
        "Next Action: call John Miller at (415) 555-0142.\nRisk Notes: Miller disputes the date.",
        "",
        "   ",
    ]
    anonymizer = get_anonymizer()
    one_by_one = [anonymizer.anonymize(text, labels=TEMPLATE_FIELDS) for text in texts]
    assert anonymizer.anonymize_many(texts, labels=TEMPLATE_FIELDS, batch_size=3) == one_by_one
    labelled = one_by_one[-3].text
    assert labelled.startswith("Next Action: call <PERSON_1>") and "Risk Notes: <PERSON_1>" in labelled
    assert [result.text for result in one_by_one[-2:]] == ["", "   "]


def test_benchmark_runs_without_django_and_ends_with_its_json_report() -> None:
    env = {key: value for key, value in os.environ.items() if key != "DJANGO_SETTINGS_MODULE"}
    completed = subprocess.run(
        [sys.executable, "-m", "bench.anonymize", "--json", "--records", "3", "--repeats", "1"],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    )
    report = json.loads(completed.stdout.strip().splitlines()[-1])
    assert {"ours_records_per_s", "presidio_records_per_s", "ratio", "identical", "records", "model"} <= set(report)
    assert report["identical"] is True and report["records"] == 3
    assert report["ours_records_per_s"] > 0 and report["presidio_records_per_s"] > 0
    assert "parser" in report["spacy_components"]["presidio"]
    assert "parser" not in report["spacy_components"]["ours"]


def test_benchmark_times_the_chunks_imports_use() -> None:
    assert bench.CHUNK == imports.CHUNK_SIZE


# --- imports, a chunk at a time ----------------------------------------------------------------------


def _database_text() -> str:
    return "\n".join(serializers.serialize("json", model._default_manager.all()) for model in apps.get_models())


def _run_import(campaign, lines: list[str]) -> ImportBatch:
    batch = import_batch_create(
        campaign=campaign, user=campaign.created_by, file=io.BytesIO("\n".join(lines).encode()), filename="x.jsonl"
    )
    done = wait_for(lambda: (b := ImportBatch.objects.get(id=batch.id)).status == "done" and b)
    assert isinstance(done, ImportBatch)
    return done


@pytest.mark.django_db(transaction=True)
def test_chunked_import_keeps_good_lines_reports_bad_ones_and_stores_no_raw_value(worker, monkeypatch, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    monkeypatch.setattr(imports, "CHUNK_SIZE", 4)
    real = imports.anonymize_texts
    calls: list[int] = []

    def failing(texts, **kwargs):
        calls.append(len(texts))
        if any(SSN in text for text in texts):
            raise RuntimeError(f"analysis failed on {texts}")  # a careless library quoting its input
        return real(texts, **kwargs)

    monkeypatch.setattr(imports, "anonymize_texts", failing)
    good = [json.dumps(record.as_json()) for record in demo_records(6, seed=11)]
    lines = [
        good[0],
        "not json",  # line 2
        good[1],
        json.dumps({"id": "fails", "text": FAILING_NOTE}),  # line 4: its chunk falls back to one by one
        good[2],
        json.dumps({"text": "Claim note.", "canaries": "just one"}),  # line 6
        json.dumps({"text": "Claim note.", "canaries": ["Jo"]}),  # line 7: too short to be a canary
        json.dumps({"id": "canaried", "text": CANARY_NOTE, "canaries": [CANARY_NAME, CANARY_EMAIL]}),
        good[3],
        good[4],
        json.dumps({"text": ""}),  # line 11
        good[5],
    ]
    campaign = CampaignFactory()
    batch = _run_import(campaign, lines)

    assert batch.accepted == 7
    assert [error["line"] for error in batch.errors] == [2, 4, 6, 7, 11]
    messages = {error["line"]: error["message"] for error in batch.errors}
    assert messages[4] == "could not be anonymized"
    assert "'canaries'" in messages[6]
    assert "'canaries[0]'" in messages[7]
    assert "'text'" in messages[11]
    assert calls[:4] == [3, 1, 1, 1]  # lines 1, 3 and 4 in one call, then each of them alone
    assert set(Item.objects.filter(campaign=campaign).values_list("external_id", flat=True)) == {
        *(record.external_id for record in demo_records(6, seed=11)),
        "canaried",
    }
    assert Candidate.objects.filter(item__campaign=campaign).count() == 12
    assert Canary.objects.filter(campaign=campaign).count() == 2
    assert not StagedRecord.objects.exists()

    canaried = Item.objects.get(campaign=campaign, external_id="canaried")
    assert canaried.text.endswith("<PERSON_1> wrote from <EMAIL_ADDRESS_1> about the hail claim.")
    stored, logged = _database_text(), caplog.text
    for value in (SSN, "Whitcombe", CANARY_NAME, "Finchley", CANARY_EMAIL, normalize(CANARY_EMAIL)):
        assert value not in stored, f"{value!r} stored"
        assert value not in logged, f"{value!r} logged"


@pytest.mark.django_db
def test_canaries_are_planted_before_the_text_is_anonymized(monkeypatch) -> None:
    from privacy.services import canaries

    events: list[str] = []
    real_plant, real_anonymize = canaries.canaries_plant, imports.anonymize_texts

    def plant(**kwargs):
        events.append("plant")
        return real_plant(**kwargs)

    def anonymize(texts, **kwargs):
        events.append("anonymize")
        return real_anonymize(texts, **kwargs)

    monkeypatch.setattr(canaries, "canaries_plant", plant)
    monkeypatch.setattr(imports, "anonymize_texts", anonymize)
    campaign = CampaignFactory()
    line = json.dumps({"text": CANARY_NOTE, "canaries": [CANARY_NAME]})
    batch = import_batch_create(
        campaign=campaign, user=campaign.created_by, file=io.BytesIO(line.encode()), filename="c"
    )
    imports.import_batch_process(batch=batch)  # in this test's transaction: nothing was enqueued

    assert events == ["plant", "anonymize"]
    assert Canary.objects.get(campaign=campaign).created_by == campaign.created_by
    assert Item.objects.get(campaign=campaign).text.endswith(
        "<PERSON_1> wrote from <EMAIL_ADDRESS_1> about the hail claim."
    )
