"""Item listing and dataset export at scale: N items and N judgements in PostgreSQL, timed.

    python -m bench.datasets --items 1000000 --json      # the full run (seeding takes minutes, once)
    python -m bench.datasets --items 20000 --json        # a quick look
    python -m bench.datasets --items 1000000 --drop      # ... and drop the bench database afterwards

Sets Django up against its own PostgreSQL database (`--database`, default `tuneloop_bench`, created and
migrated here; never the dev/CI database), then seeds (`bench/datasets_seed.py`) one campaign of N
items, 2N candidates, N comparison tasks, N decisive judgements and a frozen dataset version with one
SFT row per item and one DPO row per judgement, all with `INSERT ... SELECT generate_series` in one
transaction, so the server builds the rows and an interrupted seed leaves nothing behind. The segment
digests and content hash are the real ones (`dataset_segment_digests`): exports refuse rows that do
not match them. A seed with the same N is reused.

Measured:
- item list pages through the real API view (Django's test client: URL routing, token auth, the
  access check, the selector, the serializer): the first page, the last page (`after` = an id near
  the end), and pages after random ids, each `--requests` times after a warm-up; p50 / p99 in ms.
  For contrast, the last page read with OFFSET (what `?page=N` would cost) through the ORM.
- the exact item count (`item_count`, the query `?count=true` adds), p50 / p99.
- export: each format of `dataset_versions.services.freeze` (found at run time) for the train split, in a
  fresh child process with an empty exports folder, so nothing is cached and the child's peak RSS
  (`ru_maxrss`) is the export's own; rows per second of wall time. With `--compare-items M` (default
  20,000 when N is larger) the same exports run on an M-item seed too: peak RSS must not grow with N.

The last line is one JSON object (with `--json`).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote

from bench.datasets_seed import seed
from bench.postgres import drop_database, prepare_database

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SERVER = os.environ.get("TUNELOOP_BENCH_POSTGRES", "postgres://postgres@127.0.0.1:5432")
DEFAULT_DATABASE = "tuneloop_bench"
PAGE = 50
TARGETS = {"list_p99_ms": 100.0, "export_rows_per_s": 50_000.0, "export_peak_rss_mb": 300.0}
# --- Measuring -----------------------------------------------------------------------------------


def _percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p99 = ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]
    return round(statistics.median(ordered), 3), round(p99, 3)


def _time_ms(call: Callable[[], object], repeats: int, warmup: int) -> list[float]:
    for _ in range(warmup):
        call()
    samples = []
    for _ in range(repeats):
        started = time.perf_counter()
        call()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def measure_list(seeded: dict[str, Any], *, requests: int) -> dict[str, Any]:
    """Item list pages through the API (Django's test client), and the count, and OFFSET for contrast."""
    from rest_framework.test import APIClient

    from labeling.apis.campaigns import ItemOutput
    from labeling.models import Item
    from labeling.selectors import item_count

    campaign = seeded["campaign"]
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {seeded['token']}")
    url = f"/api/campaigns/{campaign.id}/items/"
    ids = Item.objects.filter(campaign=campaign).order_by("id").values_list("id", flat=True)
    total = ids.count()
    deep_after = ids.reverse()[min(PAGE, total - 1)] if total > PAGE else None
    low, high = ids.first(), ids.last()
    rng = random.Random(7)

    def get(params: dict[str, Any]) -> None:
        response = client.get(url, params)
        if response.status_code != 200:
            raise RuntimeError(f"GET {url} {params}: {response.status_code} {response.content[:200]!r}")
        if params.get("after") == deep_after and len(response.json()["results"]) != min(PAGE, total):
            raise RuntimeError("the deep page is not full")

    warmup = min(10, requests)
    first = _time_ms(lambda: get({"limit": PAGE}), requests, warmup)
    deep = _time_ms(
        lambda: get({"limit": PAGE, "after": deep_after} if deep_after else {"limit": PAGE}), requests, warmup
    )
    anywhere = _time_ms(lambda: get({"limit": PAGE, "after": rng.randint(low or 0, high or 0)}), requests, warmup)
    count = _time_ms(lambda: item_count(campaign), min(requests, 50), 3)
    offset_queryset = Item.objects.filter(campaign=campaign).order_by("id")
    offset = _time_ms(
        lambda: ItemOutput(offset_queryset[max(total - PAGE, 0) : total], many=True).data, min(requests, 10), 1
    )
    report: dict[str, Any] = {"requests": requests, "page_size": PAGE, "deep_after": deep_after}
    for name, samples in (("list", first), ("deep_list", deep), ("random_list", anywhere), ("count", count)):
        report[f"{name}_p50_ms"], report[f"{name}_p99_ms"] = _percentiles(samples)
    report["count_ms"] = report["count_p50_ms"]
    report["offset_deep_list_p50_ms"] = _percentiles(offset)[0]
    return report


def export_formats() -> list[str]:
    """What `dataset_versions.services.exports` can export, asked of the module itself."""
    from dataset_versions.services.exports import FOLDER_KINDS, JSONL_KINDS

    return [*JSONL_KINDS, *(f"hf-{kind}" for kind in FOLDER_KINDS)]


def measure_exports(dataset_id: int, *, formats: list[str], split: str = "train") -> dict[str, Any]:
    """Each format exported by a fresh child process into an empty folder: rows/s and the child's peak RSS."""
    results: dict[str, Any] = {}
    # DJANGO_DEBUG=0 is production, which needs a key of its own; the children only read the database.
    key = os.environ.get("DJANGO_SECRET_KEY") or secrets.token_urlsafe(50)
    env = {**os.environ, "DATABASE_URL": database_url(), "DJANGO_DEBUG": "0", "DJANGO_SECRET_KEY": key}
    env.pop("TUNELOOP_EXPORTS_DIR", None)
    for fmt in formats:
        with tempfile.TemporaryDirectory(prefix="bench-export-") as folder:
            command = [sys.executable, "-m", "bench.datasets", "--export-child", f"{dataset_id}:{fmt}:{split}"]
            done = subprocess.run(
                command,
                cwd=ROOT,
                env={**env, "TUNELOOP_EXPORTS_DIR": folder},
                capture_output=True,
                text=True,
                check=False,
            )
        if done.returncode != 0:
            results[fmt] = {"error": (done.stderr.strip().splitlines() or ["no output"])[-1]}
            continue
        results[fmt] = json.loads(done.stdout.strip().splitlines()[-1])
        print(f"  export {fmt}: {_describe_export(results[fmt])}", flush=True)
    return results


def _describe_export(result: dict[str, Any]) -> str:
    return (
        f"{result['rows']:,} rows in {result['seconds']:.1f} s = {result['rows_per_s']:,.0f} rows/s "
        f"(CPU {result['cpu_s']:.1f} s), peak RSS {result['peak_rss_mb']:.0f} MB"
    )


def database_url() -> str:
    """The URL of the database Django is using, for the export children."""
    from django.db import connection

    s = connection.settings_dict
    credentials = quote(s["USER"] or "") + (f":{quote(s['PASSWORD'])}" if s["PASSWORD"] else "")
    return f"postgres://{credentials}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{quote(s['NAME'])}"


def export_child(spec: str) -> dict[str, Any]:
    """In the child: export one format of one dataset version and say how long it took and the peak RSS."""
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tuneloop.settings")
    django.setup()
    from dataset_versions.models import DatasetVersion
    from dataset_versions.services.exports import dataset_export, dataset_export_folder

    dataset_id, fmt, split = spec.split(":")
    dataset = DatasetVersion.objects.get(id=int(dataset_id))
    baseline = _rss_now_mb()
    started, cpu = time.perf_counter(), time.process_time()
    if fmt.startswith("hf-"):
        path = dataset_export_folder(dataset=dataset, kind=fmt[3:])
    else:
        path = dataset_export(dataset=dataset, kind=fmt, split=split)
    seconds, cpu_s = time.perf_counter() - started, time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB
    files = sorted(path.rglob("*.jsonl")) if path.is_dir() else [path]
    rows = sum(_count_lines(file) for file in files)
    return {
        "format": fmt,
        "split": split if not fmt.startswith("hf-") else "train+validation",
        "rows": rows,
        "bytes": sum(file.stat().st_size for file in files),
        "seconds": round(seconds, 3),
        "cpu_s": round(cpu_s, 3),
        "rows_per_s": round(rows / seconds, 1) if seconds else None,
        "peak_rss_mb": round(peak, 1),
        "rss_before_export_mb": round(baseline, 1),
    }


def _count_lines(path: Path) -> int:
    lines = 0
    with path.open("rb") as file:
        while chunk := file.read(1 << 20):
            lines += chunk.count(b"\n")
    return lines


def _rss_now_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


# --- The run -------------------------------------------------------------------------------------


def run(
    *,
    items: int,
    requests: int = 200,
    compare_items: int | None = None,
    rehash: bool = False,
    formats: list[str] | None = None,
) -> dict[str, Any]:
    """Seed (or reuse), then measure, on the database Django is configured with (PostgreSQL only)."""
    from django.db import connection

    if connection.vendor != "postgresql":
        raise SystemExit(f"bench.datasets needs PostgreSQL, not {connection.vendor}")
    print(f"seeding {items:,} items and {items:,} judgements ...", flush=True)
    seeded = seed(items, rehash=rehash)
    print(
        "  reusing the seed already present" if seeded["reused"] else f"  seeded in {seeded['seconds']:.1f} s",
        flush=True,
    )
    report: dict[str, Any] = {
        "items": items,
        "judgements": items,
        "dataset_rows": 2 * items,
        "seed_reused": seeded["reused"],
        "seed_s": round(seeded["seconds"], 1),
        "database": connection.settings_dict["NAME"],
    }
    print("timing item list pages and the count ...", flush=True)
    report.update(measure_list(seeded, requests=requests))
    formats = formats or export_formats()
    print(f"exporting {', '.join(formats)} in child processes ...", flush=True)
    exports = measure_exports(seeded["dataset"].id, formats=formats)
    report.update(_export_summary(exports))
    if compare_items:
        print(f"the same exports on {compare_items:,} items, for the RSS comparison ...", flush=True)
        small = measure_exports(seed(compare_items, rehash=rehash)["dataset"].id, formats=formats)
        report["compare_items"] = compare_items
        report["compare_export_peak_rss_mb"] = _export_summary(small)["export_peak_rss_mb"]
        report["compare_export_peak_rss_mb_by_format"] = {
            fmt: result.get("peak_rss_mb") for fmt, result in small.items()
        }
    report.update(_environment())
    report["targets"] = TARGETS
    report["met"] = {
        "list_p99_ms": max(report["list_p99_ms"], report["deep_list_p99_ms"]) < TARGETS["list_p99_ms"],
        "export_rows_per_s": (report["export_rows_per_s"] or 0) >= TARGETS["export_rows_per_s"],
        "export_peak_rss_mb": (report["export_peak_rss_mb"] or 0) < TARGETS["export_peak_rss_mb"],
    }
    return report


def _export_summary(exports: dict[str, Any]) -> dict[str, Any]:
    done = {fmt: result for fmt, result in exports.items() if "error" in result or result.get("rows")}
    rates = {fmt: result["rows_per_s"] for fmt, result in done.items() if "error" not in result}
    slowest = min(rates, key=lambda fmt: rates[fmt]) if rates else None
    return {
        "exports": exports,
        "export_rows_per_s_by_format": rates,
        "export_rows_per_s": rates[slowest] if slowest else None,
        "export_slowest_format": slowest,
        "export_peak_rss_mb": max((r["peak_rss_mb"] for r in done.values() if "error" not in r), default=None),
        "export_errors": {fmt: result["error"] for fmt, result in done.items() if "error" in result},
    }


def _environment() -> dict[str, Any]:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        (server,) = cursor.fetchone()
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return {"cpu_count": os.cpu_count(), "cpus_usable": usable, "postgres": server, "python": platform.python_version()}


def _summary(report: dict[str, Any]) -> str:
    met = report["met"]
    seeded = "reused" if report["seed_reused"] else f"seeded in {report['seed_s']} s"
    lines = [
        f"{report['items']:,} items, {report['judgements']:,} judgements, {report['dataset_rows']:,} dataset rows "
        f"({seeded}), "
        f"{report['cpus_usable']} CPUs, PostgreSQL {report['postgres']}",
        f"  list, first page:  p50 {report['list_p50_ms']:7.2f} ms  p99 {report['list_p99_ms']:7.2f} ms",
        f"  list, last page:   p50 {report['deep_list_p50_ms']:7.2f} ms  p99 {report['deep_list_p99_ms']:7.2f} ms",
        f"  list, random page: p50 {report['random_list_p50_ms']:7.2f} ms  p99 {report['random_list_p99_ms']:7.2f} ms",
        f"  last page by OFFSET instead: p50 {report['offset_deep_list_p50_ms']:.2f} ms",
        f"  count: p50 {report['count_p50_ms']:.2f} ms  p99 {report['count_p99_ms']:.2f} ms",
    ]
    for fmt, result in report["exports"].items():
        lines.append(f"  export {fmt}: " + (result["error"] if "error" in result else _describe_export(result)))
    if "compare_items" in report:
        lines.append(
            f"  export peak RSS at {report['compare_items']:,} items: {report['compare_export_peak_rss_mb']} MB "
            f"(at {report['items']:,}: {report['export_peak_rss_mb']} MB)"
        )
    lines.append(
        f"  targets: list p99 < 100 ms {'met' if met['list_p99_ms'] else 'MISSED'}, "
        f"export >= 50,000 rows/s {'met' if met['export_rows_per_s'] else 'MISSED'} "
        f"(slowest: {report['export_slowest_format']}), "
        f"peak RSS < 300 MB {'met' if met['export_peak_rss_mb'] else 'MISSED'}"
    )
    return "\n".join(lines)


def render(report: dict[str, Any], *, as_json: bool) -> str:
    """The summary for people, then (`as_json`) the whole report as one JSON object on the last line."""
    return _summary(report) + ("\n" + json.dumps(report, sort_keys=True, default=str) if as_json else "")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--items", type=int, default=1_000_000, help="items, and judgements (default 1,000,000)")
    parser.add_argument("--requests", type=int, default=200, help="timed requests per kind of page")
    parser.add_argument("--compare-items", type=int, default=None, help="a smaller seed to compare export RSS with")
    parser.add_argument("--server", default=DEFAULT_SERVER, help="PostgreSQL server URL, without a database")
    parser.add_argument("--database", default=DEFAULT_DATABASE, help="the bench's own database (created here)")
    parser.add_argument("--drop", action="store_true", help="drop the bench database at the end (default: keep)")
    parser.add_argument("--keep", action="store_true", help="keep the database for the next run (the default)")
    parser.add_argument("--formats", help="comma-separated export formats (default: all the service offers)")
    parser.add_argument("--rehash", action="store_true", help="recompute a reused seed's content hash")
    parser.add_argument("--json", action="store_true", help="print the report as one JSON object, last")
    parser.add_argument("--export-child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.export_child:
        print(json.dumps(export_child(args.export_child)))
        return 0
    if args.items < 1 or args.requests < 1:
        parser.error("--items and --requests must be at least 1")
    formats = [fmt.strip() for fmt in args.formats.split(",") if fmt.strip()] if args.formats else None
    compare = args.compare_items if args.compare_items is not None else (20_000 if args.items > 20_000 else 0)

    os.environ["DATABASE_URL"] = prepare_database(args.server.rstrip("/"), args.database)
    os.environ["DJANGO_DEBUG"] = "0"  # as in production: no query log kept per request
    os.environ.setdefault("DJANGO_SECRET_KEY", secrets.token_urlsafe(50))  # which refuses to start without one
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tuneloop.settings")
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)
    try:
        report = run(
            items=args.items, requests=args.requests, compare_items=compare or None, rehash=args.rehash, formats=formats
        )
    finally:
        if args.drop:
            from django.db import connection

            connection.close()
            drop_database(args.server.rstrip("/"), args.database)
    print(render(report, as_json=args.json))
    return 0


if __name__ == "__main__":
    sys.exit(main())
