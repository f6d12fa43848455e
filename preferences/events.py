"""Preferences' live events for the campaign page: judgements stored or undone, candidate rounds."""

from __future__ import annotations

from dataclasses import dataclass

from tuneloop.realtime import ADMINS, MEMBERS, Event, event, notify


@event("judgement.stored", listener="js/campaign/preferences.js", audience=MEMBERS)
@dataclass(frozen=True)
class JudgementStored(Event):
    task: int
    ranking: int | None = None  # set when the judgements came from a ranking of k


@event("judgement.undone", listener="js/campaign/preferences.js", audience=MEMBERS)
@dataclass(frozen=True)
class JudgementUndone(Event):
    task: int | None = None
    ranking: int | None = None


@event("candidates.round", listener="js/campaign/preferences.js", audience=ADMINS)
@dataclass(frozen=True)
class CandidatesRound(Event):
    round: int
    status: str
    items: int
    candidates: int


def notify_judgement_stored(campaign_id: int, *, task: int, ranking: int | None = None) -> None:
    notify(campaign_id, JudgementStored(task=task, ranking=ranking))


def notify_judgement_undone(campaign_id: int, *, task: int | None = None, ranking: int | None = None) -> None:
    notify(campaign_id, JudgementUndone(task=task, ranking=ranking))


def notify_candidates_round(campaign_id: int, update: CandidatesRound) -> None:
    notify(campaign_id, update)
