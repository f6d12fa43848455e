"""Tests for the Django-free training package: config, tiny model, data, SFT+DPO pipeline, generation."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest
import torch
from peft import PeftModel
from safetensors.torch import load_file
from transformers import AutoModelForCausalLM, AutoTokenizer

from labeling.demo_data import SYSTEM_PROMPT, TEMPLATE_FIELDS, demo_records
from tests.training.rows import answer, prompt, write_jsonl
from training.ml.artifacts import sha256_tree, tree_digest
from training.ml.config import Recipe, RunConfig
from training.ml.data import load_dpo_dataset, load_sft_dataset
from training.ml.errors import TrainingError
from training.ml.generate import generate
from training.ml.pipeline import run_recipe, sft_dataset
from training.ml.tinymodel import TINY_MODEL_RECIPE, build_tiny_model
from tuneloop.output_format import format_validity

ROOT = Path(__file__).resolve().parents[2]
RECORDS = demo_records(48, seed=7)
TRAIN, HELD_OUT = RECORDS[:40], RECORDS[40:]

TUNED = TINY_MODEL_RECIPE  # what the demo and the loop test use too
QUICK = {
    "lora": {"modules_to_save": ["embed_tokens", "lm_head"]},
    "sft": {"epochs": 1, "batch_size": 4},
    "dpo": {"epochs": 1, "batch_size": 4},
}


@pytest.fixture(scope="module")
def base_model(tmp_path_factory) -> str:
    corpus = [SYSTEM_PROMPT] + [text for r in RECORDS for text in (r.text, r.reference, r.alternate)]
    return str(build_tiny_model(tmp_path_factory.mktemp("base"), corpus))


@pytest.fixture(scope="module")
def data_files(tmp_path_factory) -> dict[str, str]:
    folder = tmp_path_factory.mktemp("data")
    sft = [{"messages": [*prompt(r), *answer(r.reference)]} for r in TRAIN]
    dpo = [{"prompt": prompt(r), "chosen": answer(r.reference), "rejected": answer(r.alternate)} for r in TRAIN]
    return {"sft": write_jsonl(folder / "sft.jsonl", sft), "dpo": write_jsonl(folder / "dpo.jsonl", dpo)}


def run_config(base_model, data_files, output_dir, recipe: dict) -> RunConfig:
    return RunConfig(
        base_model_path=base_model,
        output_dir=str(output_dir),
        sft_train_file=data_files["sft"],
        dpo_train_file=data_files["dpo"],
        recipe=Recipe.from_dict(recipe),
    )


@pytest.fixture(scope="module")
def tuned_run(base_model, data_files, tmp_path_factory):
    """The full SFT -> DPO recipe, run once for the tests that inspect its product."""
    logs: list[tuple[str, int, dict]] = []
    config = run_config(base_model, data_files, tmp_path_factory.mktemp("run"), TUNED)
    result = run_recipe(config, on_log=lambda stage, step, metrics: logs.append((stage, step, metrics)))
    return result, logs


# --- tiny model -------------------------------------------------------------------------------------


def test_tiny_model_tokenizer_round_trips_the_chat_template(base_model):
    tokenizer = AutoTokenizer.from_pretrained(base_model)
    messages = [*prompt(RECORDS[0]), *answer(RECORDS[0].reference)]
    text = tokenizer.apply_chat_template(messages, tokenize=False)
    encoded = tokenizer.apply_chat_template(
        messages, tokenize=True, return_dict=True, return_assistant_tokens_mask=True
    )
    assert tokenizer.decode(encoded["input_ids"]) == text
    assistant = [t for t, m in zip(encoded["input_ids"], encoded["assistant_masks"], strict=True) if m]
    assert tokenizer.decode(assistant) == RECORDS[0].reference + "<|im_end|>"
    generation_prompt = tokenizer.apply_chat_template(prompt(RECORDS[0]), tokenize=False, add_generation_prompt=True)
    assert generation_prompt.endswith("<|im_end|>\n<|im_start|>assistant\n")
    assert tokenizer.eos_token == "<|im_end|>"
    assert tokenizer.pad_token == "<|endoftext|>"


def test_tiny_model_is_a_small_llama_sized_to_its_tokenizer(base_model):
    model = AutoModelForCausalLM.from_pretrained(base_model)
    tokenizer = AutoTokenizer.from_pretrained(base_model)
    assert model.config.model_type == "llama"
    assert model.config.vocab_size == len(tokenizer)
    assert sum(p.numel() for p in model.parameters()) < 2_000_000


# --- recipe -----------------------------------------------------------------------------------------


def test_recipe_defaults_and_round_trip():
    assert Recipe.from_dict({}) == Recipe()
    recipe = Recipe.from_dict(TUNED)
    assert recipe.sft.epochs == 12.0
    assert recipe.lora.modules_to_save == ["embed_tokens", "lm_head"]
    assert recipe.dpo.loss_type == ["sigmoid", "sft"]
    assert Recipe.from_dict(recipe.to_dict()) == recipe
    assert (recipe.adapter, recipe.merge, recipe.distributed.zero_stage) == ("lora", False, 2)
    assert (recipe.sft.save_steps, recipe.sft.eval_steps, recipe.dpo.precompute_ref_log_probs) == (20, 0, True)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"sft": {"learning_rate": 0}}, "recipe.sft.learning_rate: must be > 0"),
        ({"sft": {"learning_rate": "fast"}}, "recipe.sft.learning_rate: must be a number"),
        ({"sft": {"batch_size": 2.5}}, "recipe.sft.batch_size: must be an integer"),
        ({"sft": {"batch_size": True}}, "recipe.sft.batch_size: must be an integer"),
        ({"sft": {"lr": 1e-3}}, "recipe.sft.lr: unknown field"),
        ({"optimizer": "adam"}, "recipe.optimizer: unknown field"),
        ({"dpo": {"beta": -1}}, "recipe.dpo.beta: must be > 0"),
        ({"dpo": {"loss_type": ["sigmoid", "magic"]}}, "recipe.dpo.loss_type: must be distinct names"),
        ({"dpo": []}, "recipe.dpo: must be an object"),
        ({"lora": {"dropout": 1.0}}, "recipe.lora.dropout: must be >= 0 and < 1"),
        ({"lora": {"target_modules": []}}, "recipe.lora.target_modules: must be a non-empty list"),
        ({"lora": {"modules_to_save": "lm_head"}}, "recipe.lora.modules_to_save: must be a list of strings"),
        ({"stages": []}, "recipe.stages: must be a non-empty list"),
        ({"stages": ["rlhf"]}, "recipe.stages: must be a non-empty list"),
        ({"stages": ["dpo", "sft"]}, "recipe.stages: must list each stage once, in the order"),
        ({"adapter": "prefix"}, "recipe.adapter: must be one of ['lora', 'qlora', 'full']"),
        ({"merge": "yes"}, "recipe.merge: must be true or false"),
        ({"sft": {"save_steps": 0}}, "recipe.sft.save_steps: must be > 0"),
        ({"dpo": {"eval_steps": -1}}, "recipe.dpo.eval_steps: must be >= 0"),
        ({"dpo": {"gradient_accumulation_steps": 0}}, "recipe.dpo.gradient_accumulation_steps: must be > 0"),
        ({"sft": {"warmup_ratio": 1}}, "recipe.sft.warmup_ratio: must be >= 0 and < 1"),
        ({"sft": {"group_by_length": 1}}, "recipe.sft.group_by_length: must be true or false"),
        ({"sft": {"precompute_ref_log_probs": True}}, "recipe.sft.precompute_ref_log_probs: unknown field"),
        ({"dpo": {"precompute_ref_log_probs": "no"}}, "recipe.dpo.precompute_ref_log_probs: must be true or false"),
        ({"distributed": {"num_processes": 0}}, "recipe.distributed.num_processes: must be > 0"),
        ({"distributed": {"zero_stage": 1}}, "recipe.distributed.zero_stage: must be one of [0, 2, 3]"),
        ({"distributed": {"hostfile": None}}, "recipe.distributed.hostfile: must be a string"),
    ],
)
def test_recipe_rejects_bad_input_naming_the_field(data, message):
    with pytest.raises(ValueError, match="^" + message.replace(".", r"\.").replace("[", r"\[")):
        Recipe.from_dict(data)


# --- data -------------------------------------------------------------------------------------------


def test_loaders_read_the_exported_files(data_files):
    sft, dpo = load_sft_dataset(data_files["sft"]), load_dpo_dataset(data_files["dpo"])
    assert len(sft) == len(dpo) == len(TRAIN)
    assert sft[0]["messages"][-1] == answer(TRAIN[0].reference)[0]
    assert dpo[0]["rejected"] == answer(TRAIN[0].alternate)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("not json", "bad.jsonl:2: "),
        ('{"messages": []}', "bad.jsonl:2: 'messages' must be a non-empty list"),
        ('{"messages": [{"role": "user", "content": "hi"}]}', "bad.jsonl:2: 'messages' must end with an assistant"),
        ('{"messages": [{"role": "robot", "content": "hi"}]}', r"bad.jsonl:2: messages\[0\] needs a role"),
        ('{"text": "hi"}', "bad.jsonl:2: must be an object with exactly the keys"),
    ],
)
def test_sft_loader_names_the_bad_line(tmp_path, line, message):
    good = json.dumps({"messages": [*prompt(TRAIN[0]), *answer("ok")]})
    path = tmp_path / "bad.jsonl"
    path.write_text(f"{good}\n{line}\n")
    with pytest.raises(TrainingError, match=message):
        load_sft_dataset(path)


def test_dpo_loader_rejects_an_assistant_turn_in_the_prompt(tmp_path):
    row = {"prompt": [*prompt(TRAIN[0]), *answer("x")], "chosen": answer("a"), "rejected": answer("b")}
    with pytest.raises(TrainingError, match=r"dpo.jsonl:1: prompt\[2\] needs a role in \['system', 'user'\]"):
        load_dpo_dataset(write_jsonl(tmp_path / "dpo.jsonl", [row]))


def test_sft_without_generation_marks_trains_on_the_final_answer(base_model, data_files):
    tokenizer = AutoTokenizer.from_pretrained(base_model)
    dataset = load_sft_dataset(data_files["sft"])
    assert sft_dataset(dataset, tokenizer) == (dataset, True)
    tokenizer.chat_template = tokenizer.chat_template.replace("{% generation %}", "").replace("{% endgeneration %}", "")
    split, assistant_only = sft_dataset(dataset, tokenizer)
    assert not assistant_only
    assert split[0]["prompt"] == prompt(TRAIN[0])
    assert split[0]["completion"] == answer(TRAIN[0].reference)


# --- pipeline ---------------------------------------------------------------------------------------


def test_missing_base_model_fails_before_training(tmp_path, data_files):
    config = run_config(str(tmp_path / "nowhere"), data_files, tmp_path / "out", QUICK)
    with pytest.raises(TrainingError, match=r"base model not found at .*nowhere: no config\.json"):
        run_recipe(config)
    assert not (tmp_path / "out").exists()


def test_missing_dpo_file_fails_before_training(tmp_path, base_model, data_files):
    config = run_config(base_model, {**data_files, "dpo": None}, tmp_path / "out", QUICK)
    with pytest.raises(TrainingError, match="dpo data file not found"):
        run_recipe(config)


def test_run_reports_losses_for_both_stages(tuned_run):
    result, logs = tuned_run
    assert [stage for stage, _, _ in logs] == sorted(stage for stage, _, _ in logs)[::-1]  # sft, then dpo
    sft = [m["loss"] for stage, _, m in logs if stage == "sft"]
    dpo = [m for stage, _, m in logs if stage == "dpo"]
    assert len(sft) == result.metrics["sft"]["steps"] and len(dpo) == result.metrics["dpo"]["steps"]
    assert sum(sft[-5:]) / 5 < sft[0] / 2  # SFT learned the answers
    assert all("loss" in m and "rewards/margins" in m for m in dpo)
    assert dpo[0]["rewards/margins"] == pytest.approx(0.0, abs=1e-4)  # reference = the SFT policy
    assert dpo[-1]["rewards/margins"] > 0.5 and dpo[-1]["rewards/accuracies"] > 0.5
    assert set(result.metrics) == {"sft", "dpo"}
    assert result.metrics["dpo"]["train_loss"] > 0


def test_adapter_holds_trained_weights_and_tokenizer(tuned_run, base_model):
    result, _ = tuned_run
    adapter = Path(result.adapter_dir)
    assert result.files == sha256_tree(adapter)
    assert {"adapter_config.json", "adapter_model.safetensors", "tokenizer.json"} <= set(result.files)
    weights = load_file(adapter / "adapter_model.safetensors")
    assert not any(".ref." in name for name in weights)  # DPO's frozen reference copy is not shipped
    lora_b = [w for name, w in weights.items() if "lora_B" in name]
    assert lora_b and all(w.abs().sum() > 0 for w in lora_b)  # LoRA B starts at zero
    base = AutoModelForCausalLM.from_pretrained(base_model)
    embed = next(w for name, w in weights.items() if "embed_tokens" in name)
    assert not torch.allclose(embed, base.get_input_embeddings().weight)


def test_adapter_loads_with_peft_and_changes_outputs(tuned_run, base_model):
    result, _ = tuned_run
    base = AutoModelForCausalLM.from_pretrained(base_model)
    tokenizer = AutoTokenizer.from_pretrained(result.adapter_dir)
    ids = tokenizer.apply_chat_template(prompt(HELD_OUT[0]), add_generation_prompt=True, return_tensors="pt")
    ids = ids["input_ids"] if hasattr(ids, "keys") else ids
    with torch.inference_mode():
        before = base(ids).logits
        tuned = PeftModel.from_pretrained(base, result.adapter_dir)
        after = tuned(ids).logits
    assert not torch.allclose(before, after)


def test_tuned_adapter_writes_the_template_the_base_model_does_not(tuned_run, base_model):
    result, _ = tuned_run
    prompts = [prompt(r) for r in HELD_OUT]
    base_answers = generate(base_model, prompts, max_new_tokens=80)
    tuned_answers = generate(base_model, prompts, adapter_dir=result.adapter_dir, max_new_tokens=80)
    assert len(tuned_answers) == len(HELD_OUT)
    assert format_validity(base_answers, TEMPLATE_FIELDS) <= 0.25
    assert format_validity(tuned_answers, TEMPLATE_FIELDS) >= 0.75, tuned_answers
    assert not any("<|im_end|>" in text for text in tuned_answers)


@pytest.mark.parametrize("stage", ["sft", "dpo"])
def test_single_stage_recipe(tmp_path, base_model, data_files, stage):
    logs = []
    recipe = {**QUICK, "stages": [stage]}
    files = {**data_files, "dpo": data_files["dpo"] if stage == "dpo" else None}
    result = run_recipe(run_config(base_model, files, tmp_path, recipe), on_log=lambda *args: logs.append(args))
    assert {s for s, _, _ in logs} == {stage}
    assert set(result.metrics) == {stage}
    PeftModel.from_pretrained(AutoModelForCausalLM.from_pretrained(base_model), result.adapter_dir)


# --- artifacts and boundary -------------------------------------------------------------------------


def test_tree_digest_changes_with_any_file(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text("a")
    (tmp_path / "sub" / "b.txt").write_text("b")
    files = sha256_tree(tmp_path)
    assert list(files) == ["a.txt", "sub/b.txt"]
    digest = tree_digest(files)
    assert tree_digest(dict(reversed(files.items()))) == digest
    (tmp_path / "sub" / "b.txt").write_text("B")
    assert tree_digest(sha256_tree(tmp_path)) != digest


FORBIDDEN = ("django", "rest_framework", "channels", "dramatiq", "labeling", "preferences", "tuneloop")
# Django-free modules of the apps (import-linter contracts in pyproject.toml hold them so).
PLAIN = ("tuneloop.output_format", "tuneloop.patterns", "tuneloop.sampling")


@pytest.mark.parametrize("package", ["training/ml", "evaluation/metrics"])
def test_ml_packages_never_import_django_or_apps(package):
    for path in (ROOT / package).glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
            names += [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            for name in (name for name in names if name not in PLAIN):
                top = name.split(".")[0]
                assert top not in FORBIDDEN and not name.startswith("training.models"), f"{path}: {name}"
                assert top != "training" or name.startswith("training.ml"), f"{path}: {name}"
