"""The `tuneloop` command line's commands: each takes the parsed arguments and an Output, returns an exit code."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tuneloop_client import config
from tuneloop_client.client import Client
from tuneloop_client.errors import TuneloopError
from tuneloop_client.models import MetricRow, Record, RunEvent

OK, ERROR, USAGE, REFUSED = 0, 1, 2, 3


class Output:
    """Writes text for people, or one JSON document for scripts."""

    def __init__(self, as_json: bool) -> None:
        self.as_json = as_json

    def data(self, value: Any, text: Callable[[], str]) -> None:
        print(json.dumps(_plain(value), indent=2) if self.as_json else text())

    def line(self, text: str) -> None:
        """Progress for people (on stderr with --json, so stdout stays one document)."""
        print(text, file=sys.stderr if self.as_json else sys.stdout, flush=True)


def _plain(value: Any) -> Any:
    if isinstance(value, Record):
        return value.raw
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def connect(args: argparse.Namespace) -> Client:
    settings = config.load()
    url = args.url or settings.get("url")
    if not url:
        raise TuneloopError("no server: run `tuneloop login --url URL` or set TUNELOOP_URL")
    return Client(url, token=settings.get("token"))


def cmd_login(args: argparse.Namespace, out: Output) -> int:
    url = args.url or config.load().get("url")
    if not url:
        raise TuneloopError("give the server with --url (or TUNELOOP_URL)")
    username = args.username or input("Username: ")
    password = os.environ.get("TUNELOOP_PASSWORD") or getpass.getpass("Password: ")
    with Client(url) as client:
        token = client.login(username, password)
    path = config.save(url, token)
    out.data({"url": url, "config": str(path)}, lambda: f"Logged in to {url}; token stored in {path}")
    return OK


def cmd_campaigns(args: argparse.Namespace, out: Output) -> int:
    with connect(args) as client:
        if args.create:
            labels = args.labels.split(",") if args.labels else None
            fields = args.fields.split(",") if args.fields else None
            prompt = args.system_prompt
            created = client.create_campaign(args.create, system_prompt=prompt, labels=labels, fields=fields)
            out.data(created, lambda: f"created campaign {created.id}: {created.name}")
            return OK
        campaigns = client.campaigns()
    out.data(campaigns, lambda: "\n".join(f"{c.id:>5}  {c.name}" for c in campaigns) or "no campaigns")
    return OK


def cmd_import(args: argparse.Namespace, out: Output) -> int:
    mapping = json.loads(args.mapping) if args.mapping else None
    with connect(args) as client:
        batch = client.import_file(
            args.campaign, args.file, format=args.format, mapping=mapping, progress=not args.no_progress
        )
    for error in batch.errors:
        out.line(f"line {error['line']}: {error['message']}")
    summary = f"import {batch.id} {batch.status}: {batch.accepted} accepted, {batch.duplicates} duplicates, "
    out.data(batch, lambda: summary + f"{batch.rejected} refused" + (f" ({batch.failure})" if batch.failure else ""))
    if batch.status == "failed":
        return ERROR
    return REFUSED if batch.errors or batch.rejected else OK


def cmd_freeze(args: argparse.Namespace, out: Output) -> int:
    with connect(args) as client:
        dataset = client.freeze(args.campaign)
    counts = "; ".join(
        f"{split}: " + ", ".join(f"{n} {kind}" for kind, n in kinds.items()) for split, kinds in dataset.counts.items()
    )
    out.data(dataset, lambda: f"dataset {dataset.id} (version {dataset.version}, {dataset.content_hash[:12]}) {counts}")
    return OK


def cmd_export(args: argparse.Namespace, out: Output) -> int:
    dest = Path(args.output or f"{args.kind}-{args.split}.jsonl")
    with connect(args) as client:
        client.download(args.dataset, args.kind, args.split, dest, purpose=args.purpose)
    out.data({"path": str(dest), "bytes": dest.stat().st_size}, lambda: f"wrote {dest} ({dest.stat().st_size} bytes)")
    return OK


def cmd_base_models(args: argparse.Namespace, out: Output) -> int:
    with connect(args) as client:
        if args.register:
            if not args.path:
                raise TuneloopError("--register needs --path, the model folder on the server")
            recipe = _json_arg(args.recipe)
            base = client.register_base_model(
                args.register, args.path, description=args.description, default_recipe=recipe
            )
            out.data(base, lambda: f"registered base model {base['id']}: {base['name']}")
            return OK
        found = client.base_models()
    text = "\n".join(f"{b['id']:>5}  {b['name']}" + (f"  {b['path']}" if b.get("path") else "") for b in found)
    out.data(found, lambda: text or "no base models")
    return OK


def cmd_train(args: argparse.Namespace, out: Output) -> int:
    recipe = _json_arg(args.recipe)
    with connect(args) as client:
        run = client.start_run(
            args.campaign, args.dataset, base_model=args.base_model, base_model_path=args.base_model_path, recipe=recipe
        )
        out.line(f"run {run.id} {run.status}")
        if args.no_follow:
            out.data(run, lambda: f"run {run.id} started")
            return OK
        for row in client.follow(run):
            out.line(_describe(row))
        run = client.run(run)
    outcome = f": {run.error}" if run.error else f", artifact {run.artifact_id}"
    out.data(run, lambda: f"run {run.id} {run.status}{outcome}")
    return OK if run.status == "succeeded" else ERROR


def _describe(row: MetricRow | RunEvent) -> str:
    if isinstance(row, RunEvent):
        return f"[{row.kind}] {row.message}"
    extra = "".join(f" {k}={v:.4g}" for k, v in row.values.items() if k != "loss" and isinstance(v, int | float))
    loss = "-" if row.loss is None else f"{row.loss:.4f}"
    return f"{row.stage} step {row.step}: loss {loss}{extra}"


def cmd_evaluate(args: argparse.Namespace, out: Output) -> int:
    with connect(args) as client:
        evaluation = client.evaluate(args.campaign, args.artifact)
        if args.wait or args.fail_on_gate:
            out.line(f"evaluation {evaluation.id} {evaluation.status}, waiting")
            evaluation = client.wait_evaluation(evaluation, timeout=args.timeout)
    gate = evaluation.gate
    out.data(evaluation, lambda: _evaluation_text(evaluation))
    if evaluation.status in ("failed", "cancelled"):
        return ERROR
    return REFUSED if args.fail_on_gate and gate is not None and gate.rejected else OK


def _evaluation_text(evaluation: Any) -> str:
    lines = [f"evaluation {evaluation.id} {evaluation.status}" + (f": {evaluation.error}" if evaluation.error else "")]
    report = evaluation.report
    for name, metrics in report.contenders.items() if report else []:
        figures = " ".join(f"{k}={v:.3f}" for k, v in metrics.items() if isinstance(v, int | float))
        lines.append(f"  {name}: {figures}")
    if evaluation.gate:
        failed = ", ".join(evaluation.gate.failed_checks) or "none"
        lines.append(f"gate: {evaluation.gate.recommendation} (against {evaluation.gate.against}; failed: {failed})")
    return "\n".join(lines)


def cmd_promote(args: argparse.Namespace, out: Output) -> int:
    with connect(args) as client:
        promotion = client.promote(args.evaluation, args.note, override_reason=args.override_reason)
    out.data(promotion, lambda: f"{promotion.action}: artifact {promotion.artifact} (promotion {promotion.id})")
    return OK


def cmd_deployments(args: argparse.Namespace, out: Output) -> int:
    with connect(args) as client:
        if args.create:
            created = client.create_deployment(args.campaign, args.create, incumbent=args.incumbent)
            out.data(created, lambda: f"created deployment {created.id}: {created.name}")
            return OK
        found = client.deployments(args.campaign)
    text = "\n".join(f"{d.id:>5}  {d.name}  {d.stage or ''}  incumbent {d.incumbent}" for d in found)
    out.data(found, lambda: text or "no deployments")
    return OK


def cmd_key(args: argparse.Namespace, out: Output) -> int:
    with connect(args) as client:
        key = client.create_key(args.deployment, args.name)
    out.data(key, lambda: f"key {key.id} ({key.prefix}…): {key.key}\nkeep it now: it is not shown again")
    return OK


def _json_arg(value: str | None) -> Any:
    """A JSON value given inline, or @path to a file holding it."""
    if not value:
        return None
    return json.loads(Path(value[1:]).read_text() if value.startswith("@") else value)
