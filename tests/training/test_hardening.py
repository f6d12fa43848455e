"""Issue 13, findings 1 and 2: runs train only registered base models under the models directory, and every
recipe field is bounded (no free hostfile path, a capped process count, numeric ranges)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.factories import MembershipFactory, StaffFactory, UserFactory
from training.ml import distributed
from training.ml.config import Recipe
from training.models import BaseModel, TrainingRun
from training.services import run_prepare
from training.tasks import training_run_execute

pytestmark = pytest.mark.django_db

SFT_ONLY = {"stages": ["sft"]}


@pytest.fixture
def models_dir(settings, tmp_path) -> Path:
    """A models directory of this test's own, with one model folder in it."""
    root = tmp_path / "models"
    (root / "tiny").mkdir(parents=True)
    (root / "tiny" / "config.json").write_text("{}")
    settings.BASE_MODEL_ROOTS = [root]
    return root


@pytest.fixture
def hostfiles_dir(settings, tmp_path) -> Path:
    folder = tmp_path / "hostfiles"
    folder.mkdir()
    settings.TRAINING_HOSTFILES_DIR = folder
    return folder


def start_run(client, dataset, **body):
    return client.post(f"/api/campaigns/{dataset.campaign_id}/runs/", {"dataset": dataset.id, **body}, format="json")


# --- finding 1: free-form base model paths ------------------------------------------------------------


def test_a_run_refuses_a_path_no_registered_model_has(api, admin_dataset, models_dir, settings) -> None:
    staff, dataset = admin_dataset
    other_run = Path(settings.ARTIFACTS_DIR) / "run-7" / "model"
    other_run.mkdir(parents=True)
    (other_run / "config.json").write_text("{}")
    (models_dir / "loop").symlink_to(models_dir / "loop")
    client = api(staff)
    paths = ("../run-7/model", str(other_run), str(models_dir / "tiny"), "/nowhere/model", str(models_dir / "loop"))
    answers = [start_run(client, dataset, base_model_path=path, recipe=SFT_ONLY) for path in paths]
    assert [answer.status_code for answer in answers] == [400] * len(paths)
    assert all(answer.json()["field"] == "base_model_path" for answer in answers)
    # The same words whether the path exists, lies in the models directory or nowhere: nothing to probe with.
    assert len({answer.json()["detail"] for answer in answers}) == 1
    assert "run-7" not in answers[0].json()["detail"] and "nowhere" not in answers[3].json()["detail"]
    assert not TrainingRun.objects.exists()


def test_a_path_that_resolves_to_a_registered_model_starts_a_run(api, admin_dataset, models_dir) -> None:
    staff, dataset = admin_dataset
    base = BaseModel.objects.create(name="tiny", path=str(models_dir / "tiny"))
    (models_dir / "alias").symlink_to(models_dir / "tiny")
    client = api(staff)
    for path in (str(models_dir / "x" / ".." / "tiny"), str(models_dir / "alias")):
        created = start_run(client, dataset, base_model_path=path, recipe=SFT_ONLY)
        assert created.status_code == 201, created.content
        assert created.json()["base_model_path"] == base.path


def test_a_registered_model_outside_the_models_directory_is_refused(api, admin_dataset, models_dir) -> None:
    staff, dataset = admin_dataset
    stale = BaseModel.objects.create(name="before the models directory", path="/models/tiny")
    created = start_run(api(staff), dataset, base_model=stale.id, recipe=SFT_ONLY)
    assert created.status_code == 400 and created.json()["field"] == "base_model"
    assert not TrainingRun.objects.exists()


def test_staff_register_only_model_folders_under_the_models_directory(api, models_dir, tmp_path) -> None:
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "config.json").write_text("{}")
    (models_dir / "escape").symlink_to(outside)
    client = api(StaffFactory())
    for path in ("/etc", str(outside), str(models_dir / ".." / "elsewhere"), str(models_dir / "escape")):
        refused = client.post("/api/base-models/", {"name": "x", "path": path}, format="json")
        assert refused.status_code == 400 and refused.json()["field"] == "path", path
    created = client.post("/api/base-models/", {"name": "tiny", "path": str(models_dir / "tiny")}, format="json")
    assert created.status_code == 201, created.content
    assert BaseModel.objects.get().path == str((models_dir / "tiny").resolve())


def test_base_models_show_server_paths_to_staff_only(api, models_dir) -> None:
    BaseModel.objects.create(name="tiny", path=str(models_dir / "tiny"))
    [seen_by_staff] = api(StaffFactory()).get("/api/base-models/").json()["results"]
    [seen_by_reviewer] = api(UserFactory()).get("/api/base-models/").json()["results"]
    assert seen_by_staff["path"] == str(models_dir / "tiny")
    assert "path" not in seen_by_reviewer and seen_by_reviewer["name"] == "tiny"


# --- finding 2: unchecked recipe fields -----------------------------------------------------------------


def test_a_recipe_cannot_name_a_hostfile_path(api, admin_dataset, models_dir, hostfiles_dir) -> None:
    staff, dataset = admin_dataset
    base = BaseModel.objects.create(name="tiny", path=str(models_dir / "tiny"))
    (hostfiles_dir / "cluster").write_text("worker-1 slots=8\nworker-2 slots=8\n")
    client = api(staff)
    for hostfile in ("/dev/zero", "../hostfiles/cluster", str(hostfiles_dir / "cluster"), "missing"):
        recipe = {**SFT_ONLY, "distributed": {"hostfile": hostfile, "num_processes": 16}}
        refused = start_run(client, dataset, base_model=base.id, recipe=recipe)
        assert refused.status_code == 400, hostfile
        assert refused.json()["field"] == "recipe" and "recipe.distributed.hostfile" in refused.json()["detail"]
    recipe = {**SFT_ONLY, "distributed": {"hostfile": "cluster", "num_processes": 16}}
    created = start_run(client, dataset, base_model=base.id, recipe=recipe)
    assert created.status_code == 201, created.content


def test_the_process_count_is_bounded(api, admin_dataset, models_dir) -> None:
    staff, dataset = admin_dataset
    base = BaseModel.objects.create(name="tiny", path=str(models_dir / "tiny"))
    recipe = {**SFT_ONLY, "distributed": {"num_processes": 100_000}}
    refused = start_run(api(staff), dataset, base_model=base.id, recipe=recipe)
    assert refused.status_code == 400
    assert refused.json()["detail"] == "recipe.distributed.num_processes: must be > 0 and <= 64"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"lora": {"r": 1_000_000}}, "recipe.lora.r: must be > 0 and <= 1024"),
        ({"lora": {"alpha": 10**9}}, "recipe.lora.alpha: must be > 0 and <= 4096"),
        ({"lora": {"target_modules": ["q"] * 1000}}, "recipe.lora.target_modules: must be a non-empty list"),
        ({"lora": {"modules_to_save": ["x" * 1000]}}, "recipe.lora.modules_to_save: must be at most 64 names"),
        ({"sft": {"epochs": float("inf")}}, "recipe.sft.epochs: must be > 0 and <= 1000"),
        ({"sft": {"epochs": float("nan")}}, "recipe.sft.epochs: must be > 0 and <= 1000"),
        ({"sft": {"learning_rate": 10}}, "recipe.sft.learning_rate: must be > 0 and <= 1"),
        ({"sft": {"batch_size": 10**6}}, "recipe.sft.batch_size: must be > 0 and <= 4096"),
        ({"dpo": {"max_length": 10**9}}, "recipe.dpo.max_length: must be > 0 and <= 131072"),
        ({"sft": {"seed": 2**40}}, "recipe.sft.seed: must be >= 0 and <= 4294967295"),
        ({"sft": {"save_steps": 10**12}}, "recipe.sft.save_steps: must be > 0 and <= 1000000"),
        ({"sft": {"logging_steps": 10**12}}, "recipe.sft.logging_steps: must be > 0 and <= 1000000"),
        ({"dpo": {"eval_steps": 10**12}}, "recipe.dpo.eval_steps: must be >= 0 and <= 1000000"),
        ({"dpo": {"gradient_accumulation_steps": 10**7}}, "recipe.dpo.gradient_accumulation_steps: must be > 0"),
        ({"dpo": {"beta": 1e6}}, "recipe.dpo.beta: must be > 0 and <= 100"),
        ({"dpo": {"warmup_ratio": float("nan")}}, "recipe.dpo.warmup_ratio: must be >= 0 and < 1"),
        ({"distributed": {"hostfile": "a/b"}}, "recipe.distributed.hostfile: must be empty or the name"),
    ],
)
def test_every_numeric_recipe_field_has_a_range_named_in_its_error(data, message) -> None:
    with pytest.raises(ValueError, match="^" + message.replace(".", r"\.").replace("[", r"\[")):
        Recipe.from_dict(data)


def test_the_largest_values_allowed_make_a_valid_recipe() -> None:
    recipe = Recipe.from_dict(
        {
            "distributed": {"num_processes": 64},
            "sft": {"epochs": 1000, "learning_rate": 1, "seed": 2**32 - 1, "max_length": 131072},
            "lora": {"r": 1024, "alpha": 4096},
        }
    )
    assert recipe.distributed.num_processes == 64 and recipe.sft.seed == 2**32 - 1


def test_a_hostfile_is_read_only_when_it_is_a_small_regular_file(tmp_path) -> None:
    big = tmp_path / "big"
    big.write_text("worker slots=8\n" * (distributed.MAX_HOSTFILE_BYTES // 10))
    with pytest.raises(ValueError, match="larger than"):
        distributed.hostfile_machines(big)
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    for special in ("/dev/zero", str(fifo)):
        with pytest.raises(ValueError, match="not a regular file"):
            distributed.hostfile_machines(special)
    small = tmp_path / "small"
    small.write_text("# two\nworker-1 slots=8\nworker-2 slots=8\n")
    assert distributed.hostfile_machines(small) == 2


def test_a_queued_run_with_an_old_free_hostfile_fails_with_a_reason(admin_dataset, models_dir) -> None:
    """A run queued before the fix (and re-enqueued at every start) fails once, cleanly, reading nothing."""
    staff, dataset = admin_dataset
    recipe = Recipe.from_dict(SFT_ONLY).to_dict()
    recipe["distributed"]["hostfile"] = "/dev/zero"
    run = TrainingRun.objects.create(
        campaign=dataset.campaign,
        dataset=dataset,
        base_model_path=str(models_dir / "tiny"),
        recipe=recipe,
        created_by=staff,
    )
    with pytest.raises(ValueError, match=r"recipe\.distributed\.hostfile"):
        run_prepare(run=run)
    training_run_execute.fn(run.id)
    run.refresh_from_db()
    assert run.status == "failed" and "recipe.distributed.hostfile" in run.error


def test_a_non_staff_campaign_admin_cannot_start_runs_on_other_campaigns_models(api, admin_dataset, models_dir) -> None:
    """The attack of finding 1 end to end: a campaign admin (not staff) points a run at another run's output."""
    _, dataset = admin_dataset
    admin = UserFactory()
    MembershipFactory(campaign=dataset.campaign, user=admin, role="admin")
    created = start_run(api(admin), dataset, base_model_path="../run-7/model", recipe={**SFT_ONLY, "adapter": "full"})
    assert created.status_code == 400 and not TrainingRun.objects.exists()
