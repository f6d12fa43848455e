"""Where the `tuneloop` command line keeps the server's URL and the token: the environment, else a 0600 file."""

from __future__ import annotations

import json
import os
from pathlib import Path


def config_path() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "tuneloop" / "config.json"


def load() -> dict[str, str]:
    """{"url", "token"}: TUNELOOP_URL / TUNELOOP_TOKEN win over what `tuneloop login` stored."""
    path = config_path()
    stored = json.loads(path.read_text()) if path.is_file() else {}
    for key, variable in (("url", "TUNELOOP_URL"), ("token", "TUNELOOP_TOKEN")):
        if os.environ.get(variable):
            stored[key] = os.environ[variable]
    return stored


def save(url: str, token: str) -> Path:
    """Write the file readable by its owner only (it holds a credential)."""
    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w") as file:
        json.dump({"url": url, "token": token}, file)
    path.chmod(0o600)  # an older file keeps its mode through O_TRUNC
    return path
