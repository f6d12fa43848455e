"""The sweeper: in every worker process, on any broker, re-send lost or orphaned jobs and do the housekeeping."""

from __future__ import annotations

import logging
import threading

import dramatiq
from django.conf import settings
from django.db import connection

logger = logging.getLogger(__name__)


class PendingWorkSweeper(dramatiq.Middleware):
    """Named in settings.DRAMATIQ_BROKER's middleware: a thread per worker process, every JOB_SWEEP_SECONDS
    (0 turns it off, as the test suite does). Its first pass runs at boot."""

    def __init__(self) -> None:
        self.stopped = threading.Event()
        self.thread: threading.Thread | None = None

    def after_worker_boot(self, broker: dramatiq.Broker, worker: dramatiq.Worker) -> None:
        if settings.JOB_SWEEP_SECONDS <= 0 or (self.thread is not None and self.thread.is_alive()):
            return
        self.stopped.clear()
        self.thread = threading.Thread(target=self._loop, name="pending-work-sweeper", daemon=True)
        self.thread.start()

    def before_worker_shutdown(self, broker: dramatiq.Broker, worker: dramatiq.Worker) -> None:
        self.stopped.set()

    def _loop(self) -> None:
        while True:
            sweep_once()
            if self.stopped.wait(settings.JOB_SWEEP_SECONDS):
                return


def sweep_once() -> None:
    """One pass: re-send what is due, then the chores. Never raises: the next pass tries again."""
    # Imported here: the middleware module is loaded with the broker, before Django's apps are ready.
    from tuneloop.jobs import housekeeping_run, pending_work_sweep

    try:
        sent = pending_work_sweep()
        if any(sent.values()):
            logger.info("sweeper re-sent %s", {name: count for name, count in sent.items() if count})
        housekeeping_run()
    except Exception as exc:  # the database may be down for a while: say so, and try again later
        logger.warning("sweeper pass failed (%s: %s)", type(exc).__name__, exc)
    finally:
        connection.close()
