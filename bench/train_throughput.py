"""Training throughput: Tuneloop's SFT and DPO stages against a plain TRL script, same model, data and settings.

    python -m bench.train_throughput [--model PATH | --model smollm2] [--steps N] [--repeats K] [--quick] [--json]

Both paths train the same LoRA adapter shape on the same rows, with the same learning rate, batch size, seed,
maximum length and epochs (one), in the same process, repeats interleaved (the order alternates):

- **ours** is `training.ml.pipeline.run_recipe` with one stage (`stages: ["sft"]` or `["dpo"]`), with SFT's
  `group_by_length` on and DPO's `precompute_ref_log_probs` on (its default);
- **plain TRL** is what a user writes from TRL's docs: `SFTTrainer` / `DPOTrainer` with a `peft.LoraConfig`,
  TRL's defaults for everything else, except what the CPU needs (`bf16=False`, `use_cpu=True`) and activation
  checkpointing off, as ours has it (TRL's default turns it on, "~20% slower" says its help text).

Tokens are the real, non-padding tokens of the rows trained on (prompt and answer; for DPO prompt + chosen and
prompt + rejected), counted once with the chat template. The time is the stage's wall time from loading the model
to the adapter saved: for ours, `on_event`'s stage "started" to "done"; for plain TRL the same span around its
script. Each path's best repeat gives its tokens/s; ratios are ours / plain TRL. On CUDA the time is wall time.
On CPU it is the process's CPU time (one torch thread by default, so that is its compute): on a shared machine
other jobs stretch wall time by up to 2x from one run to the next. Wall-time figures are reported next to them.

Data (from the demo claim notes, bench/training_data.py): claim files of several notes, the answer summarizes
the latest. **Equal-length**: claim files of the same number of notes, the rows whose token lengths lie closest
together. **Variable-length**: 1 to `--max-notes` notes each. DPO uses variable-length pairs (reference chosen,
the weaker alternate rejected). The settings, model and cases are set up in bench/train_setup.py, the two paths
in bench/train_paths.py; this module times them and reports.
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib.metadata
import json
import platform
import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any

import torch
from transformers import AutoModelForCausalLM, AutoTokenizer

from bench.train_paths import PATHS
from bench.train_setup import QUICK, Case, Settings, Timing, build_cases, prepare_model
from bench.training_data import quiet, torch_threads, write_jsonl


def _one_run(path: str, model_path: str, case: Case, settings: Settings, lora: dict[str, Any], work: Path) -> Timing:
    out = Path(tempfile.mkdtemp(prefix=f"{path}-{case.name}-", dir=work))
    try:
        return PATHS[path](model_path, case, settings, lora, out)
    finally:
        shutil.rmtree(out, ignore_errors=True)


def warm_up(model_path: str, cases: dict[str, Case], settings: Settings, lora: dict[str, Any], work: Path) -> None:
    """One step of each stage on each path, untimed: first-use costs (imports, allocator) hit neither figure."""
    for name in ("variable", "dpo"):
        case = cases[name]
        rows = Path(case.file).read_text().splitlines()[: settings.batch_size]
        file = write_jsonl(work / f"warm-{name}.jsonl", [json.loads(row) for row in rows])
        small = dataclasses.replace(case, file=file, runs={"ours": [], "trl": []})
        for path in PATHS:
            _one_run(path, model_path, small, settings, lora, work)


def _rates(case: Case, path: str) -> dict[str, float]:
    """Tokens per second of each path's best repeat, by wall time and by the process's CPU time."""
    runs = case.runs[path]
    return {
        "wall": case.tokens / min(t.wall_s for t in runs),
        "cpu": case.tokens / min(t.cpu_s for t in runs),
    }


def run(settings: Settings) -> dict[str, Any]:
    started = time.perf_counter()
    work = Path(tempfile.mkdtemp(prefix="bench-train-throughput-"))
    try:
        with torch_threads(settings.threads), quiet():
            model_path, lora = prepare_model(settings, work)
            tokenizer = AutoTokenizer.from_pretrained(model_path)
            cases = build_cases(settings, tokenizer, work)
            warm_up(model_path, cases, settings, lora, work)
            for repeat in range(settings.repeats):
                order = ("ours", "trl") if repeat % 2 == 0 else ("trl", "ours")
                for case in cases.values():
                    for path in order:
                        case.runs[path].append(_one_run(path, model_path, case, settings, lora, work))
            parameters = sum(p.numel() for p in AutoModelForCausalLM.from_pretrained(model_path).parameters())
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return report(settings, cases, lora, parameters, model_path, time.perf_counter() - started)


def report(
    settings: Settings, cases: dict[str, Case], lora: dict[str, Any], parameters: int, model_path: str, seconds: float
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    keys = {"equal": "ratio_equal", "variable": "ratio_variable", "dpo": "dpo_ratio"}
    basis = "wall" if torch.cuda.is_available() else "cpu"
    for name, case in cases.items():
        ours, trl = _rates(case, "ours"), _rates(case, "trl")
        out[f"ours_{name}_tokens_per_s"] = round(ours[basis], 1)
        out[f"trl_{name}_tokens_per_s"] = round(trl[basis], 1)
        out[keys[name]] = round(ours[basis] / trl[basis], 3)
        for other in ("wall", "cpu"):
            rates = {"ours": round(ours[other], 1), "trl": round(trl[other], 1)}
            out.setdefault(f"{other}_tokens_per_s", {})[name] = rates
            out.setdefault(f"{other}_ratios", {})[name] = round(ours[other] / trl[other], 3)
        pairs = zip(case.runs["ours"], case.runs["trl"], strict=True)
        out.setdefault("paired_cpu_ratios", {})[name] = [round(t.cpu_s / o.cpu_s, 3) for o, t in pairs]
        out.setdefault("runs", {})[name] = {path: [asdict(t) for t in runs] for path, runs in case.runs.items()}
        out.setdefault("data", {})[name] = {
            "stage": case.stage,
            "sequences": len(case.lengths),
            "tokens": case.tokens,
            "min_length": min(case.lengths),
            "max_length": max(case.lengths),
            "mean_length": round(statistics.mean(case.lengths), 1),
        }
    out["basis"] = basis
    cuda = torch.cuda.is_available()
    out.update(
        {
            "statistic": (
                f"tokens per second of {basis} time, each path's best repeat; ratio = ours / plain TRL "
                "(CPU time of the process on CPU, where other jobs on the machine stretch wall time)"
            ),
            "settings": asdict(settings),
            "model": {"path": model_path, "parameters": parameters, "lora": lora},
            "device": torch.cuda.get_device_name(0) if cuda else f"cpu, {settings.threads} torch thread(s)",
            "bf16": bool(cuda and torch.cuda.is_bf16_supported()),
            "versions": {n: importlib.metadata.version(n) for n in ("torch", "transformers", "trl", "peft")},
            "python": platform.python_version(),
            "seconds": round(seconds, 1),
        }
    )
    return out


def _summary(report: dict[str, Any]) -> str:
    lines = [
        f"model: {report['model']['parameters'] / 1e6:.1f}M parameters on {report['device']}; "
        f"tokens per second of {report['basis']} time, best of {report['settings']['repeats']}"
    ]
    targets = {"equal": ("ratio_equal", 1.0), "variable": ("ratio_variable", 1.2), "dpo": ("dpo_ratio", 1.0)}
    for name, (key, target) in targets.items():
        data = report["data"][name]
        lines.append(
            f"{name:>8}: {data['sequences']} sequences, {data['tokens']} tokens ({data['min_length']}-"
            f"{data['max_length']}); ours {report[f'ours_{name}_tokens_per_s']:.0f} tok/s, plain TRL "
            f"{report[f'trl_{name}_tokens_per_s']:.0f} tok/s, ratio {report[key]:.2f} (target >= {target}; "
            f"wall {report['wall_ratios'][name]:.2f}, CPU {report['cpu_ratios'][name]:.2f})"
        )
    lines.append(f"{report['seconds']} s")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    defaults = Settings()
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--model", help="a model folder, or 'smollm2' (exported once under var/models)")
    parser.add_argument("--steps", type=int, help=f"SFT optimizer steps per run (default {defaults.steps})")
    parser.add_argument("--dpo-steps", type=int, help=f"DPO optimizer steps per run (default {defaults.dpo_steps})")
    parser.add_argument("--batch-size", type=int, help=f"rows per step (default {defaults.batch_size})")
    parser.add_argument("--repeats", type=int, help=f"runs of each path per case (default {defaults.repeats})")
    parser.add_argument("--max-notes", type=int, help=f"notes in the longest row (default {defaults.max_notes})")
    parser.add_argument("--threads", type=int, help=f"torch CPU threads (default {defaults.threads})")
    parser.add_argument("--quick", action="store_true", help="a tiny run to check the bench works (seconds)")
    parser.add_argument("--json", action="store_true", help="print the report as one JSON object, last")
    args = parser.parse_args(argv)
    chosen = {**(QUICK if args.quick else {}), "model": args.model}
    for name in ("steps", "dpo_steps", "batch_size", "repeats", "max_notes", "threads"):
        if getattr(args, name) is not None:
            chosen[name] = getattr(args, name)
    settings = dataclasses.replace(defaults, **chosen)
    if min(settings.steps, settings.dpo_steps, settings.batch_size, settings.repeats, settings.max_notes) < 1:
        parser.error("--steps, --dpo-steps, --batch-size, --repeats and --max-notes must be at least 1")
    result = run(settings)
    print(_summary(result))
    if args.json:
        print(json.dumps(result, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
