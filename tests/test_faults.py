"""Fault injection (issue 13): real worker and web processes are killed with SIGKILL in the middle of an import,
a candidate round, an evaluation round, a freeze and an export, and started again; Redis is killed and
restarted under a reviewer judging live. Each test ends with nothing lost, nothing stored twice, no raw text
or half-written file left, and the work finished after the restart.

The processes are the ones compose.yaml runs (`manage.py rundramatiq`, `manage.py serve`) on this test's
PostgreSQL database and the Redis broker; a fail point (tuneloop.faults) holds the process at the named place
until the test kills its whole process group. Needs PostgreSQL and a Redis broker: skipped on the embedded
default (there the worker is a thread of the test process), never under TUNELOOP_REQUIRE_SERVERS=1."""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection
from rest_framework.authtoken.models import Token

from dataset_versions.models import DatasetRow, DatasetVersion
from evaluation.models import EvaluationRound, EvaluationSample
from labeling.demo_data import demo_records
from labeling.models import ImportBatch, Item, Membership, StagedRecord
from labeling.services.import_staging import import_batch_create
from preferences.generation import candidate_round_create
from preferences.models import Candidate, CandidateRound, ComparisonTask, Judgement
from tests.conftest import wait_for
from tests.evaluation.rounds import label_campaign_round
from tests.factories import CampaignFactory, ItemFactory, MembershipFactory
from training.models import ModelArtifact
from tuneloop.jobs import housekeeping_run

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def _servers() -> None:
    on_servers = connection.vendor == "postgresql" and settings.BROKER_URL.startswith("redis")
    if not on_servers:
        if os.environ.get("TUNELOOP_REQUIRE_SERVERS") == "1":
            pytest.fail("fault injection needs PostgreSQL and a Redis broker")
        pytest.skip("fault injection runs worker processes on PostgreSQL and a Redis broker (.ci/run)")


@dataclass
class Process:
    """A worker or web process in its own process group, its output in a log file."""

    popen: subprocess.Popen[bytes]
    log: Path

    def kill(self) -> None:
        """SIGKILL the whole group: the process, and any it forked, stop dead where they are."""
        os.killpg(self.popen.pid, signal.SIGKILL)
        self.popen.wait(timeout=30)
        assert self.popen.returncode == -signal.SIGKILL

    def stop(self) -> None:
        if self.popen.poll() is not None:
            return
        os.killpg(self.popen.pid, signal.SIGTERM)
        try:
            self.popen.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.kill()

    def tail(self) -> str:
        return self.log.read_text(errors="replace")[-3000:] if self.log.exists() else ""


class Processes:
    """Starts the processes of one test, on its database and folders, and stops every one at the end."""

    def __init__(self, tmp_path: Path, models_root: Path) -> None:
        self.tmp_path, self.models_root, self.started = tmp_path, models_root, []
        self.fail_dir = tmp_path / "fail-points"
        self.fail_dir.mkdir()

    def env(self, fail_point: str | None, extra: dict[str, str] | None = None) -> dict[str, str]:
        db = connection.settings_dict
        password = f":{db['PASSWORD']}" if db.get("PASSWORD") else ""
        env = {
            **os.environ,
            "DATABASE_URL": f"postgres://{db['USER']}{password}@{db['HOST']}:{db['PORT']}/{db['NAME']}",
            "TUNELOOP_EXPORTS_DIR": str(settings.EXPORTS_DIR),
            "TUNELOOP_ARTIFACTS_DIR": str(settings.ARTIFACTS_DIR),
            "TUNELOOP_BASE_MODEL_ROOTS": str(self.models_root),
            # Beats, staleness and re-sends in seconds, not minutes: the restart's sweeper takes the job over.
            "TUNELOOP_JOB_HEARTBEAT_SECONDS": "0.5",
            "TUNELOOP_JOB_STALE_SECONDS": "3",
            "TUNELOOP_JOB_SWEEP_SECONDS": "0.5",
            "TUNELOOP_JOB_RESEND_SECONDS": "2",
            "TUNELOOP_JOB_SEND_GRACE_SECONDS": "0",
            "TUNELOOP_FAIL_POINT_DIR": str(self.fail_dir),
        }
        env.pop("TUNELOOP_FAIL_POINTS", None)
        if fail_point:
            env["TUNELOOP_FAIL_POINTS"] = fail_point
        return {**env, **(extra or {})}

    def start(self, command: list[str], *, fail_point: str | None = None, env: dict[str, str] | None = None) -> Process:
        """`manage.py COMMAND` on this test's database and folders."""
        return self.spawn([sys.executable, "manage.py", *command], self.env(fail_point, env))

    def spawn(self, argv: list[str], env: dict[str, str]) -> Process:
        log = self.tmp_path / f"process-{len(self.started)}.log"
        with log.open("wb") as out:
            popen = subprocess.Popen(
                argv, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
            )
        process = Process(popen, log)
        self.started.append(process)
        return process

    def worker(self, *, fail_point: str | None = None) -> Process:
        command = ["rundramatiq", "--processes", "1", "--threads", "2", "--queues", "default", "generate"]
        return self.start(command, fail_point=fail_point)

    def web(self, port: int, *, fail_point: str | None = None, env: dict[str, str] | None = None) -> Process:
        web = self.start(["serve", "--port", str(port)], fail_point=fail_point, env=env)
        wait_for(lambda: _answers(port), timeout=120, interval=0.5, describe=web.tail)
        return web

    def reached(self, name: str, process: Process) -> None:
        """Wait until the process holds at the fail point."""
        wait_for(lambda: (self.fail_dir / name).exists(), timeout=240, interval=0.2, describe=process.tail)

    def stop_all(self) -> None:
        for process in self.started:
            process.stop()


@pytest.fixture
def processes(tmp_path: Path, models_root: Path, broker) -> Iterator[Processes]:
    running = Processes(tmp_path, models_root)
    yield running
    running.stop_all()  # before the database is flushed


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _answers(port: int) -> bool:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/login/", timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


def _request(port: int, method: str, path: str, token: str, timeout: float = 120) -> tuple[int, bytes]:
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}{path}", method=method, headers={"Authorization": f"Token {token}"}
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def _in_background(call) -> threading.Thread:
    """A client request that the kill cuts off: whatever it gets (a reset connection) is not waited for."""

    def run() -> None:
        with contextlib.suppress(OSError):
            call()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread


def _admin_campaign():
    campaign = CampaignFactory()
    MembershipFactory(campaign=campaign, user=campaign.created_by, role=Membership.Role.ADMIN)
    return campaign


# --- Worker processes ---------------------------------------------------------------------------------


def test_a_worker_killed_in_the_middle_of_an_import(processes: Processes) -> None:
    campaign, records = _admin_campaign(), demo_records(150, seed=7)  # three chunks of 64
    lines = "\n".join(json.dumps(record.as_json()) for record in records).encode()
    worker = processes.worker(fail_point="import.chunk_stored")
    batch = import_batch_create(
        campaign=campaign, user=campaign.created_by, file=io.BytesIO(lines), filename="notes.jsonl"
    )
    processes.reached("import.chunk_stored", worker)
    worker.kill()
    batch.refresh_from_db()
    assert batch.status == "running" and batch.accepted == 64
    assert StagedRecord.objects.filter(batch=batch).count() == 150 - 64  # waiting, for the restart

    restarted = processes.worker()
    wait_for(lambda: ImportBatch.objects.get(id=batch.id).status == "done", timeout=240, describe=restarted.tail)
    batch.refresh_from_db()
    items = Item.objects.filter(campaign=campaign)
    assert batch.accepted == 150 and batch.duplicates == 0
    assert sorted(items.values_list("external_id", flat=True)) == sorted(r.external_id for r in records)
    assert not StagedRecord.objects.exists()  # no raw line left


def _model_artifact(model_path: Path) -> ModelArtifact:
    """The tiny model as a full fine-tune of itself: a real model for every contender, no adapter."""
    evaluation = label_campaign_round(items=60)
    run = evaluation.artifact.run
    run.base_model_path = str(model_path)
    run.save(update_fields=["base_model_path"])
    artifact = evaluation.artifact
    artifact.path, artifact.kind = str(model_path), ModelArtifact.Kind.MODEL
    artifact.save(update_fields=["path", "kind"])
    return artifact


def test_a_worker_killed_in_the_middle_of_a_candidate_round(processes: Processes, tiny_model_path: Path) -> None:
    artifact = _model_artifact(tiny_model_path)
    campaign = artifact.run.campaign
    extra = [ItemFactory(campaign=campaign, text=f"Loss report {n}: a pipe burst.") for n in range(10)]
    sampling = {"n": 2, "temperature": 1.0, "max_new_tokens": 8, "seed": 3}
    worker = processes.worker(fail_point="candidates.batch_stored")
    created = candidate_round_create(campaign=campaign, artifact=artifact, user=campaign.created_by, sampling=sampling)
    processes.reached("candidates.batch_stored", worker)
    worker.kill()
    before = sorted(Candidate.objects.filter(round=created).values_list("item_id", "text"))
    answered = {item_id for item_id, _ in before}
    total = Item.objects.filter(campaign=campaign).count()
    assert 0 < len(answered) < total and extra  # one batch of 16 items stored, the rest not

    restarted = processes.worker()
    done = wait_for(
        lambda: (r := CandidateRound.objects.get(id=created.id)).status in ("succeeded", "failed") and r,
        timeout=240,
        describe=restarted.tail,
    )
    assert done.status == "succeeded", done.error
    candidates = Candidate.objects.filter(round=created)
    assert set(candidates.values_list("item_id", flat=True)) == set(
        Item.objects.filter(campaign=campaign).values_list("id", flat=True)
    )
    # The items answered before the kill were not answered again; no item has a text twice.
    assert sorted(candidates.filter(item_id__in=answered).values_list("item_id", "text")) == before
    pairs = list(candidates.values_list("item_id", "text"))
    assert len(pairs) == len(set(pairs))


def test_a_worker_killed_in_the_middle_of_an_evaluation_round(processes: Processes, tiny_model_path: Path) -> None:
    artifact = _model_artifact(tiny_model_path)
    worker = processes.worker(fail_point="evaluation.answered")
    evaluation = EvaluationRound.objects.create(
        campaign=artifact.run.campaign,
        dataset=artifact.run.dataset,
        artifact=artifact,
        created_by=artifact.run.created_by,
    )
    processes.reached("evaluation.answered", worker)
    worker.kill()
    assert EvaluationRound.objects.get(id=evaluation.id).status == "running"
    assert not EvaluationSample.objects.filter(round=evaluation).exists()

    restarted = processes.worker()
    done = wait_for(
        lambda: (r := EvaluationRound.objects.get(id=evaluation.id)).status in ("succeeded", "failed") and r,
        timeout=300,
        describe=restarted.tail,
    )
    assert done.status == "succeeded", done.error
    tests = done.report["n"]
    assert tests > 0
    samples = EvaluationSample.objects.filter(round=evaluation, split="test")
    # One sample per test item and contender: nothing lost, nothing recorded twice.
    keys = list(samples.values_list("model", "item_id"))
    assert len(keys) == len(set(keys)) == tests * len({model for model, _ in keys})


# --- The web process ----------------------------------------------------------------------------------


def test_the_web_process_killed_in_the_middle_of_a_freeze(processes: Processes) -> None:
    evaluation = label_campaign_round(items=60)  # version 1 frozen; the same work is frozen again below
    campaign, admin = evaluation.campaign, evaluation.created_by
    token = Token.objects.create(user=admin).key
    port = _free_port()
    web = processes.web(port, fail_point="freeze.rows_written")
    _in_background(lambda: _request(port, "POST", f"/api/campaigns/{campaign.id}/datasets/", token))
    processes.reached("freeze.rows_written", web)
    web.kill()
    assert list(DatasetVersion.objects.filter(campaign=campaign).values_list("version", flat=True)) == [1]

    processes.web(port)
    status, body = _request(port, "POST", f"/api/campaigns/{campaign.id}/datasets/", token)
    assert status == 201, body
    versions = DatasetVersion.objects.filter(campaign=campaign).order_by("version")
    assert list(versions.values_list("version", flat=True)) == [1, 2]
    first, second = versions
    assert DatasetRow.objects.filter(dataset=second).count() == DatasetRow.objects.filter(dataset=first).count()
    status, body = _request(port, "GET", f"/api/datasets/{second.id}/verify/", token)
    assert status == 200 and json.loads(body)["verified"] is True, body


def test_the_web_process_killed_in_the_middle_of_an_export(processes: Processes, settings) -> None:
    evaluation = label_campaign_round(items=60)
    dataset, token = evaluation.dataset, Token.objects.create(user=evaluation.created_by).key
    path = f"/api/datasets/{dataset.id}/export/sft/train/"
    port = _free_port()
    web = processes.web(port, fail_point="export.segment_written")
    _in_background(lambda: _request(port, "GET", path, token))
    processes.reached("export.segment_written", web)
    web.kill()
    left = list(Path(settings.EXPORTS_DIR).rglob("*.tmp"))
    assert left, "the kill should leave the half-written export behind"

    processes.web(port)
    status, body = _request(port, "GET", path, token)
    assert status == 200, body
    rows = [json.loads(line) for line in body.decode().splitlines()]
    assert len(rows) == dataset.counts["train"]["sft"]
    settings.LEFTOVER_MAX_AGE_SECONDS = 0  # the sweeper's chore, run now rather than an hour later
    housekeeping_run()
    assert not list(Path(settings.EXPORTS_DIR).rglob("*.tmp"))


# --- Redis restarted during a review session ----------------------------------------------------------

REDIS_SERVER = shutil.which("redis-server") or "/usr/bin/redis-server"


def _redis(processes: Processes, port: int) -> Process:
    """A Redis server of this test's own (never the machine's), with nothing saved: a restart loses every key."""
    argv = [REDIS_SERVER, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
    server = processes.spawn(argv, dict(os.environ))
    wait_for(lambda: _redis_answers(port), timeout=30, interval=0.1, describe=server.tail)
    return server


def _redis_answers(port: int) -> bool:
    import redis

    try:
        return bool(redis.Redis(port=port, socket_connect_timeout=1).ping())
    except redis.RedisError:
        return False


@dataclass
class Reviewer:
    """A reviewer's client: judges each task it is given, and after a dropped connection reconnects and sends
    again the judgement it had no answer for, with the same idempotency key (as the UI does)."""

    url: str
    origin: str
    token: str
    acknowledged: dict[str, int]  # idempotency key -> judgement id
    reconnects: int = 0
    pending: dict | None = None

    def judge(self, count: int) -> bool:
        """Judge until `count` are acknowledged or the queue is empty; False when the connection dropped."""
        from websockets.exceptions import ConnectionClosed
        from websockets.sync.client import connect

        try:
            headers = {"Authorization": f"Token {self.token}"}
            with connect(self.url, additional_headers=headers, origin=self.origin, open_timeout=10) as ws:
                message = json.loads(ws.recv(timeout=10))
                while message["type"] == "task" and len(self.acknowledged) < count:
                    if self.pending is None or self.pending["task"] != message["task"]["id"]:
                        key = f"key-{len(self.acknowledged)}-{message['task']['id']}"
                        task = message["task"]["id"]
                        self.pending = {"type": "judgement", "task": task, "choice": "a", "idempotency_key": key}
                    ws.send(json.dumps(self.pending))
                    message = self._answer(ws)
                return True
        except (ConnectionClosed, OSError, TimeoutError):
            self.reconnects += 1
            return False

    def _answer(self, ws) -> dict:
        """Read the judgement's acknowledgement, then the next push (a task, or queue.empty)."""
        while True:
            message = json.loads(ws.recv(timeout=10))
            if message["type"] == "judgement.stored":
                self.acknowledged[self.pending["idempotency_key"]] = message["judgement"]
                self.pending = None
            elif message["type"] in ("task", "queue.empty"):
                return message
            else:
                raise AssertionError(f"unexpected reply {message}")


def test_redis_restarted_during_a_review_session_loses_and_duplicates_nothing(processes: Processes) -> None:
    if not Path(REDIS_SERVER).exists():
        pytest.fail("redis-server is needed to restart Redis under a review session")
    membership = MembershipFactory()
    for n in range(12):
        item = ItemFactory(campaign=membership.campaign, text=f"Note {n}: hail on the roof.")
        left = Candidate.objects.create(item=item, source="import", text=f"Claim {n}: roof, hail.")
        right = Candidate.objects.create(item=item, source="import", text=f"Hail damaged roof {n}.")
        ComparisonTask.objects.create(item=item, left=left, right=right)
    redis_port, web_port = _free_port(), _free_port()
    redis_server = _redis(processes, redis_port)
    processes.web(web_port, env={"REDIS_URL": f"redis://127.0.0.1:{redis_port}/0"})
    reviewer = Reviewer(
        url=f"ws://127.0.0.1:{web_port}/ws/campaigns/{membership.campaign_id}/review/",
        origin=f"http://127.0.0.1:{web_port}",
        token=Token.objects.create(user=membership.user).key,
        acknowledged={},
    )
    assert reviewer.judge(4)
    redis_server.kill()  # mid-session: the channel layer's groups and messages are gone with it
    restart = threading.Timer(3, lambda: _redis(processes, redis_port))
    restart.start()
    deadline = time.monotonic() + 120
    while len(reviewer.acknowledged) < 12 and time.monotonic() < deadline:
        if not reviewer.judge(12):
            time.sleep(0.5)
    restart.join()

    assert len(reviewer.acknowledged) == 12, (reviewer.acknowledged, processes.started[-2].tail())
    judgements = Judgement.objects.filter(task__item__campaign=membership.campaign)
    assert sorted(judgements.values_list("id", flat=True)) == sorted(reviewer.acknowledged.values())
    assert sorted(judgements.values_list("task_id", flat=True)) == sorted(
        ComparisonTask.objects.filter(item__campaign=membership.campaign).values_list("id", flat=True)
    )
    assert reviewer.reconnects >= 1  # the restart was felt, and recovered from
