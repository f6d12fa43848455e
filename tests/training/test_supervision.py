"""Crash-safe runs: a killed training process resumes from its checkpoint, a dead worker's run is taken over."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest
from django.utils import timezone

from tests.conftest import wait_for
from training.ml.tinymodel import TINY_MODEL_RECIPE
from training.models import RunEvent, RunMetric, TrainingRun
from training.services import run_claim, run_create
from training.tasks import training_run_execute

pytestmark = pytest.mark.django_db(transaction=True)
# Long enough to be killed mid-stage: about 40 steps of 4 rows, a checkpoint every 4 steps.
LONG = {
    **TINY_MODEL_RECIPE,
    "stages": ["sft"],
    "sft": {**TINY_MODEL_RECIPE["sft"], "epochs": 12, "batch_size": 4, "save_steps": 4, "logging_steps": 1},
}


@pytest.fixture
def dataset(admin_dataset):
    return admin_dataset[1]


def _run(dataset, model_path, recipe=LONG) -> TrainingRun:
    return run_create(
        campaign=dataset.campaign,
        dataset=dataset,
        base_model_path=str(model_path),
        recipe=recipe,
        user=dataset.created_by,
    )


def _events(run: TrainingRun, kind: str) -> list[RunEvent]:
    return list(RunEvent.objects.filter(run=run, kind=kind))


def _describe(run: TrainingRun):
    return lambda: (
        TrainingRun.objects.filter(id=run.id).values("status", "error").first(),
        list(RunEvent.objects.filter(run=run).values_list("kind", "message")),
    )


def _steps(run: TrainingRun) -> list[int]:
    return sorted(RunMetric.objects.filter(run=run, stage="sft").values_list("step", flat=True))


def test_a_killed_training_process_is_relaunched_and_resumes_from_its_checkpoint(
    dataset, broker, worker, tiny_model_path, tiny_base_model
) -> None:
    run = _run(dataset, tiny_model_path)
    checkpoint = wait_for(lambda: _events(run, "checkpoint"), timeout=180, describe=_describe(run))[0]
    pid = _events(run, "launched")[0].data["pid"]
    os.killpg(pid, signal.SIGKILL)  # the training process group: launcher and ranks
    wait_for(
        lambda: TrainingRun.objects.get(id=run.id).status in ("succeeded", "failed"),
        timeout=300,
        describe=_describe(run),
    )
    run.refresh_from_db()
    assert run.status == "succeeded", run.error
    assert run.attempts == 1  # one claim; the supervisor relaunched the process itself
    assert [e.data["launch"] for e in _events(run, "launched")] == [1, 2]
    assert len(_events(run, "crashed")) == 1
    resumed = _events(run, "resumed")
    assert len(resumed) == 1 and resumed[0].data["step"] >= checkpoint.data["step"] > 0
    steps = _steps(run)
    assert steps == list(range(1, steps[-1] + 1))  # every step once: resumed, never restarted from zero
    assert run.artifact.files


def test_a_run_whose_worker_went_quiet_is_taken_over_and_resumed(
    dataset, tiny_model_path, tiny_base_model, settings
) -> None:
    """What a worker killed mid-run leaves behind: a running run with a stale heartbeat and checkpoints.

    Its training process died with it (the launch watchdog); the next worker claims the run and resumes."""
    run = _run(dataset, tiny_model_path)
    assert run_claim(run_id=run.id, worker="ghost:1") is not None
    _train_until_first_checkpoint(run)
    TrainingRun.objects.filter(id=run.id).update(heartbeat_at=timezone.now() - timedelta(minutes=5))
    training_run_execute.fn(run.id)
    run.refresh_from_db()
    assert run.status == "succeeded", run.error
    assert run.attempts == 2 and run.worker != "ghost:1"
    assert _events(run, "resumed")[0].data["step"] > 0


def _train_until_first_checkpoint(run: TrainingRun) -> None:
    """Run the dead worker's training process ourselves until it saves a checkpoint, then kill it."""
    from training.ml.distributed import launch_command
    from training.services import run_prepare

    config = run_prepare(run=run)
    folder = config.output_dir
    os.makedirs(folder, exist_ok=True)
    config_path, events = os.path.join(folder, "run.json"), os.path.join(folder, "ghost-events.jsonl")
    Path(config_path).write_text(json.dumps(config.to_dict()))
    command = launch_command(config_path, events, config.recipe.distributed, python=sys.executable)
    process = subprocess.Popen(command, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for(lambda: os.path.exists(events) and '"checkpoint"' in Path(events).read_text(), timeout=180)
    finally:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def test_a_live_worker_keeps_its_run_and_a_stale_one_loses_it(dataset) -> None:
    run = TrainingRun.objects.create(
        campaign=dataset.campaign, dataset=dataset, base_model_path="/m", created_by=dataset.created_by
    )
    assert run_claim(run_id=run.id, worker="a:1").worker == "a:1"
    assert run_claim(run_id=run.id, worker="b:2") is None  # a:1 beat just now
    TrainingRun.objects.filter(id=run.id).update(heartbeat_at=timezone.now() - timedelta(minutes=5))
    taken = run_claim(run_id=run.id, worker="b:2")
    assert (taken.worker, taken.attempts) == ("b:2", 2)
    TrainingRun.objects.filter(id=run.id).update(status="cancelled")
    assert run_claim(run_id=run.id, worker="c:3") is None


def test_the_launch_watchdog_kills_its_process_group_when_the_supervisor_dies() -> None:
    supervisor = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(1)"])
    trainer = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import time; from training.ml.watchdog import watch_supervisor; "
            f"watch_supervisor({supervisor.pid}, interval=0.1); time.sleep(60)",
        ],
        start_new_session=True,
    )
    supervisor.wait()
    started = time.monotonic()
    assert trainer.wait(timeout=30) == -signal.SIGKILL
    assert time.monotonic() - started < 30


def test_a_lost_peer_error_names_the_failing_ranks_own_exception(tmp_path) -> None:
    from training.supervision import _with_cause

    log = tmp_path / "launch.log"
    log.write_text(
        "[rank1]: Traceback (most recent call last):\n"
        "[rank1]: FileNotFoundError: [Errno 2] No such file or directory: '/tmp/x/ref.arrow'\n"
        "RuntimeError: Connection closed by peer [127.0.0.1]:29500\n"
    )
    message = _with_cause("RuntimeError: [../gloo/transport] Connection closed by peer", log)
    assert message.endswith(
        "(first error on another rank: FileNotFoundError: [Errno 2] No such file or directory: '/tmp/x/ref.arrow')"
    )
    assert _with_cause("base model not found at /x", log) == "base model not found at /x"
