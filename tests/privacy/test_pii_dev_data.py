"""The hand-built PII development set: well-formed, reproducible from its generator, and broad enough.

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

DATA = ROOT / "tests" / "privacy" / "data" / "pii_dev.jsonl"
GENERATOR = ROOT / "scripts" / "make_pii_dev.py"
RECORD_KEYS = {"text", "spans", "industry", "style", "record"}
LOCATION_KINDS = {
    "street_address", "unit", "building", "po_box", "rural_route", "landmark", "city", "region", "postal_code",
}  # fmt: skip


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return load(DATA)


def test_every_record_has_its_fields(records: list[dict]) -> None:
    assert len(records) >= 400
    for r in records:
        assert set(r) == RECORD_KEYS, r.get("record")
        assert isinstance(r["text"], str) and r["text"], r["record"]
        assert isinstance(r["spans"], list), r["record"]
        assert r["industry"] and r["style"], r["record"]
    assert len({r["record"] for r in records}) == len(records)


def test_spans_are_inside_clean_and_disjoint(records: list[dict]) -> None:
    assert_spans_inside_clean_and_disjoint(records)


def test_span_details_follow_the_rules(records: list[dict]) -> None:
    for r in records:
        for span in r["spans"]:
            assert isinstance(span["kind"], str) and span["kind"], (r["record"], span)
            assert ("id" in span) == (span["type"] == "PERSON"), (r["record"], span)
            assert ("country" in span) == (span["type"] == "LOCATION"), (r["record"], span)
            if span["type"] == "PERSON":
                assert span["culture"] and span["id"].startswith("p"), (r["record"], span)
            if span["type"] == "LOCATION":
                assert span["kind"] in LOCATION_KINDS and len(span["country"]) == 2, (r["record"], span)
            if span["type"] == "DATE_TIME":
                assert span["kind"] == "dob", (r["record"], span)
            if span["type"] == "IP_ADDRESS":
                assert span["kind"] in {"ipv4", "ipv6"}, (r["record"], span)


def test_the_generator_reproduces_the_file_byte_for_byte(tmp_path: Path) -> None:
    assert_regenerated(GENERATOR, DATA, tmp_path)


def test_coverage_of_trades_styles_and_types(records: list[dict]) -> None:
    spans = [s for r in records for s in r["spans"]]
    assert len({r["industry"] for r in records}) >= 10
    assert len({r["style"] for r in records}) >= 10
    assert len({s["culture"] for s in spans if s["type"] == "PERSON"}) >= 20
    assert len({s["country"] for s in spans if s["type"] == "LOCATION"}) >= 12
    assert {s["type"] for s in spans} == ALLOWED_TYPES


def test_some_records_carry_no_pii(records: list[dict]) -> None:
    clean = [r for r in records if not r["spans"]]
    assert clean
    assert len(clean) >= 0.15 * len(records)
