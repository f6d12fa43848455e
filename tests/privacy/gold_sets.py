"""What every gold PII file of tests/privacy/data must satisfy, whoever wrote it: shared by their tests."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ALLOWED_TYPES = {
    "PERSON", "LOCATION", "DATE_TIME", "EMAIL_ADDRESS", "PHONE_NUMBER", "US_SSN", "CREDIT_CARD", "IBAN_CODE",
    "IP_ADDRESS", "URL", "POLICY_NUMBER", "CLAIM_ID", "MRN", "ACCOUNT_NUMBER", "ID",
}  # fmt: skip


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def assert_spans_inside_clean_and_disjoint(records: list[dict]) -> None:
    for r in records:
        text, end = r["text"], 0
        for span in sorted(r["spans"], key=lambda s: s["start"]):
            value = text[span["start"] : span["end"]]
            assert 0 <= span["start"] < span["end"] <= len(text), (r["record"], span)
            assert span["type"] in ALLOWED_TYPES, (r["record"], span)
            assert value == value.strip(), (r["record"], value)
            assert span["start"] >= end, (r["record"], span)
            end = span["end"]


def assert_regenerated(generator: Path, data: Path, tmp_path: Path) -> None:
    """The generator writes the committed file again, byte for byte."""
    out = tmp_path / "again.jsonl"
    subprocess.run([sys.executable, str(generator), "--out", str(out)], check=True, cwd=tmp_path, capture_output=True)
    assert out.read_bytes() == data.read_bytes()
