"""Issue 13, low findings: every list that grows with use is paged (`limit` / `offset`, at most 200 rows), and
the OpenAPI schema says so."""

from __future__ import annotations

import pytest
from drf_spectacular.generators import SchemaGenerator

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
