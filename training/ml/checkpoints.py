"""Where a stage stands on disk: its finished result (`<stage>/final`), its complete checkpoints, atomic writes."""

from __future__ import annotations

import json
import os
import re
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

FINAL = "final"
STAGE_METRICS = "stage_metrics.json"
# Any of these in a checkpoint folder means its weights were written (adapter, whole model, sharded or DeepSpeed).
WEIGHT_FILES = (
    "adapter_model.safetensors",
    "adapter_model.bin",
    "model.safetensors",
    "model.safetensors.index.json",
    "pytorch_model.bin",
)
_CHECKPOINT = re.compile(r"^checkpoint-(\d+)$")


def checkpoint_step(folder: Path) -> int | None:
    match = _CHECKPOINT.match(folder.name)
    return int(match.group(1)) if match else None


def is_complete_checkpoint(folder: Path) -> bool:
    """True when the Trainer finished writing `folder`: it writes trainer_state.json after the weights, optimizer
    and RNG state, so a process killed while saving leaves a folder without it (or with a truncated one)."""
    try:
        json.loads((folder / "trainer_state.json").read_text())
    except (OSError, ValueError):
        return False
    has_weights = any((folder / name).is_file() for name in WEIGHT_FILES)
    deepspeed = any(path.is_dir() and path.name.startswith("global_step") for path in folder.iterdir())
    return has_weights or deepspeed


def checkpoints(stage_dir: Path) -> list[Path]:
    """The stage's checkpoint-N folders, oldest first."""
    if not stage_dir.is_dir():
        return []
    found = [path for path in stage_dir.iterdir() if path.is_dir() and checkpoint_step(path) is not None]
    return sorted(found, key=lambda path: checkpoint_step(path) or 0)


def latest_checkpoint(stage_dir: Path) -> Path | None:
    """The newest complete checkpoint, skipping any half-written one; None when there is none."""
    complete = [path for path in checkpoints(stage_dir) if is_complete_checkpoint(path)]
    return complete[-1] if complete else None


def discard_incomplete_checkpoints(stage_dir: Path) -> list[Path]:
    """Remove half-written checkpoints newer than the latest complete one, so the Trainer rewrites them cleanly."""
    latest = latest_checkpoint(stage_dir)
    floor = (checkpoint_step(latest) or 0) if latest else -1
    removed = []
    for path in checkpoints(stage_dir):
        if (checkpoint_step(path) or 0) > floor and not is_complete_checkpoint(path):
            shutil.rmtree(path, ignore_errors=True)
            removed.append(path)
    return removed


def final_dir(stage_dir: Path) -> Path:
    return stage_dir / FINAL


def is_stage_done(stage_dir: Path) -> bool:
    return (final_dir(stage_dir) / STAGE_METRICS).is_file()


def read_stage_metrics(stage_dir: Path) -> dict:
    return json.loads((final_dir(stage_dir) / STAGE_METRICS).read_text())


@contextmanager
def atomic_folder(target: Path, *, main: bool = True) -> Iterator[Path]:
    """Yield a temporary sibling of `target` to fill; on success it replaces `target` in one rename.

    A crash midway leaves only a `.<name>.partial` folder, never a `target` that looks finished. In a run of
    several processes every rank gets the same staging path (a ZeRO-3 save gathers weights on all of them),
    but only the main one (`main=True`) creates, renames and cleans up.
    """
    staging = target.with_name(f".{target.name}.partial")
    if not main:
        yield staging
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.rmtree(staging, ignore_errors=True)  # left by a run killed while saving
    staging.mkdir()
    try:
        yield staging
        if target.exists():
            old = target.with_name(f".{target.name}.old-{os.getpid()}")
            os.replace(target, old)
            os.replace(staging, target)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(staging, target)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)


def write_json(path: Path, data: object) -> None:
    """Write `data` as JSON through a temporary file and a rename, so a reader never sees half a file."""
    partial = path.with_name(f".{path.name}.partial")
    partial.write_text(json.dumps(data, indent=2, sort_keys=True, default=str) + "\n")
    os.replace(partial, path)


def copy_files(source: Path, target: Path, *, skip: Callable[[Path], bool] = lambda path: False) -> None:
    for path in source.rglob("*"):
        if path.is_file() and not skip(path):
            destination = target / path.relative_to(source)
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, destination)
