"""Run a recipe's stages (SFT, then DPO) on one LoRA adapter and save it with its tokenizer."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import torch
from datasets import Dataset
from peft import LoraConfig, PeftModel, get_peft_model
from transformers import AutoModelForCausalLM, AutoTokenizer, PrinterCallback, TrainerCallback
from trl import DPOConfig, DPOTrainer, SFTConfig, SFTTrainer

from training.ml.artifacts import sha256_tree
from training.ml.config import DPOStageConfig, LoraSettings, RunConfig, SFTStageConfig
from training.ml.data import load_dpo_dataset, load_sft_dataset
from training.ml.errors import TrainingError

LogFn = Callable[[str, int, dict[str, float]], object]
# The adapter TRL's DPOTrainer adds as a frozen copy of ours, to score the reference policy.
REF_ADAPTER = "ref"


@dataclass
class RunResult:
    """What a run produced: the adapter folder, a hash of each of its files, and per-stage metrics."""

    adapter_dir: str
    files: dict[str, str]
    metrics: dict[str, Any] = field(default_factory=dict)


class _StageLogger(TrainerCallback):
    """Forwards each training log that carries a loss to `on_log(stage, step, metrics)`."""

    def __init__(self, stage: str, on_log: LogFn | None):
        self.stage, self.sink = stage, on_log
        self.last: dict[str, float] = {}

    def on_log(self, args, state, control, logs=None, **kwargs):
        if not logs or "loss" not in logs:
            return
        self.last = {key: float(value) for key, value in logs.items() if isinstance(value, int | float)}
        if self.sink is not None:
            self.sink(self.stage, state.global_step, dict(self.last))


def check_run_config(config: RunConfig) -> None:
    """Raise TrainingError for a missing base model or data file, before anything is loaded."""
    base = Path(config.base_model_path)
    if not (base / "config.json").is_file():
        raise TrainingError(f"base model not found at {base}: no config.json")
    if not any((base / name).is_file() for name in ("tokenizer.json", "tokenizer_config.json")):
        raise TrainingError(f"base model at {base} has no tokenizer")
    _stage_files(config)


def _stage_files(config: RunConfig) -> dict[str, str]:
    """The data file of each stage in the recipe; raise TrainingError when one is missing."""
    given = {"sft": config.sft_train_file, "dpo": config.dpo_train_file}
    files = {}
    for stage in config.recipe.stages:
        path = given[stage]
        if not path or not Path(path).is_file():
            raise TrainingError(f"{stage} data file not found: {path!r}")
        files[stage] = path
    return files


def _device_args() -> dict[str, Any]:
    cuda = torch.cuda.is_available()
    return {"use_cpu": not cuda, "bf16": cuda and torch.cuda.is_bf16_supported()}


def _common_args(stage_dir: Path, stage: SFTStageConfig | DPOStageConfig) -> dict[str, Any]:
    return {
        "output_dir": str(stage_dir),
        "num_train_epochs": stage.epochs,
        "learning_rate": stage.learning_rate,
        "per_device_train_batch_size": stage.batch_size,
        "max_length": stage.max_length,
        "logging_steps": stage.logging_steps,
        "seed": stage.seed,
        "report_to": "none",
        "save_strategy": "no",
        "activation_checkpointing": False,
        "disable_tqdm": True,
        **_device_args(),
    }


def _policy(base_model_path: str, lora: LoraSettings, seed: int) -> PeftModel:
    torch.manual_seed(seed)  # LoRA A matrices are random
    model = AutoModelForCausalLM.from_pretrained(base_model_path, dtype=torch.float32)
    peft_config = LoraConfig(
        task_type="CAUSAL_LM",
        r=lora.r,
        lora_alpha=lora.alpha,
        lora_dropout=lora.dropout,
        target_modules=list(lora.target_modules),
        modules_to_save=list(lora.modules_to_save) or None,
    )
    return get_peft_model(model, peft_config)


def sft_dataset(dataset: Dataset, tokenizer) -> tuple[Dataset, bool]:
    """Return the dataset and whether to use TRL's assistant-only loss.

    A chat template with {% generation %} marks lets TRL mask everything but assistant turns; for any
    other template the conversation is split into prompt + final answer, so the loss covers the answer.
    """
    if "{% generation %}" in (tokenizer.chat_template or ""):
        return dataset, True
    split = dataset.map(
        lambda row: {"prompt": row["messages"][:-1], "completion": row["messages"][-1:]},
        remove_columns=["messages"],
    )
    return split, False


def _run_sft(model, tokenizer, dataset: Dataset, config: RunConfig, logger: _StageLogger) -> dict[str, Any]:
    stage = config.recipe.sft
    dataset, assistant_only = sft_dataset(dataset, tokenizer)
    args = SFTConfig(**_common_args(Path(config.output_dir) / "sft", stage), assistant_only_loss=assistant_only)
    trainer = SFTTrainer(model=model, args=args, train_dataset=dataset, processing_class=tokenizer, callbacks=[logger])
    return _train(trainer, logger)


def _run_dpo(model, tokenizer, dataset: Dataset, config: RunConfig, logger: _StageLogger) -> dict[str, Any]:
    stage = config.recipe.dpo
    args = DPOConfig(
        **_common_args(Path(config.output_dir) / "dpo", stage), beta=stage.beta, loss_type=list(stage.loss_type)
    )
    # Given a PeftModel and no ref_model, TRL copies our adapter into a frozen "ref" adapter: the
    # reference policy is the adapter as it stands now (the SFT result, or a no-op for a fresh one).
    trainer = DPOTrainer(
        model=model,
        ref_model=None,
        args=args,
        train_dataset=dataset,
        processing_class=tokenizer,
        callbacks=[logger],
    )
    metrics = _train(trainer, logger)
    if REF_ADAPTER in model.peft_config:
        model.delete_adapter(REF_ADAPTER)
    return metrics


def _train(trainer, logger: _StageLogger) -> dict[str, Any]:
    trainer.remove_callback(PrinterCallback)  # progress goes to on_log, not stdout
    started = time.monotonic()
    output = trainer.train()
    return {
        "train_loss": float(output.training_loss),
        "steps": int(output.global_step),
        "runtime_s": round(time.monotonic() - started, 3),
        "last_log": logger.last,
    }


STAGE_RUNNERS = {"sft": _run_sft, "dpo": _run_dpo}


def _load_datasets(config: RunConfig) -> dict[str, Dataset]:
    loaders = {"sft": load_sft_dataset, "dpo": load_dpo_dataset}
    return {stage: loaders[stage](path) for stage, path in _stage_files(config).items()}


def run_recipe(config: RunConfig, *, on_log: LogFn | None = None) -> RunResult:
    """Train the recipe's stages in order on one adapter; save it to output_dir/adapter."""
    check_run_config(config)
    datasets = _load_datasets(config)  # bad lines fail here, not after an hour of SFT
    tokenizer = AutoTokenizer.from_pretrained(config.base_model_path)
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    first = getattr(config.recipe, config.recipe.stages[0])
    model = _policy(config.base_model_path, config.recipe.lora, first.seed)
    metrics: dict[str, Any] = {}
    for stage in config.recipe.stages:
        metrics[stage] = STAGE_RUNNERS[stage](model, tokenizer, datasets[stage], config, _StageLogger(stage, on_log))
    adapter_dir = Path(config.output_dir) / "adapter"
    model.save_pretrained(str(adapter_dir))
    tokenizer.save_pretrained(adapter_dir)
    return RunResult(adapter_dir=str(adapter_dir), files=sha256_tree(adapter_dir), metrics=metrics)
