"""Worker liveness: each Dramatiq worker process beats into the database, and GET /readyz reads the beats."""

from __future__ import annotations

import logging
import os
import socket
import threading
from datetime import datetime, timedelta
from pathlib import Path

import dramatiq
from django.conf import settings
from django.db import connection
from django.utils import timezone

logger = logging.getLogger(__name__)
BEATS_KEPT = timedelta(days=1)  # a process gone this long is forgotten (each restart beats under a new pid)


def worker_beat(*, name: str, queues: list[str]) -> None:
    """Record that the worker process `name` is alive and consumes `queues`; forget long-gone processes."""
    from tuneloop.models import WorkerBeat  # loaded with the broker, before Django's apps are ready

    now = timezone.now()
    WorkerBeat.objects.update_or_create(name=name, defaults={"queues": ",".join(sorted(queues)), "seen_at": now})
    WorkerBeat.objects.filter(seen_at__lt=now - BEATS_KEPT).delete()


def worker_gone(*, name: str) -> None:
    """Forget a worker process that stopped cleanly: readiness then says so at once."""
    from tuneloop.models import WorkerBeat

    WorkerBeat.objects.filter(name=name).delete()


def workers_seen(*, within: float) -> list[tuple[str, datetime]]:
    """(queues, seen_at) of the worker processes that beat in the last `within` seconds, newest first."""
    from tuneloop.models import WorkerBeat

    since = timezone.now() - timedelta(seconds=within)
    rows = WorkerBeat.objects.filter(seen_at__gte=since).order_by("-seen_at")
    return list(rows.values_list("queues", "seen_at"))


def _queues(broker: dramatiq.Broker, worker: dramatiq.Worker) -> list[str]:
    chosen = worker.consumer_whitelist or broker.get_declared_queues()
    return [queue for queue in chosen if not queue.endswith((".DQ", ".XQ"))]


class WorkerHeartbeat(dramatiq.Middleware):
    """Named in settings.DRAMATIQ_BROKER's middleware: a thread per worker process beats every
    WORKER_HEARTBEAT_SECONDS (0 turns it off, as the test suite does; the embedded worker never beats: the web
    process is its sign of life). After each beat it touches WORKER_HEARTBEAT_FILE, for a container's health
    check that needs no Django."""

    def __init__(self) -> None:
        self.stopped = threading.Event()
        self.thread: threading.Thread | None = None
        self.name = f"{socket.gethostname()}:{os.getpid()}"

    def after_worker_boot(self, broker: dramatiq.Broker, worker: dramatiq.Worker) -> None:
        if settings.EMBEDDED_WORKER or settings.WORKER_HEARTBEAT_SECONDS <= 0:
            return
        if self.thread is not None and self.thread.is_alive():
            return
        self.stopped.clear()
        queues = _queues(broker, worker)
        self.thread = threading.Thread(target=self._loop, args=(queues,), name="worker-heartbeat", daemon=True)
        self.thread.start()

    def before_worker_shutdown(self, broker: dramatiq.Broker, worker: dramatiq.Worker) -> None:
        if self.thread is None:
            return
        self.stopped.set()
        self.thread.join(timeout=5)
        try:
            worker_gone(name=self.name)
        except Exception as exc:  # the beat then just ages out
            logger.warning("worker heartbeat: could not say goodbye (%s)", type(exc).__name__)
        finally:
            connection.close()

    def _loop(self, queues: list[str]) -> None:
        while True:
            beat_once(self.name, queues)
            if self.stopped.wait(settings.WORKER_HEARTBEAT_SECONDS):
                return


def beat_once(name: str, queues: list[str]) -> bool:
    """One beat, then touch the health-check file. Never raises: a database outage is logged, and the file then
    ages, so the container reports unhealthy until the database is back."""
    try:
        worker_beat(name=name, queues=queues)
    except Exception as exc:
        logger.warning("worker heartbeat failed (%s: %s)", type(exc).__name__, exc)
        return False
    finally:
        connection.close()
    if settings.WORKER_HEARTBEAT_FILE:
        try:
            Path(settings.WORKER_HEARTBEAT_FILE).touch()
        except OSError as exc:
            logger.warning("worker heartbeat file not written (%s)", exc)
    return True
