"""Shared fixtures: users with API tokens, a Dramatiq worker on the configured broker, a tiny model."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import dramatiq
import pytest
from django.db import connection
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

# The campaign world of the security tests (the permission matrix, the API fuzzer), a fixture for all.
from tests.worlds import world  # noqa: F401
from tuneloop import realtime
from tuneloop.exceptions import ApplicationError

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(scope="session", autouse=True)
def _no_sweeper() -> None:
    """The sweeper re-sends jobs on its own clock; a test that wants it runs a pass itself (sweep_once). Worker
    beats, likewise: tests/test_health.py beats itself."""
    from django.conf import settings

    settings.JOB_SWEEP_SECONDS = 0
    settings.WORKER_HEARTBEAT_SECONDS = 0


@pytest.fixture(scope="session")
def models_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The models directory of the test session: base models are registered, and runs train, only from under it."""
    return tmp_path_factory.mktemp("models")


@pytest.fixture(autouse=True)
def _isolated_files(settings, tmp_path: Path, models_root: Path) -> None:
    """Exports and artifacts of one test never meet another's (ids repeat across test databases)."""
    settings.EXPORTS_DIR = tmp_path / "exports"
    settings.ARTIFACTS_DIR = tmp_path / "artifacts"
    settings.BASE_MODEL_ROOTS = [models_root]


@pytest.fixture
def broker() -> Iterator[dramatiq.Broker]:
    broker = dramatiq.get_broker()
    broker.flush_all()
    yield broker
    broker.flush_all()


@contextmanager
def running_worker(broker: dramatiq.Broker, **options: object) -> Iterator[dramatiq.Worker]:
    """A real Dramatiq worker (threads in this process), started, and stopped with its middleware on exit."""
    worker = dramatiq.Worker(broker, worker_threads=1, worker_timeout=100, **options)  # type: ignore[arg-type]
    worker.start()
    try:
        # A thread's run() sets `running = True` when it first gets the CPU; a stop() before that is forgotten
        # and the thread lives on, stealing later tests' messages (and leaving them unacked). Wait until all run.
        threads = [*worker.consumers.values(), *worker.workers]
        wait_for(lambda: all(getattr(thread, "running", False) for thread in threads), timeout=30, interval=0.01)
        yield worker
    finally:
        worker.stop()
        # A stopped worker's middleware would still add consumers for queues declared later.
        broker.middleware[:] = [m for m in broker.middleware if getattr(m, "worker", None) is not worker]


def worker_idle(worker: dramatiq.Worker, *, timeout: float = 120) -> None:
    """Wait until `worker` has finished every message it took (its actors returned and the messages were acked).

    Unlike broker.join, this does not wait on messages another worker of the process may hold."""

    def idle() -> bool:
        delayed = sum(consumer.delay_queue.unfinished_tasks for consumer in worker.consumers.values())
        return worker.work_queue.unfinished_tasks == 0 and delayed == 0

    def describe() -> dict[str, object]:
        queues = {name: queue.unfinished_tasks for name, queue in worker.broker.queues.items()}
        threads = sorted(thread.name for thread in threading.enumerate())
        return {"work_queue": worker.work_queue.unfinished_tasks, "broker_queues": queues, "threads": threads}

    wait_for(idle, timeout=timeout, interval=0.05, describe=describe)


@pytest.fixture
def worker(broker: dramatiq.Broker) -> Iterator[dramatiq.Worker]:
    """A real Dramatiq worker (threads in this process) consuming every queue of the configured broker."""
    with running_worker(broker) as worker:
        yield worker


@pytest.fixture
def capture_events(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, dict]]:
    """Every (group, message) pushed to Channels after commit, instead of sending it."""
    sent: list[tuple[str, dict]] = []
    monkeypatch.setattr(realtime, "_send_now", lambda group, message: sent.append((group, message)))
    return sent


@pytest.fixture
def api() -> Callable:
    """api(user) -> an APIClient authenticated with the user's token, as an integrator would be."""

    def make(user) -> APIClient:
        client = APIClient()
        token, _ = Token.objects.get_or_create(user=user)
        client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
        return client

    return make


def wait_for(
    check: Callable[[], object],
    *,
    timeout: float = 120,
    interval: float = 0.2,
    describe: Callable[[], object] | None = None,
) -> object:
    """Poll `check` until it returns something truthy; after `timeout` s fail, saying what `describe` sees."""
    deadline, value = time.monotonic() + timeout, None
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(interval)
    seen = describe() if describe else value
    raise AssertionError(f"timed out after {timeout}s; last seen: {seen!r}")


@pytest.fixture(scope="session")
def tiny_model_path(models_root: Path) -> Path:
    """A tiny Llama model and tokenizer built locally from the demo corpus (no network), in the models directory."""
    from labeling.demo_data import demo_records
    from training.ml.tinymodel import build_tiny_model

    corpus = [text for r in demo_records(200, seed=1) for text in (r.text, r.reference, r.alternate)]
    return build_tiny_model(models_root / "tiny-llama", corpus)


@pytest.fixture
def tiny_base_model(db, tiny_model_path: Path):
    """The tiny model registered as a base model (with no default recipe), as staff would: runs may then name it
    by id or by its folder."""
    from training.services import base_model_register

    return base_model_register(name="tiny-llama (tests)", path=str(tiny_model_path), default_recipe={})


def race(calls: list[Callable[[], object]]) -> list[object]:
    """Run the calls at the same moment on threads with their own database connections."""
    barrier, results = threading.Barrier(len(calls)), [None] * len(calls)

    def run(index: int) -> None:
        barrier.wait()
        try:
            results[index] = calls[index]()
        except ApplicationError as exc:
            results[index] = exc
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(calls))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return results
