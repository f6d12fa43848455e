"""Queue training runs, record their progress and metrics, and register the artifacts they produce."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from django.conf import settings
from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone

from labeling.models import Campaign, DatasetVersion
from labeling.services.dataset_exports import dataset_export
from training.ml.artifacts import tree_digest
from training.ml.config import Recipe, RunConfig
from training.ml.errors import TrainingCancelled
from training.models import ModelArtifact, RunMetric, TrainingRun
from tuneloop.choices import JobStatus
from tuneloop.exceptions import ApplicationError, Conflict
from tuneloop.realtime import campaign_group, send_on_commit

if TYPE_CHECKING:  # the pipeline imports TRL: keep it out of the web process
    from training.ml.pipeline import RunResult


def run_create(
    *, campaign: Campaign, dataset: DatasetVersion, base_model_path: str, recipe: dict, user: User
) -> TrainingRun:
    """Validate the recipe and queue a run on the `train` queue once the transaction commits."""
    from training.tasks import training_run_execute

    if dataset.campaign_id != campaign.id:
        raise ApplicationError("The dataset version belongs to another campaign.", field="dataset")
    if not base_model_path.strip():
        raise ApplicationError("Give a base model.", field="base_model")
    try:
        parsed = Recipe.from_dict(recipe)
    except ValueError as exc:
        raise ApplicationError(str(exc), field="recipe") from None
    for stage in parsed.stages:
        if not dataset.rows.filter(split="train", kind=stage).exists():
            raise ApplicationError(
                f"The dataset version has no {stage.upper()} rows in its train split; "
                f"judge comparisons or leave '{stage}' out of recipe.stages.",
                field="dataset",
            )
    with transaction.atomic():
        run = TrainingRun.objects.create(
            campaign=campaign,
            dataset=dataset,
            base_model_path=base_model_path,
            recipe=parsed.to_dict(),
            created_by=user,
        )
        transaction.on_commit(lambda: training_run_execute.send(run.id))
    return run


def run_prepare(*, run: TrainingRun) -> RunConfig:
    """Mark the run running and write its train-split files; the sealed test split never goes here."""
    dataset = run.dataset
    sft = dataset_export(dataset=dataset, kind="sft", split="train")
    dpo = dataset_export(dataset=dataset, kind="dpo", split="train")
    output = Path(settings.ARTIFACTS_DIR) / f"run-{run.id}"
    started = timezone.now()
    live = TrainingRun.objects.filter(id=run.id, status__in=[JobStatus.QUEUED, JobStatus.RUNNING])
    if not live.update(status=JobStatus.RUNNING, started_at=started, error=""):
        raise TrainingCancelled(f"run {run.id} was cancelled before it started")
    run.status, run.started_at, run.error = JobStatus.RUNNING, started, ""
    _notify(run)
    return RunConfig(
        base_model_path=run.base_model_path,
        output_dir=str(output),
        sft_train_file=str(sft),
        dpo_train_file=str(dpo) if dpo.stat().st_size else None,
        recipe=Recipe.from_dict(run.recipe),
    )


def run_metric_record(*, run: TrainingRun, stage: str, step: int, values: dict) -> RunMetric:
    numbers = {key: float(value) for key, value in values.items() if isinstance(value, int | float)}
    with transaction.atomic():
        metric, _ = RunMetric.objects.update_or_create(
            run=run, stage=stage, step=step, defaults={"loss": numbers.get("loss"), "values": numbers}
        )
        TrainingRun.objects.filter(id=run.id).update(stage=stage, step=step)
        send_on_commit(
            campaign_group(run.campaign_id),
            "run.metric",
            {"run": run.id, "stage": stage, "step": step, "loss": metric.loss, "values": numbers},
        )
    return metric


def run_succeed(*, run: TrainingRun, result: RunResult) -> ModelArtifact | None:
    """Register the adapter with the checksum of every file and its lineage (unless cancelled meanwhile)."""
    lineage = {
        "dataset_version": run.dataset.version,
        "dataset_id": run.dataset_id,
        "dataset_hash": run.dataset.content_hash,
        "recipe": run.recipe,
        "base_model": run.base_model_path,
        "run": run.id,
    }
    with transaction.atomic():
        if not _finish(run, JobStatus.SUCCEEDED):
            return None
        artifact = ModelArtifact.objects.create(
            run=run, path=result.adapter_dir, sha256=tree_digest(result.files), files=result.files, lineage=lineage
        )
        _notify(run)
    return artifact


def _finish(run: TrainingRun, status: str, error: str = "") -> bool:
    """Move a running run to `status`; False (and nothing written) when it was cancelled meanwhile."""
    finished = timezone.now()
    if not TrainingRun.objects.filter(id=run.id, status=JobStatus.RUNNING).update(
        status=status, finished_at=finished, error=error
    ):
        return False
    run.status, run.finished_at, run.error = status, finished, error
    return True


def run_cancel(*, run: TrainingRun) -> TrainingRun:
    """Cancel a queued or running run; a running one stops at its next logging step."""
    with transaction.atomic():
        updated = TrainingRun.objects.filter(id=run.id, status__in=[JobStatus.QUEUED, JobStatus.RUNNING]).update(
            status=JobStatus.CANCELLED, finished_at=timezone.now()
        )
        if not updated:
            raise Conflict(f"Run {run.id} has already finished ({run.status}).")
        run.refresh_from_db()
        _notify(run)
    return run


def run_cancel_requested(*, run: TrainingRun) -> bool:
    return TrainingRun.objects.filter(id=run.id, status=JobStatus.CANCELLED).exists()


def run_fail(*, run: TrainingRun, reason: str) -> TrainingRun:
    if _finish(run, JobStatus.FAILED, reason[:2000]):
        _notify(run)
    return run


def _notify(run: TrainingRun) -> None:
    payload = {"run": run.id, "status": run.status, "stage": run.stage, "step": run.step, "error": run.error}
    send_on_commit(campaign_group(run.campaign_id), "run.status", payload)
