"""The `tuneloop` command line against a scripted server: exit codes, `--json`, the stored login, live output."""

from __future__ import annotations

import json
import stat

import pytest
from tuneloop_client import cli, config

DONE_IMPORT = {"id": 8, "status": "done", "accepted": 1, "duplicates": 0, "rejected": 1, "errors": []}


@pytest.fixture
def logged_in(fake_server, monkeypatch, tmp_path):
    """The server and token from the environment; no file under the real home."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("TUNELOOP_URL", fake_server.url)
    monkeypatch.setenv("TUNELOOP_TOKEN", "t0k")
    return fake_server


def test_login_stores_url_and_token_readable_by_the_owner_only(fake_server, monkeypatch, tmp_path, capsys) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv("TUNELOOP_URL", raising=False)
    monkeypatch.delenv("TUNELOOP_TOKEN", raising=False)
    monkeypatch.setenv("TUNELOOP_PASSWORD", "pw")
    fake_server.answer("POST", "/api/auth/token/", 200, {"token": "kept", "expires": "2030-01-01T00:00:00Z"})
    assert cli.main(["login", "--url", fake_server.url, "--username", "ann"]) == 0
    path = config.config_path()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert json.loads(path.read_text()) == {"url": fake_server.url, "token": "kept"}
    fake_server.answer("GET", "/api/campaigns/", 200, {"count": 0, "next": None, "results": []})
    assert cli.main(["campaigns"]) == 0
    assert fake_server.requests("GET", "/api/campaigns/")[0].headers["Authorization"] == "Token kept"


def test_campaigns_as_json_for_scripts(logged_in, capsys) -> None:
    rows = [{"id": 3, "name": "Claims", "output_fields": []}]
    logged_in.answer("GET", "/api/campaigns/", 200, {"count": 1, "next": None, "results": rows})
    assert cli.main(["campaigns", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == rows


def test_import_reports_refused_lines_by_number_and_exits_3(logged_in, tmp_path, capsys) -> None:
    path = tmp_path / "notes.jsonl"
    path.write_text('{"text": "a"}\n{not json\n')
    logged_in.answer("POST", "/api/campaigns/4/imports/", 202, {"id": 8, "status": "pending", "errors": []})
    errors = [{"line": 2, "message": "Not valid JSON."}]
    logged_in.answer("GET", "/api/imports/8/", 200, {**DONE_IMPORT, "errors": errors})
    assert cli.main(["import", "4", str(path)]) == 3
    out = capsys.readouterr()
    assert "line 2: Not valid JSON." in out.out and "1 accepted" in out.out
    assert "upload notes.jsonl" in out.err  # the progress bar


def test_import_of_a_clean_file_exits_0_and_json_holds_the_batch(logged_in, tmp_path, capsys) -> None:
    path = tmp_path / "notes.jsonl"
    path.write_text('{"text": "a"}\n')
    logged_in.answer("POST", "/api/campaigns/4/imports/", 202, {"id": 8, "status": "pending", "errors": []})
    logged_in.answer("GET", "/api/imports/8/", 200, {**DONE_IMPORT, "rejected": 0})
    assert cli.main(["import", "4", str(path), "--json", "--no-progress"]) == 0
    assert json.loads(capsys.readouterr().out)["accepted"] == 1


@pytest.mark.parametrize(("recommendation", "code"), [("reject", 3), ("promote", 0)])
def test_evaluate_fail_on_gate_exits_3_when_the_gate_rejects(logged_in, capsys, recommendation, code) -> None:
    created = {"id": 7, "status": "queued", "report": {}}
    logged_in.answer("POST", "/api/campaigns/4/evaluations/", 201, created)
    gate = {"recommendation": recommendation, "against": "base", "checks": [{"name": "primary", "passed": code == 0}]}
    report = {"n": 4, "contenders": {"candidate": {"metrics": {"label_accuracy": 0.5}}}, "differences": {}}
    logged_in.answer("GET", "/api/evaluations/7/", 200, {**created, "status": "running"})
    logged_in.answer(
        "GET", "/api/evaluations/7/", 200, {**created, "status": "succeeded", "report": report, "gate": gate}
    )
    assert cli.main(["evaluate", "4", "12", "--fail-on-gate"]) == code
    out = capsys.readouterr().out
    assert f"gate: {recommendation}" in out and "label_accuracy=0.500" in out


def test_train_follows_the_loss_live(logged_in, capsys, monkeypatch) -> None:
    monkeypatch.setattr("tuneloop_client.client.time.sleep", lambda seconds: None)
    logged_in.answer("POST", "/api/campaigns/4/runs/", 201, {"id": 5, "status": "queued"})
    row = {"id": 1, "stage": "sft", "step": 1, "loss": 2.5, "values": {"loss": 2.5, "learning_rate": 0.001}}
    logged_in.answer("GET", "/api/runs/5/metrics/", 200, {"results": [row], "next_after": 1})
    logged_in.answer("GET", "/api/runs/5/events/", 200, {"results": [], "next_after": None})
    logged_in.answer("GET", "/api/runs/5/status/", 200, {"id": 5, "status": "succeeded", "metric_step": 1})
    logged_in.answer("GET", "/api/runs/5/", 200, {"id": 5, "status": "succeeded", "artifact": {"id": 12}})
    assert cli.main(["train", "4", "2", "--base-model", "1", "--recipe", '{"stages": ["sft"]}']) == 0
    out = capsys.readouterr().out
    assert "sft step 1: loss 2.5000 learning_rate=0.001" in out and "run 5 succeeded, artifact 12" in out
    sent = json.loads(logged_in.requests("POST", "/api/campaigns/4/runs/")[0].body)
    assert sent == {"dataset": 2, "base_model": 1, "recipe": {"stages": ["sft"]}}


def test_a_failed_run_exits_1(logged_in, capsys) -> None:
    logged_in.answer("POST", "/api/campaigns/4/runs/", 201, {"id": 5, "status": "queued"})
    logged_in.answer("GET", "/api/runs/5/metrics/", 200, {"results": [], "next_after": None})
    logged_in.answer("GET", "/api/runs/5/events/", 200, {"results": [], "next_after": None})
    logged_in.answer("GET", "/api/runs/5/status/", 200, {"id": 5, "status": "failed", "error": "no config.json"})
    logged_in.answer("GET", "/api/runs/5/", 200, {"id": 5, "status": "failed", "error": "no config.json"})
    assert cli.main(["train", "4", "2", "--base-model", "1"]) == 1
    assert "run 5 failed: no config.json" in capsys.readouterr().out


def test_base_models_are_listed_and_staff_register_one_with_its_default_recipe(logged_in, capsys) -> None:
    registered = {"id": 4, "name": "smollm2", "path": "smollm2", "description": "", "default_recipe": {}}
    logged_in.answer("POST", "/api/base-models/", 201, registered)
    logged_in.answer("GET", "/api/base-models/", 200, {"count": 1, "next": None, "results": [registered]})
    recipe = '{"stages": ["sft"]}'
    assert cli.main(["base-models", "--register", "smollm2", "--path", "smollm2", "--recipe", recipe]) == 0
    assert "registered base model 4: smollm2" in capsys.readouterr().out
    sent = json.loads(logged_in.requests("POST", "/api/base-models/")[0].body)
    assert sent == {"name": "smollm2", "path": "smollm2", "description": "", "default_recipe": {"stages": ["sft"]}}
    assert cli.main(["base-models", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == [registered]


def test_registering_a_base_model_without_its_path_exits_1(logged_in, capsys) -> None:
    assert cli.main(["base-models", "--register", "smollm2"]) == 1
    assert "--register needs --path" in capsys.readouterr().err
    assert logged_in.requests("POST", "/api/base-models/") == []


def test_a_refusal_exits_1_with_the_servers_detail(logged_in, capsys) -> None:
    logged_in.answer("POST", "/api/evaluations/7/promote/", 409, {"detail": "The gate says reject.", "field": "note"})
    assert cli.main(["promote", "7", "--note", "ship it"]) == 1
    assert "409 The gate says reject. (field: note)" in capsys.readouterr().err


def test_usage_errors_exit_2(logged_in, capsys) -> None:
    with pytest.raises(SystemExit) as exited:
        cli.main(["import", "not-a-number"])
    assert exited.value.code == 2


def test_no_server_configured_exits_1(monkeypatch, tmp_path, capsys) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    monkeypatch.delenv("TUNELOOP_URL", raising=False)
    assert cli.main(["campaigns"]) == 1
    assert "tuneloop login" in capsys.readouterr().err


def test_freeze_export_deploy_and_key(logged_in, tmp_path, capsys) -> None:
    dataset = {"id": 9, "campaign": 4, "version": 1, "content_hash": "3f2a" * 16, "counts": {"train": {"sft": 30}}}
    logged_in.answer("POST", "/api/campaigns/4/datasets/", 201, dataset)
    logged_in.answer("GET", "/api/datasets/9/export/sft/train/", 200, b'{"messages": []}\n')
    logged_in.answer("POST", "/api/campaigns/4/deployments/", 201, {"id": 3, "name": "triage", "incumbent": 12})
    logged_in.answer(
        "POST", "/api/deployments/3/keys/", 201, {"id": 1, "name": "ci", "prefix": "tl-ab", "key": "tl-abc"}
    )
    assert cli.main(["freeze", "4"]) == 0
    assert "dataset 9 (version 1, 3f2a3f2a3f2a) train: 30 sft" in capsys.readouterr().out
    assert cli.main(["export", "9", "-o", str(tmp_path / "train.jsonl")]) == 0
    assert (tmp_path / "train.jsonl").read_bytes() == b'{"messages": []}\n'
    assert "wrote" in capsys.readouterr().out
    assert cli.main(["deployments", "4", "--create", "triage", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["incumbent"] == 12
    assert cli.main(["key", "3", "ci"]) == 0
    assert "tl-abc" in capsys.readouterr().out
