"""A campaign's webhooks and the log of their deliveries (imported by labeling.models)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q


class Webhook(models.Model):
    """An outside URL that receives the campaign's chosen events, signed with the webhook's secret."""

    campaign = models.ForeignKey("labeling.Campaign", on_delete=models.CASCADE, related_name="webhooks")
    url = models.URLField(max_length=2000, help_text="http(s) URL that receives the POSTs.")
    events = models.JSONField(default=list, help_text="The event types delivered (docs/webhooks.md).")
    # Stored as given: the server signs with it on every delivery, so it cannot be kept as a digest.
    secret = models.CharField(max_length=64, help_text="256-bit HMAC key, hex; shown once at creation.")
    active = models.BooleanField(default=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["id"]


class WebhookDelivery(models.Model):
    """One event sent (or being sent) to one webhook: its payload and what the receiver answered."""

    class Status(models.TextChoices):
        PENDING = "pending"
        DELIVERED = "delivered"
        FAILED = "failed"

    webhook = models.ForeignKey(Webhook, on_delete=models.CASCADE, related_name="deliveries")
    event = models.CharField(max_length=64)
    dedupe_key = models.CharField(
        max_length=200, blank=True, help_text="What the event is about (e.g. run:7:succeeded): sent once per webhook."
    )
    payload = models.JSONField(default=dict, help_text="Ids, statuses and figures only: never an item's text.")
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.PENDING)
    attempts = models.PositiveSmallIntegerField(default=0)
    response_status = models.PositiveSmallIntegerField(null=True, blank=True, help_text="The last HTTP status.")
    last_error = models.CharField(max_length=300, blank=True)
    history = models.JSONField(default=list, help_text="Each attempt: when, HTTP status, error.")
    next_attempt_at = models.DateTimeField(null=True, blank=True, help_text="Pending: when it is tried (again).")
    created_at = models.DateTimeField(auto_now_add=True)
    delivered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["webhook", "dedupe_key"], condition=~Q(dedupe_key=""), name="webhook_delivery_once"
            ),
        ]
        indexes = [models.Index(fields=["status", "next_attempt_at"], name="webhook_delivery_due")]
