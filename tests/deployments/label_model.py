"""A tiny model that has learnt one task in seconds: name the cause of a loss (water, fire, theft) in a note.

Full fine-tuning of the locally built tiny Llama with a plain torch loop (the training app's own tests cover
TRL): enough for a served model whose answers fit the campaign's label set, so the gateway's checks pass on
real generations, not on a scripted stand-in.
"""

from __future__ import annotations

import random
from pathlib import Path

import torch
from transformers import AutoModelForCausalLM, AutoTokenizer

from training.ml.tinymodel import build_tiny_model

CAUSES = {
    "water": ["a burst pipe flooded the kitchen", "rain came through the roof", "the washing machine leaked"],
    "fire": ["a pan caught fire on the stove", "smoke and flames in the garage", "an electrical fire in the attic"],
    "theft": ["a burglar took the laptop", "the bike was stolen from the shed", "jewellery missing after a break-in"],
}
SYSTEM = "Label the cause of the loss."


def loss_note(cause: str, rng: random.Random) -> str:
    return f"Claim {rng.randint(1000, 9999)}: {rng.choice(CAUSES[cause])}."


def label_messages(note: str) -> list[dict[str, str]]:
    return [{"role": "system", "content": SYSTEM}, {"role": "user", "content": note}]


def build_label_model(out: Path, steps: int = 120, seed: int = 0) -> Path:
    """Build the tiny model and teach it the labels; return its folder (a full model, loadable alone)."""
    rng = random.Random(seed)
    rows = [(loss_note(cause, rng), cause) for _ in range(40) for cause in CAUSES]
    corpus = [note for note, _ in rows] + list(CAUSES) + [SYSTEM]
    path = build_tiny_model(out, corpus, seed=seed)
    tokenizer = AutoTokenizer.from_pretrained(path)
    model = AutoModelForCausalLM.from_pretrained(path, dtype=torch.float32)
    torch.manual_seed(seed)
    optimizer = torch.optim.AdamW(model.parameters(), lr=3e-3)
    model.train()
    for step in range(steps):
        batch = [rows[(step * 8 + i) % len(rows)] for i in range(8)]
        loss = _loss(model, tokenizer, batch)
        loss.backward()
        optimizer.step()
        optimizer.zero_grad()
    model.eval()
    model.save_pretrained(path)
    return path


def _loss(model, tokenizer, batch: list[tuple[str, str]]) -> torch.Tensor:
    """Next-token loss on the answer (and its end-of-turn token) only."""
    inputs, labels = [], []
    for note, cause in batch:
        prompt = tokenizer.apply_chat_template(label_messages(note), tokenize=False, add_generation_prompt=True)
        prompt_ids = tokenizer(prompt, add_special_tokens=False)["input_ids"]
        answer_ids = tokenizer(cause + "<|im_end|>", add_special_tokens=False)["input_ids"]
        inputs.append(prompt_ids + answer_ids)
        labels.append([-100] * len(prompt_ids) + answer_ids)
    width = max(len(ids) for ids in inputs)
    pad = tokenizer.pad_token_id
    input_ids = torch.tensor([ids + [pad] * (width - len(ids)) for ids in inputs])
    label_ids = torch.tensor([ids + [-100] * (width - len(ids)) for ids in labels])
    mask = (torch.arange(width)[None, :] < torch.tensor([len(ids) for ids in inputs])[:, None]).long()
    return model(input_ids=input_ids, attention_mask=mask, labels=label_ids).loss
