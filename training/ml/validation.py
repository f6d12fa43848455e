"""The safety rail: validation metrics after each stage, and what got worse from SFT to DPO."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import torch
from datasets import Dataset

from training.ml.generate import answer
from tuneloop.output_format import format_error
from tuneloop.sampling import Sampling

MAX_GENERATIONS = 16  # greedy generations per stage: enough to see a broken format, cheap on a CPU
MAX_LOSS_EXAMPLES = 64
LOSS_RISE = 0.10  # SFT-term loss may rise this much from SFT to DPO before it counts as a regression
LENGTH_CHANGE = 0.50


Pair = tuple[list[dict], str]


def validation_pairs(stage: str, dataset: Dataset) -> list[Pair]:
    """(prompt messages, reference answer) per validation row: the demonstration for SFT, the chosen answer for DPO."""
    if stage == "sft":
        return [(row["messages"][:-1], row["messages"][-1]["content"]) for row in dataset]
    return [(row["prompt"], row["chosen"][-1]["content"]) for row in dataset]


def validate(
    model, tokenizer, pairs: list[Pair], output_format: Mapping[str, Any] | None, *, max_length: int
) -> dict[str, Any]:
    """SFT-term loss (mean NLL per answer token), mean length of greedy answers in tokens, and the share of
    those answers that fit `output_format` (None without a format)."""
    was_training = model.training
    model.eval()
    try:
        loss, answer_tokens = _answer_nll(model, tokenizer, pairs[:MAX_LOSS_EXAMPLES], max_length)
        prompts = [prompt for prompt, _ in pairs[:MAX_GENERATIONS]]
        texts = _greedy(model, tokenizer, prompts, max_new_tokens=min(512, 2 * answer_tokens + 16))
    finally:
        model.train(was_training)
    lengths = [len(tokenizer(text, add_special_tokens=False)["input_ids"]) for text in texts]
    validity = None
    if output_format is not None:
        validity = sum(format_error(text, output_format) is None for text in texts) / len(texts)
    return {
        "sft_loss": loss,
        "mean_output_tokens": sum(lengths) / len(lengths),
        "format_validity": validity,
        "examples": len(pairs),
        "generations": len(texts),
    }


def _answer_nll(model, tokenizer, pairs: list[Pair], max_length: int) -> tuple[float | None, int]:
    """Mean negative log-likelihood of the answer tokens (the answer turn, end marker included), and the
    longest answer in tokens."""
    device = next(model.parameters()).device
    total, count, longest = 0.0, 0, 1
    with torch.inference_mode():
        for prompt, answer in pairs:
            prefix = tokenizer.apply_chat_template(prompt, tokenize=False, add_generation_prompt=True)
            full = tokenizer.apply_chat_template([*prompt, {"role": "assistant", "content": answer}], tokenize=False)
            start = len(tokenizer(prefix, add_special_tokens=False)["input_ids"])
            ids = tokenizer(full, add_special_tokens=False, return_tensors="pt")["input_ids"][:, :max_length]
            if ids.shape[1] <= start:
                continue  # the answer was truncated away
            labels = ids.clone()
            labels[:, :start] = -100
            out = model(input_ids=ids.to(device), labels=labels.to(device))
            answer_count = int((labels[:, 1:] != -100).sum())
            total += float(out.loss) * answer_count
            count += answer_count
            longest = max(longest, ids.shape[1] - start)
    return (total / count if count else None), longest  # None, not NaN: the metrics end up in JSON columns


def _greedy(model, tokenizer, prompts: list[list[dict]], *, max_new_tokens: int) -> list[str]:
    return [texts[0] for texts in answer(model, tokenizer, prompts, Sampling(max_new_tokens=max_new_tokens))]


def compare_validation(before: Mapping[str, Any], after: Mapping[str, Any], *, stages=("SFT", "DPO")) -> list[str]:
    """Sentences naming what got worse from `before` (the SFT result) to `after` (the DPO result)."""
    first, second = stages
    found = []
    validity_before, validity_after = before.get("format_validity"), after.get("format_validity")
    if validity_before is not None and validity_after is not None and validity_after < validity_before:
        found.append(
            f"Format validity fell from {before['format_validity']:.0%} after {first} to "
            f"{after['format_validity']:.0%} after {second}."
        )
    loss_before, loss_after = before.get("sft_loss"), after.get("sft_loss")
    if loss_before and loss_after is not None and loss_after > loss_before * (1 + LOSS_RISE):
        found.append(
            f"The SFT-term validation loss rose {loss_after / loss_before - 1:.0%} from {first} to {second} "
            f"({loss_before:.3f} to {loss_after:.3f}; more than {LOSS_RISE:.0%} counts as a regression)."
        )
    length_before, length_after = before.get("mean_output_tokens"), after.get("mean_output_tokens")
    if length_before and length_after is not None and abs(length_after / length_before - 1) > LENGTH_CHANGE:
        found.append(
            f"The mean answer length changed by {length_after / length_before - 1:+.0%} from {first} to {second} "
            f"({length_before:.1f} to {length_after:.1f} tokens; more than {LENGTH_CHANGE:.0%} counts as a "
            "regression)."
        )
    return found
