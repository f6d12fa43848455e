"""bench.review_load's report: the measured window summed up, checked against the database, and rendered."""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import time
from typing import Any

TARGETS = {"p99_ms": 100.0, "saturation_judgements_per_s": 240.0}


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


def _percentiles(samples: list[float]) -> tuple[float | None, float | None]:
    if not samples:
        return None, None
    ordered = sorted(samples)
    p99 = ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]
    return round(statistics.median(ordered), 2), round(p99, 2)


def summarise(
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


def targets_met(report: dict[str, Any]) -> dict[str, bool]:
    clean = report["errors"] == 0 and report["lost"] == 0 and report["duplicated"] == 0
    if report["think_ms"] == 0:
        return {
            "saturation >= 240/s": report["judgements_per_s"] >= TARGETS["saturation_judgements_per_s"],
            "zero lost/duplicated": report["lost"] == 0 and report["duplicated"] == 0,
        }
    return {"p99 < 100 ms": (report["p99_ms"] or 1e9) < TARGETS["p99_ms"], "zero errors/lost/duplicated": clean}
