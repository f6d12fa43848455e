"""The Write tab's keyboard: guidelines from inside the response, drafts, and skipping with a reason."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from labeling.demo_data import TEMPLATE_FIELDS
from labeling.models import Assignment, Example, ExampleRevision, Membership
from labeling.services.campaigns import campaign_create
from tests.factories import CampaignFactory, ItemFactory, MembershipFactory, StaffFactory, UserFactory

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


def test_reviewer_reads_an_answers_edit_history_before_deciding(page: Page, live_url, log_in, screenshot):
    campaign = CampaignFactory(name="Claim summaries", output_fields=["Claim Type", "Cause"])
    author, checker, reviewer = UserFactory(username="abe"), UserFactory(username="cleo"), UserFactory(username="rita")
    for user in (author, checker, reviewer):
        MembershipFactory(campaign=campaign, user=user, role=Membership.Role.REVIEWER)
    item = ItemFactory(campaign=campaign, external_id="claim-9")
    # As the services leave it: written, sent back with a comment, corrected and handed in again.
    example = Example.objects.create(item=item, author=author, response="Claim Type: Auto\nCause: Hail.")
    for editor, status, response, comment in [
        (author, "submitted", "Claim Type: Auto\nCause: Rain.", ""),
        (checker, "changes_requested", "Claim Type: Auto\nCause: Rain.", "The photos show hail."),
        (author, "submitted", "Claim Type: Auto\nCause: Hail.", ""),
    ]:
        ExampleRevision.objects.create(
            example=example, editor=editor, status=status, response=response, comment=comment
        )

    log_in(reviewer)
    page.get_by_role("link", name="Open workspace").click()
    page.get_by_role("tab", name="Review").click()
    panel = page.get_by_role("tabpanel", name="Review")
    expect(panel.locator(".response")).to_have_text("Claim Type: Auto\nCause: Hail.")
    history = panel.locator(".history")
    expect(history.locator("summary")).to_contain_text("(3 entries)")
    expect(history.locator(".history-list")).to_be_hidden()
    page.keyboard.press("h")
    entries = history.locator(".history-list > li")
    expect(entries).to_have_count(3)
    expect(entries.nth(0)).to_contain_text("abe submitted")
    expect(entries.nth(0).locator("pre")).to_have_text("Claim Type: Auto\nCause: Rain.")
    expect(entries.nth(1)).to_contain_text("cleo asked for changes")
    expect(entries.nth(1)).to_contain_text("Comment: The photos show hail.")
    screenshot("review-history")
    page.keyboard.press("h")
    expect(history.locator(".history-list")).to_be_hidden()
