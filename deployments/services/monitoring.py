"""Monitoring: a deployment's figures per model over a window and over time, thresholds, alerts, auto-fallback.

Figures come from the stored requests (ServedRequest) and the feedback on them: requests, latency p50 / p99,
tokens, error rate, format failures, must-never violations, declines and escalations, unsupported details,
the human correction rate (from feedback on served answers, and from reviewers' edits of the deployed models'
drafts in the campaign: `draft_correction_rate`, `draft_edit_share`), agreement with the human decision in
shadow, and time saved (the minutes a task takes a person, `monitoring.minutes_per_task`, for every answer
accepted unchanged). A threshold breached
over the window (with at least `min_requests` requests) raises an Alert, pushed live to the campaign's
admins; with `auto_fallback` the deployment switches to its fallback at once, audited as automatic.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any

from django.db import transaction
from django.utils import timezone

from deployments.events import DeploymentAlert, notify_deployment_alert
from deployments.models import Alert, Deployment, Feedback, ServedRequest
from deployments.services.lifecycle import deployment_fall_back
from deployments.stats import draft_corrections, percentile, rate
from labeling.selectors import drafted_answers

Status = ServedRequest.Status
DEFAULTS: dict[str, Any] = {"window_minutes": 60, "min_requests": 20}
CHECK_SECONDS = 5.0  # a busy deployment checks its thresholds at most this often per process
THRESHOLDS = {  # threshold -> the figure it bounds from above
    "max_error_rate": "error_rate",
    "max_format_failure_rate": "format_failure_rate",
    "max_violation_rate": "violation_rate",
    "max_correction_rate": "correction_rate",
    "max_p99_ms": "latency_p99_ms",
}
_last_check: dict[int, float] = {}


def figures(
    rows: Iterable[ServedRequest], feedback: dict[int, Feedback], minutes_per_task: float = 0
) -> dict[str, Any]:
    """The monitoring figures of `rows` (served requests) and the feedback on them, by request id."""
    rows = list(rows)
    n = len(rows)
    answered = [row for row in rows if row.status not in (Status.PENDING, Status.RUNNING)]
    latencies = [row.latency_ms for row in answered if row.latency_ms is not None]
    judged = [feedback[row.id] for row in rows if row.id in feedback]
    accepted = sum(not item.corrected for item in judged)
    agreement = [item.scores["shadow"]["agreement"] for item in judged if "shadow" in item.scores]
    return {
        "requests": n,
        "latency_p50_ms": _round(percentile(latencies, 50)),
        "latency_p99_ms": _round(percentile(latencies, 99)),
        "prompt_tokens": sum(row.prompt_tokens for row in rows),
        "completion_tokens": sum(row.completion_tokens for row in rows),
        "error_rate": _share(rows, lambda row: row.status == Status.ERROR),
        "format_failure_rate": _share(rows, lambda row: row.status == Status.FORMAT_FAILURE),
        "violation_rate": _share(rows, lambda row: row.status == Status.VIOLATION or bool(row.violations)),
        "routed_to_people_rate": _share(rows, lambda row: row.role == ServedRequest.Role.PEOPLE),
        "decline_rate": _share(rows, lambda row: row.behaviour == "decline"),
        "escalation_rate": _share(rows, lambda row: row.behaviour == "escalate"),
        "unsupported_rate": _share(rows, lambda row: row.unsupported > 0),
        "feedback": len(judged),
        "correction_rate": _round(rate(len(judged) - accepted, len(judged))),
        "shadow_agreement": _round(sum(agreement) / len(agreement)) if agreement else None,
        "minutes_saved": round(accepted * minutes_per_task, 1) if minutes_per_task else None,
    }


def deployment_figures(
    deployment: Deployment, *, since: datetime, until: datetime | None = None, buckets: int = 0, drafts: bool = True
) -> dict[str, Any]:
    """{"all": figures, "by_model": {"serve:incumbent:12": figures, ...}, "drafts": {...}} of the requests in
    [since, until), and with `buckets`, "series": the served requests' figures in that many equal spans up to now
    (the live charts' points). The rows and their feedback are read once for all. With `drafts=False` the
    reviewers' drafted answers are not read at all (no draft figures, no "drafts", no "series"): the thresholds
    bound served figures only, and the check runs after every stored request."""
    rows = _rows(deployment, since, until)
    feedback = _feedback_of(rows)
    minutes = float(deployment.monitoring.get("minutes_per_task") or 0)
    served = [row for row in rows if row.kind == ServedRequest.Kind.SERVE]
    groups: dict[str, list[ServedRequest]] = defaultdict(list)
    for row in rows:
        groups[f"{row.kind}:{row.role}:{row.artifact_id or 'people'}"].append(row)
    report: dict[str, Any] = {
        "all": figures(served, feedback, minutes),
        "by_model": {name: figures(group, feedback, minutes) for name, group in sorted(groups.items())},
    }
    if not drafts:
        return report
    drafted = _drafted(deployment, rows, since, until)
    report["all"] |= draft_corrections([pair[2:] for pair in drafted])
    report["drafts"] = {
        str(artifact): draft_corrections([pair[2:] for pair in drafted if pair[0] == artifact])
        for artifact in sorted({pair[0] for pair in drafted})
    }
    if buckets:
        report["series"] = _series(served, feedback, drafted, since, buckets)
    return report


def _drafted(
    deployment: Deployment, rows: list[ServedRequest], since: datetime, until: datetime | None
) -> list[tuple[int, datetime, str, str]]:
    """The answers reviewers handed in over the window from drafts of the models this deployment served or
    serves: (model id, when, draft, answer)."""
    models = {row.artifact_id for row in rows} | {deployment.incumbent_id, deployment.challenger_id}
    ids = sorted(model for model in models if model is not None)
    return drafted_answers(deployment.campaign_id, ids, since=since, until=until)


def _series(
    rows: list[ServedRequest],
    feedback: dict[int, Feedback],
    drafted: list[tuple[int, datetime, str, str]],
    since: datetime,
    buckets: int,
) -> list[dict]:
    step = (timezone.now() - since) / buckets
    spans: list[list[ServedRequest]] = [[] for _ in range(buckets)]
    drafts: list[list[tuple[str, str]]] = [[] for _ in range(buckets)]
    for row in rows:
        spans[_bucket(row.created_at, since, step, buckets)].append(row)
    for _, created_at, draft, answer in drafted:
        drafts[_bucket(created_at, since, step, buckets)].append((draft, answer))
    return [
        {"start": (since + step * index).isoformat(), **figures(span, feedback), **draft_corrections(drafts[index])}
        for index, span in enumerate(spans)
    ]


def _bucket(when: datetime, since: datetime, step: timedelta, buckets: int) -> int:
    return max(0, min(buckets - 1, int((when - since) / step)))


def monitoring_check(deployment_id: int, *, force: bool = False) -> list[Alert]:
    """Compare the window's figures with the thresholds; raise an Alert for each breach (and fall back when
    set). Throttled per process unless `force`."""
    now = time.monotonic()
    if not force and now - _last_check.get(deployment_id, 0.0) < CHECK_SECONDS:
        return []
    _last_check[deployment_id] = now
    deployment = Deployment.objects.select_related("campaign").get(id=deployment_id)
    settings = DEFAULTS | deployment.monitoring
    since = timezone.now() - timedelta(minutes=settings["window_minutes"])
    window = deployment_figures(deployment, since=since, drafts=False)["all"]
    if window["requests"] < settings["min_requests"]:
        return []
    breaches = [
        (figure, window[figure], settings[threshold])
        for threshold, figure in THRESHOLDS.items()
        if settings.get(threshold) is not None and window[figure] is not None and window[figure] > settings[threshold]
    ]
    return [_alert(deployment, settings, *breach) for breach in breaches if not _alerted(deployment, breach[0], since)]


def checks_forget() -> None:
    _last_check.clear()


def _alert(deployment: Deployment, settings: dict[str, Any], metric: str, value: float, threshold: float) -> Alert:
    fall_back = bool(settings.get("auto_fallback")) and not deployment.falling_back
    with transaction.atomic():
        alert = Alert.objects.create(
            deployment=deployment, metric=metric, value=value, threshold=threshold, fell_back=fall_back
        )
        if fall_back:
            note = f"automatic: {metric} {value:.4g} above {threshold:.4g}"
            deployment_fall_back(deployment=deployment, user=None, on=True, note=note)
        notify_deployment_alert(
            deployment.campaign_id, DeploymentAlert(deployment.id, metric, value, threshold, fall_back)
        )
    return alert


def _alerted(deployment: Deployment, metric: str, since: datetime) -> bool:
    """One alert per figure and window: a breach that lasts does not raise one per request."""
    return Alert.objects.filter(deployment=deployment, metric=metric, created_at__gte=since).exists()


def _rows(
    deployment: Deployment, since: datetime, until: datetime | None, kind: str | None = None
) -> list[ServedRequest]:
    rows = ServedRequest.objects.filter(deployment=deployment, created_at__gte=since)
    if until is not None:
        rows = rows.filter(created_at__lt=until)
    fields = (
        "id",
        "kind",
        "role",
        "artifact_id",
        "status",
        "behaviour",
        "violations",
        "unsupported",
        "latency_ms",
        "prompt_tokens",
        "completion_tokens",
        "created_at",
        "shadow_of_id",
    )
    return list(rows.only(*fields))


def _feedback_of(rows: list[ServedRequest]) -> dict[int, Feedback]:
    ids = [row.id for row in rows]
    return {item.request_id: item for item in Feedback.objects.filter(request_id__in=ids)}


def _share(rows: list[ServedRequest], test: Any) -> float | None:
    return _round(rate(sum(1 for row in rows if test(row)), len(rows)))


def _round(value: float | None) -> float | None:
    return round(value, 4) if value is not None else None
