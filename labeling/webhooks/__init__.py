"""Webhooks: signed HTTP deliveries of a campaign's events to outside systems (docs/webhooks.md)."""
