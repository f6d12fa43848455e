"""The recorder in a process of its own: the web process hands each finished request over a pipe and goes on.

Anonymizing a request costs the web process about 6 to 10 ms of CPU (Presidio), under its one interpreter
lock, while it answers the next requests; a child process does it beside it. The child is started with
`spawn` (never `fork`: a web process runs threads), sets Django up with the parent's settings and database,
loads Presidio once and stores the records in order (deployments.services.recording.store_record). Raw text
only crosses the pipe in memory; it is never written anywhere. The child is restarted when it has died; the
records it held die with it, as with the thread (monitoring loses them, callers never do).
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import queue
import threading
from typing import Any

logger = logging.getLogger(__name__)
MAX_WAITING = 10_000  # records handed over and not yet stored; past it, new ones are dropped and logged


class ProcessRecorder:
    """The parent's side: a queue to the child (its feeder thread pickles and writes), and the child."""

    def __init__(self) -> None:
        self._context = multiprocessing.get_context("spawn")
        self._records: Any = None
        self._child: Any = None
        self._database = ""
        self._lock = threading.Lock()

    def submit(self, record: Any) -> None:
        records = self._start()
        try:
            records.put_nowait(record)
        except queue.Full:  # monitoring falls behind; the caller never waits on it
            logger.warning(
                "deployment %s: recorder full, request %s not stored", record.deployment_id, record.request_id
            )

    def warm_up(self) -> None:
        self._start()

    def drain(self) -> None:
        """Wait until the child has stored every record handed to it."""
        if self._records is not None:
            self._records.join()

    @property
    def pid(self) -> int | None:
        """The child's process id while it runs."""
        child = self._child
        return child.pid if child is not None and child.is_alive() else None

    def stop(self) -> None:
        with self._lock:
            if self._child is not None and self._child.is_alive():
                self._records.put(None)
                self._child.join(timeout=30)
                if self._child.is_alive():
                    self._child.terminate()
            self._child = self._records = None

    def _start(self) -> Any:
        """The queue to a live child that writes to this process's database now; a new child otherwise (the first
        call, a child that died, or a database renamed since: a test database set up after the app was built)."""
        from django.db import connection

        database = str(connection.settings_dict["NAME"])
        with self._lock:
            alive = self._child is not None and self._child.is_alive()
            if alive and self._database == database:
                return self._records
            if alive:
                self._records.put(None)  # the old child stores what it holds, then ends
            elif self._child is not None:
                logger.warning("deployments recorder process %s died; starting another", self._child.pid)
            self._records = self._context.JoinableQueue(maxsize=MAX_WAITING)
            self._database = database
            self._child = self._context.Process(
                target=child_main, args=(self._records, database), name="deployments-recorder", daemon=True
            )
            self._child.start()
            return self._records


def child_main(records: Any, database: str) -> None:
    """The child: Django with the parent's database, Presidio loaded, then each record stored in turn."""
    import django
    from django.conf import settings

    threading.Thread(target=_end_with_parent, name="recorder-parent-watch", daemon=True).start()
    settings.DATABASES["default"]["NAME"] = database  # before any connection is made
    django.setup()
    from deployments.services.recording import store_record
    from privacy.services.anonymize import anonymize_text

    anonymize_text("warm-up", campaign=None)
    while True:
        record = records.get()
        try:
            if record is None:
                return
            store_record(record)
        finally:
            records.task_done()


def _end_with_parent() -> None:
    """End this child as soon as the web process that started it has ended, however it ended. A killed parent, or
    one of uvicorn's workers (`serve --workers N`: it re-raises SIGTERM after its graceful shutdown, which skips
    multiprocessing's clean-up of daemon children), would otherwise leave it behind, waiting for records forever."""
    parent = multiprocessing.parent_process()
    if parent is not None:
        parent.join()  # its sentinel: the pipe the parent holds open while it lives
        os._exit(0)
