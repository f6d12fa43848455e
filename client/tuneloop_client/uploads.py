"""A file wrapper that moves a tqdm bar as httpx streams it, so an import of any size is sent in chunks."""

from __future__ import annotations

import os
from typing import IO, Any

from tqdm import tqdm


class ProgressFile:
    """Reads `file` for httpx's multipart encoder and advances `bar`; a retry (seek(0)) starts the bar again."""

    def __init__(self, file: IO[bytes], bar: tqdm | None) -> None:
        self.file, self.bar = file, bar
        self.name = os.path.basename(getattr(file, "name", "upload"))

    def read(self, size: int = -1) -> bytes:
        chunk = self.file.read(size)
        if self.bar is not None and chunk:
            self.bar.update(len(chunk))
        return chunk

    def seek(self, offset: int, whence: int = 0) -> int:
        if self.bar is not None and offset == 0 and whence == 0:
            self.bar.reset()
        return self.file.seek(offset, whence)

    def tell(self) -> int:
        return self.file.tell()

    def fileno(self) -> int:  # lets httpx read the size, so the request has a Content-Length
        return self.file.fileno()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.file, name)


def progress_bar(total: int, filename: str, enabled: bool) -> tqdm | None:
    if not enabled:
        return None
    return tqdm(total=total, unit="B", unit_scale=True, unit_divisor=1024, desc=f"upload {filename}", leave=True)
