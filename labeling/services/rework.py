"""Items sent back to reviewers for one more answer, each with a model's draft to correct and the reasons."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.contrib.auth.models import User
from django.db import transaction
from django.db.models import F

from labeling.models import Item, Rework
from tuneloop.exceptions import ApplicationError


def item_send_back(*, item: Item, draft: str, reasons: Sequence[dict[str, Any]], source: str, user: User) -> Rework:
    """Ask for one more answer to `item` (its capacity grows by one), pre-filled with `draft` (already
    anonymized: a stored model output) and showing `reasons` to the reviewer who takes it."""
    if item.is_gold:
        raise ApplicationError(f"Item {item.external_id} is a gold item: its answer is known.", field="items")
    with transaction.atomic():
        rework = Rework.objects.create(item=item, draft=draft, reasons=list(reasons), source=source, created_by=user)
        Item.objects.filter(id=item.id).update(extra_answers=F("extra_answers") + 1)
    item.refresh_from_db(fields=["extra_answers"])
    return rework
