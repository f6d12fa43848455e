"""The hand-written client and the server's OpenAPI schema agree: every call the client makes is an operation of
the schema, the bodies it sends hold only fields the operation takes, and the fields it reads are in the answers."""

from __future__ import annotations

import dataclasses
import inspect
import json
import re
from contextlib import contextmanager
from typing import Any

import httpx
import pytest
from django.core.management import call_command
from tuneloop_client import Client, models
from tuneloop_client.transport import Transport

# Each dataclass and the response components it is read from.
DATACLASS_COMPONENTS = {
    models.Campaign: ["CampaignDetail"],
    models.ImportBatch: ["ImportBatchOutput"],
    models.DatasetVersion: ["DatasetOutput"],
    models.Run: ["RunOutput", "RunDetailOutput"],
    models.MetricRow: ["RunMetric"],
    models.RunEvent: ["RunEvent"],
    models.RunStatus: ["RunStatusOutput"],
    models.GateVerdict: ["GateVerdict"],
    models.EvaluationReport: ["EvaluationReport"],
    models.Evaluation: ["RoundOutput", "RoundDetailOutput"],
    models.Promotion: ["PromotionOutput"],
    models.Deployment: ["DeploymentOutput"],
    models.ApiKey: ["ApiKeyCreated"],
}
# Fields the client and the CLI read by name from answers, besides the dataclasses' own.
READ_FIELDS = {
    "Output": ["token"],
    "PaginatedCampaignOutputList": ["results", "next"],
    "ItemPage": ["results", "next_after"],
    "AuthoringNext": ["item"],
    "ReviewNext": ["example"],
    "RunMetricPage": ["results", "next_after"],
    "RunEventPage": ["results", "next_after"],
    "RunDetailOutput": ["status", "artifact"],
    "ArtifactOutput": ["id"],
    "RoundDetailOutput": ["report", "gate"],
    "EvaluationReport": ["n", "contenders", "differences", "gate"],
    "EvaluationContender": ["metrics"],
    "GateCheck": ["name", "passed"],
    "ImportLineError": ["line", "message"],
    "Error": ["detail", "field", "errors"],
}


@pytest.fixture(scope="module")
def schema(tmp_path_factory) -> dict[str, Any]:
    path = tmp_path_factory.mktemp("schema") / "schema.json"
    call_command("spectacular", "--format", "openapi-json", "--file", str(path))
    return json.loads(path.read_text())


def resolve(schema: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node or "allOf" in node:
        node = schema["components"]["schemas"][node["$ref"].rsplit("/", 1)[1]] if "$ref" in node else node["allOf"][0]
    return node


def example(schema: dict[str, Any], node: dict[str, Any]) -> Any:
    """The smallest answer the schema allows, so that loops end: null where nullable, empty lists, the last enum."""
    node = resolve(schema, node)
    if node.get("nullable"):
        return None
    if "enum" in node:
        return node["enum"][-1]
    kind = node.get("type", "object")
    if kind == "object":
        return {name: example(schema, prop) for name, prop in node.get("properties", {}).items()}
    return {"array": [], "string": "x", "integer": 1, "number": 1.0, "boolean": False}.get(kind)


def operation(schema: dict[str, Any], method: str, path: str) -> dict[str, Any] | None:
    for template, operations in schema["paths"].items():
        if re.fullmatch(re.sub(r"\{[^}]+\}", "[^/]+", template), path) and method.lower() in operations:
            return operations[method.lower()]
    return None


class Recorder:
    """Stands in for the network: records each call, answers with the schema's example of its success body."""

    def __init__(self, schema: dict[str, Any]) -> None:
        self.schema, self.calls = schema, []

    def send(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        self.calls.append((method.upper(), path, kwargs))
        op = operation(self.schema, method, path)
        if op is None:
            return httpx.Response(200, json={})  # reported by the test, not here
        status, response = next((s, r) for s, r in op["responses"].items() if s.startswith("2"))
        body = response.get("content", {}).get("application/json")
        if body is None:  # an export, a 204
            return httpx.Response(int(status), content=b"")
        return httpx.Response(int(status), json=example(self.schema, body["schema"]))

    @contextmanager
    def stream(self, path: str, params: dict[str, Any] | None = None):
        self.calls.append(("GET", path, {"params": params}))
        yield httpx.Response(200, content=b"")


def every_method(client: Client, tmp_path) -> None:
    """Each public method of the client once (the test checks that none was left out)."""
    notes = tmp_path / "notes.jsonl"
    notes.write_text('{"text": "a"}\n')
    client.login("ann", "pw")
    client.campaigns(), client.campaign(1), client.add_member(1, "bob")
    client.create_campaign("c", labels=["a", "b"]), client.create_campaign("c", fields=["A"], system_prompt="p")
    client.create_campaign("c", json_schema={"type": "object"})
    (
        client.import_file(1, notes, progress=False, mapping={"text": "note"}),
        client.import_batch(2),
        client.wait_import(2),
    )
    list(client.items(1)), client.next_task(1), client.submit_answer(3, "A: b"), client.next_review(1)
    client.review(4, "request_changes", "why"), client.approve(4)
    client.freeze(1), client.datasets(1), client.download(5, "sft", "train", tmp_path / "x.jsonl")
    client.export_rows(5), client.as_dataset_dict(5, "dpo")
    client.start_run(1, 5, base_model=1, base_model_path="/m", recipe={"stages": ["sft"]}), client.run(6)
    client.base_models(), list(client.follow(6)), client.metrics(6), client.wait(6), client.cancel(6)
    client.run_status(6), client.register_base_model("m", "/m", description="d", default_recipe={"stages": ["sft"]})
    client.evaluate(1, 7), client.evaluation(8), client.wait_evaluation(8), client.gate(8)
    client.promote(8, "ok", override_reason="why"), client.promotions(1)
    client.deployments(1), client.create_deployment(1, "prod", incumbent=7), client.keys(9), client.create_key(9, "k")
    client.request("GET", "/api/campaigns/1/")
    list(client.iter_pages("/api/campaigns/1/runs/", limit=2))


@pytest.fixture
def recorded(schema, monkeypatch, tmp_path) -> tuple[Recorder, set[str]]:
    recorder, used = Recorder(schema), set()
    monkeypatch.setattr(Transport, "send", lambda self, *a, **k: recorder.send(*a, **k))
    monkeypatch.setattr(Transport, "stream", lambda self, *a, **k: recorder.stream(*a, **k))
    client = Client("http://server.invalid", token="t", poll_interval=0)
    for name, _ in inspect.getmembers(Client, inspect.isfunction):
        if not name.startswith("_") and name not in ("close",):
            original = getattr(client, name)
            setattr(client, name, _noting(original, name, used))
    every_method(client, tmp_path)
    return recorder, used


def _noting(method, name: str, used: set[str]):
    def call(*args, **kwargs):
        used.add(name)
        return method(*args, **kwargs)

    return call


def test_every_public_method_is_exercised(recorded) -> None:
    _, used = recorded
    public = {n for n, _ in inspect.getmembers(Client, inspect.isfunction) if not n.startswith("_")} - {"close"}
    assert public - used == set()


def test_every_call_is_an_operation_of_the_schema(schema, recorded) -> None:
    recorder, _ = recorded
    missing = [(method, path) for method, path, _ in recorder.calls if operation(schema, method, path) is None]
    assert not missing, f"the client calls what the schema does not have: {missing}"
    assert len({(m, p) for m, p, _ in recorder.calls}) >= 30  # the recorder did see the calls


def test_the_bodies_sent_hold_only_fields_the_operation_takes(schema, recorded) -> None:
    recorder, _ = recorded
    unknown = []
    for method, path, kwargs in recorder.calls:
        content = (operation(schema, method, path) or {}).get("requestBody", {}).get("content", {})
        for sent, media in (
            ("json", "application/json"),
            ("data", "multipart/form-data"),
            ("files", "multipart/form-data"),
        ):
            if kwargs.get(sent):
                accepted = resolve(schema, content[media]["schema"]).get("properties", {})
                unknown += [(method, path, key) for key in kwargs[sent] if key not in accepted]
    assert not unknown, f"fields the server does not take: {unknown}"


def test_the_fields_read_are_in_the_answers(schema) -> None:
    components = schema["components"]["schemas"]
    wanted = {name: list(fields) for name, fields in READ_FIELDS.items()}
    for cls, names in DATACLASS_COMPONENTS.items():
        fields = [f.name for f in dataclasses.fields(cls) if f.name != "raw"]
        for name in names:
            wanted.setdefault(name, []).extend(fields)
    missing = [
        f"{name}.{field}"
        for name, fields in wanted.items()
        for field in fields
        if field not in components[name]["properties"]
    ]
    assert not missing, f"the client reads fields the schema does not describe: {missing}"
