"""Webhook reads, each permission-checked: a campaign's admins alone see its webhooks and their deliveries."""

from __future__ import annotations

from django.db.models import QuerySet

from labeling.models import Campaign
from labeling.selectors import access_campaign_of
from labeling.webhooks.models import Webhook, WebhookDelivery
from tuneloop.auth import AnyUser
from tuneloop.exceptions import NotFound
from tuneloop.roles import ADMIN


def access_webhook(user: AnyUser, webhook_id: int) -> Webhook:
    webhook = Webhook.objects.filter(id=webhook_id).first()
    missing = f"Webhook {webhook_id} does not exist."
    if webhook is None:
        raise NotFound(missing)
    access_campaign_of(user, webhook.campaign_id, missing=missing, role=ADMIN)
    return webhook


def access_delivery(user: AnyUser, delivery_id: int) -> WebhookDelivery:
    delivery = WebhookDelivery.objects.select_related("webhook").filter(id=delivery_id).first()
    missing = f"Delivery {delivery_id} does not exist."
    if delivery is None:
        raise NotFound(missing)
    access_campaign_of(user, delivery.webhook.campaign_id, missing=missing, role=ADMIN)
    return delivery


def webhook_list(campaign: Campaign) -> QuerySet[Webhook]:
    return Webhook.objects.filter(campaign=campaign).order_by("id")


def delivery_list(webhook: Webhook) -> QuerySet[WebhookDelivery]:
    return WebhookDelivery.objects.filter(webhook=webhook).order_by("-id")
