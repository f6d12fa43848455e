"""Cancelling training runs: a running run stops at its next logging step and keeps no artifact."""

from __future__ import annotations

import pytest

from tests.conftest import wait_for, worker_idle
from training.ml.tinymodel import TINY_MODEL_RECIPE
from training.models import ModelArtifact, RunMetric, TrainingRun
from training.tasks import training_run_execute

pytestmark = pytest.mark.django_db(transaction=True)
ENDLESS = {**TINY_MODEL_RECIPE, "stages": ["sft"], "sft": {**TINY_MODEL_RECIPE["sft"], "epochs": 500}}


@pytest.fixture
def admin_and_dataset(api, admin_dataset):
    staff, dataset = admin_dataset
    return api(staff), dataset


def test_a_running_run_stops_when_cancelled(admin_and_dataset, worker, tiny_model_path, tiny_base_model) -> None:
    client, dataset = admin_and_dataset
    created = client.post(
        f"/api/campaigns/{dataset.campaign_id}/runs/",
        {"dataset": dataset.id, "base_model_path": str(tiny_model_path), "recipe": ENDLESS},
        format="json",
    )
    run_id = created.json()["id"]
    wait_for(
        lambda: RunMetric.objects.filter(run_id=run_id).exists(),
        describe=lambda: TrainingRun.objects.filter(id=run_id).values("status", "error").first(),
    )
    cancelled = client.post(f"/api/runs/{run_id}/cancel/")
    assert cancelled.status_code == 200 and cancelled.json()["status"] == "cancelled"
    worker_idle(worker)  # the actor returned
    run = TrainingRun.objects.get(id=run_id)
    assert run.status == "cancelled" and run.error == ""
    assert not ModelArtifact.objects.filter(run=run).exists()
    assert RunMetric.objects.filter(run=run).count() < 100  # far from the 500 epochs asked for


def test_a_queued_run_cancelled_never_starts_and_a_finished_one_cannot_be(admin_and_dataset) -> None:
    client, dataset = admin_and_dataset
    run = TrainingRun.objects.create(
        campaign=dataset.campaign, dataset=dataset, base_model_path="/m", created_by=dataset.created_by
    )
    assert client.post(f"/api/runs/{run.id}/cancel/").json()["status"] == "cancelled"
    training_run_execute(run.id)
    run.refresh_from_db()
    assert run.status == "cancelled" and run.started_at is None
    again = client.post(f"/api/runs/{run.id}/cancel/")
    assert again.status_code == 409 and "already finished" in again.json()["detail"]
