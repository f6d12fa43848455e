"""`manage.py serve --workers N`: refused where state stays in one process; on PostgreSQL and Redis, two web
processes serve one port, a reviewer's session moves between them without losing its lease, a judgement resent
on the other process is stored once, the token throttle counts both together, and stopping the server leaves no
process behind."""

from __future__ import annotations

import json
import os
import signal
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager

import psutil
import pytest
from django.conf import settings
from django.core.cache import cache
from django.core.management import CommandError, call_command
from django.db import connection
from rest_framework.authtoken.models import Token

from bench.review_server import free_port
from preferences.models import Candidate, ComparisonTask, Judgement
from tests.conftest import wait_for
from tests.factories import ItemFactory, MembershipFactory
from tests.test_faults import Processes, processes  # noqa: F401  (the fixture, and the processes it stops)
from tuneloop.apis import TokenRateThrottle
from tuneloop.probe import check_http

IN_MEMORY = {"default": {"BACKEND": "channels.layers.InMemoryChannelLayer"}}
REDIS = {"default": {"BACKEND": "channels_redis.core.RedisChannelLayer", "CONFIG": {"hosts": []}}}


def test_workers_must_be_one_or_more() -> None:
    with pytest.raises(CommandError, match="--workers must be 1 or more"):
        call_command("serve", "--workers", "0")


@pytest.mark.parametrize(
    ("layers", "embedded_worker", "named"),
    [(IN_MEMORY, False, "no REDIS_URL"), (REDIS, True, "no BROKER_URL"), (IN_MEMORY, True, "no BROKER_URL")],
)
def test_several_workers_are_refused_where_state_stays_in_one_process(settings, layers, embedded_worker, named) -> None:
    settings.CHANNEL_LAYERS, settings.EMBEDDED_WORKER = layers, embedded_worker
    with pytest.raises(CommandError, match="--workers 2 needs state shared between web processes") as refused:
        call_command("serve", "--workers", "2")
    assert named in str(refused.value) and "--workers 1" in str(refused.value)
    assert ("SQLite" in str(refused.value)) == (connection.vendor == "sqlite")


# --- Two web processes on PostgreSQL and Redis ------------------------------------------------------------


@pytest.fixture
def _servers() -> None:
    on_servers = connection.vendor == "postgresql" and settings.REDIS_URL and settings.BROKER_URL
    if not on_servers:
        if os.environ.get("TUNELOOP_REQUIRE_SERVERS") == "1":
            pytest.fail("several web processes need PostgreSQL, REDIS_URL and BROKER_URL")
        pytest.skip("several web processes need PostgreSQL, REDIS_URL and BROKER_URL (.ci/run)")


def _spawned(process: psutil.Process) -> list[psutil.Process]:
    """The children `process` started with multiprocessing's spawn (not its resource tracker)."""
    return [child for child in process.children() if "spawn_main" in " ".join(child.cmdline())]


def _started(log: str, pids: list[int]) -> bool:
    """Each worker has loaded the application: uvicorn says so once it has."""
    return all(f"Started server process [{pid}]" in log for pid in pids)


@contextmanager
def _only(serving: psutil.Process, stopped: psutil.Process) -> Iterator[None]:
    """Every new connection goes to `serving`: the other is stopped (SIGSTOP) and accepts none. Briefly: the
    supervisor replaces a worker that does not answer its ping for 5 s."""
    stopped.suspend()
    try:
        yield
    finally:
        stopped.resume()


def _socket(port: int, campaign_id: int, token: str):
    from websockets.sync.client import connect

    url = f"ws://127.0.0.1:{port}/ws/campaigns/{campaign_id}/review/"
    headers = {"Authorization": f"Token {token}"}
    return connect(url, additional_headers=headers, origin=f"http://127.0.0.1:{port}", open_timeout=10)


def _ask_for_a_token(port: int) -> int:
    """POST /api/auth/token/ without a password (refused before any password hashing, but counted): the status,
    400, or 429 once throttled."""
    data = urllib.parse.urlencode({"username": "nobody"}).encode()
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/auth/token/", data=data, timeout=10) as answer:
            return answer.status
    except urllib.error.HTTPError as error:
        return error.code


def _judge(ws, task: int, key: str) -> tuple[dict, dict]:
    """Send a judgement; its acknowledgement and the next push."""
    ws.send(json.dumps({"type": "judgement", "task": task, "choice": "a", "idempotency_key": key}))
    return json.loads(ws.recv(timeout=10)), json.loads(ws.recv(timeout=10))


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("_servers")
def test_two_web_processes_share_a_review_session(processes: Processes) -> None:  # noqa: F811
    membership = MembershipFactory()
    for n in range(3):
        item = ItemFactory(campaign=membership.campaign, text=f"Note {n}: hail on the roof.")
        left = Candidate.objects.create(item=item, source="import", text=f"Claim {n}: roof, hail.")
        right = Candidate.objects.create(item=item, source="import", text=f"Hail damaged roof {n}.")
        ComparisonTask.objects.create(item=item, left=left, right=right)
    token, port = Token.objects.create(user=membership.user).key, free_port()
    cache.delete(TokenRateThrottle.cache_format % {"scope": "auth-token", "ident": "127.0.0.1"})  # an earlier run's
    throttled = {"TUNELOOP_AUTH_TOKEN_RATE": "3/minute"}
    web = processes.start(["serve", "--workers", "2", "--port", str(port)], env=throttled)
    supervisor = psutil.Process(web.popen.pid)
    wait_for(lambda: len(_spawned(supervisor)) == 2, timeout=60, describe=web.tail)
    a, b = _spawned(supervisor)
    wait_for(lambda: _started(web.tail(), [a.pid, b.pid]), timeout=300, interval=0.5, describe=web.tail)

    # Each process answers on the port alone, and each has its own deployments recorder beside it.
    for serving, stopped in ((a, b), (b, a)):
        with _only(serving, stopped):
            assert check_http("/healthz", port=port, timeout=4) == (True, "/healthz: 200")
        assert len(_spawned(serving)) == 1
    everything = [supervisor, *supervisor.children(recursive=True)]
    # The token throttle counts the requests of both processes together (the Redis cache): the 4th is refused.
    statuses = []
    for serving, stopped in ((a, b), (b, a), (a, b), (b, a)):
        with _only(serving, stopped):
            statuses.append(_ask_for_a_token(port))
    assert statuses == [400, 400, 400, 429]

    # A reviewer leased a task on one process, dropped, and reconnected to the other: the same task, still theirs.
    with _only(a, b), _socket(port, membership.campaign_id, token) as ws:
        leased = json.loads(ws.recv(timeout=10))["task"]["id"]
    with _only(b, a), _socket(port, membership.campaign_id, token) as ws:
        assert json.loads(ws.recv(timeout=10))["task"]["id"] == leased
        stored, following = _judge(ws, leased, "key-1")
    assert stored["type"] == "judgement.stored" and not stored["duplicate"]
    assert following["type"] == "task" and following["task"]["id"] != leased
    # The client had no answer and resends the judgement, with its key, on the first process: stored once.
    with _only(a, b), _socket(port, membership.campaign_id, token) as ws:
        assert json.loads(ws.recv(timeout=10))["task"]["id"] == following["task"]["id"]
        resent, _ = _judge(ws, leased, "key-1")
    assert resent["duplicate"] and resent["judgement"] == stored["judgement"]
    assert list(Judgement.objects.filter(task_id=leased).values_list("id", flat=True)) == [stored["judgement"]]

    # SIGTERM to the supervisor alone (as `docker stop` sends it): the workers and their recorders end too.
    web.popen.send_signal(signal.SIGTERM)
    web.popen.wait(timeout=60)
    wait_for(lambda: not any(_alive(process) for process in everything), timeout=30, describe=lambda: everything)


def _alive(process: psutil.Process) -> bool:
    try:
        return process.status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False
