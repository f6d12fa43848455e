"""Deployments of promoted models, their audit trail, API keys, served requests, feedback, alerts and drift checks."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q

from tuneloop.models import Leased


class Deployment(models.Model):
    """A campaign's model in service: the incumbent answers, a challenger is rolled out through the stages."""

    class Stage(models.TextChoices):
        INTERNAL = "internal"  # the challenger answers internal keys only
        SHADOW = "shadow"  # the incumbent (or people) answers; the challenger answers too, in the background
        LIMITED = "limited"  # a share of callers, sticky by key, get the challenger
        PRODUCTION = "production"  # the challenger has become the incumbent

    class Fallback(models.TextChoices):
        PREVIOUS = "previous", "the previous incumbent"
        PEOPLE = "people", "no model: route to people"

    class Backend(models.TextChoices):
        BUILTIN = "builtin", "built-in model server (in process)"
        EXTERNAL = "external", "an OpenAI-compatible engine by URL (vLLM)"

    campaign = models.ForeignKey("labeling.Campaign", on_delete=models.CASCADE, related_name="deployments")
    name = models.SlugField(max_length=64, unique=True, help_text="The model id callers name in /v1/.")
    stage = models.CharField(max_length=16, choices=Stage.choices, default=Stage.INTERNAL)
    traffic_share = models.FloatField(default=0.0, help_text="Limited stage: the challenger's share of callers.")
    incumbent = models.ForeignKey(
        "training.ModelArtifact", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    challenger = models.ForeignKey(
        "training.ModelArtifact", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    fallback = models.CharField(max_length=16, choices=Fallback.choices, default=Fallback.PEOPLE)
    previous = models.ForeignKey(
        "training.ModelArtifact",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text="The incumbent before this one: the fallback when fallback is 'previous'.",
    )
    falling_back = models.BooleanField(default=False, help_text="An alert (or an admin) switched to the fallback.")
    backend = models.CharField(max_length=16, choices=Backend.choices, default=Backend.BUILTIN)
    engine_url = models.URLField(blank=True, help_text="External backend: the engine's base URL.")
    engine_key_env = models.CharField(
        max_length=64, blank=True, help_text="External backend: the environment variable holding its API key."
    )
    monitoring = models.JSONField(default=dict, help_text="Alert thresholds, the window and auto-fallback.")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(traffic_share__gte=0) & Q(traffic_share__lte=1), name="deployment_share_in_0_1"
            ),
            models.CheckConstraint(
                condition=Q(challenger__isnull=True) | ~Q(challenger=models.F("incumbent")),
                name="deployment_challenger_not_incumbent",
            ),
        ]


class DeploymentChange(models.Model):
    """One entry of a deployment's audit trail: what changed, the state before and after, who and why."""

    deployment = models.ForeignKey(Deployment, on_delete=models.CASCADE, related_name="changes")
    action = models.CharField(max_length=32)
    before = models.JSONField(default=dict)
    after = models.JSONField(default=dict)
    note = models.TextField(blank=True)
    undoes = models.OneToOneField(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="undone_by", help_text="A rollback's."
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+", help_text="None: automatic."
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["id"]


class ApiKey(models.Model):
    """A caller's key to one deployment: only its SHA-256 is stored; revoked keys stay for the audit trail."""

    deployment = models.ForeignKey(Deployment, on_delete=models.CASCADE, related_name="keys")
    name = models.CharField(max_length=100)
    prefix = models.CharField(max_length=16, help_text="The key's first characters, to tell keys apart.")
    digest = models.CharField(max_length=64, unique=True)
    internal = models.BooleanField(default=False, help_text="Internal testers: served the challenger when internal.")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    revoked_at = models.DateTimeField(null=True, blank=True)
    last_used_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["id"]


class ServedRequest(Leased):
    """One request through the gateway or the shadow endpoint, anonymized before it is stored. A shadow row is
    a job (tuneloop.jobs): pending until a worker has the challenger answer it."""

    class Kind(models.TextChoices):
        SERVE = "serve"  # answered to the caller
        SHADOW = "shadow"  # the challenger's answer in the background, never returned

    class Role(models.TextChoices):
        INCUMBENT = "incumbent"
        CHALLENGER = "challenger"
        FALLBACK = "fallback"
        PEOPLE = "people"

    class Status(models.TextChoices):
        PENDING = "pending"
        RUNNING = "running"
        OK = "ok"
        FORMAT_FAILURE = "format_failure"  # still broke the output format after the retry
        VIOLATION = "violation"  # broke a must-never rule
        ERROR = "error"  # the backend failed
        ROUTED_TO_PEOPLE = "routed_to_people"

    deployment = models.ForeignKey(Deployment, on_delete=models.CASCADE, related_name="requests")
    api_key = models.ForeignKey(ApiKey, null=True, on_delete=models.SET_NULL, related_name="requests")
    kind = models.CharField(max_length=8, choices=Kind.choices, default=Kind.SERVE)
    shadow_of = models.ForeignKey("self", null=True, on_delete=models.CASCADE, related_name="shadows")
    role = models.CharField(max_length=16, choices=Role.choices)
    artifact = models.ForeignKey("training.ModelArtifact", null=True, on_delete=models.SET_NULL, related_name="+")
    request_id = models.CharField(max_length=64, unique=True)
    caller = models.CharField(max_length=64, blank=True, help_text="SHA-256 of the caller-given sticky key.")
    messages = models.JSONField(default=list, help_text="The chat messages, anonymized.")
    output = models.TextField(blank=True, help_text="The answer, anonymized.")
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.PENDING)
    behaviour = models.CharField(max_length=16, blank=True, help_text="answer, decline, clarify, escalate, invalid.")
    violations = models.JSONField(default=list, help_text="Names of the must-never rules broken.")
    unsupported = models.PositiveIntegerField(default=0, help_text="Unsupported details in the answer.")
    attempts = models.PositiveSmallIntegerField(default=0)
    latency_ms = models.FloatField(null=True)
    prompt_tokens = models.PositiveIntegerField(default=0)
    completion_tokens = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["id"]
        indexes = [models.Index(fields=["deployment", "created_at"], name="served_deployment_time")]


class Feedback(models.Model):
    """The human decision that followed a request, compared with what the model said (and the shadow said)."""

    request = models.OneToOneField(ServedRequest, on_delete=models.CASCADE, related_name="feedback")
    decision = models.TextField(help_text="The final human decision, anonymized.")
    seconds_spent = models.FloatField(null=True, help_text="How long the person took; for time saved.")
    scores = models.JSONField(default=dict, help_text="{role: {metric: value}} against the decision.")
    corrected = models.BooleanField(null=True, help_text="Whether the person changed the answer they were given.")
    created_at = models.DateTimeField(auto_now_add=True)


class Alert(models.Model):
    """A monitoring threshold breached over the deployment's window."""

    deployment = models.ForeignKey(Deployment, on_delete=models.CASCADE, related_name="alerts")
    metric = models.CharField(max_length=40)
    value = models.FloatField()
    threshold = models.FloatField()
    fell_back = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["id"]


class DriftCheck(models.Model):
    """Recent inputs and outputs against the deployed model's training data and evaluation baseline."""

    deployment = models.ForeignKey(Deployment, on_delete=models.CASCADE, related_name="drift_checks")
    report = models.JSONField(default=dict, help_text="Each test's statistic, p-value and threshold.")
    drifted = models.BooleanField()
    sampled = models.PositiveIntegerField(default=0, help_text="Requests sampled into the campaign as items.")
    reason = models.CharField(max_length=16, help_text="drift or schedule")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["id"]
