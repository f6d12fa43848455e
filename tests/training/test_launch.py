"""Tests for the training launcher: DeepSpeed configs, command lines, a 2-rank ZeRO-2 run, kill and resume."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from pathlib import Path

import psutil
import pytest
import torch
from peft import PeftModel
from transformers import AutoModelForCausalLM, AutoTokenizer

from labeling.demo_data import demo_records
from training.ml.config import DistributedSettings, Recipe, RunConfig
from training.ml.distributed import (
    deepspeed_config,
    hostfile_machines,
    launch_command,
    launch_env,
    usable_cpus,
    uses_deepspeed,
    write_deepspeed_config,
)
from training.ml.launch import main
from training.ml.stages import can_precompute

ROOT = Path(__file__).resolve().parents[2]
RECORDS = demo_records(16, seed=3)
# Short conversations (no system prompt) keep every example well under max_length.
RECIPE = {
    "lora": {"r": 8, "alpha": 16, "modules_to_save": ["embed_tokens", "lm_head"]},
    "sft": {"epochs": 2, "batch_size": 2, "max_length": 256, "learning_rate": 1e-3},
    "dpo": {"epochs": 1, "batch_size": 2, "max_length": 256, "learning_rate": 1e-4},
}


def write_jsonl(path: Path, rows: list[dict]) -> str:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows))
    return str(path)


def read_events(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


@pytest.fixture(scope="module")
def data_files(tmp_path_factory) -> dict[str, str]:
    folder = tmp_path_factory.mktemp("launch-data")
    user = [{"role": "user", "content": r.text} for r in RECORDS]
    sft = [{"messages": [u, {"role": "assistant", "content": r.reference}]} for u, r in zip(user, RECORDS, strict=True)]
    dpo = [
        {
            "prompt": [u],
            "chosen": [{"role": "assistant", "content": r.reference}],
            "rejected": [{"role": "assistant", "content": r.alternate}],
        }
        for u, r in zip(user, RECORDS, strict=True)
    ]
    return {"sft": write_jsonl(folder / "sft.jsonl", sft), "dpo": write_jsonl(folder / "dpo.jsonl", dpo)}


@pytest.fixture(scope="module")
def extensions_cache(request) -> Path:
    """DeepSpeed's compiled shared-memory op, kept across test sessions (it takes ~25 s to build)."""
    return Path(request.config.cache.mkdir("torch-extensions"))


def write_run(folder: Path, base: Path, data: dict[str, str], recipe: dict, *, rows: int | None = None) -> Path:
    """Write run.json (and ds.json when the recipe needs DeepSpeed) into `folder`; return run.json's path."""
    config = RunConfig(
        base_model_path=str(base),
        output_dir=str(folder / "out"),
        sft_train_file=data["sft"],
        dpo_train_file=data["dpo"] if "dpo" in recipe.get("stages", ["sft", "dpo"]) else None,
        recipe=Recipe.from_dict(recipe),
    )
    if uses_deepspeed(config.recipe.distributed):
        config.deepspeed_config = str(write_deepspeed_config(config.recipe.distributed, folder / "ds.json"))
    path = folder / "run.json"
    path.write_text(json.dumps(config.to_dict()))
    return path


def env_for(cache: Path, settings: DistributedSettings) -> dict[str, str]:
    return launch_env(dict(os.environ), cache, num_processes=settings.num_processes)


# --- configs and command lines ----------------------------------------------------------------------


def test_zero2_config_leaves_batch_and_precision_to_the_trainer():
    config = deepspeed_config(DistributedSettings(num_processes=2, zero_stage=2))
    assert config["zero_optimization"]["stage"] == 2
    assert config["train_micro_batch_size_per_gpu"] == "auto"
    assert config["gradient_accumulation_steps"] == "auto"
    assert config["bf16"] == {"enabled": "auto"}
    assert "offload_optimizer" not in config["zero_optimization"]
    assert "optimizer" not in config  # the HF Trainer's AdamW
    assert "stage3_gather_16bit_weights_on_model_save" not in config["zero_optimization"]


def test_zero3_config_gathers_16bit_weights_on_save():
    zero = deepspeed_config(DistributedSettings(num_processes=2, zero_stage=3))["zero_optimization"]
    assert zero["stage"] == 3
    assert zero["stage3_gather_16bit_weights_on_model_save"] is True


@pytest.mark.parametrize("stage", [2, 3])
def test_offload_moves_the_optimizer_to_cpu_with_deepspeeds_adam(stage):
    config = deepspeed_config(DistributedSettings(num_processes=2, zero_stage=stage, offload_optimizer=True))
    assert config["zero_optimization"]["offload_optimizer"]["device"] == "cpu"
    assert config["optimizer"]["type"] == "AdamW"
    assert config["optimizer"]["params"]["lr"] == "auto"


def test_written_config_is_the_json_of_the_dict(tmp_path):
    settings = DistributedSettings(num_processes=2, zero_stage=3)
    path = write_deepspeed_config(settings, tmp_path / "deep" / "ds.json")
    assert json.loads(path.read_text()) == deepspeed_config(settings)


def test_one_process_runs_the_module_directly(tmp_path):
    command = launch_command("run.json", "events.jsonl", DistributedSettings(), python="/venv/bin/python")
    assert command == [
        "/venv/bin/python",
        "-m",
        "training.ml.launch",
        "--config",
        "run.json",
        "--events",
        "events.jsonl",
    ]


def test_several_processes_go_through_accelerate_with_deepspeed(tmp_path):
    run_json = tmp_path / "run.json"
    run_json.write_text(json.dumps({"deepspeed_config": "/runs/1/ds.json"}))
    command = launch_command(run_json, "ev.jsonl", DistributedSettings(num_processes=4), python="/venv/bin/python")
    assert command[:3] == ["/venv/bin/python", "-m", "accelerate.commands.launch"]
    options = command[: command.index("training.ml.launch") - 1]
    assert options[options.index("--num_processes") + 1] == "4"
    assert "--use_deepspeed" in options
    assert options[options.index("--deepspeed_config_file") + 1] == "/runs/1/ds.json"
    assert int(options[options.index("--main_process_port") + 1]) > 0
    assert options[options.index("--num_machines") + 1] == "1"
    assert "--deepspeed_hostfile" not in options
    assert command[-6:] == ["-m", "training.ml.launch", "--config", str(run_json), "--events", "ev.jsonl"]


def test_hostfile_adds_the_multinode_options(tmp_path):
    hostfile = tmp_path / "hostfile"
    hostfile.write_text("# two machines\nworker-1 slots=8\n\nworker-2 slots=8\n")
    run_json = tmp_path / "run.json"
    run_json.write_text(json.dumps({"deepspeed_config": "ds.json"}))
    settings = DistributedSettings(num_processes=16, zero_stage=3, hostfile=str(hostfile))
    command = launch_command(run_json, "ev.jsonl", settings)
    assert hostfile_machines(hostfile) == 2
    assert command[command.index("--num_machines") + 1] == "2"
    assert command[command.index("--deepspeed_hostfile") + 1] == str(hostfile)
    assert command[command.index("--deepspeed_multinode_launcher") + 1] == "pdsh"


def test_deepspeed_launch_without_a_config_file_is_refused(tmp_path):
    run_json = tmp_path / "run.json"
    run_json.write_text(json.dumps({"deepspeed_config": None}))
    with pytest.raises(ValueError, match="deepspeed_config must name a DeepSpeed config file"):
        launch_command(run_json, "ev.jsonl", DistributedSettings(num_processes=2))


def test_offload_on_one_process_uses_deepspeed():
    assert not uses_deepspeed(DistributedSettings())
    assert uses_deepspeed(DistributedSettings(offload_optimizer=True))
    assert uses_deepspeed(DistributedSettings(num_processes=2))


def test_launch_env_caches_compiled_ops_and_splits_threads(tmp_path):
    env = launch_env({"PATH": "/bin"}, tmp_path / "var", num_processes=2)
    assert env["PATH"] == "/bin"
    assert env["TORCH_EXTENSIONS_DIR"] == str(tmp_path / "var" / "torch_extensions")
    assert env["OMP_NUM_THREADS"] == str(max(1, usable_cpus() // 2))
    assert env["PYTHONUNBUFFERED"] == "1"


# --- the launcher's own errors ----------------------------------------------------------------------


def test_bad_config_ends_with_an_error_event_naming_the_field(tmp_path):
    run_json = tmp_path / "run.json"
    run_json.write_text(
        json.dumps(
            {
                "base_model_path": "/x",
                "output_dir": str(tmp_path),
                "sft_train_file": None,
                "recipe": {"sft": {"learning_rate": 0}},
            }
        )
    )
    events = tmp_path / "events.jsonl"
    assert main(["--config", str(run_json), "--events", str(events)]) == 1
    [event] = read_events(events)
    assert event["event"] == "error"
    assert "run.recipe.sft.learning_rate: must be > 0" in event["message"]


def test_missing_base_model_ends_with_the_training_error(tmp_path, data_files):
    run_json = write_run(tmp_path, tmp_path / "nowhere", data_files, {**RECIPE, "stages": ["sft"]})
    events = tmp_path / "events.jsonl"
    assert main(["--config", str(run_json), "--events", str(events)]) == 1
    assert read_events(events) == [
        {"event": "error", "message": f"base model not found at {tmp_path / 'nowhere'}: no config.json"}
    ]


def test_only_rank_zero_writes_events(tmp_path, monkeypatch):
    monkeypatch.setenv("RANK", "1")
    events = tmp_path / "events.jsonl"
    assert main(["--config", str(tmp_path / "missing.json"), "--events", str(events)]) == 1
    assert not events.exists()


# --- real launches ----------------------------------------------------------------------------------


def assert_adapter_generates(base: Path, adapter_dir: str) -> None:
    tokenizer = AutoTokenizer.from_pretrained(adapter_dir)
    model = PeftModel.from_pretrained(AutoModelForCausalLM.from_pretrained(base), adapter_dir)
    ids = tokenizer.apply_chat_template(
        [{"role": "user", "content": RECORDS[0].text}],
        add_generation_prompt=True,
        return_tensors="pt",
        return_dict=True,
    )["input_ids"]
    with torch.inference_mode():
        out = model.generate(ids, max_new_tokens=8, do_sample=False, pad_token_id=tokenizer.pad_token_id)
    assert out.shape[1] > ids.shape[1]


def test_two_rank_deepspeed_zero2_run_trains_one_adapter(tmp_path, tiny_model_path, data_files, extensions_cache):
    recipe = {**RECIPE, "distributed": {"num_processes": 2, "zero_stage": 2}}
    run_json = write_run(tmp_path, tiny_model_path, data_files, recipe)
    settings = Recipe.from_dict(recipe).distributed
    events_path = tmp_path / "events.jsonl"
    command = launch_command(run_json, events_path, settings)
    done = subprocess.run(
        command, cwd=ROOT, env=env_for(extensions_cache, settings), capture_output=True, text=True, timeout=900
    )
    assert done.returncode == 0, done.stderr[-4000:]
    events = read_events(events_path)
    assert events[-1]["event"] == "result", events[-1]
    result = events[-1]
    metrics = [e for e in events if e["event"] == "metric" and "loss" in e["values"]]
    for stage in ("sft", "dpo"):
        steps = [e["step"] for e in metrics if e["stage"] == stage]
        # 16 rows, 2 per rank, 2 ranks: 4 optimizer steps per epoch. One rank alone would take 8.
        expected = 8 if stage == "sft" else 4
        assert steps == list(range(1, expected + 1)), (stage, steps)  # once each: rank 0 only
        assert result["metrics"][stage]["steps"] == expected
    assert [e for e in events if e["event"] == "error"] == []
    assert_adapter_generates(tiny_model_path, result["adapter_dir"])


def wait_for_event(path: Path, kind: str, process: subprocess.Popen, timeout: float) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = [e for e in read_events(path) if e["event"] == kind]
        if found:
            return found[0]
        assert process.poll() is None, f"launch ended ({process.returncode}) before a {kind} event"
        time.sleep(0.05)
    raise AssertionError(f"no {kind} event after {timeout}s: {read_events(path)}")


def test_killed_launch_resumes_from_its_checkpoint(tmp_path, tiny_model_path, data_files, extensions_cache):
    recipe = {**RECIPE, "stages": ["sft"], "sft": {**RECIPE["sft"], "epochs": 3, "save_steps": 2}}
    run_json = write_run(tmp_path, tiny_model_path, data_files, recipe)
    settings = Recipe.from_dict(recipe).distributed
    events_path = tmp_path / "events.jsonl"
    command = launch_command(run_json, events_path, settings)
    env = env_for(extensions_cache, settings)
    first = subprocess.Popen(
        command, cwd=ROOT, env=env, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        checkpoint = wait_for_event(events_path, "checkpoint", first, timeout=300)
    finally:
        os.killpg(first.pid, signal.SIGKILL)
        first.wait()
    killed = read_events(events_path)
    assert not [e for e in killed if e["event"] == "result"], "the first launch finished before it was killed"

    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-4000:]
    second = read_events(events_path)[len(killed) :]
    [resumed] = [e for e in second if e["event"] == "resumed"]
    assert resumed["stage"] == "sft"
    assert resumed["step"] >= checkpoint["step"] > 0
    assert Path(resumed["checkpoint"]).name == f"checkpoint-{resumed['step']}"
    steps = [e["step"] for e in second if e["event"] == "metric" and "loss" in e["values"]]
    assert steps and min(steps) == resumed["step"] + 1  # carried on; never started over from step 1
    result = second[-1]
    assert result["event"] == "result"
    assert result["metrics"]["sft"]["steps"] == 3 * len(RECORDS) // 2  # what an uninterrupted run takes
    assert_adapter_generates(tiny_model_path, result["adapter_dir"])


def launch_processes(events_path: Path) -> list[psutil.Process]:
    """Live processes of a launch (the launcher and its ranks all carry the events path in their command line)."""
    found = []
    for process in psutil.process_iter(["cmdline", "status"]):
        if str(events_path) in (process.info["cmdline"] or []) and process.info["status"] != psutil.STATUS_ZOMBIE:
            found.append(process)
    return found


def test_killing_the_launch_process_group_stops_every_rank(tmp_path, tiny_model_path, data_files, extensions_cache):
    """torchrun gives each rank a session of its own; a cancel's SIGKILL to the launch's group must still stop them."""
    recipe = {**RECIPE, "stages": ["sft"], "sft": {**RECIPE["sft"], "epochs": 20}, "distributed": {"num_processes": 2}}
    run_json = write_run(tmp_path, tiny_model_path, data_files, recipe)
    settings = Recipe.from_dict(recipe).distributed
    events_path = tmp_path / "events.jsonl"
    launcher = subprocess.Popen(
        launch_command(run_json, events_path, settings),
        cwd=ROOT,
        env=env_for(extensions_cache, settings),
        start_new_session=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for_event(events_path, "metric", launcher, timeout=600)
        assert len(launch_processes(events_path)) == 3  # accelerate's launcher and two ranks
    finally:
        os.killpg(launcher.pid, signal.SIGKILL)
        launcher.wait()
    deadline = time.monotonic() + 30
    while launch_processes(events_path) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert launch_processes(events_path) == []
    assert [e for e in read_events(events_path) if e["event"] == "result"] == []


@pytest.mark.parametrize(
    ("world_size", "zero_stage", "expected"),
    [("1", None, True), ("2", None, False), ("1", 2, True), ("1", 3, False), ("2", 3, False)],
)
def test_reference_log_probs_are_precomputed_only_where_deepspeed_allows(
    tmp_path, monkeypatch, world_size, zero_stage, expected
):
    # ZeRO-3 with one process (an offloaded optimizer) failed at the first DPO step after the precompute pass.
    monkeypatch.setenv("WORLD_SIZE", world_size)
    path = None
    if zero_stage is not None:
        settings = DistributedSettings(num_processes=1, zero_stage=zero_stage, offload_optimizer=True)
        path = str(write_deepspeed_config(settings, tmp_path / "deepspeed.json"))
    assert can_precompute(path) is expected
