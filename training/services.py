"""Queue training runs, record their progress and metrics, and register the artifacts they produce."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from django.conf import settings
from django.contrib.auth.models import User
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from dataset_versions.models import DatasetVersion
from dataset_versions.services.exports import dataset_export
from labeling.models import Campaign
from labeling.selectors import output_format_current
from training.events import RunLifecycle, RunMetricPoint, RunStatus, notify_run
from training.ml.artifacts import tree_digest
from training.ml.config import Recipe, RunConfig
from training.ml.distributed import MAX_HOSTFILE_BYTES
from training.models import ArtifactDownload, BaseModel, ModelArtifact, RunEvent, RunMetric, TrainingRun
from training.paths import hostfile_path, model_roots, under_model_roots
from training.selectors import base_model_at
from tuneloop.choices import JobStatus
from tuneloop.exceptions import ApplicationError, Conflict
from tuneloop.jobs import claimable, job_enqueue
from tuneloop.version import code_version

logger = logging.getLogger(__name__)


def recipe_over(default: dict[str, Any], given: dict[str, Any]) -> dict[str, Any]:
    """`given` laid over `default`, nested objects merged key by key (lists and values replace)."""
    merged = dict(default)
    for key, value in given.items():
        base = merged.get(key)
        merged[key] = recipe_over(base, value) if isinstance(base, dict) and isinstance(value, dict) else value
    return merged


def run_create(
    *, campaign: Campaign, dataset: DatasetVersion, base_model_path: str, recipe: dict, user: User
) -> TrainingRun:
    """Validate the recipe and queue a run on the `train` queue once the transaction commits.

    The run trains a registered base model only: `base_model_path` must resolve to one (training.selectors)."""
    if dataset.campaign_id != campaign.id:
        raise ApplicationError("The dataset version belongs to another campaign.", field="dataset")
    if not base_model_path.strip():
        raise ApplicationError("Give a base model.", field="base_model")
    parsed = recipe_check(recipe, field="recipe")
    for stage in parsed.stages:
        if not dataset.rows.filter(split="train", kind=stage).exists():
            raise ApplicationError(
                f"The dataset version has no {stage.upper()} rows in its train split; "
                f"judge comparisons or leave '{stage}' out of recipe.stages.",
                field="dataset",
            )
    base = base_model_at(base_model_path)
    with transaction.atomic():
        run = TrainingRun.objects.create(
            campaign=campaign,
            dataset=dataset,
            base_model_path=base.path,
            recipe=parsed.to_dict(),
            warnings=parsed.warnings(),
            created_by=user,
        )
        job_enqueue(TrainingRun, run.id)
    return run


def recipe_check(recipe: dict[str, Any], *, field: str) -> Recipe:
    """The recipe parsed, every field in range, and its hostfile (if any) one the operator provides."""
    try:
        parsed = Recipe.from_dict(recipe)
    except ValueError as exc:
        raise ApplicationError(str(exc), field=field) from None
    hostfile = parsed.distributed.hostfile
    if hostfile and hostfile_path(hostfile) is None:
        raise ApplicationError(
            f"recipe.distributed.hostfile: no hostfile named {hostfile!r} in the hostfiles directory "
            f"(TUNELOOP_HOSTFILES_DIR), or it is not a regular file of at most {MAX_HOSTFILE_BYTES} bytes.",
            field=field,
        )
    return parsed


def run_claim(*, run_id: int, worker: str) -> TrainingRun | None:
    """Take a queued run, or a running one whose worker has gone quiet; None when it is not ours to run.

    One UPDATE decides, so two workers never run the same run at once: the loser matches no row."""
    now = timezone.now()
    updated = TrainingRun.objects.filter(claimable(TrainingRun, now), id=run_id).update(
        status=JobStatus.RUNNING, worker=worker, heartbeat_at=now, attempts=F("attempts") + 1, error=""
    )
    if not updated:
        return None
    run = TrainingRun.objects.select_related("dataset").get(id=run_id)
    if run.started_at is None:
        TrainingRun.objects.filter(id=run_id).update(started_at=now)
        run.started_at = now
    run_event_record(run=run, kind="claimed", message=f"Attempt {run.attempts} on {worker}.", data={"worker": worker})
    _notify(run)
    return run


def run_heartbeat(*, run: TrainingRun, worker: str) -> bool:
    """Say the supervising worker is alive; False when the run was cancelled (or taken over) meanwhile."""
    return bool(
        TrainingRun.objects.filter(id=run.id, status=JobStatus.RUNNING, worker=worker).update(
            heartbeat_at=timezone.now()
        )
    )


def run_event_record(*, run: TrainingRun, kind: str, message: str, data: dict[str, Any] | None = None) -> RunEvent:
    """Store one lifecycle event and push it to the campaign's live channel."""
    event = RunEvent.objects.create(run=run, kind=kind, message=message[:500], data=data or {})
    notify_run(run.campaign_id, RunLifecycle(run=run.id, kind=kind, message=event.message, data=event.data))
    return event


def base_model_register(*, name: str, path: str, description: str = "", default_recipe: dict) -> BaseModel:
    """Add a base model: a model folder under a models root (settings.BASE_MODEL_ROOTS), stored resolved, with
    a default recipe checked like a run's. Staff only (the API checks); a hub model is downloaded there first."""
    if BaseModel.objects.filter(name=name).exists():
        raise ApplicationError(f"A base model named {name!r} exists already.", field="name")
    folder = under_model_roots(path.strip()) if path.strip() else None
    if folder is None:
        roots = ", ".join(str(root) for root in model_roots())
        raise ApplicationError(f"A base model must be a folder under the models directory ({roots}).", field="path")
    if not (folder / "config.json").is_file():
        raise ApplicationError(f"No model (config.json) in {folder}.", field="path")
    recipe = recipe_check(default_recipe, field="default_recipe").to_dict() if default_recipe else {}
    return BaseModel.objects.create(name=name, path=str(folder), description=description, default_recipe=recipe)


def run_prepare(*, run: TrainingRun) -> RunConfig:
    """Write the run's train and validation files; the sealed test split never goes here.

    The output folder is the same on every attempt, so a resumed run finds its checkpoints."""
    dataset = run.dataset
    files = {
        (kind, split): dataset_export(dataset=dataset, kind=kind, split=split)
        for kind in ("sft", "dpo")
        for split in ("train", "validation")
    }
    return RunConfig(
        base_model_path=run.base_model_path,
        output_dir=str(Path(settings.ARTIFACTS_DIR) / f"run-{run.id}"),
        sft_train_file=str(files["sft", "train"]),
        dpo_train_file=_nonempty(files["dpo", "train"]),
        sft_eval_file=_nonempty(files["sft", "validation"]),
        dpo_eval_file=_nonempty(files["dpo", "validation"]),
        output_format=output_format_current(run.campaign),
        recipe=Recipe.from_dict(run.recipe),
    )


def _nonempty(path: Path) -> str | None:
    return str(path) if path.stat().st_size else None


def run_metric_record(*, run: TrainingRun, stage: str, step: int, values: dict) -> RunMetric:
    numbers = {key: float(value) for key, value in values.items() if isinstance(value, int | float)}
    with transaction.atomic():
        metric = RunMetric.objects.select_for_update().filter(run=run, stage=stage, step=step).first()
        if metric is None:
            metric = RunMetric(run=run, stage=stage, step=step, values={})
        # A step's evaluation log comes after its training log: keep both (a resumed step replaces its own).
        metric.values = {**metric.values, **numbers}
        metric.loss = metric.values.get("loss")
        metric.save()
        numbers = metric.values
        TrainingRun.objects.filter(id=run.id).update(stage=stage, step=step)
        point = RunMetricPoint(run=run.id, stage=stage, step=step, loss=metric.loss, values=numbers)
        notify_run(run.campaign_id, point)
    return metric


def run_succeed(*, run: TrainingRun, result: dict[str, Any]) -> ModelArtifact | None:
    """Register the training process's result (its `result` event: adapter_dir, files, kind, metrics,
    regressions, merged_dir) with the checksum of every file and its lineage, unless cancelled meanwhile."""
    regressions = list(result.get("regressions") or [])
    lineage = {
        "dataset_version": run.dataset.version,
        "dataset_id": run.dataset_id,
        "dataset_hash": run.dataset.content_hash,
        "recipe": run.recipe,
        "base_model": run.base_model_path,
        "run": run.id,
        "code_version": code_version(),
        "metrics": result.get("metrics", {}),
        "merged_model": result.get("merged_dir"),
    }
    with transaction.atomic():
        if not _finish(run, JobStatus.SUCCEEDED):
            return None
        if regressions:
            TrainingRun.objects.filter(id=run.id).update(regressions=regressions)
            run.regressions = regressions
            for regression in regressions:
                run_event_record(run=run, kind="regression", message=regression)
        artifact = ModelArtifact.objects.create(
            run=run,
            path=result["adapter_dir"],
            kind=result.get("kind", ModelArtifact.Kind.ADAPTER),
            sha256=tree_digest(result["files"]),
            files=result["files"],
            lineage=lineage,
        )
        _notify(run)
    return artifact


def artifact_download_record(*, artifact: ModelArtifact, user: User) -> ArtifactDownload:
    """Log who takes an artifact away; only campaign admins get this far."""
    logger.info("artifact %s downloaded by user %s", artifact.id, user.id)
    return ArtifactDownload.objects.create(artifact=artifact, user=user)


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
    update = RunStatus(run=run.id, status=run.status, stage=run.stage, step=run.step, error=run.error)
    notify_run(run.campaign_id, update)
