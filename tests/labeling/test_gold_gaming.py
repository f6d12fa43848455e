"""Gold items cannot be gamed: reviewers never learn which items are gold, and answer only what the queue
leased them, so nobody picks the items they are checked on (issue 13, finding 7)."""

from __future__ import annotations

import pytest

from labeling.models import Membership
from tests.factories import CampaignFactory, ItemFactory, MembershipFactory

pytestmark = pytest.mark.django_db


def _campaign():
    campaign = CampaignFactory(gold_rate=0.0)
    admin = MembershipFactory(campaign=campaign, role=Membership.Role.ADMIN).user
    reviewer = MembershipFactory(campaign=campaign, role=Membership.Role.REVIEWER).user
    plain = ItemFactory(campaign=campaign, external_id="plain")
    gold = ItemFactory(campaign=campaign, external_id="gold", is_gold=True, gold_answer="Cause: hail")
    return campaign, admin, reviewer, plain, gold


def test_reviewers_do_not_see_which_items_are_gold_and_admins_do(api) -> None:
    campaign, admin, reviewer, _, _ = _campaign()
    url = f"/api/campaigns/{campaign.id}/items/"
    assert all("is_gold" not in row for row in api(reviewer).get(url).json()["results"])
    rows = {row["external_id"]: row for row in api(admin).get(url).json()["results"]}
    assert rows["gold"]["is_gold"] is True and rows["plain"]["is_gold"] is False


def test_reviewers_answer_only_the_item_the_queue_leased_them_with_one_refusal_for_all(api) -> None:
    campaign, admin, reviewer, plain, gold = _campaign()
    client = api(reviewer)
    refusals = [client.post(f"/api/items/{item.id}/examples/", {"response": "Cause: hail"}) for item in (gold, plain)]
    assert [r.status_code for r in refusals] == [403, 403]
    assert refusals[0].json() == refusals[1].json()  # the refusal says nothing about which item is gold
    leased = client.get(f"/api/campaigns/{campaign.id}/authoring/next/").json()["item"]
    assert leased["id"] == plain.id  # gold is mixed in only at the gold rate (0 here)
    assert client.post(f"/api/items/{plain.id}/examples/", {"response": "Cause: hail"}).status_code == 201
    assert api(admin).post(f"/api/items/{gold.id}/examples/", {"response": "Cause: hail"}).status_code == 201
