"""bench.train_throughput's setup: its settings, the model both paths train, and the cases (rows) they train on."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.training_data import (
    SYSTEM_PROMPT,
    candidate_rows,
    dpo_row,
    fixed_rows,
    models_dir,
    sft_row,
    tightest_window,
    write_jsonl,
)
from labeling.demo_data import demo_records
from training.ml.config import Recipe
from training.ml.smollm import SMOLLM2_RECIPE, export_smollm2
from training.ml.tinymodel import TINY_MODEL_RECIPE, build_tiny_model

SMOLLM2_NAME = "smollm2-135m-instruct"


@dataclass(frozen=True)
class Settings:
    model: str | None = None  # a model folder, "smollm2", or None for a tiny Llama built here
    steps: int = 8  # SFT optimizer steps per run (one epoch of steps * batch_size rows)
    dpo_steps: int = 4
    batch_size: int = 8
    repeats: int = 3
    max_notes: int = 8  # variable-length rows hold 1..max_notes notes; equal-length rows hold half as many
    max_length: int = 1024
    threads: int = 1  # torch CPU threads; 1 keeps the comparison steady on a shared machine
    hidden_size: int = 256  # the tiny model's shape
    layers: int = 4
    sft_learning_rate: float = 1e-3
    dpo_learning_rate: float = 1e-4
    beta: float = 0.1
    seed: int = 0


QUICK = {"steps": 2, "dpo_steps": 1, "batch_size": 4, "repeats": 1, "max_notes": 3, "hidden_size": 64, "layers": 2}


@dataclass
class Timing:
    wall_s: float
    cpu_s: float
    train_s: float  # the trainer.train() call alone


@dataclass
class Case:
    """One comparison: the rows (as ours reads them), their token count, and each path's runs."""

    name: str
    stage: str
    file: str
    tokens: int
    lengths: list[int]
    runs: dict[str, list[Timing]] = dataclasses.field(default_factory=lambda: {"ours": [], "trl": []})


def prepare_model(settings: Settings, work: Path) -> tuple[str, dict[str, Any]]:
    """(model folder, LoRA settings): the tiny Llama with its recipe's LoRA, or a pre-trained model with SmolLM2's."""
    if settings.model is None:
        corpus = [SYSTEM_PROMPT] + [t for r in demo_records(200, seed=1) for t in (r.text, r.reference, r.alternate)]
        path = build_tiny_model(
            work / "tiny", corpus, hidden_size=settings.hidden_size, layers=settings.layers, heads=4
        )
        return str(path), _lora(TINY_MODEL_RECIPE)
    if settings.model == "smollm2":
        return str(export_smollm2(models_dir() / SMOLLM2_NAME)), _lora(SMOLLM2_RECIPE)
    return settings.model, _lora(SMOLLM2_RECIPE)


def _lora(recipe: dict[str, Any]) -> dict[str, Any]:
    return dataclasses.asdict(Recipe.from_dict({"lora": recipe["lora"]}).lora)


def _length(tokenizer, messages: list[dict[str, str]], limit: int) -> int:
    ids = tokenizer.apply_chat_template(messages, tokenize=True, return_dict=True)["input_ids"]
    return min(len(ids), limit)


def build_cases(settings: Settings, tokenizer, work: Path) -> dict[str, Case]:
    sft_count, dpo_count = settings.steps * settings.batch_size, settings.dpo_steps * settings.batch_size
    limit = settings.max_length

    # Equal length: claim files of the same number of notes, then the rows whose lengths lie closest together.
    pool = fixed_rows(6 * sft_count, max(1, (settings.max_notes + 1) // 2), settings.seed + 1)
    pool_rows = [sft_row(note, record.reference) for note, record in pool]
    pool_lengths = [_length(tokenizer, row["messages"], limit) for row in pool_rows]
    equal = [pool_rows[i] for i in tightest_window(pool_lengths, sft_count)]
    variable = [sft_row(n, r.reference) for n, r in candidate_rows(sft_count, settings.max_notes, settings.seed + 2)]
    pairs = [
        dpo_row(n, r.reference, r.alternate)
        for n, r in candidate_rows(dpo_count, settings.max_notes, settings.seed + 3)
    ]

    cases = {}
    for name, stage, rows in (("equal", "sft", equal), ("variable", "sft", variable), ("dpo", "dpo", pairs)):
        if stage == "sft":
            lengths = [_length(tokenizer, row["messages"], limit) for row in rows]
        else:
            sides = ("chosen", "rejected")
            lengths = [_length(tokenizer, [*row["prompt"], *row[side]], limit) for row in rows for side in sides]
        file = write_jsonl(work / f"{name}.jsonl", rows)
        cases[name] = Case(name=name, stage=stage, file=file, tokens=sum(lengths), lengths=lengths)
    return cases
