"""Batched chat generation from a base model or full fine-tune, optionally with a PEFT adapter: greedy or sampled."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import torch
from peft import PeftModel
from transformers import AutoModelForCausalLM, AutoTokenizer, PreTrainedModel

from training.ml.errors import TrainingError
from tuneloop.sampling import Sampling


def load_for_generation(model_path: str, adapter_dir: str | None = None):
    """Return (model, tokenizer) in eval mode: the one place a model is loaded to generate.

    `model_path` is a base model or a full fine-tune; `adapter_dir` a PEFT adapter to put on top. The
    weights keep the dtype they were saved in on a GPU (bf16 stays bf16) and run in fp32 on a CPU,
    where half precision is slow or missing. The tokenizer comes from the adapter when it has one.
    """
    if not (Path(model_path) / "config.json").is_file():
        raise TrainingError(f"base model not found at {model_path}: no config.json")
    dtype = "auto" if torch.cuda.is_available() else torch.float32
    model: PreTrainedModel | PeftModel = AutoModelForCausalLM.from_pretrained(model_path, dtype=dtype)
    tokenizer_source = model_path
    if adapter_dir is not None:
        model = PeftModel.from_pretrained(model, adapter_dir)
        if (Path(adapter_dir) / "tokenizer_config.json").is_file():
            tokenizer_source = adapter_dir
    tokenizer = AutoTokenizer.from_pretrained(tokenizer_source, padding_side="left")
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    return model.eval(), tokenizer


def generate(
    base_model_path: str,
    prompts: list[list[dict]],
    *,
    adapter_dir: str | None = None,
    max_new_tokens: int = 128,
    batch_size: int = 8,
) -> list[str]:
    """Answer each chat prompt greedily; return only the new text, special tokens removed."""
    loaded = load_for_generation(base_model_path, adapter_dir)
    sampling = Sampling(max_new_tokens=max_new_tokens)
    return [texts[0] for texts in generate_candidates(loaded, prompts, sampling, batch_size=batch_size)]


def generate_candidates(
    loaded: tuple[Any, Any], prompts: list[list[dict]], sampling: Sampling, *, batch_size: int = 8
) -> list[list[str]]:
    """`sampling.n` answers to each chat prompt from a `load_for_generation` model, batched; the new text
    only, special tokens removed. Load once, call per batch: loading is the slow part."""
    model, tokenizer = loaded
    device = "cuda" if torch.cuda.is_available() else "cpu"
    model.to(device)
    return answer(model, tokenizer, prompts, sampling, batch_size=batch_size)


def answer(model, tokenizer, prompts: list[list[dict]], sampling: Sampling, *, batch_size: int = 8) -> list[list[str]]:
    """`sampling.n` answers per chat prompt from `model` where it is (a model in training stays on its
    device): the one generation loop, used by generation and by the training safety rail."""
    device = next(model.parameters()).device
    if sampling.seed is not None:
        torch.manual_seed(sampling.seed)
    options: dict[str, Any] = {"do_sample": False}
    if sampling.temperature > 0:
        options = {"do_sample": True, "temperature": sampling.temperature, "top_p": sampling.top_p}
    answers: list[list[str]] = []
    with torch.inference_mode():
        for start in range(0, len(prompts), batch_size):
            texts = [
                tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)
                for messages in prompts[start : start + batch_size]
            ]
            # The template already holds any special tokens the model expects.
            batch = tokenizer(
                texts, return_tensors="pt", padding=True, padding_side="left", add_special_tokens=False
            ).to(device)
            output = model.generate(
                **batch,
                **options,
                max_new_tokens=sampling.max_new_tokens,
                num_return_sequences=sampling.n,
                pad_token_id=tokenizer.pad_token_id,
                eos_token_id=tokenizer.eos_token_id,
            )
            decoded = tokenizer.batch_decode(output[:, batch["input_ids"].shape[1] :], skip_special_tokens=True)
            answers.extend(decoded[i : i + sampling.n] for i in range(0, len(decoded), sampling.n))
    return answers
