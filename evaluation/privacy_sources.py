"""Evaluation's texts for the PII dashboard and the canary audit: generated samples and round errors."""

from __future__ import annotations

from typing import Any

from evaluation.models import EvaluationRound, EvaluationSample
from privacy.services.scanner import Scanner
from privacy.sources import register_audit_source, register_count_source


def _samples(campaign: Any) -> Any:
    return EvaluationSample.objects.filter(round__campaign=campaign)


def _scan(scanner: Scanner, campaign: Any) -> None:
    scanner.rows("evaluation_sample", _samples(campaign).values_list("output", "id").order_by("id").iterator(2000))
    errors = EvaluationRound.objects.filter(campaign=campaign).values_list("error", "id").order_by("id")
    scanner.rows("evaluation.error", errors.iterator(2000))


def register() -> None:
    register_count_source("evaluations", lambda c: _samples(c).values_list("entity_counts", flat=True))
    register_audit_source("evaluation", _scan)
