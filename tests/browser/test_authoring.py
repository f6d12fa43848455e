"""The Write tab's keyboard: guidelines from inside the response, drafts, and skipping with a reason."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from labeling.demo_data import TEMPLATE_FIELDS
from labeling.models import Assignment, Example, Membership
from labeling.services.campaigns import campaign_create
from tests.factories import ItemFactory, MembershipFactory, StaffFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_reviewer_drafts_reads_the_guidelines_and_skips_by_keyboard(page: Page, live_url, log_in, screenshot):
    campaign = campaign_create(user=StaffFactory(), name="Claims", system_prompt="", output_fields=TEMPLATE_FIELDS)
    reviewer = UserFactory(username="wanda")
    MembershipFactory(campaign=campaign, user=reviewer, role=Membership.Role.REVIEWER)
    ItemFactory(campaign=campaign, text="Called <PERSON_1> about a cracked windscreen.")

    log_in(reviewer)
    page.goto(f"{live_url}/campaigns/{campaign.id}/work/")
    panel = page.get_by_role("tabpanel", name="Write")
    response = panel.get_by_label("Your response")
    expect(response).to_be_focused()
    guideline = panel.get_by_role("complementary", name="Guidelines")

    prefill = response.input_value()
    assert prefill.startswith("Claim Type:")
    page.keyboard.press("Alt+g")  # from inside the response
    expect(guideline).to_be_visible()
    assert response.input_value() == prefill  # the shortcut typed nothing
    response.fill("Claim Type: Glass\nCause: Stone chip")
    page.keyboard.press("Control+s")
    expect(panel.locator(".message")).to_contain_text("Draft saved", timeout=90_000)  # spaCy loads first
    assert Example.objects.get(author=reviewer).status == Example.Status.DRAFT
    screenshot("write-draft-guidelines")

    page.keyboard.press("Escape")
    page.keyboard.press("g")
    expect(guideline).to_be_hidden()
    page.keyboard.press("x")
    expect(panel.get_by_label("Skip reason")).to_be_focused()
    page.keyboard.type("Photo attachment missing")
    page.keyboard.press("Enter")
    expect(panel.locator(".message")).to_contain_text("Skipped", timeout=30_000)
    assignment = Assignment.objects.get(reviewer=reviewer)
    assert assignment.status == Assignment.Status.SKIPPED
    assert assignment.skip_reason == "Photo attachment missing"
