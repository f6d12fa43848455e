"""Training data for the training benches, built from the demo claim notes without Django.

The demo campaign (`manage.py seed_demo`) imports `demo_records(50)`: claim notes, each with a reference
summary in the campaign's 5-line template and a worse alternate. Here the same records become TRL JSONL
rows the way a frozen dataset version exports them: SFT conversations, DPO pairs (reference chosen,
alternate rejected) and held-out prompts. The notes keep their synthetic PII (the campaign stores them
anonymized): the names and numbers are invented and the template does not use them.
"""

from __future__ import annotations

import json
import os
import random
import re
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, redirect_stdout
from pathlib import Path
from typing import Any
from unittest import mock

import datasets
import torch
import transformers

from labeling.demo_data import RISKS, SYSTEM_PROMPT, TEMPLATE_FIELDS, DemoRecord, demo_records

ROOT = Path(__file__).resolve().parents[1]
# The demo campaign's output format, as its guideline holds it.
OUTPUT_FORMAT: dict[str, Any] = {"kind": "template", "fields": TEMPLATE_FIELDS}
# The sentence demo_data adds to a note whose summary must carry the prior-claim risk (RISKS[1]).
PRIOR_CLAIM = "Insured had a prior claim last year."
# Verdicts the notes never support; the rejected alternates end with them.
OVERREACH = ("clearly honest", "pay the claim")


def models_dir() -> Path:
    """Where exported base models are cached: settings.MODELS_DIR, read the same way without Django."""
    var = Path(os.environ.get("TUNELOOP_VAR_DIR", ROOT / "var"))
    return Path(os.environ.get("TUNELOOP_MODELS_DIR", var / "models"))


def prompt(note: str) -> list[dict[str, str]]:
    return [{"role": "system", "content": SYSTEM_PROMPT}, {"role": "user", "content": note}]


def answer(text: str) -> list[dict[str, str]]:
    return [{"role": "assistant", "content": text}]


def sft_row(note: str, reference: str) -> dict[str, Any]:
    return {"messages": [*prompt(note), *answer(reference)]}


def dpo_row(note: str, chosen: str, rejected: str) -> dict[str, Any]:
    return {"prompt": prompt(note), "chosen": answer(chosen), "rejected": answer(rejected)}


def write_jsonl(path: str | Path, rows: Sequence[dict[str, Any]]) -> str:
    Path(path).write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return str(path)


# --- the demo campaign's task -------------------------------------------------------------------------


def demo_split(train: int, held_out: int, seed: int = 7) -> tuple[list[DemoRecord], list[DemoRecord]]:
    """The demo campaign's notes (seed 7, as seed_demo imports them): the first `train`, then `held_out` more."""
    records = demo_records(train + held_out, seed=seed)
    return records[:train], records[train:]


def supported_risk(note: str) -> str:
    """The reference's Risk Notes value for a note: the prior-claim line only when the note reports one."""
    return RISKS[1] if PRIOR_CLAIM in note else RISKS[0]


def risk_note(answer_text: str) -> str | None:
    """The value of the answer's first "Risk Notes:" line, or None when it has none."""
    match = re.search(r"^\s*Risk Notes:(.*)$", answer_text, flags=re.MULTILINE)
    return match.group(1).strip() if match else None


def is_restrained(answer_text: str, note: str) -> bool:
    """A restrained risk note: the answer has a "Risk Notes:" line that reports the one risk the notes can carry,
    a prior claim, exactly when the note does, and otherwise says there is no risk; and nowhere does the answer
    assert a verdict no note supports.

    Precisely (case-insensitive): for a note with "Insured had a prior claim last year." the Risk Notes value
    mentions "prior claim" and does not start with "no risk" or "none"; for any other note it starts with "no risk"
    or "none" and does not mention "prior claim". And the whole answer contains none of `OVERREACH` ("clearly
    honest", "pay the claim": what the rejected alternates say). The wording may differ from the reference:
    "Prior claim within 12 months." and "No risk indicators." count.
    """
    value = risk_note(answer_text)
    if value is None or any(phrase in answer_text.lower() for phrase in OVERREACH):
        return False
    value = " ".join(value.lower().split())
    says_prior = "prior claim" in value
    says_none = value.startswith(("no risk", "none"))
    if PRIOR_CLAIM in note:
        return says_prior and not says_none
    return says_none and not says_prior


# --- throughput data: claim files of several notes ----------------------------------------------------


def claim_file(records: Sequence[DemoRecord]) -> tuple[str, DemoRecord]:
    """A user turn holding several notes of one claim file, oldest first; the answer summarizes the latest."""
    notes = "\n\n".join(f"Note {number}: {record.text}" for number, record in enumerate(records, start=1))
    return notes, records[-1]


def candidate_rows(count: int, max_notes: int, seed: int) -> list[tuple[str, DemoRecord]]:
    """`count` claim files of 1 to `max_notes` notes each (uniform), from a pool of demo records."""
    pool = demo_records(200, seed=seed)
    rng = random.Random(seed)
    return [claim_file(rng.sample(pool, rng.randint(1, max_notes))) for _ in range(count)]


def fixed_rows(count: int, notes: int, seed: int) -> list[tuple[str, DemoRecord]]:
    pool = demo_records(200, seed=seed)
    rng = random.Random(seed)
    return [claim_file(rng.sample(pool, notes)) for _ in range(count)]


def tightest_window(lengths: Sequence[int], size: int) -> list[int]:
    """Indices of the `size` items whose lengths lie closest together (a window of the sorted lengths)."""
    order = sorted(range(len(lengths)), key=lengths.__getitem__)
    best = min(range(len(order) - size + 1), key=lambda i: lengths[order[i + size - 1]] - lengths[order[i]])
    return sorted(order[best : best + size])


@contextmanager
def torch_threads(count: int) -> Iterator[None]:
    """Run with `count` torch threads, then restore the previous number."""
    before = torch.get_num_threads()
    torch.set_num_threads(max(1, count))
    try:
        yield
    finally:
        torch.set_num_threads(before)


@contextmanager
def quiet() -> Iterator[None]:
    """Keep the libraries' progress bars, info logs and printed metrics off stdout, which the report owns."""
    datasets.disable_progress_bars()
    transformers.logging.set_verbosity_error()
    transformers.logging.disable_progress_bar()
    try:
        with mock.patch.dict(os.environ, {"TQDM_DISABLE": "1"}), redirect_stdout(sys.stderr):
            yield
    finally:
        datasets.enable_progress_bars()
        transformers.logging.set_verbosity_warning()
        transformers.logging.enable_progress_bar()
