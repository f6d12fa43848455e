"""The prompt-only baseline: the base model given the whole task spec and a few approved examples.

This is what a team would do instead of tuning, so the candidate has to beat it. Plain Python over the
guideline's spec (a dict) and chat messages; no Django.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

Messages = list[dict[str, str]]
FEW_SHOT = 3  # approved train-split examples shown before each test prompt
_SECTIONS = (("user", "Who reads the answer"), ("input_description", "The input"), ("expected_output", "The answer"))


def task_instructions(spec: Mapping[str, Any], system_prompt: str = "") -> str:
    """The guideline's task spec written out as instructions, after the campaign's system prompt."""
    parts = [system_prompt.strip()] if system_prompt.strip() else []
    for key, title in (
        ("user", "Who reads the answer"),
        ("input_description", "The input"),
        ("expected_output", "The answer"),
    ):
        if str(spec.get(key) or "").strip():
            parts.append(f"{title}: {str(spec[key]).strip()}")
    for key, title in (("acceptance_criteria", "A good answer"), ("must_never", "Never")):
        items = [str(item).strip() for item in spec.get(key) or [] if str(item).strip()]
        if items:
            parts.append(f"{title}:\n" + "\n".join(f"- {item}" for item in items))
    parts.append(_format_instructions(spec.get("output_format") or {}))
    return "\n\n".join(part for part in parts if part)


def baseline_prompt(instructions: str, examples: Sequence[Messages], prompt: Messages) -> Messages:
    """Instructions as the system turn, then each example's user and assistant turns, then the test prompt
    (its own system turn dropped: the instructions already hold the system prompt)."""
    messages: Messages = [{"role": "system", "content": instructions}]
    for example in examples:
        messages += [turn for turn in example if turn["role"] in ("user", "assistant")]
    return messages + [turn for turn in prompt if turn["role"] != "system"]


def _format_instructions(output_format: Mapping[str, Any]) -> str:
    kind = output_format.get("kind")
    if kind == "template":
        lines = "\n".join(f"{field}: ..." for field in output_format.get("fields") or [])
        return f"Answer with exactly these lines, in this order:\n{lines}"
    if kind == "labels":
        labels = ", ".join(output_format.get("labels") or [])
        if output_format.get("multi_label"):
            return f"Answer with one or more of these labels, separated by commas, and nothing else: {labels}"
        return f"Answer with exactly one of these labels and nothing else: {labels}"
    if kind == "json_schema":
        return "Answer with one JSON document valid against this JSON schema:\n" + json.dumps(
            output_format.get("schema") or {}, indent=None, sort_keys=True
        )
    return ""
