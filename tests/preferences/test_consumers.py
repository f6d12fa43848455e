"""The judging queue's WebSocket: refused without auth or membership; judgements stored once, held to REST's limits."""

from __future__ import annotations

import pytest
from channels.testing import WebsocketCommunicator
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from preferences.models import Candidate, ComparisonTask, Judgement, Ranking
from preferences.services.comparisons import comparisons_create_for_item
from tests.factories import ItemFactory, MembershipFactory, UserFactory
from tuneloop.asgi import application

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.asyncio]
ORIGIN = (b"origin", b"http://127.0.0.1:8000")
# Replies take milliseconds; a loaded machine (a CI run beside this one) has taken over the default 1 s.
WAIT = 10


def _setup() -> tuple[int, str, str]:
    membership = MembershipFactory()
    item = ItemFactory(campaign=membership.campaign)
    a = Candidate.objects.create(item=item, source="import", text="Claim Type: Theft")
    b = Candidate.objects.create(item=item, source="import", text="It was stolen.")
    ComparisonTask.objects.create(item=item, left=a, right=b)
    outsider = UserFactory()
    member_token = Token.objects.create(user=membership.user).key
    outsider_token = Token.objects.create(user=outsider).key
    return membership.campaign_id, member_token, outsider_token


def _socket(campaign_id: int, token: str | None) -> WebsocketCommunicator:
    headers = [ORIGIN] + ([(b"authorization", f"Token {token}".encode())] if token else [])
    return WebsocketCommunicator(application, f"/ws/campaigns/{campaign_id}/review/", headers=headers)


async def test_connection_is_refused_without_auth_or_membership() -> None:
    from channels.db import database_sync_to_async

    campaign_id, _, outsider = await database_sync_to_async(_setup)()
    for token in (None, outsider, "not-a-token"):
        refused = _socket(campaign_id, token)
        connected, code = await refused.connect(timeout=WAIT)
        assert not connected and code == 4403
        await refused.disconnect()  # the consumer ends now, not when the test's loop is torn down


async def test_a_resent_judgement_is_stored_once_and_the_next_task_pushed() -> None:
    from channels.db import database_sync_to_async

    campaign_id, token, _ = await database_sync_to_async(_setup)()
    ws = _socket(campaign_id, token)
    assert (await ws.connect(timeout=WAIT))[0]
    task = (await ws.receive_json_from(timeout=WAIT))["task"]
    message = {"type": "judgement", "task": task["id"], "choice": "a", "idempotency_key": "k-1"}
    replies = []
    for _ in range(2):
        await ws.send_json_to(message)
        replies.append(await ws.receive_json_from(timeout=WAIT))
        assert (await ws.receive_json_from(timeout=WAIT))["type"] == "queue.empty"
    assert [r["duplicate"] for r in replies] == [False, True]
    assert replies[0]["judgement"] == replies[1]["judgement"]
    assert await database_sync_to_async(Judgement.objects.count)() == 1
    await ws.disconnect()


async def test_undo_brings_the_judged_task_back_and_a_new_judgement_replaces_it() -> None:
    from channels.db import database_sync_to_async

    campaign_id, token, _ = await database_sync_to_async(_setup)()
    ws = _socket(campaign_id, token)
    assert (await ws.connect(timeout=WAIT))[0]
    task = (await ws.receive_json_from(timeout=WAIT))["task"]
    assert task["undo_seconds"] > 0 and task["criteria"] == []
    await ws.send_json_to({"type": "judgement", "task": task["id"], "choice": "a", "idempotency_key": "k-1"})
    stored = await ws.receive_json_from(timeout=WAIT)
    assert (await ws.receive_json_from(timeout=WAIT))["type"] == "queue.empty"
    await ws.send_json_to({"type": "undo", "judgement": stored["judgement"]})
    undone = await ws.receive_json_from(timeout=WAIT)
    assert undone["type"] == "judgement.undone" and undone["task"]["id"] == task["id"]
    assert await database_sync_to_async(Judgement.objects.count)() == 0
    await ws.send_json_to({"type": "judgement", "task": task["id"], "choice": "b", "idempotency_key": "k-2"})
    assert (await ws.receive_json_from(timeout=WAIT))["type"] == "judgement.stored"
    await ws.send_json_to({"type": "undo", "judgement": 999999})
    refused = None
    while refused is None or refused["type"] != "error":
        refused = await ws.receive_json_from(timeout=WAIT)
    assert "No such judgement" in refused["detail"]
    choices = await database_sync_to_async(lambda: list(Judgement.objects.values_list("choice", flat=True)))()
    assert choices == ["b"]
    await ws.disconnect()


async def test_a_connection_killed_mid_judgement_loses_and_duplicates_nothing() -> None:
    """The client's judgement reaches the server but the connection dies before the reply: the reconnected
    client resends it (same key, as the Compare tab does) and it is stored once; an unsent one is not lost."""
    from channels.db import database_sync_to_async

    def setup() -> tuple[int, str]:
        campaign_id, token, _ = _setup()
        item = ItemFactory(campaign_id=campaign_id)
        a = Candidate.objects.create(item=item, source="import", text="Claim Type: Fire")
        b = Candidate.objects.create(item=item, source="import", text="A fire.")
        ComparisonTask.objects.create(item=item, left=a, right=b)
        return campaign_id, token

    campaign_id, token = await database_sync_to_async(setup)()
    ws = _socket(campaign_id, token)
    assert (await ws.connect(timeout=WAIT))[0]
    first = (await ws.receive_json_from(timeout=WAIT))["task"]
    judgement = {"type": "judgement", "task": first["id"], "choice": "a", "idempotency_key": "killed"}
    await ws.send_json_to(judgement)
    await ws.disconnect()  # killed before reading the reply; the server may or may not have stored it

    again = _socket(campaign_id, token)
    assert (await again.connect(timeout=WAIT))[0]
    pushed = await again.receive_json_from(timeout=WAIT)  # the next task, or the same one if the judgement never landed
    await again.send_json_to(judgement)  # the client resends what it never saw acknowledged
    stored = await again.receive_json_from(timeout=WAIT)
    assert stored["type"] == "judgement.stored" and stored["task"] == first["id"]
    follow = await again.receive_json_from(timeout=WAIT)
    assert follow["type"] == "task"
    second = follow["task"]
    assert second["id"] != first["id"] and pushed["task"]["id"] in (first["id"], second["id"])
    await again.send_json_to({"type": "judgement", "task": second["id"], "choice": "b", "idempotency_key": "next"})
    assert (await again.receive_json_from(timeout=WAIT))["type"] == "judgement.stored"
    assert (await again.receive_json_from(timeout=WAIT))["type"] == "queue.empty"
    keys = await database_sync_to_async(lambda: sorted(Judgement.objects.values_list("idempotency_key", flat=True)))()
    assert keys == ["killed", "next"]
    await again.disconnect()


def _ranking_setup() -> tuple[int, str]:
    """A campaign that ranks three candidates, with two items to rank."""
    membership = MembershipFactory(campaign__ranking_k=3)
    for n in range(2):
        item = ItemFactory(campaign=membership.campaign)
        for text in ("Claim Type: Theft", "It was stolen.", f"Stolen bike {n}."):
            Candidate.objects.create(item=item, source="import", text=text)
        comparisons_create_for_item(item=item)
    return membership.campaign_id, Token.objects.create(user=membership.user).key


async def test_a_ranking_is_stored_once_as_its_pairs_undone_and_the_next_task_pushed() -> None:
    from channels.db import database_sync_to_async

    campaign_id, token = await database_sync_to_async(_ranking_setup)()
    ws = _socket(campaign_id, token)
    assert (await ws.connect(timeout=WAIT))[0]
    first = (await ws.receive_json_from(timeout=WAIT))["task"]
    assert first["kind"] == "ranking" and [c["position"] for c in first["candidates"]] == [1, 2, 3]
    assert "source" not in str(first)
    await ws.send_json_to({"type": "ranking", "task": first["id"], "order": [2, 2, 1], "idempotency_key": "r-0"})
    refused = await ws.receive_json_from(timeout=WAIT)
    assert (refused["type"], refused["field"], refused["task"]) == ("error", "order", first["id"])
    message = {"type": "ranking", "task": first["id"], "order": [3, 1, 2], "idempotency_key": "r-1"}
    replies = []
    for _ in range(2):  # a resend (same key) answers the first ranking and pushes the next task again
        await ws.send_json_to(message)
        replies.append(await ws.receive_json_from(timeout=WAIT))
        follow = await ws.receive_json_from(timeout=WAIT)
        assert follow["type"] == "task" and follow["task"]["id"] != first["id"]
    assert [r["type"] for r in replies] == ["ranking.stored"] * 2
    assert [r["duplicate"] for r in replies] == [False, True] and replies[0]["ranking"] == replies[1]["ranking"]
    assert await database_sync_to_async(Judgement.objects.count)() == 3

    await ws.send_json_to({"type": "undo", "ranking": replies[0]["ranking"]})
    undone = await ws.receive_json_from(timeout=WAIT)
    assert undone["type"] == "ranking.undone" and undone["task"]["id"] == first["id"]
    assert await database_sync_to_async(Judgement.objects.count)() == 0
    await ws.send_json_to({**message, "order": [1, 2, 3], "idempotency_key": "r-2"})
    assert (await ws.receive_json_from(timeout=WAIT))["type"] == "ranking.stored"
    second = await ws.receive_json_from(timeout=WAIT)  # the task leased before the undo comes back
    assert second["type"] == "task" and second["task"]["id"] == follow["task"]["id"]
    await ws.send_json_to({"type": "ranking", "task": second["task"]["id"], "all_bad": True, "idempotency_key": "r-3"})
    assert (await ws.receive_json_from(timeout=WAIT))["type"] == "ranking.stored"
    assert (await ws.receive_json_from(timeout=WAIT))["type"] == "queue.empty"
    choices = await database_sync_to_async(lambda: sorted(Judgement.objects.values_list("choice", flat=True)))()
    assert choices == ["a", "a", "a", "both_bad", "both_bad", "both_bad"]
    await ws.disconnect()


# One character over each limit of the REST input serializers (preferences.serializers).
OVER_LIMITS = [("rationale", 5001), ("rewrite", 20001), ("idempotency_key", 101)]


def _rest_errors(token: str, url: str, body: dict) -> dict:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {token}")
    response = client.post(url, body, format="json")
    assert response.status_code == 400, response.content
    return response.json()["errors"]


async def _refused_as_over_rest(campaign_id: int, token: str, kind: str, body: dict, field: str) -> dict:
    """Send `body` as a `kind` message for the task pushed first, then over REST: the socket's error names the
    field that REST names, with REST's errors. Returns the task, still leased to the reviewer."""
    from channels.db import database_sync_to_async

    ws = _socket(campaign_id, token)
    assert (await ws.connect(timeout=WAIT))[0]
    task = (await ws.receive_json_from(timeout=WAIT))["task"]
    await ws.send_json_to({"type": kind, "task": task["id"], **body})
    refused = await ws.receive_json_from(timeout=WAIT)
    url = (
        f"/api/comparisons/{task['id']}/judgement/"
        if kind == "judgement"
        else f"/api/ranking-tasks/{task['id']}/ranking/"
    )
    rest = await database_sync_to_async(_rest_errors)(token, url, body)
    assert list(rest) == [field]
    assert (refused["type"], refused["field"], refused["task"]) == ("error", field, task["id"]), refused
    assert refused["errors"] == rest and refused["detail"] == rest[field][0]
    await ws.disconnect()
    return task


@pytest.mark.parametrize(("field", "length"), OVER_LIMITS)
async def test_an_over_long_judgement_is_refused_on_the_socket_naming_the_field_rest_names(
    field: str, length: int
) -> None:
    from channels.db import database_sync_to_async

    campaign_id, token, _ = await database_sync_to_async(_setup)()
    body = {
        "choice": "both_bad",
        "idempotency_key": "k-1",
        "rationale": "Neither names the cause.",
        field: "x" * length,
    }
    await _refused_as_over_rest(campaign_id, token, "judgement", body, field)
    assert await database_sync_to_async(Judgement.objects.count)() == 0
    assert await database_sync_to_async(Candidate.objects.count)() == 2  # no rewrite stored either

    ws = _socket(campaign_id, token)  # the task is still the reviewer's: within the limits, it is stored
    assert (await ws.connect(timeout=WAIT))[0]
    task = (await ws.receive_json_from(timeout=WAIT))["task"]
    await ws.send_json_to({"type": "judgement", "task": task["id"], "choice": "both_bad", "idempotency_key": "k-2"})
    assert (await ws.receive_json_from(timeout=WAIT))["type"] == "judgement.stored"
    await ws.disconnect()


@pytest.mark.parametrize(("field", "length"), OVER_LIMITS)
async def test_an_over_long_ranking_is_refused_on_the_socket_naming_the_field_rest_names(
    field: str, length: int
) -> None:
    from channels.db import database_sync_to_async

    campaign_id, token = await database_sync_to_async(_ranking_setup)()
    body = {"order": [], "all_bad": True, "idempotency_key": "r-1", field: "x" * length}
    await _refused_as_over_rest(campaign_id, token, "ranking", body, field)
    assert await database_sync_to_async(Ranking.objects.count)() == 0
    assert await database_sync_to_async(Judgement.objects.count)() == 0
    assert await database_sync_to_async(Candidate.objects.count)() == 6


async def test_a_malformed_judgement_gets_the_serializers_messages_on_the_socket() -> None:
    """Not only lengths: every field is read as REST reads it (a choice out of the list, criteria not an object)."""
    from channels.db import database_sync_to_async

    campaign_id, token, _ = await database_sync_to_async(_setup)()
    for body, field in (
        ({"choice": "maybe", "idempotency_key": "k-1"}, "choice"),
        ({"choice": "a", "idempotency_key": "k-1", "criteria": ["a"]}, "criteria"),
        ({"choice": "a"}, "idempotency_key"),
    ):
        await _refused_as_over_rest(campaign_id, token, "judgement", body, field)
    assert await database_sync_to_async(Judgement.objects.count)() == 0
