"""The privacy UI in a real Chromium: the admin's policy editor, preview, audit trail and PII dashboard,
and the reviewer's notice of what anonymization replaced."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from labeling.models import Example, Membership
from privacy.models import AnonymizationPolicy
from tests.factories import CampaignFactory, ItemFactory, MembershipFactory, StaffFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# The first anonymization in the process loads the spaCy model; the browser shares two CPUs with it.
NLP_TIMEOUT = 90_000


def test_admin_edits_previews_and_saves_the_policy(page: Page, live_url, log_in, screenshot):
    admin = StaffFactory(username="ada")
    campaign = CampaignFactory(name="Claim summaries", created_by=admin)
    MembershipFactory(campaign=campaign, user=admin, role=Membership.Role.ADMIN)
    # Items as an import stores them: anonymized text and the count of each type replaced.
    ItemFactory(campaign=campaign, entity_counts={"PERSON": 2, "PHONE_NUMBER": 1})
    ItemFactory(campaign=campaign, entity_counts={"PERSON": 1, "EMAIL_ADDRESS": 1})
    ItemFactory(campaign=campaign, entity_counts={})

    log_in(admin)
    page.get_by_role("link", name="Manage").click()
    privacy = page.get_by_role("region", name="Privacy")
    expect(privacy.locator("#policy-version")).to_have_text("Default policy (version 0)")
    expect(privacy.get_by_label("PERSON", exact=True)).to_be_checked()
    expect(privacy.get_by_label("Replace PERSON with")).to_have_value("placeholder")

    # The dashboard: a bar per entity type, and the counts by kind of text.
    canvas = privacy.locator("#pii-chart")
    expect(canvas).to_be_visible()
    labels = page.evaluate("() => Chart.getChart(document.getElementById('pii-chart'))?.data.labels")
    assert labels[0] == "PERSON"  # the most replaced first
    assert sorted(labels) == ["EMAIL_ADDRESS", "PERSON", "PHONE_NUMBER"]
    assert canvas.bounding_box()["height"] > 50
    records = privacy.locator("#pii-table tr", has_text="Records")
    expect(records.locator("td").nth(1)).to_have_text("2")  # texts with PII
    expect(records.locator("td").nth(2)).to_have_text("5")  # mentions

    # A custom recognizer, previewed before it is saved.
    privacy.get_by_role("button", name="Add recognizer").click()
    privacy.get_by_label("Recognizer 1 name").fill("badge")
    privacy.get_by_label("Recognizer 1 entity type").fill("BADGE_ID")
    privacy.get_by_label("Recognizer 1 regex").fill(r"BDG-\d{5}")
    privacy.get_by_label("Recognizer 1 context").fill("badge, gate")
    privacy.get_by_label("Score threshold").fill("0.4")
    privacy.get_by_label("Replace PERSON with").select_option("hash")
    privacy.get_by_label("Allow list").fill("Acme Insurance\n")
    expect(privacy.get_by_label("What is kept")).to_have_value("default")
    privacy.get_by_label("What is kept").select_option("safe_harbor")
    expect(privacy.locator('[data-type="BADGE_ID"]')).to_contain_text("custom")
    privacy.get_by_label("Sample text").fill("Door BDG-12345 was scanned twice.")
    privacy.get_by_role("button", name="Preview").click()
    result = privacy.locator(".preview-result pre")
    expect(result).to_have_text("Door <BADGE_ID_1> was scanned twice.", timeout=NLP_TIMEOUT)
    expect(privacy.locator(".preview-counts")).to_have_text("Replaced: BADGE_ID \u00d71.")
    assert not AnonymizationPolicy.objects.filter(campaign=campaign).exists()  # a preview saves nothing
    screenshot("privacy-preview")

    privacy.get_by_role("button", name="Save policy").click()
    expect(privacy.locator("#policy-version")).to_have_text("Policy version 1")
    expect(privacy.locator("#policy-form .message")).to_have_text("Saved as version 1.")
    audit = privacy.locator("#audit-table tbody tr").first
    expect(audit).to_contain_text("v1")
    expect(audit).to_contain_text("ada")
    expect(audit).to_contain_text("recognizers +badge")
    expect(audit).to_contain_text("score_threshold 0.35 → 0.4")
    expect(audit).to_contain_text("operators PERSON placeholder → hash")
    expect(audit).to_contain_text("allow_list +Acme Insurance")
    expect(audit).to_contain_text("preset default → safe_harbor")
    stored = AnonymizationPolicy.objects.get(campaign=campaign).document
    assert stored["recognizers"][0]["regex"] == r"BDG-\d{5}"
    assert stored["recognizers"][0]["context"] == ["badge", "gate"]
    assert stored["operators"] == {"PERSON": "hash"}
    assert stored["allow_list"] == ["Acme Insurance"]
    assert stored["preset"] == "safe_harbor"
    screenshot("privacy-saved")

    # A broken regex: the error stands next to the field it names, and nothing typed is lost.
    regex = privacy.get_by_label("Recognizer 1 regex")
    regex.fill(r"BDG-(\d{5}")
    privacy.get_by_role("button", name="Save policy").click()
    expect(regex).to_have_attribute("aria-invalid", "true")
    expect(privacy.locator("#policy-recognizers .field-error")).to_contain_text("Invalid regular expression")
    expect(regex).to_have_value(r"BDG-(\d{5}")
    expect(privacy.locator("#policy-version")).to_have_text("Policy version 1")
    assert AnonymizationPolicy.objects.get(campaign=campaign).version == 1
    screenshot("privacy-error")


def test_reviewer_sees_what_anonymization_replaced(page: Page, live_url, log_in, screenshot):
    campaign = CampaignFactory(name="Claim summaries", output_fields=["Claim Type", "Cause"])
    reviewer = UserFactory(username="rita")
    MembershipFactory(campaign=campaign, user=reviewer, role=Membership.Role.REVIEWER)
    ItemFactory(campaign=campaign, external_id="claim-7")
    ItemFactory(campaign=campaign, external_id="claim-8")

    log_in(reviewer)
    page.get_by_role("link", name="Open workspace").click()
    panel = page.get_by_role("tabpanel", name="Write")
    expect(panel.locator(".item-title")).to_have_text("Item claim-7")
    response = "Claim Type: Auto\nCause: John Smith called from 555-123-4567 about the collision."
    panel.get_by_label("Your response").fill(response)
    panel.get_by_role("button", name="Submit").click()

    message = panel.locator(".message")
    expect(message).to_have_text("Submitted. Replaced before saving: 1 PERSON, 1 PHONE_NUMBER.", timeout=NLP_TIMEOUT)
    expect(panel.locator(".stored-title")).to_have_text("Stored response for item claim-7")
    # The item's note already has a <PERSON_1>, so John Smith is numbered after it.
    stored = Example.objects.get().response
    assert "John Smith" not in stored and "555-123-4567" not in stored
    assert "<PHONE_NUMBER_1>" in stored
    expect(panel.locator(".stored pre")).to_have_text(stored)
    expect(panel.locator(".item-title")).to_have_text("Item claim-8")  # the next item is ready
    screenshot("write-replaced")

    # A response with nothing to replace says so plainly, and the previous notice goes away.
    panel.get_by_label("Your response").fill("Claim Type: Property\nCause: A burst pipe.")
    panel.get_by_role("button", name="Submit").click()
    expect(message).to_have_text("Submitted.", timeout=NLP_TIMEOUT)
    expect(panel.locator(".stored")).to_be_hidden()


def test_reviewer_sees_the_comment_as_stored(page: Page, live_url, log_in):
    campaign = CampaignFactory(name="Claim summaries", output_fields=["Claim Type", "Cause"])
    author, reviewer = UserFactory(username="abe"), UserFactory(username="rita")
    for user in (author, reviewer):
        MembershipFactory(campaign=campaign, user=user, role=Membership.Role.REVIEWER)
    item = ItemFactory(campaign=campaign, external_id="claim-9")
    Example.objects.create(item=item, author=author, response="Claim Type: Auto\nCause: Hail.")

    log_in(reviewer)
    page.get_by_role("link", name="Open workspace").click()
    page.get_by_role("tab", name="Review").click()
    panel = page.get_by_role("tabpanel", name="Review")
    expect(panel.locator(".response")).to_have_text("Claim Type: Auto\nCause: Hail.")
    panel.get_by_label("Comment").fill("Ask John Smith for the hail photos.")
    panel.get_by_role("button", name="Approve").click()

    message = panel.locator(".message")
    expect(message).to_contain_text("Approved.", timeout=NLP_TIMEOUT)
    stored = Example.objects.get().review_comment
    assert "John Smith" not in stored
    expect(message).to_contain_text(f"Comment stored as: \u201c{stored}\u201d")
