"""Evaluation's live events: a round's status and, when it is done, its report; a promotion or rollback."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from tuneloop.realtime import ADMINS, Event, event, notify


@event("evaluation.status", listener="js/campaign/evaluations.js", audience=ADMINS)
@dataclass(frozen=True)
class EvaluationStatus(Event):
    evaluation: int
    status: str
    report: dict[str, Any] = field(default_factory=dict)


@event("promotion.recorded", listener="api-only", audience=ADMINS)
@dataclass(frozen=True)
class PromotionRecorded(Event):
    promotion: int
    action: str
    artifact: int | None
    evaluation: int | None
    recommendation: str
    overridden: bool


def notify_evaluation_status(campaign_id: int, update: EvaluationStatus) -> None:
    notify(campaign_id, update)


def notify_promotion(campaign_id: int, recorded: PromotionRecorded) -> None:
    notify(campaign_id, recorded)
