"""The OpenAPI schema generates without warnings, describes every body it sends or reads, and is served with
a browsable UI."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from django.core.management import call_command

from tests.factories import UserFactory

SHAPED = {"properties", "items", "$ref", "oneOf", "anyOf", "allOf", "enum"}
SCALARS = {"string", "integer", "number", "boolean"}

# Truly free-form JSON, each with the reason it has no fixed shape. Everything else is described.
FREE_FORM = {
    "OutputFormat.schema": "a JSON schema written by the campaign's admin: any JSON schema document",
    "ArtifactLineage.metrics": "per stage, the trainer's own log (transformers names its keys) and a validation block",
    "Error.errors": "DRF's per-field messages: a list per field, or nested objects for nested input",
}


def _schemas(node: Any, where: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every schema in a part of the document, with a name for where it is ("Component.field.sub")."""
    if not isinstance(node, dict):
        return
    yield where, node
    for name, child in (node.get("properties") or {}).items():
        yield from _schemas(child, f"{where}.{name}")
    for key in ("items", "additionalProperties", "not"):
        if isinstance(node.get(key), dict):
            yield from _schemas(node[key], f"{where}.{key}" if key != "additionalProperties" else f"{where}.*")
    for key in ("oneOf", "anyOf", "allOf"):
        for index, child in enumerate(node.get(key) or []):
            yield from _schemas(child, f"{where}.{key}[{index}]")


def _bodies(document: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for name, schema in document["components"]["schemas"].items():
        yield from _schemas(schema, name)
    for path, operations in document["paths"].items():
        for method, operation in operations.items():
            bodies = [("request", operation.get("requestBody") or {})]
            bodies += [(status, response) for status, response in (operation.get("responses") or {}).items()]
            for label, body in bodies:
                for media, content in (body.get("content") or {}).items():
                    yield from _schemas(content.get("schema"), f"{method.upper()} {path} {label} {media}")


def _untyped(schema: dict[str, Any]) -> bool:
    """No shape a client could generate a type from: `{}`, an object without properties or typed values, an
    array without items, or values of any shape (`additionalProperties: {}` / true)."""
    if schema.get("additionalProperties") in ({}, True):
        return True
    if SHAPED & schema.keys() or schema.get("type") in SCALARS:
        return False
    return not isinstance(schema.get("additionalProperties"), dict)


def _free(where: str) -> bool:
    return any(where == name or where.startswith(f"{name}.") for name in FREE_FORM)


def untyped_bodies(document: dict[str, Any]) -> list[str]:
    return sorted({where for where, schema in _bodies(document) if _untyped(schema) and not _free(where)})


@pytest.fixture(scope="module")
def document(tmp_path_factory) -> dict[str, Any]:
    path = tmp_path_factory.mktemp("schema") / "schema.json"
    call_command("spectacular", "--validate", "--fail-on-warn", "--format", "openapi-json", "--file", str(path))
    return json.loads(path.read_text())


def test_schema_generates_cleanly(tmp_path) -> None:
    call_command("spectacular", "--validate", "--fail-on-warn", "--file", str(tmp_path / "schema.yaml"))
    assert "/api/campaigns/{campaign_id}/imports/" in (tmp_path / "schema.yaml").read_text()


def test_every_request_and_response_body_is_typed(document) -> None:
    assert untyped_bodies(document) == []


def test_the_free_form_allow_list_is_still_needed(document) -> None:
    """An entry whose field got a shape, or went away, is struck off."""
    found = {where for where, schema in _bodies(document) if _untyped(schema)}
    assert set(FREE_FORM) <= found


@pytest.mark.parametrize(
    "schema",
    [
        {},
        {"description": "no type"},
        {"type": "object"},
        {"type": "object", "additionalProperties": {}},
        {"type": "array"},
        {"type": "object", "properties": {"x": {"type": "integer"}}, "additionalProperties": True},
    ],
)
def test_the_check_finds_untyped_bodies(schema) -> None:
    components = {"Shape": {"type": "object", "properties": {"field": schema}}}
    assert "Shape.field" in untyped_bodies({"components": {"schemas": components}, "paths": {}})


def test_the_check_finds_an_untyped_response() -> None:
    response = {"200": {"content": {"application/json": {"schema": {"type": "object", "additionalProperties": {}}}}}}
    document = {"components": {"schemas": {}}, "paths": {"/api/x/": {"get": {"responses": response}}}}
    assert "GET /api/x/ 200 application/json" in untyped_bodies(document)


@pytest.mark.django_db
def test_schema_and_docs_are_served_to_signed_in_users_only(client) -> None:
    assert client.get("/api/schema/").status_code in (401, 403)
    client.force_login(UserFactory())
    assert client.get("/api/schema/").status_code == 200
    assert client.get("/api/docs/").status_code == 200
