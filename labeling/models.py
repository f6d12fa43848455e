"""Campaigns, guidelines, membership, import batches, anonymized items, assignments and reviewed examples."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import F, Q

from tuneloop.models import Leased
from tuneloop.roles import Role


class Campaign(models.Model):
    name = models.CharField(max_length=200, unique=True)
    system_prompt = models.TextField(blank=True)
    output_fields = models.JSONField(default=list, help_text="Ordered field names of the output template.")
    prefill_artifact = models.ForeignKey(
        "training.ModelArtifact", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reviewers_per_item = models.PositiveSmallIntegerField(default=1, help_text="k: answers collected per item.")
    gold_rate = models.FloatField(default=0.0, help_text="Share of tasks served from gold items, 0..1.")
    judgements_per_pair = models.PositiveSmallIntegerField(
        default=1, help_text="Reviewers who judge each pair of candidates (each in their own order)."
    )
    ranking_k = models.PositiveSmallIntegerField(
        default=0, help_text="0: reviewers judge pairs; 3 to 5: they rank that many candidates (turned into pairs)."
    )
    max_judgements_per_minute = models.PositiveIntegerField(
        default=0, help_text="Per reviewer; 0 means no limit. Stops a reviewer clicking through without reading."
    )
    lease_minutes = models.PositiveIntegerField(default=30, help_text="How long an assignment is held.")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.CheckConstraint(condition=Q(reviewers_per_item__gte=1), name="campaign_k_positive"),
            models.CheckConstraint(condition=Q(judgements_per_pair__gte=1), name="campaign_pair_k_positive"),
            models.CheckConstraint(condition=Q(gold_rate__gte=0) & Q(gold_rate__lte=1), name="campaign_gold_rate"),
            models.CheckConstraint(
                condition=Q(ranking_k=0) | Q(ranking_k__gte=3, ranking_k__lte=5), name="campaign_ranking_k"
            ),
        ]

    def __str__(self) -> str:
        return self.name


class GuidelineVersion(models.Model):
    """One version of a campaign's task specification; editing the spec adds a version, never rewrites one."""

    class Format(models.TextChoices):
        TEMPLATE = "template"  # ordered fields, "Field: value" lines
        JSON_SCHEMA = "json_schema"  # a JSON document valid against `spec["output_format"]["schema"]`
        LABELS = "labels"  # one label, or several with `multi_label`

    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="guidelines")
    version = models.PositiveIntegerField()
    spec = models.JSONField(
        help_text="{user, input_description, expected_output, acceptance_criteria: [], must_never: [], "
        "output_format: {kind, fields | schema | labels + multi_label}}"
    )
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-version"]
        constraints = [models.UniqueConstraint(fields=["campaign", "version"], name="guideline_unique_version")]


class Membership(models.Model):
    Role = Role  # tuneloop.roles: every app's permission checks name the roles from there

    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(max_length=16, choices=Role.choices)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["campaign", "user"], name="membership_unique_user"),
            models.CheckConstraint(condition=Q(role__in=["admin", "reviewer"]), name="membership_role_valid"),
        ]


class ImportBatch(Leased):
    class Status(models.TextChoices):
        STAGING = "staging"  # the upload is still being written to StagedRecord; no worker touches it
        PENDING = "pending"
        RUNNING = "running"
        DONE = "done"
        FAILED = "failed"

    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="import_batches")
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.PENDING)
    filename = models.CharField(max_length=255, blank=True)
    format = models.CharField(max_length=16, default="jsonl", help_text="jsonl, openai, messages or csv.")
    options = models.JSONField(default=dict, help_text="Format options, e.g. the CSV column mapping.")
    total_lines = models.PositiveIntegerField(default=0)
    accepted = models.PositiveIntegerField(default=0)
    duplicates = models.PositiveIntegerField(default=0, help_text="Lines whose record was already imported.")
    rejected = models.PositiveIntegerField(default=0, help_text="Lines rejected, listed in `errors` or not.")
    errors = models.JSONField(
        default=list, help_text="[{line, message}] for the rejected lines, the first IMPORT_MAX_STORED_ERRORS only."
    )
    failure = models.TextField(blank=True, help_text="Why a failed batch failed; never quotes a record.")
    entity_counts = models.JSONField(default=dict, help_text="Entity type -> replaced mentions, never values.")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)


class StagedRecord(models.Model):
    """A raw, not yet anonymized import line; deleted as soon as it has been anonymized."""

    batch = models.ForeignKey(ImportBatch, on_delete=models.CASCADE, related_name="staged")
    line = models.PositiveIntegerField()
    payload = models.TextField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["batch", "line"], name="staged_unique_line")]


class Item(models.Model):
    """One anonymized input record of a campaign."""

    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="items")
    batch = models.ForeignKey(ImportBatch, null=True, on_delete=models.SET_NULL, related_name="items")
    external_id = models.CharField(max_length=200)
    group_key = models.CharField(max_length=200, blank=True, help_text="Case or claim id: one group, one split.")
    content_hash = models.CharField(max_length=64, blank=True, help_text="sha256 of the anonymized text.")
    text = models.TextField()
    entity_counts = models.JSONField(default=dict)
    source = models.JSONField(default=dict, help_text="Lineage: {batch, line, format}.")
    is_gold = models.BooleanField(default=False)
    gold_answer = models.TextField(blank=True, help_text="The known answer of a gold item (anonymized).")
    extra_answers = models.PositiveSmallIntegerField(
        default=0, help_text="Answers asked beyond the campaign's reviewers_per_item: one per time it was sent back."
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["campaign", "external_id"], name="item_unique_external_id")]
        indexes = [
            models.Index(fields=["campaign", "id"], name="item_campaign_keyset"),
            models.Index(fields=["campaign", "content_hash"], name="item_campaign_content_hash"),
        ]
        ordering = ["id"]


class Rework(models.Model):
    """An item sent back to reviewers for one more answer, with a model's draft to correct and why it failed
    (an evaluation round's validation failure, say); the draft is anonymized like every stored text."""

    item = models.ForeignKey(Item, on_delete=models.CASCADE, related_name="reworks")
    draft = models.TextField(blank=True)
    reasons = models.JSONField(default=list, help_text="[{check, ...}]: which metric, rule or field failed; no text.")
    source = models.CharField(max_length=200, help_text="Where it came from, e.g. 'evaluation round 12'.")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["id"]


class Assignment(models.Model):
    """One of the k slots of an item, held by one reviewer under a lease until answered or skipped."""

    class Status(models.TextChoices):
        LEASED = "leased"
        SUBMITTED = "submitted"
        SKIPPED = "skipped"
        EXPIRED = "expired"

    item = models.ForeignKey(Item, on_delete=models.CASCADE, related_name="assignments")
    reviewer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="assignments")
    slot = models.PositiveSmallIntegerField(help_text="0..k-1; one live assignment per slot.")
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.LEASED)
    lease_expires_at = models.DateTimeField(null=True, blank=True)
    skip_reason = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["id"]
        constraints = [
            # Never the same reviewer twice on one item, whatever became of the first assignment.
            models.UniqueConstraint(fields=["item", "reviewer"], name="assignment_unique_reviewer"),
            # Two reviewers racing for the last slot: the database lets exactly one in.
            models.UniqueConstraint(
                fields=["item", "slot"],
                condition=Q(status__in=["leased", "submitted"]),
                name="assignment_unique_live_slot",
            ),
        ]


class NamedReviewer(models.Model):
    """Restricts an item to named reviewers; items without any are open to the campaign's pool."""

    item = models.ForeignKey(Item, on_delete=models.CASCADE, related_name="named_reviewers")
    reviewer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["item", "reviewer"], name="named_reviewer_unique")]


class Example(models.Model):
    """A reviewer-written response to an item, and its review by another reviewer."""

    class Status(models.TextChoices):
        DRAFT = "draft"
        SUBMITTED = "submitted"
        APPROVED = "approved"
        REJECTED = "rejected"
        CHANGES_REQUESTED = "changes_requested"

    class Kind(models.TextChoices):
        ANSWER = "answer"
        DECLINE = "decline"  # the behaviour to refuse: a first-class "rejection example"
        CLARIFY = "clarify"
        ESCALATE = "escalate"

    item = models.ForeignKey(Item, on_delete=models.CASCADE, related_name="examples")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    assignment = models.OneToOneField(
        Assignment, null=True, blank=True, on_delete=models.SET_NULL, related_name="example"
    )
    guideline_version = models.ForeignKey(
        GuidelineVersion, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    kind = models.CharField(max_length=16, choices=Kind.choices, default=Kind.ANSWER)
    response = models.TextField()
    prefilled = models.BooleanField(default=False)
    draft = models.TextField(blank=True, help_text="The model's draft the author started from, when pre-filled.")
    draft_artifact = models.ForeignKey(
        "training.ModelArtifact",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The model that wrote the draft (none for a rework's draft).",
    )
    entity_counts = models.JSONField(default=dict)
    status = models.CharField(max_length=24, choices=Status.choices, default=Status.SUBMITTED)
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    review_comment = models.TextField(blank=True)
    comment_entity_counts = models.JSONField(default=dict)
    created_at = models.DateTimeField(auto_now_add=True)
    reviewed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["id"]
        constraints = [
            models.CheckConstraint(condition=~Q(reviewer=F("author")), name="example_reviewer_not_author"),
            models.CheckConstraint(
                condition=Q(status__in=["draft", "submitted"], reviewer__isnull=True)
                | Q(status__in=["approved", "rejected", "changes_requested"], reviewer__isnull=False),
                name="example_review_consistent",
            ),
        ]


class ExampleRevision(models.Model):
    """The full edit history of an example: every save, status change and review comment."""

    example = models.ForeignKey(Example, on_delete=models.CASCADE, related_name="revisions")
    editor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    status = models.CharField(max_length=24)
    response = models.TextField()
    comment = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["id"]


from labeling.webhooks.models import Webhook, WebhookDelivery  # noqa: E402, F401  (their own module, this app)
