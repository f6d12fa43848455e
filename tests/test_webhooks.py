"""Webhooks: real events reach a real HTTP receiver once, signed; failures are retried with backoff and logged."""

from __future__ import annotations

import hashlib
import hmac
import io
import itertools
import json
import threading
from collections.abc import Iterator
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.utils import timezone

from evaluation.services.promotions import candidate_promote
from labeling.demo_data import demo_records
from labeling.models import ImportBatch, Membership, Webhook, WebhookDelivery
from labeling.services.imports import import_batch_create
from labeling.webhooks import tasks as webhook_tasks
from labeling.webhooks.attempts import BACKOFF_SECONDS, MAX_ATTEMPTS, delivery_attempt
from labeling.webhooks.catalog import EVENT_TYPES
from labeling.webhooks.services import event_deliveries_create, webhook_create, webhook_ping
from tests.conftest import wait_for
from tests.evaluation.rounds import label_campaign_round, scored
from tests.factories import CampaignFactory, MembershipFactory
from training.events import RunMetricPoint
from training.models import TrainingRun
from training.services import run_cancel
from tuneloop.jobs import housekeeping_run


class Receiver:
    """A stdlib HTTP server on 127.0.0.1 in a thread: records each request, answers `status`."""

    def __init__(self) -> None:
        self.requests: list[tuple[dict[str, str], bytes]] = []
        self.status = 204
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                receiver.requests.append(({k.lower(): v for k, v in self.headers.items()}, body))
                self.send_response(receiver.status)
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/hook"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def bodies(self) -> list[dict]:
        return [json.loads(body) for _, body in self.requests]


@pytest.fixture
def receiver(settings) -> Iterator[Receiver]:
    settings.WEBHOOK_ALLOW_PRIVATE_URLS = True  # the receiver is on loopback
    receiver = Receiver()
    yield receiver
    receiver.server.shutdown()
    receiver.server.server_close()


def verify(secret: str, headers: dict[str, str], body: bytes) -> bool:
    """The recipe of docs/webhooks.md, as a receiver writes it."""
    signed = headers["x-tuneloop-timestamp"].encode() + b"." + body
    expected = "sha256=" + hmac.new(secret.encode(), signed, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, headers["x-tuneloop-signature"])


def attempt_all() -> list[WebhookDelivery]:
    """Run the delivery job for every pending delivery that is due (what the actor does)."""
    due = WebhookDelivery.objects.filter(status="pending").order_by("id").values_list("id", flat=True)
    return [d for d in (delivery_attempt(delivery_id=i) for i in list(due)) if d is not None]


@pytest.mark.django_db(transaction=True)
def test_an_import_finishing_reaches_the_receiver_once_signed_by_the_worker(worker, receiver) -> None:
    campaign = CampaignFactory()
    webhook = webhook_create(campaign=campaign, user=campaign.created_by, url=receiver.url, events=["import.finished"])
    records = demo_records(5)
    lines = "\n".join(json.dumps(record.as_json()) for record in records)
    batch = import_batch_create(
        campaign=campaign, user=campaign.created_by, file=io.BytesIO(lines.encode()), filename="x.jsonl"
    )
    wait_for(lambda: ImportBatch.objects.get(id=batch.id).status == "done")
    wait_for(lambda: WebhookDelivery.objects.filter(status="delivered").exists(), timeout=30)

    assert len(receiver.requests) == 1  # progress events along the way send nothing
    headers, body = receiver.requests[0]
    assert verify(webhook.secret, headers, body)
    assert not verify("0" * 64, headers, body)
    assert headers["x-tuneloop-event"] == "import.finished"
    sent = json.loads(body)
    assert headers["x-tuneloop-delivery"] == str(sent["id"])
    assert sent["event"] == "import.finished" and sent["campaign"] == campaign.id
    assert sent["data"] == {
        "import": batch.id,
        "status": "done",
        "total_lines": 5,
        "accepted": 5,
        "duplicates": 0,
        "rejected": 0,
    }
    for record in records:  # no text of any item leaves
        assert record.text[:40] not in body.decode()


@pytest.mark.django_db
def test_evaluation_gate_promotion_and_a_cancelled_run_each_arrive_once(receiver) -> None:
    evaluation = label_campaign_round(30)
    campaign, admin = evaluation.campaign, evaluation.created_by
    webhook = webhook_create(campaign=campaign, user=admin, url=receiver.url, events=list(EVENT_TYPES))
    scored(evaluation, candidate=lambda _, ref: ref, base=lambda *_: "water")
    candidate_promote(evaluation=evaluation, user=admin, note="better on every label", override_reason="a trial")
    run = TrainingRun.objects.create(
        campaign=campaign, dataset=evaluation.dataset, base_model_path="/m", created_by=admin
    )
    run_cancel(run=run)
    attempt_all()
    attempt_all()  # nothing is due twice

    evaluation.refresh_from_db()
    by_event = {body["event"]: body["data"] for body in receiver.bodies()}
    assert sorted(by_event) == ["evaluation.finished", "gate.decided", "model.promoted", "run.finished"]
    assert len(receiver.requests) == 4
    assert all(verify(webhook.secret, headers, body) for headers, body in receiver.requests)
    finished = {"evaluation": evaluation.id, "status": "succeeded", "n": evaluation.report["n"]}
    assert by_event["evaluation.finished"] == finished
    assert by_event["gate.decided"]["recommendation"] == "reject"  # 30 items: too few to be sure
    assert {"name", "passed"} == set(by_event["gate.decided"]["checks"][0])
    assert by_event["model.promoted"]["artifact"] == evaluation.artifact_id
    assert by_event["model.promoted"]["overridden"] is True
    assert by_event["run.finished"]["status"] == "cancelled"
    everything = b" ".join(body for _, body in receiver.requests).decode()
    assert "Loss report" not in everything and "better on every label" not in everything and "trial" not in everything


@pytest.mark.django_db
def test_a_receiver_answering_500_is_retried_with_backoff_then_the_delivery_fails(receiver) -> None:
    receiver.status = 500
    campaign = CampaignFactory()
    webhook = webhook_create(campaign=campaign, user=campaign.created_by, url=receiver.url, events=["run.finished"])
    delivery = webhook_ping(webhook=webhook)
    now = timezone.now()
    times = []
    for attempt in range(1, MAX_ATTEMPTS + 1):
        assert delivery_attempt(delivery_id=delivery.id, now=now - timedelta(seconds=1)) is None  # not due yet
        delivery = delivery_attempt(delivery_id=delivery.id, now=now)
        assert delivery is not None and delivery.attempts == attempt
        times.append(now)
        if attempt < MAX_ATTEMPTS:
            assert delivery.status == "pending"
            assert delivery.next_attempt_at == now + timedelta(seconds=BACKOFF_SECONDS[attempt - 1])
            now = delivery.next_attempt_at
    assert delivery.status == "failed" and delivery.response_status == 500
    assert delivery.last_error == "The receiver answered HTTP 500."
    assert [entry["status"] for entry in delivery.history] == [500] * MAX_ATTEMPTS
    gaps = [(b - a).total_seconds() for a, b in itertools.pairwise(times)]
    assert gaps == [10, 60, 300, 1800, 7200]
    assert len(receiver.requests) == MAX_ATTEMPTS
    assert delivery_attempt(delivery_id=delivery.id, now=now + timedelta(days=1)) is None


@pytest.mark.django_db
def test_a_429_is_retried_and_then_delivered_and_a_404_fails_at_once(receiver) -> None:
    campaign = CampaignFactory()
    webhook = webhook_create(campaign=campaign, user=campaign.created_by, url=receiver.url, events=["run.finished"])
    receiver.status = 429
    delivery = webhook_ping(webhook=webhook)
    first = delivery_attempt(delivery_id=delivery.id)
    assert first is not None and first.status == "pending" and first.attempts == 1
    receiver.status = 200
    done = delivery_attempt(delivery_id=delivery.id, now=first.next_attempt_at)
    assert done is not None and done.status == "delivered" and done.delivered_at is not None

    receiver.status = 404
    gone = delivery_attempt(delivery_id=webhook_ping(webhook=webhook).id)
    assert gone is not None and gone.status == "failed" and gone.attempts == 1 and gone.response_status == 404


@pytest.mark.django_db
def test_a_receiver_that_is_down_is_retried_with_the_error_recorded(receiver) -> None:
    campaign = CampaignFactory()
    webhook = webhook_create(campaign=campaign, user=campaign.created_by, url=receiver.url, events=["run.finished"])
    receiver.server.shutdown()
    receiver.server.server_close()
    failed = delivery_attempt(delivery_id=webhook_ping(webhook=webhook).id)
    assert failed is not None and failed.status == "pending" and failed.response_status is None
    assert "could not connect" in failed.last_error and webhook.secret not in failed.last_error


@pytest.mark.django_db
def test_a_webhook_turned_off_gets_no_new_deliveries(receiver) -> None:
    evaluation = label_campaign_round(30)
    webhook = webhook_create(
        campaign=evaluation.campaign, user=evaluation.created_by, url=receiver.url, events=["evaluation.finished"]
    )
    Webhook.objects.filter(id=webhook.id).update(active=False)
    scored(evaluation, candidate=lambda _, ref: ref)
    assert not WebhookDelivery.objects.exists()


@pytest.mark.django_db
def test_the_sweeper_sends_deliveries_whose_message_was_lost(receiver, monkeypatch) -> None:
    campaign = CampaignFactory()
    webhook = webhook_create(campaign=campaign, user=campaign.created_by, url=receiver.url, events=["run.finished"])
    lost, later = webhook_ping(webhook=webhook), webhook_ping(webhook=webhook)
    WebhookDelivery.objects.filter(id=lost.id).update(next_attempt_at=timezone.now() - timedelta(minutes=5))
    WebhookDelivery.objects.filter(id=later.id).update(next_attempt_at=timezone.now() + timedelta(minutes=5))
    sent: list[int] = []
    monkeypatch.setattr(webhook_tasks, "delivery_send", lambda delivery_id, **_: sent.append(delivery_id) or True)
    assert housekeeping_run()["webhook_deliveries_due"] == "1"
    assert sent == [lost.id]


def test_events_that_make_no_delivery_cost_no_query(caplog) -> None:
    """No database here: a query would raise (and be logged: a webhook never fails the write that sent it)."""
    assert event_deliveries_create(1, RunMetricPoint(run=1, stage="sft", step=3, loss=0.5)) == []
    assert not [record for record in caplog.records if record.levelname == "ERROR"]


# --- The REST API.


@pytest.fixture
def admin_api(api):
    campaign = CampaignFactory()
    admin = MembershipFactory(campaign=campaign, role=Membership.Role.ADMIN).user
    return campaign, api(admin)


@pytest.mark.django_db
def test_an_admin_creates_a_webhook_sees_its_secret_once_and_pings_it(admin_api, receiver) -> None:
    campaign, client = admin_api
    created = client.post(
        f"/api/campaigns/{campaign.id}/webhooks/",
        {"url": receiver.url, "events": ["run.finished", "model.promoted"]},
        format="json",
    )
    assert created.status_code == 201, created.json()
    secret, webhook_id = created.json()["secret"], created.json()["id"]
    assert len(bytes.fromhex(secret)) == 32
    listed = client.get(f"/api/campaigns/{campaign.id}/webhooks/").json()
    assert listed["count"] == 1 and "secret" not in listed["results"][0]
    assert "secret" not in client.get(f"/api/webhooks/{webhook_id}/").json()

    pinged = client.post(f"/api/webhooks/{webhook_id}/ping/")
    assert pinged.status_code == 202 and pinged.json()["event"] == "ping"
    attempt_all()
    headers, body = receiver.requests[0]
    assert verify(secret, headers, body) and json.loads(body)["data"]["webhook"] == webhook_id
    log = client.get(f"/api/webhooks/{webhook_id}/deliveries/").json()
    assert log["count"] == 1 and log["results"][0]["status"] == "delivered"
    assert log["results"][0]["history"][0]["status"] == 204

    again = client.post(f"/api/deliveries/{log['results'][0]['id']}/redeliver/")
    assert again.status_code == 202 and again.json()["status"] == "pending"
    attempt_all()
    assert len(receiver.requests) == 2

    off = client.patch(f"/api/webhooks/{webhook_id}/", {"active": False}, format="json")
    assert off.status_code == 200 and off.json()["active"] is False
    assert client.delete(f"/api/webhooks/{webhook_id}/").status_code == 204
    assert not Webhook.objects.exists() and not WebhookDelivery.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("ftp://example.org/hook", "http"),
        ("http://127.0.0.1:9/hook", "internal address"),
        ("http://localhost/hook", "internal address"),
        ("http://10.1.2.3/hook", "internal address"),
        ("http://169.254.169.254/latest/meta-data", "internal address"),
        ("http://[::1]/hook", "internal address"),
    ],
)
def test_urls_that_point_inside_are_refused_naming_the_field(admin_api, url: str, says: str) -> None:
    campaign, client = admin_api
    answer = client.post(f"/api/campaigns/{campaign.id}/webhooks/", {"url": url, "events": ["ping"]}, format="json")
    assert answer.status_code == 400
    answer = client.post(
        f"/api/campaigns/{campaign.id}/webhooks/", {"url": url, "events": ["run.finished"]}, format="json"
    )
    assert answer.status_code == 400 and answer.json()["field"] == "url" and says in answer.json()["detail"]


@pytest.mark.django_db
def test_an_unknown_event_type_is_refused_naming_the_field(admin_api, receiver) -> None:
    campaign, client = admin_api
    answer = client.post(
        f"/api/campaigns/{campaign.id}/webhooks/", {"url": receiver.url, "events": ["run.exploded"]}, format="json"
    )
    assert answer.status_code == 400 and "events" in answer.json()["errors"]


@pytest.mark.django_db
def test_reviewers_and_outsiders_cannot_see_or_create_webhooks(api, receiver) -> None:
    campaign = CampaignFactory()
    webhook = webhook_create(campaign=campaign, user=campaign.created_by, url=receiver.url, events=["run.finished"])
    reviewer = MembershipFactory(campaign=campaign, role=Membership.Role.REVIEWER).user
    outsider = MembershipFactory(campaign=CampaignFactory(), role=Membership.Role.ADMIN).user
    assert api(reviewer).get(f"/api/campaigns/{campaign.id}/webhooks/").status_code == 403
    assert api(reviewer).get(f"/api/webhooks/{webhook.id}/deliveries/").status_code == 403
    assert api(outsider).get(f"/api/webhooks/{webhook.id}/").status_code == 404
    assert api(outsider).post(f"/api/webhooks/{webhook.id}/ping/").status_code == 404
