"""Stream a folder as a zip while it is sent: never whole in memory or on disk."""

from __future__ import annotations

import io
import os
import stat
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


def folder_files(folder: Path) -> list[Path]:
    """The regular files under `folder`, sorted. Symbolic links (to files or folders) are left out and never
    followed: a link in an artifact or export folder must not put a file from elsewhere into a download."""
    files = []
    for top, dirs, names in os.walk(folder, followlinks=False):
        dirs[:] = [name for name in dirs if not Path(top, name).is_symlink()]
        files += [path for path in (Path(top, name) for name in names) if not path.is_symlink() and path.is_file()]
    return sorted(files)


def _open_no_follow(path: Path) -> io.BufferedReader:
    """Open a regular file, refusing a link swapped in since the folder was listed (O_NOFOLLOW)."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise OSError(f"{path} is not a regular file")
    return os.fdopen(fd, "rb")


def zip_stream(folder: Path, root: str) -> Iterator[bytes]:
    """The folder's files as a zip, produced while it is sent: never whole in memory or on disk."""
    sink = _Sink()
    with zipfile.ZipFile(sink, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for path in folder_files(folder):
            info = zipfile.ZipInfo(f"{root}/{path.relative_to(folder).as_posix()}")
            info.compress_type = zipfile.ZIP_DEFLATED
            with _open_no_follow(path) as source, archive.open(info, "w", force_zip64=True) as target:
                while chunk := source.read(CHUNK):
                    target.write(chunk)
                    yield sink.take()
    yield sink.take()
