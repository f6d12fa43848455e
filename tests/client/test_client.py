"""The Python client against a scripted local HTTP server: retries, Retry-After, error bodies, uploads, following."""

from __future__ import annotations

import json
import socket

import pytest
from tuneloop_client import Client, MetricRow, RunEvent, RunStatus, TuneloopError
from tuneloop_client.transport import retry_after_seconds

CAMPAIGNS = "/api/campaigns/"
PAGE = {"count": 1, "next": None, "previous": None, "results": [{"id": 3, "name": "Claims", "output_fields": []}]}


def client_for(fake, sleeps, **kwargs) -> Client:
    return Client(fake.url, token="t0k", sleep=sleeps.append, poll_interval=0, **kwargs)


def test_a_503_is_retried_with_exponential_backoff_until_it_succeeds(fake_server, sleeps) -> None:
    fake_server.answer("GET", CAMPAIGNS, 503, {"detail": "busy"})
    fake_server.answer("GET", CAMPAIGNS, 503, {"detail": "busy"})
    fake_server.answer("GET", CAMPAIGNS, 200, PAGE)
    campaigns = client_for(fake_server, sleeps).campaigns()
    assert [c.name for c in campaigns] == ["Claims"]
    assert len(fake_server.requests("GET", CAMPAIGNS)) == 3
    assert sleeps == [0.5, 1.0]
    assert fake_server.seen[0].headers["Authorization"] == "Token t0k"


def test_retry_after_is_honoured(fake_server, sleeps) -> None:
    fake_server.answer("GET", CAMPAIGNS, 429, {"detail": "Request was throttled."}, Retry_After="7")
    fake_server.answer("GET", CAMPAIGNS, 200, PAGE)
    client_for(fake_server, sleeps).campaigns()
    assert sleeps == [7.0]
    assert retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0  # a date in the past: at once
    assert retry_after_seconds("soon") is None  # unreadable: the backoff decides


def test_retries_give_up_with_the_last_error(fake_server, sleeps) -> None:
    fake_server.answer("GET", CAMPAIGNS, 502, {"detail": "Bad gateway"})
    with pytest.raises(TuneloopError) as caught:
        client_for(fake_server, sleeps, retries=2).campaigns()
    assert caught.value.status == 502 and caught.value.detail == "Bad gateway"
    assert len(fake_server.requests("GET", CAMPAIGNS)) == 3


def test_a_post_is_not_resent_after_a_500(fake_server, sleeps) -> None:
    """The server may have done the work before it failed; resending could do it twice."""
    fake_server.answer("POST", "/api/campaigns/4/datasets/", 500, {"detail": "Server error."})
    with pytest.raises(TuneloopError) as caught:
        client_for(fake_server, sleeps).freeze(4)
    assert caught.value.status == 500 and len(fake_server.seen) == 1 and sleeps == []


def test_error_bodies_map_to_status_detail_and_field(fake_server, sleeps) -> None:
    fake_server.answer("POST", "/api/campaigns/4/runs/", 400, {"detail": "Unknown base model.", "field": "base_model"})
    fake_server.answer("POST", CAMPAIGNS, 400, {"detail": "Invalid input.", "errors": {"name": ["Required."]}})
    client = client_for(fake_server, sleeps)
    with pytest.raises(TuneloopError) as caught:
        client.start_run(4, 1, base_model=99)
    assert (caught.value.status, caught.value.detail, caught.value.field) == (400, "Unknown base model.", "base_model")
    with pytest.raises(TuneloopError) as invalid:
        client.create_campaign("", labels=["a", "b"])
    assert invalid.value.field == "name" and invalid.value.errors == {"name": ["Required."]}


def test_no_server_is_retried_then_reported(sleeps) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # closed again: nothing listens there
    with pytest.raises(TuneloopError) as caught:
        Client(f"http://127.0.0.1:{port}", sleep=sleeps.append, retries=2).campaigns()
    assert caught.value.status == 0 and "cannot reach" in caught.value.detail and len(sleeps) == 2


def test_login_keeps_the_token(fake_server, sleeps) -> None:
    fake_server.answer("POST", "/api/auth/token/", 200, {"token": "fresh", "expires": "2030-01-01T00:00:00Z"})
    fake_server.answer("GET", CAMPAIGNS, 200, PAGE)
    client = Client(fake_server.url, username="ann", password="pw", sleep=sleeps.append)
    client.campaigns()
    assert json.loads(fake_server.seen[0].body) == {"username": "ann", "password": "pw"}
    assert fake_server.seen[1].headers["Authorization"] == "Token fresh"


def test_an_import_is_streamed_as_multipart_and_its_line_errors_returned(fake_server, sleeps, tmp_path) -> None:
    path = tmp_path / "notes.jsonl"
    path.write_text('{"text": "a"}\n{not json\n')
    batch = {"id": 8, "status": "pending", "errors": [], "accepted": 0}
    fake_server.answer("POST", "/api/campaigns/4/imports/", 202, batch)
    done = {**batch, "status": "done", "accepted": 1, "rejected": 1, "errors": [{"line": 2, "message": "Not JSON."}]}
    fake_server.answer("GET", "/api/imports/8/", 200, {**batch, "status": "running"})
    fake_server.answer("GET", "/api/imports/8/", 200, done)
    result = client_for(fake_server, sleeps).import_file(4, path, progress=False)
    assert result.status == "done" and result.errors == [{"line": 2, "message": "Not JSON."}]
    upload = fake_server.requests("POST", "/api/campaigns/4/imports/")[0]
    assert upload.headers["Content-Type"].startswith("multipart/form-data")
    assert b'filename="notes.jsonl"' in upload.body and b"{not json" in upload.body
    assert b'name="format"\r\n\r\njsonl' in upload.body


def test_follow_yields_new_rows_once_and_a_row_again_when_its_values_change(fake_server, sleeps) -> None:
    first = {"id": 1, "stage": "sft", "step": 1, "loss": 2.0, "values": {"loss": 2.0}}
    second = {"id": 2, "stage": "sft", "step": 2, "loss": 1.5, "values": {"loss": 1.5}}
    evaluated = {**second, "values": {"loss": 1.5, "eval_loss": 1.7}}
    metrics, events = "/api/runs/5/metrics/", "/api/runs/5/events/"
    fake_server.answer("GET", metrics, 200, {"results": [first], "next_after": 1})
    fake_server.answer("GET", metrics, 200, {"results": [first, second], "next_after": 2})
    fake_server.answer("GET", metrics, 200, {"results": [evaluated], "next_after": 2})
    fake_server.answer("GET", metrics, 200, {"results": [evaluated], "next_after": 2})
    event = {"id": 9, "kind": "claimed", "message": "worker w1 took the run", "data": {}, "created_at": "now"}
    fake_server.answer("GET", events, 200, {"results": [event], "next_after": 9})
    fake_server.answer("GET", events, 200, {"results": [], "next_after": 9})
    fake_server.answer("GET", "/api/runs/5/status/", 200, {"id": 5, "status": "running", "metric_step": 2})
    fake_server.answer("GET", "/api/runs/5/status/", 200, {"id": 5, "status": "succeeded", "metric_step": 2})
    seen = list(client_for(fake_server, sleeps).follow(5))
    kinds = [(type(r).__name__, r.id) for r in seen]
    assert kinds == [("MetricRow", 1), ("RunEvent", 9), ("MetricRow", 2), ("MetricRow", 2)]
    assert isinstance(seen[-1], MetricRow) and seen[-1].values["eval_loss"] == 1.7
    assert isinstance(seen[1], RunEvent) and seen[1].kind == "claimed"
    afters = [s.query.get("after") for s in fake_server.requests("GET", metrics)]
    assert afters == [None, ["1"], ["2"], ["2"], ["2"], ["2"]]  # once more after the run was seen finished
    assert len(fake_server.requests("GET", "/api/runs/5/status/")) == 2  # only when a poll brought nothing new
    assert fake_server.requests("GET", "/api/runs/5/") == []  # never the detail, with every metric and event


def test_an_evaluation_report_and_gate_come_as_dataclasses(fake_server, sleeps) -> None:
    report = {
        "n": 6,
        "contenders": {"base": {"metrics": {"label_accuracy": 0.2}}, "candidate": {"metrics": {"label_accuracy": 0.8}}},
        "differences": {"candidate_vs_base": {"label_accuracy": {"delta": 0.6, "ci95": [0.3, 0.9], "n": 6}}},
    }
    gate = {"recommendation": "reject", "against": "base", "checks": [{"name": "primary", "passed": False}]}
    fake_server.answer(
        "GET", "/api/evaluations/7/", 200, {"id": 7, "status": "succeeded", "report": report, "gate": gate}
    )
    evaluation = client_for(fake_server, sleeps).evaluation(7)
    assert evaluation.report is not None and evaluation.report.contenders["candidate"]["label_accuracy"] == 0.8
    assert evaluation.report.differences["candidate_vs_base"]["label_accuracy"]["delta"] == 0.6
    assert evaluation.gate is not None and evaluation.gate.rejected and evaluation.gate.failed_checks == ["primary"]


def test_a_run_status_comes_as_a_dataclass(fake_server, sleeps) -> None:
    body = {"id": 5, "status": "failed", "stage": "dpo", "step": 40, "metric_step": 40, "error": "CUDA out of memory"}
    fake_server.answer("GET", "/api/runs/5/status/", 200, {**body, "updated_at": "2030-01-01T00:00:00Z"})
    status = client_for(fake_server, sleeps).run_status(5)
    assert isinstance(status, RunStatus) and status.finished
    assert (status.stage, status.metric_step, status.error) == ("dpo", 40, "CUDA out of memory")


def test_registering_a_base_model_sends_its_folder_and_default_recipe(fake_server, sleeps) -> None:
    registered = {"id": 4, "name": "smollm2", "path": "smollm2", "description": "SmolLM2", "default_recipe": {}}
    fake_server.answer("POST", "/api/base-models/", 201, registered)
    client = client_for(fake_server, sleeps)
    recipe = {"stages": ["sft"], "sft": {"epochs": 1}}
    assert client.register_base_model("smollm2", "smollm2", description="SmolLM2", default_recipe=recipe) == registered
    sent = json.loads(fake_server.requests("POST", "/api/base-models/")[0].body)
    assert sent == {"name": "smollm2", "path": "smollm2", "description": "SmolLM2", "default_recipe": recipe}
    client.register_base_model("plain", "models/plain")
    assert "default_recipe" not in json.loads(fake_server.requests("POST", "/api/base-models/")[1].body)
