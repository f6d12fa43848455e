"""The evaluation report in the campaign page: contenders side by side, differences with intervals, a heatmap."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from evaluation.models import Promotion
from evaluation.selectors import round_guideline_spec, round_test_items
from evaluation.services.rounds import round_record
from tests.evaluation.rounds import label_campaign_round

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_admin_reads_a_label_set_report_with_intervals_and_a_confusion_heatmap(
    page: Page, live_url, log_in, screenshot
):
    evaluation = label_campaign_round()
    items = round_test_items(evaluation)
    references = [item.reference for item in items]
    outputs = {
        "base": ["water"] * len(items),
        "prompt_baseline": ["theft"] * len(items),  # right on a third: the gate recommends the candidate
        "candidate": [*references[:-1], "a guess"],
    }
    round_record(evaluation=evaluation, items=items, outputs=outputs, guideline=round_guideline_spec(evaluation))

    log_in(evaluation.campaign.created_by)
    page.goto(f"{live_url}/campaigns/{evaluation.campaign_id}/")
    section = page.get_by_role("region", name="Evaluations")
    row = section.locator("#evaluation-table tbody tr").first
    expect(row).to_contain_text("accuracy")
    expect(row.locator("td.num.ok")).to_have_count(1)  # the candidate beats both baselines
    row.get_by_role("button", name="Samples").click()

    metrics = section.locator("#evaluation-metrics")
    expect(metrics.locator("thead th")).to_have_text(["Metric", "Base", "Prompt baseline", "Candidate"])
    expect(metrics.locator("tbody tr").filter(has_text="macro f1")).to_have_count(1)
    differences = section.locator("#evaluation-differences")
    accuracy = differences.locator("tbody tr").filter(has_text="vs base").filter(has_text="accuracy")
    expect(accuracy.locator("td").nth(2)).to_have_class("num ok")  # its interval lies above zero
    expect(accuracy.locator("td").nth(3)).to_contain_text("[+")
    heatmaps = section.locator("figure.confusion")
    expect(heatmaps).to_have_count(3)
    expect(heatmaps.last.locator("thead th").last).to_have_text("invalid")
    samples = section.locator("table.samples")
    expect(samples.locator("thead th")).to_have_text(["Item", "Reference", "Base", "Prompt baseline", "Candidate"])
    expect(samples.locator("tbody tr")).to_have_count(len(items))
    section.get_by_label("Only items the candidate failed").check()
    expect(samples.locator("tbody tr")).to_have_count(1)
    expect(samples.locator("tbody tr td").nth(4)).to_contain_text("a guess")
    gate = section.locator("#evaluation-gate")
    expect(gate.locator("h4")).to_contain_text("promote")
    expect(gate.locator("li.ok")).to_have_count(4)
    expect(gate.locator("li.bad")).to_have_count(0)
    gate.get_by_label("Note").fill("Beats the prompt baseline; signed off by the triage lead.")
    gate.get_by_role("button", name="Promote to incumbent").click()
    promotions = section.locator("#promotions")
    expect(promotions.locator("h3")).to_have_text(f"Incumbent: artifact #{evaluation.artifact_id}")
    expect(promotions.locator("#promotion-trail tbody tr")).to_have_count(1)
    section.scroll_into_view_if_needed()
    section.screenshot(path=str(screenshot("evaluation-report").with_name("evaluation-report-section.png")))

    promotions.get_by_label("Rollback note").fill("Testing the way back.")
    promotions.get_by_role("button", name="Roll back").click()
    expect(promotions.locator("h3")).to_have_text("Incumbent: none")
    expect(promotions.locator("#promotion-trail tbody tr").first).to_contain_text("rollback")
    assert Promotion.objects.filter(campaign=evaluation.campaign).count() == 2
