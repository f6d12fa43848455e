"""Live review under load: N simulated reviewers judge pairs over real WebSockets against one daphne process.

    python -m bench.review_load --reviewers 200 --seconds 60 --think-ms 2000 --json   # ~100 judgements/s offered
    python -m bench.review_load --reviewers 50 --seconds 60 --think-ms 0 --json       # saturation
    python -m bench.review_load --quick --json                                         # 5 reviewers, 3 s, 50 ms

Sets up its own PostgreSQL database (`--database`, default `tuneloop_bench_review`, created and migrated here,
kept for the next run; `--drop` drops it) and its own Redis databases (`--redis-db 13`: channel layer on 13,
broker on 14; both flushed first), never the dev/CI ones. Each run empties the bench database's campaigns
and seeds a fresh one: R reviewers with API tokens, and enough items with two candidates and one comparison
task each that nobody runs out (`--tasks`, default twice the judgements expected).

Then it starts ONE web process (`daphne tuneloop.asgi:application`, DJANGO_DEBUG=0, PostgreSQL and Redis)
and runs the reviewers as WebSocket clients (the `websockets` library, all in one asyncio process unless
`--client-processes` splits them). Each connects to /ws/campaigns/<id>/review/ with its token, and when a
task arrives waits a think time drawn uniformly from 0.5-1.5 x `--think-ms`, then sends its judgement with a
fresh idempotency key; `--resend-rate` of judgements are sent twice with the same key (a client retry).

Measured: judgements/s acknowledged within the window; latency from sending a judgement to receiving the next
`task` (or `queue.empty`), p50 / p99; errors (error replies, failed or dropped connections, timeouts); and,
against the database, `lost` (acknowledged keys not stored) and `duplicated` (a key stored twice, a resend
answered with a new judgement, or a stored judgement no client sent). CPU of the clients, the web process
and the whole machine over the window tell which side was the bottleneck.

Diagnosis: `--profile FILE` samples every thread of the web process every 5 ms (the database work runs off
the event loop's thread, where cProfile cannot see it). `--conn-max-age N` sets the web process's
TUNELOOP_CONN_MAX_AGE: 60 as compose.yaml deploys it, 0 for a new database connection per call.

The last line is one JSON object (with `--json`).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from bench.postgres import drop_database, prepare_database
from bench.review_clients import client_child, cpu_by_process, drive, machine_busy, others_cpu, proc_cpu_s

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SERVER = os.environ.get("TUNELOOP_BENCH_POSTGRES", "postgres://postgres@127.0.0.1:5432")
DEFAULT_DATABASE = "tuneloop_bench_review"
DEFAULT_REDIS = os.environ.get("TUNELOOP_BENCH_REDIS", "redis://127.0.0.1:6379")
TARGETS = {"p99_ms": 100.0, "saturation_judgements_per_s": 240.0}


# --- The database and Redis --------------------------------------------------------------------------


def redis_urls(server: str, first_db: int) -> tuple[str, str]:
    """The channel layer's and the broker's Redis URLs: databases `first_db` and `first_db + 1`, never 0 or 1."""
    if first_db < 2 or first_db + 1 > 15:
        raise SystemExit("--redis-db must be 2..14: databases 0 and 1 belong to the dev setup")
    return f"{server}/{first_db}", f"{server}/{first_db + 1}"


def flush_redis(*urls: str) -> None:
    import redis

    for url in urls:
        redis.Redis.from_url(url).flushdb()


# --- Seeding -------------------------------------------------------------------------------------------


GUIDELINE: dict[str, Any] = {
    "user": "Claims handlers",
    "input_description": "A claim note.",
    "expected_output": "The claim type and the next step.",
    "acceptance_criteria": ["Names the claim type", "Names the next step"],
    "must_never": ["Invent facts"],
    "output_format": {"kind": "template", "fields": ["Claim Type", "Next Step"]},
}


def seed(*, reviewers: int, tasks: int) -> dict[str, Any]:
    """Empty the bench database's campaigns, then one campaign, `reviewers` members with tokens, `tasks` pairs."""
    from django.contrib.auth.models import User
    from django.db import connection, transaction
    from rest_framework.authtoken.models import Token

    from labeling.models import Campaign, GuidelineVersion, Item, Membership
    from preferences.models import Candidate, ComparisonTask

    started = time.perf_counter()
    if "bench" not in connection.settings_dict["NAME"]:
        raise SystemExit("seed() runs on a bench database only")
    with connection.cursor() as cursor:  # every campaign, item, task and judgement of earlier runs
        cursor.execute(f"TRUNCATE {Campaign._meta.db_table} CASCADE")
    admin, _ = User.objects.get_or_create(username="bench-admin", defaults={"is_staff": True})
    names = [f"bench-reviewer-{i}" for i in range(reviewers)]
    have = set(User.objects.filter(username__in=names).values_list("username", flat=True))
    User.objects.bulk_create([User(username=name) for name in names if name not in have])
    users = list(User.objects.filter(username__in=names).order_by("id"))
    with_token = set(Token.objects.filter(user__in=users).values_list("user_id", flat=True))
    Token.objects.bulk_create([Token(user=u, key=Token.generate_key()) for u in users if u.id not in with_token])
    tokens = dict(Token.objects.filter(user__in=users).values_list("user_id", "key"))
    with transaction.atomic():
        campaign = Campaign.objects.create(
            name=f"bench-review-{int(time.time())}",
            output_fields=GUIDELINE["output_format"]["fields"],
            created_by=admin,
        )
        GuidelineVersion.objects.create(campaign=campaign, version=1, spec=GUIDELINE, created_by=admin)
        Membership.objects.bulk_create(
            [Membership(campaign=campaign, user=admin, role="admin")]
            + [Membership(campaign=campaign, user=u, role="reviewer") for u in users]
        )
        items = Item.objects.bulk_create(
            [
                Item(campaign=campaign, external_id=f"bench-{i}", text=f"Claim {i}: water damage in the kitchen.")
                for i in range(tasks)
            ],
            batch_size=5000,
        )
        candidates = Candidate.objects.bulk_create(
            [
                Candidate(item=item, source="import", text=text)
                for item in items
                for text in ("Claim Type: Water\nNext Step: Send an adjuster", "Claim Type: Fire\nNext Step: Wait")
            ],
            batch_size=5000,
        )
        ComparisonTask.objects.bulk_create(
            [
                ComparisonTask(item=item, left=candidates[2 * i], right=candidates[2 * i + 1])
                for i, item in enumerate(items)
            ],
            batch_size=5000,
        )
    with connection.cursor() as cursor:  # fresh statistics, as autovacuum would leave them: no quadratic plans
        cursor.execute("ANALYZE")
    return {
        "campaign_id": campaign.id,
        "reviewers": [(u.id, tokens[u.id]) for u in users],
        "tasks": tasks,
        "seed_s": round(time.perf_counter() - started, 1),
    }


# --- The web process -----------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def web_process(env: dict[str, str], port: int, log: Path, *, profile: Path | None = None) -> Any:
    """ONE daphne process serving tuneloop.asgi on 127.0.0.1:`port`, stopped on the way out whatever happens."""
    if profile is not None:  # the same server, under this module's sampling profiler (see serve_profiled)
        command = [sys.executable, "-m", "bench.review_load", "--serve-profiled", f"{port}:{profile}"]
    else:
        command = [sys.executable, "-m", "daphne", "-b", "127.0.0.1", "-p", str(port), "tuneloop.asgi:application"]
    with log.open("wb") as out:
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        _wait_listening(process, port, log)
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
            raise RuntimeError(f"daphne exited with {process.returncode}:\n{_tail(log)}")
        with socket.socket() as sock, suppress(OSError):
            sock.settimeout(0.5)
            sock.connect(("127.0.0.1", port))
            return
        time.sleep(0.1)
    raise RuntimeError(f"daphne did not listen on {port} within {timeout:.0f} s:\n{_tail(log)}")


def _tail(log: Path, lines: int = 30) -> str:
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


# --- Checking against the database ---------------------------------------------------------------------


def reconcile(campaign_id: int, logs: list[dict[str, Any]]) -> dict[str, Any]:
    """lost: acknowledged keys missing from the database; duplicated: a key stored twice, a resend answered with
    a second judgement, or a stored judgement no client sent."""
    from django.db.models import Count

    from preferences.models import Judgement

    rows = Judgement.objects.filter(task__item__campaign_id=campaign_id)
    stored = {(r, k): i for r, k, i in rows.values_list("reviewer_id", "idempotency_key", "id")}
    twice = rows.values("reviewer_id", "idempotency_key").annotate(n=Count("id")).filter(n__gt=1).count()
    per_task = rows.values("task_id").annotate(n=Count("id")).filter(n__gt=1).count()
    sent = {(log["reviewer"], key) for log in logs for key, _, _ in log["sent"]}
    acknowledged: dict[tuple[int, str], set[int]] = {}
    for log in logs:
        for key, judgement, _, _ in log["stored"]:
            acknowledged.setdefault((log["reviewer"], key), set()).add(judgement)
    lost = sum(1 for pair, ids in acknowledged.items() if stored.get(pair) not in ids)
    answered_twice = sum(1 for ids in acknowledged.values() if len(ids) > 1)
    unknown = sum(1 for pair in stored if pair not in sent)
    return {
        "judgements_in_db": len(stored),
        "lost": lost,
        "duplicated": twice + per_task + answered_twice + unknown,
        "duplicated_detail": {
            "key_stored_twice": twice,
            "task_judged_twice": per_task,
            "resend_got_new_judgement": answered_twice,
            "not_sent_by_any_client": unknown,
        },
        "sent_unacknowledged": len(sent - set(acknowledged)),
        "sent_unacknowledged_stored": sum(1 for pair in sent - set(acknowledged) if pair in stored),
    }


# --- The run -------------------------------------------------------------------------------------------


def _percentiles(samples: list[float]) -> tuple[float | None, float | None]:
    if not samples:
        return None, None
    ordered = sorted(samples)
    p99 = ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]
    return round(statistics.median(ordered), 2), round(p99, 2)


def default_tasks(reviewers: int, seconds: float, think_ms: float) -> int:
    """Twice the judgements expected (at most ~300/s: when nobody thinks), plus one lease per reviewer."""
    rate = reviewers / (think_ms / 1000) if think_ms else 300.0
    return int(2 * min(rate, 300.0) * seconds) + reviewers + 100


def measure(args: argparse.Namespace, seeded: dict[str, Any], env: dict[str, str], log: Path) -> dict[str, Any]:
    port = free_port()
    profile = Path(args.profile).resolve() if args.profile else None
    with web_process(env, port, log, profile=profile) as server:
        cfg = {
            "port": port,
            "campaign_id": seeded["campaign_id"],
            "think_ms": args.think_ms,
            "resend_rate": args.resend_rate,
            "seed": args.seed,
            "start_at": time.time() + args.connect_s,
        }
        cfg["deadline"] = cfg["start_at"] + args.seconds
        print(f"daphne pid {server.pid} on port {port}; {args.reviewers} reviewers connecting ...", flush=True)
        busy, total, server_cpu, processes = *machine_busy(), proc_cpu_s(server.pid), cpu_by_process()
        driven = drive(cfg, [list(r) for r in seeded["reviewers"]], args.client_processes)
        busy2, total2 = machine_busy()
        server_cpu = proc_cpu_s(server.pid) - server_cpu
        wall = time.time() - cfg["start_at"] + args.connect_s
        others = others_cpu(processes, cpu_by_process(), {os.getpid(), server.pid}, wall)
    report = _summarise(args, cfg, driven, server_cpu, (busy2 - busy) / max(total2 - total, 1), seeded)
    return {**report, **others}


def _summarise(
    args: argparse.Namespace, cfg: dict, driven: dict, server_cpu: float, busy: float, seeded: dict
) -> dict[str, Any]:
    logs = driven["logs"]
    wall = time.time() - (cfg["start_at"] - args.connect_s)
    in_window = [
        entry
        for log in logs
        for entry in log["stored"]
        if not entry[2] and entry[3] is not None and entry[3] <= cfg["deadline"]
    ]
    latencies = [ms for log in logs for ms in log["latencies_ms"]]
    errors = [error for log in logs for error in log["errors"]]
    p50, p99 = _percentiles(latencies)
    connect_p50, connect_p99 = _percentiles([log["connect_ms"] for log in logs if log["connect_ms"] is not None])
    report: dict[str, Any] = {
        "reviewers": args.reviewers,
        "seconds": args.seconds,
        "think_ms": args.think_ms,
        "resend_rate": args.resend_rate,
        "client_processes": args.client_processes,
        "tasks_seeded": seeded["tasks"],
        "seed_s": seeded["seed_s"],
        "judgements_per_s": round(len(in_window) / args.seconds, 1),
        "judgements_acknowledged": sum(1 for log in logs for entry in log["stored"] if not entry[2]),
        "resends": sum(1 for log in logs for entry in log["sent"] if entry[2]),
        "p50_ms": p50,
        "p99_ms": p99,
        "max_ms": round(max(latencies), 2) if latencies else None,
        "latency_samples": len(latencies),
        "connect_p50_ms": connect_p50,
        "connect_p99_ms": connect_p99,
        "errors": len(errors),
        "error_examples": sorted(set(errors))[:5],
        "reviewers_out_of_tasks": sum(1 for log in logs if log["empty"]),
        "late_start": driven["late_start"],
        "client_cpu_pct": round(100 * driven["cpu_s"] / wall, 1),
        "server_cpu_pct": round(100 * server_cpu / wall, 1),
        "machine_busy_pct": round(100 * busy, 1),
        **reconcile(cfg["campaign_id"], logs),
    }
    return report


def environment(database: str, layer_url: str) -> dict[str, Any]:
    from importlib.metadata import version

    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        (server,) = cursor.fetchone()
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return {
        "cpu_count": os.cpu_count(),
        "cpus_usable": usable,
        "load_avg_before": [round(x, 2) for x in os.getloadavg()],
        "postgres": server,
        "python": platform.python_version(),
        "versions": {name: version(name) for name in ("django", "channels", "channels-redis", "daphne", "websockets")},
        "database": database,
        "channel_layer": layer_url,
    }


def _summary(report: dict[str, Any]) -> str:
    met = report["met"]
    lines = [
        f"{report['reviewers']} reviewers x {report['seconds']} s, think {report['think_ms']} ms "
        f"(resend {report['resend_rate']:.0%}), {report['cpus_usable']} CPUs, load before {report['load_avg_before']}",
        f"  judgements/s: {report['judgements_per_s']}  ({report['judgements_acknowledged']} acknowledged, "
        f"{report['resends']} resent, {report['judgements_in_db']} in the database)",
        f"  submit -> next task: p50 {report['p50_ms']} ms  p99 {report['p99_ms']} ms  max {report['max_ms']} ms "
        f"({report['latency_samples']} samples); connect p50 {report['connect_p50_ms']} ms "
        f"p99 {report['connect_p99_ms']} ms",
        f"  errors {report['errors']}  lost {report['lost']}  duplicated {report['duplicated']}  "
        f"(sent, unacknowledged at the end: {report['sent_unacknowledged']})",
        f"  CPU over the run: web process {report['server_cpu_pct']}% of a core, clients {report['client_cpu_pct']}%, "
        f"machine {report['machine_busy_pct']}% busy; PostgreSQL (backends alive at the end) "
        f"{report['postgres_cpu_pct']}%, other jobs {report['other_cpu_pct']}%",
    ]
    lines += [f"    other job: {line}" for line in report["other_processes"]]
    for error in report["error_examples"]:
        lines.append(f"  error: {error}")
    lines.append("  targets: " + ", ".join(f"{name} {'met' if ok else 'MISSED'}" for name, ok in met.items()))
    return "\n".join(lines)


def render(report: dict[str, Any], *, as_json: bool) -> str:
    """The summary for people, then (`as_json`) the whole report as one JSON object on the last line."""
    return _summary(report) + ("\n" + json.dumps(report, sort_keys=True, default=str) if as_json else "")


def _targets(report: dict[str, Any]) -> dict[str, bool]:
    clean = report["errors"] == 0 and report["lost"] == 0 and report["duplicated"] == 0
    if report["think_ms"] == 0:
        return {
            "saturation >= 240/s": report["judgements_per_s"] >= TARGETS["saturation_judgements_per_s"],
            "zero lost/duplicated": report["lost"] == 0 and report["duplicated"] == 0,
        }
    return {"p99 < 100 ms": (report["p99_ms"] or 1e9) < TARGETS["p99_ms"], "zero errors/lost/duplicated": clean}


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
    if args.connect_s is None:
        args.connect_s = 3.0 + args.reviewers / 40
    return args


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
                server_log = _tail(log) if log.exists() else ""
        # daphne's access log says nothing here; anything else it printed (a traceback) does
        report["server_log_tail"] = "\n".join(line for line in server_log.splitlines() if '"WS' not in line)[-2000:]
        report["web_conn_max_age"] = args.conn_max_age
        report["web_server_side_binding"] = args.server_side_binding
        report["targets"] = TARGETS
        report["met"] = _targets(report)
    finally:
        from django.db import connection

        connection.close()
        if args.drop:
            drop_database(server, args.database)
    print(render(report, as_json=args.json))
    return 0


if __name__ == "__main__":
    sys.exit(main())
