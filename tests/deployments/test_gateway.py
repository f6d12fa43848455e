"""The OpenAI-compatible gateway: keys, routing by stage, checks with retry and fallback, rollback, storage."""

from __future__ import annotations

import json
import random
from collections import Counter

import pytest
from django.test import Client

from deployments.gateway import caller_digest, completion_chunks
from deployments.models import DeploymentChange, ServedRequest
from deployments.services.keys import api_key_create, api_key_revoke, key_authenticate
from deployments.services.lifecycle import deployment_change, deployment_create, deployment_rollback
from deployments.services.serving import bucket, route
from tests.deployments.label_model import label_messages, loss_note
from tests.evaluation.rounds import LABELS

pytestmark = pytest.mark.django_db


def chat(secret: str, content: str, **extra) -> tuple[int, dict]:
    body = {"model": extra.pop("model", "triage"), "messages": label_messages(content), **extra}
    response = Client().post(
        "/v1/chat/completions", json.dumps(body), content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {secret}"
    )
    return response.status_code, response.json()


def note(seed: int = 0, cause: str = "fire") -> str:
    return loss_note(cause, random.Random(seed))


def test_a_key_gets_a_completion_from_the_promoted_model_and_the_request_is_stored_anonymized(deployed) -> None:
    listed = Client().get("/v1/models", HTTP_AUTHORIZATION=f"Bearer {deployed.secret}").json()
    assert [model["id"] for model in listed["data"]] == ["triage"]
    status, body = chat(deployed.secret, note() + " Call Maria Gonzalez on 415-555-0136.")
    assert status == 200, body
    assert body["object"] == "chat.completion" and body["model"] == "triage"
    assert body["choices"][0]["message"]["content"] in LABELS
    assert body["usage"]["prompt_tokens"] > 0 and body["usage"]["completion_tokens"] > 0
    assert body["tuneloop"] == {"served_by": "incumbent", "status": "ok", "attempts": 1}
    row = ServedRequest.objects.get(request_id=body["id"])
    stored = json.dumps(row.messages)
    assert "Maria Gonzalez" not in stored and "415-555-0136" not in stored and "<PERSON" in stored
    assert row.artifact_id == deployed.good.id and row.output in LABELS and row.latency_ms > 0


def test_a_revoked_or_unknown_key_gets_401_and_a_key_reaches_its_own_deployment_only(deployed) -> None:
    other = deployment_create(campaign=deployed.campaign, user=deployed.admin, name="other", incumbent=deployed.good)
    _, other_secret = api_key_create(deployment=other, user=deployed.admin, name="another caller")
    status, body = chat(other_secret, note(), model="triage")
    assert status == 404 and body["error"]["code"] == "model_not_found" and body["error"]["param"] == "model"
    status, served = chat(deployed.secret, note())
    assert status == 200
    feedback = Client().post(
        "/v1/feedback",
        json.dumps({"request_id": served["id"], "decision": "fire"}),
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {other_secret}",
    )
    assert feedback.status_code == 404  # another key's request is unknown to it
    api_key_revoke(key=deployed.key, user=deployed.admin)
    status, body = chat(deployed.secret, note())
    assert status == 401 and body["error"]["code"] == "invalid_api_key"
    assert chat("tl-not-a-key", note())[0] == 401
    assert Client().get("/v1/models").status_code == 401
    actions = list(DeploymentChange.objects.filter(deployment=deployed.deployment).values_list("action", flat=True))
    assert actions == ["create", "key_create", "key_revoke"]


def test_a_bad_request_names_its_field(deployed) -> None:
    client, auth = Client(), {"HTTP_AUTHORIZATION": f"Bearer {deployed.secret}"}
    cases = [
        ({"model": "triage"}, "messages"),
        ({"messages": [{"role": "robot", "content": "x"}]}, "messages[0]"),
        ({"messages": label_messages("x"), "temperature": 5}, "temperature"),
        ({"messages": label_messages("x"), "max_tokens": 0}, "max_tokens"),
        ({"messages": label_messages("x"), "stream": "yes"}, "stream"),
        ({"messages": label_messages("x"), "stream": True, "stream_options": {"usage": 1}}, "stream_options"),
        ({"messages": label_messages("x"), "n": 2}, "n"),
    ]
    for body, field in cases:
        response = client.post("/v1/chat/completions", json.dumps(body), content_type="application/json", **auth)
        assert response.status_code == 400 and response.json()["error"]["param"] == field, (body, response.content)
    assert ServedRequest.objects.count() == 0


def test_a_limited_rollout_serves_the_share_from_the_challenger_sticky_per_caller(deployed) -> None:
    deployment = deployment_change(
        deployment=deployed.deployment,
        user=deployed.admin,
        challenger=deployed.good2,
        stage="limited",
        traffic_share=0.3,
    )
    roles = Counter(route(deployment, deployed.key, f"caller-{n}")[0] for n in range(4000))
    assert 0.27 < roles["challenger"] / 4000 < 0.33
    assert all(
        route(deployment, deployed.key, "caller-7") == route(deployment, deployed.key, "caller-7") for _ in range(3)
    )
    challenged = next(f"c{n}" for n in range(100) if bucket(deployment, caller_digest(f"c{n}")) < 0.3)
    kept = next(f"c{n}" for n in range(100) if bucket(deployment, caller_digest(f"c{n}")) >= 0.3)
    for caller, role in ((challenged, "challenger"), (kept, "incumbent")):
        for seed in range(3):
            status, body = chat(deployed.secret, note(seed), user=caller)
            assert status == 200 and body["tuneloop"]["served_by"] == role


def test_over_many_callers_the_gateway_serves_the_configured_share_from_the_challenger(deployed) -> None:
    deployment_change(
        deployment=deployed.deployment,
        user=deployed.admin,
        challenger=deployed.good2,
        stage="limited",
        traffic_share=0.25,
    )
    served = Counter(
        chat(deployed.secret, note(n), user=f"adjuster-{n}")[1]["tuneloop"]["served_by"] for n in range(160)
    )
    assert 0.15 < served["challenger"] / 160 < 0.35 and served["challenger"] + served["incumbent"] == 160
    by_model = Counter(ServedRequest.objects.values_list("artifact_id", flat=True))
    assert by_model[deployed.good2.id] == served["challenger"]


def test_the_internal_stage_serves_the_challenger_to_internal_keys_only(deployed) -> None:
    deployment_change(deployment=deployed.deployment, user=deployed.admin, challenger=deployed.good2)
    _, tester = api_key_create(deployment=deployed.deployment, user=deployed.admin, name="QA", internal=True)
    assert chat(tester, note())[1]["tuneloop"]["served_by"] == "challenger"
    assert chat(deployed.secret, note())[1]["tuneloop"]["served_by"] == "incumbent"


def test_an_answer_that_breaks_the_format_is_retried_then_served_by_the_fallback_and_counted(deployed) -> None:
    deployment = deployment_change(
        deployment=deployed.deployment,
        user=deployed.admin,
        challenger=deployed.garbage,
        stage="production",
        fallback="previous",
    )
    assert (deployment.incumbent_id, deployment.previous_id) == (deployed.garbage.id, deployed.good.id)
    status, body = chat(deployed.secret, note())
    assert status == 200 and body["choices"][0]["message"]["content"] in LABELS
    assert body["tuneloop"] == {"served_by": "fallback", "status": "ok", "attempts": 3}  # twice garbage, then good
    deployment_change(deployment=deployment, user=deployed.admin, fallback="people")
    status, body = chat(deployed.secret, note())
    assert status == 503 and body["error"]["type"] == "routed_to_people"
    row = ServedRequest.objects.order_by("-id").first()
    assert row.role == "people" and row.status == "format_failure" and row.attempts == 2 and row.output == ""


def test_rollback_takes_effect_on_the_next_request_and_every_change_is_audited(deployed) -> None:
    deployment = deployment_change(
        deployment=deployed.deployment, user=deployed.admin, challenger=deployed.good2, note="try the new one"
    )
    deployment = deployment_change(deployment=deployment, user=deployed.admin, stage="production", note="ship it")
    chat(deployed.secret, note())
    assert ServedRequest.objects.order_by("-id").first().artifact_id == deployed.good2.id
    deployment = deployment_rollback(deployment=deployment, user=deployed.admin, note="complaints")
    assert (deployment.incumbent_id, deployment.challenger_id, deployment.stage) == (
        deployed.good.id,
        deployed.good2.id,
        "internal",
    )
    chat(deployed.secret, note())
    assert ServedRequest.objects.order_by("-id").first().artifact_id == deployed.good.id
    trail = list(DeploymentChange.objects.filter(deployment=deployment).order_by("id"))
    assert [change.action for change in trail] == ["create", "key_create", "change", "promote", "rollback"]
    assert trail[-1].undoes == trail[-2] and trail[-1].user == deployed.admin and trail[-1].note == "complaints"
    assert trail[-2].before["incumbent_id"] == deployed.good.id and trail[-2].after["incumbent_id"] == deployed.good2.id
    deployment = deployment_rollback(deployment=deployment, user=deployed.admin, note="")
    assert deployment.challenger_id is None  # the second rollback undoes the change before


def test_a_streamed_answer_is_the_checked_answer_as_openai_chunks(deployed) -> None:
    body = {"model": "triage", "messages": label_messages(note(4)), "stream": True}
    auth = {"HTTP_AUTHORIZATION": f"Bearer {deployed.secret}"}
    response = Client().post("/v1/chat/completions", json.dumps(body), content_type="application/json", **auth)
    assert response.status_code == 200 and response["Content-Type"] == "text/event-stream"
    lines = response.content.decode().split("\n\n")
    assert lines[-2:] == ["data: [DONE]", ""] and all(line.startswith("data: ") for line in lines[:-1])
    events = [json.loads(line.removeprefix("data: ")) for line in lines[:-2]]
    assert {event["object"] for event in events} == {"chat.completion.chunk"}
    assert len({event["id"] for event in events}) == 1
    deltas = [event["choices"][0]["delta"] for event in events]
    assert deltas[0] == {"role": "assistant", "content": ""} and deltas[-1] == {}
    assert events[-1]["choices"][0]["finish_reason"] in ("stop", "length")
    text = "".join(delta.get("content", "") for delta in deltas)
    assert text in LABELS
    assert ServedRequest.objects.get(request_id=events[0]["id"]).output == text  # stored like any answer

    body["stream_options"] = {"include_usage": True}
    response = Client().post("/v1/chat/completions", json.dumps(body), content_type="application/json", **auth)
    last = json.loads(response.content.decode().split("\n\n")[-3].removeprefix("data: "))
    assert last["choices"] == [] and last["usage"]["completion_tokens"] > 0


def test_a_long_answer_streams_word_by_word_and_joins_back_exactly() -> None:
    text = "Claim Type: water\nCause:  burst pipe, kitchen.\n"
    answer = {
        "id": "r1", "created": 1, "model": "triage", "tuneloop": {}, "usage": {"total_tokens": 9},
        "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
    }  # fmt: skip
    events = completion_chunks(answer, usage=False)
    pieces = [event["choices"][0]["delta"].get("content") for event in events[1:-1]]
    assert "".join(pieces) == text and pieces[:3] == ["Claim", " Type:", " water"]
    assert events[-1]["choices"][0]["finish_reason"] == "stop"


def test_a_process_keeps_a_loaded_key_and_sees_a_change_or_a_revocation_on_the_next_request(
    deployed, django_assert_num_queries
) -> None:
    first = key_authenticate(deployed.secret)
    assert first is not None and first.deployment.stage == "internal"
    with django_assert_num_queries(1):  # the stamp only: no key query with its joins
        assert key_authenticate(deployed.secret) is first
    deployment_change(deployment=deployed.deployment, user=deployed.admin, challenger=deployed.good2, stage="limited",
                      traffic_share=0.5)  # fmt: skip
    changed = key_authenticate(deployed.secret)
    assert changed is not first and changed.deployment.stage == "limited"
    assert changed.deployment.challenger_id == deployed.good2.id
    api_key_revoke(key=deployed.key, user=deployed.admin)
    assert key_authenticate(deployed.secret) is None
