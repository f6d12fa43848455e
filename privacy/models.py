"""Per-campaign anonymization policies with their audit trail, and planted canaries."""

from __future__ import annotations

from django.conf import settings
from django.db import models

# A campaign is named by a lazy reference ("labeling.Campaign"): privacy sits below labeling and never
# imports it; labeling's campaigns reach their policy, changes and canaries through the related names.


def _new_secret() -> str:
    import secrets

    return secrets.token_hex(32)


class AnonymizationPolicy(models.Model):
    """A campaign's anonymization policy (see privacy.engine.policy.Policy) and its secret key."""

    campaign = models.OneToOneField("labeling.Campaign", on_delete=models.CASCADE, related_name="anonymization_policy")
    document = models.JSONField(default=dict, help_text="Policy.to_dict(): entities, operators, lists, recognizers.")
    secret = models.CharField(max_length=64, default=_new_secret, help_text="Key for hashes; never sent out.")
    version = models.PositiveIntegerField(default=1)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        db_table = "labeling_anonymizationpolicy"  # the table kept its name when the model moved here


class PolicyChange(models.Model):
    """One entry of a policy's audit trail: who changed what, when."""

    campaign = models.ForeignKey("labeling.Campaign", on_delete=models.CASCADE, related_name="policy_changes")
    version = models.PositiveIntegerField()
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    before = models.JSONField(default=dict)
    after = models.JSONField(default=dict)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        db_table = "labeling_policychange"
        ordering = ["-version"]
        constraints = [models.UniqueConstraint(fields=["campaign", "version"], name="policy_change_unique_version")]


class Canary(models.Model):
    """A planted fake identity, kept only as a keyed digest of its normalized value, never in the clear."""

    campaign = models.ForeignKey("labeling.Campaign", on_delete=models.CASCADE, related_name="canaries")
    label = models.CharField(max_length=100, help_text="How reports name the canary, e.g. 'canary 1 (name)'.")
    digest = models.CharField(
        max_length=64, help_text="HMAC-SHA256 of the normalized value, keyed by the policy secret."
    )
    length = models.PositiveIntegerField(help_text="Length of the normalized value: the window scanned for it.")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        db_table = "labeling_canary"
        ordering = ["id"]
        constraints = [models.UniqueConstraint(fields=["campaign", "digest"], name="canary_unique_digest")]
