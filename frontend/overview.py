"""Where a campaign's loop stands: each stage's figures, read in a fixed handful of queries."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from django.db.models import Count, Q
from django.db.models.fields.json import KT

from dataset_versions.models import DatasetVersion
from evaluation.models import EvaluationRound
from evaluation.services.promotions import incumbent
from labeling.models import Campaign, Example
from labeling.selectors import ANSWERED, item_count
from preferences.selectors import preference_judgements
from training.models import TrainingRun
from tuneloop.choices import JobStatus

BUSY = (JobStatus.QUEUED, JobStatus.RUNNING)


@dataclass(frozen=True)
class ItemFigures:
    total: int
    answered: int  # items with at least one answer (drafts are not answers)
    approved: int  # items with at least one approved answer: what a dataset version takes in
    awaiting_review: int  # answers submitted and not reviewed yet


@dataclass(frozen=True)
class SplitCounts:
    sft: int
    dpo: int


@dataclass(frozen=True)
class LatestVersion:
    id: int
    version: int
    created_at: datetime
    train: SplitCounts
    validation: SplitCounts
    test: SplitCounts  # sealed: only evaluation reads it


@dataclass(frozen=True)
class DatasetFigures:
    versions: int
    latest: LatestVersion | None


@dataclass(frozen=True)
class JobFigures:
    """A job kind's rows by status (training runs, evaluation rounds)."""

    total: int = 0
    by_status: dict[str, int] = field(default_factory=dict)

    @property
    def busy(self) -> int:
        return sum(self.by_status.get(status, 0) for status in BUSY)


@dataclass(frozen=True)
class Verdict:
    """The gate's recommendation on the newest succeeded evaluation round, as recorded with its report."""

    round: int
    artifact: int
    recommendation: str | None  # "promote" | "reject"; None for a round recorded before the gate existed
    against: str | None  # the contender the candidate was held against
    finished_at: datetime | None


@dataclass(frozen=True)
class Incumbent:
    artifact: int | None  # None after rolling back past the first promotion
    action: str
    since: datetime


@dataclass(frozen=True)
class LoopOverview:
    items: ItemFigures
    judgements: int
    datasets: DatasetFigures
    runs: JobFigures
    evaluations: JobFigures
    last_verdict: Verdict | None
    incumbent: Incumbent | None


def _items(campaign: Campaign) -> ItemFigures:
    counts = Example.objects.filter(item__campaign=campaign).aggregate(
        answered=Count("item", distinct=True, filter=Q(status__in=ANSWERED)),
        approved=Count("item", distinct=True, filter=Q(status=Example.Status.APPROVED)),
        awaiting_review=Count("id", filter=Q(status=Example.Status.SUBMITTED)),
    )
    return ItemFigures(total=item_count(campaign), **counts)


def _split(counts: dict[str, Any], split: str) -> SplitCounts:
    rows = counts.get(split) or {}
    return SplitCounts(sft=int(rows.get("sft", 0)), dpo=int(rows.get("dpo", 0)))


def _datasets(campaign: Campaign) -> DatasetFigures:
    versions = DatasetVersion.objects.filter(campaign=campaign)
    row = versions.order_by("-version").values("id", "version", "created_at", "counts").first()
    if row is None:
        return DatasetFigures(versions=0, latest=None)
    counts = row["counts"]
    latest = LatestVersion(
        id=row["id"],
        version=row["version"],
        created_at=row["created_at"],
        train=_split(counts, "train"),
        validation=_split(counts, "validation"),
        test=_split(counts, "test"),
    )
    return DatasetFigures(versions=versions.count(), latest=latest)


def _jobs(rows: Any) -> JobFigures:
    by_status = dict(rows.order_by().values_list("status").annotate(n=Count("id")))
    return JobFigures(total=sum(by_status.values()), by_status=by_status)


def _last_verdict(campaign: Campaign) -> Verdict | None:
    """Only the gate's two keys are read from the report, never the whole document."""
    row = (
        EvaluationRound.objects.filter(campaign=campaign, status=JobStatus.SUCCEEDED)
        .order_by("-id")
        .values("id", "artifact_id", "finished_at")
        .annotate(recommendation=KT("report__gate__recommendation"), against=KT("report__gate__against"))
        .first()
    )
    if row is None:
        return None
    return Verdict(
        round=row["id"],
        artifact=row["artifact_id"],
        recommendation=row["recommendation"],
        against=row["against"],
        finished_at=row["finished_at"],
    )


def _incumbent(campaign: Campaign) -> Incumbent | None:
    entry = incumbent(campaign)
    if entry is None:
        return None
    return Incumbent(artifact=entry.artifact_id, action=entry.action, since=entry.created_at)


def loop_overview(campaign: Campaign) -> LoopOverview:
    """The campaign's loop at a glance, in nine queries however large it grows."""
    return LoopOverview(
        items=_items(campaign),
        judgements=preference_judgements(campaign).count(),
        datasets=_datasets(campaign),
        runs=_jobs(TrainingRun.objects.filter(campaign=campaign)),
        evaluations=_jobs(EvaluationRound.objects.filter(campaign=campaign)),
        last_verdict=_last_verdict(campaign),
        incumbent=_incumbent(campaign),
    )
