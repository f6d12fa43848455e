"""Canaries: fake identities planted as keyed digests, then looked for in every text, file and generation."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from django.contrib.auth.models import User
from django.db import transaction

from privacy.engine import canary_scan
from privacy.engine.policy import Policy
from privacy.models import AnonymizationPolicy, Canary
from privacy.selectors import canary_list
from privacy.services.scanner import STAGED, Scanner
from privacy.sources import AUDIT_SOURCES, GENERATION_SOURCES, Campaign
from tuneloop.exceptions import ApplicationError

logger = logging.getLogger(__name__)

MIN_LENGTH = 6  # letters and digits: shorter values would match ordinary words and numbers
MAX_LENGTH = 200
MAX_VALUES = 100
MAX_LABEL = 100
DEFAULT_MAX_PROMPTS = 20
__all__ = ["STAGED", "canaries_plant", "canary_audit", "dataset_canary_check"]


def canaries_plant(
    *, campaign: Campaign, user: User, values: Sequence[str], labels: Sequence[str] | None = None
) -> list[Canary]:
    """Plant canaries (one per value, in order); a value planted before returns its existing canary.

    Only a keyed digest of each normalized value and its length are stored: the value itself never is.
    """
    normalized = _check_values(values)
    given = _check_labels(labels, normalized)
    with transaction.atomic():
        secret = _policy_for_canaries(campaign).secret
        planted = []
        for value, label in zip(normalized, given, strict=True):
            digest = canary_scan.digest(secret, value)
            canary = Canary.objects.filter(campaign=campaign, digest=digest).first()
            if canary is None:
                number = Canary.objects.filter(campaign=campaign).count() + 1
                canary = Canary.objects.create(
                    campaign=campaign,
                    label=label or f"canary {number} ({len(value)} chars)",
                    digest=digest,
                    length=len(value),
                    created_by=user,
                )
            planted.append(canary)
    logger.info("Planted %d canaries in campaign %s", len(planted), campaign.id)
    return planted


def canary_audit(
    *,
    campaign: Campaign,
    generate: bool = True,
    max_prompts: int = DEFAULT_MAX_PROMPTS,
    log_files: Sequence[Path] = (),
) -> dict[str, Any]:
    """Look for every planted canary in the campaign's stored texts, its exports, `log_files` and, with
    `generate`, what its newest model writes for its items' prompts (kept in memory, never stored).

    Each canary is `found` when it occurs anywhere but in staged import lines, which hold raw text
    by design until they are anonymized; those are listed with a note. Locations name the source and
    row or file and line, never the text around the value.
    """
    canaries = list(canary_list(campaign))
    scanner = Scanner(_secret(campaign) if canaries else "", canaries)
    report: dict[str, Any] = {"campaign": campaign.id}
    if canaries:
        for source in AUDIT_SOURCES:
            source.scan(scanner, campaign)
        for path in log_files:
            scanner.file("log", Path(path), path=str(path))
        if generate:
            report["generation"] = _scan_generations(scanner, campaign, max_prompts)
    report["canaries"] = scanner.results()
    report["scanned"] = dict(scanner.scanned)
    logger.info(
        "PII audit of campaign %s: %d of %d canaries found",
        campaign.id,
        sum(entry["found"] for entry in report["canaries"]),
        len(canaries),
    )
    return report


def dataset_canary_check(*, campaign: Campaign, rows: Sequence[Any]) -> None:
    """Refuse (ApplicationError) rows about to be frozen that hold a planted canary, naming its label and
    the rows' positions, never the value."""
    canaries = list(canary_list(campaign))
    if not canaries:
        return
    key, by_length = _secret(campaign), canary_scan.group_by_length((c.digest, c.length) for c in canaries)
    positions: dict[str, list[int]] = {}
    # Rows repeat their strings (the system prompt in each, an item's prompt in its SFT and DPO rows):
    # each distinct string is scanned once.
    hits_by_string: dict[str, set[str]] = {}
    for row in rows:
        for string in canary_scan.json_leaves(row.data):
            if string not in hits_by_string:
                hits_by_string[string] = {digest for digest, _, _ in canary_scan.scan(string, key, by_length)}
            for digest in hits_by_string[string]:
                found = positions.setdefault(digest, [])
                if not found or found[-1] != row.position:  # a row's strings are scanned together
                    found.append(row.position)
    if not positions:
        return
    labels = {canary.digest: canary.label for canary in canaries}
    named = "; ".join(
        f"'{labels[digest]}' in row(s) at position {_positions(found)}" for digest, found in positions.items()
    )
    raise ApplicationError(
        f"Cannot freeze: a planted canary was found in the rows ({named}). Anonymization missed it; "
        "fix or reject those responses and run `manage.py pii_audit` to see where else it is.",
        extra={"canaries": [{"label": labels[digest], "positions": found} for digest, found in positions.items()]},
    )


def _check_values(values: Sequence[str]) -> list[str]:
    """The normalized values; errors name the field (`values[2]`), never quote the value."""
    if isinstance(values, str) or not isinstance(values, Sequence) or not values:
        raise ApplicationError("Give a list of one or more canary values.", field="values")
    if len(values) > MAX_VALUES:
        raise ApplicationError(f"Plant at most {MAX_VALUES} canaries at once.", field="values")
    normalized = []
    for index, value in enumerate(values):
        if not isinstance(value, str):
            raise ApplicationError("A canary value must be a string.", field=f"values[{index}]")
        clean = canary_scan.normalize(value)
        if len(clean) < MIN_LENGTH:
            raise ApplicationError(
                f"A canary needs at least {MIN_LENGTH} letters or digits (this one has {len(clean)}): "
                "shorter values would match ordinary text.",
                field=f"values[{index}]",
            )
        if len(clean) > MAX_LENGTH:
            raise ApplicationError(
                f"A canary may have at most {MAX_LENGTH} letters and digits.", field=f"values[{index}]"
            )
        normalized.append(clean)
    return normalized


def _check_labels(labels: Sequence[str] | None, normalized: Sequence[str]) -> list[str]:
    if labels is None:
        return [""] * len(normalized)
    if isinstance(labels, str) or len(labels) != len(normalized):
        raise ApplicationError("Give one label per value, or no labels.", field="labels")
    given = []
    for index, (label, value) in enumerate(zip(labels, normalized, strict=True)):
        if not isinstance(label, str):
            raise ApplicationError("A label must be a string.", field=f"labels[{index}]")
        label = label.strip()
        if len(label) > MAX_LABEL:
            raise ApplicationError(f"A label may have at most {MAX_LABEL} characters.", field=f"labels[{index}]")
        if label and value in canary_scan.normalize(label):
            # Labels are stored and shown in the clear: one holding the value would leak it.
            raise ApplicationError("A label must not contain the canary's value.", field=f"labels[{index}]")
        given.append(label)
    return given


def _policy_for_canaries(campaign: Campaign) -> AnonymizationPolicy:
    """The campaign's policy row, locked, whose secret keys the digests; created (as the default policy,
    so nothing about anonymization changes) when the campaign has none yet."""
    row, _created = AnonymizationPolicy.objects.select_for_update().get_or_create(
        campaign=campaign, defaults={"document": Policy().to_dict(), "version": 1}
    )
    return row


def _secret(campaign: Campaign) -> str:
    secret = AnonymizationPolicy.objects.filter(campaign=campaign).values_list("secret", flat=True).first()
    if not secret:
        raise ApplicationError("The campaign has canaries but no policy key to find them by.")
    return secret


def _positions(positions: Sequence[int], shown: int = 20) -> str:
    text = ", ".join(str(p) for p in positions[:shown])
    return text + (f" and {len(positions) - shown} more" if len(positions) > shown else "")


def _scan_generations(scanner: Scanner, campaign: Campaign, max_prompts: int) -> dict[str, Any]:
    """What the campaign's newest model writes for its items' prompts (the source training registers)."""
    if not GENERATION_SOURCES:
        return {"artifact": None, "prompts": 0}
    texts, summary = GENERATION_SOURCES[0].generate(campaign, max_prompts)
    for item_id, text in texts:
        scanner.text("generation", text, id=item_id, artifact=summary["artifact"])
    return summary
