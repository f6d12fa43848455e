"""Reads for comparison tasks, shaped for the reviewer's browser without model identity."""

from __future__ import annotations

from preferences.models import ComparisonTask


def comparison_payload(task: ComparisonTask) -> dict:
    """What a reviewer sees: the item and two unlabeled responses, never their source."""
    return {
        "id": task.id,
        "item": {"id": task.item_id, "text": task.item.text},
        "a": {"text": task.left.text},
        "b": {"text": task.right.text},
        "lease_expires_at": task.lease_expires_at.isoformat() if task.lease_expires_at else None,
    }
