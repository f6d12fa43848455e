"""Reads of a campaign's anonymization policy, its audit trail, its canaries and its PII dashboard."""

from __future__ import annotations

from collections import Counter
from typing import Any

from django.db.models import QuerySet

from privacy.engine.policy import Policy
from privacy.models import AnonymizationPolicy, Canary, PolicyChange
from privacy.sources import COUNT_SOURCES, Campaign


def policy_get(campaign: Campaign) -> Policy:
    """The campaign's anonymization policy with its hash key; the default policy until one is saved."""
    row = AnonymizationPolicy.objects.filter(campaign=campaign).first()
    if row is None:
        return Policy()
    return Policy.from_dict(row.document, hash_key=row.secret)


def policy_document(campaign: Campaign) -> dict[str, Any]:
    """What the API shows: the policy as JSON and its version; the secret key never leaves."""
    row = AnonymizationPolicy.objects.filter(campaign=campaign).first()
    return {"version": row.version if row else 0, **(Policy.from_dict(row.document) if row else Policy()).to_dict()}


def policy_changes(campaign: Campaign) -> QuerySet[PolicyChange]:
    return PolicyChange.objects.filter(campaign=campaign).select_related("user").order_by("-version")


def canary_list(campaign: Campaign) -> QuerySet[Canary]:
    return Canary.objects.filter(campaign=campaign).order_by("id")


def pii_summary(campaign: Campaign) -> dict[str, Any]:
    """Entity types and counts replaced per kind of text (never values): the campaign's PII dashboard.

    The kinds of text are those the apps registered (privacy.sources), in their registration order.
    """
    by_source: dict[str, dict[str, int]] = {}
    texts_with_pii: dict[str, int] = {}
    for source in COUNT_SOURCES:
        totals: Counter[str] = Counter()
        touched = 0
        for counts in source.counts(campaign):
            totals.update(counts or {})
            touched += bool(counts)
        by_source[source.name], texts_with_pii[source.name] = dict(totals), touched
    overall: Counter[str] = Counter()
    for source_totals in by_source.values():
        overall.update(source_totals)
    return {"total": dict(overall.most_common()), "by_source": by_source, "texts_with_pii": texts_with_pii}
