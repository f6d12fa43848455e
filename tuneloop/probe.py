"""Container health checks without Django (compose.yaml): ask the web process's /readyz, or check a worker's beat.

    python -m tuneloop.probe /readyz        # exit 0 when the web process on 127.0.0.1:8000 answers 200
    python -m tuneloop.probe --worker       # exit 0 when this container's worker beat recently

Plain Python and quick to start: Docker runs it every few seconds in each container.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

# tuneloop.workers touches this file after each beat into the database (settings.WORKER_HEARTBEAT_FILE).
DEFAULT_HEARTBEAT_FILE = str(Path(tempfile.gettempdir()) / "tuneloop-worker-heartbeat")


def probe_host(allowed_hosts: str) -> str:
    """A Host header the web process accepts: the first of DJANGO_ALLOWED_HOSTS (a wildcard: localhost)."""
    first = allowed_hosts.split(",")[0].strip().lstrip(".")
    return first if first and first != "*" else "localhost"


def check_http(path: str, *, port: int, timeout: float) -> tuple[bool, str]:
    """GET http://127.0.0.1:<port><path>; healthy on a 200 answer."""
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}")
    request.add_header("Host", probe_host(os.environ.get("DJANGO_ALLOWED_HOSTS", "localhost")))
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status == 200, f"{path}: {response.status}"
    except urllib.error.HTTPError as exc:
        return False, f"{path}: {exc.code} {exc.read(2000).decode(errors='replace')}"
    except OSError as exc:
        return False, f"{path}: {type(exc).__name__}"


def check_worker(path: str, *, max_age: float) -> tuple[bool, str]:
    """Healthy when the worker's heartbeat file was touched in the last `max_age` seconds."""
    try:
        age = time.time() - Path(path).stat().st_mtime
    except OSError:
        return False, "no worker heartbeat yet"
    return age <= max_age, f"last worker heartbeat {age:.0f} s ago"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", default="/readyz", help="the web process's path to ask (default /readyz)")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--timeout", type=float, default=8.0, help="seconds to wait for the answer")
    parser.add_argument("--worker", action="store_true", help="check this container's worker heartbeat instead")
    args = parser.parse_args(argv)
    if args.worker:
        heartbeat = os.environ.get("TUNELOOP_WORKER_HEARTBEAT_FILE", DEFAULT_HEARTBEAT_FILE)
        max_age = float(os.environ.get("TUNELOOP_WORKER_SEEN_SECONDS", "60"))
        healthy, said = check_worker(heartbeat, max_age=max_age)
    else:
        healthy, said = check_http(args.path, port=args.port, timeout=args.timeout)
    print(said)
    return 0 if healthy else 1


if __name__ == "__main__":
    sys.exit(main())
