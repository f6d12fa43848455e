"""The admins' REST API of deployments: create, move through the stages, keys shown once, rollback, the audit
trail, monitoring and drift; bad input names its field and changes nothing."""

from __future__ import annotations

import pytest

from deployments.models import Deployment, ServedRequest
from tests.deployments.test_gateway import chat, note

pytestmark = pytest.mark.django_db


def test_an_admin_deploys_hands_out_a_key_moves_the_challenger_through_the_stages_and_rolls_back(api, promoted) -> None:
    admin = api(promoted.admin)
    created = admin.post(
        f"/api/campaigns/{promoted.campaign.id}/deployments/", {"name": "triage", "fallback": "previous"}, format="json"
    )
    assert created.status_code == 201, created.content
    deployment = created.json()
    assert deployment["incumbent"] == promoted.garbage.id  # the campaign's incumbent: the newest promotion
    url = f"/api/deployments/{deployment['id']}/"
    assert admin.patch(url, {"incumbent": promoted.good.id, "note": "the better one"}, format="json").status_code == 200

    key = admin.post(f"{url}keys/", {"name": "claims system"}, format="json").json()
    assert key["key"].startswith("tl-") and key["prefix"] == key["key"][:10]
    assert "key" not in admin.get(f"{url}keys/").json()["results"][0]  # shown once
    assert chat(key["key"], note())[0] == 200

    rollout = {"challenger": promoted.good2.id, "stage": "limited", "traffic_share": 0.25}
    moved = admin.patch(url, rollout, format="json")
    assert moved.status_code == 200 and moved.json()["stage"] == "limited"
    shipped = admin.patch(url, {"stage": "production", "note": "a week without alerts"}, format="json").json()
    assert (shipped["incumbent"], shipped["previous"]) == (promoted.good2.id, promoted.good.id)
    assert shipped["challenger"] is None
    back = admin.post(f"{url}rollback/", {"note": "complaints"}, format="json").json()
    assert (back["incumbent"], back["stage"], back["challenger"]) == (promoted.good.id, "limited", promoted.good2.id)
    trail = admin.get(f"{url}changes/").json()["results"]
    assert [entry["action"] for entry in trail][:3] == ["rollback", "promote", "change"]
    assert trail[0]["user"] == promoted.admin.username and trail[0]["undoes"] == trail[1]["id"]

    revoked = admin.post(f"{url}keys/{key['id']}/revoke/", format="json")
    assert revoked.status_code == 200 and revoked.json()["revoked_at"]
    assert chat(key["key"], note())[0] == 401
    assert admin.post(f"{url}keys/{key['id']}/revoke/", format="json").status_code == 409


def test_bad_changes_name_their_field_and_change_nothing(api, deployed) -> None:
    admin, url = api(deployed.admin), f"/api/deployments/{deployed.deployment.id}/"
    cases = [
        ({"stage": "shadow"}, "stage"),  # no challenger to shadow with
        ({"traffic_share": 1.5}, "traffic_share"),
        ({"monitoring": {"max_error_rate": 2}}, "monitoring.max_error_rate"),
        ({"monitoring": {"latency": 5}}, "monitoring.latency"),
        ({"backend": "external"}, "engine_url"),
        ({"challenger": 999999}, "challenger"),
        ({"challenger": deployed.good.id}, "challenger"),  # the incumbent already
    ]
    for body, field in cases:
        response = admin.patch(url, body, format="json")
        assert response.status_code in (400, 404), (body, response.content)
        assert field in str(response.json()), (body, response.json())
    unpromoted = deployed.good.run.__class__.objects.create(
        campaign=deployed.campaign, dataset=deployed.good.run.dataset, base_model_path="/m", created_by=deployed.admin
    )
    artifact = deployed.good.__class__.objects.create(run=unpromoted, path="/c", sha256="2" * 64)
    refused = admin.patch(url, {"challenger": artifact.id}, format="json").json()
    assert "not been promoted" in str(refused)
    stored = Deployment.objects.get(id=deployed.deployment.id)
    assert (stored.stage, stored.challenger_id, stored.traffic_share, stored.monitoring) == ("internal", None, 0.0, {})
    again = admin.post(f"/api/campaigns/{deployed.campaign.id}/deployments/", {"name": "triage"}, format="json")
    assert again.status_code == 400 and "name" in str(again.json())


def test_monitoring_shows_the_window_per_model_and_drift_runs_on_demand(api, deployed) -> None:
    for seed in range(4):
        assert chat(deployed.secret, note(seed))[0] == 200
    admin, url = api(deployed.admin), f"/api/deployments/{deployed.deployment.id}/"
    figures = admin.get(f"{url}monitoring/?minutes=30&buckets=6").json()
    assert figures["window_minutes"] == 30 and len(figures["series"]) == 6
    assert figures["all"]["requests"] == 4 and figures["all"]["error_rate"] == 0.0
    assert figures["all"]["latency_p50_ms"] <= figures["all"]["latency_p99_ms"]
    assert figures["by_model"][f"serve:incumbent:{deployed.good.id}"]["completion_tokens"] > 0
    assert sum(point["requests"] for point in figures["series"]) == 4
    stored = admin.get(f"{url}requests/").json()
    assert stored["count"] == 4 and stored["results"][0]["status"] == "ok"
    check = admin.post(f"{url}drift/").json()
    assert check["drifted"] is False and check["report"]["inputs"]["reason"] == "too few inputs"
    assert ServedRequest.objects.count() == 4
