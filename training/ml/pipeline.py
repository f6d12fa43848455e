"""Run a recipe's stages (SFT, then DPO) on one model, resumably, and save the result with its metrics."""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from datasets import Dataset
from transformers import AutoTokenizer

from training.ml.artifacts import sha256_tree
from training.ml.callbacks import EventFn, LogFn, StageLogger
from training.ml.checkpoints import (
    STAGE_METRICS,
    atomic_folder,
    checkpoint_step,
    checkpoints,
    copy_files,
    discard_incomplete_checkpoints,
    final_dir,
    is_stage_done,
    latest_checkpoint,
    read_stage_metrics,
    write_json,
)
from training.ml.config import RunConfig
from training.ml.data import load_dpo_dataset, load_sft_dataset
from training.ml.distributed import is_main_process
from training.ml.errors import TrainingError
from training.ml.policy import REF_ADAPTER, drop_reference_adapter, load_policy, merge_adapter, upcast_trainable
from training.ml.stages import STAGE_TRAINERS, effective_args, sft_dataset, train_stage
from training.ml.validation import compare_validation, validate, validation_pairs

__all__ = ["REF_ADAPTER", "EventFn", "LogFn", "RunResult", "check_run_config", "run_recipe", "sft_dataset"]


RUN_SETTINGS = "run_settings.json"


@dataclass
class RunResult:
    """What a run produced: the result folder (an adapter, or a whole model for full fine-tuning), a hash of
    each of its files, per-stage metrics, and what got worse from SFT to DPO on validation data."""

    adapter_dir: str
    files: dict[str, str]
    metrics: dict[str, Any] = field(default_factory=dict)
    kind: str = "adapter"  # "adapter" (PEFT folder to load on the base) or "model" (a whole model folder)
    merged_dir: str | None = None
    regressions: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def check_run_config(config: RunConfig) -> None:
    """Raise TrainingError for a missing base model or data file, before anything is loaded."""
    base = Path(config.base_model_path)
    if not (base / "config.json").is_file():
        raise TrainingError(f"base model not found at {base}: no config.json")
    if not any((base / name).is_file() for name in ("tokenizer.json", "tokenizer_config.json")):
        raise TrainingError(f"base model at {base} has no tokenizer")
    _stage_files(config)
    for name in ("sft_eval_file", "dpo_eval_file", "deepspeed_config"):
        path = getattr(config, name)
        if path and not Path(path).is_file():
            raise TrainingError(f"{name} not found: {path!r}")


def _stage_files(config: RunConfig) -> dict[str, tuple[str, str | None]]:
    """(train file, validation file or None) of each stage in the recipe; TrainingError when one is missing."""
    given = {
        "sft": (config.sft_train_file, config.sft_eval_file),
        "dpo": (config.dpo_train_file, config.dpo_eval_file),
    }
    files = {}
    for stage in config.recipe.stages:
        path, evaluation = given[stage]
        if not path or not Path(path).is_file():
            raise TrainingError(f"{stage} data file not found: {path!r}")
        files[stage] = (path, evaluation)
    return files


def _load_datasets(config: RunConfig) -> dict[str, tuple[Dataset, Dataset | None]]:
    loaders = {"sft": load_sft_dataset, "dpo": load_dpo_dataset}
    return {
        stage: (loaders[stage](train), loaders[stage](evaluation) if evaluation else None)
        for stage, (train, evaluation) in _stage_files(config).items()
    }


def _emit(on_event: EventFn | None, **event: Any) -> None:
    if on_event is not None and is_main_process():
        on_event(event)


def run_recipe(config: RunConfig, *, on_log: LogFn | None = None, on_event: EventFn | None = None) -> RunResult:
    """Train the recipe's stages in order on one model and save the result to output_dir/adapter (output_dir/model
    for full fine-tuning).

    Safe to call again on the same output_dir after a crash: a stage with output_dir/<stage>/final is skipped and
    its result loaded; a stage with checkpoints resumes from the newest complete one.
    """
    check_run_config(config)
    datasets = _load_datasets(config)  # bad lines fail here, not after an hour of SFT
    rail = _rail_pairs(config)  # the same validation prompts for every stage, read once
    tokenizer = AutoTokenizer.from_pretrained(config.base_model_path)
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    recipe, out = config.recipe, Path(config.output_dir)
    _claim_output_dir(config)
    metrics: dict[str, Any] = {}
    stage_args: dict[str, Any] = {}
    model, previous = None, None
    for stage in recipe.stages:
        stage_dir = out / stage
        if is_stage_done(stage_dir):
            saved = read_stage_metrics(stage_dir)
            metrics[stage], stage_args[stage] = saved["metrics"], saved["training_args"]
            model, previous = None, final_dir(stage_dir)  # the next stage loads it from disk
            _emit(on_event, event="stage", stage=stage, status="done", skipped=True)
            continue
        _emit(on_event, event="stage", stage=stage, status="started")
        if model is None:
            seed = getattr(recipe, recipe.stages[0]).seed  # seeds the LoRA init, as in an uninterrupted run
            model = load_policy(config.base_model_path, recipe, seed=seed, resume_from=previous)
        metrics[stage], stage_args[stage] = _run_stage(
            stage, model, tokenizer, datasets[stage], config, on_log, on_event, rail
        )
        previous = final_dir(stage_dir)
        if config.deepspeed_config:
            model = None  # a DeepSpeed engine's gradient hooks stay on the module: the next stage loads final/
        _emit(on_event, event="stage", stage=stage, status="done")
    return _finish(config, previous, metrics, stage_args)


def _training_settings(config: RunConfig) -> dict[str, Any]:
    """What decides the weights: a folder trained with other settings cannot be resumed with these."""
    recipe = config.recipe.to_dict()
    for irrelevant in ("merge", "distributed"):
        recipe.pop(irrelevant)
    return {"base_model_path": config.base_model_path, "recipe": recipe}


def _claim_output_dir(config: RunConfig) -> None:
    """Record the run's settings in output_dir/run_settings.json; refuse to resume a folder trained otherwise."""
    path = Path(config.output_dir) / RUN_SETTINGS
    settings = _training_settings(config)
    if path.is_file():
        if json.loads(path.read_text()) != json.loads(json.dumps(settings)):
            raise TrainingError(
                f"{config.output_dir} holds checkpoints of a run with other settings (see {RUN_SETTINGS}); "
                "use a new output folder"
            )
        return
    if is_main_process():
        path.parent.mkdir(parents=True, exist_ok=True)
        write_json(path, settings)


def _run_stage(stage, model, tokenizer, data, config: RunConfig, on_log, on_event, rail) -> tuple[dict, dict]:
    train, evaluation = data
    stage_config = getattr(config.recipe, stage)
    stage_dir = Path(config.output_dir) / stage
    logger = StageLogger(stage, on_log, on_event)
    trainer = STAGE_TRAINERS[stage](model, tokenizer, train, evaluation, config, logger)
    main = trainer.is_world_process_zero()
    if main:
        discard_incomplete_checkpoints(stage_dir)
    trainer.accelerator.wait_for_everyone()
    resume = latest_checkpoint(stage_dir)
    if resume is not None:
        _emit(on_event, event="resumed", stage=stage, checkpoint=str(resume), step=checkpoint_step(resume))
    has_eval = evaluation is not None
    at_end = has_eval and stage_config.eval_steps == 0
    metrics = train_stage(trainer, logger, resume_from=resume, evaluate_at_end=at_end)
    if stage == "dpo":
        drop_reference_adapter(model)
    if config.recipe.adapter == "qlora":
        upcast_trainable(model)
    if rail:
        metrics["validation"] = _validate(stage, model, tokenizer, config, trainer, rail)
    args = effective_args(trainer)
    with atomic_folder(final_dir(stage_dir), main=main) as staging:
        trainer.save_model(str(staging))  # every rank: ZeRO-3 gathers the weights for the main one
        if main:
            (staging / "training_args.bin").unlink(missing_ok=True)  # a pickle; training_args.json says it all
            write_json(staging / STAGE_METRICS, {"metrics": metrics, "training_args": args})
    if main:
        for checkpoint in checkpoints(stage_dir):  # the stage is done: final/ is all a rerun reads
            shutil.rmtree(checkpoint, ignore_errors=True)
    trainer.accelerator.wait_for_everyone()
    return metrics, args


def _validate(stage: str, model, tokenizer, config: RunConfig, trainer, rail: list) -> dict[str, Any]:
    """The stage's safety-rail metrics (see training.ml.validation) on the same prompts for every stage."""
    if trainer.accelerator.num_processes > 1:
        # Greedy generation on a sharded (ZeRO-3) model needs every rank in step; not worth it for 16 prompts.
        return {"skipped": "validation generation runs only in single-process runs"}
    max_length = getattr(config.recipe, stage).max_length
    return validate(model, tokenizer, rail, config.output_format, max_length=max_length)


def _rail_pairs(config: RunConfig) -> list:
    """One validation set for all stages, so SFT and DPO compare on equal terms: the SFT validation
    demonstrations, else the DPO validation prompts with their chosen answers."""
    if config.sft_eval_file:
        return validation_pairs("sft", load_sft_dataset(config.sft_eval_file))
    if config.dpo_eval_file:
        return validation_pairs("dpo", load_dpo_dataset(config.dpo_eval_file))
    return []


def _finish(config: RunConfig, last: Path | None, metrics: dict, stage_args: dict) -> RunResult:
    """Copy the last stage's result to the run's result folder with training_args.json and metrics.json."""
    assert last is not None  # a recipe has at least one stage
    recipe = config.recipe
    kind = "model" if recipe.adapter == "full" else "adapter"
    result_dir = Path(config.output_dir) / kind
    regressions = []
    if "validation" in metrics.get("sft", {}) and "validation" in metrics.get("dpo", {}):
        regressions = compare_validation(metrics["sft"]["validation"], metrics["dpo"]["validation"])
    if not is_main_process():
        return RunResult(adapter_dir=str(result_dir), files={}, metrics=metrics, kind=kind)
    with atomic_folder(result_dir) as staging:
        copy_files(last, staging, skip=lambda path: path.name == STAGE_METRICS)
        write_json(staging / "training_args.json", {"recipe": recipe.to_dict(), "stages": stage_args})
        write_json(staging / "metrics.json", {"stages": metrics, "regressions": regressions})
    merged = None
    if recipe.merge and kind == "adapter":
        merged = str(merge_adapter(config.base_model_path, result_dir, Path(config.output_dir) / "merged"))
    return RunResult(
        adapter_dir=str(result_dir),
        files=sha256_tree(result_dir),
        metrics=metrics,
        kind=kind,
        merged_dir=merged,
        regressions=regressions,
        warnings=recipe.warnings(),
    )
