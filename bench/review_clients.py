"""The simulated reviewers of bench.review_load: WebSocket clients with their own logs, and CPU accounting."""

from __future__ import annotations

import asyncio
import json
import os
import random
import subprocess
import sys
import tempfile
import time
import uuid
from contextlib import suppress
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
REPLY_TIMEOUT_S = 30.0
CONNECT_CONCURRENCY = 20
CHOICES = ("a", "b", "tie")


# --- The reviewers -------------------------------------------------------------------------------------


@dataclass
class ClientLog:
    """What one reviewer sent and was told: the ground truth the database is checked against."""

    reviewer: int
    sent: list[list[Any]] = field(default_factory=list)  # [key, task, resent]
    stored: list[list[Any]] = field(default_factory=list)  # [key, judgement id, duplicate, t]
    latencies_ms: list[float] = field(default_factory=list)
    connect_ms: float | None = None
    errors: list[str] = field(default_factory=list)
    empty: bool = False


async def review(
    url: str, origin: str, reviewer: int, token: str, cfg: dict[str, Any], start: asyncio.Event, gate: asyncio.Semaphore
) -> ClientLog:
    """One reviewer: connect, wait for the start, then think / judge / wait for the next task until the deadline."""
    from websockets.asyncio.client import connect

    log, rng = ClientLog(reviewer=reviewer), random.Random(cfg["seed"] * 100_003 + reviewer)
    try:
        async with gate:
            began = time.perf_counter()
            ws = await connect(
                url,
                origin=origin,  # type: ignore[arg-type]
                additional_headers={"Authorization": f"Token {token}"},
                compression=None,
                proxy=None,
                ping_interval=None,
                open_timeout=REPLY_TIMEOUT_S,
            )
            first = json.loads(await asyncio.wait_for(ws.recv(), REPLY_TIMEOUT_S))
            log.connect_ms = (time.perf_counter() - began) * 1000
    except Exception as exc:
        log.errors.append(f"connect: {type(exc).__name__}: {exc}")
        return log
    try:
        await start.wait()
        await _judge_until_deadline(ws, first, log, rng, cfg)
    except Exception as exc:
        log.errors.append(f"{type(exc).__name__}: {exc}")
    finally:
        with suppress(Exception):
            await ws.close()
    return log


async def _judge_until_deadline(ws: Any, message: dict, log: ClientLog, rng: random.Random, cfg: dict) -> None:
    deadline, think_s = cfg["deadline"], cfg["think_ms"] / 1000
    while message.get("type") == "task":
        await asyncio.sleep(think_s * rng.uniform(0.5, 1.5) if think_s else 0)
        if time.time() >= deadline:
            return
        task, key, resend = message["task"]["id"], uuid.uuid4().hex, rng.random() < cfg["resend_rate"]
        judgement = json.dumps(
            {"type": "judgement", "task": task, "choice": rng.choice(CHOICES), "idempotency_key": key}
        )
        log.sent.append([key, task, resend])
        sent = time.perf_counter()
        await ws.send(judgement)
        if resend:  # a client retry: the same key again, at once; it must not store a second judgement
            await ws.send(judgement)
        replies = await _replies(ws, key, log, 2 if resend else 1, sent)
        if replies is None:
            return
        message = replies
    log.empty = message.get("type") == "queue.empty"


async def _replies(ws: Any, key: str, log: ClientLog, rounds: int, sent: float) -> dict | None:
    """Read `rounds` x (judgement.stored, then task / queue.empty); the first push's arrival is the latency."""
    next_message: dict | None = None
    stored = pushes = 0
    while stored < rounds or pushes < rounds:
        message = json.loads(await asyncio.wait_for(ws.recv(), REPLY_TIMEOUT_S))
        kind = message.get("type")
        if kind == "judgement.stored":
            stored += 1
            log.stored.append([key, message.get("judgement"), bool(message.get("duplicate")), time.time()])
        elif kind in ("task", "queue.empty"):
            pushes += 1
            if next_message is None:
                log.latencies_ms.append((time.perf_counter() - sent) * 1000)
                next_message = message
        else:
            log.errors.append(f"reply: {json.dumps(message)[:300]}")
            return None  # the server pushes nothing after an error: this reviewer stops
    return next_message


async def run_clients(cfg: dict[str, Any], reviewers: list[list[Any]]) -> dict[str, Any]:
    """All `reviewers` ([user id, token]) as concurrent WebSocket clients in this process."""
    start, gate = asyncio.Event(), asyncio.Semaphore(CONNECT_CONCURRENCY)
    url = f"ws://127.0.0.1:{cfg['port']}/ws/campaigns/{cfg['campaign_id']}/review/"
    origin = f"http://127.0.0.1:{cfg['port']}"
    jobs = [asyncio.create_task(review(url, origin, user, token, cfg, start, gate)) for user, token in reviewers]
    delay = cfg["start_at"] - time.time()  # every process starts the clock at the same moment
    await asyncio.sleep(max(0.0, delay))
    cpu = time.process_time()
    start.set()
    logs = await asyncio.gather(*jobs)
    return {"logs": [asdict(log) for log in logs], "cpu_s": time.process_time() - cpu, "late_start": delay < 0}


def client_child(spec_path: str) -> None:
    spec = json.loads(Path(spec_path).read_text())
    print(json.dumps(asyncio.run(run_clients(spec["cfg"], spec["reviewers"]))))


def drive(cfg: dict[str, Any], reviewers: list[list[Any]], processes: int) -> dict[str, Any]:
    """The clients in this process, or split over `processes` child processes (so one core is not the limit)."""
    if processes <= 1:
        return asyncio.run(run_clients(cfg, reviewers))
    with tempfile.TemporaryDirectory(prefix="bench-review-") as folder:
        children = []
        for index in range(processes):
            spec = Path(folder) / f"clients-{index}.json"
            spec.write_text(json.dumps({"cfg": cfg, "reviewers": reviewers[index::processes]}))
            command = [sys.executable, "-m", "bench.review_load", "--client-child", str(spec)]
            children.append(subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, text=True))
        try:
            parts = [json.loads(child.communicate()[0].strip().splitlines()[-1]) for child in children]
        finally:  # interrupted: no client outlives the bench
            for child in children:
                if child.poll() is None:
                    child.kill()
    return {
        "logs": [log for part in parts for log in part["logs"]],
        "cpu_s": sum(part["cpu_s"] for part in parts),
        "late_start": any(part["late_start"] for part in parts),
    }


# --- CPU use over the window ---------------------------------------------------------------------------


def proc_cpu_s(pid: int) -> float:
    with suppress(OSError), open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return 0.0


def cpu_by_process() -> dict[int, tuple[str, str, float]]:
    """pid -> (user, command, CPU seconds so far) of every process, to see who else used the CPUs."""
    seen = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with suppress(OSError, IndexError):
                command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace").strip()
                seen[int(entry.name)] = (str(entry.stat().st_uid), command[:80], proc_cpu_s(int(entry.name)))
    return seen


def others_cpu(before: dict, after: dict, ours: set[int], wall: float) -> dict[str, Any]:
    """CPU % (of one core) over the window of the processes alive at its end that are not the bench's:
    PostgreSQL's (backends that ended before it are missed) and everybody else's (a CI run beside the bench)."""
    postgres, others = 0.0, []
    for pid, (_, command, cpu) in after.items():
        if pid in ours or "bench.review_load" in command:
            continue
        share = 100 * (cpu - (before[pid][2] if pid in before else 0.0)) / wall
        if command.startswith("postgres") or "/bin/postgres" in command:
            postgres += share
        elif share >= 1:
            others.append((share, command))
    others.sort(reverse=True)
    return {
        "postgres_cpu_pct": round(postgres, 1),
        "other_cpu_pct": round(sum(share for share, _ in others), 1),
        "other_processes": [f"{share:.0f}% {command}" for share, command in others[:5]],
    }


def machine_busy() -> tuple[float, float]:
    """(busy, total) jiffies of all CPUs since boot."""
    with open("/proc/stat") as stat:
        values = [int(v) for v in stat.readline().split()[1:]]
    idle = values[3] + values[4]
    return sum(values) - idle, sum(values)
