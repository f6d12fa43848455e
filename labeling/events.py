"""Labeling's live events: import progress, and examples submitted or reviewed."""

from __future__ import annotations

from dataclasses import dataclass

from tuneloop.realtime import ADMINS, MEMBERS, Event, event, notify


@event("import.progress", listener="js/campaign/imports.js", audience=ADMINS)
@dataclass(frozen=True)
class ImportProgress(Event):
    id: int
    status: str
    total_lines: int
    accepted: int
    duplicates: int
    rejected: int


@event("example.submitted", listener="api-only", audience=MEMBERS)
@dataclass(frozen=True)
class ExampleSubmitted(Event):
    id: int


@event("example.reviewed", listener="api-only", audience=MEMBERS)
@dataclass(frozen=True)
class ExampleReviewed(Event):
    id: int
    status: str


def notify_import_progress(campaign_id: int, progress: ImportProgress) -> None:
    notify(campaign_id, progress)


def notify_example_submitted(campaign_id: int, example_id: int) -> None:
    notify(campaign_id, ExampleSubmitted(id=example_id))


def notify_example_reviewed(campaign_id: int, example_id: int, status: str) -> None:
    notify(campaign_id, ExampleReviewed(id=example_id, status=status))
