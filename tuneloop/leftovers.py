"""Delete what a killed process left behind: half-written exports, upload temp files (raw text)."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

from django.conf import settings


def leftovers_delete(root: Path, *, pattern: str, max_age_seconds: float | None = None) -> int:
    """Delete the files and folders under `root` matching `pattern` not modified for `max_age_seconds`
    (LEFTOVER_MAX_AGE_SECONDS): older than any write still going on. Symlinks are removed, never followed."""
    age = settings.LEFTOVER_MAX_AGE_SECONDS if max_age_seconds is None else max_age_seconds
    cutoff, deleted = time.time() - age, 0
    if not root.is_dir():
        return 0
    for path in sorted(root.rglob(pattern), key=lambda p: len(p.parts), reverse=True):
        try:
            if path.lstat().st_mtime > cutoff:
                continue
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path)
            else:
                path.unlink()
        except FileNotFoundError:  # another sweeper, or the writer, got there first
            continue
        deleted += 1
    return deleted
