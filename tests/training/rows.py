"""Training rows as the exporter writes them, for tests that call training/ml directly."""

from __future__ import annotations

import json
from pathlib import Path

from labeling.demo_data import SYSTEM_PROMPT


def prompt(record) -> list[dict]:
    return [{"role": "system", "content": SYSTEM_PROMPT}, {"role": "user", "content": record.text}]


def answer(text: str) -> list[dict]:
    return [{"role": "assistant", "content": text}]


def write_jsonl(path: Path, rows: list[dict]) -> str:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows))
    return str(path)
