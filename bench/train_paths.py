"""The two paths bench.train_throughput times: Tuneloop's `run_recipe` and the plain TRL script, one run each."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import datasets
import torch
from peft import LoraConfig
from transformers import AutoModelForCausalLM, AutoTokenizer
from trl import DPOConfig, DPOTrainer, SFTConfig, SFTTrainer

from bench.train_setup import Case, Settings, Timing
from training.ml.config import Recipe, RunConfig
from training.ml.pipeline import run_recipe


def _device_args() -> dict[str, Any]:
    cuda = torch.cuda.is_available()
    return {"use_cpu": not cuda, "bf16": cuda and torch.cuda.is_bf16_supported()}


def _recipe(settings: Settings, lora: dict[str, Any], stage: str) -> Recipe:
    common = {"epochs": 1, "batch_size": settings.batch_size, "max_length": settings.max_length, "seed": settings.seed}
    return Recipe.from_dict(
        {
            "stages": [stage],
            "lora": lora,
            "sft": {**common, "learning_rate": settings.sft_learning_rate, "group_by_length": True},
            "dpo": {
                **common,
                "learning_rate": settings.dpo_learning_rate,
                "beta": settings.beta,
                "loss_type": ["sigmoid", "sft"],
                "precompute_ref_log_probs": True,
            },
        }
    )


def run_ours(model_path: str, case: Case, settings: Settings, lora: dict[str, Any], out: Path) -> Timing:
    marks: dict[str, tuple[float, float]] = {}

    def on_event(event: dict[str, Any]) -> None:
        if event.get("event") == "stage":
            marks[event["status"]] = (time.monotonic(), time.process_time())

    config = RunConfig(
        base_model_path=model_path,
        output_dir=str(out),
        sft_train_file=case.file if case.stage == "sft" else None,
        dpo_train_file=case.file if case.stage == "dpo" else None,
        recipe=_recipe(settings, lora, case.stage),
    )
    result = run_recipe(config, on_event=on_event)
    (wall0, cpu0), (wall1, cpu1) = marks["started"], marks["done"]
    return Timing(wall1 - wall0, cpu1 - cpu0, float(result.metrics[case.stage]["runtime_s"]))


def _read_rows(path: str) -> datasets.Dataset:
    return datasets.Dataset.from_list([json.loads(line) for line in Path(path).read_text().splitlines()])


def _trl_trainer(model, tokenizer, rows: datasets.Dataset, case: Case, settings: Settings, lora: dict[str, Any], out):
    common: dict[str, Any] = {
        "output_dir": str(out),
        "num_train_epochs": 1,
        "per_device_train_batch_size": settings.batch_size,
        "max_length": settings.max_length,
        "seed": settings.seed,
        "report_to": "none",
        "disable_tqdm": True,
        "activation_checkpointing": False,
        **_device_args(),
    }
    peft_config = LoraConfig(
        task_type="CAUSAL_LM",
        r=lora["r"],
        lora_alpha=lora["alpha"],
        lora_dropout=lora["dropout"],
        target_modules=list(lora["target_modules"]),
        modules_to_save=list(lora["modules_to_save"]) or None,
    )
    if case.stage == "dpo":
        dpo_args = DPOConfig(
            **common, learning_rate=settings.dpo_learning_rate, beta=settings.beta, loss_type=["sigmoid", "sft"]
        )
        return DPOTrainer(
            model=model, args=dpo_args, train_dataset=rows, processing_class=tokenizer, peft_config=peft_config
        )
    marked = "{% generation %}" in (tokenizer.chat_template or "")
    if not marked:  # no assistant marks in the template: TRL's prompt/completion form, loss on the answer
        rows = rows.map(
            lambda row: {"prompt": row["messages"][:-1], "completion": row["messages"][-1:]},
            remove_columns=["messages"],
        )
    sft_args = SFTConfig(**common, learning_rate=settings.sft_learning_rate, assistant_only_loss=marked)
    return SFTTrainer(
        model=model, args=sft_args, train_dataset=rows, processing_class=tokenizer, peft_config=peft_config
    )


def run_trl(model_path: str, case: Case, settings: Settings, lora: dict[str, Any], out: Path) -> Timing:
    """The plain TRL script: load the model, build the trainer with a LoraConfig, train, save the adapter."""
    tokenizer = AutoTokenizer.from_pretrained(model_path)
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    rows = _read_rows(case.file)
    torch.manual_seed(settings.seed)
    wall0, cpu0 = time.monotonic(), time.process_time()
    model = AutoModelForCausalLM.from_pretrained(model_path, dtype=torch.float32)
    trainer = _trl_trainer(model, tokenizer, rows, case, settings, lora, out)
    train0 = time.monotonic()
    trainer.train()
    train_s = time.monotonic() - train0
    trainer.save_model(str(out / "adapter"))
    return Timing(time.monotonic() - wall0, time.process_time() - cpu0, train_s)


PATHS: dict[str, Callable[[str, Case, Settings, dict[str, Any], Path], Timing]] = {"ours": run_ours, "trl": run_trl}
