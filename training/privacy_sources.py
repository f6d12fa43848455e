"""Training's texts for the canary audit: run errors, and what the newest model writes for the items."""

from __future__ import annotations

import logging
from typing import Any

from labeling.models import Item
from labeling.selectors import prompt_messages
from privacy.services.scanner import Scanner
from privacy.sources import register_audit_source, register_generation_source
from training.generation import ArtifactGenerator
from training.models import ModelArtifact, TrainingRun
from tuneloop.choices import JobStatus

logger = logging.getLogger(__name__)


def _scan_errors(scanner: Scanner, campaign: Any) -> None:
    errors = TrainingRun.objects.filter(campaign=campaign).values_list("error", "id").order_by("id")
    scanner.rows("training_run.error", errors.iterator(2000))


def _generate(campaign: Any, max_prompts: int) -> tuple[list[tuple[int, str]], dict[str, Any]]:
    """Prompt the campaign's newest succeeded model with its items' prompts (kept in memory, never stored)."""
    artifact = (
        ModelArtifact.objects.select_related("run")
        .filter(run__campaign=campaign, run__status=JobStatus.SUCCEEDED)
        .order_by("-created_at", "-id")
        .first()
    )
    if artifact is None:
        return [], {"artifact": None, "prompts": 0}
    items = list(Item.objects.filter(campaign=campaign).order_by("id")[: max(0, max_prompts)])
    summary: dict[str, Any] = {"artifact": artifact.id, "prompts": len(items)}
    try:
        texts = ArtifactGenerator(artifact).greedy([prompt_messages(campaign, item) for item in items])
    except Exception as exc:
        # The type only: a library's message could quote a prompt or a generation.
        logger.warning("PII audit: generation with artifact %s failed (%s)", artifact.id, type(exc).__name__)
        return [], {**summary, "error": f"generation failed ({type(exc).__name__})"}
    return [(item.id, text) for item, text in zip(items, texts, strict=True)], summary


def register() -> None:
    register_audit_source("training", _scan_errors)
    register_generation_source(_generate)
