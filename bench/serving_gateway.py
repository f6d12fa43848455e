"""The gateway's added latency: the same requests to the built-in model server directly, and through Tuneloop's
/v1/ gateway in front of it.

    python -m bench.serving_gateway [--clients 1,16] [--requests 96] [--rounds 3] [--recorder process] [--json]

Setup, all on this machine: the label model of the deployment tests (a tiny Llama taught to name the cause of
a loss; its one-word answers fit the campaign's label set, so the gateway's checks pass and nothing is
retried), served by the built-in server (`deployments.serving`, dynamic batching) on a thread of this process
under the name `artifact-<id>`; a Django world in a fresh SQLite file (the embedded default's database: a
campaign with that label set, the artifact promoted, a deployment with `backend: external` pointing at the
server, an API key); ONE daphne process serving tuneloop.asgi, with `TUNELOOP_CONN_MAX_AGE=60` as compose.yaml
sets it, its gateway thread pool and its recorder (which anonymizes and stores each request after answering:
a child process of the web process, or with `--recorder thread` a thread in it) as in production.

Two deployments of the same artifact: `triage-external` (`backend: external`, the gateway calls the server above
over HTTP: the headline figure, the same server behind both paths) and `triage-builtin` (the web process loads
the model itself and batches in process: the embedded default). Before measuring, requests at one client run
until the web process's recorder has loaded Presidio and answers are steady.

Load: `--clients` threads, each on its own keep-alive connection, send the same loss notes (greedy,
max_tokens 4) directly to the server and through the gateway, alternating in `--rounds` rounds (the order
flips each round), after untimed warm-up requests on both paths. The overhead is the gateway's latency minus
the direct one, at p50 and p99 (nearest rank) over all rounds, per client count. Wall time on a shared CPU
moves between runs; the two paths run back to back so they share the noise.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path
from typing import Any

from bench.review_server import free_port, tail, web_process
from bench.serving import Load, send_load, summarize
from bench.training_data import quiet, torch_threads

ROOT = Path(__file__).resolve().parents[1]
MAX_TOKENS = 4
ASGI_APP = "tuneloop.asgi:application"
BACKENDS = ("external", "builtin")  # the gateway in front of the server over HTTP; its own in-process model


def web_env(work: Path) -> dict[str, str]:
    """The web child's environment: the embedded default's database (a SQLite file) and in-process layer."""
    skip = ("DJANGO_", "TUNELOOP_", "DATABASE_URL", "REDIS_URL", "BROKER_URL")
    env = {k: v for k, v in os.environ.items() if not k.startswith(skip)}
    return {
        **env,
        "DJANGO_SETTINGS_MODULE": "tuneloop.settings",
        "DATABASE_URL": f"sqlite:///{work / 'db.sqlite3'}",
        "DJANGO_DEBUG": "0",
        "TUNELOOP_HTTPS": "0",
        "DJANGO_SECRET_KEY": uuid.uuid4().hex + uuid.uuid4().hex,
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "TUNELOOP_CONN_MAX_AGE": "60",
        "TUNELOOP_LOG_LEVEL": "WARNING",
        "TUNELOOP_VAR_DIR": str(work / "var"),
    }


def setup_world(model_path: str, engine_url: str) -> dict[str, Any]:
    """In the child (Django set up): migrate, then the campaign, the promoted artifact, the deployment, a key."""
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)
    from django.contrib.auth.models import User

    from dataset_versions.models import DatasetVersion
    from deployments.services.keys import api_key_create
    from deployments.services.lifecycle import deployment_change, deployment_create
    from evaluation.models import Promotion
    from labeling.services.campaigns import campaign_create
    from labeling.services.guidelines import guideline_update
    from tests.deployments.label_model import CAUSES, SYSTEM
    from training.models import ModelArtifact, TrainingRun

    admin = User.objects.create_user("bench-admin", is_staff=True)
    campaign = campaign_create(user=admin, name="Loss triage (bench)", system_prompt=SYSTEM, output_fields=["Cause"])
    spec = {"user": "the triage desk", "output_format": {"kind": "labels", "labels": list(CAUSES)}}
    guideline_update(campaign=campaign, user=admin, spec=spec)
    dataset = DatasetVersion.objects.create(campaign=campaign, version=1, content_hash="0" * 64, created_by=admin)
    run = TrainingRun.objects.create(campaign=campaign, dataset=dataset, base_model_path=model_path, created_by=admin)
    artifact = ModelArtifact.objects.create(run=run, path=model_path, kind="model", sha256="0" * 64)
    Promotion.objects.create(campaign=campaign, action="promote", artifact=artifact, note="bench", user=admin)
    world: dict[str, Any] = {"artifact": artifact.id}
    for name, changes in (("external", {"backend": "external", "engine_url": engine_url}), ("builtin", {})):
        deployment = deployment_create(campaign=campaign, user=admin, name=f"triage-{name}", incumbent=artifact)
        if changes:
            deployment_change(deployment=deployment, user=admin, **changes)
        world[name] = {"model": deployment.name, "key": api_key_create(deployment=deployment, user=admin, name=name)[1]}
    return world


def prompts(count: int, seed: int = 7) -> list[list[dict[str, str]]]:
    from tests.deployments.label_model import CAUSES, label_messages, loss_note

    rng = random.Random(seed)
    return [label_messages(loss_note(rng.choice(list(CAUSES)), rng)) for _ in range(count)]


def measure(direct_url: str, gateway_url: str, world: dict[str, Any], settings: argparse.Namespace) -> dict[str, Any]:
    """Per client count: each path's summary over all rounds and each gateway path's overhead at p50 and p99."""
    load = prompts(settings.requests)
    figures: dict[str, Any] = {}
    for clients in settings.clients:
        paths = {
            "direct": (direct_url, f"artifact-{world['artifact']}", None),
            **{f"gateway_{name}": (gateway_url, world[name]["model"], world[name]["key"]) for name in BACKENDS},
        }
        for url, model, key in paths.values():  # warm-up: connections, the gateway's caches, the in-process model
            send_load(url, model, key, load[: max(clients, 8)], clients, MAX_TOKENS)
        runs: dict[str, list[Load]] = {name: [] for name in paths}
        for index in range(settings.rounds):
            order = list(paths) if index % 2 == 0 else list(reversed(paths))
            for name in order:
                runs[name].append(send_load(*paths[name], load, clients, MAX_TOKENS))
        figures[str(clients)] = _overhead({name: _merged(loads) for name, loads in runs.items()})
    return figures


def wait_for_presidio(gateway_url: str, world: dict[str, Any], seconds: float = 20) -> None:
    """Requests at one client until the web process's recorder has loaded Presidio and latencies settle: a few
    seconds of steady answers in a row."""
    load, deadline, steady = prompts(8), time.monotonic() + 120, 0.0
    while time.monotonic() < deadline and steady < seconds:
        started = time.monotonic()
        run = send_load(gateway_url, world["external"]["model"], world["external"]["key"], load, 1, MAX_TOKENS)
        slowest = max(run.latencies_s, default=10.0)
        steady = steady + (time.monotonic() - started) if slowest < 0.5 else 0.0


def _merged(loads: list[Load]) -> dict[str, Any]:
    merged = Load()
    for load in loads:
        merged.wall_s += load.wall_s
        merged.cpu_s += load.cpu_s
        merged.latencies_s += load.latencies_s
        merged.completion_tokens += load.completion_tokens
        merged.errors += load.errors
    return summarize(merged)


def _overhead(paths: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Each gateway path's latency minus the direct one's; None where a path had errors."""
    direct, figures = paths["direct"], dict(paths)
    for name in BACKENDS:
        gateway = paths[f"gateway_{name}"]
        for q in ("p50", "p99"):
            ok = gateway[f"latency_{q}_ms"] is not None and not gateway["errors"]
            overhead = gateway[f"latency_{q}_ms"] - direct[f"latency_{q}_ms"] if ok else None
            figures[f"overhead_{name}_{q}_ms"] = round(overhead, 1) if overhead is not None else None
    return figures


def run(settings: argparse.Namespace) -> dict[str, Any]:
    from deployments.serving.batching import DynamicBatcher
    from deployments.serving.server import ModelServer
    from tests.deployments.label_model import build_label_model

    started = time.perf_counter()
    work = Path(tempfile.mkdtemp(prefix="bench-gateway-"))
    env = web_env(work) | {"TUNELOOP_DEPLOYMENTS_RECORDER": settings.recorder}
    port, web_port = free_port(), free_port()
    with torch_threads(settings.threads), quiet():
        model_path = str(build_label_model(work / "label-model"))
        child = [sys.executable, "-m", "bench.serving_gateway", "--setup", model_path, f"http://127.0.0.1:{port}"]
        made = subprocess.run(child, cwd=ROOT, env=env, check=True, capture_output=True)
        world = json.loads(made.stdout.splitlines()[-1])
        batcher = DynamicBatcher.load(model_path, name=f"artifact-{world['artifact']}", max_batch=16)
        server = ModelServer(("127.0.0.1", port), batcher, name=batcher.name)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        try:
            log = work / "web.log"
            command = [sys.executable, "-m", "daphne", "-b", "127.0.0.1", "-p", str(web_port), ASGI_APP]
            with web_process(env, web_port, log, command=command):
                wait_for_presidio(f"http://127.0.0.1:{web_port}", world)
                figures = measure(server.url, f"http://127.0.0.1:{web_port}", world, settings)
                errors = [line for line in tail(log, 200).splitlines() if "Traceback" in line or "ERROR" in line]
        finally:
            server.stop()
            batcher.close()
    most = figures[str(settings.clients[-1])]
    return {
        "by_clients": figures,
        # The headline: the gateway over HTTP in front of the same server, at the most clients.
        "gateway_overhead_p50_ms": most["overhead_external_p50_ms"],
        "gateway_overhead_p99_ms": most["overhead_external_p99_ms"],
        "web_errors_logged": len(errors),
        "settings": {**vars(settings), "max_tokens": MAX_TOKENS},
        "seconds": round(time.perf_counter() - started, 1),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=lambda text: [int(n) for n in text.split(",")], default=[1, 16])
    parser.add_argument("--requests", type=int, default=96)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--recorder", choices=("process", "thread"), default="process")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--setup", nargs=2, metavar=("MODEL", "ENGINE_URL"), help=argparse.SUPPRESS)
    settings = parser.parse_args(argv)
    if settings.setup:
        print(json.dumps(setup_world(*settings.setup)))
        return 0
    del settings.setup
    report = run(settings)
    for clients, figures in report["by_clients"].items():
        for path in ("direct", *(f"gateway_{name}" for name in BACKENDS)):
            shown = figures[path]
            print(f"{clients} client(s), {path}: p50 {shown['latency_p50_ms']} ms, p99 {shown['latency_p99_ms']} ms, "
                  f"{shown['requests_per_s']} req/s, errors {shown['errors']}")  # fmt: skip
        for name in BACKENDS:
            print(f"  overhead {name}: p50 {figures[f'overhead_{name}_p50_ms']} ms, "
                  f"p99 {figures[f'overhead_{name}_p99_ms']} ms")  # fmt: skip
    if settings.json:
        print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
