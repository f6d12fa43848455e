"""The judging queue's WebSocket and its REST fallback, read as an attacker would (issue 13, finding 4).

A task is looked up within the campaign: another campaign's task is answered like a missing one, on the socket
and over REST. Nothing is anonymized for a task that is not the reviewer's. Every frame is bounded in size and
rate, a malformed one is answered and logged without a traceback, and a removed member is disconnected.
"""

from __future__ import annotations

import logging
import random
from functools import partial

import pytest
from channels.db import database_sync_to_async
from rest_framework.authtoken.models import Token

from labeling.models import GuidelineVersion, Membership
from preferences.consumers import JudgingConsumer
from preferences.models import Candidate, Judgement, Ranking
from preferences.services import queue
from preferences.services.comparisons import comparison_submit, comparisons_create_for_item
from preferences.services.queue import judging_lease_next
from preferences.services.rankings import ranking_submit
from privacy.engine.anonymizer import AnonymizedText
from tests.factories import CampaignFactory, ItemFactory, MembershipFactory, UserFactory
from tests.preferences.test_consumers import WAIT, _socket
from tuneloop.exceptions import Forbidden, NotFound

pytestmark = pytest.mark.django_db(transaction=True)

TEMPLATE = ["Claim Type", "Cause"]
TEXTS = ("Claim Type: Theft\nCause: Unknown", "Claim Type: Fire\nCause: Pan", "Claim Type: Flood\nCause: Pipe")
REWRITE = "Claim Type: Theft\nCause: Bike taken by Ann Smith"
MISSING = 999_999


def _campaign(*, ranking: bool = False, items: int = 2):
    """A campaign with a guideline and `items` items to judge: one pair each, or one ranking of three each."""
    campaign = CampaignFactory(output_fields=TEMPLATE, ranking_k=3 if ranking else 0)
    spec = {"acceptance_criteria": ["Names the cause"], "output_format": {"kind": "template", "fields": TEMPLATE}}
    GuidelineVersion.objects.create(campaign=campaign, version=1, spec=spec, created_by=campaign.created_by)
    for _ in range(items):
        item = ItemFactory(campaign=campaign)
        for text in TEXTS[: 3 if ranking else 2]:
            Candidate.objects.create(item=item, source=Candidate.Source.IMPORT, text=text)
        comparisons_create_for_item(item=item, rng=random.Random(1))
    return campaign


def _member(campaign, role: str = "reviewer"):
    return MembershipFactory(campaign=campaign, role=role).user


def _token(user) -> str:
    return Token.objects.create(user=user).key


def _message(kind: str, task: int, key: str, **extra: str) -> dict:
    if kind == "ranking":
        return {"type": "ranking", "task": task, "order": [1, 2, 3], "idempotency_key": key, **extra}
    return {"type": "judgement", "task": task, "choice": "a", "idempotency_key": key, **extra}


@pytest.mark.parametrize("kind", ["judgement", "ranking"])
async def test_a_task_of_another_campaign_is_answered_on_the_socket_like_a_missing_one(kind: str) -> None:
    def setup() -> tuple[int, str, int, int]:
        ranking = kind == "ranking"
        home, away, strangers = (_campaign(ranking=ranking) for _ in range(3))
        ann = _member(home)
        Membership.objects.create(campaign=away, user=ann, role="reviewer")
        own_lease_elsewhere = judging_lease_next(campaign=away, user=ann)  # hers, but not this socket's campaign
        foreign = judging_lease_next(campaign=strangers, user=UserFactory())  # where she is no member at all
        return home.id, _token(ann), own_lease_elsewhere.id, foreign.id

    home_id, token, elsewhere, foreign = await database_sync_to_async(setup)()
    ws = _socket(home_id, token)
    assert (await ws.connect(timeout=WAIT))[0]
    assert (await ws.receive_json_from(timeout=WAIT))["type"] == "task"
    replies = {}
    for task in (elsewhere, foreign, MISSING):
        await ws.send_json_to(_message(kind, task, f"k-{task}", rationale="Ann Smith saw it."))
        reply = await ws.receive_json_from(timeout=WAIT)
        assert reply["task"] == task
        replies[task] = {key: value for key, value in reply.items() if key != "task"}
    assert replies[elsewhere] == replies[foreign] == replies[MISSING], replies
    assert (replies[MISSING]["type"], replies[MISSING]["field"]) == ("error", "task")
    assert not await database_sync_to_async(Judgement.objects.exists)()
    await ws.disconnect()


@pytest.mark.parametrize("kind", ["pair", "ranking"])
def test_nothing_is_anonymized_for_a_task_that_is_not_the_reviewers(monkeypatch, kind: str) -> None:
    """The lease is checked before Presidio reads the rationale or the rewrite: a reviewer cannot make the
    server anonymize text for a task leased to someone else, or for another campaign's task."""
    anonymized: list[str] = []

    def spy(text: str, **kwargs) -> AnonymizedText:
        anonymized.append(text)
        return AnonymizedText(text=text, entities={})

    monkeypatch.setattr(queue, "anonymize_text", spy)
    ranking = kind == "ranking"
    home, away = _campaign(ranking=ranking), _campaign(ranking=ranking)
    ann, bob = _member(home), _member(home)
    bobs = judging_lease_next(campaign=home, user=bob)
    elsewhere = judging_lease_next(campaign=away, user=ann)
    if ranking:
        submit = partial(ranking_submit, order=[], all_bad=True)
    else:
        submit = partial(comparison_submit, choice="both_bad")
    answer = {"campaign": home, "user": ann, "rationale": "Ann Smith called.", "rewrite": REWRITE}
    with pytest.raises(Forbidden):
        submit(task_id=bobs.id, idempotency_key="k-1", **answer)
    with pytest.raises(NotFound):
        submit(task_id=elsewhere.id, idempotency_key="k-2", **answer)
    assert anonymized == []
    assert not Judgement.objects.exists() and not Candidate.objects.filter(rewrite_of__isnull=False).exists()
    own = judging_lease_next(campaign=home, user=ann)
    submit(task_id=own.id, idempotency_key="k-3", **answer)
    assert sorted(anonymized) == sorted(["Ann Smith called.", REWRITE])  # the spy sees what does get anonymized


@pytest.mark.parametrize("kind", ["pair", "ranking"])
def test_rest_answers_another_campaigns_task_like_a_missing_one(api, kind: str) -> None:
    ranking = kind == "ranking"
    home, away = _campaign(ranking=ranking), _campaign(ranking=ranking)
    ann = _member(home)
    foreign = judging_lease_next(campaign=away, user=UserFactory())
    if ranking:
        url, body = "/api/ranking-tasks/{}/ranking/", {"order": [], "all_bad": True, "idempotency_key": "k"}
    else:
        url, body = "/api/comparisons/{}/judgement/", {"choice": "a", "idempotency_key": "k"}
    answers = [api(ann).post(url.format(task), body, format="json") for task in (foreign.id, MISSING)]
    assert [answer.status_code for answer in answers] == [404, 404], [a.content for a in answers]
    assert answers[0].json() == answers[1].json()
    assert answers[0].json()["field"] == "task"
    assert not Judgement.objects.exists()


@pytest.mark.parametrize("kind", ["pair", "ranking"])
def test_a_reviewer_removed_from_the_campaign_can_no_longer_undo(api, kind: str) -> None:
    ranking = kind == "ranking"
    home = _campaign(ranking=ranking)
    ann = _member(home)
    task = judging_lease_next(campaign=home, user=ann)
    if ranking:
        stored, _ = ranking_submit(campaign=home, task_id=task.id, user=ann, order=[1, 2, 3], idempotency_key="k")
        url = "/api/rankings/{}/undo/"
    else:
        stored, _ = comparison_submit(campaign=home, task_id=task.id, user=ann, choice="a", idempotency_key="k")
        url = "/api/judgements/{}/undo/"
    Membership.objects.filter(user=ann).delete()
    refused, missing = (api(ann).post(url.format(id_)) for id_ in (stored.id, MISSING))
    assert (refused.status_code, missing.status_code) == (404, 404)
    assert refused.json() == missing.json()
    assert type(stored).objects.filter(id=stored.id).exists()


async def _connected(*, ranking: bool = False):
    def setup() -> tuple[int, str]:
        campaign = _campaign(ranking=ranking)
        return campaign.id, _token(_member(campaign))

    campaign_id, token = await database_sync_to_async(setup)()
    ws = _socket(campaign_id, token)
    assert (await ws.connect(timeout=WAIT))[0]
    task = await ws.receive_json_from(timeout=WAIT)
    assert task["type"] == "task"
    return ws, task["task"]


async def test_an_over_large_frame_is_refused_before_it_is_read() -> None:
    ws, task = await _connected()
    padded = {**_message("judgement", task["id"], "big"), "padding": "x" * (JudgingConsumer.MAX_FRAME_BYTES + 1)}
    await ws.send_json_to(padded)
    refused = await ws.receive_json_from(timeout=WAIT)
    assert (refused["type"], refused["field"]) == ("error", "frame"), refused
    assert f"at most {JudgingConsumer.MAX_FRAME_BYTES} bytes" in refused["detail"]
    assert not await database_sync_to_async(Judgement.objects.exists)()
    await ws.send_json_to(_message("judgement", task["id"], "small"))  # the connection is still open
    assert (await ws.receive_json_from(timeout=WAIT))["type"] == "judgement.stored"
    await ws.disconnect()


async def test_a_client_sending_faster_than_the_limit_is_told_to_slow_down(monkeypatch) -> None:
    monkeypatch.setattr(JudgingConsumer, "MESSAGE_BURST", 3)
    monkeypatch.setattr(JudgingConsumer, "MESSAGES_PER_SECOND", 0.01)
    ws, task = await _connected()
    for _ in range(3):
        await ws.send_json_to({"type": "hello"})
        answered = await ws.receive_json_from(timeout=WAIT)
        assert answered["type"] == "error" and "field" not in answered  # read, and answered as an unknown type
    await ws.send_json_to(_message("judgement", task["id"], "k-1"))
    throttled = await ws.receive_json_from(timeout=WAIT)
    assert (throttled["type"], throttled["field"]) == ("error", "rate"), throttled
    assert "Too many messages" in throttled["detail"]
    assert not await database_sync_to_async(Judgement.objects.exists)()
    await ws.disconnect()


async def test_malformed_frames_are_answered_and_logged_without_a_traceback(caplog) -> None:
    ws, task = await _connected()
    caplog.set_level(logging.INFO)
    for frame in ("{not json", "[1, 2]", "[" * 20_000 + "]" * 20_000, '"judgement"'):
        await ws.send_to(text_data=frame)
        refused = await ws.receive_json_from(timeout=WAIT)
        assert refused["type"] == "error" and refused["detail"], (frame[:20], refused)
    await ws.send_to(bytes_data=b"\x00\xff")
    assert (await ws.receive_json_from(timeout=WAIT))["type"] == "error"
    for message, field in (
        ({**_message("judgement", task["id"], "k"), "task": [task["id"]]}, "task"),
        ({**_message("judgement", task["id"], "k"), "task": "7; DROP TABLE"}, "task"),
        ({"type": "undo", "judgement": {"id": 1}}, "judgement"),
        ({"type": "undo", "ranking": "one"}, "ranking"),
    ):
        await ws.send_json_to(message)
        refused = await ws.receive_json_from(timeout=WAIT)
        assert (refused["type"], refused.get("field")) == ("error", field), refused
    await ws.send_json_to(_message("judgement", task["id"], "k-ok"))  # the connection survived all of them
    assert (await ws.receive_json_from(timeout=WAIT))["type"] == "judgement.stored"
    await ws.disconnect()
    assert not [record for record in caplog.records if record.exc_info], "a traceback was logged"
    assert any("malformed" in record.getMessage() for record in caplog.records)


async def test_a_reviewer_removed_from_the_campaign_is_disconnected(monkeypatch) -> None:
    monkeypatch.setattr(JudgingConsumer, "ACCESS_SECONDS", 0.0)
    ws, task = await _connected()
    await database_sync_to_async(Membership.objects.all().delete)()
    await ws.send_json_to(_message("judgement", task["id"], "k-1"))
    refused = await ws.receive_json_from(timeout=WAIT)
    assert refused["type"] == "error" and "no longer a member" in refused["detail"]
    assert await ws.receive_output(timeout=WAIT) == {"type": "websocket.close", "code": 4403}
    monkeypatch.setattr(JudgingConsumer, "ACCESS_SECONDS", 3600.0)  # no fresh read: the refusal itself must stick
    await ws.send_json_to(_message("judgement", task["id"], "k-2"))  # still reaches the closing consumer
    assert await ws.receive_nothing(timeout=1)
    assert not await database_sync_to_async(Judgement.objects.exists)()
    assert not await database_sync_to_async(Ranking.objects.exists)()
