"""The fresh held-out PII set (a third author, other industries and styles): well-formed and reproducible.

No database: these tests read a JSONL file and run a standard-library script. The file measures; nothing is
tuned to it (tests/privacy/data/PII_FRESH.md).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from tests.privacy.gold_sets import ROOT, assert_regenerated, assert_spans_inside_clean_and_disjoint, load

DATA = ROOT / "tests" / "privacy" / "data" / "pii_fresh.jsonl"
GENERATOR = ROOT / "scripts" / "make_pii_fresh.py"
PERSON_KINDS = {"full", "first", "last", "nickname", "initials"}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return load(DATA)


def test_every_record_has_its_fields_and_a_fifth_have_no_pii(records: list[dict]) -> None:
    assert len(records) == 360
    assert all(set(r) == {"text", "spans", "industry", "style", "record"} for r in records)
    assert len({r["record"] for r in records}) == len(records)
    assert sum(not r["spans"] for r in records) == 72
    assert len(Counter(r["style"] for r in records)) == 8 and len(Counter(r["industry"] for r in records)) == 8


def test_spans_are_inside_clean_and_disjoint(records: list[dict]) -> None:
    assert_spans_inside_clean_and_disjoint(records)


def test_people_have_an_identity_and_places_a_country(records: list[dict]) -> None:
    for r in records:
        for span in r["spans"]:
            if span["type"] == "PERSON":
                assert span["kind"] in PERSON_KINDS and span["id"] and span["culture"], (r["record"], span)
            if span["type"] == "LOCATION":
                assert span["country"], (r["record"], span)


def test_the_generator_reproduces_the_file_byte_for_byte(tmp_path: Path) -> None:
    assert_regenerated(GENERATOR, DATA, tmp_path)
