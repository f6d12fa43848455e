"""The campaign page's Reviewers section in a real Chromium: agreement figures, per-reviewer rows, gold items."""

from __future__ import annotations

import pytest
from playwright.sync_api import Locator, Page, expect

from labeling.models import Assignment, Example, GuidelineVersion, Item, Membership
from tests.factories import CampaignFactory, ItemFactory, MembershipFactory, StaffFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Each row: the answers of ann, bob and cy on one item ("Fraud" 3, 0, 2, 0, 3, 1 times: Fleiss' kappa 5/9).
ROWS = [
    ("Fraud", "fraud", "Fraud"),
    ("Theft", "Theft", "Theft"),
    ("Fraud", "Fraud", "Theft"),
    ("Theft", "Theft", "Theft"),
    ("Fraud", "Fraud", "Fraud"),
    ("Theft", "Fraud", "Theft"),
]


def answer(item: Item, reviewer, response: str, *, slot: int, status: str = Example.Status.SUBMITTED) -> None:
    assignment = Assignment.objects.create(item=item, reviewer=reviewer, slot=slot, status=Assignment.Status.SUBMITTED)
    checker = UserFactory(username="checker") if status != Example.Status.SUBMITTED else None
    Example.objects.create(
        item=item, author=reviewer, assignment=assignment, response=response, status=status, reviewer=checker
    )


def labelled_campaign():
    """Three reviewers label six items (k=3) and one gold item, as tests/labeling/test_quality.py seeds it."""
    admin = StaffFactory(username="boss")
    campaign = CampaignFactory(name="Claim triage", created_by=admin, reviewers_per_item=3, gold_rate=0.1)
    spec = {"output_format": {"kind": "labels", "labels": ["Fraud", "Theft"], "multi_label": False}}
    GuidelineVersion.objects.create(campaign=campaign, version=1, created_by=admin, spec=spec)
    MembershipFactory(campaign=campaign, user=admin, role=Membership.Role.ADMIN)
    ann, bob, cy = (
        MembershipFactory(campaign=campaign, user=UserFactory(username=name)).user for name in ("ann", "bob", "cy")
    )
    MembershipFactory(campaign=campaign, user=UserFactory(username="dee"))  # no answers yet
    for index, row in enumerate(ROWS):
        item = ItemFactory(campaign=campaign, external_id=f"claim-{index + 1}")
        for slot, (reviewer, response) in enumerate(zip((ann, bob, cy), row, strict=True)):
            answer(item, reviewer, response, slot=slot)
    gold = ItemFactory(campaign=campaign, external_id="claim-gold", is_gold=True, gold_answer="Fraud")
    answer(gold, ann, "fraud", slot=0, status=Example.Status.APPROVED)
    answer(gold, bob, "Theft", slot=1, status=Example.Status.REJECTED)  # a rejected answer still counts
    return admin, campaign


def row(table: Locator, first_cell: str) -> Locator:
    return table.get_by_role("row").filter(has=table.page.get_by_role("cell", name=first_cell, exact=True))


def test_admin_reads_agreement_figures_and_per_reviewer_rows(page: Page, live_url, log_in, screenshot):
    admin, campaign = labelled_campaign()
    log_in(admin)
    page.goto(f"{live_url}/campaigns/{campaign.id}/")
    quality = page.get_by_role("region", name="Reviewers")
    expect(quality.locator(".quality-summary")).to_have_text(
        "18 answers on 6 items (gold items left out) · 3 answers wanted per item · "
        "1 gold item, served at 10.0% of tasks"
    )
    figures = quality.get_by_role("table", name="Agreement across the campaign")
    fleiss = figures.get_by_role("row", name="Fleiss' kappa")
    expect(fleiss.locator("td").nth(0)).to_have_text("0.56")  # 5/9
    expect(fleiss.locator("td").nth(1)).to_have_text("moderate")
    expect(fleiss.locator("td").nth(2)).to_have_text("6 \u00d7 3")  # items times answers each
    alpha = figures.get_by_role("row", name="Krippendorff's alpha")
    expect(alpha.locator("td").nth(0)).to_have_text("0.58")  # 1 - 68/162
    expect(alpha.locator("td").nth(1)).to_have_text("unreliable")

    reviewers = quality.get_by_role("table", name="Per reviewer")
    expect(reviewers.locator("tbody tr")).to_have_count(4)  # the admin is not a reviewer; dee has no answers
    ann = row(reviewers, "ann").locator("td")
    expect(ann.nth(1)).to_have_text("6")
    expect(ann.nth(2)).to_have_text("100.0% (1/1)")
    expect(ann.nth(3)).to_have_text("83.3% (6 items)")
    expect(ann.nth(4)).to_contain_text("bob 0.67")
    bob = row(reviewers, "bob").locator("td")
    expect(bob.nth(2)).to_have_text("0.0% (0/1)")
    expect(bob.nth(2).locator(".bad")).to_be_visible()  # a weak gold accuracy stands out
    expect(bob.nth(3)).to_have_text("75.0% (6 items)")
    expect(row(reviewers, "cy").locator("td").nth(2)).to_have_text("\u2013")
    expect(row(reviewers, "dee").locator("td").nth(1)).to_have_text("0")
    gold = quality.get_by_role("table", name="Gold items").locator("tbody tr").filter(has_text="claim-gold")
    expect(gold.locator("td").nth(1)).to_have_text("Fraud")
    expect(gold.locator("td").nth(2)).to_have_text("1/2")
    screenshot("quality-figures")


def test_admin_marks_and_unmarks_a_gold_item(page: Page, live_url, log_in, screenshot):
    admin, campaign = labelled_campaign()
    item = Item.objects.get(campaign=campaign, external_id="claim-2")
    log_in(admin)
    page.goto(f"{live_url}/campaigns/{campaign.id}/")
    quality = page.get_by_role("region", name="Reviewers")
    message = quality.locator(".message")
    gold_rows = quality.get_by_role("table", name="Gold items").locator("tbody tr")
    expect(gold_rows).to_have_count(1)

    quality.get_by_label("Item id").fill(str(item.id))
    quality.get_by_label("Known answer").fill("Arson")  # not in the label set
    quality.get_by_role("button", name="Mark gold").click()
    expect(message).to_contain_text("Not in the campaign's label set: arson. Labels: Fraud, Theft.")
    item.refresh_from_db()
    assert not item.is_gold

    quality.get_by_label("Known answer").fill(" theft ")
    quality.get_by_role("button", name="Mark gold").click()
    expect(message).to_have_text("claim-2 is now a gold item; its answer was stored as shown below.")
    expect(gold_rows).to_have_count(2)
    marked = gold_rows.filter(has_text="claim-2")
    expect(marked.locator("td").nth(1)).to_have_text("Theft")  # the label set's own spelling
    expect(marked.locator("td").nth(2)).to_have_text("3/3")  # its three answers now measure the reviewers
    expect(quality.locator(".quality-summary")).to_contain_text("15 answers on 5 items")
    expect(quality.locator(".quality-summary")).to_contain_text("2 gold items")
    item.refresh_from_db()
    assert (item.is_gold, item.gold_answer) == (True, "Theft")
    screenshot("quality-gold")

    marked.get_by_role("button", name="Unmark").click()
    expect(message).to_have_text("claim-2 is an ordinary item again.")
    expect(gold_rows).to_have_count(1)
    expect(quality.locator(".quality-summary")).to_contain_text("18 answers on 6 items")
    item.refresh_from_db()
    assert (item.is_gold, item.gold_answer) == (False, "")
