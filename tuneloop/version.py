"""The code version recorded in artifacts' lineage: the package version and, in a checkout, its commit."""

from __future__ import annotations

import functools
import os
import subprocess
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _package_version() -> str:
    try:
        return metadata.version("tuneloop")
    except metadata.PackageNotFoundError:
        return "0.1.0"


def _commit() -> str:
    if not (ROOT / ".git").exists():
        return ""
    try:
        done = subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "HEAD"], capture_output=True, text=True, timeout=5, check=True
        )
    except (OSError, subprocess.SubprocessError):
        return ""
    return done.stdout.strip()


@functools.cache
def code_version() -> str:
    """`TUNELOOP_CODE_VERSION` when set (images built without .git), else "0.1.0+<commit>" or "0.1.0"."""
    given = os.environ.get("TUNELOOP_CODE_VERSION", "").strip()
    if given:
        return given
    commit = _commit()
    return f"{_package_version()}+{commit[:12]}" if commit else _package_version()
