"""`Client`: the Tuneloop REST API as methods over the loop, returning the dataclasses of models.py."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from tuneloop_client import hf
from tuneloop_client.errors import TuneloopError
from tuneloop_client.models import (
    ApiKey,
    Campaign,
    DatasetVersion,
    Deployment,
    Evaluation,
    GateVerdict,
    ImportBatch,
    MetricRow,
    Promotion,
    Run,
    RunEvent,
    RunStatus,
)
from tuneloop_client.transport import Transport
from tuneloop_client.uploads import ProgressFile, progress_bar

T = TypeVar("T")
TRAINING_SPLITS = ("train", "validation")


def _id(thing: Any) -> int:
    """Accept a dataclass with an `id` or the id itself."""
    return int(getattr(thing, "id", thing))


def poll(fetch: Callable[[], T], done: Callable[[T], bool], *, timeout: float | None, interval: float) -> T:
    """Call `fetch` until `done` says so; TuneloopError after `timeout` seconds (None: no limit)."""
    deadline = None if timeout is None else time.monotonic() + timeout
    while True:
        value = fetch()
        if done(value):
            return value
        if deadline is not None and time.monotonic() > deadline:
            raise TuneloopError(f"still not finished after {timeout}s: {value!r}")
        time.sleep(interval)


class Client:
    """One server, one account: Client(url, token=...) or Client(url, username=..., password=...)."""

    def __init__(
        self,
        base_url: str,
        token: str | None = None,
        *,
        username: str | None = None,
        password: str | None = None,
        poll_interval: float = 1.0,
        **transport: Any,
    ) -> None:
        self.transport = Transport(base_url, token=token, **transport)
        self.poll_interval = poll_interval
        if token is None and username is not None:
            self.login(username, password or "")

    @property
    def base_url(self) -> str:
        return self.transport.base_url

    @property
    def token(self) -> str | None:
        return self.transport.token

    def close(self) -> None:
        self.transport.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def request(self, method: str, path: str, **kwargs: Any) -> Any:
        """Any endpoint: the decoded JSON answer (None for an empty one)."""
        return self.transport.json(method, path, **kwargs)

    def iter_pages(
        self, path: str, params: dict[str, Any] | None = None, *, limit: int | None = None
    ) -> Iterator[list[dict[str, Any]]]:
        """The rows of a paged list (`GET /api/...` answering {next, previous, results}), a page at a time.

        Pages by cursor (`?cursor=`), so rows added while iterating are neither read twice nor make a row be
        skipped, as they would with offsets; `limit` rows a page (the server's default, 50, if None; at most
        200). A server without cursor pages answers offset pages, whose `next` is followed the same way."""
        query = {**(params or {}), "cursor": ""}
        if limit is not None:
            query["limit"] = limit
        page = self.request("GET", path, params=query)
        while True:
            yield page["results"]
            if not page.get("next"):
                return
            page = self.request("GET", page["next"])

    def _list(self, path: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """Every row of a paged list, following `next`."""
        return [row for page in self.iter_pages(path, params) for row in page]

    # --- Accounts
    def login(self, username: str, password: str) -> str:
        """Exchange a username and password for an API token, kept for the next calls."""
        answer = self.request("POST", "/api/auth/token/", json={"username": username, "password": password})
        self.transport.set_token(answer["token"])
        return str(answer["token"])

    # --- Campaigns
    def campaigns(self) -> list[Campaign]:
        return [Campaign.from_json(row) for row in self._list("/api/campaigns/")]

    def campaign(self, campaign: int | Campaign) -> Campaign:
        return Campaign.from_json(self.request("GET", f"/api/campaigns/{_id(campaign)}/"))

    def create_campaign(
        self,
        name: str,
        *,
        system_prompt: str = "",
        fields: list[str] | None = None,
        labels: list[str] | None = None,
        multi_label: bool = False,
        json_schema: dict[str, Any] | None = None,
        guideline: dict[str, Any] | None = None,
    ) -> Campaign:
        """A campaign in one call, with one output format: template `fields`, a label set or a JSON schema
        (docs/authoring.md); `guideline` is a whole task spec instead."""
        body: dict[str, Any] = {"name": name, "system_prompt": system_prompt}
        if fields is not None:
            body["output_format"] = {"kind": "template", "fields": fields}
        if labels is not None:
            body["output_format"] = {"kind": "labels", "labels": labels, "multi_label": multi_label}
        if json_schema is not None:
            body["output_format"] = {"kind": "json_schema", "schema": json_schema}
        if guideline is not None:
            body["guideline"] = guideline
        return Campaign.from_json(self.request("POST", "/api/campaigns/", json=body))

    def add_member(self, campaign: int | Campaign, username: str, role: str = "reviewer") -> dict[str, Any]:
        path = f"/api/campaigns/{_id(campaign)}/members/"
        return dict(self.request("POST", path, json={"username": username, "role": role}))

    # --- Imports and items
    def import_file(
        self,
        campaign: int | Campaign,
        path: str | Path,
        *,
        format: str | None = None,
        mapping: dict[str, str] | None = None,
        delimiter: str | None = None,
        progress: bool = True,
        wait: bool = True,
        timeout: float | None = 600,
    ) -> ImportBatch:
        """Stream a JSONL or CSV file (a progress bar while it uploads); with `wait`, the finished batch,
        whose `errors` name each refused line."""
        path = Path(path)
        data = {"format": format or ("csv" if path.suffix.lower() == ".csv" else "jsonl")}
        if mapping:
            data["mapping"] = json.dumps(mapping)
        if delimiter:
            data["delimiter"] = delimiter
        bar = progress_bar(path.stat().st_size, path.name, progress)
        try:
            with path.open("rb") as file:
                files = {"file": (path.name, ProgressFile(file, bar), "application/octet-stream")}
                answer = self.request("POST", f"/api/campaigns/{_id(campaign)}/imports/", data=data, files=files)
        finally:
            if bar is not None:
                bar.close()
        batch = ImportBatch.from_json(answer)
        return self.wait_import(batch, timeout=timeout) if wait else batch

    def import_batch(self, batch: int | ImportBatch) -> ImportBatch:
        return ImportBatch.from_json(self.request("GET", f"/api/imports/{_id(batch)}/"))

    def wait_import(self, batch: int | ImportBatch, *, timeout: float | None = 600) -> ImportBatch:
        fetch = lambda: self.import_batch(batch)  # noqa: E731
        return poll(fetch, lambda b: b.finished, timeout=timeout, interval=self.poll_interval)

    def items(self, campaign: int | Campaign, *, page_size: int = 500) -> Iterator[dict[str, Any]]:
        """Every item of the campaign in id order, fetched a page at a time."""
        params: dict[str, Any] = {"limit": page_size}
        while True:
            page = self.request("GET", f"/api/campaigns/{_id(campaign)}/items/", params=params)
            yield from page["results"]
            if page["next_after"] is None:
                return
            params["after"] = page["next_after"]

    # --- Answers and reviews
    def next_task(self, campaign: int | Campaign) -> dict[str, Any] | None:
        """The next item to answer ({item, assignment, prefill, ...}), or None when there is none."""
        task = self.request("GET", f"/api/campaigns/{_id(campaign)}/authoring/next/")
        return task if task.get("item") else None

    def submit_answer(self, item: int, response: str, **extra: Any) -> dict[str, Any]:
        return dict(self.request("POST", f"/api/items/{item}/examples/", json={"response": response, **extra}))

    def next_review(self, campaign: int | Campaign) -> dict[str, Any] | None:
        """The next answer to review ({example, item, ...}), or None when there is none."""
        task = self.request("GET", f"/api/campaigns/{_id(campaign)}/reviews/next/")
        return task if task.get("example") else None

    def review(self, example: int, decision: str = "approve", comment: str = "") -> dict[str, Any]:
        body = {"decision": decision, "comment": comment}
        return dict(self.request("POST", f"/api/examples/{example}/review/", json=body))

    def approve(self, example: int, comment: str = "") -> dict[str, Any]:
        return self.review(example, "approve", comment)

    # --- Dataset versions
    def freeze(self, campaign: int | Campaign) -> DatasetVersion:
        return DatasetVersion.from_json(self.request("POST", f"/api/campaigns/{_id(campaign)}/datasets/"))

    def datasets(self, campaign: int | Campaign) -> list[DatasetVersion]:
        return [DatasetVersion.from_json(row) for row in self._list(f"/api/campaigns/{_id(campaign)}/datasets/")]

    def download(
        self, dataset: int | DatasetVersion, kind: str, split: str, dest: str | Path, *, purpose: str | None = None
    ) -> Path:
        """Write the `kind` (sft, dpo, openai) export of a split to `dest`; the test split needs a `purpose`."""
        params = {"purpose": purpose} if purpose else None
        dest = Path(dest)
        path = f"/api/datasets/{_id(dataset)}/export/{kind}/{split}/"
        with self.transport.stream(path, params) as response, dest.open("wb") as out:
            for chunk in response.iter_bytes():
                out.write(chunk)
        return dest

    def export_rows(self, dataset: int | DatasetVersion, kind: str = "sft", split: str = "train") -> list[dict]:
        response = self.transport.send("GET", f"/api/datasets/{_id(dataset)}/export/{kind}/{split}/")
        return [json.loads(line) for line in response.text.splitlines() if line.strip()]

    def as_dataset_dict(self, dataset: int | DatasetVersion, kind: str = "sft") -> Any:
        """The training splits (train, validation) of an export as a `datasets.DatasetDict`."""
        return hf.dataset_dict({split: self.export_rows(dataset, kind, split) for split in TRAINING_SPLITS})

    # --- Training runs
    def start_run(
        self,
        campaign: int | Campaign,
        dataset: int | DatasetVersion,
        *,
        base_model: int | None = None,
        base_model_path: str | None = None,
        recipe: dict[str, Any] | None = None,
    ) -> Run:
        body: dict[str, Any] = {"dataset": _id(dataset)}
        for key, value in (("base_model", base_model), ("base_model_path", base_model_path), ("recipe", recipe)):
            if value is not None:
                body[key] = value
        return Run.from_json(self.request("POST", f"/api/campaigns/{_id(campaign)}/runs/", json=body))

    def run(self, run: int | Run) -> Run:
        return Run.from_json(self.request("GET", f"/api/runs/{_id(run)}/"))

    def run_status(self, run: int | Run) -> RunStatus:
        """The run's status, stage, latest metric step and last sign of life, without its metrics and events."""
        return RunStatus.from_json(self.request("GET", f"/api/runs/{_id(run)}/status/"))

    def base_models(self) -> list[dict[str, Any]]:
        return self._list("/api/base-models/")

    def register_base_model(
        self, name: str, path: str, *, description: str = "", default_recipe: dict[str, Any] | None = None
    ) -> dict[str, Any]:
        """Register a model folder on the server as a base model runs can name by id (staff only); `path` lies under
        the server's models directory, and `default_recipe` is checked like a run's."""
        body: dict[str, Any] = {"name": name, "path": path, "description": description}
        if default_recipe is not None:
            body["default_recipe"] = default_recipe
        return dict(self.request("POST", "/api/base-models/", json=body))

    def follow(self, run: int | Run, *, interval: float | None = None) -> Iterator[MetricRow | RunEvent]:
        """New metric rows and events as they come, until the run has finished (docs/training.md, `?after=`).
        A metric row whose values changed (a step's eval_loss arrives after its loss) comes again."""
        run_id, interval = _id(run), self.poll_interval if interval is None else interval
        follower, finished = _Follower(self, run_id), False
        while True:
            rows = follower.read()
            yield from rows
            if not rows:
                if finished:
                    return
                # The status alone (not the detail, with every metric and event) is read only when nothing new
                # came; once it says finished, one more read takes what was written before the status changed.
                finished = self.run_status(run_id).finished
                if finished:
                    continue
            time.sleep(interval)

    def metrics(self, run: int | Run) -> list[MetricRow]:
        """Every metric row of the run, oldest first."""
        rows: dict[int, MetricRow] = {}
        after: int | None = None
        while True:
            page = self.request("GET", f"/api/runs/{_id(run)}/metrics/", params=_after(after))
            rows.update((row["id"], MetricRow.from_json(row)) for row in page["results"])
            if page["next_after"] == after or not page["results"]:
                return list(rows.values())
            after = page["next_after"]

    def wait(self, run: int | Run, *, timeout: float | None = 3600) -> Run:
        """The run once it has succeeded, failed or been cancelled."""
        return poll(lambda: self.run(run), lambda r: r.finished, timeout=timeout, interval=self.poll_interval)

    def cancel(self, run: int | Run) -> Run:
        return Run.from_json(self.request("POST", f"/api/runs/{_id(run)}/cancel/"))

    # --- Evaluations and promotion
    def evaluate(self, campaign: int | Campaign, artifact: int) -> Evaluation:
        path = f"/api/campaigns/{_id(campaign)}/evaluations/"
        return Evaluation.from_json(self.request("POST", path, json={"artifact": artifact}))

    def evaluation(self, evaluation: int | Evaluation) -> Evaluation:
        return Evaluation.from_json(self.request("GET", f"/api/evaluations/{_id(evaluation)}/"))

    def wait_evaluation(self, evaluation: int | Evaluation, *, timeout: float | None = 3600) -> Evaluation:
        fetch = lambda: self.evaluation(evaluation)  # noqa: E731
        return poll(fetch, lambda e: e.finished, timeout=timeout, interval=self.poll_interval)

    def gate(self, evaluation: int | Evaluation) -> GateVerdict | None:
        """The promotion gate's recommendation for a finished evaluation."""
        return self.evaluation(evaluation).gate

    def promote(self, evaluation: int | Evaluation, note: str, *, override_reason: str | None = None) -> Promotion:
        body = {"note": note, **({"override_reason": override_reason} if override_reason else {})}
        return Promotion.from_json(self.request("POST", f"/api/evaluations/{_id(evaluation)}/promote/", json=body))

    def promotions(self, campaign: int | Campaign) -> list[Promotion]:
        return [Promotion.from_json(row) for row in self._list(f"/api/campaigns/{_id(campaign)}/promotions/")]

    # --- Deployments
    def deployments(self, campaign: int | Campaign) -> list[Deployment]:
        return [Deployment.from_json(row) for row in self._list(f"/api/campaigns/{_id(campaign)}/deployments/")]

    def create_deployment(self, campaign: int | Campaign, name: str, *, incumbent: int | None = None) -> Deployment:
        body: dict[str, Any] = {"name": name, **({"incumbent": incumbent} if incumbent is not None else {})}
        return Deployment.from_json(self.request("POST", f"/api/campaigns/{_id(campaign)}/deployments/", json=body))

    def keys(self, deployment: int | Deployment) -> list[ApiKey]:
        return [ApiKey.from_json(row) for row in self._list(f"/api/deployments/{_id(deployment)}/keys/")]

    def create_key(self, deployment: int | Deployment, name: str, *, internal: bool = False) -> ApiKey:
        body = {"name": name, "internal": internal}
        return ApiKey.from_json(self.request("POST", f"/api/deployments/{_id(deployment)}/keys/", json=body))


class _Follower:
    """What is new in a run since the last read: metric rows (again when their values changed) and events."""

    def __init__(self, client: Client, run_id: int) -> None:
        self.client, self.run_id = client, run_id
        self.metrics_after: int | None = None
        self.events_after: int | None = None
        self.seen: dict[int, dict[str, float]] = {}

    def read(self) -> list[MetricRow | RunEvent]:
        metrics = self.client.request("GET", f"/api/runs/{self.run_id}/metrics/", params=_after(self.metrics_after))
        events = self.client.request("GET", f"/api/runs/{self.run_id}/events/", params=_after(self.events_after))
        self.metrics_after, self.events_after = metrics["next_after"], events["next_after"]
        rows: list[MetricRow | RunEvent] = []
        for row in metrics["results"]:
            if self.seen.get(row["id"]) != row["values"]:
                self.seen[row["id"]] = row["values"]
                rows.append(MetricRow.from_json(row))
        return rows + [RunEvent.from_json(event) for event in events["results"]]


def _after(after: int | None) -> dict[str, int]:
    return {} if after is None else {"after": after}
