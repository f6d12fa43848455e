"""Training APIs: the base model registry, recipes laid over defaults, warnings, logged artifact downloads."""

from __future__ import annotations

import io
import zipfile

import pytest

from tests.factories import MembershipFactory, StaffFactory, UserFactory
from training.ml.tinymodel import TINY_MODEL_RECIPE
from training.models import ArtifactDownload, BaseModel, ModelArtifact, TrainingRun
from training.services import recipe_over

pytestmark = pytest.mark.django_db


@pytest.fixture
def model_folder(models_root):
    """A model folder in the test session's models directory (base models are registered only from there)."""
    folder = models_root / "tiny"
    folder.mkdir(exist_ok=True)
    (folder / "config.json").write_text("{}")
    return folder


def test_staff_register_base_models_with_a_checked_default_recipe(api, model_folder) -> None:
    staff = StaffFactory()
    body = {"name": "tiny", "path": str(model_folder), "default_recipe": {"adapter": "qlora"}}
    created = api(staff).post("/api/base-models/", body, format="json")
    assert created.status_code == 201, created.content
    assert BaseModel.objects.get(name="tiny").default_recipe["adapter"] == "qlora"
    again = api(staff).post("/api/base-models/", body, format="json")
    assert again.status_code == 400 and again.json()["field"] == "name"
    bad = api(staff).post(
        "/api/base-models/",
        {"name": "x", "path": str(model_folder), "default_recipe": {"adapter": "huge"}},
        format="json",
    )
    assert bad.status_code == 400 and "recipe.adapter" in bad.json()["detail"]
    assert api(UserFactory()).post("/api/base-models/", {"name": "y", "path": "/y"}, format="json").status_code == 403


def test_a_run_lays_its_recipe_over_the_base_models_default_and_says_its_warnings(
    api, admin_dataset, model_folder
) -> None:
    staff, dataset = admin_dataset
    base = BaseModel.objects.create(name="tiny", path=str(model_folder), default_recipe=TINY_MODEL_RECIPE)
    body = {"dataset": dataset.id, "base_model": base.id, "recipe": {"stages": ["sft"], "sft": {"epochs": 2}}}
    created = api(staff).post(f"/api/campaigns/{dataset.campaign_id}/runs/", body, format="json")
    assert created.status_code == 201, created.content
    recipe = created.json()["recipe"]
    assert recipe["sft"]["epochs"] == 2 and recipe["sft"]["learning_rate"] == TINY_MODEL_RECIPE["sft"]["learning_rate"]
    assert recipe["lora"]["modules_to_save"] == ["embed_tokens", "lm_head"]
    assert created.json()["warnings"] == []


def test_recipe_over_merges_objects_and_replaces_lists() -> None:
    default = {"lora": {"r": 16, "target_modules": ["q_proj", "v_proj"]}, "stages": ["sft", "dpo"]}
    given = {"lora": {"target_modules": ["o_proj"]}, "stages": ["sft"]}
    assert recipe_over(default, given) == {"lora": {"r": 16, "target_modules": ["o_proj"]}, "stages": ["sft"]}


def test_only_campaign_admins_download_an_artifact_and_every_download_is_logged(api, admin_dataset, tmp_path) -> None:
    staff, dataset = admin_dataset
    folder = tmp_path / "adapter"
    (folder / "nested").mkdir(parents=True)
    (folder / "adapter_config.json").write_text("{}")
    (folder / "nested" / "weights.bin").write_bytes(b"\0" * 10)
    run = TrainingRun.objects.create(
        campaign=dataset.campaign, dataset=dataset, base_model_path="/m", created_by=staff, status="succeeded"
    )
    artifact = ModelArtifact.objects.create(run=run, path=str(folder), sha256="0" * 64)
    response = api(staff).get(f"/api/artifacts/{artifact.id}/download/")
    assert response.status_code == 200
    names = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content))).namelist()
    assert names == [f"run-{run.id}-adapter/adapter_config.json", f"run-{run.id}-adapter/nested/weights.bin"]
    assert list(ArtifactDownload.objects.values_list("artifact_id", "user_id")) == [(artifact.id, staff.id)]
    reviewer = UserFactory()
    MembershipFactory(campaign=dataset.campaign, user=reviewer, role="reviewer")
    assert api(reviewer).get(f"/api/artifacts/{artifact.id}/download/").status_code == 403
    assert ArtifactDownload.objects.count() == 1
