"""Tests for resumable stages, adapter kinds, validation metrics and the SFT -> DPO safety rail (training/ml)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch
from peft import PeftModel
from safetensors.torch import load_file
from transformers import AutoModelForCausalLM, AutoTokenizer

from labeling.demo_data import TEMPLATE_FIELDS, demo_records
from tests.training.rows import answer, prompt, write_jsonl
from training.ml.checkpoints import latest_checkpoint
from training.ml.config import Recipe, RunConfig
from training.ml.errors import TrainingCancelled, TrainingError
from training.ml.pipeline import run_recipe
from training.ml.validation import compare_validation

RECORDS = demo_records(24, seed=3)
TRAIN, HELD_OUT = RECORDS[:16], RECORDS[16:]
TEMPLATE = {"kind": "template", "fields": list(TEMPLATE_FIELDS)}
# 16 examples in batches of 4: 4 optimizer steps per stage, a checkpoint every 2.
QUICK = {
    "lora": {"modules_to_save": ["embed_tokens", "lm_head"]},
    "sft": {"epochs": 1, "batch_size": 4, "save_steps": 2, "learning_rate": 1e-3},
    "dpo": {"epochs": 1, "batch_size": 4, "save_steps": 2},
}


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, str]:
    folder = tmp_path_factory.mktemp("data")

    def sft(records):
        return [{"messages": [*prompt(r), *answer(r.reference)]} for r in records]

    def dpo(records):
        return [{"prompt": prompt(r), "chosen": answer(r.reference), "rejected": answer(r.alternate)} for r in records]

    return {
        "sft": write_jsonl(folder / "sft.jsonl", sft(TRAIN)),
        "dpo": write_jsonl(folder / "dpo.jsonl", dpo(TRAIN)),
        "sft_eval": write_jsonl(folder / "sft-eval.jsonl", sft(HELD_OUT)),
        "dpo_eval": write_jsonl(folder / "dpo-eval.jsonl", dpo(HELD_OUT)),
        "sft_eval_2": write_jsonl(folder / "sft-eval-2.jsonl", sft(HELD_OUT[:2])),
    }


def config(base, files, output_dir, recipe: dict, *, evaluate: bool = False, **extra) -> RunConfig:
    return RunConfig(
        base_model_path=str(base),
        output_dir=str(output_dir),
        sft_train_file=files["sft"],
        dpo_train_file=files["dpo"],
        sft_eval_file=files["sft_eval"] if evaluate else None,
        dpo_eval_file=files["dpo_eval"] if evaluate else None,
        recipe=Recipe.from_dict(recipe),
        **extra,
    )


def cancel_at(stage: str, step: int):
    def on_log(at_stage: str, at_step: int, metrics: dict) -> None:
        if (at_stage, at_step) == (stage, step):
            raise TrainingCancelled("stopped by the test")

    return on_log


# --- config -----------------------------------------------------------------------------------------


def test_run_config_round_trips_through_json(files):
    original = config("/models/base", files, "/runs/1", {**QUICK, "adapter": "qlora"}, output_format=TEMPLATE)
    original.deepspeed_config = "/runs/1/ds.json"
    assert RunConfig.from_dict(json.loads(json.dumps(original.to_dict()))) == original


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"base_model_path": None}, "run.base_model_path: must be a string"),
        ({"sft_eval_file": 3}, "run.sft_eval_file: must be a string or null"),
        ({"output_format": {"kind": "yaml"}}, "run.output_format: must have a 'kind' in"),
        ({"recipe": {"sft": {"save_steps": 0}}}, r"run.recipe.sft.save_steps: must be > 0"),
        ({"gpus": 2}, "run.gpus: unknown field"),
    ],
)
def test_run_config_from_dict_names_the_bad_field(files, change, message):
    data = {**config("/m", files, "/o", {}).to_dict(), **change}
    with pytest.raises(ValueError, match="^" + message.replace(".", r"\.")):
        RunConfig.from_dict(data)
    with pytest.raises(ValueError, match=r"^run\.output_dir: required"):
        RunConfig.from_dict({"base_model_path": "/m", "sft_train_file": None})


def test_recipe_warns_about_dpo_without_sft_but_accepts_it():
    recipe = Recipe.from_dict({"stages": ["dpo"], "adapter": "full", "merge": True})
    assert [text.split(":")[0] for text in recipe.warnings()] == [
        "DPO without an SFT stage first",
        "merge has no effect with adapter 'full'",
    ]
    assert Recipe().warnings() == []


# --- safety rail ------------------------------------------------------------------------------------


def test_compare_validation_flags_each_regression_with_its_numbers():
    sft = {"sft_loss": 1.0, "mean_output_tokens": 40.0, "format_validity": 0.9}
    assert compare_validation(sft, {"sft_loss": 1.05, "mean_output_tokens": 50.0, "format_validity": 0.9}) == []
    found = compare_validation(sft, {"sft_loss": 1.25, "mean_output_tokens": 70.0, "format_validity": 0.5})
    assert found == [
        "Format validity fell from 90% after SFT to 50% after DPO.",
        "The SFT-term validation loss rose 25% from SFT to DPO (1.000 to 1.250; more than 10% counts as a regression).",
        "The mean answer length changed by +75% from SFT to DPO (40.0 to 70.0 tokens; more than 50% counts as a "
        "regression).",
    ]
    no_format = {**sft, "format_validity": None}
    assert compare_validation(no_format, {**no_format, "mean_output_tokens": 15.0}) == [
        "The mean answer length changed by -62% from SFT to DPO (40.0 to 15.0 tokens; more than 50% counts as a "
        "regression)."
    ]


def test_validation_files_give_eval_logs_and_stage_metrics(tmp_path, tiny_model_path, files):
    logs, events = [], []
    recipe = {**QUICK, "sft": {**QUICK["sft"], "eval_steps": 2, "group_by_length": True}}
    run = config(tiny_model_path, files, tmp_path, recipe, evaluate=True, output_format=TEMPLATE)
    result = run_recipe(run, on_log=lambda *args: logs.append(args), on_event=events.append)
    eval_steps = {stage: [step for s, step, m in logs if s == stage and "eval_loss" in m] for stage in ("sft", "dpo")}
    assert eval_steps == {"sft": [2, 4], "dpo": [4]}  # every eval_steps; once at the end with eval_steps=0
    train = [m for _, _, m in logs if "eval_loss" not in m]
    assert all(m["tokens_per_s"] > 0 and "grad_norm" in m and "learning_rate" in m for m in train)
    for stage in ("sft", "dpo"):
        validation = result.metrics[stage]["validation"]
        assert validation["sft_loss"] > 0 and validation["mean_output_tokens"] > 0
        assert 0 <= validation["format_validity"] <= 1 and validation["generations"] == len(HELD_OUT)
    assert isinstance(result.regressions, list)
    saved = json.loads((Path(result.adapter_dir) / "metrics.json").read_text())
    assert saved["regressions"] == result.regressions and saved["stages"]["dpo"]["validation"]
    args = json.loads((Path(result.adapter_dir) / "training_args.json").read_text())
    assert args["recipe"]["sft"]["group_by_length"] is True
    assert args["stages"]["sft"]["train_sampling_strategy"] == "group_by_length"
    assert args["stages"]["dpo"]["precompute_ref_log_probs"] is True
    assert [e["status"] for e in events if e["event"] == "stage"] == ["started", "done", "started", "done"]


# --- checkpoints and resume -------------------------------------------------------------------------


def test_interrupted_run_resumes_from_checkpoints_and_matches_an_uninterrupted_one(tmp_path, tiny_model_path, files):
    reference = run_recipe(config(tiny_model_path, files, tmp_path / "reference", QUICK))
    run = config(tiny_model_path, files, tmp_path / "run", QUICK)
    events: list[dict] = []
    with pytest.raises(TrainingCancelled):
        run_recipe(run, on_log=cancel_at("sft", 3), on_event=events.append)
    assert {"event": "checkpoint", "stage": "sft", "step": 2} in events
    assert latest_checkpoint(tmp_path / "run" / "sft").name == "checkpoint-2"

    events.clear()
    with pytest.raises(TrainingCancelled):
        run_recipe(run, on_log=cancel_at("dpo", 3), on_event=events.append)
    checkpoint = str(tmp_path / "run" / "sft" / "checkpoint-2")
    assert {"event": "resumed", "stage": "sft", "checkpoint": checkpoint, "step": 2} in events
    assert (tmp_path / "run" / "sft" / "final" / "stage_metrics.json").is_file()

    # A checkpoint cut off while saving (no trainer_state.json) is passed over.
    (tmp_path / "run" / "dpo" / "checkpoint-3").mkdir()
    (tmp_path / "run" / "dpo" / "checkpoint-3" / "adapter_model.safetensors").write_bytes(b"")
    events.clear()
    logs: list[tuple] = []
    result = run_recipe(run, on_log=lambda *args: logs.append(args[:2]), on_event=events.append)
    assert events[0] == {"event": "stage", "stage": "sft", "status": "done", "skipped": True}
    checkpoint = str(tmp_path / "run" / "dpo" / "checkpoint-2")
    assert events[2] == {"event": "resumed", "stage": "dpo", "checkpoint": checkpoint, "step": 2}
    assert logs == [("dpo", 3), ("dpo", 4)]
    assert result.metrics["dpo"]["steps"] == reference.metrics["dpo"]["steps"] == 4
    assert result.metrics["dpo"]["resumed_from_step"] == 2
    # The DPO reference after a restart is the SFT adapter, as without one: the same weights come out.
    weights = load_file(Path(result.adapter_dir) / "adapter_model.safetensors")
    expected = load_file(Path(reference.adapter_dir) / "adapter_model.safetensors")
    assert weights.keys() == expected.keys()
    assert all(torch.allclose(weights[name], expected[name], atol=1e-6) for name in weights)


def test_output_dir_of_a_run_with_other_settings_is_refused(tmp_path, tiny_model_path, files):
    with pytest.raises(TrainingCancelled):
        run_recipe(config(tiny_model_path, files, tmp_path, QUICK), on_log=cancel_at("sft", 1))
    other = {**QUICK, "sft": {**QUICK["sft"], "learning_rate": 1e-4}}
    with pytest.raises(TrainingError, match="holds checkpoints of a run with other settings"):
        run_recipe(config(tiny_model_path, files, tmp_path, other))


# --- adapter kinds ----------------------------------------------------------------------------------


def logits(model, tokenizer) -> torch.Tensor:
    ids = tokenizer.apply_chat_template(prompt(HELD_OUT[0]), add_generation_prompt=True, return_tensors="pt")
    ids = ids["input_ids"] if hasattr(ids, "keys") else ids
    with torch.inference_mode():
        return model(ids).logits


def test_qlora_adapter_loads_with_peft_and_merges(tmp_path, tiny_model_path, files):
    recipe = {**QUICK, "stages": ["sft"], "adapter": "qlora", "merge": True}
    run = config(tiny_model_path, files, tmp_path, recipe, output_format=TEMPLATE)
    run.sft_eval_file = files["sft_eval_2"]  # validation runs on the 4-bit model too (TRL makes its head bf16)
    result = run_recipe(run)
    assert result.kind == "adapter" and result.adapter_dir == str(tmp_path / "adapter")
    assert result.metrics["sft"]["validation"]["generations"] == 2
    assert {"adapter_model.safetensors", "training_args.json", "metrics.json"} <= set(result.files)
    assert json.loads((tmp_path / "adapter" / "adapter_config.json").read_text())["r"] == 16
    tokenizer = AutoTokenizer.from_pretrained(result.adapter_dir)
    base = AutoModelForCausalLM.from_pretrained(tiny_model_path)
    untouched = logits(base, tokenizer)
    tuned = logits(PeftModel.from_pretrained(base, result.adapter_dir), tokenizer)
    assert not torch.allclose(untouched, tuned)
    merged = AutoModelForCausalLM.from_pretrained(result.merged_dir)
    assert torch.allclose(logits(merged, tokenizer), tuned, atol=1e-4)


def test_full_fine_tuning_saves_a_whole_model(tmp_path, tiny_model_path, files):
    recipe = {"stages": ["sft", "dpo"], "adapter": "full", "sft": QUICK["sft"], "dpo": QUICK["dpo"]}
    result = run_recipe(config(tiny_model_path, files, tmp_path, recipe))
    assert result.kind == "model" and result.adapter_dir == str(tmp_path / "model")
    assert "model.safetensors" in result.files and "adapter_config.json" not in result.files
    tokenizer = AutoTokenizer.from_pretrained(result.adapter_dir)
    tuned = AutoModelForCausalLM.from_pretrained(result.adapter_dir)
    assert not torch.allclose(
        logits(tuned, tokenizer), logits(AutoModelForCausalLM.from_pretrained(tiny_model_path), tokenizer)
    )
    assert result.metrics["dpo"]["last_log"]["rewards/margins"] > 0
