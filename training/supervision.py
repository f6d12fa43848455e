"""Supervise a run's training process: launch it, follow its events, beat, cancel it, relaunch it after a crash."""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import re
import signal
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.conf import settings

from training.ml.config import DistributedSettings, RunConfig
from training.ml.distributed import launch_command, launch_env, uses_deepspeed, write_deepspeed_config
from training.ml.errors import TrainingCancelled, TrainingError
from training.ml.watchdog import SUPERVISOR_PID_ENV
from training.models import TrainingRun
from training.paths import hostfile_path
from training.services import run_event_record, run_heartbeat, run_metric_record

logger = logging.getLogger(__name__)
ROOT = Path(settings.BASE_DIR)
POLL_SECONDS = 0.5
STOP_GRACE_SECONDS = 10
# Lifecycle events of the training process that become RunEvents (metrics go to RunMetric).
EVENT_KINDS = ("stage", "resumed", "checkpoint")


@dataclass
class Launch:
    """One training process group and the events file it appends to."""

    process: subprocess.Popen[bytes]
    events: Path
    log: Path
    offset: int = 0
    result: dict[str, Any] | None = None
    error: str | None = None
    buffer: bytes = field(default=b"")

    def read_events(self) -> list[dict[str, Any]]:
        """The events appended since the last call; a line still being written waits for the next."""
        if not self.events.exists():
            return []
        with self.events.open("rb") as handle:
            handle.seek(self.offset)
            chunk = handle.read()
        self.offset += len(chunk)
        lines = (self.buffer + chunk).split(b"\n")
        self.buffer = lines.pop()
        return [json.loads(line) for line in lines if line.strip()]


def supervise(*, run: TrainingRun, config: RunConfig, worker: str) -> dict[str, Any]:
    """Train until the process reports a result; relaunch (it resumes from its checkpoint) when it dies.

    Returns the result event; raises TrainingError with the process's reason, TrainingCancelled on cancel."""
    for number in range(1, settings.TRAINING_MAX_LAUNCHES + 1):
        launch = _start(run, config, number)
        _follow(launch, run, worker)
        if launch.result is not None:
            return launch.result
        if launch.error is not None:
            raise TrainingError(_with_cause(launch.error, launch.log))
        code = launch.process.returncode
        why = f"signal {-code}" if code < 0 else f"exit status {code}"
        run_event_record(
            run=run, kind="crashed", message=f"The training process died ({why}); relaunching from the last checkpoint."
        )
    raise TrainingError(f"The training process died {settings.TRAINING_MAX_LAUNCHES} times; see the run's events.")


def _start(run: TrainingRun, config: RunConfig, number: int) -> Launch:
    folder = Path(config.output_dir)
    folder.mkdir(parents=True, exist_ok=True)
    distributed = config.recipe.distributed
    if uses_deepspeed(distributed) and not config.deepspeed_config:
        config.deepspeed_config = str(write_deepspeed_config(distributed, folder / "deepspeed.json"))
    config_path = folder / "run.json"
    config_path.write_text(json.dumps(config.to_dict(), indent=2))
    events = folder / f"events-{run.attempts}-{number}.jsonl"
    events.unlink(missing_ok=True)
    command = launch_command(config_path, events, _with_hostfile(distributed))
    env = launch_env(dict(os.environ), settings.VAR_DIR, num_processes=distributed.num_processes)
    env[SUPERVISOR_PID_ENV] = str(os.getpid())
    # The run's folder, not the checkout, is the working directory: accelerate's multi-node launcher
    # writes the environment to ./.deepspeed_env.
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    log_path = folder / f"launch-{run.attempts}-{number}.log"
    with log_path.open("ab") as log:
        process = subprocess.Popen(
            command, cwd=folder, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
    run_event_record(
        run=run,
        kind="launched",
        message=f"Training process {process.pid} started ({distributed.num_processes} process(es)).",
        data={"pid": process.pid, "launch": number, "processes": distributed.num_processes},
    )
    return Launch(process=process, events=events, log=log_path)


def _with_hostfile(distributed: DistributedSettings) -> DistributedSettings:
    """The recipe names a hostfile; the launcher gets its path in the operator's hostfiles directory."""
    if not distributed.hostfile:
        return distributed
    path = hostfile_path(distributed.hostfile)
    if path is None:
        raise TrainingError(
            f"recipe.distributed.hostfile: the hostfile {distributed.hostfile!r} is no longer in the hostfiles "
            "directory, or is not a small regular file."
        )
    return dataclasses.replace(distributed, hostfile=str(path))


def _with_cause(message: str, log: Path) -> str:
    """Rank 0 reports a failure on another rank as a lost gloo/NCCL peer: add the first exception in the
    launch log that is not one, since that is where the failing rank's own traceback went."""
    if not any(word in message for word in ("gloo", "NCCL", "closed by peer", "ProcessGroup")):
        return message
    for line in log.read_text(errors="replace").splitlines() if log.exists() else []:
        found = re.match(r"^(?:\[rank\d+\]:?\s*)?([A-Za-z_.]*(?:Error|Exception)): (.+)$", line.strip())
        if found and not any(word in line for word in ("gloo", "NCCL", "closed by peer")):
            return f"{message} (first error on another rank: {found.group(1)}: {found.group(2)[:300]})"
    return message


def _follow(launch: Launch, run: TrainingRun, worker: str) -> None:
    """Forward events until the process exits; stop it when the run is cancelled or time runs out."""
    beat = time.monotonic()
    try:
        while launch.process.poll() is None:
            _forward(launch, run)
            if time.monotonic() - beat >= settings.TRAINING_HEARTBEAT_SECONDS or _cancelled(run):
                beat = time.monotonic()
                if not run_heartbeat(run=run, worker=worker):
                    raise TrainingCancelled(f"run {run.id} was cancelled")
            time.sleep(POLL_SECONDS)
        _forward(launch, run)
    finally:
        _stop(launch.process)  # cancelled, a Dramatiq time limit, or a bug here: never leave it training


def _cancelled(run: TrainingRun) -> bool:
    return TrainingRun.objects.filter(id=run.id, status=TrainingRun.Status.CANCELLED).exists()


def _forward(launch: Launch, run: TrainingRun) -> None:
    for event in launch.read_events():
        kind = event.get("event")
        if kind == "metric":
            run_metric_record(run=run, stage=event["stage"], step=event["step"], values=event["values"])
        elif kind in EVENT_KINDS:
            run_event_record(run=run, kind=kind, message=_describe(event), data=event)
        elif kind == "result":
            launch.result = event
        elif kind == "error":
            launch.error = str(event.get("message") or "training failed")


def _describe(event: dict[str, Any]) -> str:
    stage = str(event.get("stage", "")).upper()
    if event["event"] == "stage":
        return f"{stage} {event.get('status', '')}."
    if event["event"] == "resumed":
        return f"{stage} resumed from step {event.get('step')} ({Path(str(event.get('checkpoint', ''))).name})."
    return f"{stage} checkpoint at step {event.get('step')}."


def _stop(process: subprocess.Popen[bytes]) -> None:
    """SIGTERM the whole process group (launcher and every rank), then SIGKILL what is left."""
    if process.poll() is not None:
        return
    for sig, wait in ((signal.SIGTERM, STOP_GRACE_SECONDS), (signal.SIGKILL, 30)):
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            return
        try:
            process.wait(timeout=wait)
            return
        except subprocess.TimeoutExpired:
            continue
