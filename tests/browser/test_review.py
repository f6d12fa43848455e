"""The reviewer's and the admin's pages in a real Chromium against a live server."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from labeling.models import Membership
from preferences.models import Candidate, ComparisonTask, Judgement
from tests.factories import CampaignFactory, ItemFactory, MembershipFactory, StaffFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

NOTES = [
    "Called <PERSON_1> about the claim. Police report received; bumper photos pending.",
    "<PERSON_1> reports a burst pipe flooded the kitchen at <LOCATION_1>. Plumber invoice received.",
]


def comparison(campaign, note: str, number: int) -> ComparisonTask:
    item = ItemFactory(campaign=campaign, text=note)
    left, right = (
        Candidate.objects.create(item=item, source=Candidate.Source.IMPORT, text=f"Claim Type: {side} {number}")
        for side in ("first", "second")
    )
    return ComparisonTask.objects.create(item=item, left=left, right=right)


def test_reviewer_compares_with_the_keyboard_until_all_done(page: Page, live_url, log_in, screenshot):
    campaign = CampaignFactory(name="Claim summaries")
    reviewer = UserFactory(username="rita")
    MembershipFactory(campaign=campaign, user=reviewer, role=Membership.Role.REVIEWER)
    first, second = (comparison(campaign, note, number) for number, note in enumerate(NOTES, 1))

    log_in(reviewer)
    page.get_by_role("link", name="Open workspace").click()
    page.get_by_role("tab", name="Compare").click()
    expect(page.get_by_role("tab", name="Compare")).to_have_attribute("aria-selected", "true")
    panel = page.get_by_role("tabpanel", name="Compare")
    expect(panel.locator(".response-a")).to_have_text("Claim Type: first 1")
    expect(panel.locator(".response-b")).to_have_text("Claim Type: second 1")
    expect(panel.locator(".item-text")).to_have_text(NOTES[0])
    screenshot("compare-first")

    page.keyboard.press("1")
    expect(panel.locator(".item-text")).to_have_text(NOTES[1])
    expect(panel.locator(".message")).to_have_text("Saved: A is better.")
    screenshot("compare-second")

    panel.get_by_role("button", name="B is better").click()
    expect(panel.get_by_role("heading", name="All done")).to_be_visible()
    screenshot("compare-all-done")

    judgements = {j.task_id: j for j in Judgement.objects.all()}
    assert judgements[first.id].choice == "a"
    assert judgements[second.id].choice == "b"
    assert judgements[first.id].reviewer == reviewer


def test_admin_campaign_page_follows_an_import_live(page: Page, live_url, log_in, screenshot, worker):
    admin = StaffFactory(username="ada")
    campaign = CampaignFactory(name="Claim summaries", created_by=admin)
    MembershipFactory(campaign=campaign, user=admin, role=Membership.Role.ADMIN)
    ItemFactory.create_batch(3, campaign=campaign)

    log_in(admin)
    page.get_by_role("link", name="Manage").click()
    expect(page.get_by_role("heading", name="Claim summaries")).to_be_visible()
    expect(page.locator("#item-count")).to_have_text("3")
    datasets = page.get_by_role("region", name="Dataset versions")
    expect(datasets.get_by_role("button", name="Freeze new version")).to_be_visible()
    expect(datasets).to_contain_text("No versions yet")
    expect(page.locator("#live")).to_have_text("live")

    # Lines that fail validation never reach the anonymizer, so this needs no NLP model.
    imports = page.get_by_role("region", name="Import records")
    bad_lines = b'not json\n{"id": "x", "text": ""}\n'
    imports.get_by_label("JSONL file").set_input_files(
        {"name": "notes.jsonl", "mimeType": "application/jsonl", "buffer": bad_lines}
    )
    imports.get_by_role("button", name="Upload").click()
    # The batch is anonymized on the worker thread, which shares the two CPUs with the browser and server.
    done = "Done: 0 accepted, 2 rejected of 2 lines."
    expect(imports.locator(".progress-text")).to_have_text(done, timeout=30_000)
    errors = imports.locator("#import-errors")
    expect(errors).to_contain_text("not valid JSON")
    expect(errors).to_contain_text("field 'text' is required")
    screenshot("campaign-admin")
