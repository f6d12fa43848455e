"""Freeze approved examples and judgements into an immutable, split, hashed dataset version."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

from django.conf import settings
from django.contrib.auth.models import User
from django.db import transaction
from django.db.models import Max

from labeling.models import Campaign, DatasetRow, DatasetVersion, Example, Item
from labeling.services.canaries import dataset_canary_check
from preferences.models import Judgement
from tuneloop.exceptions import ApplicationError

SPLITS = (("train", 80), ("validation", 90), ("test", 100))


def split_for(item: Item) -> str:
    """A deterministic split by item: the same item lands in the same split in every version."""
    bucket = int(hashlib.sha256(f"{item.campaign_id}:{item.external_id}".encode()).hexdigest(), 16) % 100
    return next(name for name, upper in SPLITS if bucket < upper)


def prompt_messages(campaign: Campaign, item: Item) -> list[dict[str, str]]:
    messages = [{"role": "system", "content": campaign.system_prompt}] if campaign.system_prompt else []
    return [*messages, {"role": "user", "content": item.text}]


def _sft_rows(campaign: Campaign) -> Iterator[tuple[Item, dict, dict]]:
    examples = Example.objects.filter(item__campaign=campaign, status=Example.Status.APPROVED)
    for example in examples.select_related("item").order_by("item_id", "id"):
        messages = [*prompt_messages(campaign, example.item), {"role": "assistant", "content": example.response}]
        lineage = {"example": example.id, "author": example.author_id, "reviewer": example.reviewer_id}
        yield example.item, {"messages": messages}, lineage


def _dpo_rows(campaign: Campaign) -> Iterator[tuple[Item, dict, dict]]:
    judgements = Judgement.objects.filter(task__item__campaign=campaign, choice__in=["a", "b"])
    for judgement in judgements.select_related("task__item", "task__left", "task__right").order_by("id"):
        task = judgement.task
        chosen, rejected = (task.left, task.right) if judgement.choice == "a" else (task.right, task.left)
        row = {
            "prompt": prompt_messages(campaign, task.item),
            "chosen": [{"role": "assistant", "content": chosen.text}],
            "rejected": [{"role": "assistant", "content": rejected.text}],
        }
        yield task.item, row, {"judgement": judgement.id, "reviewer": judgement.reviewer_id}


def content_hash(rows: list[DatasetRow]) -> str:
    digest = hashlib.sha256()
    for row in rows:
        digest.update(json.dumps([row.split, row.kind, row.item_id, row.data], sort_keys=True).encode())
        digest.update(b"\n")
    return digest.hexdigest()


def dataset_freeze(*, campaign: Campaign, user: User) -> DatasetVersion:
    """Snapshot every approved example and decisive judgement of the campaign as a new version."""
    with transaction.atomic():
        Campaign.objects.select_for_update().filter(id=campaign.id).first()
        version = (campaign.dataset_versions.aggregate(v=Max("version"))["v"] or 0) + 1
        dataset = DatasetVersion.objects.create(campaign=campaign, version=version, content_hash="", created_by=user)
        rows: list[DatasetRow] = []
        counts: dict[str, dict[str, int]] = {}
        for kind, source in (("sft", _sft_rows), ("dpo", _dpo_rows)):
            for item, data, lineage in source(campaign):
                split = split_for(item)
                rows.append(
                    DatasetRow(
                        dataset=dataset,
                        item=item,
                        split=split,
                        kind=kind,
                        position=len(rows),
                        data=data,
                        lineage=lineage,
                    )
                )
                counts.setdefault(split, {"sft": 0, "dpo": 0})[kind] += 1
        if not rows:
            raise ApplicationError("Nothing to freeze: approve some responses or judge some comparisons first.")
        dataset_canary_check(campaign=campaign, rows=rows)  # raises, and the version above is rolled back
        DatasetRow.objects.bulk_create(rows)
        dataset.content_hash, dataset.counts = content_hash(rows), counts
        dataset.save(update_fields=["content_hash", "counts"])
    return dataset


def dataset_export(*, dataset: DatasetVersion, kind: str, split: str) -> Path:
    """Write one split of one kind as TRL JSONL (idempotent: the version never changes)."""
    # The content hash in the name: a file can only ever hold the rows of the version it names.
    folder = (
        Path(settings.EXPORTS_DIR)
        / f"campaign-{dataset.campaign_id}"
        / f"v{dataset.version}-{dataset.content_hash[:16]}"
    )
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{kind}-{split}.jsonl"
    if not path.exists():
        tmp = path.with_suffix(".tmp")
        with tmp.open("w", encoding="utf-8") as out:
            for row in dataset.rows.filter(kind=kind, split=split).iterator():
                out.write(json.dumps(row.data, ensure_ascii=False) + "\n")
        tmp.replace(path)
    return path
