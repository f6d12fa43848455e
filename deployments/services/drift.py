"""Drift: recent inputs against the deployed model's training inputs, recent outputs against its evaluation
baseline; when the work has drifted (or on a schedule), recent requests go back to reviewers as new items.

Inputs: `deployments.stats.input_drift` (novelty of words, Kolmogorov-Smirnov) between the user messages of
the dataset version the incumbent was trained on and those of the latest requests. Outputs: the label
distribution (chi-square, label campaigns) and the format-failure rate (Fisher) against the candidate's
answers in the evaluation round that promoted it. Sampled requests become items of the campaign, their text
already anonymized, tagged with their origin (`source.origin == "deployment"`), so the next dataset version
and evaluation set follow the work as it changes.
"""

from __future__ import annotations

import hashlib
import random
from datetime import timedelta
from typing import Any

from django.db import transaction
from django.utils import timezone

from dataset_versions.models import DatasetRow
from deployments.events import DeploymentDrift, notify_deployment_drift
from deployments.models import Deployment, DriftCheck, ServedRequest
from deployments.services.serving import campaign_spec
from deployments.stats import DriftSettings, input_drift, label_drift, rate_drift
from evaluation.models import EvaluationSample, Promotion
from labeling.models import Item
from tuneloop.output_format import is_output_valid

RECENT = 500  # requests compared, the newest
DEFAULT_SAMPLE = 20


def drift_check(*, deployment: Deployment, reason: str = "manual", settings: DriftSettings | None = None) -> DriftCheck:
    """Run the tests, store the report, and sample recent requests into the campaign when drifted (or when
    the check is the scheduled one)."""
    settings = settings or DriftSettings()
    recent = list(
        ServedRequest.objects.filter(deployment=deployment, kind=ServedRequest.Kind.SERVE).order_by("-id")[:RECENT]
    )
    report = {
        "inputs": input_drift(_training_inputs(deployment), [_user_text(row) for row in recent], settings),
        **_output_tests(deployment, recent, settings.alpha),
    }
    drifted = any(test.get("verdict") for test in report.values())
    with transaction.atomic():
        check = DriftCheck.objects.create(deployment=deployment, report=report, drifted=drifted, reason=reason)
        if drifted or reason == "schedule":
            size = deployment.monitoring.get("drift_sample")
            check.sampled = requests_sample(
                deployment=deployment, rows=recent, size=DEFAULT_SAMPLE if size is None else size, check=check
            )
            check.save(update_fields=["sampled"])
        drift = DeploymentDrift(deployment.id, check.id, drifted, reason, check.sampled)
        notify_deployment_drift(deployment.campaign_id, drift)  # after commit; webhooks: deployment.drift
    return check


def requests_sample(*, deployment: Deployment, rows: list[ServedRequest], size: int, check: DriftCheck) -> int:
    """Up to `size` of `rows` (not sampled before) as new items of the campaign; how many were added."""
    taken = set(
        Item.objects.filter(campaign=deployment.campaign, external_id__startswith=f"{deployment.name}/").values_list(
            "external_id", flat=True
        )
    )
    fresh = [row for row in rows if _external_id(deployment, row) not in taken and _user_text(row)]
    chosen = random.Random(check.id).sample(fresh, min(size, len(fresh)))
    for row in chosen:
        text = _user_text(row)
        Item.objects.create(
            campaign=deployment.campaign,
            external_id=_external_id(deployment, row),
            text=text,
            content_hash=hashlib.sha256(text.encode()).hexdigest(),
            source={
                "origin": "deployment",
                "deployment": deployment.name,
                "request": row.request_id,
                "drift_check": check.id,
                "reason": check.reason,
            },
        )
    return len(chosen)


def drift_due() -> list[DriftCheck]:
    """The scheduled checks: each deployment with `drift_every_hours` whose last check is that old."""
    done = []
    for deployment in Deployment.objects.select_related("campaign"):
        hours = deployment.monitoring.get("drift_every_hours")
        if not hours:
            continue
        last = deployment.drift_checks.order_by("-id").first()
        if last is None or last.created_at < timezone.now() - timedelta(hours=hours):
            done.append(drift_check(deployment=deployment, reason="schedule"))
    return done


def _training_inputs(deployment: Deployment) -> list[str]:
    """The user messages of the training split the incumbent learnt from."""
    artifact = deployment.incumbent
    if artifact is None:
        return []
    rows = DatasetRow.objects.filter(dataset_id=artifact.run.dataset_id, split=DatasetRow.Split.TRAIN)
    texts = []
    for data in rows.values_list("data", flat=True).iterator(2000):
        messages = data.get("messages") or data.get("prompt") or []
        texts += [m["content"] for m in messages if isinstance(m, dict) and m.get("role") == "user"]
    return texts


def _output_tests(deployment: Deployment, recent: list[ServedRequest], alpha: float) -> dict[str, Any]:
    """Label distribution and format failures against the evaluation that promoted the incumbent."""
    promoted = (
        Promotion.objects.filter(
            campaign=deployment.campaign, action=Promotion.Action.PROMOTE, artifact=deployment.incumbent
        )
        .order_by("-id")
        .first()
    )
    if promoted is None or promoted.evaluation_id is None:
        return {}
    output_format, _ = campaign_spec(deployment.campaign)
    samples = EvaluationSample.objects.filter(round_id=promoted.evaluation_id, model__in=["candidate", "tuned"])
    baseline = list(samples.values_list("output", flat=True))
    answered = [row.output for row in recent if row.role != ServedRequest.Role.PEOPLE and row.status != "error"]
    tests = {
        "format_failures": rate_drift(
            "format_failures",
            (sum(not is_output_valid(text, output_format) for text in baseline), len(baseline)),
            (sum(not is_output_valid(text, output_format) for text in answered), len(answered)),
            alpha,
        )
    }
    if output_format["kind"] == "labels" and not output_format.get("multi_label"):
        tests["labels"] = label_drift([text.strip() for text in baseline], [text.strip() for text in answered], alpha)
    return tests


def _user_text(row: ServedRequest) -> str:
    return "\n".join(m["content"] for m in row.messages if m.get("role") == "user")


def _external_id(deployment: Deployment, row: ServedRequest) -> str:
    return f"{deployment.name}/{row.request_id}"
