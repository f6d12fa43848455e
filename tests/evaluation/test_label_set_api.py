"""A label-set campaign outside claims (a bank's card-dispute triage) driven through the REST API alone:
import, answers, approval, dataset, training on the tiny model, evaluation and its report; and a full
fine-tune's artifact evaluated the same way."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable

import pytest
from rest_framework.test import APIClient

from tests.conftest import wait_for
from tests.factories import StaffFactory, UserFactory
from tests.test_loop import upload, write_and_review
from training.ml.tinymodel import TINY_MODEL_RECIPE

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.slow]

LABELS = ["fraud", "merchant_error", "customer_error", "no_action"]
SPEC = {
    "user": "The card disputes desk of a retail bank",
    "input_description": "A cardholder's dispute message, anonymized",
    "expected_output": "The dispute's triage label",
    "acceptance_criteria": ["The label matches what the cardholder reports"],
    "must_never": ["Call a charge fraud when the cardholder admits making it"],
    "output_format": {"kind": "labels", "labels": LABELS, "multi_label": False},
}
SYSTEM_PROMPT = "Triage the card dispute with one label."
MESSAGES = {
    "fraud": "I never made the card payment of {amount} at the {merchant}; my card never left my wallet.",
    "merchant_error": "The {merchant} charged me {amount} twice for one purchase and will not reverse it.",
    "customer_error": "I forgot my own {merchant} subscription; the {amount} charge was mine after all.",
    "no_action": "The {amount} charge from the {merchant} is still pending; I only want to check it settles.",
}
MERCHANTS = ["grocery store", "fuel station", "online bookshop", "hotel", "airline", "pharmacy"]


def disputes(count: int) -> dict[str, tuple[str, str]]:
    """external id -> (message, label), the labels in turn so that every split holds each of them."""
    records = {}
    for n in range(count):
        label, merchant, amount = LABELS[n % len(LABELS)], MERCHANTS[n % len(MERCHANTS)], f"${12 + 7 * n}.{n % 10}0"
        records[f"dispute-{n}"] = (MESSAGES[label].format(amount=amount, merchant=merchant), label)
    return records


def finished(client: APIClient, url: str, *, timeout: float) -> dict:
    """GET `url` until its status is final; the last body."""
    return wait_for(
        lambda: (body := client.get(url).json())["status"] in ("succeeded", "done", "failed") and body,
        timeout=timeout,
        describe=lambda: client.get(url).json().get("status"),
    )


def label_set_dataset(api: Callable, count: int) -> tuple[APIClient, int, dict]:
    """(admin client, campaign id, dataset version): a dispute-triage campaign made, filled, answered,
    approved and frozen through the API."""
    staff, writer_user, reviewer_user = StaffFactory(), UserFactory(), UserFactory()
    admin, writer, reviewer = api(staff), api(writer_user), api(reviewer_user)
    # One call: the campaign and its label-set guideline (version 1), with no template fields.
    created = admin.post(
        "/api/campaigns/",
        {"name": "Card disputes", "system_prompt": SYSTEM_PROMPT, "guideline": SPEC},
        format="json",
    )
    assert created.status_code == 201, created.content
    campaign_id = created.json()["id"]
    assert created.json()["output_fields"] == []
    spec = admin.get(f"/api/campaigns/{campaign_id}/guidelines/").json()["current"]
    assert spec["version"] == 1 and spec["spec"]["output_format"]["labels"] == LABELS
    for user in (writer_user, reviewer_user):
        added = admin.post(f"/api/campaigns/{campaign_id}/members/", {"username": user.username, "role": "reviewer"})
        assert added.status_code == 201, added.content

    records = disputes(count)
    imported = upload(admin, campaign_id, [json.dumps({"id": key, "text": text}) for key, (text, _) in records.items()])
    assert imported.status_code == 202, imported.content
    batch = finished(admin, f"/api/imports/{imported.json()['id']}/", timeout=120)
    assert batch["status"] == "done" and batch["accepted"] == count, batch

    write_and_review(writer, reviewer, campaign_id, {key: label for key, (_, label) in records.items()})

    frozen = admin.post(f"/api/campaigns/{campaign_id}/datasets/")
    assert frozen.status_code == 201, frozen.content
    dataset = frozen.json()
    assert dataset["counts"]["test"]["sft"] >= 2, dataset["counts"]
    return admin, campaign_id, dataset


def train(admin: APIClient, campaign_id: int, body: dict) -> dict:
    """Start a run and wait for it; the succeeded run."""
    created = admin.post(f"/api/campaigns/{campaign_id}/runs/", body, format="json")
    assert created.status_code == 201, created.content
    run = finished(admin, f"/api/runs/{created.json()['id']}/", timeout=600)
    assert run["status"] == "succeeded", run["error"]
    return run


def evaluate(admin: APIClient, campaign_id: int, artifact_id: int) -> dict:
    """Start an evaluation round of the artifact and wait for it; the succeeded round."""
    created = admin.post(f"/api/campaigns/{campaign_id}/evaluations/", {"artifact": artifact_id})
    assert created.status_code == 201, created.content
    evaluation = finished(admin, f"/api/evaluations/{created.json()['id']}/", timeout=300)
    assert evaluation["status"] == "succeeded", evaluation["error"]
    return evaluation


def test_a_dispute_triage_campaign_goes_from_import_to_an_evaluation_report(api, worker, tiny_model_path) -> None:
    admin, campaign_id, dataset = label_set_dataset(api, 40)
    # The tiny model, registered as a base model with the recipe it learns with.
    base = admin.post(
        "/api/base-models/",
        {"name": "tiny-llama", "path": str(tiny_model_path), "default_recipe": TINY_MODEL_RECIPE},
        format="json",
    )
    assert base.status_code == 201, base.content
    run = train(
        admin,
        campaign_id,
        {
            "dataset": dataset["id"],
            "base_model": base.json()["id"],
            "recipe": {"stages": ["sft"], "sft": {"epochs": 6}},
        },
    )
    assert run["artifact"]["lineage"]["dataset_hash"] == dataset["content_hash"]

    evaluation = evaluate(admin, campaign_id, run["artifact"]["id"])
    report = evaluation["report"]
    n = report["n"]
    assert n == dataset["counts"]["test"]["sft"] and report["output_format"]["labels"] == LABELS
    contenders = {name: contender["metrics"] for name, contender in report["contenders"].items()}
    assert set(contenders) == {"base", "prompt_baseline", "candidate"}
    for name, metrics in contenders.items():
        assert 0 <= metrics["accuracy"] <= 1 and 0 <= metrics["macro_f1"] <= 1, name
        assert set(metrics["per_label"]) == set(LABELS)
        confusion = metrics["confusion"]
        assert confusion["labels"] == LABELS and confusion["columns"] == [*LABELS, "invalid"]
        # Rows are the references: each test item is counted once, in its reference's row.
        assert [sum(row) for row in confusion["matrix"]] == [metrics["per_label"][label]["support"] for label in LABELS]
        assert sum(map(sum, confusion["matrix"])) == n
    # The random-init base model writes no label; a few epochs teach the tuned one the task.
    assert contenders["candidate"]["format_validity"] > contenders["base"]["format_validity"]
    assert contenders["candidate"]["accuracy"] > contenders["base"]["accuracy"]
    for other in ("base", "prompt_baseline"):
        accuracy = report["differences"][f"candidate_vs_{other}"]["accuracy"]
        low, high = accuracy["ci95"]
        assert low <= accuracy["delta"] <= high and accuracy["n"] == n
        assert accuracy["delta"] == pytest.approx(contenders["candidate"]["accuracy"] - contenders[other]["accuracy"])
    assert report["gate"]["recommendation"] in ("promote", "reject") and report["gate"]["checks"]

    # The samples, a page at a time: every test item once, its reference next to each contender's output.
    url = f"/api/evaluations/{evaluation['id']}/samples/"
    first = admin.get(url, {"limit": 1}).json()
    assert len(first["results"]) == 1 and first["next"] is not None
    rest = admin.get(url, {"limit": 200, "after": first["next"]}).json()
    entries = first["results"] + rest["results"]
    assert rest["next"] is None and len({entry["item"] for entry in entries}) == len(entries) == n
    support = Counter({label: figures["support"] for label, figures in contenders["candidate"]["per_label"].items()})
    assert Counter(entry["reference"] for entry in entries) == +support
    assert all(set(entry["outputs"]) == set(contenders) for entry in entries)


def test_a_full_fine_tune_artifact_evaluates(api, worker, tiny_model_path, tiny_base_model) -> None:
    admin, campaign_id, dataset = label_set_dataset(api, 28)
    recipe = {"stages": ["sft"], "adapter": "full", "sft": {"epochs": 8, "learning_rate": 1e-3, "batch_size": 4}}
    run = train(
        admin, campaign_id, {"dataset": dataset["id"], "base_model_path": str(tiny_model_path), "recipe": recipe}
    )
    assert run["artifact"]["kind"] == "model" and "adapter_config.json" not in run["artifact"]["files"]

    evaluation = evaluate(admin, campaign_id, run["artifact"]["id"])
    report = evaluation["report"]
    contenders = {name: contender["metrics"] for name, contender in report["contenders"].items()}
    assert set(contenders) == {"base", "prompt_baseline", "candidate"}
    assert sum(map(sum, contenders["candidate"]["confusion"]["matrix"])) == report["n"]
    assert report["differences"]["candidate_vs_base"]["accuracy"]["n"] == report["n"]
    assert contenders["candidate"]["format_validity"] >= contenders["base"]["format_validity"]
    # The candidate's answers come from the tuned weights, loaded alone, not from the base model again.
    entries = admin.get(f"/api/evaluations/{evaluation['id']}/samples/", {"limit": 200}).json()["results"]
    assert len(entries) == report["n"]
    assert any(entry["outputs"]["candidate"]["output"] != entry["outputs"]["base"]["output"] for entry in entries)
