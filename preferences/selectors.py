"""Reads for comparison tasks: the reviewer's view without model identity, and preference pairs for datasets."""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from itertools import chain
from pathlib import PurePath

from django.conf import settings
from django.db.models import Count, QuerySet, Window
from django.db.models.functions import Greatest, Least
from django.utils import timezone

from labeling.models import Campaign, Item
from labeling.selectors import guideline_current
from preferences.agreement import ReviewerReliability, Vote, reliability
from preferences.models import EVALUATION_RUBRIC, Candidate, ComparisonTask, Judgement, RankingTask


def comparison_payload(task: ComparisonTask, *, criteria: list[str] | None = None) -> dict:
    """What a reviewer sees: the item and two unlabeled responses, never their source or whether the pair is
    gold; with the acceptance criteria to rate them on, and how long a judgement can be undone."""
    criteria = _pair_criteria(task, criteria)
    return pair_payload(
        task.id,
        task.item_id,
        task.item.text,
        task.left.text,
        task.right.text,
        task.lease_expires_at,
        task.evaluation,
        criteria,
    )


def pair_payload(
    task: int,
    item: int,
    item_text: str,
    a: str,
    b: str,
    expires: datetime | None,
    evaluation: bool,
    criteria: list[str],
) -> dict:
    """The pair payload from its parts (the hot path reads them in its one statement)."""
    return {
        "id": task,
        "kind": "pair",
        "item": {"id": item, "text": item_text},
        "a": {"text": a},
        "b": {"text": b},
        "lease_expires_at": expires.isoformat() if expires else None,
        "criteria": list(EVALUATION_RUBRIC) if evaluation else criteria,
        "evaluation": evaluation,
        "undo_seconds": settings.JUDGEMENT_UNDO_SECONDS,
    }


def _pair_criteria(task: ComparisonTask, criteria: list[str] | None) -> list[str]:
    if task.evaluation:
        return list(EVALUATION_RUBRIC)
    return criteria if criteria is not None else acceptance_criteria(task.item.campaign)


def ranking_payload(task: RankingTask) -> dict:
    """What a reviewer ranks: the item and k unlabeled responses numbered 1..k in the task's random order,
    never their source. Per-criterion ratings are a pairwise question, so a ranking has none."""
    texts = dict(Candidate.objects.filter(id__in=task.shown).values_list("id", "text"))
    return {
        "id": task.id,
        "kind": "ranking",
        "item": {"id": task.item_id, "text": task.item.text},
        "candidates": [{"position": place, "text": texts[id_]} for place, id_ in enumerate(task.shown, start=1)],
        "lease_expires_at": task.lease_expires_at.isoformat() if task.lease_expires_at else None,
        "criteria": [],
        "undo_seconds": settings.JUDGEMENT_UNDO_SECONDS,
    }


def judging_payload(task: ComparisonTask | RankingTask, *, criteria: list[str] | None = None) -> dict:
    """What the judging queue serves of a task: a pair's payload or a ranking's, told apart by `kind`."""
    if isinstance(task, RankingTask):
        return ranking_payload(task)
    return comparison_payload(task, criteria=criteria)


def preference_judgements(campaign: Campaign) -> QuerySet[Judgement]:
    """The campaign's preference judgements: never those of human evaluation rounds, which judge sealed test
    items and stay out of preference pairs, statistics, ratings and every dataset."""
    return Judgement.objects.filter(task__item__campaign=campaign, task__evaluation=False)


def acceptance_criteria(campaign: Campaign) -> list[str]:
    guideline = guideline_current(campaign)
    return list((guideline.spec.get("acceptance_criteria") or []) if guideline is not None else [])


@dataclass
class PreferencePair:
    """A chosen and a rejected response to one item, and the judgements behind the choice."""

    item: Item
    chosen: Candidate
    rejected: Candidate
    judgements: list[Judgement]
    votes: tuple[int, int]  # for the chosen, for the rejected
    rewrite: Candidate | None = None  # the chosen one, when a reviewer wrote it over a 'both bad' pair


def preference_pairs(campaign: Campaign) -> Iterator[PreferencePair]:
    """The campaign's preferences as DPO pairs. A pair of candidates judged by several reviewers gives one
    pair, the majority of their A/B votes (ties and 'both bad' count for neither side; an even split gives
    none). A reviewer's rewrite of a 'both bad' pair is preferred over each of its two candidates, and over
    every candidate of an 'all bad' ranking. Rankings count as the pairwise judgements they imply."""
    judgements = (
        preference_judgements(campaign)
        .select_related("task__item", "task__left", "task__right", "task__ranking__task", "guideline_version")
        .prefetch_related("rewrites")
        .order_by("id")
    )
    votes: dict[tuple[int, int], list[Judgement]] = {}
    for judgement in judgements.iterator(chunk_size=2000):
        task = judgement.task
        if judgement.choice in (Judgement.Choice.A, Judgement.Choice.B):
            votes.setdefault((min(task.left_id, task.right_id), max(task.left_id, task.right_id)), []).append(judgement)
        elif judgement.choice == Judgement.Choice.BOTH_BAD:
            for rewrite in judgement.rewrites.all():
                for rejected in _rewritten(task):
                    yield PreferencePair(task.item, rewrite, rejected, [judgement], (1, 0), rewrite)
    for judged in votes.values():
        pair = _majority(judged)
        if pair is not None:
            yield pair


def _rewritten(task: ComparisonTask) -> list[Candidate]:
    """The candidates a rewrite beats: the pair's two, or every candidate of the ranking it came from."""
    if task.ranking is None:
        return [task.left, task.right]
    shown = task.ranking.task.shown
    return sorted(Candidate.objects.filter(id__in=shown), key=lambda candidate: shown.index(candidate.id))


def _winner(judgement: Judgement) -> Candidate:
    task = judgement.task
    return task.left if judgement.choice == Judgement.Choice.A else task.right


def _majority(judged: list[Judgement]) -> PreferencePair | None:
    counts = Counter(_winner(judgement).id for judgement in judged)
    task = judged[0].task
    first, second = (
        (task.left, task.right) if counts[task.left.id] >= counts[task.right.id] else (task.right, task.left)
    )
    if counts[first.id] == counts[second.id]:
        return None
    return PreferencePair(task.item, first, second, judged, (counts[first.id], counts[second.id]))


ACTIVE_MINUTES = 5


def _votes(campaign: Campaign) -> tuple[list[Vote], dict[Hashable, Hashable]]:
    """The judgements that can move a reliability figure, as Votes on their unordered pairs: those on pairs
    judged more than once, and on gold pairs; and the known answer of each gold pair. The database picks
    them, so a campaign of mostly single votes is not read row by row into Python."""
    fields = (
        "task__left_id",
        "task__right_id",
        "reviewer__username",
        "choice",
        "task__is_gold",
        "task__gold_winner_id",
    )
    pair = (Least("task__left_id", "task__right_id"), Greatest("task__left_id", "task__right_id"))
    judged = preference_judgements(campaign).order_by().annotate(on_pair=Window(Count("id"), partition_by=pair))
    shared = judged.filter(on_pair__gte=2).values_list(*fields)
    single_gold = judged.filter(on_pair__lt=2, task__is_gold=True).values_list(*fields)
    votes: list[Vote] = []
    gold: dict[Hashable, Hashable] = {}
    for left, right, reviewer, choice, is_gold, gold_winner in chain(shared.iterator(5000), single_gold.iterator(5000)):
        key = (min(left, right), max(left, right))
        votes.append(Vote(pair=key, reviewer=reviewer, outcome={"a": left, "b": right}.get(choice, choice)))
        if is_gold:
            gold[key] = gold_winner if gold_winner is not None else "tie"
    return votes, gold


def reviewer_reliability(campaign: Campaign) -> list[ReviewerReliability]:
    """Each reviewer's agreement with the others, gold-pair accuracy and outlier flag (preferences.agreement)."""
    votes, gold = _votes(campaign)
    per_reviewer = preference_judgements(campaign).order_by().values_list("reviewer__username").annotate(n=Count("id"))
    return sorted(reliability(votes, gold, counts=dict(per_reviewer)), key=lambda row: str(row.reviewer))


def reviewer_weights(campaign: Campaign) -> dict[int, float]:
    """Per reviewer id, a reliability weight for their judgements in DPO exports: agreement with the other
    reviewers once there are enough shared votes, else gold accuracy once there are enough gold votes,
    else 1 (nothing says otherwise)."""
    from preferences.agreement import MIN_GOLD, MIN_SHARED

    ids = dict(preference_judgements(campaign).values_list("reviewer__username", "reviewer_id").distinct())
    weights = {}
    for row in reviewer_reliability(campaign):
        weight = 1.0
        if row.shared >= MIN_SHARED and row.agreement is not None:
            weight = row.agreement
        elif row.gold_votes >= MIN_GOLD and row.gold_accuracy is not None:
            weight = row.gold_accuracy
        weights[ids[str(row.reviewer)]] = round(weight, 3)
    return weights


def preference_stats(campaign: Campaign, reviewers: list[ReviewerReliability] | None = None) -> dict:
    """What an admin watches live: judgements a minute (over the last five), the queue, who is active, agreement.
    A ranking counts as the pairwise judgements it implies; a ranking task in the queue counts as one task."""
    now = timezone.now()
    since = now - timedelta(minutes=ACTIVE_MINUTES)
    judgements = preference_judgements(campaign)
    tasks = ComparisonTask.objects.filter(item__campaign=campaign, status=ComparisonTask.Status.OPEN)
    leased = tasks.filter(leased_to__isnull=False, lease_expires_at__gt=now)
    rankings = RankingTask.objects.filter(item__campaign=campaign, status=RankingTask.Status.OPEN)
    ranking_leased = rankings.filter(leased_to__isnull=False, lease_expires_at__gt=now)
    recent = judgements.filter(created_at__gte=since)
    active = {
        *recent.values_list("reviewer_id", flat=True),
        *leased.values_list("leased_to_id", flat=True),
        *ranking_leased.values_list("leased_to_id", flat=True),
    }
    reviewers = reviewer_reliability(campaign) if reviewers is None else reviewers
    shared = sum(row.shared for row in reviewers)
    agreement = sum((row.agreement or 0) * row.shared for row in reviewers) / shared if shared else None
    return {
        "judgements": judgements.count(),
        "judgements_per_minute": round(recent.count() / ACTIVE_MINUTES, 1),
        "queue_depth": tasks.filter(is_gold=False).count() + rankings.count(),
        "in_progress": leased.count() + ranking_leased.count(),
        "active_reviewers": len(active),
        "agreement": agreement,
        "flagged_reviewers": sum(row.flagged for row in reviewers),
    }


def source_label(candidate_source: str, artifact_id: int | None, base_model_path: str | None) -> str:
    """Who wrote a candidate, as ratings name it: a model artifact (and its base model), human, or import."""
    if candidate_source == Candidate.Source.MODEL:
        return f"model {artifact_id}" + (f" ({PurePath(base_model_path).name})" if base_model_path else "")
    return str(candidate_source)


def source_ratings(campaign: Campaign, *, rounds: int = 200) -> dict:
    """Bradley-Terry ratings of the candidates' sources with bootstrap intervals and the win matrix
    (preferences.rating). A/B votes count, a tie is half a win each way; 'both bad' and pairs of one
    source say nothing about sources and are left out."""
    from preferences.rating import rate

    fields = ("choice", *(f"task__{side}__{field}" for side in ("left", "right") for field in SOURCE_FIELDS))
    rows = preference_judgements(campaign).exclude(choice=Judgement.Choice.BOTH_BAD)
    labels: dict[str, int] = {}
    judgements: list[tuple[int, int, bool]] = []
    for choice, *sides in rows.values_list(*fields).iterator(chunk_size=5000):
        left, right = (labels.setdefault(source_label(*side), len(labels)) for side in (sides[:3], sides[3:]))
        if left == right:
            continue
        first, second = (right, left) if choice == Judgement.Choice.B else (left, right)
        judgements.append((first, second, choice == Judgement.Choice.TIE))
    names = sorted(labels, key=labels.__getitem__)
    if len(names) < 2 or not judgements:
        return {"sources": [], "matrix": {"labels": names, "win_share": [], "counts": []}, "judgements": 0}
    ratings = rate(names, judgements, rounds=rounds)
    share = [[None if value != value else round(float(value), 3) for value in row] for row in ratings.win_share]
    return {
        "sources": [
            {**row, "rating": round(row["rating"], 1), "low": round(row["low"], 1), "high": round(row["high"], 1)}
            for row in ratings.rows()
        ],
        "matrix": {"labels": names, "win_share": share, "counts": ratings.counts.astype(int).tolist()},
        "judgements": len(judgements),
        "rounds": rounds,
    }


SOURCE_FIELDS = ("source", "artifact_id", "artifact__run__base_model_path")
