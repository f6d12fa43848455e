"""The campaign admin's item browser: pages of 50 with Next and Previous, and each item's progress."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from labeling.models import Example, Membership, NamedReviewer
from tests.factories import CampaignFactory, ItemFactory, MembershipFactory, StaffFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


LONG_TEXT = "Called <PERSON_1> about the claim; the police report came in on Monday. " * 4
EXCERPT = LONG_TEXT[:120].rstrip() + "\N{HORIZONTAL ELLIPSIS}"  # the table shows 120 characters


def shown(first: int, last: int) -> str:
    """The pager's status line for a campaign of 120 items."""
    return f"Items {first}\N{EN DASH}{last} of 120"


def test_admin_pages_through_items_and_sees_their_progress(page: Page, live_url, log_in, screenshot):
    admin = StaffFactory(username="ada")
    campaign = CampaignFactory(name="Claim triage", created_by=admin, reviewers_per_item=3)
    MembershipFactory(campaign=campaign, user=admin, role=Membership.Role.ADMIN)
    ann, bob = UserFactory(username="ann"), UserFactory(username="bob")
    ItemFactory.create_batch(119, campaign=campaign, group_key="case-1")
    busy = ItemFactory(campaign=campaign, external_id="claim-77", group_key="case-9", text=LONG_TEXT, is_gold=True)
    Example.objects.create(item=busy, author=ann, response="Claim Type: Theft", status="approved", reviewer=bob)
    Example.objects.create(item=busy, author=bob, response="Claim Type: Fire")
    NamedReviewer.objects.create(item=busy, reviewer=ann)

    log_in(admin)
    page.goto(f"{live_url}/campaigns/{campaign.id}/")
    section = page.get_by_role("region", name="Items")
    status = section.get_by_role("status")
    rows = section.locator("#item-table tbody tr")
    previous, next_ = (section.get_by_role("button", name=name) for name in ("Previous", "Next"))
    expect(status).to_have_text(shown(1, 50))
    expect(rows).to_have_count(50)
    expect(previous).to_be_disabled()
    expect(rows.first).to_contain_text("0 / 3")
    screenshot("items-first-page")

    next_.click()
    expect(status).to_have_text(shown(51, 100))
    expect(previous).to_be_enabled()
    next_.click()
    expect(status).to_have_text(shown(101, 120))
    expect(rows).to_have_count(20)
    expect(next_).to_be_disabled()

    row = rows.filter(has_text="claim-77")
    cells = row.locator("td")
    expect(cells).to_have_text([str(busy.id), "claim-77", "case-9", EXCERPT, "2 / 3", "1", "✓", "ann"])
    expect(cells.nth(3)).to_have_attribute("title", LONG_TEXT)
    section.scroll_into_view_if_needed()
    screenshot("items-last-page")

    previous.click()
    expect(status).to_have_text(shown(51, 100))
    previous.click()
    expect(status).to_have_text(shown(1, 50))
    expect(previous).to_be_disabled()
    expect(next_).to_be_enabled()
