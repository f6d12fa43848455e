"""Webhook signatures: HMAC-SHA256 of "<timestamp>.<raw body>" with the webhook's secret (docs/webhooks.md)."""

from __future__ import annotations

import hashlib
import hmac
import secrets


def secret_new() -> str:
    """256 random bits, hex."""
    return secrets.token_hex(32)


def signature(secret: str, timestamp: int, body: bytes) -> str:
    """The X-Tuneloop-Signature value: the timestamp is signed too, so an old delivery cannot be replayed as new."""
    digest = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    return f"sha256={digest}"


def signed_headers(*, secret: str, event: str, delivery_id: int, timestamp: int, body: bytes) -> dict[str, str]:
    return {
        "Content-Type": "application/json",
        "User-Agent": "Tuneloop-Webhooks/1",
        "X-Tuneloop-Event": event,
        "X-Tuneloop-Delivery": str(delivery_id),
        "X-Tuneloop-Timestamp": str(timestamp),
        "X-Tuneloop-Signature": signature(secret, timestamp, body),
    }
