"""Content hashes of artifact folders, so a stored adapter can be checked later."""

from __future__ import annotations

import hashlib
from pathlib import Path


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def sha256_tree(folder: str | Path) -> dict[str, str]:
    """Return {relative posix path: sha256} for every file under `folder`, sorted by path."""
    root = Path(folder)
    files = sorted(p for p in root.rglob("*") if p.is_file())
    return {p.relative_to(root).as_posix(): _sha256_file(p) for p in files}


def tree_digest(files: dict[str, str]) -> str:
    """One sha256 over the sorted "name:hash" lines of a `sha256_tree` result."""
    lines = "".join(f"{name}:{files[name]}\n" for name in sorted(files))
    return hashlib.sha256(lines.encode()).hexdigest()
