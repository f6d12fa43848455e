"""Evaluation rounds: the contenders answer the sealed test split; outputs are scored against the references."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone

from evaluation.events import EvaluationStatus, notify_evaluation_status
from evaluation.metrics.failures import item_failures, sample_valid
from evaluation.metrics.gate import gate
from evaluation.metrics.report import score_contenders
from evaluation.metrics.safety import Finding
from evaluation.models import EvaluationRound, EvaluationSample
from evaluation.selectors import TestItem
from evaluation.services.promotions import gate_settings
from labeling.models import Campaign
from privacy.selectors import policy_get
from privacy.services.anonymize import anonymizer_for
from training.models import ModelArtifact
from tuneloop.exceptions import ApplicationError
from tuneloop.jobs import job_enqueue


def round_create(*, campaign: Campaign, artifact: ModelArtifact, user: User) -> EvaluationRound:
    """Queue an evaluation of `artifact` on the test split of the dataset version it was trained on."""
    if artifact.run.campaign_id != campaign.id:
        raise ApplicationError("The model artifact belongs to another campaign.", field="artifact")
    dataset = artifact.run.dataset
    if not dataset.rows.filter(split="test", kind="sft").exists():
        raise ApplicationError(f"Dataset version {dataset.version} has no test rows to evaluate on.")
    with transaction.atomic():
        evaluation = EvaluationRound.objects.create(
            campaign=campaign, dataset=dataset, artifact=artifact, created_by=user
        )
        job_enqueue(EvaluationRound, evaluation.id)
    return evaluation


def round_start(*, evaluation: EvaluationRound) -> None:
    evaluation.status = EvaluationRound.Status.RUNNING
    evaluation.save(update_fields=["status"])
    _notify(evaluation)


def round_record(
    *,
    evaluation: EvaluationRound,
    items: Sequence[TestItem],
    outputs: Mapping[str, Sequence[str]],
    guideline: tuple[int | None, Mapping[str, Any]],
    validation: tuple[Sequence[TestItem], Sequence[str]] | None = None,
) -> EvaluationRound:
    """Score every contender's outputs against the references (as generated), store them anonymized, and
    write the report: each contender's task metrics and the candidate's differences with intervals."""
    version, spec = guideline
    output_format, rules = dict(spec["output_format"]), list(spec.get("must_never_rules") or [])
    sources, references = [item.source for item in items], [item.reference for item in items]
    scored, findings = score_contenders(
        outputs, references, output_format, sources=sources, rules=rules, kinds=[item.kind for item in items]
    )
    report: dict[str, Any] = {"n": len(items), "output_format": output_format, "guideline_version": version, **scored}
    report["gate"] = gate(report, gate_settings(evaluation.campaign))  # the verdict under the bar of the day
    samples = _samples(evaluation, items, outputs, (output_format, findings))
    if validation is not None:  # the candidate's answers to the validation split: failures to send back
        checked = score_contenders(
            {"candidate": validation[1]},
            [item.reference for item in validation[0]],
            output_format,
            sources=[item.source for item in validation[0]],
            rules=rules,
        )[1]
        samples += _samples(
            evaluation, validation[0], {"candidate": validation[1]}, (output_format, checked), "validation"
        )
    with transaction.atomic():
        EvaluationSample.objects.bulk_create(samples)
        evaluation.report = report
        evaluation.status, evaluation.finished_at = EvaluationRound.Status.SUCCEEDED, timezone.now()
        evaluation.save(update_fields=["report", "status", "finished_at"])
        _notify(evaluation)
    return evaluation


def _samples(
    evaluation: EvaluationRound,
    items: Sequence[TestItem],
    outputs: Mapping[str, Sequence[str]],
    checked: tuple[Mapping[str, Any], Mapping[str, list[list[Finding]]]],
    split: str = "test",
) -> list[EvaluationSample]:
    output_format, findings = checked
    labels = list(output_format.get("fields") or output_format.get("labels") or [])
    anonymizer = anonymizer_for(policy_get(evaluation.campaign))  # one policy read for every output
    samples = []
    for contender, texts in outputs.items():
        for item, text, found in zip(items, texts, findings[contender], strict=True):
            clean = anonymizer.anonymize(text, labels=labels)  # scored as generated, stored anonymized
            samples.append(
                EvaluationSample(
                    round=evaluation,
                    item_id=item.item_id,
                    model=contender,
                    output=clean.text,
                    entity_counts=clean.entities,
                    format_valid=sample_valid(text, output_format, item.kind),
                    # Kinds only: a matched span could be a name or a number the anonymizer would replace.
                    checks=[{"check": finding.check, "kind": finding.kind} for finding in found],
                    split=split,
                    failures=item_failures(text, item.reference, output_format, found, item.kind),
                )
            )
    return samples


def round_fail(*, evaluation: EvaluationRound, reason: str) -> EvaluationRound:
    evaluation.status, evaluation.error, evaluation.finished_at = EvaluationRound.Status.FAILED, reason, timezone.now()
    evaluation.save(update_fields=["status", "error", "finished_at"])
    _notify(evaluation)
    return evaluation


def _notify(evaluation: EvaluationRound) -> None:
    update = EvaluationStatus(evaluation=evaluation.id, status=evaluation.status, report=evaluation.report)
    notify_evaluation_status(evaluation.campaign_id, update)
