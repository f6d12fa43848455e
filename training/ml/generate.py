"""Greedy, batched chat generation from a base model, optionally with a LoRA adapter on top."""

from __future__ import annotations

from pathlib import Path

import torch
from peft import PeftModel
from transformers import AutoModelForCausalLM, AutoTokenizer, PreTrainedModel

from training.ml.errors import TrainingError


def load_for_generation(base_model_path: str, adapter_dir: str | None = None):
    """Return (model, tokenizer) in eval mode; the tokenizer comes from the adapter when it has one."""
    if not (Path(base_model_path) / "config.json").is_file():
        raise TrainingError(f"base model not found at {base_model_path}: no config.json")
    model: PreTrainedModel | PeftModel = AutoModelForCausalLM.from_pretrained(base_model_path, dtype=torch.float32)
    tokenizer_source = base_model_path
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
    model, tokenizer = load_for_generation(base_model_path, adapter_dir)
    device = "cuda" if torch.cuda.is_available() else "cpu"
    model.to(device)
    answers: list[str] = []
    for start in range(0, len(prompts), batch_size):
        texts = [
            tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)
            for messages in prompts[start : start + batch_size]
        ]
        # The template already holds any special tokens the model expects.
        batch = tokenizer(texts, return_tensors="pt", padding=True, add_special_tokens=False).to(device)
        with torch.inference_mode():
            output = model.generate(
                **batch,
                max_new_tokens=max_new_tokens,
                do_sample=False,
                pad_token_id=tokenizer.pad_token_id,
                eos_token_id=tokenizer.eos_token_id,
            )
        new_tokens = output[:, batch["input_ids"].shape[1] :]
        answers.extend(tokenizer.batch_decode(new_tokens, skip_special_tokens=True))
    return answers
