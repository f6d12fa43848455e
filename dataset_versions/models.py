"""Dataset versions: immutable, hashed snapshots of approved work, their rows with lineage, and sealed reads."""

from __future__ import annotations

from django.conf import settings
from django.db import models


class DatasetVersion(models.Model):
    """An immutable snapshot of approved examples and judgements, split by group and hashed."""

    campaign = models.ForeignKey("labeling.Campaign", on_delete=models.CASCADE, related_name="dataset_versions")
    version = models.PositiveIntegerField()
    content_hash = models.CharField(max_length=64, help_text="sha256 over the segment digests (combine_digests).")
    segment_digests = models.JSONField(
        default=dict, help_text="{'kind/split': sha256 of the segment's rows as stored}, checked by every export."
    )
    counts = models.JSONField(default=dict, help_text="{split: {sft: n, dpo: n}}")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        db_table = "labeling_datasetversion"  # the tables kept their names when the models moved here
        constraints = [models.UniqueConstraint(fields=["campaign", "version"], name="dataset_unique_version")]
        ordering = ["-version"]


class DatasetRow(models.Model):
    class Split(models.TextChoices):
        TRAIN = "train"
        VALIDATION = "validation"
        TEST = "test"

    class Kind(models.TextChoices):
        SFT = "sft"
        DPO = "dpo"

    dataset = models.ForeignKey(DatasetVersion, on_delete=models.CASCADE, related_name="rows")
    item = models.ForeignKey("labeling.Item", on_delete=models.PROTECT, related_name="+")
    split = models.CharField(max_length=16, choices=Split.choices)
    kind = models.CharField(max_length=8, choices=Kind.choices)
    position = models.PositiveIntegerField()
    data = models.JSONField(help_text="The row in TRL format (messages, or prompt/chosen/rejected).")
    lineage = models.JSONField(default=dict, help_text="Example or judgement ids and reviewers behind the row.")

    class Meta:
        db_table = "labeling_datasetrow"
        ordering = ["position"]
        constraints = [models.UniqueConstraint(fields=["dataset", "position"], name="dataset_row_unique_pos")]
        # Exports and checks read one (kind, split) segment in position order.
        indexes = [models.Index(fields=["dataset", "kind", "split", "position"], name="dataset_row_segment")]


class SealedRead(models.Model):
    """A read of a dataset version's sealed test split: who, when, and what for."""

    dataset = models.ForeignKey(DatasetVersion, on_delete=models.CASCADE, related_name="sealed_reads")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    purpose = models.CharField(max_length=200)
    rows = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        db_table = "labeling_sealedread"


class RetiredTestGroup(models.Model):
    """A group (case, claim, or the item itself) taken out of the sealed test split after an evaluation
    failed on it: from the next version on its rows are in train, each with `retired_from_test` in its
    lineage. The version it was retired from keeps it in test, so that version's test set is never trained on."""

    campaign = models.ForeignKey("labeling.Campaign", on_delete=models.CASCADE, related_name="+")
    group = models.CharField(max_length=200, help_text="Item.group_key, or the external id of an ungrouped item.")
    dataset = models.ForeignKey(DatasetVersion, on_delete=models.PROTECT, related_name="+", help_text="Retired from.")
    reasons = models.JSONField(default=list, help_text="[{check, ...}] per item: what the model failed; no text.")
    source = models.CharField(max_length=200, help_text="Where it came from, e.g. 'evaluation round 12'.")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["id"]
        constraints = [models.UniqueConstraint(fields=["campaign", "group"], name="retired_test_group_unique")]
