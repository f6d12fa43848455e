"""The loop overview at the top of the campaign page: each stage's figures, a link to its section, live."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from evaluation.models import EvaluationRound
from labeling.models import Example
from labeling.services.review import example_review
from tests.test_overview import ITEMS, loop_campaign

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_admin_sees_where_the_loop_stands_and_it_follows_a_review(page: Page, live_url, log_in, screenshot):
    campaign = loop_campaign()
    evaluated = EvaluationRound.objects.get(campaign=campaign, status="succeeded")

    log_in(campaign.created_by)
    page.goto(f"{live_url}/campaigns/{campaign.id}/")
    expect(page.locator("#live")).to_have_text("live")
    overview = page.get_by_role("region", name="Loop overview")
    steps = overview.get_by_role("listitem")
    expect(steps.get_by_role("heading")).to_have_text(
        ["Items", "Judgements", "Dataset", "Training", "Evaluation", "Incumbent"]
    )
    items, judgements, datasets, runs, evaluation, incumbent = (steps.nth(n) for n in range(6))
    expect(items.locator(".figure")).to_have_text(f"{ITEMS + 5}")
    expect(items.locator(".detail")).to_contain_text(f"{ITEMS + 1} answered · {ITEMS} approved")
    expect(items.locator(".detail")).to_contain_text("1 answer to review")
    expect(items.locator(".state")).to_have_text("in progress")
    expect(judgements.locator(".figure")).to_have_text("3")
    expect(datasets.locator(".figure")).to_have_text("v1")
    sft = {split: evaluated.dataset.counts[split]["sft"] for split in ("train", "validation", "test")}
    expect(datasets.locator(".detail")).to_contain_text(
        f"{sft['train']} train · {sft['validation']} validation · {sft['test']} test"
    )
    expect(runs.locator(".figure")).to_have_text("3")
    expect(runs.locator(".detail")).to_have_text("2 queued · 1 failed")
    expect(evaluation.locator(".figure .badge")).to_have_text("promote")
    expect(evaluation.locator(".detail")).to_contain_text(f"round #{evaluated.id} (artifact #{evaluated.artifact_id})")
    expect(evaluation.locator(".detail")).to_contain_text("1 more under way")
    expect(incumbent.locator(".figure")).to_have_text(f"artifact #{evaluated.artifact_id}")
    expect(incumbent).to_have_attribute("aria-current", "step")  # the furthest stage reached
    expect(overview.locator("[aria-current]")).to_have_count(1)
    links = overview.get_by_role("link")
    expect(links).to_have_count(6)
    assert [links.nth(n).get_attribute("href") for n in range(6)] == [
        "#items",
        "#preferences",
        "#datasets",
        "#runs",
        "#evaluations",
        "#promotions",
    ]
    artifacts = screenshot("overview").parent
    overview.screenshot(path=str(artifacts / "overview-section.png"))
    page.screenshot(path=str(artifacts / "overview-top.png"))  # where it sits: first thing under the title
    page.set_viewport_size({"width": 900, "height": 800})  # three steps a row
    overview.screenshot(path=str(artifacts / "overview-narrow.png"))
    page.set_viewport_size({"width": 1280, "height": 800})

    # A reviewer approves the answer that was waiting: the overview follows the event, no reload.
    page.evaluate("window.stillHere = true")
    waiting = Example.objects.get(item__campaign=campaign, status=Example.Status.SUBMITTED)
    example_review(example=waiting, reviewer=campaign.created_by, approve=True)
    expect(items.locator(".detail")).to_have_text(f"{ITEMS + 1} answered · {ITEMS + 1} approved")
    assert page.evaluate("window.stillHere") is True

    links.get_by_text("Evaluation").click()
    expect(page).to_have_url(f"{live_url}/campaigns/{campaign.id}/#evaluations")

    # A rollback sends no event: the overview follows the Evaluations section's redrawn audit trail.
    promotions = page.locator("#promotions")
    promotions.get_by_label("Rollback note").fill("Back to the base model while we look again.")
    promotions.get_by_role("button", name="Roll back").click()
    expect(incumbent.locator(".figure")).to_have_text("none")
    expect(incumbent.locator(".detail")).to_contain_text("rolled back to none")
    expect(evaluation).to_have_attribute("aria-current", "step")
