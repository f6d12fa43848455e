"""The whole loop through `tuneloop_client` alone, against a live server: a label-set campaign, import, answers,
approvals, freeze, a DatasetDict, training followed live, evaluation, the gate, promotion and a deployment key."""

from __future__ import annotations

import json

import pytest
from tuneloop_client import Client, MetricRow, RunEvent, TuneloopError, cli

from tests.evaluation.test_label_set_api import LABELS, SPEC, SYSTEM_PROMPT, disputes
from tests.factories import StaffFactory, UserFactory
from training.ml.tinymodel import TINY_MODEL_RECIPE

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.slow]

PASSWORD = "pw-for-tests"  # tests/factories.py
RECIPE = {**TINY_MODEL_RECIPE, "stages": ["sft"], "sft": {**TINY_MODEL_RECIPE["sft"], "epochs": 6}}


def answer_and_approve(writer: Client, reviewer: Client, campaign: int, labels: dict[str, str]) -> int:
    """The writer labels every item it is given, the reviewer approves each answer; how many were approved."""
    approved = 0
    while (task := writer.next_task(campaign)) is not None:
        example = writer.submit_answer(task["item"]["id"], labels[task["item"]["external_id"]])
        review = reviewer.next_review(campaign)
        assert review is not None and review["example"]["id"] == example["id"]
        approved += reviewer.approve(example["id"])["status"] == "approved"
    return approved


def test_the_whole_loop_through_the_client(live_server, worker, tiny_base_model, tmp_path, monkeypatch) -> None:
    staff, writer_user, reviewer_user = StaffFactory(), UserFactory(), UserFactory()
    admin = Client(live_server.url, username=staff.username, password=PASSWORD, poll_interval=0.2)
    writer = Client(live_server.url, username=writer_user.username, password=PASSWORD)
    reviewer = Client(live_server.url, username=reviewer_user.username, password=PASSWORD)

    # A label-set campaign in one call, and its two reviewers.
    campaign = admin.create_campaign("Card disputes", system_prompt=SYSTEM_PROMPT, guideline=SPEC)
    assert campaign.output_fields == [] and campaign.id in [c.id for c in admin.campaigns()]
    for user in (writer_user, reviewer_user):
        admin.add_member(campaign, user.username)
    with pytest.raises(TuneloopError) as denied:
        writer.freeze(campaign)
    assert denied.value.status == 403

    # Import: one bad line among the records, reported by number; the good ones kept.
    records = disputes(32)
    lines = [json.dumps({"id": key, "text": text}) for key, (text, _) in records.items()]
    path = tmp_path / "disputes.jsonl"
    path.write_text("\n".join([*lines[:5], "{not json", *lines[5:]]) + "\n")
    batch = admin.import_file(campaign, path, progress=False)
    assert batch.status == "done" and batch.accepted == len(records)
    assert [error["line"] for error in batch.errors] == [6]
    assert len(list(admin.items(campaign))) == len(records)

    assert answer_and_approve(writer, reviewer, campaign.id, {k: label for k, (_, label) in records.items()}) == 32

    # Freeze, and the training splits as a Hugging Face DatasetDict.
    dataset = admin.freeze(campaign)
    assert len(dataset.content_hash) == 64 and dataset.counts["test"]["sft"] >= 2
    splits = admin.as_dataset_dict(dataset)
    assert splits["train"].num_rows == dataset.counts["train"]["sft"] and splits["train"].column_names == ["messages"]

    # Train, following the loss as it comes.
    run = admin.start_run(campaign, dataset, base_model=tiny_base_model.id, recipe=RECIPE)
    followed = list(admin.follow(run, interval=0.2))
    run = admin.wait(run, timeout=600)
    assert run.status == "succeeded", run.error
    losses = [row.loss for row in followed if isinstance(row, MetricRow) and row.loss is not None]
    assert len(losses) >= 2 and losses[-1] < losses[0]
    assert any(isinstance(row, RunEvent) for row in followed)
    assert {row.step for row in admin.metrics(run)} >= {row.step for row in followed if isinstance(row, MetricRow)}

    # Evaluate, read the report and the gate, promote.
    evaluation = admin.wait_evaluation(admin.evaluate(campaign, run.artifact_id), timeout=300)
    assert evaluation.status == "succeeded", evaluation.error
    report, gate = evaluation.report, evaluation.gate
    assert report is not None and set(report.contenders) == {"base", "prompt_baseline", "candidate"}
    assert report.differences["candidate_vs_base"]["accuracy"]["n"] == report.n == dataset.counts["test"]["sft"]
    assert set(report.contenders["candidate"]["per_label"]) == set(LABELS)
    assert gate is not None and gate.recommendation in ("promote", "reject") and gate.checks
    override = "tiny test model: the gate is not the point here" if gate.rejected else None
    promotion = admin.promote(evaluation, "Promoted from the client test.", override_reason=override)
    assert promotion.artifact == run.artifact_id
    assert promotion.id in [p.id for p in admin.promotions(campaign)]

    # A deployment of the promoted model and a key for /v1/.
    deployment = admin.create_deployment(campaign, "claims-triage")
    assert deployment.incumbent == run.artifact_id and [d.id for d in admin.deployments(campaign)] == [deployment.id]
    key = admin.create_key(deployment, "ci")
    assert key.key and [k.prefix for k in admin.keys(deployment)] == [key.prefix]

    # The command line reads the same server.
    monkeypatch.setenv("TUNELOOP_URL", live_server.url)
    monkeypatch.setenv("TUNELOOP_TOKEN", admin.token or "")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert cli.main(["deployments", str(campaign.id), "--json"]) == 0
