"""Leasing the k answer slots of each item to reviewers: pools, named reviewers, gold items, expiry, skips.

Two reviewers racing for the last slot of an item both try to insert the same (item, slot); the
partial unique constraint `assignment_unique_live_slot` lets exactly one in, and the other moves on.
"""

from __future__ import annotations

import random
from datetime import timedelta

from django.contrib.auth.models import User
from django.db import IntegrityError, transaction
from django.db.models import Count, Exists, F, IntegerField, OuterRef, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils import timezone

from labeling.models import Assignment, Campaign, Example, Item, NamedReviewer
from labeling.selectors import campaign_role
from privacy.services.anonymize import anonymize_text
from tuneloop.exceptions import ApplicationError, Conflict, Forbidden

LIVE = (Assignment.Status.LEASED, Assignment.Status.SUBMITTED)
# Examples written before assignments existed (or imported) hold a slot without an assignment row.
UNASSIGNED_ANSWER = ("submitted", "approved", "changes_requested")
CANDIDATES_PER_TRY = 20


def assignments_reclaim(*, campaign: Campaign) -> int:
    """Mark leases past their expiry as expired, which frees their slots; returns how many."""
    return Assignment.objects.filter(
        item__campaign=campaign, status=Assignment.Status.LEASED, lease_expires_at__lte=timezone.now()
    ).update(status=Assignment.Status.EXPIRED, updated_at=timezone.now())


def assignments_release(*, campaign: Campaign, user: User) -> int:
    """A member leaves: their live leases end as if expired and their named reservations go, so the items go
    back to the queue; what they submitted stays. Returns how many leases were released."""
    NamedReviewer.objects.filter(item__campaign=campaign, reviewer=user).delete()
    return Assignment.objects.filter(item__campaign=campaign, reviewer=user, status=Assignment.Status.LEASED).update(
        status=Assignment.Status.EXPIRED, updated_at=timezone.now()
    )


def assignment_current(*, campaign: Campaign, user: User) -> Assignment | None:
    """The user's live lease in the campaign, to resume."""
    return (
        Assignment.objects.select_related("item")
        .filter(item__campaign=campaign, reviewer=user, status=Assignment.Status.LEASED)
        .filter(lease_expires_at__gt=timezone.now())
        .order_by("id")
        .first()
    )


def assignment_next(*, campaign: Campaign, user: User, rng: random.Random | None = None) -> Assignment | None:
    """Reclaim expired leases, resume the user's live lease, else lease a free slot (gold at `gold_rate`)."""
    assignments_reclaim(campaign=campaign)
    current = assignment_current(campaign=campaign, user=user)
    if current is not None:
        return current
    gold_first = (rng or random).random() < campaign.gold_rate
    # Gold items check the reviewer against a known answer; they are mixed in, never served alone.
    for gold in (True, False) if gold_first else (False,):
        for item in _open_items(campaign, user, gold=gold)[:CANDIDATES_PER_TRY]:
            assignment = _lease(item, user, capacity=None if gold else campaign.reviewers_per_item + item.extra_answers)
            if assignment is not None:
                return assignment
    return None


def assignment_for_item(*, item: Item, user: User) -> Assignment:
    """The user's live lease on this item, or a new one: what writing to an item directly goes through."""
    mine = Assignment.objects.filter(item=item, reviewer=user).first()
    if mine is not None:
        if mine.status == Assignment.Status.LEASED:
            return mine
        raise Conflict(f"You already have an assignment on this item ({mine.status}); a reviewer answers once.")
    named = list(NamedReviewer.objects.filter(item=item).values_list("reviewer_id", flat=True))
    if named and user.pk not in named:
        raise Forbidden("This item is reserved for named reviewers.")
    capacity = None if item.is_gold else item.campaign.reviewers_per_item + item.extra_answers
    assignment = _lease(item, user, capacity=capacity)
    if assignment is None:
        raise Conflict("This item already has all its answers, or someone holds its last slot.")
    return assignment


def assignment_skip(*, assignment: Assignment, user: User, reason: str) -> Assignment:
    """Give a leased item back with a reason; the slot goes to another reviewer, never back to this one."""
    if assignment.reviewer_id != user.pk:
        raise Forbidden("Only the reviewer holding this assignment can skip it.")
    if not reason.strip():
        raise ApplicationError("Say why you skip this item.", field="reason")
    item = assignment.item
    clean = anonymize_text(reason, campaign=item.campaign, context=[item.text])
    updated = Assignment.objects.filter(id=assignment.id, status=Assignment.Status.LEASED).update(
        status=Assignment.Status.SKIPPED, skip_reason=clean.text[:500], updated_at=timezone.now()
    )
    if not updated:
        raise Conflict("This assignment is no longer leased to you (submitted, skipped or expired).")
    assignment.refresh_from_db()
    return assignment


def assignment_renew(*, assignment: Assignment) -> bool:
    """Extend a live lease by the campaign's lease time (saving a draft does); False when no longer leased."""
    expires = timezone.now() + timedelta(minutes=assignment.item.campaign.lease_minutes)
    renewed = Assignment.objects.filter(id=assignment.id, status=Assignment.Status.LEASED).update(
        lease_expires_at=expires, updated_at=timezone.now()
    )
    assignment.lease_expires_at = expires
    return bool(renewed)


def named_reviewers_set(*, item: Item, usernames: list[str]) -> list[User]:
    """Reserve the item for these members of its campaign (an empty list opens it to the pool again)."""
    users = []
    for index, username in enumerate(usernames):
        named = User.objects.filter(username=username).first()
        if named is None or campaign_role(named, item.campaign) is None:
            raise ApplicationError(f"'{username}' is not a member of this campaign.", field=f"usernames[{index}]")
        users.append(named)
    with transaction.atomic():
        NamedReviewer.objects.filter(item=item).exclude(reviewer__in=users).delete()
        for user in users:
            NamedReviewer.objects.get_or_create(item=item, reviewer=user)
    return users


def _open_items(campaign: Campaign, user: User, *, gold: bool) -> QuerySet[Item]:
    """Items the user may take: never assigned to them, open to them, and (not gold) with a free slot."""
    named = NamedReviewer.objects.filter(item=OuterRef("pk"))
    items = (
        Item.objects.filter(campaign=campaign, is_gold=gold)
        .exclude(Exists(Assignment.objects.filter(item=OuterRef("pk"), reviewer=user)))
        .filter(~Exists(named) | Exists(named.filter(reviewer=user)))
        .order_by("id")
    )
    if gold:
        return items
    live = (
        Assignment.objects.filter(item=OuterRef("pk"), status__in=LIVE)
        .exclude(example__status=Example.Status.REJECTED)
        .values("item")
        .annotate(n=Count("id"))
        .values("n")
    )
    unassigned = (
        Example.objects.filter(item=OuterRef("pk"), assignment__isnull=True, status__in=UNASSIGNED_ANSWER)
        .values("item")
        .annotate(n=Count("id"))
        .values("n")
    )
    zero = Value(0, output_field=IntegerField())
    return items.annotate(
        taken=Coalesce(Subquery(live, output_field=IntegerField()), zero)
        + Coalesce(Subquery(unassigned, output_field=IntegerField()), zero)
    ).filter(taken__lt=campaign.reviewers_per_item + F("extra_answers"))


def _lease(item: Item, user: User, *, capacity: int | None) -> Assignment | None:
    """Insert the item's next free slot for the user; the database decides who wins a race."""
    expires = timezone.now() + timedelta(minutes=item.campaign.lease_minutes)
    for _ in range(3):
        # One statement, one snapshot: the free slot and the count come from the same state.
        rows = list(Assignment.objects.filter(item=item, status__in=LIVE).values_list("slot", "example__status"))
        if capacity is not None:
            unassigned = Example.objects.filter(item=item, assignment__isnull=True, status__in=UNASSIGNED_ANSWER)
            taken = sum(status != Example.Status.REJECTED for _, status in rows) + unassigned.count()
            if taken >= capacity:
                return None
        used = {slot for slot, _ in rows}
        slot = next(n for n in range(len(used) + 1) if n not in used)
        try:
            with transaction.atomic():
                return Assignment.objects.create(
                    item=item, reviewer=user, slot=slot, status=Assignment.Status.LEASED, lease_expires_at=expires
                )
        except IntegrityError:
            # Someone took this slot first (try again with the new state), or this user already holds
            # the item from another tab (never twice).
            if Assignment.objects.filter(item=item, reviewer=user).exists():
                return Assignment.objects.filter(item=item, reviewer=user, status=Assignment.Status.LEASED).first()
    return None
