"""Base models, training runs with their per-step metrics, and model artifacts with lineage."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q

from tuneloop.choices import JobStatus
from tuneloop.models import Job


class BaseModel(models.Model):
    """A base model Tuneloop can tune, given by local path (or hub id where a hub is reachable)."""

    name = models.CharField(max_length=200, unique=True)
    path = models.CharField(max_length=1000)
    description = models.TextField(blank=True)
    default_recipe = models.JSONField(default=dict, blank=True, help_text="Used when a run names no recipe.")
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return self.name


class TrainingRun(Job):
    campaign = models.ForeignKey("labeling.Campaign", on_delete=models.CASCADE, related_name="training_runs")
    dataset = models.ForeignKey("dataset_versions.DatasetVersion", on_delete=models.PROTECT, related_name="runs")
    base_model_path = models.CharField(max_length=1000)
    recipe = models.JSONField(default=dict)
    stage = models.CharField(max_length=16, blank=True)
    step = models.PositiveIntegerField(default=0)
    error = models.TextField(blank=True, help_text="A readable reason when the run failed.")
    warnings = models.JSONField(default=list, blank=True, help_text="Recipe warnings given when it was queued.")
    regressions = models.JSONField(
        default=list, blank=True, help_text="Safety rail: validation metrics that got worse after DPO than after SFT."
    )
    attempts = models.PositiveIntegerField(default=0, help_text="How many times a worker claimed the run.")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    started_at = models.DateTimeField(null=True, blank=True)

    class Meta(Job.Meta):
        constraints = [models.CheckConstraint(condition=Q(status__in=JobStatus.values), name="run_status_valid")]


class RunMetric(models.Model):
    run = models.ForeignKey(TrainingRun, on_delete=models.CASCADE, related_name="metrics")
    stage = models.CharField(max_length=16)
    step = models.PositiveIntegerField()
    loss = models.FloatField(null=True)
    values = models.JSONField(default=dict)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["id"]
        constraints = [models.UniqueConstraint(fields=["run", "stage", "step"], name="metric_unique_step")]


class RunEvent(models.Model):
    """What happened to a run, in order: claimed, launched, checkpoint saved, resumed, stage done, flagged."""

    run = models.ForeignKey(TrainingRun, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(max_length=32)
    message = models.CharField(max_length=500)
    data = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["id"]


class ModelArtifact(models.Model):
    """A trained PEFT adapter on disk, with the sha256 of every file and where it came from."""

    run = models.OneToOneField(TrainingRun, on_delete=models.PROTECT, related_name="artifact")

    class Kind(models.TextChoices):
        ADAPTER = "adapter", "PEFT adapter"
        MODEL = "model", "Full model"

    path = models.CharField(max_length=1000)
    kind = models.CharField(max_length=16, choices=Kind.choices, default=Kind.ADAPTER)
    sha256 = models.CharField(max_length=64, help_text="Digest over the sorted per-file hashes.")
    files = models.JSONField(default=dict, help_text="Relative path -> sha256.")
    lineage = models.JSONField(default=dict)
    created_at = models.DateTimeField(auto_now_add=True)


class ArtifactDownload(models.Model):
    """Who downloaded an artifact, and when: artifacts hold what the model learned from reviewers' data."""

    artifact = models.ForeignKey(ModelArtifact, on_delete=models.CASCADE, related_name="downloads")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
