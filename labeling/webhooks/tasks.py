"""The delivery actor (queue `default`), its retries scheduled as delayed messages, and the sweeper's catch-up."""

from __future__ import annotations

import logging
from datetime import timedelta

import dramatiq
from django.conf import settings
from django.db import transaction
from django.utils import timezone

from labeling.webhooks.attempts import delivery_attempt
from labeling.webhooks.models import WebhookDelivery
from tuneloop.jobs import register_housekeeping

logger = logging.getLogger(__name__)


@dramatiq.actor(queue_name="default", max_retries=0, time_limit=60 * 1000)
def webhook_deliver(delivery_id: int) -> None:
    """Attempt the delivery if due (the row, not the message, says so); schedule the next attempt if any."""
    delivery = delivery_attempt(delivery_id=delivery_id)
    if delivery is not None and delivery.status == WebhookDelivery.Status.PENDING and delivery.next_attempt_at:
        wait = (delivery.next_attempt_at - timezone.now()).total_seconds()
        delivery_send(delivery.id, delay_seconds=max(wait, 0))


def delivery_send(delivery_id: int, *, delay_seconds: float = 0) -> bool:
    """Hand the attempt to the broker; a refusal is logged, and the sweeper sends it when due."""
    try:
        webhook_deliver.send_with_options(args=(delivery_id,), delay=int(delay_seconds * 1000) or None)
    except Exception as exc:
        logger.warning("webhook delivery %s: not sent (%s); the sweeper sends it", delivery_id, type(exc).__name__)
        return False
    return True


def delivery_enqueue(delivery_id: int) -> None:
    """Send the first attempt once the current transaction commits."""
    transaction.on_commit(lambda: delivery_send(delivery_id))


def deliveries_due_send() -> int:
    """The sweeper's pass: send the pending deliveries due for over JOB_SEND_GRACE_SECONDS (a message lost, a
    worker gone mid-attempt). A row claimed by another worker is not due, and a second message finds nothing."""
    late = timezone.now() - timedelta(seconds=settings.JOB_SEND_GRACE_SECONDS)
    due = WebhookDelivery.objects.filter(status=WebhookDelivery.Status.PENDING, next_attempt_at__lte=late)
    return sum(delivery_send(delivery_id) for delivery_id in due.values_list("id", flat=True)[:500])


def register() -> None:
    register_housekeeping("webhook_deliveries_due", deliveries_due_send)
