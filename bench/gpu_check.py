"""The CUDA path in one run: LoRA in bf16, QLoRA 4-bit, full fine-tuning, DeepSpeed ZeRO 2/3, then generation.

    python -m bench.gpu_check [--hidden-size 1024] [--layers 16] [--steps 8] [--skip NAME ...] [--quick] [--json]

Each training run goes through the path a worker uses: a RunConfig JSON, `training.ml.launch` in its own process
(started as `launch_command` starts it; the DeepSpeed runs under `accelerate launch --use_deepspeed` with one
process and the ZeRO config `write_deepspeed_config` writes), SFT then DPO on one adapter. A run reports the
real (non-padding) tokens of its rows over each stage's `train()` time, the process's wall time, the peak GPU
memory that nvidia-smi saw while it ran (CUDA context included; on CPU none), and whether it finished.
Generation then loads the LoRA run's adapter on the base (`training.ml.generate`) and answers the held-out
prompts greedily, batched: new tokens per second.

The model is a random-init Llama of the given shape (`training.ml.tinymodel`; no hub, so nothing pre-trained of
this size is at hand): right for throughput and memory, meaningless for quality. The rows are the bench's
variable-length claim files (bench/training_data.py). `--quick` runs a small model on the CPU, LoRA and QLoRA
only, to check the bench itself. Each section's result is also appended to `--out`/gpu_check.jsonl as it
finishes, so a run cut short still leaves what it measured.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import torch
from transformers import AutoTokenizer

from bench.train_setup import Settings, build_cases
from bench.training_data import write_jsonl
from labeling.demo_data import SYSTEM_PROMPT, demo_records
from training.ml.config import Recipe, RunConfig
from training.ml.distributed import LAUNCH_MODULE, free_port, launch_command, launch_env, write_deepspeed_config
from training.ml.generate import answer as answer_prompts
from training.ml.generate import load_for_generation
from training.ml.tinymodel import build_tiny_model
from tuneloop.sampling import Sampling

RUNS = {  # name: (adapter, ZeRO stage or None, offload the optimizer)
    "lora_bf16": ("lora", None, False),
    "qlora_4bit": ("qlora", None, False),
    "full_bf16": ("full", None, False),
    "deepspeed_zero2": ("lora", 2, False),
    "deepspeed_zero3": ("lora", 3, False),
    "deepspeed_zero2_offload": ("lora", 2, True),
}
PACKAGES = ("torch", "transformers", "trl", "peft", "accelerate", "datasets", "bitsandbytes", "deepspeed")


def environment() -> dict[str, Any]:
    versions = {}
    for name in PACKAGES:
        try:
            versions[name] = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            versions[name] = None
    cuda = torch.cuda.is_available()
    return {
        "device": torch.cuda.get_device_name(0) if cuda else "cpu",
        "cuda": torch.version.cuda,
        "bf16": bool(cuda and torch.cuda.is_bf16_supported()),
        "python": sys.version.split()[0],
        "versions": versions,
    }


class GpuMemory:
    """Samples the GPU's used memory (MiB, nvidia-smi) in a thread; `peak` is the most seen. None without a GPU."""

    def __init__(self, interval: float = 0.2):
        self.interval, self.peak, self._stop = interval, None, threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _read(self) -> int | None:
        try:
            out = subprocess.run(
                ["nvidia-smi", "--query-gpu=memory.used", "--format=csv,noheader,nounits", "--id=0"],
                capture_output=True,
                text=True,
                timeout=5,
            ).stdout
            return int(out.strip().splitlines()[0])
        except (OSError, ValueError, IndexError, subprocess.TimeoutExpired):
            return None

    def _sample(self) -> None:
        while not self._stop.is_set():
            used = self._read()
            if used is not None:
                self.peak = max(self.peak or 0, used)
            self._stop.wait(self.interval)

    def __enter__(self) -> GpuMemory:
        if torch.cuda.is_available():
            self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join()


def _recipe(adapter: str, zero: int | None, offload: bool, settings: Settings) -> Recipe:
    common = {"epochs": 1, "batch_size": settings.batch_size, "max_length": settings.max_length, "seed": 0}
    lora = {"r": 16, "alpha": 32, "target_modules": ["q_proj", "k_proj", "v_proj", "o_proj"], "modules_to_save": []}
    return Recipe.from_dict(
        {
            "stages": ["sft", "dpo"],
            "adapter": adapter,
            "lora": lora,
            "sft": {**common, "learning_rate": 2e-4, "group_by_length": True},
            "dpo": {**common, "learning_rate": 5e-5, "loss_type": ["sigmoid", "sft"]},
            "distributed": {"zero_stage": zero or 0, "offload_optimizer": offload},
        }
    )


def _command(config_path: Path, events: Path, recipe: Recipe, zero: int | None) -> list[str]:
    """The worker's command; with a ZeRO stage, the same `accelerate launch --use_deepspeed` form with one process."""
    if zero is None or recipe.distributed.offload_optimizer:
        return launch_command(config_path, events, recipe.distributed)
    deepspeed = json.loads(config_path.read_text())["deepspeed_config"]
    return [
        *[sys.executable, "-m", "accelerate.commands.launch", "--quiet", "--num_processes", "1", "--use_deepspeed"],
        *["--deepspeed_config_file", deepspeed, "--main_process_port", str(free_port()), "--num_machines", "1"],
        *["-m", LAUNCH_MODULE, "--config", str(config_path), "--events", str(events)],
    ]


def _result(events: Path) -> dict[str, Any] | None:
    if not events.is_file():
        return None
    for line in reversed(events.read_text().splitlines()):
        event = json.loads(line)
        if event.get("event") in ("result", "error"):
            return event
    return None


def train_run(name: str, model: str, data: tuple[dict[str, str], dict[str, int]], settings: Settings, work: Path):
    """One SFT+DPO run through the launcher; tokens/s per stage, wall time, peak GPU memory."""
    adapter, zero, offload = RUNS[name]
    files, tokens = data
    recipe = _recipe(adapter, zero, offload, settings)
    folder = work / name
    folder.mkdir(parents=True, exist_ok=True)
    config = RunConfig(
        base_model_path=model,
        output_dir=str(folder / "out"),
        sft_train_file=files["sft"],
        dpo_train_file=files["dpo"],
        recipe=recipe,
    )
    if zero is not None:
        config.deepspeed_config = str(write_deepspeed_config(recipe.distributed, folder / "deepspeed.json"))
    config_path, events = folder / "run.json", folder / "events.jsonl"
    config_path.write_text(json.dumps(config.to_dict(), indent=2))
    env = launch_env(dict(os.environ), work / "cache")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(Path.cwd()), env.get("PYTHONPATH", "")]))
    started = time.monotonic()
    with GpuMemory() as memory, (folder / "launch.log").open("wb") as log:
        code = subprocess.run(
            _command(config_path, events, recipe, zero), env=env, stdout=log, stderr=subprocess.STDOUT, timeout=900
        ).returncode
    report: dict[str, Any] = {"run": name, "adapter": adapter, "zero_stage": zero, "offload_optimizer": offload}
    report.update({"exit": code, "wall_s": round(time.monotonic() - started, 1), "peak_gpu_mib": memory.peak})
    result = _result(events)
    if result is None or result["event"] == "error":
        text = (folder / "launch.log").read_text(errors="replace")
        first_trace = text.find("Traceback")  # the rank's own trace, before the launcher's
        excerpt = text[first_trace : first_trace + 4000] if first_trace >= 0 else text[-4000:]
        return {**report, "ok": False, "error": (result or {}).get("message"), "log_excerpt": excerpt}
    for stage in ("sft", "dpo"):
        seconds = float(result["metrics"][stage]["runtime_s"])
        report[f"{stage}_train_s"] = seconds
        report[f"{stage}_tokens_per_s"] = round(tokens[stage] / seconds, 1)
    return {**report, "ok": True, "adapter_dir": result["adapter_dir"]}


def generation(model: str, adapter_dir: str, prompts: list[list[dict]], batch_size: int) -> dict[str, Any]:
    """Greedy batched answers from the trained adapter on the base: new tokens per second."""
    model_obj, tokenizer = load_for_generation(model, adapter_dir)
    device = "cuda" if torch.cuda.is_available() else "cpu"
    model_obj.to(device)
    sampling = Sampling(max_new_tokens=128)
    answer_prompts(model_obj, tokenizer, prompts[:batch_size], sampling, batch_size=batch_size)  # warm-up
    started = time.monotonic()
    texts = answer_prompts(model_obj, tokenizer, prompts, sampling, batch_size=batch_size)
    seconds = time.monotonic() - started
    new_tokens = sum(len(tokenizer(t[0], add_special_tokens=False)["input_ids"]) for t in texts)
    return {
        "prompts": len(prompts),
        "batch_size": batch_size,
        "new_tokens": new_tokens,
        "seconds": round(seconds, 2),
        "new_tokens_per_s": round(new_tokens / seconds, 1),
    }


def _prompts(count: int) -> list[list[dict]]:
    records = demo_records(count, seed=11)
    return [[{"role": "system", "content": SYSTEM_PROMPT}, {"role": "user", "content": r.text}] for r in records]


def prepare(args: argparse.Namespace, work: Path) -> tuple[str, dict[str, str], dict[str, int], Settings]:
    settings = Settings(steps=args.steps, dpo_steps=args.dpo_steps, batch_size=args.batch_size, max_notes=8)
    corpus = [SYSTEM_PROMPT] + [t for r in demo_records(200, seed=1) for t in (r.text, r.reference, r.alternate)]
    heads = max(1, args.hidden_size // 64)
    model = build_tiny_model(work / "model", corpus, hidden_size=args.hidden_size, layers=args.layers, heads=heads)
    tokenizer = AutoTokenizer.from_pretrained(model)
    cases = build_cases(settings, tokenizer, work)
    files = {"sft": cases["variable"].file, "dpo": cases["dpo"].file}
    tokens = {"sft": cases["variable"].tokens, "dpo": cases["dpo"].tokens}
    return str(model), files, tokens, settings


def _parameters(model: str) -> int:
    config = json.loads((Path(model) / "config.json").read_text())
    h, layers, vocab = config["hidden_size"], config["num_hidden_layers"], config["vocab_size"]
    return layers * (4 * h * h + 3 * h * config["intermediate_size"]) + 2 * vocab * h


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hidden-size", type=int, default=1024)
    parser.add_argument("--layers", type=int, default=16)
    parser.add_argument("--steps", type=int, default=8, help="SFT optimizer steps (rows = steps x batch size)")
    parser.add_argument("--dpo-steps", type=int, default=4)
    parser.add_argument("--batch-size", type=int, default=8)
    parser.add_argument("--skip", nargs="*", default=[], choices=sorted(RUNS), help="runs to leave out")
    parser.add_argument("--out", default=os.environ.get("OUT", "."), help="folder for gpu_check.jsonl")
    parser.add_argument("--quick", action="store_true", help="a small model on the CPU, LoRA and QLoRA only")
    parser.add_argument("--json", action="store_true", help="print the report as one JSON object, last")
    args = parser.parse_args(argv)
    if args.quick:
        args.hidden_size, args.layers, args.steps, args.dpo_steps, args.batch_size = 64, 2, 2, 1, 4
        args.skip = [name for name in RUNS if name not in ("lora_bf16", "qlora_4bit")]
    log = Path(args.out) / "gpu_check.jsonl"
    log.parent.mkdir(parents=True, exist_ok=True)

    def record(section: str, value: Any) -> Any:
        with log.open("a") as handle:
            handle.write(json.dumps({section: value}) + "\n")
        print(f"{section}: {json.dumps(value)}", file=sys.stderr, flush=True)
        return value

    report: dict[str, Any] = {"environment": record("environment", environment())}
    with tempfile.TemporaryDirectory(prefix="gpu-check-") as tmp:
        work = Path(tmp)
        model, files, tokens, settings = prepare(args, work)
        shape = {"hidden_size": args.hidden_size, "layers": args.layers, "parameters": _parameters(model)}
        report["model"] = record("model", {**shape, "tokens": tokens, "batch_size": settings.batch_size})
        report["runs"] = [
            record("run", train_run(n, model, (files, tokens), settings, work)) for n in RUNS if n not in args.skip
        ]
        lora = next((r for r in report["runs"] if r["run"] == "lora_bf16" and r["ok"]), None)
        if lora is not None:
            prompts = _prompts(8 if args.quick else 64)
            write_jsonl(work / "prompts.jsonl", prompts)
            report["generation"] = record("generation", generation(model, lora["adapter_dir"], prompts, 16))
    if args.json:
        print(json.dumps(report))
    return 0 if all(run["ok"] for run in report["runs"]) else 1


if __name__ == "__main__":
    sys.exit(main())
