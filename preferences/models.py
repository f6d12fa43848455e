"""Candidate responses, pairwise comparison tasks with leases, and judgements recorded exactly once."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import F, Q

from tuneloop.models import Job


class CandidateRound(Job):
    """Candidates a model artifact generated for a campaign's items, with the sampling settings used."""

    campaign = models.ForeignKey("labeling.Campaign", on_delete=models.CASCADE, related_name="candidate_rounds")
    artifact = models.ForeignKey("training.ModelArtifact", on_delete=models.PROTECT, related_name="+")
    sampling = models.JSONField(help_text="tuneloop.sampling.Sampling: n, temperature, top_p, max_new_tokens, seed.")
    items = models.PositiveIntegerField(default=0, help_text="Items answered so far.")
    candidates = models.PositiveIntegerField(
        default=0, help_text="Candidates stored (duplicates of an item's dropped)."
    )
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")

    class Meta(Job.Meta):
        pass


class Candidate(models.Model):
    """A response to an item that reviewers may compare: imported, human-written or generated."""

    class Source(models.TextChoices):
        IMPORT = "import"
        HUMAN = "human"
        MODEL = "model"

    item = models.ForeignKey("labeling.Item", on_delete=models.CASCADE, related_name="candidates")
    source = models.CharField(max_length=16, choices=Source.choices)
    text = models.TextField()
    entity_counts = models.JSONField(default=dict, help_text="Entity type -> replaced mentions, never values.")
    example = models.ForeignKey("labeling.Example", null=True, blank=True, on_delete=models.SET_NULL)
    artifact = models.ForeignKey("training.ModelArtifact", null=True, blank=True, on_delete=models.SET_NULL)
    round = models.ForeignKey(
        CandidateRound, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", help_text="Generated in it."
    )
    rewrite_of = models.ForeignKey(
        "Judgement",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="rewrites",
        help_text="The 'both bad' judgement whose reviewer wrote this better response.",
    )
    evaluation = models.BooleanField(
        default=False,
        help_text="An evaluation round's output on a sealed test item: judged in a human evaluation round only, "
        "never paired for preferences, never in a dataset.",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["id"]


class LeasedTask(models.Model):
    """What the judging queue leases: a task open until done, leased to one reviewer at a time until its
    lease expires. Pair and ranking tasks share these fields (and the lease code in preferences.services.queue)."""

    class Status(models.TextChoices):
        OPEN = "open"
        DONE = "done"

    status = models.CharField(max_length=8, choices=Status.choices, default=Status.OPEN)
    leased_to = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    lease_expires_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        abstract = True


# What reviewers rate an evaluation pair on (per criterion, like a guideline's acceptance criteria).
EVALUATION_RUBRIC = ("Correct", "Complete", "No unsupported claims", "Follows policy")


class ComparisonTask(LeasedTask):
    """Two candidates for one item, leased to one reviewer at a time until judged. A pair has
    `Campaign.judgements_per_pair` copies, each in its own random left/right order, never two judged by
    one reviewer; a gold pair (known answer) gets a copy for each reviewer it is served to."""

    item = models.ForeignKey("labeling.Item", on_delete=models.CASCADE, related_name="comparison_tasks")
    left = models.ForeignKey(Candidate, on_delete=models.CASCADE, related_name="+")
    right = models.ForeignKey(Candidate, on_delete=models.CASCADE, related_name="+")
    copy = models.PositiveSmallIntegerField(default=0, help_text="Which judgement of the pair this task asks for.")
    is_gold = models.BooleanField(default=False, help_text="The pair's better candidate is known (gold_winner).")
    gold_winner = models.ForeignKey(
        Candidate, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", help_text="None: a tie."
    )
    ranking = models.ForeignKey(
        "Ranking",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="pairs",
        help_text="Implied by this ranking (left: the one shown first); created judged, never leased.",
    )
    evaluation = models.BooleanField(
        default=False,
        help_text="Judges two evaluation candidates blind for a human evaluation round: served before other "
        "pairs, rated on the evaluation rubric, never in preference data or exports.",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["id"]
        constraints = [
            models.CheckConstraint(condition=~Q(left=F("right")), name="comparison_distinct_candidates"),
            # Pairs implied by rankings take their ranking task's copy number and may repeat a pair.
            models.UniqueConstraint(
                fields=["left", "right", "copy"], condition=Q(ranking__isnull=True), name="comparison_unique_pair_copy"
            ),
        ]
        # The lease walks free tasks in id order: finished and gold ones are not in this index at all.
        indexes = [
            models.Index(fields=["id"], condition=Q(status="open", is_gold=False), name="comparison_free"),
            # Every lease first looks for an open evaluation pair: without this, a scan of all tasks.
            models.Index(fields=["id"], condition=Q(status="open", evaluation=True), name="comparison_evaluation_open"),
        ]


class Judgement(models.Model):
    class Choice(models.TextChoices):
        A = "a", "A is better"
        B = "b", "B is better"
        TIE = "tie", "Tie"
        BOTH_BAD = "both_bad", "Both bad"

    task = models.OneToOneField(ComparisonTask, on_delete=models.CASCADE, related_name="judgement")
    reviewer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    choice = models.CharField(max_length=8, choices=Choice.choices)
    rationale = models.TextField(blank=True)
    entity_counts = models.JSONField(default=dict, help_text="Replaced in the rationale, never values.")
    criteria = models.JSONField(
        default=dict, help_text="{acceptance criterion: 'a' | 'b' | 'tie'}, from the guideline the reviewer saw."
    )
    guideline_version = models.ForeignKey(
        "labeling.GuidelineVersion", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    idempotency_key = models.CharField(max_length=100)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(fields=["reviewer", "idempotency_key"], name="judgement_unique_idempotency"),
            models.CheckConstraint(condition=Q(choice__in=["a", "b", "tie", "both_bad"]), name="judgement_choice"),
        ]
        # The live figures read the last five minutes' judgements: without it, a scan of them all.
        indexes = [models.Index(fields=["created_at"], name="judgement_created")]


class RankingTask(LeasedTask):
    """k candidates of one item for one reviewer to order, shown in the random order `shown` (candidate ids),
    fixed when the task is created. A group of candidates has `Campaign.judgements_per_pair` copies, each in
    its own order; no reviewer ranks two copies of one group."""

    item = models.ForeignKey("labeling.Item", on_delete=models.CASCADE, related_name="ranking_tasks")
    shown = models.JSONField(help_text="Candidate ids in the order the reviewer sees them (positions 1..k).")
    group = models.PositiveSmallIntegerField(default=0, help_text="Which set of the item's candidates.")
    copy = models.PositiveSmallIntegerField(default=0, help_text="Which ranking of the group this task asks for.")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["id"]
        constraints = [models.UniqueConstraint(fields=["item", "group", "copy"], name="ranking_unique_group_copy")]
        indexes = [models.Index(fields=["id"], condition=Q(status="open"), name="ranking_free")]


class Ranking(models.Model):
    """A reviewer's order of a ranking task's candidates, stored once; it is judged as the k(k-1)/2 pairs it
    implies (ComparisonTask.ranking), each with its Judgement, so everything downstream counts pairs."""

    task = models.OneToOneField(RankingTask, on_delete=models.CASCADE, related_name="ranking")
    reviewer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    order = models.JSONField(help_text="Candidate ids, best first; [] when the reviewer found them all bad.")
    idempotency_key = models.CharField(max_length=100)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(fields=["reviewer", "idempotency_key"], name="ranking_unique_idempotency")
        ]
