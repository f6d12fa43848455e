"""Export frozen dataset versions as JSONL files and `datasets` folders, proving each segment while writing it."""

from __future__ import annotations

import hashlib
import shutil
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from django.conf import settings
from django.contrib.auth.models import User
from django.db.models import QuerySet

from dataset_versions.digests import data_lines, dataset_segment_digests, segment_rows, weighted_lines
from dataset_versions.models import DatasetRow, DatasetVersion, SealedRead
from dataset_versions.services.freeze import SPLIT_NAMES, TRAINING_SPLITS, altered, dataset_check_intact
from tuneloop.exceptions import ApplicationError, Forbidden
from tuneloop.faults import fail_point
from tuneloop.leftovers import leftovers_delete

# openai: OpenAI chat fine-tuning JSONL. SFT rows hold only {"messages": [{"role", "content"}]}, which is
# that format already, so it is the SFT segment's bytes under another name.
JSONL_KINDS = ("sft", "dpo", "openai")
FOLDER_KINDS = ("sft", "dpo")


def export_folder(dataset: DatasetVersion) -> Path:
    # The content hash in the name: a file can only ever hold the rows of the version it names.
    return (
        Path(settings.EXPORTS_DIR)
        / f"campaign-{dataset.campaign_id}"
        / f"v{dataset.version}-{dataset.content_hash[:16]}"
    )


def _source_kind(kind: str) -> str:
    return "sft" if kind == "openai" else kind


def _prove_segment(
    dataset: DatasetVersion,
    kind: str,
    split: str,
    out: BinaryIO | None = None,
    render: Callable[[list[bytes]], bytes] = data_lines,
) -> None:
    """Hash one segment's rows as they stream by, writing each row's JSON line to `out` if given; 409 if
    the rows do not match the digest recorded at freezing."""
    expected = dataset.segment_digests.get(f"{kind}/{split}", hashlib.sha256().hexdigest())
    digest = hashlib.sha256()
    for chunk in segment_rows(dataset, kind, split):
        digest.update(b"".join(chunk))
        if out is not None:
            out.write(render(chunk))
    if digest.hexdigest() != expected:
        raise altered(dataset)


def export_leftovers_delete() -> int:
    """Delete the temporary files and folders of exports whose writer was killed (tuneloop.sweeper's chore)."""
    return leftovers_delete(settings.EXPORTS_DIR, pattern="*.tmp")


def _write_segment(
    path: Path, dataset: DatasetVersion, kind: str, split: str, render: Callable[[list[bytes]], bytes] = data_lines
) -> None:
    """Into a temporary file renamed into place only once proven: one pass reads, proves and writes."""
    tmp = path.with_name(f"{path.name}.{uuid.uuid4().hex}.tmp")  # two writers never share one
    try:
        with tmp.open("wb") as out:
            _prove_segment(dataset, kind, split, out, render)
        fail_point("export.segment_written")
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)


def _ensure_digests(dataset: DatasetVersion) -> None:
    """A version frozen before segment digests existed: prove the whole version once, then record them."""
    if dataset.segment_digests:
        return
    dataset_check_intact(dataset)
    dataset.segment_digests = dataset_segment_digests(dataset)
    DatasetVersion.objects.filter(id=dataset.id).update(segment_digests=dataset.segment_digests)


def _require_purpose(purpose: str) -> str:
    if not purpose.strip():
        raise Forbidden(
            "The test split is sealed: no training export includes it. State the purpose of this read "
            "(e.g. 'evaluation'); it is logged.",
            field="purpose",
        )
    return purpose.strip()[:200]


def _log_sealed_read(dataset: DatasetVersion, kind: str, user: User | None, purpose: str) -> None:
    rows = dataset.counts.get("test", {}).get(kind, 0)
    SealedRead.objects.create(dataset=dataset, user=user, purpose=purpose, rows=rows)


def dataset_sealed_read(*, dataset: DatasetVersion, kind: str, user: User | None, purpose: str) -> QuerySet[DatasetRow]:
    """The sealed test split's rows of one kind, for a stated purpose; every read is logged as a SealedRead."""
    purpose = _require_purpose(purpose)
    _ensure_digests(dataset)
    _prove_segment(dataset, _source_kind(kind), "test")
    _log_sealed_read(dataset, _source_kind(kind), user, purpose)
    return dataset.rows.filter(kind=_source_kind(kind), split="test")


def dataset_export(
    *,
    dataset: DatasetVersion,
    kind: str,
    split: str,
    purpose: str = "",
    user: User | None = None,
    weights: bool = False,
) -> Path:
    """Write one split of one kind as JSONL: `sft` (TRL messages), `dpo` (TRL conversational preference) or
    `openai` (chat fine-tuning); refused (409) if its rows no longer match their digest. The test split
    needs a `purpose` and is logged as a sealed read. `weights` adds each DPO row's reviewer-reliability
    `weight` (from its lineage) as a key of the row."""
    if kind not in JSONL_KINDS:
        raise ApplicationError(f"kind must be one of {', '.join(JSONL_KINDS)}.", field="kind")
    if split not in SPLIT_NAMES:
        raise ApplicationError(f"split must be one of {', '.join(SPLIT_NAMES)}.", field="split")
    if weights and kind != "dpo":
        raise ApplicationError("Only DPO rows carry reliability weights.", field="weights")
    if split == "test":
        purpose = _require_purpose(purpose)
    _ensure_digests(dataset)
    folder = export_folder(dataset)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{kind}{'-weighted' if weights else ''}-{split}.jsonl"
    _write_segment(path, dataset, _source_kind(kind), split, weighted_lines if weights else data_lines)
    if split == "test":
        _log_sealed_read(dataset, _source_kind(kind), user, purpose)
    return path


def dataset_export_folder(*, dataset: DatasetVersion, kind: str) -> Path:
    """A folder that `datasets.load_dataset(folder)` opens as a DatasetDict with `train` and `validation`
    splits (never `test`), one `<split>.jsonl` each."""
    if kind not in FOLDER_KINDS:
        raise ApplicationError(f"kind must be one of {', '.join(FOLDER_KINDS)}.", field="kind")
    _ensure_digests(dataset)
    folder = export_folder(dataset) / f"hf-{kind}"
    # An empty file is no split: `datasets` refuses to open it. Train is always there.
    splits = [s for s in TRAINING_SPLITS if s == "train" or dataset.counts.get(s, {}).get(kind)]
    if folder.is_dir():  # written from proven rows; the rows are proven again, as on every read
        for split in splits:
            _prove_segment(dataset, kind, split)
        return folder
    tmp = folder.with_name(f"{folder.name}.{uuid.uuid4().hex}.tmp")
    tmp.mkdir(parents=True)
    try:
        for split in splits:
            _write_segment(tmp / f"{split}.jsonl", dataset, kind, split)
        tmp.replace(folder)
    except OSError:  # another request put the same folder in place first: theirs holds the same rows
        if not folder.is_dir():
            raise
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return folder
