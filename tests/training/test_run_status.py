"""A run's status read alone (GET /api/runs/<id>/status/): what a follower polls, without the metrics and events."""

from __future__ import annotations

import pytest
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from training.models import TrainingRun
from training.services import run_event_record, run_fail, run_metric_record

pytestmark = pytest.mark.django_db


def test_a_queued_run_has_no_stage_no_metric_step_and_no_error(api, run) -> None:
    body = api(run.created_by).get(f"/api/runs/{run.id}/status/").json()
    assert body == {
        "id": run.id,
        "status": "queued",
        "stage": None,
        "step": 0,
        "metric_step": None,
        "updated_at": body["updated_at"],
        "error": None,
    }
    assert parse_datetime(body["updated_at"]) == run.created_at


def test_the_status_follows_metrics_and_events_and_says_why_a_run_failed(api, run) -> None:
    client = api(run.created_by)
    TrainingRun.objects.filter(id=run.id).update(status="running", started_at=timezone.now())
    run_metric_record(run=run, stage="sft", step=3, values={"loss": 1.2})
    event = run_event_record(run=run, kind="checkpoint", message="saved", data={"stage": "sft", "step": 3})
    body = client.get(f"/api/runs/{run.id}/status/").json()
    assert (body["status"], body["stage"], body["step"], body["metric_step"]) == ("running", "sft", 3, 3)
    assert parse_datetime(body["updated_at"]) == event.created_at and body["error"] is None
    run.refresh_from_db()
    run_fail(run=run, reason="CUDA out of memory at step 4")
    failed = client.get(f"/api/runs/{run.id}/status/").json()
    assert (failed["status"], failed["error"]) == ("failed", "CUDA out of memory at step 4")
    assert parse_datetime(failed["updated_at"]) >= parse_datetime(body["updated_at"])
    assert "metrics" not in failed and "events" not in failed
