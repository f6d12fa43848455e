"""Canaries: fake identities planted as keyed digests, then looked for in every text, file and generation."""

from __future__ import annotations

import json
import logging
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from django.conf import settings
from django.contrib.auth.models import User
from django.db import transaction
from django.db.models import QuerySet

from labeling import canary_scan
from labeling.anonymization import Policy
from labeling.models import (
    AnonymizationPolicy,
    Campaign,
    Canary,
    DatasetRow,
    Example,
    ImportBatch,
    Item,
    StagedRecord,
)
from tuneloop.exceptions import ApplicationError

logger = logging.getLogger(__name__)

MIN_LENGTH = 6  # letters and digits: shorter values would match ordinary words and numbers
MAX_LENGTH = 200
MAX_VALUES = 100
MAX_LABEL = 100
MAX_WHERE = 100  # locations listed per canary in a report; `occurrences` counts them all
DEFAULT_MAX_PROMPTS = 20
STAGED = "staged"
STAGED_NOTE = "staged, not yet anonymized"


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


def canary_list(campaign: Campaign) -> QuerySet[Canary]:
    return Canary.objects.filter(campaign=campaign).order_by("id")


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
    scanner = _Scanner(_secret(campaign) if canaries else "", canaries)
    report: dict[str, Any] = {"campaign": campaign.id}
    if canaries:
        _scan_database(scanner, campaign)
        _scan_exports(scanner, campaign)
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


def dataset_canary_check(*, campaign: Campaign, rows: Sequence[DatasetRow]) -> None:
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


class _Scanner:
    """Collects, per canary, where it was found (deduplicated) and counts what was scanned per source."""

    def __init__(self, key: str, canaries: Sequence[Canary]) -> None:
        self.key = key
        self.canaries = canaries
        self.by_length = canary_scan.group_by_length((c.digest, c.length) for c in canaries)
        self.scanned: Counter[str] = Counter()
        self._where: dict[str, list[dict[str, Any]]] = {c.digest: [] for c in canaries}
        self._occurrences: Counter[str] = Counter()
        self._seen: set[tuple[str, str]] = set()

    def text(self, source: str, /, *texts: str, **location: Any) -> None:
        """One stored text (given in one or more forms, e.g. raw and JSON-decoded) at `location`."""
        self.scanned[source] += 1
        for text in texts:
            for digest, _start, _end in canary_scan.scan(text, self.key, self.by_length):
                self.add(digest, {"source": source, **location})

    def rows(self, source: str, rows: Iterable[tuple[Any, ...]], *, as_json: bool = False) -> None:
        """(text, location fields...) rows of a `values_list`; `as_json` scans a JSON column's strings."""
        for text, *ids in rows:
            location = dict(zip(("id", "dataset", "position"), ids, strict=False))
            self.text(source, canary_scan.json_strings(text) if as_json else text or "", **location)

    def file(self, source: str, file: Path, /, **location: Any) -> None:
        """A text file line by line: the raw lines, and each JSON line's decoded strings (escapes undone)."""
        self.scanned[source] += 1
        with file.open(encoding="utf-8", errors="replace") as handle:
            for digest, number in canary_scan.scan_lines(handle, self.key, self.by_length):
                self.add(digest, {"source": source, **location, "line": number})
        with file.open(encoding="utf-8", errors="replace") as handle:
            for number, line in enumerate(handle, start=1):
                decoded = _json_strings_of(line)
                for digest, _start, _end in canary_scan.scan(decoded, self.key, self.by_length):
                    self.add(digest, {"source": source, **location, "line": number})

    def add(self, digest: str, entry: dict[str, Any]) -> None:
        marker = (digest, json.dumps(entry, sort_keys=True))
        if marker in self._seen:
            return
        self._seen.add(marker)
        self._occurrences[digest] += 1
        if len(self._where[digest]) < MAX_WHERE:
            self._where[digest].append(entry)

    def results(self) -> list[dict[str, Any]]:
        results = []
        for canary in self.canaries:
            where = self._where[canary.digest]
            found = any(entry["source"] != STAGED for entry in where)
            results.append(
                {
                    "id": canary.id,
                    "label": canary.label,
                    "length": canary.length,
                    "found": found,
                    "where": where,
                    "occurrences": self._occurrences[canary.digest],
                }
            )
        return results


def _scan_database(scanner: _Scanner, campaign: Campaign) -> None:
    from evaluation.models import EvaluationRound, EvaluationSample
    from preferences.models import Candidate, Judgement
    from training.models import TrainingRun

    examples = Example.objects.filter(item__campaign=campaign)
    sources: list[tuple[str, QuerySet[Any, Any]]] = [
        ("item", Item.objects.filter(campaign=campaign).values_list("text", "id")),
        ("example.response", examples.values_list("response", "id")),
        ("example.review_comment", examples.exclude(review_comment="").values_list("review_comment", "id")),
        ("candidate", Candidate.objects.filter(item__campaign=campaign).values_list("text", "id")),
        (
            "judgement.rationale",
            Judgement.objects.filter(task__item__campaign=campaign).values_list("rationale", "id"),
        ),
        ("evaluation_sample", EvaluationSample.objects.filter(round__campaign=campaign).values_list("output", "id")),
        ("evaluation.error", EvaluationRound.objects.filter(campaign=campaign).values_list("error", "id")),
        ("training_run.error", TrainingRun.objects.filter(campaign=campaign).values_list("error", "id")),
        ("campaign.system_prompt", Campaign.objects.filter(id=campaign.id).values_list("system_prompt", "id")),
    ]
    for source, rows in sources:
        scanner.rows(source, rows.order_by("id").iterator(chunk_size=2000))
    dataset_rows = DatasetRow.objects.filter(dataset__campaign=campaign).order_by("id")
    scanner.rows(
        "dataset_row", dataset_rows.values_list("data", "id", "dataset_id", "position").iterator(2000), as_json=True
    )
    batches = ImportBatch.objects.filter(campaign=campaign).order_by("id")
    scanner.rows("import.errors", batches.values_list("errors", "id").iterator(chunk_size=2000), as_json=True)
    staged = StagedRecord.objects.filter(batch__campaign=campaign).order_by("id")
    for payload, staged_id, batch_id, line in staged.values_list("payload", "id", "batch_id", "line").iterator(2000):
        location = {"id": staged_id, "batch": batch_id, "line": line, "note": STAGED_NOTE}
        scanner.text(STAGED, payload, _json_strings_of(payload), **location)


def _scan_exports(scanner: _Scanner, campaign: Campaign) -> None:
    """Every file under the campaign's export folder (`v<version>-<hash>/<kind>-<split>.jsonl`)."""
    folder = Path(settings.EXPORTS_DIR) / f"campaign-{campaign.id}"
    if not folder.is_dir():
        return
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        scanner.file("export", path, path=path.relative_to(folder).as_posix())


def _scan_generations(scanner: _Scanner, campaign: Campaign, max_prompts: int) -> dict[str, Any]:
    """Prompt the campaign's newest succeeded model with its items' prompts and scan what it writes."""
    from labeling.services.datasets import prompt_messages
    from training.models import ModelArtifact
    from tuneloop.choices import JobStatus

    artifact = (
        ModelArtifact.objects.select_related("run")
        .filter(run__campaign=campaign, run__status=JobStatus.SUCCEEDED)
        .order_by("-created_at", "-id")
        .first()
    )
    if artifact is None:
        return {"artifact": None, "prompts": 0}
    items = list(Item.objects.filter(campaign=campaign).order_by("id")[: max(0, max_prompts)])
    try:
        from training.ml.generate import generate  # transformers is heavy: import it where it runs

        texts = generate(
            artifact.run.base_model_path, [prompt_messages(campaign, item) for item in items], adapter_dir=artifact.path
        )
    except Exception as exc:
        # The type only: a library's message could quote a prompt or a generation.
        logger.warning("PII audit: generation with artifact %s failed (%s)", artifact.id, type(exc).__name__)
        return {"artifact": artifact.id, "prompts": len(items), "error": f"generation failed ({type(exc).__name__})"}
    for item, text in zip(items, texts, strict=True):
        scanner.text("generation", text, id=item.id, artifact=artifact.id)
    return {"artifact": artifact.id, "prompts": len(items)}


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


def _json_strings_of(line: str) -> str:
    """A JSON text's decoded strings, or "" when it is not JSON."""
    stripped = line.strip()
    if not stripped.startswith(("{", "[", '"')):
        return ""
    try:
        return canary_scan.json_strings(json.loads(stripped))
    except ValueError:
        return ""


def _positions(positions: Sequence[int], shown: int = 20) -> str:
    text = ", ".join(str(p) for p in positions[:shown])
    return text + (f" and {len(positions) - shown} more" if len(positions) > shown else "")
