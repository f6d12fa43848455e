"""Fail points for the fault-injection tests: named places where a process can be made to stop dead.

A process started with TUNELOOP_FAIL_POINTS=name[,name…] and TUNELOOP_FAIL_POINT_DIR=folder, on reaching a
named point, writes `folder/name` and waits there forever, holding whatever it holds (an open transaction,
a half-written file, a claimed job), until the test kills it with SIGKILL. Unset (always, outside those
tests), a fail point is one set lookup. tests/test_faults.py, docs/reliability.md.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

POINTS = frozenset(filter(None, os.environ.get("TUNELOOP_FAIL_POINTS", "").split(",")))


def fail_point(name: str) -> None:
    if name not in POINTS:
        return
    Path(os.environ["TUNELOOP_FAIL_POINT_DIR"], name).touch()
    while True:  # the test's SIGKILL ends this process here
        time.sleep(60)
