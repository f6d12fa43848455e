"""Preferences' texts for the PII dashboard and the canary audit: candidates and judgement rationales."""

from __future__ import annotations

from typing import Any

from preferences.models import Candidate, Judgement
from privacy.services.scanner import Scanner
from privacy.sources import register_audit_source, register_count_source


def _candidates(campaign: Any) -> Any:
    return Candidate.objects.filter(item__campaign=campaign)


def _judgements(campaign: Any) -> Any:
    return Judgement.objects.filter(task__item__campaign=campaign)


def _scan(scanner: Scanner, campaign: Any) -> None:
    scanner.rows("candidate", _candidates(campaign).values_list("text", "id").order_by("id").iterator(2000))
    rationales = _judgements(campaign).values_list("rationale", "id").order_by("id")
    scanner.rows("judgement.rationale", rationales.iterator(2000))


def register() -> None:
    register_count_source("candidates", lambda c: _candidates(c).values_list("entity_counts", flat=True))
    register_count_source("judgements", lambda c: _judgements(c).values_list("entity_counts", flat=True))
    register_audit_source("preferences", _scan)
