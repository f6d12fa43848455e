"""Evaluation rounds: generate with the base and the tuned model on the sealed test split, and score."""

from __future__ import annotations

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone

from dataset_versions.services.exports import dataset_sealed_read
from evaluation.events import EvaluationStatus, notify_evaluation_status
from evaluation.models import EvaluationRound, EvaluationSample
from labeling.models import Campaign
from labeling.output_format import is_output_valid
from labeling.selectors import output_format_current
from privacy.selectors import policy_get
from privacy.services.anonymize import anonymizer_for
from training.models import ModelArtifact
from tuneloop.exceptions import ApplicationError


def round_create(*, campaign: Campaign, artifact: ModelArtifact, user: User) -> EvaluationRound:
    """Queue an evaluation of `artifact` on the test split of the dataset version it was trained on."""
    from evaluation.tasks import evaluation_round_execute

    if artifact.run.campaign_id != campaign.id:
        raise ApplicationError("The model artifact belongs to another campaign.", field="artifact")
    dataset = artifact.run.dataset
    if not dataset.rows.filter(split="test", kind="sft").exists():
        raise ApplicationError(f"Dataset version {dataset.version} has no test rows to evaluate on.")
    with transaction.atomic():
        evaluation = EvaluationRound.objects.create(
            campaign=campaign, dataset=dataset, artifact=artifact, created_by=user
        )
        transaction.on_commit(lambda: evaluation_round_execute.send(evaluation.id))
    return evaluation


def round_prompts(evaluation: EvaluationRound) -> list[tuple[int, list[dict]]]:
    """(item id, prompt messages) for each test item; reading the sealed split is for evaluation only,
    after checking the version's hash, and is logged as a SealedRead."""
    purpose = f"evaluation round {evaluation.id}"
    sealed = dataset_sealed_read(dataset=evaluation.dataset, kind="sft", user=evaluation.created_by, purpose=purpose)
    rows = sealed.order_by("position")
    seen, prompts = set(), []
    for row in rows:
        if row.item_id not in seen:
            seen.add(row.item_id)
            prompts.append((row.item_id, [m for m in row.data["messages"] if m["role"] != "assistant"]))
    return prompts


def round_start(*, evaluation: EvaluationRound) -> None:
    evaluation.status = EvaluationRound.Status.RUNNING
    evaluation.save(update_fields=["status"])
    _notify(evaluation)


def round_record(*, evaluation: EvaluationRound, item_ids: list[int], outputs: dict[str, list[str]]) -> EvaluationRound:
    """Store every generation with its validity and the report comparing the models."""
    campaign = evaluation.campaign
    output_format = output_format_current(campaign)  # a template, a JSON schema or a label set
    fields = list(output_format.get("fields") or output_format.get("labels") or [])
    samples: list[EvaluationSample] = []
    models: dict[str, dict[str, float]] = {}
    report = {"n": len(item_ids), "output_format": output_format, "fields": fields, "models": models}
    anonymizer = anonymizer_for(policy_get(campaign))  # one policy read for every output
    for model, texts in outputs.items():
        valid = [is_output_valid(text, output_format) for text in texts]  # scored as generated, stored anonymized
        clean = [anonymizer.anonymize(text, labels=fields) for text in texts]
        samples += [
            EvaluationSample(
                round=evaluation, item_id=item_id, model=model, output=c.text, entity_counts=c.entities, format_valid=ok
            )
            for item_id, c, ok in zip(item_ids, clean, valid, strict=True)
        ]
        models[model] = {"format_validity": sum(valid) / len(valid) if valid else 0.0}
    with transaction.atomic():
        EvaluationSample.objects.bulk_create(samples)
        evaluation.report = report
        evaluation.status, evaluation.finished_at = EvaluationRound.Status.SUCCEEDED, timezone.now()
        evaluation.save(update_fields=["report", "status", "finished_at"])
        _notify(evaluation)
    return evaluation


def round_fail(*, evaluation: EvaluationRound, reason: str) -> EvaluationRound:
    evaluation.status, evaluation.error, evaluation.finished_at = EvaluationRound.Status.FAILED, reason, timezone.now()
    evaluation.save(update_fields=["status", "error", "finished_at"])
    _notify(evaluation)
    return evaluation


def _notify(evaluation: EvaluationRound) -> None:
    update = EvaluationStatus(evaluation=evaluation.id, status=evaluation.status, report=evaluation.report)
    notify_evaluation_status(evaluation.campaign_id, update)
