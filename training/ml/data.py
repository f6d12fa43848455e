"""Load the SFT and DPO JSONL files the exporter writes into `datasets.Dataset`, checking every line."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from datasets import Dataset

from training.ml.errors import TrainingError

ROLES = ("system", "user", "assistant")


def _check_messages(value: Any, roles: tuple[str, ...], key: str) -> None:
    if not isinstance(value, list) or not value:
        raise ValueError(f"{key!r} must be a non-empty list of messages")
    for index, message in enumerate(value):
        if not isinstance(message, dict) or set(message) != {"role", "content"}:
            raise ValueError(f"{key}[{index}] must be an object with exactly 'role' and 'content'")
        if message["role"] not in roles or not isinstance(message["content"], str):
            raise ValueError(f"{key}[{index}] needs a role in {list(roles)} and a string content")


def _check_sft(row: dict) -> None:
    _check_messages(row.get("messages"), ROLES, "messages")
    if row["messages"][-1]["role"] != "assistant":
        raise ValueError("'messages' must end with an assistant message")


def _check_dpo(row: dict) -> None:
    _check_messages(row.get("prompt"), ("system", "user"), "prompt")
    _check_messages(row.get("chosen"), ("assistant",), "chosen")
    _check_messages(row.get("rejected"), ("assistant",), "rejected")


def _load(path: str | Path, keys: set[str], check: Callable[[dict], None]) -> Dataset:
    source = Path(path)
    if not source.is_file():
        raise TrainingError(f"training data not found at {source}")
    rows = []
    with source.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                if not isinstance(row, dict) or set(row) != keys:
                    raise ValueError(f"must be an object with exactly the keys {sorted(keys)}")
                check(row)
            except ValueError as error:  # json.JSONDecodeError is a ValueError
                raise TrainingError(f"{source}:{number}: {error}") from error
            rows.append(row)
    if not rows:
        raise TrainingError(f"{source}: no examples")
    return Dataset.from_list(rows)


def load_sft_dataset(path: str | Path) -> Dataset:
    """Conversations, one `{"messages": [...]}` per line, ending with the assistant's answer."""
    return _load(path, {"messages"}, _check_sft)


def load_dpo_dataset(path: str | Path) -> Dataset:
    """Conversational preference pairs: `{"prompt": [...], "chosen": [...], "rejected": [...]}` per line."""
    return _load(path, {"prompt", "chosen", "rejected"}, _check_dpo)
