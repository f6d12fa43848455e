"""One training stage with TRL: its arguments, its trainer, and a train call that resumes from a checkpoint."""

from __future__ import annotations

import copy
import json
import os
import time
from pathlib import Path
from typing import Any

import torch
from datasets import Dataset
from peft import PeftModel
from transformers import PrinterCallback
from trl import DPOConfig, DPOTrainer, SFTConfig, SFTTrainer

from training.ml.callbacks import StageLogger
from training.ml.config import DPOStageConfig, RunConfig, SFTStageConfig, StageConfig

SAVE_TOTAL_LIMIT = 2  # the newest checkpoint and one before it, in case the newest was cut off while saving


def _device_args() -> dict[str, Any]:
    cuda = torch.cuda.is_available()
    return {"use_cpu": not cuda, "bf16": cuda and torch.cuda.is_bf16_supported()}


def common_args(config: RunConfig, name: str, stage: StageConfig, *, has_eval: bool) -> dict[str, Any]:
    """TRL/transformers arguments every stage shares, from the recipe's stage settings."""
    evaluate_during = has_eval and stage.eval_steps > 0
    return {
        "output_dir": str(Path(config.output_dir) / name),
        "num_train_epochs": stage.epochs,
        "learning_rate": stage.learning_rate,
        "per_device_train_batch_size": stage.batch_size,
        "per_device_eval_batch_size": stage.batch_size,
        "gradient_accumulation_steps": stage.gradient_accumulation_steps,
        "warmup_steps": stage.warmup_ratio,  # transformers 5 reads a float below 1 as a ratio of the steps
        "max_length": stage.max_length,
        "logging_steps": stage.logging_steps,
        "seed": stage.seed,
        "report_to": "none",
        "save_strategy": "steps",
        "save_steps": stage.save_steps,
        "save_total_limit": SAVE_TOTAL_LIMIT,
        "eval_strategy": "steps" if evaluate_during else "no",
        "eval_steps": stage.eval_steps if evaluate_during else None,
        "include_num_input_tokens_seen": "non_padding",
        "activation_checkpointing": False,
        "disable_tqdm": True,
        "deepspeed": config.deepspeed_config,
        **_device_args(),
    }


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


def sft_trainer(model, tokenizer, train: Dataset, evaluation: Dataset | None, config: RunConfig, logger: StageLogger):
    stage: SFTStageConfig = config.recipe.sft
    train, assistant_only = sft_dataset(train, tokenizer)
    if evaluation is not None:
        evaluation, _ = sft_dataset(evaluation, tokenizer)
    args = SFTConfig(
        **common_args(config, "sft", stage, has_eval=evaluation is not None),
        assistant_only_loss=assistant_only,
        train_sampling_strategy="group_by_length" if stage.group_by_length else "random",
    )
    return SFTTrainer(
        model=model,
        args=args,
        train_dataset=train,
        eval_dataset=evaluation,
        processing_class=tokenizer,
        callbacks=[logger],
    )


def can_precompute(deepspeed_config: str | None) -> bool:
    """Whether the reference log-probs can be computed once before training, as TRL's option does.

    Not with several processes: TRL caches them for an in-memory dataset in a per-process temp folder that other
    ranks cannot read. Not under ZeRO-3 either: the pass runs the sharded model outside a training step, and
    DeepSpeed's parameter trace then fails at the first step ("pop from an empty deque"; seen with one process
    and an offloaded optimizer, the one ZeRO-3 launch of a single process). The reference is then computed at
    each step instead."""
    if int(os.environ.get("WORLD_SIZE", "1")) != 1:
        return False
    if deepspeed_config:
        zero = json.loads(Path(deepspeed_config).read_text()).get("zero_optimization", {})
        return int(zero.get("stage", 0)) != 3
    return True


def dpo_trainer(model, tokenizer, train: Dataset, evaluation: Dataset | None, config: RunConfig, logger: StageLogger):
    stage: DPOStageConfig = config.recipe.dpo
    precompute = stage.precompute_ref_log_probs and can_precompute(config.deepspeed_config)
    args = DPOConfig(
        **common_args(config, "dpo", stage, has_eval=evaluation is not None),
        beta=stage.beta,
        loss_type=list(stage.loss_type),
        precompute_ref_log_probs=precompute,
    )
    # Given a PeftModel and no ref_model, TRL copies our adapter into a frozen "ref" adapter: the reference
    # policy is the adapter as it stands now (the SFT result, or a no-op for a fresh one). A checkpoint holds
    # that copy too, so a resumed stage keeps the same reference. For full fine-tuning the reference is a
    # frozen copy of the model as it stands now, unless its log-probs are precomputed before training.
    ref_model = None
    if not isinstance(model, PeftModel) and not precompute:
        ref_model = copy.deepcopy(model).eval().requires_grad_(False)
    return DPOTrainer(
        model=model,
        ref_model=ref_model,
        args=args,
        train_dataset=train,
        eval_dataset=evaluation,
        processing_class=tokenizer,
        callbacks=[logger],
    )


def train_stage(trainer, logger: StageLogger, *, resume_from: Path | None, evaluate_at_end: bool) -> dict[str, Any]:
    """Train (from `resume_from` when given), then compute the validation loss once if not done during training."""
    trainer.remove_callback(PrinterCallback)  # progress goes to on_log, not stdout
    started = time.monotonic()
    output = trainer.train(resume_from_checkpoint=str(resume_from) if resume_from else None)
    if evaluate_at_end:
        trainer.evaluate()
    losses = [entry["loss"] for entry in trainer.state.log_history if "loss" in entry]
    metrics = {
        # After a resume the Trainer's figure covers only the steps run in this process.
        "train_loss": float(sum(losses) / len(losses) if resume_from and losses else output.training_loss),
        "steps": int(output.global_step),
        "runtime_s": round(time.monotonic() - started, 3),
        "last_log": logger.last,
        "resumed_from_step": int(resume_from.name.split("-")[-1]) if resume_from else None,
    }
    if logger.last_eval:
        metrics["last_eval"] = logger.last_eval
    return metrics


def effective_args(trainer) -> dict[str, Any]:
    """The stage's full TRL arguments as JSON-safe data, for training_args.json."""
    return json.loads(trainer.args.to_json_string())


STAGE_TRAINERS = {"sft": sft_trainer, "dpo": dpo_trainer}
