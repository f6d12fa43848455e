"""Stop a training process group when the worker supervising it is gone, so a run never trains twice at once."""

from __future__ import annotations

import os
import signal
import threading
import time

SUPERVISOR_PID_ENV = "TUNELOOP_SUPERVISOR_PID"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, owned by someone else
        return True
    return True


def _watch(pid: int, interval: float) -> None:
    while _alive(pid):
        time.sleep(interval)
    # The worker died (e.g. SIGKILL): another worker will take the run over from its last checkpoint,
    # so every process of this launch (launcher and ranks share its process group) stops now.
    os.killpg(os.getpgrp(), signal.SIGKILL)


def watch_supervisor(pid: int | None = None, *, interval: float = 1.0) -> threading.Thread | None:
    """Start a daemon thread that kills this process group once `pid` (default: $TUNELOOP_SUPERVISOR_PID) exits."""
    pid = pid if pid is not None else int(os.environ.get(SUPERVISOR_PID_ENV, "0") or 0)
    if pid <= 0:
        return None
    thread = threading.Thread(target=_watch, args=(pid, interval), name="supervisor-watchdog", daemon=True)
    thread.start()
    return thread
