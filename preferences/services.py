"""Candidates, leasing comparison tasks to reviewers, and recording each judgement exactly once."""

from __future__ import annotations

import itertools
import random
from collections import Counter
from datetime import datetime, timedelta
from typing import Any

import numpy as np
from django.conf import settings
from django.contrib.auth.models import User
from django.db import IntegrityError, transaction
from django.db.models import Count, Exists, IntegerField, Max, OuterRef, Q, QuerySet, Subquery
from django.utils import timezone

from labeling.models import Campaign, Example, GuidelineVersion, Item
from labeling.output_format import format_error
from labeling.selectors import guideline_current, prompt_messages
from labeling.services.guidelines import format_labels
from preferences.events import notify_judgement_stored, notify_judgement_undone
from preferences.models import Candidate, ComparisonTask, Judgement, Ranking, RankingTask
from privacy.engine.anonymizer import AnonymizedText, Anonymizer
from privacy.selectors import policy_get
from privacy.services.anonymize import anonymize_text, anonymizer_for
from tuneloop.exceptions import ApplicationError, Conflict, Forbidden, NotFound, Throttled

ModelArtifact = Any  # training.models.ModelArtifact: training sits above preferences (tuneloop.artifacts)

EXTRA_COPIES = 2  # reviewers asked beyond judgements_per_pair while a pair's votes stay split


def candidates_import(*, item: Item, text: str) -> dict[str, int]:
    """Store an imported response (anonymized); returns the entity counts replaced."""
    clean = anonymize_text(text, campaign=item.campaign, labels=item.campaign.output_fields, context=[item.text])
    Candidate.objects.create(item=item, source=Candidate.Source.IMPORT, text=clean.text, entity_counts=clean.entities)
    return clean.entities


def model_drafts_pending(*, campaign: Campaign, limit: int) -> list[tuple[Item, list[dict]]]:
    """Items without a draft from the campaign's prefill model, with the prompt to draft from."""
    artifact = campaign.prefill_artifact
    drafted = Candidate.objects.filter(source=Candidate.Source.MODEL, artifact=artifact).values("item_id")
    items = Item.objects.filter(campaign=campaign).exclude(id__in=drafted).order_by("id")[:limit]
    return [(item, prompt_messages(campaign, item)) for item in items]


def model_drafts_store(*, artifact: ModelArtifact, drafts: list[tuple[Item, str]]) -> list[Candidate]:
    """Store generated drafts as candidates, anonymized like every text that enters."""
    candidates = []
    anonymizers: dict[int, Anonymizer] = {}  # one policy read per campaign, not one per draft
    for item, text in drafts:
        campaign = item.campaign
        if campaign.id not in anonymizers:
            anonymizers[campaign.id] = anonymizer_for(policy_get(campaign))
        clean = anonymizers[campaign.id].anonymize(text, labels=campaign.output_fields, context=[item.text])
        candidates.append(
            Candidate(
                item=item,
                source=Candidate.Source.MODEL,
                artifact=artifact,
                text=clean.text,
                entity_counts=clean.entities,
            )
        )
    return Candidate.objects.bulk_create(candidates)


def candidate_from_example(*, example: Example) -> Candidate:
    """An approved response becomes a candidate, paired with the item's other candidates."""
    candidate, created = Candidate.objects.get_or_create(
        item=example.item,
        example=example,
        defaults={"source": Candidate.Source.HUMAN, "text": example.response, "entity_counts": example.entity_counts},
    )
    if created:
        comparisons_create_for_item(item=example.item)
    return candidate


class AlreadyStored(Exception):
    """A resent judgement whose twin was stored first: carries that judgement."""

    def __init__(self, judgement: Judgement):
        super().__init__(judgement.id)
        self.judgement = judgement


def _pair(first: Candidate, second: Candidate) -> Q:
    """Tasks on this pair of candidates, in either order."""
    return Q(left=first, right=second) | Q(left=second, right=first)


def _pair_ids(first: int, second: int) -> Q:
    """`_pair` by candidate ids, for a task whose candidates were not loaded."""
    return Q(left_id=first, right_id=second) | Q(left_id=second, right_id=first)


def _random_order(first: Candidate, second: Candidate, rng: random.Random) -> tuple[Candidate, Candidate]:
    return (first, second) if rng.random() < 0.5 else (second, first)


def comparisons_create_for_item(*, item: Item, rng: random.Random | None = None) -> int:
    """Create `judgements_per_pair` tasks for each not-yet-paired pair of the item's candidates, each copy in
    its own random left/right order (blind). Reviewers' rewrites are not paired: they already won. A campaign
    that ranks (`ranking_k`) gets ranking tasks instead (preferences.ranking_services)."""
    if item.campaign.ranking_k:
        from preferences.ranking_services import rankings_create_for_item

        return rankings_create_for_item(item=item, rng=rng)
    rng = rng or random.Random()
    copies = item.campaign.judgements_per_pair
    created = 0
    candidates = item.candidates.filter(rewrite_of__isnull=True).order_by("id")
    for first, second in itertools.combinations(candidates, 2):
        if ComparisonTask.objects.filter(_pair(first, second)).exists():
            continue
        for copy in range(copies):
            left, right = _random_order(first, second, rng)
            ComparisonTask.objects.create(item=item, left=left, right=right, copy=copy)
            created += 1
    return created


def comparisons_create_for_campaign(*, campaign_id: int, seed: int | None = None) -> int:
    rng = random.Random(seed)
    return sum(comparisons_create_for_item(item=item, rng=rng) for item in Item.objects.filter(campaign_id=campaign_id))


def _judged_by(user: User) -> Exists:
    """The task's pair has a copy this reviewer already judged: nobody judges one pair twice."""
    same_pair = Q(left=OuterRef("left"), right=OuterRef("right")) | Q(left=OuterRef("right"), right=OuterRef("left"))
    return Exists(ComparisonTask.objects.filter(same_pair, judgement__reviewer=user))


def _free(now: datetime) -> Q:
    return Q(status=ComparisonTask.Status.OPEN) & (Q(leased_to__isnull=True) | Q(lease_expires_at__lte=now))


def comparison_lease_next(*, campaign: Campaign, user: User, rng: random.Random | None = None) -> ComparisonTask | None:
    """Lease the reviewer's current task, else (at the campaign's gold rate) a gold pair they have not judged,
    else the next free task of a pair they have not judged. Two racing reviewers never share one."""
    now = timezone.now()
    expires = now + timedelta(seconds=settings.COMPARISON_LEASE_SECONDS)
    # The item and both candidates come along: callers show the task at once. The campaign is the caller's.
    tasks = ComparisonTask.objects.select_related("item", "left", "right").filter(item__campaign=campaign)
    with transaction.atomic():
        mine = tasks.filter(status=ComparisonTask.Status.OPEN, leased_to=user, lease_expires_at__gt=now).first()
        if mine is not None:
            return mine
        if campaign.gold_rate and (rng or random).random() < campaign.gold_rate:
            gold = _lease_gold(tasks, user, now, expires, rng or random.Random())
            if gold is not None:
                return gold
        open_to_user = tasks.filter(_free(now), is_gold=False).exclude(_judged_by(user))
        free = (
            open_to_user.select_for_update(skip_locked=True, of=("self",))
            .annotate(pool=_candidate_count())
            .order_by("id")
            .first()
        )
        if free is None:
            return None
        return _lease(_most_informative(open_to_user, free, rng) or free, user, expires)


def _candidate_count() -> Subquery:
    """How many candidates (rewrites aside) the task's item has, computed in the lease query itself."""
    pool = Candidate.objects.filter(item=OuterRef("item"), rewrite_of__isnull=True).values("item")
    return Subquery(pool.annotate(n=Count("id")).values("n"), output_field=IntegerField())


def _most_informative(
    open_to_user: QuerySet[ComparisonTask], first: ComparisonTask, rng: random.Random | None
) -> ComparisonTask | None:
    """Among the free pairs of `first`'s item, the one whose judgement should teach most about the ranking
    of its candidates (preferences.active: close or uncertain ratings, a share of random pairs). Items of
    two candidates have one pair: nothing to choose, no extra query."""
    from preferences.active import next_pair
    from preferences.rating import outcome_matrix

    if getattr(first, "pool", 3) < 3:
        return None
    candidates = list(first.item.candidates.filter(rewrite_of__isnull=True).values_list("id", flat=True))
    index = {candidate: position for position, candidate in enumerate(candidates)}
    judged = Judgement.objects.filter(task__item=first.item_id).exclude(choice=Judgement.Choice.BOTH_BAD)
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


def _lease(task: ComparisonTask, user: User, expires: datetime) -> ComparisonTask:
    task.leased_to, task.lease_expires_at = user, expires
    task.save(update_fields=["leased_to", "lease_expires_at"])
    return task


def _lease_gold(
    tasks: QuerySet[ComparisonTask], user: User, now: datetime, expires: datetime, rng: random.Random
) -> ComparisonTask | None:
    """A free copy of a gold pair the reviewer has not judged; when every copy is taken, a new copy."""
    gold = tasks.filter(is_gold=True).exclude(_judged_by(user))
    free = gold.select_for_update(skip_locked=True, of=("self",)).filter(_free(now)).order_by("id").first()
    if free is not None:
        return _lease(free, user, expires)
    pair = gold.order_by("id").first()
    if pair is None:
        return None
    copies = ComparisonTask.objects.filter(_pair(pair.left, pair.right)).aggregate(n=Max("copy"))["n"]
    left, right = _random_order(pair.left, pair.right, rng)
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


def comparison_set_gold(*, task: ComparisonTask, winner: str) -> int:
    """Mark the task's pair gold with its known answer, `winner` as the task shows it: 'a' (left), 'b'
    (right) or 'tie'; 'none' unmarks it. Returns the number of the pair's tasks changed."""
    answers = {"a": task.left, "b": task.right, "tie": None}
    if winner != "none" and winner not in answers:
        raise ApplicationError("winner must be one of a, b, tie or none.", field="winner")
    copies = ComparisonTask.objects.filter(_pair(task.left, task.right))
    return copies.update(is_gold=winner != "none", gold_winner=answers.get(winner))


def comparison_submit(
    *,
    task_id: int,
    user: User,
    choice: str,
    idempotency_key: str,
    rationale: str = "",
    criteria: dict[str, str] | None = None,
    rewrite: str = "",
) -> tuple[Judgement, bool]:
    """Record a judgement; a resend with the same idempotency key returns the first one (created=False).

    `criteria` rates the pair per acceptance criterion of the guideline ('a', 'b' or 'tie'). `rewrite`,
    only with 'both_bad', is the reviewer's better response: stored as a candidate that wins over both.
    """
    if choice not in Judgement.Choice.values:
        raise ApplicationError(f"choice must be one of {', '.join(Judgement.Choice.values)}.", field="choice")
    if not idempotency_key:
        raise ApplicationError("An idempotency key is required.", field="idempotency_key")
    existing = Judgement.objects.filter(reviewer=user, idempotency_key=idempotency_key).first()
    if existing is not None:
        return existing, False
    if rewrite.strip() and choice != Judgement.Choice.BOTH_BAD:
        raise ApplicationError("A rewrite goes with 'both bad': it is the better response.", field="rewrite")
    task = ComparisonTask.objects.select_related("item__campaign").filter(id=task_id).first()
    campaign = task.item.campaign if task is not None else None
    if campaign is not None:
        _check_rate(campaign, user)
    guideline = guideline_current(campaign) if campaign is not None else None
    clean = _clean_rationale(task, rationale)
    rated = _check_criteria(guideline, criteria or {})
    better = _clean_rewrite(task, guideline, rewrite)
    try:
        with transaction.atomic():
            # Only the task row is locked: judgements of other pairs of the same item do not wait on each other.
            locked = ComparisonTask.objects.select_for_update(of=("self",)).select_related("item")
            task = _check_submittable(locked.filter(id=task_id).first(), user, idempotency_key)
            judgement = Judgement.objects.create(
                task=task,
                reviewer=user,
                choice=choice,
                rationale=clean.text,
                entity_counts=clean.entities,
                criteria=rated,
                idempotency_key=idempotency_key,
                # The guidelines the reviewer judged under (dataset rows trace back to them).
                guideline_version=guideline,
            )
            if better is not None:
                Candidate.objects.create(
                    item=task.item,
                    source=Candidate.Source.HUMAN,
                    text=better.text,
                    entity_counts=better.entities,
                    rewrite_of=judgement,
                )
            task.status, task.leased_to, task.lease_expires_at = ComparisonTask.Status.DONE, None, None
            task.save(update_fields=["status", "leased_to", "lease_expires_at"])
            _settle_split(task, campaign)
            notify_judgement_stored(task.item.campaign_id, task=task.id)
    except AlreadyStored as twin:
        return twin.judgement, False
    except IntegrityError:
        existing = Judgement.objects.filter(reviewer=user, idempotency_key=idempotency_key).first()
        if existing is None:
            raise Conflict("This comparison has already been judged.") from None
        return existing, False
    return judgement, True


def _settle_split(task: ComparisonTask, campaign: Campaign | None) -> ComparisonTask | None:
    """When every copy of a pair is judged and its A/B votes split evenly, ask one more reviewer (up to
    EXTRA_COPIES more than the campaign's judgements_per_pair): a split pair gives no DPO pair."""
    per_pair = campaign.judgements_per_pair if campaign is not None else task.item.campaign.judgements_per_pair
    if task.is_gold or (per_pair == 1 and task.copy == 0):
        return None  # one vote never splits, and no query is spent finding that out
    # No row locks here: two reviewers finishing a pair's last copies at once would wait on each other's.
    # The one who commits second sees every copy done; the constraint on (left, right, copy) stops twins.
    copies = ComparisonTask.objects.filter(_pair_ids(task.left_id, task.right_id))
    seen = copies.aggregate(
        open=Count("id", filter=Q(status=ComparisonTask.Status.OPEN)), total=Count("id"), last=Max("copy")
    )
    if seen["open"] or seen["total"] >= per_pair + EXTRA_COPIES:
        return None
    winners = Counter(
        left if choice == Judgement.Choice.A else right
        for left, right, choice in Judgement.objects.filter(task__in=copies)
        .filter(choice__in=[Judgement.Choice.A, Judgement.Choice.B])
        .values_list("task__left_id", "task__right_id", "choice")
    )
    if not winners or winners[task.left_id] != winners[task.right_id]:
        return None
    left_id, right_id = (task.left_id, task.right_id) if random.random() < 0.5 else (task.right_id, task.left_id)
    try:
        with transaction.atomic():
            return ComparisonTask.objects.create(
                item=task.item, left_id=left_id, right_id=right_id, copy=seen["last"] + 1
            )
    except IntegrityError:
        return None


def judgement_undo(*, judgement_id: int, user: User) -> ComparisonTask:
    """Take back one's judgement within JUDGEMENT_UNDO_SECONDS: it is deleted (with its rewrite) and the
    task is leased to the reviewer again, to judge anew."""
    now = timezone.now()
    with transaction.atomic():
        # The task comes with what its payload shows, so callers send it back without another query.
        judgement = (
            Judgement.objects.select_for_update(of=("self", "task"))
            .select_related("task__item__campaign", "task__left", "task__right")
            .filter(id=judgement_id)
            .first()
        )
        if judgement is None or judgement.reviewer_id != user.pk:
            raise NotFound("No such judgement of yours.")
        if judgement.task.ranking_id is not None:
            raise Conflict("This judgement is one pair of a ranking: undo the ranking instead.")
        if (now - judgement.created_at).total_seconds() > settings.JUDGEMENT_UNDO_SECONDS:
            raise Conflict(f"Too late to undo: a judgement can be undone for {settings.JUDGEMENT_UNDO_SECONDS} s.")
        task = judgement.task
        judgement.delete()  # its rewrite candidate goes with it (never paired, so never judged)
        task.status, task.leased_to = ComparisonTask.Status.OPEN, user
        task.lease_expires_at = now + timedelta(seconds=settings.COMPARISON_LEASE_SECONDS)
        task.save(update_fields=["status", "leased_to", "lease_expires_at"])
        notify_judgement_undone(task.item.campaign_id, task=task.id)
    return task


def _clean_rationale(task: ComparisonTask | RankingTask | None, rationale: str) -> AnonymizedText:
    """The rationale under the task's campaign policy, numbered after the placeholders of its item."""
    if task is None or not rationale.strip():
        return AnonymizedText(text="", entities={})
    return anonymize_text(rationale, campaign=task.item.campaign, context=[task.item.text])


def _clean_rewrite(
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


def _check_criteria(guideline: GuidelineVersion | None, criteria: object) -> dict[str, str]:
    """Per-criterion answers, each an acceptance criterion of the current guideline rated 'a', 'b' or 'tie'."""
    if not isinstance(criteria, dict):
        raise ApplicationError("criteria must be an object: {criterion: 'a' | 'b' | 'tie'}.", field="criteria")
    known = set((guideline.spec.get("acceptance_criteria") or []) if guideline is not None else [])
    for name, rating in criteria.items():
        if name not in known:
            raise ApplicationError(f"'{name}' is not an acceptance criterion of the guidelines.", field="criteria")
        if rating not in ("a", "b", "tie"):
            raise ApplicationError(f"Rate '{name}' a, b or tie.", field=f"criteria.{name}")
    return dict(criteria)


def _check_rate(campaign: Campaign, user: User) -> None:
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


def _check_submittable(task: ComparisonTask | None, user: User, idempotency_key: str) -> ComparisonTask:
    """The task, if it exists, is still open and is leased to `user`. A resend that waited for the lock
    while its twin judged the task gets that judgement back (raised as AlreadyStored)."""
    if task is None:
        raise ApplicationError("No such comparison task.", field="task")
    if task.status == ComparisonTask.Status.DONE:
        twin = Judgement.objects.filter(reviewer=user, idempotency_key=idempotency_key).first()
        if twin is not None:
            raise AlreadyStored(twin)
        raise Conflict("This comparison has already been judged.")
    if task.leased_to_id != user.pk:
        raise Forbidden("This comparison is not leased to you; ask for the next task.")
    return task
