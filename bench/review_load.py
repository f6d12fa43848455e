"""Live review under load: N simulated reviewers judge pairs over real WebSockets against one daphne process
(or `--web-processes N` uvicorn processes on one port).

    python -m bench.review_load --reviewers 200 --seconds 60 --think-ms 2000 --json   # ~100 judgements/s offered
    python -m bench.review_load --reviewers 50 --seconds 60 --think-ms 0 --json       # saturation
    python -m bench.review_load --reviewers 50 --seconds 60 --think-ms 0 --web-processes 2 --json   # scaling
    python -m bench.review_load --quick --json                                         # 5 reviewers, 3 s, 50 ms

Sets up its own PostgreSQL database (`--database`, default `tuneloop_bench_review`, created and migrated here,
kept for the next run; `--drop` drops it) and its own Redis databases (`--redis-db 13`: channel layer on 13,
broker on 14; both flushed first), never the dev/CI ones. Each run empties the bench database's campaigns
and seeds a fresh one: R reviewers with API tokens, and enough items with two candidates and one comparison
task each that nobody runs out (`--tasks`, default twice the judgements expected).

Then it starts ONE web process (`daphne tuneloop.asgi:application`, DJANGO_DEBUG=0, PostgreSQL and Redis), or
with `--web-processes N` `manage.py serve --workers N` (uvicorn's supervisor and N processes on the one port),
and runs the reviewers as WebSocket clients (the `websockets` library, all in one asyncio process unless
`--client-processes` splits them). Each connects to /ws/campaigns/<id>/review/ with its token, and when a
task arrives waits a think time drawn uniformly from 0.5-1.5 x `--think-ms`, then sends its judgement with a
fresh idempotency key; `--resend-rate` of judgements are sent twice with the same key (a client retry).

Measured: judgements/s acknowledged within the window; latency from sending a judgement to receiving the next
`task` (or `queue.empty`), p50 / p99; errors (error replies, failed or dropped connections, timeouts); and,
against the database, `lost` (acknowledged keys not stored) and `duplicated` (a key stored twice, a resend
answered with a new judgement, or a stored judgement no client sent). CPU of the clients, the web process
and the whole machine over the window tell which side was the bottleneck.

The window starts once the web server is quiet (at most 90 s): the deployments recorder child loads Presidio at
start, about 0.7 core for 10 to 30 s, which is no part of judging (`server_warm_up_s` says how long it took).

Diagnosis: `--profile FILE` samples every thread of the web process every 5 ms (the database work runs off
the event loop's thread, where cProfile cannot see it). `--conn-max-age N` sets the web process's
TUNELOOP_CONN_MAX_AGE: 60 as compose.yaml deploys it, 0 for a new database connection per call.

The last line is one JSON object (with `--json`). The pieces: bench/review_seed.py seeds, bench/review_server.py
runs the web process, bench/review_clients.py the reviewers, bench/review_report.py sums up and checks.
"""

from __future__ import annotations

import argparse
import os
import secrets
import signal
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.postgres import drop_database, prepare_database
from bench.review_clients import client_child, cpu_by_process, drive, machine_busy, others_cpu, proc_cpu_s
from bench.review_report import TARGETS, environment, render, summarise, targets_met
from bench.review_seed import default_tasks, seed
from bench.review_server import (
    flush_redis,
    free_port,
    process_tree,
    redis_urls,
    serve_profiled,
    tail,
    wait_quiet,
    web_env,
    web_process,
)

DEFAULT_SERVER = os.environ.get("TUNELOOP_BENCH_POSTGRES", "postgres://postgres@127.0.0.1:5432")
DEFAULT_DATABASE = "tuneloop_bench_review"
DEFAULT_REDIS = os.environ.get("TUNELOOP_BENCH_REDIS", "redis://127.0.0.1:6379")


def measure(args: argparse.Namespace, seeded: dict[str, Any], env: dict[str, str], log: Path) -> dict[str, Any]:
    port = free_port()
    profile = Path(args.profile).resolve() if args.profile else None
    with web_process(env, port, log, profile=profile, processes=args.web_processes) as server:
        warm_up_s = wait_quiet(server.pid)  # the window starts after the recorder's Presidio has loaded
        cfg = {
            "port": port,
            "campaign_id": seeded["campaign_id"],
            "think_ms": args.think_ms,
            "resend_rate": args.resend_rate,
            "seed": args.seed,
            "start_at": time.time() + args.connect_s,
        }
        cfg["deadline"] = cfg["start_at"] + args.seconds
        # The web server's processes: daphne (and its recorder), or the supervisor, its workers and their recorders.
        web = process_tree(server.pid)
        print(f"web pids {sorted(web)} on port {port}; {args.reviewers} reviewers connecting ...", flush=True)
        busy, total, processes = *machine_busy(), cpu_by_process()
        server_cpu = sum(proc_cpu_s(pid) for pid in web)
        driven = drive(cfg, [list(r) for r in seeded["reviewers"]], args.client_processes)
        busy2, total2 = machine_busy()
        server_cpu = sum(proc_cpu_s(pid) for pid in web) - server_cpu
        wall = time.time() - cfg["start_at"] + args.connect_s
        others = others_cpu(processes, cpu_by_process(), {os.getpid(), *web}, wall)
    report = summarise(args, cfg, driven, server_cpu, (busy2 - busy) / max(total2 - total, 1), seeded)
    return {**report, **others, "server_warm_up_s": warm_up_s}


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--reviewers", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--think-ms", type=float, default=2000, help="mean think time; 0: judge at once")
    parser.add_argument("--quick", action="store_true", help="5 reviewers, 3 s, 50 ms think (for tests)")
    parser.add_argument("--resend-rate", type=float, default=0.02, help="share of judgements sent twice")
    parser.add_argument("--tasks", type=int, default=None, help="comparison tasks to seed (default: 2x expected)")
    parser.add_argument("--client-processes", type=int, default=1, help="split the clients over processes")
    parser.add_argument("--connect-s", type=float, default=None, help="time allowed to connect before the start")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--server", default=DEFAULT_SERVER, help="PostgreSQL server URL, without a database")
    parser.add_argument("--database", default=DEFAULT_DATABASE, help="the bench's own database (created here)")
    parser.add_argument("--redis", default=DEFAULT_REDIS, help="Redis server URL, without a database number")
    parser.add_argument("--redis-db", type=int, default=13, help="channel layer database; the broker's is +1")
    parser.add_argument(
        "--conn-max-age", type=int, default=60, help="TUNELOOP_CONN_MAX_AGE of the web process (compose.yaml: 60)"
    )
    parser.add_argument(
        "--server-side-binding",
        action="store_true",
        help="TUNELOOP_DB_SERVER_SIDE_BINDING=1: server-bound parameters, so psycopg prepares repeated queries",
    )
    parser.add_argument(
        "--web-processes",
        type=int,
        default=1,
        help="web processes on the one port: 1 is daphne; N > 1 is `manage.py serve --workers N` (uvicorn)",
    )
    parser.add_argument("--profile", help="sample the web process's threads; write the hottest frames here")
    parser.add_argument("--drop", action="store_true", help="drop the bench database at the end (default: keep)")
    parser.add_argument("--json", action="store_true", help="print the report as one JSON object, last")
    parser.add_argument("--client-child", help=argparse.SUPPRESS)
    parser.add_argument("--serve-profiled", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.quick:
        args.reviewers, args.seconds, args.think_ms = 5, 3.0, 50.0
    if args.reviewers < 1 or args.seconds <= 0 or args.think_ms < 0:
        parser.error("--reviewers must be >= 1, --seconds > 0, --think-ms >= 0")
    if args.web_processes < 1 or (args.web_processes > 1 and args.profile):
        parser.error("--web-processes must be >= 1, and --profile samples one daphne process (--web-processes 1)")
    if args.connect_s is None:
        args.connect_s = 3.0 + args.reviewers / 40
    return args


def _access(line: str) -> bool:
    """A line of daphne's or uvicorn's access log (a WebSocket opened or closed, a request answered)."""
    return '"WS' in line or '"WebSocket ' in line or line.endswith(("connection open", "connection closed"))


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    if args.client_child:
        client_child(args.client_child)
        return 0
    if args.serve_profiled:
        serve_profiled(args.serve_profiled)
        return 0
    # A plain `kill` stops the bench like Ctrl+C does: through the `finally`s that stop daphne.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(128 + signal.SIGTERM))
    server = args.server.rstrip("/")
    layer_url, broker_url = redis_urls(args.redis.rstrip("/"), args.redis_db)
    database_url = prepare_database(server, args.database)
    os.environ.update(DATABASE_URL=database_url, DJANGO_DEBUG="0", DJANGO_SETTINGS_MODULE="tuneloop.settings")
    os.environ.setdefault("DJANGO_SECRET_KEY", secrets.token_urlsafe(50))  # production refuses to start without one
    os.environ.update(REDIS_URL=layer_url, BROKER_URL=broker_url)
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)
    try:
        flush_redis(layer_url, broker_url)
        tasks = args.tasks or default_tasks(args.reviewers, args.seconds, args.think_ms)
        print(f"seeding {args.reviewers} reviewers and {tasks:,} comparison tasks ...", flush=True)
        seeded = seed(reviewers=args.reviewers, tasks=tasks)
        report = environment(args.database, layer_url)
        with tempfile.TemporaryDirectory(prefix="bench-review-") as folder:
            log = Path(folder) / "daphne.log"
            try:
                env = web_env(
                    database_url,
                    layer_url,
                    broker_url,
                    conn_max_age=args.conn_max_age,
                    server_side_binding=args.server_side_binding,
                )
                report.update(measure(args, seeded, env, log))
            finally:
                server_log = tail(log) if log.exists() else ""
        # the access logs say nothing here; anything else the server printed (a traceback) does
        report["server_log_tail"] = "\n".join(line for line in server_log.splitlines() if not _access(line))[-2000:]
        report["web_processes"] = args.web_processes
        report["web_conn_max_age"] = args.conn_max_age
        report["web_server_side_binding"] = args.server_side_binding
        report["targets"] = TARGETS
        report["met"] = targets_met(report)
    finally:
        from django.db import connection

        connection.close()
        if args.drop:
            drop_database(server, args.database)
    print(render(report, as_json=args.json))
    return 0


if __name__ == "__main__":
    sys.exit(main())
