"""The review WebSocket: refused without auth or membership; judgements stored once."""

from __future__ import annotations

import pytest
from channels.testing import WebsocketCommunicator
from rest_framework.authtoken.models import Token

from preferences.models import Candidate, ComparisonTask, Judgement
from tests.factories import ItemFactory, MembershipFactory, UserFactory
from tuneloop.asgi import application

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.asyncio]
ORIGIN = (b"origin", b"http://127.0.0.1:8000")


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
        connected, code = await _socket(campaign_id, token).connect()
        assert not connected and code == 4403


async def test_a_resent_judgement_is_stored_once_and_the_next_task_pushed() -> None:
    from channels.db import database_sync_to_async

    campaign_id, token, _ = await database_sync_to_async(_setup)()
    ws = _socket(campaign_id, token)
    assert (await ws.connect())[0]
    task = (await ws.receive_json_from())["task"]
    message = {"type": "judgement", "task": task["id"], "choice": "a", "idempotency_key": "k-1"}
    replies = []
    for _ in range(2):
        await ws.send_json_to(message)
        replies.append(await ws.receive_json_from())
        assert (await ws.receive_json_from())["type"] == "queue.empty"
    assert [r["duplicate"] for r in replies] == [False, True]
    assert replies[0]["judgement"] == replies[1]["judgement"]
    assert await database_sync_to_async(Judgement.objects.count)() == 1
    await ws.disconnect()
