"""Webhook writes: create, change, delete, ping and redeliver; and the hook that turns events into deliveries."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from django.contrib.auth.models import User
from django.db import IntegrityError, transaction
from django.utils import timezone

from labeling.models import Campaign
from labeling.webhooks.catalog import EVENT_TYPES, PING, TRANSLATIONS, deliveries_for
from labeling.webhooks.models import Webhook, WebhookDelivery
from labeling.webhooks.signing import secret_new
from labeling.webhooks.tasks import delivery_enqueue
from labeling.webhooks.transport import url_check
from tuneloop.exceptions import ApplicationError
from tuneloop.realtime import Event

logger = logging.getLogger(__name__)
MAX_WEBHOOKS = 20  # per campaign


def webhook_create(*, campaign: Campaign, user: User, url: str, events: Sequence[str], active: bool = True) -> Webhook:
    """A webhook with a new secret (the caller shows it once)."""
    url_check(url)
    if Webhook.objects.filter(campaign=campaign).count() >= MAX_WEBHOOKS:
        raise ApplicationError(f"A campaign has at most {MAX_WEBHOOKS} webhooks.")
    return Webhook.objects.create(
        campaign=campaign, url=url, events=_events(events), secret=secret_new(), active=active, created_by=user
    )


def webhook_update(
    *, webhook: Webhook, url: str | None = None, events: Sequence[str] | None = None, active: bool | None = None
) -> Webhook:
    if url is not None:
        url_check(url)
        webhook.url = url
    if events is not None:
        webhook.events = _events(events)
    if active is not None:
        webhook.active = active
    webhook.save(update_fields=["url", "events", "active"])
    return webhook


def webhook_delete(*, webhook: Webhook) -> None:
    webhook.delete()  # its deliveries with it


def webhook_ping(*, webhook: Webhook) -> WebhookDelivery:
    """A `ping` delivery, to check the receiver and its signature check (an active webhook only)."""
    if not webhook.active:
        raise ApplicationError("Turn the webhook on to send it a test event.", field="active")
    with transaction.atomic():
        return _delivery_create(webhook, PING, "", {"webhook": webhook.id, "events": list(webhook.events)})


def delivery_redeliver(*, delivery: WebhookDelivery) -> WebhookDelivery:
    """Send a finished delivery again, with a fresh round of attempts (its history kept)."""
    if delivery.status == WebhookDelivery.Status.PENDING:
        raise ApplicationError("This delivery is still being attempted.", field="status")
    with transaction.atomic():
        delivery.status, delivery.attempts, delivery.next_attempt_at = WebhookDelivery.Status.PENDING, 0, timezone.now()
        delivery.save(update_fields=["status", "attempts", "next_attempt_at"])
        delivery_enqueue(delivery.id)
    return delivery


def event_deliveries_create(campaign_id: int, message: Event) -> list[WebhookDelivery]:
    """tuneloop.realtime's event_published hook, inside the service's transaction: one delivery per active
    webhook of the campaign that takes the event's type. A failure here is logged and never fails the write."""
    if message.name not in TRANSLATIONS:  # most events (a run's metrics, each judgement): nothing to do, cheaply
        return []
    translated = deliveries_for(message.name, message.payload())
    if not translated:
        return []
    try:
        with transaction.atomic():
            webhooks = list(Webhook.objects.filter(campaign_id=campaign_id, active=True))
            return [
                delivery
                for event, key, payload in translated
                for webhook in webhooks
                if event in webhook.events
                for delivery in [_delivery_once(webhook, event, key, payload)]
                if delivery is not None
            ]
    except Exception:
        logger.exception("webhooks: deliveries for %s of campaign %s not created", message.name, campaign_id)
        return []


def _delivery_once(webhook: Webhook, event: str, key: str, payload: dict[str, Any]) -> WebhookDelivery | None:
    """The delivery, unless this webhook already has one for the same key (the same run finishing twice)."""
    if key and WebhookDelivery.objects.filter(webhook=webhook, dedupe_key=key).exists():
        return None
    try:
        with transaction.atomic():
            return _delivery_create(webhook, event, key, payload)
    except IntegrityError:  # a concurrent twin won
        return None


def _delivery_create(webhook: Webhook, event: str, key: str, payload: dict[str, Any]) -> WebhookDelivery:
    delivery = WebhookDelivery.objects.create(
        webhook=webhook, event=event, dedupe_key=key, payload=payload, next_attempt_at=timezone.now()
    )
    delivery_enqueue(delivery.id)
    return delivery


def _events(events: Sequence[str]) -> list[str]:
    unknown = sorted(set(events) - set(EVENT_TYPES))
    if unknown:
        known = ", ".join(EVENT_TYPES)
        raise ApplicationError(f"Unknown event type {unknown[0]!r}; choose among {known}.", field="events")
    if not events:
        raise ApplicationError("Choose at least one event type.", field="events")
    return [event for event in EVENT_TYPES if event in set(events)]
