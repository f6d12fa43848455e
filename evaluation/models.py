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
    failures_sent = models.JSONField(
        default=list, help_text="Splits whose failures went back: validation (writing tasks), test (retired)."
    )
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
    split = models.CharField(
        max_length=16,
        default="test",
        help_text="test: scored in the report; validation: the candidate's answers to the validation split, whose "
        "failures an admin may send back to reviewers.",
    )
    failures = models.JSONField(
        default=list,
        help_text="[{check, ...}]: every way the output failed its reference (format, label, field, safety); no text.",
    )

    class Meta:
        ordering = ["id"]


class CampaignGate(models.Model):
    """A campaign's promotion gate settings (evaluation.metrics.gate.GateSettings); the defaults until saved."""

    campaign = models.OneToOneField("labeling.Campaign", on_delete=models.CASCADE, related_name="promotion_gate")
    thresholds = models.JSONField(default=dict, help_text="GateSettings.to_dict(): the bar a candidate must pass.")
    updated_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    updated_at = models.DateTimeField(auto_now=True)


class Promotion(models.Model):
    """One entry of a campaign's promotion audit trail; the newest entry's artifact is the incumbent."""

    class Action(models.TextChoices):
        PROMOTE = "promote"  # an admin signed off an evaluated candidate
        ROLLBACK = "rollback"  # back to the incumbent before the current one (or to no model)

    campaign = models.ForeignKey("labeling.Campaign", on_delete=models.CASCADE, related_name="promotions")
    action = models.CharField(max_length=16, choices=Action.choices)
    artifact = models.ForeignKey(
        "training.ModelArtifact",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="promotions",
        help_text="The incumbent after this entry; empty after rolling back past the first promotion.",
    )
    evaluation = models.ForeignKey(
        EvaluationRound, null=True, blank=True, on_delete=models.PROTECT, related_name="promotions"
    )
    recommendation = models.CharField(max_length=16, blank=True, help_text="What the gate said: promote or reject.")
    override_reason = models.TextField(blank=True, help_text="Why an admin promoted against the gate.")
    note = models.TextField()
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-id"]
        constraints = [
            models.CheckConstraint(condition=~models.Q(note=""), name="promotion_note_required"),
            models.CheckConstraint(
                condition=~models.Q(action="promote", recommendation="reject", override_reason=""),
                name="promotion_override_has_reason",
            ),
        ]


class HumanRound(models.Model):
    """A blind side-by-side of an evaluation round's candidate against another contender on the sealed test
    items, judged by reviewers in the judging queue on the evaluation rubric (preferences.models.
    EVALUATION_RUBRIC). Its pairs are kept out of preference data and every dataset."""

    evaluation = models.OneToOneField(EvaluationRound, on_delete=models.CASCADE, related_name="human_round")
    opponent = models.CharField(max_length=16, help_text="The contender judged against: incumbent or prompt_baseline.")
    judgements_per_pair = models.PositiveSmallIntegerField(help_text="Reviewers asked about each test item.")
    identical = models.PositiveIntegerField(
        default=0, help_text="Test items where both outputs were the same text: not asked, counted apart."
    )
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)


class HumanPair(models.Model):
    """One test item of a human round: which of the two judged candidates is the candidate's output."""

    human_round = models.ForeignKey(HumanRound, on_delete=models.CASCADE, related_name="pairs")
    item = models.ForeignKey("labeling.Item", on_delete=models.CASCADE, related_name="+")
    candidate = models.ForeignKey("preferences.Candidate", on_delete=models.CASCADE, related_name="+")
    opponent = models.ForeignKey("preferences.Candidate", on_delete=models.CASCADE, related_name="+")

    class Meta:
        ordering = ["id"]
        constraints = [models.UniqueConstraint(fields=["human_round", "item"], name="human_pair_unique_item")]
