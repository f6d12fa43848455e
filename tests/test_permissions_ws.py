"""The permission matrix of the WebSocket routes (issue 13), beside tests/test_permissions.py's HTTP one: every
route of `tuneloop.routing.websocket_urlpatterns` is connected to by the same five roles of the same world, with
the session cookie (browsers) and with an API token (other clients). A role the rule allows is accepted; any
other is closed with 4403. An accepted socket that names another campaign's task, judgement, ranking or item gets
the answer a missing id gets, and nothing in the database changes. A new route without a rule fails
`test_every_websocket_route_has_a_rule`."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from channels.db import database_sync_to_async
from channels.testing import WebsocketCommunicator
from django.conf import settings
from django.test import Client
from rest_framework.authtoken.models import Token

from labeling.models import Item, Membership
from preferences.models import Candidate, ComparisonTask, Judgement, Ranking, RankingTask
from tests.factories import ItemFactory
from tests.test_permissions import MEMBER, ROLES
from tuneloop.asgi import application
from tuneloop.realtime import DENIED
from tuneloop.routing import websocket_urlpatterns

pytestmark = pytest.mark.django_db(transaction=True)

ORIGIN = (b"origin", b"http://127.0.0.1:8000")
WAIT = 10  # replies take milliseconds; a loaded CI machine has taken over a second
MISSING = 999_999_999

# route pattern -> roles that may connect. Both sockets are a campaign's: its members, reviewers and admins alike
# (the events socket then drops admin-only events for reviewers: tests/test_event_audience.py).
WS_RULES: dict[str, set[str]] = {
    "ws/campaigns/<int:campaign_id>/review/": MEMBER,
    "ws/campaigns/<int:campaign_id>/events/": MEMBER,
}

# What a message may name, per route: (message without the id, the field holding it, the kind of foreign object).
REVIEW = [
    ({"type": "judgement", "choice": "a", "idempotency_key": "k-elsewhere"}, "task", "comparison_task"),
    ({"type": "ranking", "order": [1, 2, 3], "idempotency_key": "k-elsewhere"}, "task", "ranking_task"),
    ({"type": "undo"}, "judgement", "judgement"),
    ({"type": "undo"}, "ranking", "ranking"),
]
EVENTS = [
    ({"type": "judgement", "choice": "a", "idempotency_key": "k"}, "task", "comparison_task"),
    ({}, "item", "item"),
]
MESSAGES = {"ws/campaigns/<int:campaign_id>/review/": REVIEW, "ws/campaigns/<int:campaign_id>/events/": EVENTS}


def _ws_routes() -> Iterator[str]:
    for pattern in websocket_urlpatterns:
        yield str(pattern.pattern)


def test_every_websocket_route_has_a_rule() -> None:
    missing = [path for path in _ws_routes() if path not in WS_RULES]
    assert not missing, f"WebSocket routes without a permission rule in tests/test_permissions_ws.py: {missing}"
    assert not set(WS_RULES) - set(_ws_routes()), "rules for WebSocket routes that no longer exist"
    assert set(MESSAGES) == set(WS_RULES), "each WebSocket route names the messages its matrix sends"


def _elsewhere(world: dict, user: Any) -> dict[str, int]:
    """The user's own objects in the outsider's campaign, one the user is no member of: a comparison task and a
    ranking task leased to them, their judgement and their ranking, and an item. The strongest case: each is
    theirs, but not in the socket's campaign."""
    campaign = Membership.objects.get(user=world["users"]["outsider"]).campaign
    item = ItemFactory(campaign=campaign)
    a, b, c = (Candidate.objects.create(item=item, source="import", text=text) for text in ("one", "two", "three"))
    lease = {"leased_to": user, "lease_expires_at": "2999-01-01T00:00:00Z"}
    task = ComparisonTask.objects.create(item=item, left=a, right=b, **lease)
    judged = ComparisonTask.objects.create(item=item, left=b, right=c, status="done")
    judgement = Judgement.objects.create(task=judged, reviewer=user, choice="a", idempotency_key=f"j-{user.pk}")
    ranking_task = RankingTask.objects.create(item=item, shown=[a.id, b.id, c.id], **lease)
    ranked = RankingTask.objects.create(item=item, shown=[c.id, b.id, a.id], copy=1, status="done")
    ranking = Ranking.objects.create(task=ranked, reviewer=user, order=[c.id, b.id, a.id], idempotency_key="r")
    return {
        "comparison_task": task.id,
        "ranking_task": ranking_task.id,
        "judgement": judgement.id,
        "ranking": ranking.id,
        "item": item.id,
    }


def _headers(role: str, user: Any, auth: str) -> list[tuple[bytes, bytes]]:
    if role == "anonymous":
        return [ORIGIN]
    if auth == "token":
        return [ORIGIN, (b"authorization", f"Token {Token.objects.get_or_create(user=user)[0].key}".encode())]
    client = Client()
    client.force_login(user)
    cookie = f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}"
    return [ORIGIN, (b"cookie", cookie.encode())]


@pytest.fixture
def sockets(world: dict) -> dict[str, Any]:
    """Per role and auth: the headers to connect with; per accepted role, their objects in another campaign."""
    users = {"anonymous": None, **world["users"]}
    headers = {(role, auth): _headers(role, users[role], auth) for role in ROLES for auth in ("session", "token")}
    foreign = {role: _elsewhere(world, users[role]) for role in sorted(set().union(*WS_RULES.values()))}
    return {"headers": headers, "foreign": foreign, "campaign_id": world["ids"]["campaign_id"]}


def _snapshot() -> tuple:
    tasks = [
        list(model.objects.order_by("id").values_list("id", "status", "leased_to_id", "lease_expires_at"))
        for model in (ComparisonTask, RankingTask)
    ]
    return (*[model.objects.count() for model in (Judgement, Ranking, Candidate, Item)], *tasks)


async def _answer(ws: WebsocketCommunicator, message: dict) -> dict:
    await ws.send_json_to(message)
    return await ws.receive_json_from(timeout=WAIT)


async def _foreign_answered_as_missing(ws: WebsocketCommunicator, path: str, foreign: dict[str, int]) -> list[str]:
    """Each message naming the role's object in another campaign, then a missing one: the same answer (but for
    the id echoed back), an error, and nothing written."""
    wrong = []
    before = await database_sync_to_async(_snapshot)()
    for message, field, kind in MESSAGES[path]:
        answers = []
        for value in (foreign[kind], MISSING):
            answer = await _answer(ws, {**message, field: value})
            if answer.get(field) == value:
                del answer[field]
            answers.append(answer)
        if answers[0] != answers[1] or answers[0]["type"] != "error":
            wrong.append(
                f"{message.get('type')} naming another campaign's {kind}: {answers[0]} / missing: {answers[1]}"
            )
    if await database_sync_to_async(_snapshot)() != before:
        wrong.append("messages naming another campaign's objects changed the database")
    return wrong


@pytest.mark.parametrize("auth", ["session", "token"])
async def test_the_websocket_permission_matrix(sockets: dict[str, Any], auth: str) -> None:
    wrong = []
    for path, allowed in WS_RULES.items():
        url = "/" + path.replace("<int:campaign_id>", str(sockets["campaign_id"]))
        for role in ROLES:  # least privileged first: a refused connection changes nothing
            ws = WebsocketCommunicator(application, url, headers=sockets["headers"][role, auth])
            try:
                connected, code = await ws.connect(timeout=WAIT)
                if connected != (role in allowed) or (not connected and code != DENIED):
                    wrong.append(f"{url} as {role} ({auth}): connected={connected}, code={code}")
                if connected:
                    if path.endswith("/review/"):  # the judging queue pushes a task (or queue.empty) first
                        assert (await ws.receive_json_from(timeout=WAIT))["type"] in ("task", "queue.empty")
                    wrong += [
                        f"{url} as {role}: {w}"
                        for w in await _foreign_answered_as_missing(ws, path, sockets["foreign"][role])
                    ]
            finally:
                await ws.disconnect()  # refused ones too: a consumer left open hangs the loop's teardown on Redis
    assert not wrong, "\n".join(wrong)
