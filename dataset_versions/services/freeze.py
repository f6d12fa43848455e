"""Freeze approved examples and judgements into immutable, split, hashed dataset versions, and export them."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.contrib.auth.models import User
from django.db import transaction
from django.db.models import Max

from dataset_versions.digests import combine_digests, dataset_segment_digests
from dataset_versions.models import DatasetRow, DatasetVersion
from dataset_versions.services.retire import retired_groups
from labeling.models import Campaign, Example, Item
from labeling.selectors import prompt_messages
from preferences.selectors import preference_pairs, reviewer_weights
from privacy.selectors import policy_document
from privacy.services.canaries import dataset_canary_check
from tuneloop.exceptions import ApplicationError, Conflict
from tuneloop.faults import fail_point

SHARES = {"train": 0.8, "validation": 0.1, "test": 0.1}
SPLIT_NAMES = tuple(SHARES)
TRAINING_SPLITS = ("train", "validation")  # the test split is sealed: only evaluation reads it


def group_of(item: Item) -> str:
    """The key that keeps related items together: the import's group (case, claim), else the item itself."""
    return item.group_key or item.external_id


def _group_hash(campaign_id: int, group: str) -> int:
    return int(hashlib.sha256(f"{campaign_id}:{group}".encode()).hexdigest(), 16)


@dataclass
class _Row:
    item: Item
    kind: str
    data: dict[str, Any]
    lineage: dict[str, Any]
    labels: list[str]


def _label_set(campaign: Campaign) -> tuple[list[str], bool] | None:
    """(labels, multi_label) when the campaign's current guideline asks for a label, else None."""
    guideline = campaign.guidelines.order_by("-version").first()
    output = (guideline.spec or {}).get("output_format", {}) if guideline else {}
    if output.get("kind") != "labels":
        return None
    return list(output.get("labels", [])), bool(output.get("multi_label"))


def _labels_of(response: str, label_set: tuple[list[str], bool] | None) -> list[str]:
    if label_set is None:
        return []
    parts = response.split(",") if label_set[1] else [response]
    return [label for label in (part.strip() for part in parts) if label]


def _sft_rows(campaign: Campaign, anonymization: dict, label_set: tuple[list[str], bool] | None) -> Iterator[_Row]:
    """One row per approved example; a gold item's reviewer answers are quality probes, not data: the gold
    item gives one row, its known answer (_gold_rows)."""
    examples = Example.objects.filter(item__campaign=campaign, item__is_gold=False, status=Example.Status.APPROVED)
    for example in examples.select_related("item", "guideline_version").order_by("item_id", "id").iterator():
        lineage = {
            "example": example.id,
            "example_kind": example.kind,
            "author": example.author_id,
            "reviewer": example.reviewer_id,
            "guideline_version": example.guideline_version.version if example.guideline_version else None,
            "source": example.item.source,
            "anonymization": anonymization,
        }
        yield _sft_row(campaign, example.item, example.response, lineage, label_set)


def _gold_rows(campaign: Campaign, anonymization: dict, label_set: tuple[list[str], bool] | None) -> Iterator[_Row]:
    gold = Item.objects.filter(campaign=campaign, is_gold=True).exclude(gold_answer="").order_by("id")
    for item in gold.iterator():
        lineage = {"example": None, "example_kind": "answer", "gold": True, "source": item.source}
        yield _sft_row(campaign, item, item.gold_answer, {**lineage, "anonymization": anonymization}, label_set)


def _sft_row(
    campaign: Campaign, item: Item, response: str, lineage: dict, label_set: tuple[list[str], bool] | None
) -> _Row:
    messages = [*prompt_messages(campaign, item), {"role": "assistant", "content": response}]
    return _Row(item, "sft", {"messages": messages}, lineage, _labels_of(response, label_set))


def _dpo_rows(campaign: Campaign, anonymization: dict) -> Iterator[_Row]:
    """One row per preference pair (preferences.selectors.preference_pairs): majority votes and rewrites."""
    weights = reviewer_weights(campaign)
    for pair in preference_pairs(campaign):
        row = {
            "prompt": prompt_messages(campaign, pair.item),
            "chosen": [{"role": "assistant", "content": pair.chosen.text}],
            "rejected": [{"role": "assistant", "content": pair.rejected.text}],
        }
        first = pair.judgements[0]
        lineage = {
            "judgement": first.id,
            "judgements": [judgement.id for judgement in pair.judgements],
            "reviewer": first.reviewer_id,
            "votes": {"chosen": pair.votes[0], "rejected": pair.votes[1]},
            "weight": _weight(pair, weights),
            "candidates": {"chosen": pair.chosen.id, "rejected": pair.rejected.id},
            "rewrite": pair.rewrite is not None,
            "guideline_version": first.guideline_version.version if first.guideline_version else None,
            "source": pair.item.source,
            "anonymization": anonymization,
        }
        yield _Row(pair.item, "dpo", row, lineage, [])


def _weight(pair: Any, weights: dict[int, float]) -> float:
    """The mean reliability of the reviewers who chose the row's `chosen` (exported with ?weights=true)."""
    backers = [
        judgement.reviewer_id
        for judgement in pair.judgements
        if pair.rewrite is not None
        or (judgement.task.left_id if judgement.choice == "a" else judgement.task.right_id) == pair.chosen.id
    ]
    return round(sum(weights.get(reviewer, 1.0) for reviewer in backers) / len(backers), 3)


def _previous_splits(campaign: Campaign) -> dict[str, str]:
    """The split each group had in earlier versions: a group never moves, so no test row reaches a later train
    split. Old versions split by item, so a group may have been in two; the test split wins, then validation."""
    rank = {"train": 0, "validation": 1, "test": 2}
    seen: dict[str, str] = {}
    rows = DatasetRow.objects.filter(dataset__campaign=campaign)
    for group_key, external_id, split in rows.values_list("item__group_key", "item__external_id", "split").distinct():
        group = group_key or external_id
        if group not in seen or rank[split] > rank[seen[group]]:
            seen[group] = split
    return seen


def _stratum(labels: Counter[str]) -> str:
    """A group's stratum: its most frequent label (ties: alphabetical); "" for a group with no label."""
    return min(labels.items(), key=lambda pair: (-pair[1], pair[0]))[0] if labels else ""


def assign_splits(campaign: Campaign, rows: Iterable[_Row], *, stratified: bool) -> dict[str, str]:
    """group -> split. A group keeps the split it had in earlier versions. New groups are taken in order of
    their hash and each goes to the split furthest below its 80/10/10 share: of its label stratum with a
    label set, else of the campaign. A hash alone (mod 100) once left 48 groups with 1 test group."""
    labels: dict[str, Counter[str]] = {}
    for row in rows:
        labels.setdefault(group_of(row.item), Counter()).update(row.labels)
    assigned = {group: split for group, split in _previous_splits(campaign).items() if group in labels}
    # Retired from the sealed test split after an evaluation failed on them: train from now on.
    assigned |= {group: "train" for group in retired_groups(campaign.id) if group in labels}
    strata: dict[str, list[str]] = {}
    for group, counter in labels.items():
        strata.setdefault(_stratum(counter) if stratified else "", []).append(group)
    for members in strata.values():
        counts = Counter(assigned[group] for group in members if group in assigned)
        new = sorted((g for g in members if g not in assigned), key=lambda g: (_group_hash(campaign.id, g), g))
        for group in new:
            total = sum(counts.values()) + 1
            split = max(SPLIT_NAMES, key=lambda name: SHARES[name] * total - counts[name])
            assigned[group] = split
            counts[split] += 1
    return assigned


def _retirement(lineage: dict, retired: dict | None) -> dict:
    return lineage if retired is None else {**lineage, "retired_from_test": retired}


def dataset_recompute_hash(dataset: DatasetVersion) -> str:
    """The content hash recomputed from the stored rows."""
    return combine_digests(dataset_segment_digests(dataset))


def dataset_verify(dataset: DatasetVersion) -> bool:
    return dataset_recompute_hash(dataset) == dataset.content_hash


def altered(dataset: DatasetVersion) -> Conflict:
    return Conflict(
        f"Dataset version {dataset.version} has been altered since it was frozen: its rows no longer match "
        f"its content hash {dataset.content_hash[:16]}. Nothing is read from it; freeze a new version."
    )


def dataset_check_intact(dataset: DatasetVersion) -> None:
    """Refuse (409) to read a version whose rows no longer match its content hash."""
    if not dataset_verify(dataset):
        raise altered(dataset)


def dataset_freeze(*, campaign: Campaign, user: User) -> DatasetVersion:
    """Snapshot every approved example and decisive judgement of the campaign as a new version."""
    anonymization = {
        "policy_version": policy_document(campaign)["version"],
        "spacy_model": settings.PRESIDIO_SPACY_MODEL,
    }
    with transaction.atomic():
        Campaign.objects.select_for_update().filter(id=campaign.id).first()
        version = (campaign.dataset_versions.aggregate(v=Max("version"))["v"] or 0) + 1
        dataset = DatasetVersion.objects.create(campaign=campaign, version=version, content_hash="", created_by=user)
        label_set = _label_set(campaign)
        sources = [
            *_sft_rows(campaign, anonymization, label_set),
            *_gold_rows(campaign, anonymization, label_set),
            *_dpo_rows(campaign, anonymization),
        ]
        if not sources:
            raise ApplicationError("Nothing to freeze: approve some responses or judge some comparisons first.")
        splits = assign_splits(campaign, sources, stratified=label_set is not None)
        retired = retired_groups(campaign.id)
        rows = [
            DatasetRow(
                dataset=dataset,
                item=source.item,
                split=splits[group_of(source.item)],
                kind=source.kind,
                position=position,
                data=source.data,
                lineage=_retirement(source.lineage, retired.get(group_of(source.item))),
            )
            for position, source in enumerate(sources)
        ]
        dataset_canary_check(campaign=campaign, rows=rows)  # raises, and the version above is rolled back
        DatasetRow.objects.bulk_create(rows, batch_size=1000)
        fail_point("freeze.rows_written")
        # Hashed as read back: the digests cover the stored text that exports and checks will read.
        dataset.segment_digests = dataset_segment_digests(dataset)
        dataset.content_hash, dataset.counts = combine_digests(dataset.segment_digests), _counts(rows)
        dataset.save(update_fields=["segment_digests", "content_hash", "counts"])
    return dataset


def _counts(rows: list[DatasetRow]) -> dict[str, Any]:
    """{split: {sft: n, dpo: n}} plus `example_kinds` (answer, decline, clarify, escalate) over SFT rows."""
    counts: dict[str, Any] = {}
    for row in rows:
        counts.setdefault(row.split, {"sft": 0, "dpo": 0})[row.kind] += 1
    kinds = Counter(row.lineage.get("example_kind", "answer") for row in rows if row.kind == "sft")
    counts["example_kinds"] = {kind: kinds.get(kind, 0) for kind in Example.Kind.values}
    return counts


def row_key(kind: str, external_id: str, lineage: dict[str, Any]) -> str:
    """A row's identity across versions: kind, item and the example or judgement behind it."""
    source = "gold" if lineage.get("gold") else lineage.get("example" if kind == "sft" else "judgement")
    if lineage.get("rewrite"):  # one judgement's rewrite wins over each of its two candidates
        source = f"{source}:rewrite>{lineage['candidates']['rejected']}"
    return f"{kind}:{external_id}:{source}"


def _user_names() -> Callable[[int | None], str | None]:
    cache: dict[int, str | None] = {}

    def name(user_id: int | None) -> str | None:
        if user_id is None:
            return None
        if user_id not in cache:
            cache[user_id] = User.objects.filter(id=user_id).values_list("username", flat=True).first()
        return cache[user_id]

    return name


def dataset_manifest(dataset: DatasetVersion) -> Iterator[dict[str, Any]]:
    """The header (version, hash, counts), then each row's lineage in position order, streamed. Refuses (409)
    before anything is produced when the rows no longer match the hash."""
    dataset_check_intact(dataset)
    return _manifest_entries(dataset)


def _manifest_entries(dataset: DatasetVersion) -> Iterator[dict[str, Any]]:
    name = _user_names()
    yield {
        "dataset": dataset.id,
        "campaign": dataset.campaign_id,
        "version": dataset.version,
        "content_hash": dataset.content_hash,
        "verified": True,
        "counts": dataset.counts,
        "created_by": name(dataset.created_by_id),
        "created_at": dataset.created_at.isoformat(),
    }
    fields = ("position", "split", "kind", "item__external_id", "item__group_key", "lineage")
    for position, split, kind, external_id, group_key, lineage in (
        dataset.rows.order_by("position").values_list(*fields).iterator(chunk_size=2000)
    ):
        yield {
            "position": position,
            "key": row_key(kind, external_id, lineage),
            "split": split,
            "kind": kind,
            "item": external_id,
            "group": group_key or external_id,
            "source": lineage.get("source", {}),
            "example": lineage.get("example"),
            "example_kind": lineage.get("example_kind"),
            "gold": bool(lineage.get("gold")),
            "judgement": lineage.get("judgement"),
            "author": name(lineage.get("author")),
            "reviewer": name(lineage.get("reviewer")),
            "guideline_version": lineage.get("guideline_version"),
            "anonymization": lineage.get("anonymization", {}),
            "retired_from_test": lineage.get("retired_from_test"),
        }


def _row_index(dataset: DatasetVersion) -> dict[str, tuple[str, str]]:
    """key -> (split, digest of the data): the diff compares digests, so row contents never leave."""
    index = {}
    rows = dataset.rows.order_by("position").values_list("kind", "item__external_id", "lineage", "split", "data")
    for kind, external_id, lineage, split, data in rows.iterator(chunk_size=2000):
        digest = hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()
        index[row_key(kind, external_id, lineage)] = (split, digest)
    return index


def dataset_diff(*, old: DatasetVersion, new: DatasetVersion) -> dict[str, Any]:
    """Rows added, removed and changed (same key, other data or split) from `old` to `new`, by row key.
    Only keys and splits are reported: a diff never shows the content of a sealed test row."""
    if old.campaign_id != new.campaign_id:
        raise ApplicationError("Only two versions of the same campaign can be compared.", field="other_id")
    dataset_check_intact(old)
    dataset_check_intact(new)
    before, after = _row_index(old), _row_index(new)
    changed = []
    for key in sorted(before.keys() & after.keys()):
        (old_split, old_data), (new_split, new_data) = before[key], after[key]
        if (old_split, old_data) != (new_split, new_data):
            changed.append({"key": key, "split": [old_split, new_split], "data_changed": old_data != new_data})
    added = [{"key": key, "split": after[key][0]} for key in sorted(after.keys() - before.keys())]
    removed = [{"key": key, "split": before[key][0]} for key in sorted(before.keys() - after.keys())]
    return {
        "from": {"id": old.id, "version": old.version, "content_hash": old.content_hash},
        "to": {"id": new.id, "version": new.version, "content_hash": new.content_hash},
        "summary": {"added": len(added), "removed": len(removed), "changed": len(changed)},
        "added": added,
        "removed": removed,
        "changed": changed,
    }
