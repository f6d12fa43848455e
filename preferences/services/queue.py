"""The judging queue: the task a reviewer is served next, its lease, and the checks every answer passes to get in."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from typing import TypeVar

import numpy as np
from django.conf import settings
from django.contrib.auth.models import User
from django.db import IntegrityError, transaction
from django.db.models import Count, Exists, IntegerField, Max, OuterRef, Q, QuerySet, Subquery
from django.utils import timezone

from labeling.models import Campaign, GuidelineVersion
from labeling.services.guidelines import format_labels
from preferences.models import Candidate, ComparisonTask, Judgement, LeasedTask, Ranking, RankingTask
from privacy.engine.anonymizer import AnonymizedText
from privacy.services.anonymize import anonymize_text
from tuneloop.exceptions import ApplicationError, Throttled
from tuneloop.output_format import format_error

Task = TypeVar("Task", bound=LeasedTask)
T = TypeVar("T")


def judging_lease_next(
    *, campaign: Campaign, user: User, rng: random.Random | None = None
) -> ComparisonTask | RankingTask | None:
    """The reviewer's next task of the kind the campaign asks for: a ranking (`ranking_k`) or a pair. The
    pairs of a human evaluation round come first, in either kind of campaign."""
    if campaign.ranking_k:
        with transaction.atomic():
            now = timezone.now()
            tasks = RankingTask.objects.select_related("item").filter(item__campaign=campaign)
            mine = tasks.filter(status=RankingTask.Status.OPEN, leased_to=user, lease_expires_at__gt=now).first()
            return (
                mine
                or evaluation_lease_next(campaign=campaign, user=user)
                or ranking_lease_next(campaign=campaign, user=user)
            )
    return comparison_lease_next(campaign=campaign, user=user, rng=rng)


def evaluation_lease_next(*, campaign: Campaign, user: User) -> ComparisonTask | None:
    """The reviewer's current evaluation pair, else the first free one of a pair they have not judged."""
    now = timezone.now()
    tasks = ComparisonTask.objects.select_related("item", "left", "right").filter(
        item__campaign=campaign, evaluation=True
    )
    with transaction.atomic():
        mine = tasks.filter(status=ComparisonTask.Status.OPEN, leased_to=user, lease_expires_at__gt=now).first()
        if mine is not None:
            return mine
        free = (
            tasks.filter(_free(now))
            .exclude(_judged_by(user))
            .select_for_update(skip_locked=True, of=("self",))
            .order_by("id")
            .first()
        )
        return None if free is None else task_lease(free, user, lease_expiry(now))


def comparison_lease_next(*, campaign: Campaign, user: User, rng: random.Random | None = None) -> ComparisonTask | None:
    """Lease the reviewer's current task, else (at the campaign's gold rate) a gold pair they have not judged,
    else the next free task of a pair they have not judged. Two racing reviewers never share one."""
    now = timezone.now()
    expires = lease_expiry(now)
    # The item and both candidates come along: callers show the task at once. The campaign is the caller's.
    tasks = ComparisonTask.objects.select_related("item", "left", "right").filter(item__campaign=campaign)
    with transaction.atomic():
        mine = tasks.filter(status=ComparisonTask.Status.OPEN, leased_to=user, lease_expires_at__gt=now).first()
        if mine is not None:
            return mine
        evaluation = evaluation_lease_next(campaign=campaign, user=user)
        if evaluation is not None:
            return evaluation
        if campaign.gold_rate and (rng or random).random() < campaign.gold_rate:
            gold = _lease_gold(tasks, user, now, expires, rng or random.Random())
            if gold is not None:
                return gold
        open_to_user = tasks.filter(_free(now), is_gold=False, evaluation=False).exclude(_judged_by(user))
        free = (
            open_to_user.select_for_update(skip_locked=True, of=("self",))
            .annotate(pool=_candidate_count())
            .order_by("id")
            .first()
        )
        if free is None:
            return None
        return task_lease(_most_informative(open_to_user, free, rng) or free, user, expires)


def ranking_lease_next(*, campaign: Campaign, user: User) -> RankingTask | None:
    """Lease the reviewer's current ranking task, else the first free one of a set they have not ranked."""
    now = timezone.now()
    tasks = RankingTask.objects.select_related("item").filter(item__campaign=campaign)
    with transaction.atomic():
        mine = tasks.filter(status=RankingTask.Status.OPEN, leased_to=user, lease_expires_at__gt=now).first()
        if mine is not None:
            return mine
        free = (
            tasks.filter(_free(now))
            .exclude(_ranked_by(user))
            .select_for_update(skip_locked=True, of=("self",))
            .order_by("id")
            .first()
        )
        return None if free is None else task_lease(free, user, lease_expiry(now))


def lease_expiry(now: datetime) -> datetime:
    return now + timedelta(seconds=settings.COMPARISON_LEASE_SECONDS)


def task_lease(task: Task, user: User, expires: datetime) -> Task:
    task.leased_to, task.lease_expires_at = user, expires
    task.save(update_fields=["leased_to", "lease_expires_at"])
    return task


def leases_release(*, campaign: Campaign, user: User) -> int:
    """A member left the campaign: the pair and ranking tasks leased to them are free again for others (as if
    their leases had expired). Returns how many were released."""
    released = 0
    for model in (ComparisonTask, RankingTask):
        leased = model.objects.filter(item__campaign=campaign, status=LeasedTask.Status.OPEN, leased_to=user)
        released += leased.update(leased_to=None, lease_expires_at=None)
    return released


def task_finish(task: LeasedTask) -> None:
    """Judged or ranked: done, and nobody's lease any more."""
    task.status, task.leased_to, task.lease_expires_at = LeasedTask.Status.DONE, None, None
    task.save(update_fields=["status", "leased_to", "lease_expires_at"])


def task_reopen(task: Task, *, user: User, now: datetime) -> Task:
    """An undone task: open again and leased back to the reviewer who undid it, to judge anew, in one UPDATE."""
    task.status, task.leased_to, task.lease_expires_at = LeasedTask.Status.OPEN, user, lease_expiry(now)
    task.save(update_fields=["status", "leased_to", "lease_expires_at"])
    return task


def same_pair(first_id: int, second_id: int) -> Q:
    """Pair tasks of these two candidates, in either order."""
    return Q(left_id=first_id, right_id=second_id) | Q(left_id=second_id, right_id=first_id)


def random_order(first: T, second: T, rng: random.Random) -> tuple[T, T]:
    """Left and right at random: each copy of a pair is shown in its own order (blind)."""
    return (first, second) if rng.random() < 0.5 else (second, first)


def _free(now: datetime) -> Q:
    return Q(status=LeasedTask.Status.OPEN) & (Q(leased_to__isnull=True) | Q(lease_expires_at__lte=now))


def _judged_by(user: User) -> Exists:
    """The task's pair has a copy this reviewer already judged: nobody judges one pair twice."""
    same = Q(left=OuterRef("left"), right=OuterRef("right")) | Q(left=OuterRef("right"), right=OuterRef("left"))
    return Exists(ComparisonTask.objects.filter(same, judgement__reviewer=user))


def _ranked_by(user: User) -> Exists:
    """The task's set of candidates has a copy this reviewer already ranked: nobody ranks one set twice."""
    same = RankingTask.objects.filter(item=OuterRef("item"), group=OuterRef("group"), ranking__reviewer=user)
    return Exists(same)


def _candidate_count() -> Subquery:
    """How many candidates (rewrites aside) the task's item has, computed in the lease query itself."""
    pool = Candidate.objects.filter(item=OuterRef("item"), rewrite_of__isnull=True, evaluation=False).values("item")
    return Subquery(pool.annotate(n=Count("id")).values("n"), output_field=IntegerField())


def _most_informative(
    open_to_user: QuerySet[ComparisonTask], first: ComparisonTask, rng: random.Random | None
) -> ComparisonTask | None:
    """Among the free pairs of `first`'s item, the one whose judgement should teach most about the ranking
    of its candidates (preferences.active: close or uncertain ratings, a share of random pairs). Items of
    two candidates have one pair: nothing to choose, no extra query."""
    # Imported here, not at the top: choix and scipy take about a second to load, paid only by a process
    # that serves an item of three or more candidates.
    from preferences.active import next_pair
    from preferences.rating import outcome_matrix

    if getattr(first, "pool", 3) < 3:
        return None
    candidates = list(
        first.item.candidates.filter(rewrite_of__isnull=True, evaluation=False).values_list("id", flat=True)
    )
    index = {candidate: position for position, candidate in enumerate(candidates)}
    judged = Judgement.objects.filter(task__item=first.item_id, task__evaluation=False).exclude(
        choice=Judgement.Choice.BOTH_BAD
    )
    games = [
        (index[right], index[left], False) if choice == "b" else (index[left], index[right], choice == "tie")
        for left, right, choice in judged.values_list("task__left_id", "task__right_id", "choice")
        if left in index and right in index
    ]
    free: dict[tuple[int, int], ComparisonTask] = {}
    for task in open_to_user.filter(item=first.item_id).order_by("-id"):  # the lowest id of a pair wins
        if task.left_id in index and task.right_id in index:
            i, j = sorted((index[task.left_id], index[task.right_id]))
            free[(i, j)] = task
    taken = {(i, j) for i in range(len(candidates)) for j in range(i + 1, len(candidates))} - set(free)
    wins = outcome_matrix(len(candidates), games)
    chosen = next_pair(wins, rng=np.random.default_rng((rng or random).getrandbits(32)), exclude=taken)
    if chosen is None or free[chosen].id == first.id:
        return None
    return open_to_user.select_for_update(skip_locked=True, of=("self",)).filter(id=free[chosen].id).first()


def _lease_gold(
    tasks: QuerySet[ComparisonTask], user: User, now: datetime, expires: datetime, rng: random.Random
) -> ComparisonTask | None:
    """A free copy of a gold pair the reviewer has not judged; when every copy is taken, a new copy."""
    gold = tasks.filter(is_gold=True).exclude(_judged_by(user))
    free = gold.select_for_update(skip_locked=True, of=("self",)).filter(_free(now)).order_by("id").first()
    if free is not None:
        return task_lease(free, user, expires)
    pair = gold.order_by("id").first()
    if pair is None:
        return None
    copies = ComparisonTask.objects.filter(same_pair(pair.left_id, pair.right_id)).aggregate(n=Max("copy"))["n"]
    left, right = random_order(pair.left, pair.right, rng)
    try:
        with transaction.atomic():  # a racing reviewer may take the same copy number: then no gold this time
            return ComparisonTask.objects.create(
                item=pair.item,
                left=left,
                right=right,
                copy=copies + 1,
                is_gold=True,
                gold_winner=pair.gold_winner,
                leased_to=user,
                lease_expires_at=expires,
            )
    except IntegrityError:
        return None


def check_judging_rate(campaign: Campaign, user: User) -> None:
    """At most `max_judgements_per_minute` judgements in any minute (0: no limit); a ranking counts as one,
    not as the pairs it implies."""
    limit = campaign.max_judgements_per_minute
    if not limit:
        return
    since = timezone.now() - timedelta(minutes=1)
    pairs = Judgement.objects.filter(reviewer=user, created_at__gte=since, task__ranking__isnull=True).count()
    if pairs + Ranking.objects.filter(reviewer=user, created_at__gte=since).count() >= limit:
        raise Throttled(
            f"At most {limit} judgements a minute in this campaign: take a moment to read the next pair.",
            field="rate",
        )


def clean_rationale(task: ComparisonTask | RankingTask | None, rationale: str) -> AnonymizedText:
    """The rationale under the task's campaign policy, numbered after the placeholders of its item."""
    if task is None or not rationale.strip():
        return AnonymizedText(text="", entities={})
    return anonymize_text(rationale, campaign=task.item.campaign, context=[task.item.text])


def clean_rewrite(
    task: ComparisonTask | RankingTask | None, guideline: GuidelineVersion | None, rewrite: str
) -> AnonymizedText | None:
    """The reviewer's better response, held to the output format like any answer, then anonymized."""
    if task is None or not rewrite.strip():
        return None
    if guideline is not None:
        error = format_error(rewrite, guideline.spec["output_format"])
        if error is not None:
            raise ApplicationError(error.message, field="rewrite")
    labels = format_labels(guideline) or task.item.campaign.output_fields
    return anonymize_text(rewrite, campaign=task.item.campaign, labels=labels, context=[task.item.text])
