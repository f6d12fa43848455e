"""The item list: keyset pages that chain without gaps or repeats, validated limits, access rules, and each
row's answers, approvals, gold flag and named reviewers at a cost that does not grow with the page."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from rest_framework.test import APIClient

from labeling.models import Campaign, Example, Item, Membership, NamedReviewer
from labeling.selectors import ITEM_PAGE_MAX, item_count, item_page
from tests.factories import CampaignFactory, ItemFactory, MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def campaign() -> Campaign:
    campaign = CampaignFactory()
    ItemFactory.create_batch(23, campaign=campaign)
    ItemFactory.create_batch(5, campaign=CampaignFactory())  # another campaign's items, interleaved ids
    ItemFactory.create_batch(4, campaign=campaign)
    return campaign


@pytest.fixture
def member(campaign: Campaign, api: Callable[..., APIClient]) -> APIClient:
    return api(MembershipFactory(campaign=campaign).user)


def url(campaign: Campaign) -> str:
    return f"/api/campaigns/{campaign.id}/items/"


def test_pages_chain_without_gaps_or_repeats(campaign: Campaign, member: APIClient) -> None:
    seen, after, pages = [], None, 0
    while True:
        params = {"limit": 5} if after is None else {"limit": 5, "after": after}
        response = member.get(url(campaign), params)
        assert response.status_code == 200, response.content
        body = response.json()
        assert len(body["results"]) <= 5
        seen += [item["id"] for item in body["results"]]
        pages, after = pages + 1, body["next_after"]
        if after is None:
            break
        assert after == body["results"][-1]["id"]
    expected = list(Item.objects.filter(campaign=campaign).order_by("id").values_list("id", flat=True))
    assert seen == expected
    assert pages == 6  # 27 items: five full pages and one of 2


def test_the_last_full_page_says_there_is_no_next(campaign: Campaign, member: APIClient) -> None:
    body = member.get(url(campaign), {"limit": 27}).json()
    assert len(body["results"]) == 27
    assert body["next_after"] is None
    assert member.get(url(campaign), {"after": body["results"][-1]["id"]}).json() == {
        "results": [],
        "next_after": None,
        "reviewers_per_item": 1,
    }


def test_defaults_to_50_items_and_shows_their_fields(api: Callable[..., APIClient]) -> None:
    campaign = CampaignFactory()
    ItemFactory.create_batch(51, campaign=campaign)
    body = api(MembershipFactory(campaign=campaign, role=Membership.Role.ADMIN).user).get(url(campaign)).json()
    assert len(body["results"]) == 50
    assert body["next_after"] == body["results"][-1]["id"]
    assert set(body["results"][0]) == {
        *("id", "external_id", "group_key", "text", "entity_counts", "created_at"),
        *("is_gold", "answers", "approved", "named_reviewers"),
    }
    assert "count" not in body


def test_count_on_request(campaign: Campaign, member: APIClient) -> None:
    body = member.get(url(campaign), {"limit": 1, "count": "true"}).json()
    assert body["count"] == 27 == item_count(campaign)
    assert len(body["results"]) == 1


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"limit": 0}, "limit"),
        ({"limit": ITEM_PAGE_MAX + 1}, "limit"),
        ({"limit": "many"}, "limit"),
        ({"after": -1}, "after"),
        ({"after": "x"}, "after"),
    ],
)
def test_bad_parameters_are_named(campaign: Campaign, member: APIClient, params: dict, field: str) -> None:
    response = member.get(url(campaign), params)
    assert response.status_code == 400
    assert list(response.json()["errors"]) == [field]


def test_the_largest_page_is_allowed(campaign: Campaign, member: APIClient) -> None:
    response = member.get(url(campaign), {"limit": ITEM_PAGE_MAX})
    assert response.status_code == 200
    assert len(response.json()["results"]) == 27


def test_only_members_see_items(campaign: Campaign, api: Callable[..., APIClient]) -> None:
    outsider = api(UserFactory())
    assert outsider.get(url(campaign)).status_code == 404
    assert APIClient().get(url(campaign)).status_code in (401, 403)
    other = MembershipFactory().user  # a member of another campaign only
    assert api(other).get(url(campaign)).status_code == 404


def test_selector_pages_one_campaign(campaign: Campaign) -> None:
    first, next_after = item_page(campaign=campaign, after=None, limit=10)
    assert [item.campaign_id for item in first] == [campaign.id] * 10
    rest, end = item_page(campaign=campaign, after=next_after, limit=100)
    assert end is None
    assert len(first) + len(rest) == 27
    assert first[-1].id < rest[0].id


def answer(item: Item, status: str = Example.Status.SUBMITTED, *, reviewer=None) -> Example:
    """An answer by a new reviewer; a reviewed status needs the reviewer who decided it."""
    reviewed = status not in (Example.Status.DRAFT, Example.Status.SUBMITTED)
    return Example.objects.create(
        item=item, author=UserFactory(), response="Claim Type: Theft", status=status,
        reviewer=(reviewer or UserFactory()) if reviewed else None,
    )  # fmt: skip


def test_rows_show_answers_approvals_gold_and_named_reviewers(api: Callable[..., APIClient]) -> None:
    campaign = CampaignFactory(reviewers_per_item=3)
    unanswered, once, twice = ItemFactory.create_batch(3, campaign=campaign, group_key="case-1")
    gold = ItemFactory(campaign=campaign, group_key="case-2", is_gold=True, gold_answer="Claim Type: Fire")
    answer(unanswered, Example.Status.DRAFT)  # a draft is not an answer
    answer(once)
    answer(twice, Example.Status.APPROVED)
    answer(twice, Example.Status.CHANGES_REQUESTED)
    answer(gold, Example.Status.REJECTED)
    answer(ItemFactory(), Example.Status.APPROVED)  # another campaign's item
    for username in ("zoe", "ann"):
        NamedReviewer.objects.create(item=once, reviewer=UserFactory(username=username))
    body = api(MembershipFactory(campaign=campaign, role=Membership.Role.ADMIN).user).get(url(campaign)).json()
    assert body["reviewers_per_item"] == 3
    rows = {row["id"]: row for row in body["results"]}
    shown = ("group_key", "is_gold", "answers", "approved", "named_reviewers")
    assert {item.id: tuple(rows[item.id][key] for key in shown) for item in (unanswered, once, twice, gold)} == {
        unanswered.id: ("case-1", False, 0, 0, []),
        once.id: ("case-1", False, 1, 0, ["ann", "zoe"]),
        twice.id: ("case-1", False, 2, 1, []),
        gold.id: ("case-2", True, 1, 0, []),
    }
    assert "gold_answer" not in rows[gold.id]  # the known answer stays with the gold endpoints


def page_queries(client: APIClient, campaign: Campaign, limit: int) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url(campaign), {"limit": limit})
    assert len(response.json()["results"]) == limit
    return len(queries)


def test_a_page_costs_the_same_queries_whatever_its_size(api: Callable[..., APIClient]) -> None:
    campaign = CampaignFactory(reviewers_per_item=2)
    reviewer = UserFactory(username="ann")
    for item in ItemFactory.create_batch(60, campaign=campaign):
        answer(item)
        answer(item, Example.Status.APPROVED)
        NamedReviewer.objects.create(item=item, reviewer=reviewer)
    client = api(MembershipFactory(campaign=campaign).user)
    assert page_queries(client, campaign, 5) == page_queries(client, campaign, 50)


def test_the_selector_reads_a_page_in_two_queries(campaign: Campaign, django_assert_num_queries) -> None:
    NamedReviewer.objects.create(item=campaign.items.first(), reviewer=UserFactory())
    with django_assert_num_queries(2):  # the items with their counts, then the page's named reviewers
        page, _ = item_page(campaign=campaign, after=None, limit=20)
        assert sum(len(item.named_reviewers.all()) for item in page) == 1
