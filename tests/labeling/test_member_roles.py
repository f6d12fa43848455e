"""Issue 13, finding 1: a campaign admin who is not staff adds reviewers but never hands out (or takes away) admin."""

from __future__ import annotations

import pytest

from labeling.models import Membership
from tests.factories import CampaignFactory, MembershipFactory, StaffFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def campaign():
    return CampaignFactory()


def members_url(campaign) -> str:
    return f"/api/campaigns/{campaign.id}/members/"


def role_of(campaign, user) -> str | None:
    return Membership.objects.filter(campaign=campaign, user=user).values_list("role", flat=True).first()


def test_a_non_staff_admin_cannot_make_anyone_admin(api, campaign) -> None:
    admin, accomplice = UserFactory(), UserFactory()
    MembershipFactory(campaign=campaign, user=admin, role="admin")
    MembershipFactory(campaign=campaign, user=accomplice, role="reviewer")
    client = api(admin)
    for user in (accomplice, UserFactory()):
        refused = client.post(members_url(campaign), {"username": user.username, "role": "admin"})
        assert refused.status_code == 403 and refused.json()["field"] == "role"
    assert role_of(campaign, accomplice) == "reviewer"
    assert Membership.objects.filter(campaign=campaign, role="admin").count() == 1


def test_a_non_staff_admin_cannot_demote_another_admin(api, campaign) -> None:
    admin, owner = UserFactory(), StaffFactory()
    MembershipFactory(campaign=campaign, user=admin, role="admin")
    MembershipFactory(campaign=campaign, user=owner, role="admin")
    refused = api(admin).post(members_url(campaign), {"username": owner.username, "role": "reviewer"})
    assert refused.status_code == 403 and refused.json()["field"] == "role"
    assert role_of(campaign, owner) == "admin"


def test_a_non_staff_admin_still_adds_reviewers(api, campaign) -> None:
    admin, newcomer = UserFactory(), UserFactory()
    MembershipFactory(campaign=campaign, user=admin, role="admin")
    added = api(admin).post(members_url(campaign), {"username": newcomer.username, "role": "reviewer"})
    assert added.status_code == 201, added.content
    assert role_of(campaign, newcomer) == "reviewer"


def test_staff_grant_and_take_back_the_admin_role(api, campaign) -> None:
    staff, user = StaffFactory(), UserFactory()
    MembershipFactory(campaign=campaign, user=staff, role="admin")
    client = api(staff)
    assert client.post(members_url(campaign), {"username": user.username, "role": "admin"}).status_code == 201
    assert role_of(campaign, user) == "admin"
    assert client.post(members_url(campaign), {"username": user.username, "role": "reviewer"}).status_code == 201
    assert role_of(campaign, user) == "reviewer"
