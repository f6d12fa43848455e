"""The PII sets of the later authors: well-formed and reproducible.

- `pii_dev2.jsonl`, a fourth author (8 industries, 8 styles): its misses are read and tuned on, so its
  figures are development figures (tests/privacy/data/PII_DEV2.md).
- `pii_fresh2.jsonl`, a fifth author (10 industries, 10 styles): nobody reads its records; only its aggregate
  figures are looked at, at a stop's start and end (tests/privacy/data/PII_FRESH2.md).
- `pii_dev3.jsonl`, a sixth author (8 industries, 8 styles, addresses of 50 countries): measured once on
  arrival, then a development file (tests/privacy/data/PII_DEV3.md).
- `pii_dev4.jsonl`, a seventh author (8 industries, 8 styles, 72 cultures, addresses of 62 countries):
  measured once on arrival, then a development file (tests/privacy/data/PII_DEV4.md).
- `pii_fresh3.jsonl`, an eighth author (8 industries, 10 styles): held out like `pii_fresh2`
  (tests/privacy/data/PII_FRESH3.md).

No database: these tests read JSONL files and run standard-library scripts.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from tests.privacy.gold_sets import ROOT, assert_regenerated, assert_spans_inside_clean_and_disjoint, load

SETS = {
    "pii_dev2": {"records": 400, "no_pii": 80, "per_style": 50, "per_industry": 50},
    "pii_dev3": {"records": 400, "no_pii": 80, "per_style": 50, "per_industry": 50},
    "pii_dev4": {"records": 400, "no_pii": 80, "per_style": 50, "per_industry": 50},
    "pii_fresh2": {"records": 400, "no_pii": 80, "per_style": 40, "per_industry": 40},
    "pii_fresh3": {"records": 400, "no_pii": 80, "per_style": 40, "per_industry": 50},
}


def _data(name: str) -> Path:
    return ROOT / "tests" / "privacy" / "data" / f"{name}.jsonl"


@pytest.fixture(scope="module", params=sorted(SETS))
def gold(request) -> tuple[str, list[dict]]:
    return request.param, load(_data(request.param))


def test_every_record_has_its_fields_and_a_fifth_have_no_pii(gold) -> None:
    name, records = gold
    layout = SETS[name]
    assert len(records) == layout["records"]
    assert all(set(r) == {"text", "spans", "industry", "style", "record"} for r in records)
    assert len({r["record"] for r in records}) == len(records)
    assert sum(not r["spans"] for r in records) == layout["no_pii"]
    assert set(Counter(r["style"] for r in records).values()) == {layout["per_style"]}
    assert set(Counter(r["industry"] for r in records).values()) == {layout["per_industry"]}


def test_spans_are_inside_clean_and_disjoint(gold) -> None:
    assert_spans_inside_clean_and_disjoint(gold[1])


def test_people_have_an_identity_and_places_a_country(gold) -> None:
    for r in gold[1]:
        for span in r["spans"]:
            if span["type"] == "PERSON":
                assert span["id"] and span["culture"], (r["record"], span)
            if span["type"] == "LOCATION":
                assert span["country"], (r["record"], span)


@pytest.mark.parametrize("name", sorted(SETS))
def test_the_generator_reproduces_the_file_byte_for_byte(name: str, tmp_path: Path) -> None:
    assert_regenerated(ROOT / "scripts" / f"make_{name}.py", _data(name), tmp_path)
