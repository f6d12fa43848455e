"""Rankings of k candidates: their tasks, and each ranking stored once as the pairwise judgements it implies."""

from __future__ import annotations

import itertools
import random

from django.conf import settings
from django.contrib.auth.models import User
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone

from labeling.models import Campaign, GuidelineVersion, Item
from labeling.selectors import guideline_current
from preferences.events import notify_judgement_stored, notify_judgement_undone
from preferences.models import Candidate, ComparisonTask, Judgement, Ranking, RankingTask
from preferences.services.queue import check_judging_rate, clean_rationale, clean_rewrite, task_finish, task_reopen
from privacy.engine.anonymizer import AnonymizedText
from tuneloop.exceptions import ApplicationError, Conflict, Forbidden, NotFound

ORDER_RULE = "must list each candidate once, by its number, best first"
# One answer for a task or ranking that does not exist and for one the asker may not reach (another campaign's).
NO_SUCH_RANKING_TASK = "No such ranking task."
NO_SUCH_RANKING = "No such ranking of yours."


def rankings_create_for_item(*, item: Item, rng: random.Random | None = None) -> int:
    """Group the item's candidates that no ranking task shows yet into sets of `ranking_k` (a short last set
    is topped up with other candidates of the item), and create `judgements_per_pair` tasks per set, each
    in its own random order (blind). Rewrites are never ranked: they already won."""
    rng = rng or random.Random()
    campaign = item.campaign
    candidates = list(
        item.candidates.filter(rewrite_of__isnull=True, evaluation=False).order_by("id").values_list("id", flat=True)
    )
    existing = list(item.ranking_tasks.values_list("shown", flat=True))
    shown = {candidate for ids in existing for candidate in ids}
    new = [candidate for candidate in candidates if candidate not in shown]
    if len(candidates) < 2 or not new:
        return 0
    group = (item.ranking_tasks.aggregate(n=Max("group"))["n"] or 0) + 1 if existing else 0
    created = 0
    for offset, members in enumerate(_groups(new, candidates, campaign.ranking_k, rng)):
        for copy in range(campaign.judgements_per_pair):
            order = rng.sample(members, len(members))
            RankingTask.objects.create(item=item, shown=order, group=group + offset, copy=copy)
            created += 1
    return created


def _groups(new: list[int], candidates: list[int], k: int, rng: random.Random) -> list[list[int]]:
    """`new` in sets of k; the last set topped up with other candidates so that it has k when there are k."""
    groups = [new[start : start + k] for start in range(0, len(new), k)]
    last = groups[-1]
    others = [candidate for candidate in candidates if candidate not in last]
    last.extend(rng.sample(others, min(k - len(last), len(others))))
    return groups


def check_order(task: RankingTask, order: object, *, all_bad: bool) -> list[int]:
    """The candidate ids, best first, from `order`: the positions shown (1..k), each once. Empty when all bad."""
    if all_bad:
        if order:
            raise ApplicationError("Leave the order empty when all the candidates are bad.", field="order")
        return []
    positions = range(1, len(task.shown) + 1)
    if (
        not isinstance(order, list)
        or not all(type(position) is int for position in order)
        or sorted(order) != list(positions)
    ):
        raise ApplicationError(f"order {ORDER_RULE} (1 to {len(task.shown)}).", field="order")
    return [task.shown[position - 1] for position in order]


def ranking_submit(
    *,
    campaign: Campaign,
    task_id: int,
    user: User,
    order: object,
    idempotency_key: str,
    rationale: str = "",
    all_bad: bool = False,
    rewrite: str = "",
) -> tuple[Ranking, bool]:
    """Record a ranking as the judgements of the pairs it implies; a resend with the same idempotency key
    returns the first one (created=False). `order` lists the positions shown, best first. `all_bad`, with an
    optional `rewrite` (a better response, preferred over every candidate), stands for "none is good".

    The task is looked up within `campaign` (the one the caller authorised): another campaign's task is
    refused exactly like a missing one. That the task is open and
    leased to `user`, and the campaign's rate limit, are checked before Presidio reads the rationale or rewrite."""
    if not idempotency_key:
        raise ApplicationError("An idempotency key is required.", field="idempotency_key")
    existing = _stored(user, idempotency_key, campaign)
    if existing is not None:
        return existing, False
    if rewrite.strip() and not all_bad:
        raise ApplicationError("A rewrite goes with 'all bad': it is the better response.", field="rewrite")
    task = _task_in(campaign, task_id)
    twin = _check_submittable(task, user, idempotency_key)
    if twin is not None:
        return twin, False
    ranked = check_order(task, order, all_bad=all_bad)
    campaign = task.item.campaign
    check_judging_rate(campaign, user)
    guideline = guideline_current(campaign)
    clean = clean_rationale(task, rationale)  # Presidio runs only for the reviewer's own, open task
    better = clean_rewrite(task, guideline, rewrite)
    try:
        with transaction.atomic():
            locked = RankingTask.objects.select_for_update(of=("self",)).select_related("item").get(id=task.id)
            # A resend that waited for the lock finds the ranking its twin just stored.
            twin = _check_submittable(locked, user, idempotency_key)
            if twin is not None:
                return twin, False
            ranking = _ranking_record(locked, user, ranked, idempotency_key, guideline, clean, better)
    except IntegrityError:
        existing = _stored(user, idempotency_key, campaign)
        if existing is None:
            raise Conflict("This ranking has already been stored.") from None
        return existing, False
    return ranking, True


def _task_in(campaign: Campaign, task_id: int) -> RankingTask:
    task = RankingTask.objects.select_related("item__campaign").filter(id=task_id, item__campaign=campaign).first()
    if task is None:
        raise NotFound(NO_SUCH_RANKING_TASK, field="task")
    return task


def _stored(user: User, idempotency_key: str, campaign: Campaign) -> Ranking | None:
    """The reviewer's ranking sent with this key in `campaign`: a resend gets it back."""
    stored = Ranking.objects.filter(reviewer=user, idempotency_key=idempotency_key, task__item__campaign=campaign)
    return stored.first()


def _ranking_record(
    task: RankingTask,
    user: User,
    ranked: list[int],
    idempotency_key: str,
    guideline: GuidelineVersion | None,
    clean: AnonymizedText,
    better: AnonymizedText | None,
) -> Ranking:
    """Inside the submit's transaction, on the locked task: the ranking, its pairs' judgements, the rewrite as a
    human candidate, the task done, and the event."""
    ranking = Ranking.objects.create(task=task, reviewer=user, order=ranked, idempotency_key=idempotency_key)
    judgements = _judge_pairs(ranking, guideline, rationale=clean.text, entities=clean.entities)
    if better is not None:
        Candidate.objects.create(
            item=task.item,
            source=Candidate.Source.HUMAN,
            text=better.text,
            entity_counts=better.entities,
            rewrite_of=judgements[0],  # preferred over every candidate of the ranking (selectors)
        )
    task_finish(task)
    notify_judgement_stored(task.item.campaign_id, task=task.id, ranking=ranking.id)
    return ranking


def _judge_pairs(
    ranking: Ranking, guideline: GuidelineVersion | None, *, rationale: str, entities: dict
) -> list[Judgement]:
    """One judged ComparisonTask per pair of the ranking's candidates, left the one shown first, and its
    Judgement: 'a' or 'b' for the one ranked higher, 'both_bad' for all of them when all were bad. The
    rationale goes with each; its entity counts with the first only, so dashboards count it once."""
    task = ranking.task
    rank = {candidate: place for place, candidate in enumerate(ranking.order)}
    pairs = ComparisonTask.objects.bulk_create(
        ComparisonTask(
            item=task.item,
            left_id=left,
            right_id=right,
            copy=task.copy,
            status=ComparisonTask.Status.DONE,
            ranking=ranking,
        )
        for left, right in itertools.combinations(task.shown, 2)
    )
    return Judgement.objects.bulk_create(
        Judgement(
            task=pair,
            reviewer=ranking.reviewer,
            choice=_choice(rank, pair),
            rationale=rationale,
            entity_counts=entities if index == 0 else {},
            guideline_version=guideline,
            idempotency_key=f"ranking-{ranking.id}-{pair.id}",
        )
        for index, pair in enumerate(pairs)
    )


def _choice(rank: dict[int, int], pair: ComparisonTask) -> str:
    if not rank:
        return Judgement.Choice.BOTH_BAD
    return Judgement.Choice.A if rank[pair.left_id] < rank[pair.right_id] else Judgement.Choice.B


def _check_submittable(task: RankingTask, user: User, idempotency_key: str) -> Ranking | None:
    """None when the task is open and leased to `user`; the ranking when a resend's twin ranked the task
    meanwhile. Otherwise it raises."""
    if task.status == RankingTask.Status.DONE:
        twin = Ranking.objects.filter(task=task, reviewer=user, idempotency_key=idempotency_key).first()
        if twin is not None:
            return twin
        raise Conflict("This ranking task has already been done.")
    if task.leased_to_id != user.pk:
        raise Forbidden("This ranking task is not leased to you; ask for the next task.")
    return None


def ranking_undo(*, campaign: Campaign, ranking_id: int, user: User) -> RankingTask:
    """Take back one's ranking within JUDGEMENT_UNDO_SECONDS: it is deleted with the pairs, judgements and
    rewrite it implied, and the task is leased to the reviewer again. The ranking is looked up within
    `campaign`: one of another campaign is refused like a missing one."""
    now = timezone.now()
    with transaction.atomic():
        rankings = Ranking.objects.select_for_update().select_related("task__item")
        ranking = rankings.filter(id=ranking_id, reviewer_id=user.pk, task__item__campaign=campaign).first()
        if ranking is None:
            raise NotFound(NO_SUCH_RANKING)
        if (now - ranking.created_at).total_seconds() > settings.JUDGEMENT_UNDO_SECONDS:
            raise Conflict(f"Too late to undo: a ranking can be undone for {settings.JUDGEMENT_UNDO_SECONDS} s.")
        task = ranking.task
        ranking.delete()  # its pairs, their judgements and the rewrite go with it
        task_reopen(task, user=user, now=now)
        notify_judgement_undone(task.item.campaign_id, ranking=ranking_id)
    return task
