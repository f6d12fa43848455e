"""Stream a folder as a zip while it is sent: never whole in memory or on disk."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from pathlib import Path

CHUNK = 64 * 1024


class _Sink(io.RawIOBase):
    """An unseekable stream that zipfile writes into and the response drains chunk by chunk."""

    def __init__(self) -> None:
        self._chunks: list[bytes] = []

    def writable(self) -> bool:
        return True

    def write(self, data: bytes) -> int:  # type: ignore[override]
        self._chunks.append(bytes(data))
        return len(data)

    def take(self) -> bytes:
        data, self._chunks = b"".join(self._chunks), []
        return data


def zip_stream(folder: Path, root: str) -> Iterator[bytes]:
    """The folder's files as a zip, produced while it is sent: never whole in memory or on disk."""
    sink = _Sink()
    with zipfile.ZipFile(sink, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            info = zipfile.ZipInfo(f"{root}/{path.relative_to(folder).as_posix()}")
            info.compress_type = zipfile.ZIP_DEFLATED
            with path.open("rb") as source, archive.open(info, "w", force_zip64=True) as target:
                while chunk := source.read(CHUNK):
                    target.write(chunk)
                    yield sink.take()
    yield sink.take()
