"""Where training may read from: base model folders under the configured roots, hostfiles in their directory."""

from __future__ import annotations

from pathlib import Path

from django.conf import settings

from training.ml.config import HOSTFILE_NAME
from training.ml.distributed import read_hostfile


def model_roots() -> list[Path]:
    """settings.BASE_MODEL_ROOTS, resolved."""
    return [Path(root).resolve() for root in settings.BASE_MODEL_ROOTS]


def under_model_roots(path: str | Path) -> Path | None:
    """`path` with symlinks and `..` resolved, when it lies strictly inside a models root; None otherwise.

    A relative path is taken from the first root (MODELS_DIR), never from a working directory: the training
    process runs in its run folder, where `../run-7/model` would be another campaign's model."""
    roots = model_roots()
    given = Path(path)
    if not roots:
        return None
    try:
        resolved = (given if given.is_absolute() else roots[0] / given).resolve()
    except (OSError, RuntimeError, ValueError):  # a symlink loop, a NUL byte: no model there either
        return None
    inside = any(resolved != root and resolved.is_relative_to(root) for root in roots)
    return resolved if inside else None


def hostfile_path(name: str) -> Path | None:
    """The hostfile an operator put in TRAINING_HOSTFILES_DIR under `name`, when it is a small regular file."""
    if not HOSTFILE_NAME.fullmatch(name):
        return None
    folder = Path(settings.TRAINING_HOSTFILES_DIR).resolve()
    try:
        path = (folder / name).resolve()
        if path.parent != folder:  # a symlink out of the directory
            return None
        read_hostfile(path)
    except (OSError, RuntimeError, ValueError):
        return None
    return path
