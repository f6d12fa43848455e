"""The whole loop through the public API and WebSocket: campaign, import, write, review, compare,
freeze, train (SFT then DPO with LoRA on a tiny local model), evaluate."""

from __future__ import annotations

import io
import json
import re
import uuid

import datasets
import pytest
from asgiref.sync import async_to_sync
from channels.testing import WebsocketCommunicator
from rest_framework.authtoken.models import Token

from labeling.demo_data import SYSTEM_PROMPT, TEMPLATE_FIELDS, demo_records
from labeling.models import Item
from tests.conftest import wait_for
from tests.factories import StaffFactory, UserFactory
from training.ml.tinymodel import TINY_MODEL_RECIPE
from tuneloop.asgi import application
from tuneloop.output_format import is_format_valid

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.slow]

# The replies come in milliseconds; the stalls seen in CI were the consumer dying on a Redis read
# timeout (fixed in settings, tests/test_channel_layer.py). A generous limit keeps a slow machine green.
WS_TIMEOUT = 30

RECORDS = demo_records(48)


def upload(client, campaign_id: int, lines: list[str]):
    body = io.BytesIO("\n".join(lines).encode())
    body.name = "notes.jsonl"
    return client.post(f"/api/campaigns/{campaign_id}/imports/", {"file": body}, format="multipart")


def import_notes(admin, campaign_id: int) -> dict:
    lines = [json.dumps(r.as_json()) for r in RECORDS[:20]]
    lines += ["{not json", json.dumps({"id": "no-text"})]
    lines += [json.dumps(r.as_json()) for r in RECORDS[20:]]
    response = upload(admin, campaign_id, lines)
    assert response.status_code == 202, response.content
    batch_id = response.json()["id"]
    return wait_for(lambda: (b := admin.get(f"/api/imports/{batch_id}/").json())["status"] == "done" and b)


def write_and_review(writer, reviewer, campaign_id: int, references: dict[str, str] | None = None) -> None:
    """The writer answers every item (with its reference, by external id), the reviewer approves each."""
    references = references or {r.external_id: r.reference for r in RECORDS}
    for _ in references:
        task = writer.get(f"/api/campaigns/{campaign_id}/authoring/next/").json()
        item = task["item"]
        response = writer.post(f"/api/items/{item['id']}/examples/", {"response": references[item["external_id"]]})
        assert response.status_code == 201, response.content
        review = reviewer.get(f"/api/campaigns/{campaign_id}/reviews/next/").json()
        assert review["example"]["id"] == response.json()["id"]
        decision = reviewer.post(f"/api/examples/{review['example']['id']}/review/", {"decision": "approve"})
        assert decision.json()["status"] == "approved"
    assert writer.get(f"/api/campaigns/{campaign_id}/authoring/next/").json()["item"] is None


def preferred(task: dict) -> str:
    valid = [is_format_valid(task[side]["text"], TEMPLATE_FIELDS) for side in ("a", "b")]
    return "tie" if valid[0] == valid[1] else ("a" if valid[0] else "b")


async def compare_over_websocket(token: str, campaign_id: int) -> dict:
    """Judge every comparison over the WebSocket, resending the first judgement once."""
    headers = [(b"authorization", f"Token {token}".encode()), (b"origin", b"http://127.0.0.1:8000")]
    ws = WebsocketCommunicator(application, f"/ws/campaigns/{campaign_id}/review/", headers=headers)
    connected, _ = await ws.connect(timeout=WS_TIMEOUT)
    assert connected
    stats = {"judged": 0, "duplicates": 0}
    message = await ws.receive_json_from(timeout=WS_TIMEOUT)
    while message["type"] == "task":
        task = message["task"]
        assert set(task) >= {"id", "item", "a", "b"} and "source" not in json.dumps(task)
        judgement = {
            "type": "judgement",
            "task": task["id"],
            "choice": preferred(task),
            "idempotency_key": str(uuid.uuid4()),
        }
        resends = 2 if stats["judged"] == 0 else 1
        for _ in range(resends):
            await ws.send_json_to(judgement)
            stored = await ws.receive_json_from(timeout=WS_TIMEOUT)
            assert stored["type"] == "judgement.stored", stored
            stats["duplicates"] += stored["duplicate"]
            message = await ws.receive_json_from(timeout=WS_TIMEOUT)
        stats["judged"] += 1
    assert message["type"] == "queue.empty"
    await ws.disconnect()
    return stats


def test_the_whole_loop(api, worker, tiny_model_path, tiny_base_model) -> None:
    staff, writer_user, reviewer_user = StaffFactory(), UserFactory(), UserFactory()
    admin, writer, reviewer = api(staff), api(writer_user), api(reviewer_user)

    # a. A campaign with an output template, and two reviewers.
    created = admin.post(
        "/api/campaigns/",
        {"name": "Claims", "system_prompt": SYSTEM_PROMPT, "output_fields": TEMPLATE_FIELDS},
        format="json",
    )
    assert created.status_code == 201, created.content
    campaign_id = created.json()["id"]
    for user in (writer_user, reviewer_user):
        added = admin.post(f"/api/campaigns/{campaign_id}/members/", {"username": user.username, "role": "reviewer"})
        assert added.status_code == 201

    # Wrong role: a reviewer cannot import.
    denied = upload(writer, campaign_id, [json.dumps(RECORDS[0].as_json())])
    assert denied.status_code == 403
    assert "admin role" in denied.json()["detail"]

    # b. Import: anonymized by the worker, bad lines reported by number, good lines kept.
    batch = import_notes(admin, campaign_id)
    assert batch["accepted"] == len(RECORDS)
    assert [e["line"] for e in batch["errors"]] == [21, 22]
    assert "text" in batch["errors"][1]["message"]
    assert batch["entity_counts"]["PERSON"] >= len(RECORDS)
    for record, item in zip(RECORDS, Item.objects.order_by("id"), strict=True):
        for secret in re.findall(r"\S+@example\.com|\d{3}-\d{2}-\d{4}", record.text):
            assert secret not in item.text

    # c. One reviewer writes, the other approves.
    write_and_review(writer, reviewer, campaign_id)

    # d. Pairwise comparisons over the WebSocket, stored once despite a resend.
    stats = async_to_sync(compare_over_websocket)(Token.objects.get(user=reviewer_user).key, campaign_id)
    assert stats["judged"] == 3 * len(RECORDS) and stats["duplicates"] == 1

    # e. Freeze a dataset version and export TRL files that `datasets` opens.
    dataset = admin.post(f"/api/campaigns/{campaign_id}/datasets/").json()
    assert len(dataset["content_hash"]) == 64
    assert dataset["counts"]["train"]["sft"] > 20 and dataset["counts"]["test"]["sft"] >= 2
    for kind, columns in (("sft", {"messages"}), ("dpo", {"prompt", "chosen", "rejected"})):
        export = admin.get(f"/api/datasets/{dataset['id']}/export/{kind}/train/")
        assert export.status_code == 200
        rows = [json.loads(line) for line in b"".join(export.streaming_content).decode().splitlines()]
        assert set(datasets.Dataset.from_list(rows).column_names) == columns

    # f. Train SFT then DPO with LoRA on the tiny local model.
    run = admin.post(
        f"/api/campaigns/{campaign_id}/runs/",
        {"dataset": dataset["id"], "base_model_path": str(tiny_model_path), "recipe": TINY_MODEL_RECIPE},
        format="json",
    )
    assert run.status_code == 201, run.content
    run = wait_for(
        lambda: (r := admin.get(f"/api/runs/{run.json()['id']}/").json())["status"] in ("succeeded", "failed") and r,
        timeout=600,
    )
    assert run["status"] == "succeeded", run["error"]
    assert {m["stage"] for m in run["metrics"]} == {"sft", "dpo"}
    assert all(m["loss"] is not None for m in run["metrics"])
    assert run["artifact"]["lineage"]["dataset_hash"] == dataset["content_hash"]
    assert len(run["artifact"]["sha256"]) == 64 and "adapter_config.json" in run["artifact"]["files"]

    # g. Evaluate the candidate against the base model and the prompt-only baseline on the test split.
    evaluation = admin.post(f"/api/campaigns/{campaign_id}/evaluations/", {"artifact": run["artifact"]["id"]})
    assert evaluation.status_code == 201, evaluation.content
    report = wait_for(
        lambda: (
            (e := admin.get(f"/api/evaluations/{evaluation.json()['id']}/").json())["status"] in ("succeeded", "failed")
            and e
        ),
        timeout=300,
    )
    assert report["status"] == "succeeded", report["error"]
    contenders = {name: c["metrics"] for name, c in report["report"]["contenders"].items()}
    assert set(contenders) == {"base", "prompt_baseline", "candidate"}
    assert contenders["candidate"]["format_validity"] > contenders["base"]["format_validity"]
    assert set(contenders["candidate"]["field_f1"]) == set(TEMPLATE_FIELDS)
    assert contenders["candidate"]["field_f1_mean"] > contenders["base"]["field_f1_mean"]
    gain = report["report"]["differences"]["candidate_vs_base"]["field_f1_mean"]
    assert gain["n"] == report["report"]["n"] and gain["ci95"][0] <= gain["delta"] <= gain["ci95"][1]
    assert {s["model"] for s in report["samples"]} == {"base", "prompt_baseline", "candidate"}

    # The tuned model now drafts responses for new items; a reviewer starts from its draft.
    patched = admin.patch(f"/api/campaigns/{campaign_id}/", {"prefill_artifact": run["artifact"]["id"]}, format="json")
    assert patched.status_code == 200, patched.content
    more = demo_records(52)[48:]
    response = upload(admin, campaign_id, [json.dumps(r.as_json()) for r in more])
    assert response.status_code == 202
    drafts = wait_for(
        lambda: (t := writer.get(f"/api/campaigns/{campaign_id}/authoring/next/").json())["prefill"] and t
    )
    assert drafts["item"]["external_id"] == more[0].external_id
    assert drafts["prefill"].startswith("Claim Type:"), drafts["prefill"]  # the tuned model's first line


def test_unknown_base_model_fails_the_run_with_a_reason(api, worker, models_root) -> None:
    """An unregistered path is refused at once, saying nothing about the disk; a registered model that does
    not load fails its run with a readable reason."""
    from dataset_versions.services.freeze import dataset_freeze
    from labeling.models import Example
    from tests.factories import CampaignFactory, ItemFactory, MembershipFactory
    from training.services import base_model_register

    staff, author, reviewer = StaffFactory(), UserFactory(), UserFactory()
    campaign = CampaignFactory(created_by=staff)
    MembershipFactory(campaign=campaign, user=staff, role="admin")
    for n in range(12):
        item = ItemFactory(campaign=campaign)
        Example.objects.create(
            item=item, author=author, reviewer=reviewer, status="approved", response=RECORDS[n].reference
        )
    dataset = dataset_freeze(campaign=campaign, user=staff)
    client = api(staff)
    refused = client.post(
        f"/api/campaigns/{campaign.id}/runs/",
        {"dataset": dataset.id, "base_model_path": "/nowhere/model", "recipe": {"stages": ["sft"]}},
        format="json",
    )
    assert refused.status_code == 400 and refused.json()["field"] == "base_model_path"
    assert "/nowhere/model" not in refused.json()["detail"]
    folder = models_root / "not-a-model"
    folder.mkdir(exist_ok=True)
    (folder / "config.json").write_text("{}")
    broken = base_model_register(name="not a model", path=str(folder), default_recipe={})
    created = client.post(
        f"/api/campaigns/{campaign.id}/runs/",
        {"dataset": dataset.id, "base_model": broken.id, "recipe": {"stages": ["sft"]}},
        format="json",
    )
    assert created.status_code == 201, created.content
    url = f"/api/runs/{created.json()['id']}/"
    run = wait_for(
        lambda: (r := client.get(url).json())["status"] == "failed" and r, describe=lambda: client.get(url).json()
    )
    assert run["error"] and "Traceback" not in run["error"]
