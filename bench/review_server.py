"""The web process of bench.review_load: ONE daphne serving tuneloop.asgi, or N uvicorn processes on one port
(`--web-processes N`: `manage.py serve --workers N`), its environment and Redis databases, and a sampling profiler
for the daphne one (`--profile`)."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def redis_urls(server: str, first_db: int) -> tuple[str, str]:
    """The channel layer's and the broker's Redis URLs: databases `first_db` and `first_db + 1`, never 0 or 1."""
    if first_db < 2 or first_db + 1 > 15:
        raise SystemExit("--redis-db must be 2..14: databases 0 and 1 belong to the dev setup")
    return f"{server}/{first_db}", f"{server}/{first_db + 1}"


def flush_redis(*urls: str) -> None:
    import redis

    for url in urls:
        redis.Redis.from_url(url).flushdb()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def web_process(
    env: dict[str, str],
    port: int,
    log: Path,
    *,
    profile: Path | None = None,
    command: list[str] | None = None,
    processes: int = 1,
) -> Any:
    """ONE daphne process serving tuneloop.asgi on 127.0.0.1:`port` (or `command`; or, with `processes` > 1,
    `manage.py serve --workers N`: uvicorn's supervisor and N web processes), stopped on the way out whatever
    happens."""
    if command is not None:
        pass
    elif profile is not None:  # the same server, under serve_profiled below, through bench.review_load
        command = [sys.executable, "-m", "bench.review_load", "--serve-profiled", f"{port}:{profile}"]
    elif processes > 1:
        command = [sys.executable, "manage.py", "serve", "--port", str(port), "--workers", str(processes)]
    else:
        command = [sys.executable, "-m", "daphne", "-b", "127.0.0.1", "-p", str(port), "tuneloop.asgi:application"]
    with log.open("wb") as out:
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        _wait_listening(process, port, log, timeout=60 if processes == 1 else 300)  # manage.py sets Django up first
        if processes > 1:  # the supervisor listens first; each process accepts once it has loaded the application
            _wait_logged(process, log, "Started server process", processes)
        yield process
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _wait_listening(process: subprocess.Popen, port: int, log: Path, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the web server exited with {process.returncode}:\n{tail(log)}")
        with socket.socket() as sock, suppress(OSError):
            sock.settimeout(0.5)
            sock.connect(("127.0.0.1", port))
            return
        time.sleep(0.1)
    raise RuntimeError(f"the web server did not listen on {port} within {timeout:.0f} s:\n{tail(log)}")


def _wait_logged(process: subprocess.Popen, log: Path, line: str, count: int, timeout: float = 300) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the web server exited with {process.returncode}:\n{tail(log)}")
        if log.read_text(errors="replace").count(line) >= count:
            return
        time.sleep(0.2)
    raise RuntimeError(f"{count} web processes did not start within {timeout:.0f} s:\n{tail(log)}")


def process_tree(pid: int) -> set[int]:
    """`pid` and every process under it (the web processes of `--web-processes N`, the deployments recorders)."""
    import psutil

    with suppress(psutil.NoSuchProcess):
        return {pid, *(child.pid for child in psutil.Process(pid).children(recursive=True))}
    return {pid}


def wait_quiet(pid: int, *, below: float = 0.15, timeout: float = 90.0) -> float:
    """Wait until the web server's processes use less than `below` of a core over a second (the recorder
    child loads Presidio at start, about 0.7 core for 20-30 s), at most `timeout` s. Returns the seconds waited."""
    from bench.review_clients import proc_cpu_s

    started = time.monotonic()
    while time.monotonic() - started < timeout:
        pids = process_tree(pid)
        before = sum(proc_cpu_s(p) for p in pids)
        time.sleep(1.0)
        if sum(proc_cpu_s(p) for p in pids) - before < below:
            break
    return round(time.monotonic() - started, 1)


def tail(log: Path, lines: int = 30) -> str:
    return "\n".join(log.read_text(errors="replace").splitlines()[-lines:])


def web_env(
    database_url: str, layer_url: str, broker_url: str, *, conn_max_age: int = 60, server_side_binding: bool = False
) -> dict[str, str]:
    """The web process's environment, as compose.yaml deploys it: database connections kept `conn_max_age`
    seconds (TUNELOOP_CONN_MAX_AGE; 0 opens one per call, the embedded default)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "TUNELOOP_"))}
    env["TUNELOOP_CONN_MAX_AGE"] = str(conn_max_age)
    env["TUNELOOP_DB_SERVER_SIDE_BINDING"] = "1" if server_side_binding else "0"
    settings_module = "tuneloop.settings"
    return {
        **env,
        "DJANGO_SETTINGS_MODULE": settings_module,
        "DATABASE_URL": database_url,
        "REDIS_URL": layer_url,
        "BROKER_URL": broker_url,
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": uuid.uuid4().hex + uuid.uuid4().hex,
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "TUNELOOP_LOG_LEVEL": "WARNING",
        "TUNELOOP_VAR_DIR": str(Path(tempfile.gettempdir()) / "tuneloop-bench-review"),
    }


def serve_profiled(spec: str) -> None:
    """In the web child: daphne, with every thread sampled every 5 ms (cProfile sees only the main thread,
    and the database work runs on asgiref's sync thread). Writes the hottest frames to the given path."""
    import collections
    import threading
    import traceback

    from daphne.cli import CommandLineInterface

    port, path = spec.split(":", 1)
    inclusive: collections.Counter[str] = collections.Counter()
    leaf: collections.Counter[str] = collections.Counter()
    samples = [0]
    stop = threading.Event()

    def sample() -> None:
        me = threading.get_ident()
        while not stop.wait(0.005):
            for ident, frame in sys._current_frames().items():
                if ident == me:
                    continue
                stack = [f"{s.filename.replace(str(ROOT) + '/', '')}:{s.name}" for s in traceback.extract_stack(frame)]
                if stack and not stack[-1].endswith((":wait", ":select", ":poll", ":_worker", ":get")):
                    leaf[stack[-1]] += 1
                inclusive.update(set(stack))
                samples[0] += 1

    threading.Thread(target=sample, daemon=True).start()
    try:
        CommandLineInterface().run(["-b", "127.0.0.1", "-p", port, "tuneloop.asgi:application"])
    finally:
        stop.set()
        report = {"samples": samples[0], "leaf": leaf.most_common(40), "inclusive": inclusive.most_common(80)}
        Path(path).write_text(json.dumps(report, indent=1))
