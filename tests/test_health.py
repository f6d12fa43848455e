"""GET /healthz and GET /readyz: open to anyone, honest about each dependency, and silent about hosts and secrets."""

from __future__ import annotations

import os
import socket
import time
from datetime import timedelta
from pathlib import Path

import dramatiq
import pytest
from django.test import Client
from django.utils import timezone

from tests.conftest import running_worker, wait_for
from tuneloop import probe
from tuneloop.models import WorkerBeat
from tuneloop.workers import worker_beat

SECRET = "s3cret-pw"


@pytest.fixture
def closed_port() -> int:
    """A local port nothing listens on: a dependency there is down for real."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def external_worker(settings) -> None:
    """Settings as on a server with its own worker processes (compose.yaml), whatever the test run's broker."""
    settings.EMBEDDED_WORKER = False
    settings.BROKER_URL = os.environ.get("BROKER_URL") or "redis://127.0.0.1:6379/15"


def _ready(client: Client) -> tuple[int, dict]:
    response = client.get("/readyz")
    assert response["Content-Type"] == "application/json"
    assert "no-cache" in response["Cache-Control"]
    return response.status_code, response.json()


def test_healthz_answers_anyone_without_the_database() -> None:
    # No django_db mark: pytest-django fails any query, so the answer needs none.
    response = Client().get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


@pytest.mark.django_db
def test_readyz_is_ok_on_the_test_settings(settings) -> None:
    if not settings.EMBEDDED_WORKER:  # a run against real servers: the worker processes are what beat
        worker_beat(name="worker-host:1", queues=["default"])
    status, body = _ready(Client())
    assert status == 200, body
    assert body["status"] == "ok"
    assert set(body["checks"]) == {"database", "broker", "channel_layer", "workers"}
    assert all(check["status"] == "ok" and check["reason"] for check in body["checks"].values())


@pytest.mark.django_db
def test_readyz_names_a_broker_that_is_down(settings, closed_port: int) -> None:
    settings.EMBEDDED_WORKER = False
    settings.BROKER_URL = f"redis://:{SECRET}@127.0.0.1:{closed_port}/0"
    worker_beat(name="worker-host:1", queues=["default"])
    status, body = _ready(Client())
    assert status == 503
    assert body["status"] == "failed"
    assert body["checks"]["broker"] == {"status": "failed", "reason": "unreachable (ConnectionError)"}
    assert {name for name, check in body["checks"].items() if check["status"] == "failed"} == {"broker"}
    raw = Client().get("/readyz").content.decode()
    assert SECRET not in raw and "127.0.0.1" not in raw and str(closed_port) not in raw


@pytest.mark.django_db
def test_readyz_names_a_channel_layer_that_is_down(settings, closed_port: int) -> None:
    url = f"redis://:{SECRET}@127.0.0.1:{closed_port}/0"
    settings.CHANNEL_LAYERS = {
        "default": {"BACKEND": "channels_redis.core.RedisChannelLayer", "CONFIG": {"hosts": [{"address": url}]}}
    }
    settings.READY_CHECK_TIMEOUT_SECONDS = 2
    status, body = _ready(Client())
    assert status == 503
    assert body["checks"]["channel_layer"]["status"] == "failed"
    assert body["checks"]["database"]["status"] == "ok"
    assert SECRET not in str(body) and str(closed_port) not in str(body)


@pytest.mark.django_db
def test_readyz_fails_until_a_worker_beats(settings, external_worker: None) -> None:
    status, body = _ready(Client())
    assert status == 503
    assert body["checks"]["workers"] == {"status": "failed", "reason": "no worker seen in 60 s"}
    # A worker that beat long ago (killed without saying goodbye) does not count.
    WorkerBeat.objects.create(name="gone:1", queues="default", seen_at=timezone.now() - timedelta(minutes=5))
    assert _ready(Client())[1]["checks"]["workers"]["status"] == "failed"
    worker_beat(name="worker-host:7", queues=["train", "generate"])
    worker_beat(name="worker-host:8", queues=["default"])
    workers = _ready(Client())[1]["checks"]["workers"]
    assert workers == {"status": "ok", "reason": "2 seen in the last 60 s, queues: default, generate, train"}
    assert "worker-host" not in str(workers)


@pytest.mark.django_db(transaction=True)
def test_a_worker_process_beats_while_it_runs(settings, external_worker: None, tmp_path: Path) -> None:
    settings.WORKER_HEARTBEAT_SECONDS = 0.2
    settings.WORKER_HEARTBEAT_FILE = str(tmp_path / "beat")
    with running_worker(dramatiq.get_broker(), queues={"default"}):
        wait_for(lambda: WorkerBeat.objects.exists(), timeout=20, interval=0.05)
        assert WorkerBeat.objects.get().queues == "default"
        assert _ready(Client())[1]["checks"]["workers"]["status"] == "ok"
        assert probe.check_worker(settings.WORKER_HEARTBEAT_FILE, max_age=5)[0]
    assert not WorkerBeat.objects.exists()  # a clean stop says so at once


def test_the_health_paths_are_never_redirected_to_https(settings) -> None:
    settings.SECURE_SSL_REDIRECT = True
    client = Client()
    assert client.get("/healthz").status_code == 200
    assert client.get("/login/").status_code == 301


def test_the_probe_asks_with_a_host_the_server_accepts() -> None:
    assert probe.probe_host("tuneloop.example.com,localhost") == "tuneloop.example.com"
    assert probe.probe_host(".example.com") == "example.com"
    assert probe.probe_host("*") == "localhost"


def test_the_worker_probe_wants_a_recent_beat(tmp_path: Path) -> None:
    beat = tmp_path / "beat"
    assert not probe.check_worker(str(beat), max_age=60)[0]
    beat.touch()
    assert probe.check_worker(str(beat), max_age=60)[0]
    old = time.time() - 120
    os.utime(beat, (old, old))
    assert probe.check_worker(str(beat), max_age=60) == (False, "last worker heartbeat 120 s ago")


@pytest.mark.django_db(transaction=True)
def test_the_probe_reads_a_live_server(live_server, settings, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DJANGO_ALLOWED_HOSTS", "localhost")
    if not settings.EMBEDDED_WORKER:
        worker_beat(name="worker-host:1", queues=["default"])
    port = int(live_server.url.rsplit(":", 1)[1])
    assert probe.check_http("/healthz", port=port, timeout=10) == (True, "/healthz: 200")
    healthy, said = probe.check_http("/readyz", port=port, timeout=10)
    assert healthy, said
