"""Command-line entry of a training run: `python -m training.ml.launch --config RUN.json --events EVENTS.jsonl`.

It runs `run_recipe` on the RunConfig JSON and appends one JSON object per line to the events file,
flushed as it goes so a supervisor can tail it: `metric` and lifecycle events while training, then
one `result` (exit 0) or `error` (exit 1). Under `accelerate launch` every rank runs this module;
only rank 0 writes events.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import signal
import sys
import threading
import time
import traceback
from pathlib import Path
from typing import Any

from training.ml.config import RunConfig
from training.ml.distributed import is_main_process
from training.ml.errors import TrainingError
from training.ml.watchdog import watch_supervisor


class EventLog:
    """Appends events as JSON lines, each written whole and flushed at once; a no-op on ranks other than 0."""

    def __init__(self, path: str | Path, *, enabled: bool = True):
        self.path, self.enabled = Path(path), enabled
        if enabled:
            self.path.parent.mkdir(parents=True, exist_ok=True)

    def write(self, event: dict[str, Any]) -> None:
        if not self.enabled:
            return
        line = json.dumps(event, default=str) + "\n"
        # Opened per event: the line is on disk for a tailing supervisor even if this process is killed next.
        with self.path.open("a", encoding="utf-8") as handle:
            handle.write(line)

    def metric(self, stage: str, step: int, values: dict[str, float]) -> None:
        self.write({"event": "metric", "stage": stage, "step": step, "values": values})


def load_run_config(path: str | Path) -> RunConfig:
    """Read and validate a RunConfig JSON file; raise TrainingError naming the file and the bad field."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        return RunConfig.from_dict(data)
    except (OSError, ValueError) as error:  # json.JSONDecodeError is a ValueError
        raise TrainingError(f"run config {path}: {error}") from error


def error_message(error: BaseException) -> str:
    """A reason a person can act on: a TrainingError's own message, otherwise the type and message."""
    if isinstance(error, TrainingError):
        return str(error)
    return f"{type(error).__name__}: {error}"


def run(config_path: str | Path, events: EventLog) -> int:
    """Train the run at `config_path`, writing events; return the process exit status."""
    from training.ml.pipeline import run_recipe  # heavy (torch, TRL): after the cheap checks in main

    try:
        config = load_run_config(config_path)
        result = run_recipe(config, on_log=events.metric, on_event=events.write)
    except Exception as error:
        traceback.print_exc()  # the full trace goes to the process log; the event keeps the reason
        events.write({"event": "error", "message": error_message(error)})
        return 1
    events.write({"event": "result", **dataclasses.asdict(result)})
    return 0


def _watch_launcher(parent: int, interval: float) -> None:
    while os.getppid() == parent:
        time.sleep(interval)
    os.killpg(os.getpgrp(), signal.SIGKILL)


def watch_launcher(*, interval: float = 0.5) -> threading.Thread | None:
    """Under a launcher, stop this rank when the launcher is gone.

    torchrun starts every rank in a session of its own, so a SIGKILL to the launch's process group
    (a cancel, a dead worker's watchdog) would leave the ranks training as orphans without this.
    """
    if "LOCAL_RANK" not in os.environ:
        return None
    parent = os.getppid()
    if parent == 1:  # the launcher died before we looked
        os.killpg(os.getpgrp(), signal.SIGKILL)
    thread = threading.Thread(target=_watch_launcher, args=(parent, interval), name="launcher-watchdog", daemon=True)
    thread.start()
    return thread


def _finish_distributed() -> None:
    import torch.distributed as dist

    if dist.is_available() and dist.is_initialized():
        dist.destroy_process_group()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m training.ml.launch", description=__doc__.splitlines()[0])
    parser.add_argument("--config", required=True, help="RunConfig JSON (RunConfig.to_dict()).")
    parser.add_argument("--events", required=True, help="JSON-lines file the events are appended to.")
    args = parser.parse_args(argv)
    watch_supervisor()  # the worker that spawned this launch ($TUNELOOP_SUPERVISOR_PID), when it says so
    watch_launcher()
    status = run(args.config, EventLog(args.events, enabled=is_main_process()))
    _finish_distributed()
    return status


if __name__ == "__main__":
    sys.exit(main())
