"""Evaluation rounds: base versus tuned generations on a dataset's test split, with their metrics."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from tuneloop.choices import JobStatus


class EvaluationRound(models.Model):
    Status = JobStatus

    campaign = models.ForeignKey("labeling.Campaign", on_delete=models.CASCADE, related_name="evaluations")
    dataset = models.ForeignKey("dataset_versions.DatasetVersion", on_delete=models.PROTECT, related_name="+")
    artifact = models.ForeignKey("training.ModelArtifact", on_delete=models.PROTECT, related_name="evaluations")
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.QUEUED)
    report = models.JSONField(default=dict)
    error = models.TextField(blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-id"]


class EvaluationSample(models.Model):
    class Model(models.TextChoices):
        BASE = "base"
        TUNED = "tuned"

    round = models.ForeignKey(EvaluationRound, on_delete=models.CASCADE, related_name="samples")
    item = models.ForeignKey("labeling.Item", on_delete=models.CASCADE, related_name="+")
    model = models.CharField(max_length=8, choices=Model.choices)
    output = models.TextField()
    entity_counts = models.JSONField(default=dict, help_text="Replaced in the output, never values.")
    format_valid = models.BooleanField()

    class Meta:
        ordering = ["id"]
