"""Pairs: the comparison tasks of an item's candidates, gold pairs, a judgement recorded exactly once, undo."""

from __future__ import annotations

import itertools
import random
from collections import Counter

from django.conf import settings
from django.contrib.auth.models import User
from django.db import IntegrityError, transaction
from django.db.models import Count, Max, Q
from django.utils import timezone

from labeling.models import Campaign, GuidelineVersion, Item
from labeling.selectors import guideline_current
from preferences import hooks
from preferences.events import notify_judgement_stored, notify_judgement_undone
from preferences.models import EVALUATION_RUBRIC, Candidate, ComparisonTask, Judgement
from preferences.services.queue import (
    check_judging_rate,
    clean_rationale,
    clean_rewrite,
    random_order,
    same_pair,
    task_finish,
    task_reopen,
)
from preferences.services.rankings import rankings_create_for_item
from privacy.engine.anonymizer import AnonymizedText
from tuneloop.exceptions import ApplicationError, Conflict, Forbidden, NotFound

EXTRA_COPIES = 2  # reviewers asked beyond judgements_per_pair while a pair's votes stay split
# One answer for a task or judgement that does not exist and for one the asker may not reach (another campaign's):
# the refusal tells nothing about other campaigns. The REST views answer a non-member with these too.
NO_SUCH_PAIR = "No such comparison task."
NO_SUCH_JUDGEMENT = "No such judgement of yours."


class AlreadyStored(Exception):
    """A resent judgement whose twin was stored first: carries that judgement."""

    def __init__(self, judgement: Judgement):
        super().__init__(judgement.id)
        self.judgement = judgement


def comparisons_create_for_item(*, item: Item, rng: random.Random | None = None) -> int:
    """Create `judgements_per_pair` tasks for each not-yet-paired pair of the item's candidates, each copy in
    its own random left/right order (blind). Reviewers' rewrites are not paired: they already won. A campaign
    that ranks (`ranking_k`) gets ranking tasks instead (preferences.services.rankings)."""
    if item.campaign.ranking_k:
        return rankings_create_for_item(item=item, rng=rng)
    rng = rng or random.Random()
    copies = item.campaign.judgements_per_pair
    created = 0
    candidates = item.candidates.filter(rewrite_of__isnull=True, evaluation=False).order_by("id")
    for first, second in itertools.combinations(candidates, 2):
        if ComparisonTask.objects.filter(same_pair(first.id, second.id)).exists():
            continue
        for copy in range(copies):
            left, right = random_order(first, second, rng)
            ComparisonTask.objects.create(item=item, left=left, right=right, copy=copy)
            created += 1
    return created


def evaluation_pairs_create(
    *, item: Item, outputs: tuple[str, str], copies: int, rng: random.Random
) -> tuple[Candidate, Candidate]:
    """Two evaluation outputs of a sealed test item as candidates kept out of preference data, and `copies`
    blind tasks judging them, each in its own random order (served before other pairs)."""
    first, second = (
        Candidate.objects.create(item=item, source=Candidate.Source.MODEL, text=text, evaluation=True)
        for text in outputs
    )
    ComparisonTask.objects.bulk_create(
        ComparisonTask(item=item, left=left, right=right, copy=copy, evaluation=True)
        for copy, (left, right) in enumerate(random_order(first, second, rng) for _ in range(copies))
    )
    return first, second


def comparisons_create_for_campaign(*, campaign_id: int, seed: int | None = None) -> int:
    rng = random.Random(seed)
    return sum(comparisons_create_for_item(item=item, rng=rng) for item in Item.objects.filter(campaign_id=campaign_id))


def comparison_set_gold(*, task: ComparisonTask, winner: str) -> int:
    """Mark the task's pair gold with its known answer, `winner` as the task shows it: 'a' (left), 'b'
    (right) or 'tie'; 'none' unmarks it. Returns the number of the pair's tasks changed."""
    answers = {"a": task.left, "b": task.right, "tie": None}
    if winner != "none" and winner not in answers:
        raise ApplicationError("winner must be one of a, b, tie or none.", field="winner")
    copies = ComparisonTask.objects.filter(same_pair(task.left_id, task.right_id))
    return copies.update(is_gold=winner != "none", gold_winner=answers.get(winner))


def comparison_submit(
    *,
    campaign: Campaign,
    task_id: int,
    user: User,
    choice: str,
    idempotency_key: str,
    rationale: str = "",
    criteria: dict[str, str] | None = None,
    rewrite: str = "",
) -> tuple[Judgement, bool]:
    """Record a judgement; a resend with the same idempotency key returns the first one (created=False).

    The task is looked up within `campaign` (the one the caller authorised): another campaign's task is
    refused exactly like a missing one. That the task is open and
    leased to `user`, and the campaign's rate limit, are checked before Presidio reads the rationale or rewrite.
    `criteria` rates the pair per acceptance criterion of the guideline ('a', 'b' or 'tie'). `rewrite`,
    only with 'both_bad', is the reviewer's better response: stored as a candidate that wins over both.
    """
    if choice not in Judgement.Choice.values:
        raise ApplicationError(f"choice must be one of {', '.join(Judgement.Choice.values)}.", field="choice")
    if not idempotency_key:
        raise ApplicationError("An idempotency key is required.", field="idempotency_key")
    existing = _stored(user, idempotency_key, campaign)
    if existing is not None:
        return existing, False
    if rewrite.strip() and choice != Judgement.Choice.BOTH_BAD:
        raise ApplicationError("A rewrite goes with 'both bad': it is the better response.", field="rewrite")
    try:
        task = _check_submittable(_task_in(campaign, task_id), user, idempotency_key)
    except AlreadyStored as twin:
        return twin.judgement, False
    if task.evaluation and rewrite.strip():
        raise ApplicationError("An evaluation pair takes no rewrite: its item is sealed test data.", field="rewrite")
    campaign = task.item.campaign
    check_judging_rate(campaign, user)
    guideline = guideline_current(campaign)
    checked = _check_criteria(_criteria_of(task, guideline), criteria or {})
    clean = clean_rationale(task, rationale)  # Presidio runs only for the reviewer's own, open task
    judgement = Judgement(
        reviewer=user,
        choice=choice,
        rationale=clean.text,
        entity_counts=clean.entities,
        criteria=checked,
        idempotency_key=idempotency_key,
        guideline_version=guideline,  # the guidelines the reviewer judged under (dataset rows trace back to them)
    )
    return _judgement_save(task, judgement, clean_rewrite(task, guideline, rewrite), campaign)


def _task_in(campaign: Campaign, task_id: int) -> ComparisonTask | None:
    return ComparisonTask.objects.select_related("item__campaign").filter(id=task_id, item__campaign=campaign).first()


def _stored(user: User, idempotency_key: str, campaign: Campaign) -> Judgement | None:
    """The reviewer's judgement sent with this key in `campaign`: a resend gets it back."""
    stored = Judgement.objects.filter(reviewer=user, idempotency_key=idempotency_key, task__item__campaign=campaign)
    return stored.first()


def _judgement_save(
    task: ComparisonTask, judgement: Judgement, better: AnonymizedText | None, campaign: Campaign
) -> tuple[Judgement, bool]:
    """Store the judgement on the task, locked and checked again: a twin that got there first wins."""
    user, key = judgement.reviewer, judgement.idempotency_key
    try:
        with transaction.atomic():
            # Only the task row is locked: judgements of other pairs of the same item do not wait on each other.
            locked = ComparisonTask.objects.select_for_update(of=("self",)).select_related("item")
            task = _check_submittable(locked.filter(id=task.id).first(), user, key)
            _judgement_record(task, judgement, better, campaign)
    except AlreadyStored as twin:
        return twin.judgement, False
    except IntegrityError:
        existing = _stored(user, key, campaign)
        if existing is None:
            raise Conflict("This comparison has already been judged.") from None
        return existing, False
    return judgement, True


def _judgement_record(
    task: ComparisonTask, judgement: Judgement, better: AnonymizedText | None, campaign: Campaign | None
) -> None:
    """Inside the submit's transaction, on the locked task: the judgement, the rewrite as a human candidate,
    the task done, one more copy if the pair's votes split, and the event."""
    judgement.task = task
    judgement.save(force_insert=True)
    if better is not None:
        Candidate.objects.create(
            item=task.item,
            source=Candidate.Source.HUMAN,
            text=better.text,
            entity_counts=better.entities,
            rewrite_of=judgement,
        )
    task_finish(task)
    _settle_split(task, campaign)
    notify_judgement_stored(task.item.campaign_id, task=task.id)
    _evaluation_judged(task)


def _evaluation_judged(task: ComparisonTask) -> None:
    if task.evaluation:  # inside the judgement's transaction: the result never misses a judgement
        hooks.evaluation_judged(task=task)


def _settle_split(task: ComparisonTask, campaign: Campaign | None) -> ComparisonTask | None:
    """When every copy of a pair is judged and its A/B votes split evenly, ask one more reviewer (up to
    EXTRA_COPIES more than the campaign's judgements_per_pair): a split pair gives no DPO pair."""
    per_pair = campaign.judgements_per_pair if campaign is not None else task.item.campaign.judgements_per_pair
    if task.is_gold or task.evaluation or (per_pair == 1 and task.copy == 0):
        return None  # one vote never splits, and no query is spent finding that out
    # No row locks here: two reviewers finishing a pair's last copies at once would wait on each other's.
    # The one who commits second sees every copy done; the constraint on (left, right, copy) stops twins.
    copies = ComparisonTask.objects.filter(same_pair(task.left_id, task.right_id))
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


def judgement_undo(*, campaign: Campaign, judgement_id: int, user: User) -> ComparisonTask:
    """Take back one's judgement within JUDGEMENT_UNDO_SECONDS: it is deleted (with its rewrite) and the
    task is leased to the reviewer again, to judge anew. The judgement is looked up within `campaign`: one of
    another campaign is refused like a missing one."""
    now = timezone.now()
    with transaction.atomic():
        # The task comes with what its payload shows, so callers send it back without another query.
        judgements = Judgement.objects.select_for_update(of=("self", "task")).select_related(
            "task__item__campaign", "task__left", "task__right"
        )
        judgement = judgements.filter(id=judgement_id, reviewer_id=user.pk, task__item__campaign=campaign).first()
        if judgement is None:
            raise NotFound(NO_SUCH_JUDGEMENT)
        if judgement.task.ranking_id is not None:
            raise Conflict("This judgement is one pair of a ranking: undo the ranking instead.")
        if (now - judgement.created_at).total_seconds() > settings.JUDGEMENT_UNDO_SECONDS:
            raise Conflict(f"Too late to undo: a judgement can be undone for {settings.JUDGEMENT_UNDO_SECONDS} s.")
        task = judgement.task
        judgement.delete()  # its rewrite candidate goes with it (never paired, so never judged)
        task_reopen(task, user=user, now=now)
        notify_judgement_undone(task.item.campaign_id, task=task.id)
        _evaluation_judged(task)
    return task


def _criteria_of(task: ComparisonTask | None, guideline: GuidelineVersion | None) -> list[str]:
    """What the pair is rated on: the evaluation rubric for an evaluation pair, else the acceptance criteria."""
    if task is not None and task.evaluation:
        return list(EVALUATION_RUBRIC)
    return list((guideline.spec.get("acceptance_criteria") or []) if guideline is not None else [])


def _check_criteria(known_criteria: list[str], criteria: object) -> dict[str, str]:
    """Per-criterion answers, each one of the pair's criteria (`_criteria_of`) rated 'a', 'b' or 'tie'."""
    if not isinstance(criteria, dict):
        raise ApplicationError("criteria must be an object: {criterion: 'a' | 'b' | 'tie'}.", field="criteria")
    known = set(known_criteria)
    for name, rating in criteria.items():
        if name not in known:
            raise ApplicationError(
                f"'{name}' is not a criterion of this pair: {', '.join(known_criteria)}.", field="criteria"
            )
        if rating not in ("a", "b", "tie"):
            raise ApplicationError(f"Rate '{name}' a, b or tie.", field=f"criteria.{name}")
    return dict(criteria)


def _check_submittable(task: ComparisonTask | None, user: User, idempotency_key: str) -> ComparisonTask:
    """The task, if it exists, is still open and is leased to `user`. A resend whose twin judged the task
    meanwhile gets that judgement back (raised as AlreadyStored)."""
    if task is None:
        raise NotFound(NO_SUCH_PAIR, field="task")
    if task.status == ComparisonTask.Status.DONE:
        twin = Judgement.objects.filter(task=task, reviewer=user, idempotency_key=idempotency_key).first()
        if twin is not None:
            raise AlreadyStored(twin)
        raise Conflict("This comparison has already been judged.")
    if task.leased_to_id != user.pk:
        raise Forbidden("This comparison is not leased to you; ask for the next task.")
    return task
