"""Issue 13, low findings: an object of a campaign one is not in and a missing one get the same answer, so the
answer tells nobody which ids exist (the `access_*` selectors, through `labeling.selectors.access_campaign_of`)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db

MISSING = 999_999

# (method, path with {id}, the world's id it names, body)
OBJECTS = (
    ("get", "/api/imports/{id}/", "batch_id", None),
    ("get", "/api/examples/{id}/", "example_id", None),
    ("put", "/api/items/{id}/gold/", "item_id", {"answer": "x"}),
    ("post", "/api/items/{id}/examples/", "item_id", {}),
    ("get", "/api/datasets/{id}/verify/", "dataset_id", None),
    ("get", "/api/runs/{id}/", "run_id", None),
    ("get", "/api/runs/{id}/status/", "run_id", None),
    ("get", "/api/runs/{id}/metrics/", "run_id", None),
    ("get", "/api/runs/{id}/events/", "run_id", None),
    ("get", "/api/artifacts/{id}/download/", "artifact_id", None),
    ("get", "/api/evaluations/{id}/", "round_id", None),
    ("put", "/api/comparisons/{id}/gold/", "task_id", {"winner": "a"}),
    ("post", "/api/comparisons/{id}/judgement/", "task_id", {"choice": "a", "idempotency_key": "k"}),
)


def _answer(client, method: str, path: str, object_id: int, body: dict | None) -> tuple[int, dict]:
    response = getattr(client, method)(path.format(id=object_id), body, format="json")
    data = response.json()
    return response.status_code, {**data, "detail": data["detail"].replace(str(object_id), "<id>")}


@pytest.mark.parametrize(("method", "path", "name", "body"), OBJECTS, ids=[f"{m} {p}" for m, p, *_ in OBJECTS])
def test_another_campaigns_object_reads_as_missing(api, world: dict, method, path, name, body) -> None:
    outsider = api(world["users"]["outsider"])  # a member of another campaign
    foreign = _answer(outsider, method, path, world["ids"][name], body)
    missing = _answer(outsider, method, path, MISSING, body)
    assert foreign[0] == 404
    assert foreign == missing
