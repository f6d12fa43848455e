"""Issue 13, low findings: every list that grows with use is paged (`limit` / `offset`, at most 200 rows), and
the OpenAPI schema says so. Issue 16: the same lists page by cursor on request (`?cursor=`), which neither
repeats nor skips a row when rows are added while a client pages through."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from drf_spectacular.generators import SchemaGenerator
from rest_framework.test import APIClient

from dataset_versions.models import DatasetVersion
from evaluation.models import EvaluationRound, Promotion
from labeling.models import ImportBatch, Membership
from preferences.models import CandidateRound
from privacy.models import Canary, PolicyChange
from tests.factories import CampaignFactory, MembershipFactory, StaffFactory
from training.models import BaseModel, TrainingRun
from tuneloop.pagination import MAX_LIMIT

pytestmark = pytest.mark.django_db

# The paged lists, as the schema names their paths.
PAGED = (
    "/api/campaigns/",
    "/api/campaigns/{campaign_id}/imports/",
    "/api/campaigns/{campaign_id}/datasets/",
    "/api/campaigns/{campaign_id}/runs/",
    "/api/campaigns/{campaign_id}/evaluations/",
    "/api/campaigns/{campaign_id}/promotions/",
    "/api/campaigns/{campaign_id}/candidate-rounds/",
    "/api/campaigns/{campaign_id}/policy/history/",
    "/api/campaigns/{campaign_id}/canaries/",
    "/api/base-models/",
)


def _add_rows(world: dict, n: int) -> None:
    """`n` more rows of each paged list, beside what the world already has."""
    campaign_id, admin = world["ids"]["campaign_id"], world["users"]["admin"]
    evaluation = EvaluationRound.objects.get(id=world["ids"]["round_id"])
    dataset, artifact = evaluation.dataset, evaluation.artifact
    top = DatasetVersion.objects.filter(campaign_id=campaign_id).order_by("-version").first()
    for index in range(n):
        MembershipFactory(campaign=CampaignFactory(), user=admin, role=Membership.Role.REVIEWER)
        ImportBatch.objects.create(campaign_id=campaign_id, filename=f"{index}.jsonl", created_by=admin, status="done")
        DatasetVersion.objects.create(
            campaign_id=campaign_id, version=top.version + 1 + index, content_hash="0" * 64, created_by=admin
        )
        TrainingRun.objects.create(campaign_id=campaign_id, dataset=dataset, base_model_path="/m", created_by=admin)
        EvaluationRound.objects.create(campaign_id=campaign_id, dataset=dataset, artifact=artifact, created_by=admin)
        Promotion.objects.create(campaign_id=campaign_id, action="promote", artifact=artifact, note="n", user=admin)
        CandidateRound.objects.create(campaign_id=campaign_id, artifact=artifact, sampling={}, created_by=admin)
        PolicyChange.objects.create(campaign_id=campaign_id, version=100 + index, user=admin)
        Canary.objects.create(campaign_id=campaign_id, label="c", digest=f"{index:064d}", length=8, created_by=admin)
        BaseModel.objects.create(name=f"model-{index}", path=f"/models/{index}")


def _url(path: str, world: dict) -> str:
    return path.replace("{campaign_id}", str(world["ids"]["campaign_id"]))


def test_each_list_answers_a_page_and_honours_limit_and_offset(api, world: dict) -> None:
    _add_rows(world, 3)
    client = api(world["users"]["admin"])
    for path in PAGED:
        whole = client.get(_url(path, world))
        assert whole.status_code == 200, (path, whole.content)
        body = whole.json()
        assert set(body) == {"count", "next", "previous", "results"}, path
        count = body["count"]
        assert count >= 3 and len(body["results"]) == min(count, 50), path
        first = client.get(_url(path, world), {"limit": 2}).json()
        assert len(first["results"]) == 2 and first["count"] == count and "offset=2" in first["next"], path
        second = client.get(_url(path, world), {"limit": 2, "offset": 2}).json()
        assert second["previous"] is not None, path
        ids = [row.get("id", row.get("version")) for row in (*first["results"], *second["results"])]
        assert len(set(ids)) == len(ids), f"{path}: pages overlap"


def test_limit_is_capped(api, world: dict) -> None:
    campaign_id, admin = world["ids"]["campaign_id"], world["users"]["admin"]
    Canary.objects.bulk_create(
        Canary(campaign_id=campaign_id, label="c", digest=f"{index:064d}", length=8, created_by=admin)
        for index in range(MAX_LIMIT + 5)
    )
    page = api(admin).get(f"/api/campaigns/{campaign_id}/canaries/", {"limit": 10_000}).json()
    assert page["count"] == MAX_LIMIT + 5 and len(page["results"]) == MAX_LIMIT and page["next"]


def test_base_models_page_keeps_paths_for_staff_only(api) -> None:
    BaseModel.objects.create(name="tiny", path="/models/tiny")
    assert api(StaffFactory()).get("/api/base-models/").json()["results"][0]["path"] == "/models/tiny"
    assert "path" not in api(MembershipFactory().user).get("/api/base-models/").json()["results"][0]


def test_the_schema_documents_each_page() -> None:
    schema = SchemaGenerator().get_schema(request=None, public=True)
    for path in PAGED:
        get = schema["paths"][path]["get"]
        assert {p["name"] for p in get["parameters"] if p["in"] == "query"} >= {"limit", "offset"}, path
        ref = get["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
        page = schema["components"]["schemas"][ref.rsplit("/", 1)[1]]
        assert {"count", "next", "previous", "results"} <= set(page["properties"]), path
    planted = schema["paths"]["/api/campaigns/{campaign_id}/canaries/"]["post"]["responses"]["201"]
    assert planted["content"]["application/json"]["schema"]["type"] == "array"  # a write answers its rows whole


def _walk(client: APIClient, url: str, params: dict, between: Callable[[], None] = lambda: None) -> list[dict]:
    """Every row of a list, following `next` from the first page got with `params`; `between` runs after the
    first page, as another user's writes would."""
    page = client.get(url, params)
    assert page.status_code == 200, page.content
    rows = page.json()["results"]
    between()
    while page.json()["next"]:
        page = client.get(page.json()["next"])
        assert page.status_code == 200, page.content
        rows += page.json()["results"]
    return rows


def _key(row: dict) -> object:
    return row.get("id", row.get("version"))


def test_each_list_pages_by_cursor_over_the_rows_of_its_offset_pages(api, world: dict) -> None:
    _add_rows(world, 3)
    client = api(world["users"]["admin"])
    for path in PAGED:
        url = _url(path, world)
        first = client.get(url, {"cursor": "", "limit": 2}).json()
        assert set(first) == {"next", "previous", "results"} and first["previous"] is None, path
        assert len(first["results"]) == 2 and "cursor=" in first["next"] and "limit=2" in first["next"], path
        by_cursor = _walk(client, url, {"cursor": "", "limit": 2})
        by_offset = client.get(url, {"limit": MAX_LIMIT}).json()["results"]
        assert [_key(row) for row in by_cursor] == [_key(row) for row in by_offset], f"{path}: not the same rows"


def test_rows_added_while_paging_by_cursor_repeat_and_skip_nothing(api, world: dict) -> None:
    """Runs are newest first: rows added mid-way land before the cursor and are not met; with offsets they push
    the rows already read onto the next page, read twice. Canaries are oldest first: new rows come at the end,
    and are met once."""
    campaign_id, admin = world["ids"]["campaign_id"], world["users"]["admin"]
    _add_rows(world, 5)
    evaluation = EvaluationRound.objects.get(id=world["ids"]["round_id"])
    client = api(admin)
    runs_url, canaries_url = f"/api/campaigns/{campaign_id}/runs/", f"/api/campaigns/{campaign_id}/canaries/"

    def add_runs() -> None:
        for _ in range(3):
            TrainingRun.objects.create(
                campaign_id=campaign_id, dataset=evaluation.dataset, base_model_path="/m", created_by=admin
            )

    def add_canaries() -> None:
        for index in range(3):
            Canary.objects.create(
                campaign_id=campaign_id, label="new", digest=f"{index:063d}f", length=8, created_by=admin
            )

    before = [row["id"] for row in client.get(runs_url, {"limit": MAX_LIMIT}).json()["results"]]
    walked = [row["id"] for row in _walk(client, runs_url, {"cursor": "", "limit": 2}, add_runs)]
    assert walked == before  # each run there at the start, once, in order; the new ones are before the cursor
    offsets = [row["id"] for row in _walk(client, runs_url, {"limit": 2}, add_runs)]
    assert len(offsets) > len(set(offsets))  # what cursors avoid: offset pages read a row twice

    before = [row["id"] for row in client.get(canaries_url, {"limit": MAX_LIMIT}).json()["results"]]
    walked = [row["id"] for row in _walk(client, canaries_url, {"cursor": "", "limit": 2}, add_canaries)]
    added = list(Canary.objects.filter(label="new").order_by("id").values_list("id", flat=True))
    assert walked == before + added and len(added) == 3


def test_previous_walks_back_and_a_page_can_be_sized(api, world: dict) -> None:
    _add_rows(world, 5)
    client = api(world["users"]["admin"])
    url = f"/api/campaigns/{world['ids']['campaign_id']}/runs/"
    first = client.get(url, {"cursor": "", "limit": 2}).json()
    second = client.get(first["next"]).json()
    assert client.get(second["previous"]).json()["results"] == first["results"]
    assert len(client.get(url, {"cursor": "", "limit": 10_000}).json()["results"]) == min(
        MAX_LIMIT, TrainingRun.objects.filter(campaign_id=world["ids"]["campaign_id"]).count()
    )


@pytest.mark.parametrize("cursor", ["not a cursor", "cD1hYmM="])
def test_a_bad_cursor_is_bad_input_naming_the_field(api, world: dict, cursor: str) -> None:
    # Not base64; then a well-formed one whose position ("abc") no id can hold.
    answer = api(world["users"]["admin"]).get(f"/api/campaigns/{world['ids']['campaign_id']}/runs/", {"cursor": cursor})
    assert answer.status_code == 400 and answer.json()["field"] == "cursor", answer.content


def test_the_schema_documents_cursor_pages() -> None:
    schema = SchemaGenerator().get_schema(request=None, public=True)
    for path in PAGED:
        get = schema["paths"][path]["get"]
        cursor = next(p for p in get["parameters"] if p["name"] == "cursor")
        assert cursor["in"] == "query" and cursor["schema"]["type"] == "string" and not cursor["required"], path
        ref = get["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
        page = schema["components"]["schemas"][ref.rsplit("/", 1)[1]]
        assert "count" not in page["required"], path  # a cursor page has none
