"""Assignments: k slots per item, pools and named reviewers, leases that expire, skips, gold items, races."""

from __future__ import annotations

import random
from datetime import timedelta

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from labeling.models import Assignment, Membership
from labeling.services.assignments import assignment_next, assignment_skip, named_reviewers_set
from labeling.services.review import example_submit
from tests.conftest import race
from tests.factories import CampaignFactory, ItemFactory, MembershipFactory, UserFactory
from tuneloop.exceptions import ApplicationError, Conflict

pytestmark = pytest.mark.django_db(transaction=True)

ANSWER = "Claim Type: Auto\nCause: Hail\nCurrent Evidence: photos\nNext Action: inspect\nRisk Notes: none"


def _campaign(k: int = 1, **settings):
    campaign = CampaignFactory(reviewers_per_item=k, **settings)
    reviewers = [UserFactory() for _ in range(4)]
    for user in reviewers:
        MembershipFactory(campaign=campaign, user=user, role=Membership.Role.REVIEWER)
    return campaign, reviewers


def test_two_reviewers_racing_for_the_last_slot_exactly_one_gets_it() -> None:
    campaign, (first, second, *_) = _campaign(k=1)
    item = ItemFactory(campaign=campaign)
    results = race([lambda u=u: assignment_next(campaign=campaign, user=u) for u in (first, second)])
    winners = [r for r in results if isinstance(r, Assignment)]
    assert len(winners) == 1 and results.count(None) == 1, results
    assert list(Assignment.objects.values_list("item_id", "slot", "status")) == [(item.id, 0, "leased")]


def test_many_reviewers_racing_for_two_slots_fill_exactly_two() -> None:
    campaign, _ = _campaign(k=2)
    item = ItemFactory(campaign=campaign)
    racers = [UserFactory() for _ in range(6)]
    results = race([lambda u=u: assignment_next(campaign=campaign, user=u) for u in racers])
    assert sum(isinstance(r, Assignment) for r in results) == 2, results
    live = Assignment.objects.filter(item=item, status="leased")
    assert sorted(live.values_list("slot", flat=True)) == [0, 1]
    assert len(set(live.values_list("reviewer", flat=True))) == 2


def test_the_database_refuses_a_second_live_assignment_for_a_slot() -> None:
    campaign, (first, second, *_) = _campaign()
    item = ItemFactory(campaign=campaign)
    Assignment.objects.create(item=item, reviewer=first, slot=0)
    with pytest.raises(IntegrityError), transaction.atomic():
        Assignment.objects.create(item=item, reviewer=second, slot=0)
    with pytest.raises(IntegrityError), transaction.atomic():
        Assignment.objects.create(item=item, reviewer=first, slot=1, status="skipped")


def test_k_reviewers_answer_each_item_never_the_same_one_twice() -> None:
    campaign, (ann, bob, cid, _) = _campaign(k=2)
    first, second = ItemFactory(campaign=campaign), ItemFactory(campaign=campaign)
    a, b = assignment_next(campaign=campaign, user=ann), assignment_next(campaign=campaign, user=bob)
    assert a.item == b.item == first and {a.slot, b.slot} == {0, 1}
    assert assignment_next(campaign=campaign, user=cid).item == second  # first has both slots taken
    example_submit(item=first, author=ann, response=ANSWER)
    assert assignment_next(campaign=campaign, user=ann).item == second  # never `first` again
    with pytest.raises(Conflict):
        example_submit(item=first, author=ann, response=ANSWER)


def test_a_leased_item_is_resumed_not_leased_again() -> None:
    campaign, (ann, *_) = _campaign()
    ItemFactory.create_batch(2, campaign=campaign)
    first = assignment_next(campaign=campaign, user=ann)
    assert assignment_next(campaign=campaign, user=ann) == first
    assert Assignment.objects.count() == 1


def test_expired_leases_are_reclaimed_for_someone_else() -> None:
    campaign, (ann, bob, *_) = _campaign()
    item = ItemFactory(campaign=campaign)
    lease = assignment_next(campaign=campaign, user=ann)
    Assignment.objects.filter(id=lease.id).update(lease_expires_at=timezone.now() - timedelta(seconds=1))
    taken = assignment_next(campaign=campaign, user=bob)
    assert taken.item == item and taken.slot == 0
    lease.refresh_from_db()
    assert lease.status == "expired"
    assert assignment_next(campaign=campaign, user=ann) is None  # ann had her turn on this item
    with pytest.raises(Conflict, match="expired"):
        example_submit(item=item, author=ann, response=ANSWER)


def test_the_lease_lasts_the_campaign_lease_time() -> None:
    campaign, (ann, *_) = _campaign(lease_minutes=5)
    ItemFactory(campaign=campaign)
    lease = assignment_next(campaign=campaign, user=ann)
    assert timedelta(minutes=4) < lease.lease_expires_at - timezone.now() <= timedelta(minutes=5)


def test_skip_needs_a_reason_and_frees_the_slot_for_others() -> None:
    campaign, (ann, bob, *_) = _campaign()
    item = ItemFactory(campaign=campaign)
    lease = assignment_next(campaign=campaign, user=ann)
    with pytest.raises(ApplicationError) as missing:
        assignment_skip(assignment=lease, user=ann, reason="  ")
    assert missing.value.field == "reason"
    with pytest.raises(ApplicationError):
        assignment_skip(assignment=lease, user=bob, reason="not mine")
    skipped = assignment_skip(assignment=lease, user=ann, reason="Outside my expertise")
    assert skipped.status == "skipped" and skipped.skip_reason == "Outside my expertise"
    assert assignment_next(campaign=campaign, user=ann) is None
    assert assignment_next(campaign=campaign, user=bob).item == item


def test_named_reviewers_get_their_items_and_only_they_do() -> None:
    campaign, (ann, bob, *_) = _campaign()
    reserved, open_item = ItemFactory(campaign=campaign), ItemFactory(campaign=campaign)
    named_reviewers_set(item=reserved, usernames=[bob.username])
    assert assignment_next(campaign=campaign, user=ann).item == open_item
    assert assignment_next(campaign=campaign, user=bob).item == reserved
    with pytest.raises(ApplicationError, match="named reviewers"):
        example_submit(item=reserved, author=UserFactory(), response=ANSWER)


def test_gold_items_are_mixed_in_and_served_to_each_reviewer_once() -> None:
    campaign, (ann, bob, *_) = _campaign(gold_rate=1.0)
    gold = ItemFactory(campaign=campaign, is_gold=True, gold_answer=ANSWER)
    regular = ItemFactory(campaign=campaign)
    for user in (ann, bob):  # gold has no k limit: every reviewer gets it once
        assert assignment_next(campaign=campaign, user=user).item == gold
        example_submit(item=gold, author=user, response=ANSWER)
    assert assignment_next(campaign=campaign, user=ann).item == regular


def test_gold_rate_zero_never_serves_gold() -> None:
    campaign, (ann, *_) = _campaign(gold_rate=0.0)
    ItemFactory(campaign=campaign, is_gold=True)
    assert assignment_next(campaign=campaign, user=ann, rng=random.Random(1)) is None


def test_a_rejected_answer_frees_its_slot_for_another_reviewer() -> None:
    from labeling.services.review import example_decide

    campaign, (ann, bob, cid, _) = _campaign()
    item = ItemFactory(campaign=campaign)
    example = example_submit(item=item, author=ann, response=ANSWER)
    assert assignment_next(campaign=campaign, user=cid) is None
    example_decide(example=example, reviewer=bob, decision="reject", comment="The cause is wrong.")
    again = assignment_next(campaign=campaign, user=cid)
    assert again.item == item and again.slot == 1
