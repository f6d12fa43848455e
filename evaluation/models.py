"""Evaluation rounds: base versus tuned generations on a dataset's test split, with their metrics."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from tuneloop.models import Job


class EvaluationRound(Job):
    campaign = models.ForeignKey("labeling.Campaign", on_delete=models.CASCADE, related_name="evaluations")
    dataset = models.ForeignKey("dataset_versions.DatasetVersion", on_delete=models.PROTECT, related_name="+")
    artifact = models.ForeignKey("training.ModelArtifact", on_delete=models.PROTECT, related_name="evaluations")
    report = models.JSONField(default=dict)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")

    class Meta(Job.Meta):
        pass


class EvaluationSample(models.Model):
    class Model(models.TextChoices):
        """The contender that wrote the output (evaluation.metrics.report.CONTENDERS)."""

        BASE = "base"  # the base model with the bare system prompt
        PROMPT_BASELINE = "prompt_baseline"  # the base model with the whole task spec and few-shot examples
        CANDIDATE = "candidate"  # the artifact under evaluation
        INCUMBENT = "incumbent"  # the campaign's promoted model
        TUNED = "tuned"  # rounds before contenders were named: the artifact under evaluation

    round = models.ForeignKey(EvaluationRound, on_delete=models.CASCADE, related_name="samples")
    item = models.ForeignKey("labeling.Item", on_delete=models.CASCADE, related_name="+")
    model = models.CharField(max_length=16, choices=Model.choices)
    output = models.TextField()
    entity_counts = models.JSONField(default=dict, help_text="Replaced in the output, never values.")
    format_valid = models.BooleanField()
    checks = models.JSONField(
        default=list, help_text="Failed safety checks: [{check, kind}] (unsupported, dropped, must_never), never text."
    )

    class Meta:
        ordering = ["id"]
