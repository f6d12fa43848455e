"""Deployments' texts for the PII dashboard and the canary audit: stored requests, answers and feedback."""

from __future__ import annotations

from typing import Any

from deployments.models import Feedback, ServedRequest
from privacy.services.scanner import Scanner
from privacy.sources import register_audit_source


def _scan(scanner: Scanner, campaign: Any) -> None:
    rows = ServedRequest.objects.filter(deployment__campaign=campaign).order_by("id")
    scanner.rows("served_request.messages", rows.values_list("messages", "id").iterator(2000), as_json=True)
    scanner.rows("served_request.output", rows.values_list("output", "id").iterator(2000))
    decisions = Feedback.objects.filter(request__deployment__campaign=campaign).values_list("decision", "id")
    scanner.rows("feedback.decision", decisions.order_by("id").iterator(2000))


def register() -> None:
    register_audit_source("deployments", _scan)
