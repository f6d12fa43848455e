"""Issue 13, low findings: a zip download (artifacts, dataset folders) holds the folder's own files only; a
symbolic link in the folder is left out, never followed to a file or folder elsewhere."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest

from tuneloop.zipstream import zip_stream

SECRET = b"another campaign's adapter"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    outside = tmp_path / "outside"
    (outside / "dir").mkdir(parents=True)
    (outside / "secret.bin").write_bytes(SECRET)
    (outside / "dir" / "weights.bin").write_bytes(SECRET)
    folder = tmp_path / "export"
    (folder / "sub").mkdir(parents=True)
    (folder / "train.jsonl").write_text("{}\n")
    (folder / "sub" / "config.json").write_text("{}")
    (folder / "model.bin").symlink_to(outside / "secret.bin")  # a link to a file outside
    (folder / "sub" / "more").symlink_to(outside / "dir")  # and to a folder outside
    (folder / "again.jsonl").symlink_to(folder / "train.jsonl")  # even one inside is not followed
    os.mkfifo(folder / "pipe")  # nor is anything that is not a regular file read
    return folder


def test_symlinks_are_left_out_of_the_zip(folder: Path) -> None:
    data = b"".join(zip_stream(folder, "run-1-adapter"))
    archive = zipfile.ZipFile(io.BytesIO(data))
    assert sorted(archive.namelist()) == ["run-1-adapter/sub/config.json", "run-1-adapter/train.jsonl"]
    assert all(archive.read(name) != SECRET for name in archive.namelist())
    assert SECRET not in data
