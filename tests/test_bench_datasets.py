"""bench.datasets end to end on a tiny seed: the report has every key CI and docs rely on (never timing)."""

from __future__ import annotations

import json

import pytest
from django.db import connection

from bench import datasets as bench

REQUIRED = {"list_p99_ms", "deep_list_p99_ms", "count_ms", "export_rows_per_s", "export_peak_rss_mb", "cpu_count"}


@pytest.fixture(autouse=True)
def _postgres_only() -> None:
    if connection.vendor != "postgresql":
        pytest.skip("bench.datasets seeds with PostgreSQL's generate_series; set DATABASE_URL to run it")


@pytest.mark.django_db(transaction=True)  # the export children read the seed from their own connection
def test_a_tiny_run_reports_every_key() -> None:
    report = bench.run(items=300, requests=3)
    last = bench.render(report, as_json=True).splitlines()[-1]
    parsed = json.loads(last)

    assert set(parsed) >= REQUIRED
    assert parsed["items"] == 300 and parsed["judgements"] == 300
    assert not parsed["export_errors"], parsed["export_errors"]
    assert {"sft", "dpo"} <= set(parsed["export_rows_per_s_by_format"])
    assert parsed["export_rows_per_s"] == min(parsed["export_rows_per_s_by_format"].values())
    train = parsed["exports"]["sft"]["rows"]
    assert 0 < train < 300  # the train split of one SFT row per item
    assert all(e["rows"] == train for f, e in parsed["exports"].items() if f in ("openai", "dpo"))
    assert parsed["export_peak_rss_mb"] == max(e["peak_rss_mb"] for e in parsed["exports"].values())


@pytest.mark.django_db(transaction=True)
def test_a_seed_with_the_same_size_is_reused() -> None:
    first = bench.seed(50)
    again = bench.seed(50)
    assert not first["reused"] and again["reused"]
    assert again["dataset"].id == first["dataset"].id
    assert again["dataset"].rows.count() == 100  # one SFT row per item, one DPO row per judgement
