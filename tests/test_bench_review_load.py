"""bench.review_load end to end with a few reviewers: every key is reported, nothing lost or stored twice
(never timing). Runs against PostgreSQL and Redis: when both answer, or always under TUNELOOP_REQUIRE_SERVERS=1."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bench import review_load as bench

ROOT = Path(__file__).resolve().parents[1]
REQUIRED = {"judgements_per_s", "p50_ms", "p99_ms", "errors", "lost", "duplicated", "cpu_count", "versions"}
# Its own database and Redis databases (11 and 12): never the dev, CI or bench ones.
ARGS = ["--database", "tuneloop_bench_review_test", "--redis-db", "11"]


def _servers_answer() -> str | None:
    """None when PostgreSQL and Redis both answer, else why not."""
    import psycopg
    import redis

    try:
        psycopg.connect(f"{bench.DEFAULT_SERVER}/postgres", connect_timeout=2).close()
        redis.Redis.from_url(f"{bench.DEFAULT_REDIS}/11", socket_connect_timeout=2).ping()
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}"
    return None


@pytest.fixture(autouse=True)
def _servers() -> None:
    missing = _servers_answer()
    if missing and os.environ.get("TUNELOOP_REQUIRE_SERVERS") != "1":
        pytest.skip(f"bench.review_load needs PostgreSQL and Redis: {missing}")


def test_a_few_reviewers_lose_and_duplicate_nothing() -> None:
    # A child process: the bench sets Django up on its own database, not the test database.
    command = [sys.executable, "-m", "bench.review_load", "--quick", "--resend-rate", "0.3", "--json", *ARGS]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=180, check=False)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-4000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])

    assert set(report) >= REQUIRED
    assert report["reviewers"] == 5
    assert report["errors"] == 0, report["error_examples"]
    assert report["lost"] == 0 and report["duplicated"] == 0, report["duplicated_detail"]
    assert report["judgements_acknowledged"] > 0 and report["resends"] > 0
    # Every acknowledged judgement is in the database once, and nothing else is.
    assert report["judgements_in_db"] == report["judgements_acknowledged"] + report["sent_unacknowledged_stored"]


def test_the_bench_refuses_a_database_that_is_not_a_bench_one() -> None:
    with pytest.raises(SystemExit, match="must contain 'bench'"):
        bench.prepare_database(bench.DEFAULT_SERVER, "tuneloop")
    with pytest.raises(SystemExit, match="databases 0 and 1"):
        bench.redis_urls(bench.DEFAULT_REDIS, 0)
