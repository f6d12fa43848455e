"""The independent PII evaluation set: well-formed, reproducible from its generator, and broad enough.

No database: these tests read a JSONL file and run a standard-library script.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.privacy.gold_sets import (
    ALLOWED_TYPES,
    ROOT,
    assert_regenerated,
    assert_spans_inside_clean_and_disjoint,
    load,
)

DATA = ROOT / "tests" / "privacy" / "data" / "pii_independent.jsonl"
GENERATOR = ROOT / "scripts" / "make_pii_independent.py"
LOCATION_KINDS = {"street_address", "city", "postal_code", "region"}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return load(DATA)


def test_every_record_has_its_fields(records: list[dict]) -> None:
    assert len(records) >= 500
    for r in records:
        assert isinstance(r["text"], str) and r["text"]
        assert {"text", "spans", "industry", "style", "record"} <= set(r), r["record"]
    assert len({r["record"] for r in records}) == len(records)


def test_spans_are_inside_clean_and_disjoint(records: list[dict]) -> None:
    assert_spans_inside_clean_and_disjoint(records)


def test_span_details_follow_the_rules(records: list[dict]) -> None:
    for r in records:
        for span in r["spans"]:
            assert isinstance(span["kind"], str) and span["kind"], (r["record"], span)
            assert ("id" in span) == (span["type"] == "PERSON"), (r["record"], span)
            if span["type"] == "PERSON":
                assert span["culture"], (r["record"], span)
            if span["type"] == "LOCATION":
                assert span["kind"] in LOCATION_KINDS and span["country"], (r["record"], span)
            if span["type"] == "DATE_TIME":
                assert span["kind"].startswith("dob_"), (r["record"], span)
            if span["type"] == "IP_ADDRESS":
                assert span["kind"] in {"ipv4", "ipv6"}, (r["record"], span)
            if span["type"] == "URL":
                assert span["kind"] == "profile_url", (r["record"], span)


def test_the_generator_reproduces_the_file_byte_for_byte(tmp_path: Path) -> None:
    assert_regenerated(GENERATOR, DATA, tmp_path)


def test_coverage_of_trades_styles_cultures_and_countries(records: list[dict]) -> None:
    spans = [s for r in records for s in r["spans"]]
    assert len({r["industry"] for r in records}) >= 8
    assert len({r["style"] for r in records}) >= 9
    assert len({s["culture"] for s in spans if s["type"] == "PERSON"}) >= 20
    assert len({s["country"] for s in spans if s["type"] == "LOCATION"}) >= 12
    assert {s["type"] for s in spans} == ALLOWED_TYPES


def test_enough_records_carry_no_pii(records: list[dict]) -> None:
    clean = [r for r in records if not r["spans"]]
    assert len(clean) >= 0.15 * len(records)


def test_people_are_mentioned_more_than_once(records: list[dict]) -> None:
    repeated = 0
    for r in records:
        ids = [s["id"] for s in r["spans"] if s["type"] == "PERSON"]
        repeated += any(ids.count(i) > 1 for i in set(ids))
    assert repeated >= 0.5 * len(records)
