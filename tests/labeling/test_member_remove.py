"""Issue 13, low findings: removing a member (`DELETE /api/campaigns/<id>/members/<user_id>/`). Admins remove
reviewers, only staff remove an admin, never the last one, and the removed member's open work goes back."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from labeling.models import Assignment, Example, Membership, NamedReviewer
from labeling.services.assignments import assignment_next
from preferences.models import Candidate, ComparisonTask, RankingTask
from preferences.services.queue import comparison_lease_next
from tests.factories import CampaignFactory, ItemFactory, MembershipFactory, StaffFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def campaign():
    return CampaignFactory(reviewers_per_item=1, gold_rate=0)


def member_url(campaign, user) -> str:
    return f"/api/campaigns/{campaign.id}/members/{user.id}/"


def member(campaign, role: str = "reviewer", user=None):
    return MembershipFactory(campaign=campaign, role=role, **({"user": user} if user else {})).user


def is_member(campaign, user) -> bool:
    return Membership.objects.filter(campaign=campaign, user=user).exists()


def test_an_admin_removes_a_reviewer_who_then_has_no_access(api, campaign) -> None:
    admin, reviewer = member(campaign, "admin"), member(campaign)
    removed = api(admin).delete(member_url(campaign, reviewer))
    assert removed.status_code == 204, removed.content
    assert not is_member(campaign, reviewer)
    assert api(reviewer).get(f"/api/campaigns/{campaign.id}/").status_code == 404


def test_the_removed_reviewers_open_work_goes_back_to_the_queue(api, campaign) -> None:
    admin, leaving, other = member(campaign, "admin"), member(campaign), member(campaign)
    soon = timezone.now() + timedelta(minutes=30)
    answered, held, reserved = (ItemFactory(campaign=campaign) for _ in range(3))
    done = Assignment.objects.create(item=answered, reviewer=leaving, slot=0, status="submitted")
    Example.objects.create(item=answered, author=leaving, assignment=done, response="kept")
    lease = Assignment.objects.create(item=held, reviewer=leaving, slot=0, lease_expires_at=soon)
    NamedReviewer.objects.create(item=reserved, reviewer=leaving)
    left, right, third = (Candidate.objects.create(item=held, source="import", text=t) for t in ("a", "b", "c"))
    pair = ComparisonTask.objects.create(item=held, left=left, right=right, leased_to=leaving, lease_expires_at=soon)
    ranking = RankingTask.objects.create(
        item=held, shown=[left.id, right.id, third.id], leased_to=leaving, lease_expires_at=soon
    )

    assert api(admin).delete(member_url(campaign, leaving)).status_code == 204

    lease.refresh_from_db()
    assert lease.status == Assignment.Status.EXPIRED
    assert Example.objects.filter(author=leaving, response="kept").exists()  # what they submitted stays
    assert not NamedReviewer.objects.filter(reviewer=leaving).exists()
    for task in (pair, ranking):
        task.refresh_from_db()
        assert (task.status, task.leased_to_id, task.lease_expires_at) == ("open", None, None)
    # Another reviewer is served the released work: the held item's slot and the pair.
    leased_items = set()
    while (assignment := assignment_next(campaign=campaign, user=other)) is not None:
        leased_items.add(assignment.item_id)
        Assignment.objects.filter(id=assignment.id).update(status="submitted")
    assert {held.id, reserved.id} <= leased_items
    assert comparison_lease_next(campaign=campaign, user=other) == pair


def test_a_non_staff_admin_cannot_remove_an_admin(api, campaign) -> None:
    admin, other_admin = member(campaign, "admin"), member(campaign, "admin")
    refused = api(admin).delete(member_url(campaign, other_admin))
    assert refused.status_code == 403 and refused.json()["field"] == "role"
    assert is_member(campaign, other_admin)
    assert api(admin).delete(member_url(campaign, admin)).status_code == 403  # nor themselves


def test_staff_remove_an_admin_but_never_the_last(api, campaign) -> None:
    staff, admin = member(campaign, "admin", user=StaffFactory()), member(campaign, "admin")
    assert api(staff).delete(member_url(campaign, admin)).status_code == 204
    assert not is_member(campaign, admin)
    last = api(staff).delete(member_url(campaign, staff))
    assert last.status_code == 409, last.content
    assert "last admin" in last.json()["detail"]
    assert is_member(campaign, staff)


def test_reviewers_remove_nobody_and_strangers_are_not_found(api, campaign) -> None:
    admin, reviewer, other = member(campaign, "admin"), member(campaign), member(campaign)
    assert api(reviewer).delete(member_url(campaign, other)).status_code == 403
    assert is_member(campaign, other)
    stranger, elsewhere = UserFactory(), member(CampaignFactory())
    for user in (stranger, elsewhere):
        missing = api(admin).delete(member_url(campaign, user))
        assert missing.status_code == 404 and missing.json()["field"] == "user"
    nobody = api(admin).delete(f"/api/campaigns/{campaign.id}/members/999999/")
    assert nobody.json() == {"detail": "User 999999 is not a member of this campaign.", "field": "user"}
