"""One delivery attempt: claim the due row, POST it signed, record the answer and when to try again."""

from __future__ import annotations

import json
import logging
from datetime import datetime, timedelta
from typing import Any

from django.db import transaction
from django.utils import timezone

from labeling.webhooks import transport
from labeling.webhooks.models import WebhookDelivery
from labeling.webhooks.signing import signed_headers

logger = logging.getLogger(__name__)
# The wait after attempt 1, 2, ...: the sixth attempt is the last.
BACKOFF_SECONDS = (10, 60, 300, 1800, 7200)
MAX_ATTEMPTS = len(BACKOFF_SECONDS) + 1
CLAIM_SECONDS = 60  # a claimed row is not due again for this long: a worker that dies mid-attempt lets it go
HISTORY_KEPT = 20
Status = WebhookDelivery.Status


def delivery_body(delivery: WebhookDelivery) -> bytes:
    """The raw JSON body that is signed and sent."""
    envelope = {
        "id": delivery.id,
        "event": delivery.event,
        "campaign": delivery.webhook.campaign_id,
        "created_at": delivery.created_at.isoformat(),
        "data": delivery.payload,
    }
    return json.dumps(envelope, separators=(",", ":"), sort_keys=True).encode()


def delivery_claim(*, delivery_id: int, now: datetime) -> WebhookDelivery | None:
    """Take the pending, due row for one attempt; None when it is not due, done, or another worker has it."""
    due = WebhookDelivery.objects.filter(id=delivery_id, status=Status.PENDING, next_attempt_at__lte=now)
    if not due.update(next_attempt_at=now + timedelta(seconds=CLAIM_SECONDS)):
        return None
    return WebhookDelivery.objects.select_related("webhook").filter(id=delivery_id).first()  # None: deleted since


def delivery_attempt(*, delivery_id: int, now: datetime | None = None) -> WebhookDelivery | None:
    """Attempt the delivery if it is due: 2xx delivers it; a network error, 5xx or 429 is tried again after
    BACKOFF_SECONDS (failed after MAX_ATTEMPTS); any other answer fails it at once. None: nothing was due."""
    now = now or timezone.now()
    delivery = delivery_claim(delivery_id=delivery_id, now=now)
    if delivery is None:
        return None
    webhook = delivery.webhook
    if not webhook.active:
        return _record(delivery, now, transport.Answer(None, "The webhook is turned off."), retry=False)
    timestamp = int(now.timestamp())
    body = delivery_body(delivery)
    headers = signed_headers(
        secret=webhook.secret, event=delivery.event, delivery_id=delivery.id, timestamp=timestamp, body=body
    )
    answer = transport.post(webhook.url, body, headers)
    retry = answer.status is None or answer.status == 429 or answer.status >= 500
    return _record(delivery, now, answer, retry=retry)


def _record(delivery: WebhookDelivery, now: datetime, answer: transport.Answer, *, retry: bool) -> WebhookDelivery:
    delivery.attempts += 1
    delivery.response_status, delivery.last_error = answer.status, _error(answer)
    entry: dict[str, Any] = {"at": now.isoformat(), "status": answer.status, "error": delivery.last_error}
    delivery.history = [*delivery.history, entry][-HISTORY_KEPT:]
    if answer.status is not None and 200 <= answer.status < 300:
        delivery.status, delivery.delivered_at, delivery.next_attempt_at = Status.DELIVERED, now, None
    elif retry and delivery.attempts < MAX_ATTEMPTS:
        delivery.next_attempt_at = now + timedelta(seconds=BACKOFF_SECONDS[delivery.attempts - 1])
    else:
        delivery.status, delivery.next_attempt_at = Status.FAILED, None
    with transaction.atomic():
        delivery.save(
            update_fields=[
                "attempts",
                "response_status",
                "last_error",
                "history",
                "status",
                "delivered_at",
                "next_attempt_at",
            ]
        )
    logger.info("webhook delivery %s: attempt %s, %s", delivery.id, delivery.attempts, delivery.status)
    return delivery


def _error(answer: transport.Answer) -> str:
    if answer.error:
        return answer.error[:300]
    if answer.status is not None and not 200 <= answer.status < 300:
        return f"The receiver answered HTTP {answer.status}."
    return ""
