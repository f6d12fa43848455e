"""The second held-out PII set (a fifth author, ten industries and styles): well-formed and reproducible.

No database: these tests read a JSONL file and run a standard-library script. Nobody reads its records: only
its aggregate figures are looked at, at a stop's start and end (tests/privacy/data/PII_FRESH2.md).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from tests.privacy.gold_sets import ROOT, assert_regenerated, assert_spans_inside_clean_and_disjoint, load

DATA = ROOT / "tests" / "privacy" / "data" / "pii_fresh2.jsonl"
GENERATOR = ROOT / "scripts" / "make_pii_fresh2.py"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return load(DATA)


def test_every_record_has_its_fields_and_a_fifth_have_no_pii(records: list[dict]) -> None:
    assert len(records) == 400
    assert all(set(r) == {"text", "spans", "industry", "style", "record"} for r in records)
    assert len({r["record"] for r in records}) == len(records)
    assert sum(not r["spans"] for r in records) == 80
    assert set(Counter(r["style"] for r in records).values()) == {40}
    assert set(Counter(r["industry"] for r in records).values()) == {40}


def test_spans_are_inside_clean_and_disjoint(records: list[dict]) -> None:
    assert_spans_inside_clean_and_disjoint(records)


def test_people_have_an_identity_and_places_a_country(records: list[dict]) -> None:
    for r in records:
        for span in r["spans"]:
            if span["type"] == "PERSON":
                assert span["id"] and span["culture"], (r["record"], span)
            if span["type"] == "LOCATION":
                assert span["country"], (r["record"], span)


def test_the_generator_reproduces_the_file_byte_for_byte(tmp_path: Path) -> None:
    assert_regenerated(GENERATOR, DATA, tmp_path)
