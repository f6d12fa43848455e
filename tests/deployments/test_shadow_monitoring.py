"""Shadow mode and feedback, monitoring figures, alerts with automatic fallback, drift sent back to reviewers."""

from __future__ import annotations

import json
import random

import pytest
from django.test import Client

from deployments.models import Alert, DeploymentChange, Feedback, ServedRequest
from deployments.services.drift import drift_check
from deployments.services.lifecycle import deployment_change
from deployments.services.monitoring import monitoring_check
from deployments.services.shadow import shadow_answer
from labeling.models import Campaign, Example, Item
from labeling.webhooks.models import WebhookDelivery
from labeling.webhooks.services import webhook_create
from preferences.models import Candidate
from tests.deployments.label_model import label_messages, loss_note
from tests.deployments.test_gateway import chat, note
from tests.evaluation.rounds import LABELS
from tests.factories import ItemFactory, MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db


def post(secret: str, path: str, body: dict) -> tuple[int, dict]:
    response = Client().post(
        path, json.dumps(body), content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {secret}"
    )
    return response.status_code, response.json()


def answer_shadows() -> list[ServedRequest]:
    """What the `generate` worker does with each pending shadow row."""
    pending = ServedRequest.objects.filter(kind="shadow", status="pending").select_related("artifact__run")
    return [shadow_answer(row=row) for row in pending]


def test_in_shadow_the_challenger_answers_in_the_background_and_feedback_scores_both(deployed) -> None:
    deployment_change(deployment=deployed.deployment, user=deployed.admin, challenger=deployed.good2, stage="shadow")
    status, body = chat(deployed.secret, note(1, "theft"))
    assert status == 200 and body["tuneloop"]["served_by"] == "incumbent"
    served = ServedRequest.objects.get(request_id=body["id"])
    shadow = served.shadows.get()
    assert (shadow.kind, shadow.status, shadow.artifact_id) == ("shadow", "pending", deployed.good2.id)
    [answered] = answer_shadows()
    assert answered.status == "ok" and answered.output in LABELS and answered.completion_tokens > 0
    decision = "fire" if served.output != "fire" else "water"  # the person disagrees with the model
    status, reply = post(
        deployed.secret, "/v1/feedback", {"request_id": body["id"], "decision": decision, "seconds_spent": 90}
    )
    assert status == 201 and reply["corrected"] is True
    assert reply["scores"]["served"] == {"metric": "accuracy", "agreement": 0.0}
    assert reply["scores"]["shadow"]["agreement"] == float(answered.output == decision)
    assert post(deployed.secret, "/v1/feedback", {"request_id": body["id"], "decision": decision})[0] == 400


def test_the_shadow_endpoint_takes_inputs_the_caller_decides_and_compares_with_its_decisions(deployed) -> None:
    deployment_change(deployment=deployed.deployment, user=deployed.admin, challenger=deployed.good2, stage="shadow")
    rng = random.Random(3)
    for cause in ("water", "fire", "theft", "fire"):
        text = loss_note(cause, rng) + " Insured: Jonas Albrecht."
        status, body = post(deployed.secret, "/v1/shadow", {"messages": label_messages(text)})
        assert status == 202 and body["status"] == "queued"
        answer_shadows()
        assert post(deployed.secret, "/v1/feedback", {"request_id": body["id"], "decision": cause})[0] == 201
    rows = ServedRequest.objects.filter(kind="serve")
    assert all("Jonas Albrecht" not in json.dumps(row.messages) for row in ServedRequest.objects.all())
    assert {row.role for row in rows} == {"people"}
    feedback = Feedback.objects.filter(request__in=rows)
    assert feedback.count() == 4 and all(item.corrected is None and "shadow" in item.scores for item in feedback)
    monitored = Client()
    monitored.force_login(deployed.admin)
    figures = monitored.get(f"/api/deployments/{deployed.deployment.id}/monitoring/").json()
    shadow_figures = figures["by_model"][f"shadow:challenger:{deployed.good2.id}"]
    assert shadow_figures["requests"] == 4 and shadow_figures["latency_p99_ms"] > 0
    agreement = [item.scores["shadow"]["agreement"] for item in feedback]
    assert figures["all"]["shadow_agreement"] == pytest.approx(sum(agreement) / 4, abs=1e-4)


def test_a_threshold_breach_raises_an_alert_and_falls_back_automatically(
    deployed, capture_events, django_capture_on_commit_callbacks
) -> None:
    deployment_change(
        deployment=deployed.deployment,
        user=deployed.admin,
        challenger=deployed.garbage,
        stage="production",
        monitoring={"min_requests": 3, "max_format_failure_rate": 0.2, "auto_fallback": True, "window_minutes": 10},
    )
    with django_capture_on_commit_callbacks(execute=True):
        codes = [chat(deployed.secret, note(seed))[0] for seed in range(3)]
    assert codes == [503, 503, 503]  # fallback "people": nobody else to answer
    [alert] = Alert.objects.all()
    assert (alert.metric, alert.value, alert.threshold, alert.fell_back) == ("format_failure_rate", 1.0, 0.2, True)
    deployment = deployed.deployment
    deployment.refresh_from_db()
    assert deployment.falling_back
    automatic = DeploymentChange.objects.filter(deployment=deployment, action="fall_back").get()
    assert automatic.user is None and "format_failure_rate" in automatic.note
    status, _ = chat(deployed.secret, note(9))
    assert status == 503 and ServedRequest.objects.order_by("-id").first().attempts == 0  # no model asked now
    assert monitoring_check(deployment.id, force=True) == []  # one alert per figure and window
    pushed = [message["payload"] for group, message in capture_events if message["event"] == "deployment.alert"]
    assert pushed == [{"deployment": deployment.id, "metric": "format_failure_rate", "value": 1.0, "threshold": 0.2,
                       "fell_back": True}]  # fmt: skip


def test_inputs_from_another_domain_are_detected_as_drift_and_sampled_back_as_anonymized_items(
    deployed, settings
) -> None:
    settings.WEBHOOK_ALLOW_PRIVATE_URLS = True
    hook = webhook_create(
        campaign=deployed.campaign, user=deployed.admin, url="http://127.0.0.1:9/hook", events=["deployment.drift"]
    )
    for n in range(25):  # the kind of note the model was trained on (label_campaign_round)
        chat(deployed.secret, f"Loss report {n + 500}: cause noted.")
    same = drift_check(deployment=deployed.deployment)
    assert same.drifted is False and same.report["inputs"]["verdict"] is False and same.sampled == 0
    rng = random.Random(0)
    for _ in range(30):
        text = (
            f"Patient Amelia Hartmann, {rng.randint(30, 80)}, admitted with chest pain and dyspnoea; troponin "
            f"{rng.randint(10, 90)} ng/L, ECG shows ST depression in leads V{rng.randint(1, 6)}."
        )
        chat(deployed.secret, text)
    drifted = drift_check(deployment=deployed.deployment)
    inputs = drifted.report["inputs"]
    assert drifted.drifted and inputs["verdict"] and inputs["p_value"] < 0.01 and inputs["statistic"] >= 0.3
    assert drifted.sampled == 20
    items = Item.objects.filter(campaign=deployed.campaign, source__origin="deployment")
    assert items.count() == 20
    assert all(item.source["deployment"] == "triage" and item.source["drift_check"] == drifted.id for item in items)
    assert not any("Amelia Hartmann" in item.text for item in items)
    [delivery] = WebhookDelivery.objects.filter(webhook=hook)  # the drifted check only, in its transaction
    assert delivery.event == "deployment.drift" and delivery.payload == {
        "deployment": deployed.deployment.id, "check": drifted.id, "drifted": True, "reason": "manual", "sampled": 20
    }  # fmt: skip
    assert drift_check(deployment=deployed.deployment).sampled == 20  # 35 left of 55: none sampled twice
    requests = [item.source["request"] for item in Item.objects.filter(source__origin="deployment")]
    assert len(requests) == len(set(requests)) == 40


def test_reviewers_edits_of_the_deployed_models_drafts_give_its_draft_correction_rate(deployed) -> None:
    """The correction rate's second source: answers handed in from a deployed model's pre-filled draft, compared
    with the draft the server showed (not what the client claims it was)."""
    campaign = deployed.campaign
    Campaign.objects.filter(id=campaign.id).update(prefill_artifact=deployed.good, reviewers_per_item=1)
    writer = UserFactory()
    MembershipFactory(campaign=campaign, user=writer)
    client = Client()
    client.force_login(writer)
    drafts, answers = ["water", "fire", "water", "fire"], ["water", "fire", "theft", "water"]  # two changed
    for n, draft in enumerate(drafts):
        item = ItemFactory(campaign=campaign, text=f"Loss report {n}: pipe burst.")
        Candidate.objects.create(item=item, source="model", artifact=deployed.good, text=draft)
    for _ in drafts:
        task = client.get(f"/api/campaigns/{campaign.id}/authoring/next/").json()
        n = int(task["item"]["text"].split()[2].rstrip(":"))
        assert task["prefill"] == drafts[n]
        answer = {"response": answers[n], "prefilled": True}
        posted = client.post(f"/api/items/{task['item']['id']}/examples/", answer, content_type="application/json")
        assert posted.status_code == 201, posted.json()
    example = Example.objects.get(item__text="Loss report 2: pipe burst.")
    assert (example.draft, example.draft_artifact_id, example.response) == ("water", deployed.good.id, "theft")
    admin = Client()
    admin.force_login(deployed.admin)
    report = admin.get(f"/api/deployments/{deployed.deployment.id}/monitoring/?buckets=4").json()
    edits = [0.0, 0.0, 1.0, 0.8]  # "water"→"theft": 5 edits over 5 characters; "fire"→"water": 4 over 5
    expected = {"draft_answers": 4, "draft_correction_rate": 0.5, "draft_edit_share": sum(edits) / 4}
    assert report["drafts"] == {str(deployed.good.id): expected}
    assert {key: report["all"][key] for key in expected} == expected
    assert sum(point["draft_answers"] for point in report["series"]) == 4
