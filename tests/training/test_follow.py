"""Following a run: its metrics and events read a page at a time from `?after=`, in the shape the detail has."""

from __future__ import annotations

import pytest

from tests.factories import MembershipFactory, UserFactory
from training.services import run_event_record, run_metric_record

pytestmark = pytest.mark.django_db


def test_metrics_are_read_incrementally_and_the_last_row_comes_again(api, run) -> None:
    client = api(run.created_by)
    for step in (1, 2):
        run_metric_record(run=run, stage="sft", step=step, values={"loss": 3.0 - step})
    first = client.get(f"/api/runs/{run.id}/metrics/").json()
    assert [(row["stage"], row["step"], row["loss"]) for row in first["results"]] == [("sft", 1, 2.0), ("sft", 2, 1.0)]
    # Step 2's validation loss joins its row after the row was read; step 3 is new.
    run_metric_record(run=run, stage="sft", step=2, values={"eval_loss": 1.5})
    run_metric_record(run=run, stage="sft", step=3, values={"loss": 0.5})
    then = client.get(f"/api/runs/{run.id}/metrics/", {"after": first["next_after"]}).json()
    assert [row["step"] for row in then["results"]] == [2, 3]
    assert then["results"][0]["values"] == {"loss": 1.0, "eval_loss": 1.5}
    detail = client.get(f"/api/runs/{run.id}/").json()
    assert detail["metrics"][-1] == then["results"][-1]  # the same rows as the detail's


def test_metrics_are_paged_by_limit_new_rows_at_a_time(api, run) -> None:
    client = api(run.created_by)
    for step in range(1, 6):
        run_metric_record(run=run, stage="sft", step=step, values={"loss": 1.0 / step})
    page = client.get(f"/api/runs/{run.id}/metrics/", {"limit": 1}).json()
    steps = [row["step"] for row in page["results"]]
    for _ in range(10):
        page = client.get(f"/api/runs/{run.id}/metrics/", {"after": page["next_after"], "limit": 1}).json()
        assert len(page["results"]) <= 2  # the row read last, then one new one
        steps += [row["step"] for row in page["results"][1:]]
    assert steps == [1, 2, 3, 4, 5]


def test_events_are_read_after_the_last_one_seen_a_page_at_a_time(api, run) -> None:
    client = api(run.created_by)
    for n in range(5):
        run_event_record(run=run, kind="checkpoint", message=f"saved {n}", data={"stage": "sft", "step": n})
    page = client.get(f"/api/runs/{run.id}/events/", {"limit": 2}).json()
    messages = [row["message"] for row in page["results"]]
    while page["results"]:
        page = client.get(f"/api/runs/{run.id}/events/", {"after": page["next_after"], "limit": 2}).json()
        messages += [row["message"] for row in page["results"]]
    assert messages == [f"saved {n}" for n in range(5)]
    assert page["next_after"] is not None  # nothing new: the same cursor again
    run_event_record(run=run, kind="stage", message="sft done")
    newer = client.get(f"/api/runs/{run.id}/events/", {"after": page["next_after"]}).json()
    assert [row["message"] for row in newer["results"]] == ["sft done"]


def test_following_is_for_campaign_admins_and_checks_its_query(api, run) -> None:
    reviewer = UserFactory()
    MembershipFactory(campaign=run.campaign, user=reviewer, role="reviewer")
    assert api(reviewer).get(f"/api/runs/{run.id}/metrics/").status_code == 403
    assert api(reviewer).get(f"/api/runs/{run.id}/events/").status_code == 403
    bad = api(run.created_by).get(f"/api/runs/{run.id}/events/", {"after": "soon"})
    assert bad.status_code == 400 and "after" in bad.json()["errors"]
