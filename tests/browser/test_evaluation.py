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
    rows = differences.locator("tbody tr").filter(has_text="vs base")
    accuracy = rows.filter(has=page.get_by_role("cell", name="accuracy", exact=True))
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

    failures = section.locator("#evaluation-failures")
    expect(failures).to_contain_text("failed 0 validation and 1 test items")
    expect(failures.get_by_role("button", name="Send validation failures to reviewers (0)")).to_be_disabled()
    failures.get_by_role("button", name="Retire failed test items (1)").click()
    expect(section.locator(".message").first).to_have_text(
        "1 test items retired: in the next dataset version they are train items."
    )
    expect(failures.get_by_role("button", name="Retire failed test items: done")).to_be_disabled()


NEXT_TASK = """(item) => {
  const panel = document.querySelector("#panel-compare");
  return !panel.querySelector(".empty").hidden || panel.querySelector(".item-text").textContent !== item;
}"""


def _judge_evaluation_pairs(page: Page, live_url: str, campaign_id: int) -> int:
    """Judge every evaluation pair served, by keyboard: the candidate's output is the one that is not the
    prompt baseline's constant "theft"; the first rubric row is rated too."""
    page.goto(f"{live_url}/campaigns/{campaign_id}/work/#compare")
    panel = page.get_by_role("tabpanel", name="Compare")
    judged = 0
    while True:
        expect(panel.locator(".task:visible, .empty:visible")).to_have_count(1)
        if panel.locator(".empty").is_visible():
            return judged
        expect(panel.locator(".task-title")).to_have_text("Evaluation: which response does the task better?")
        expect(panel.locator(".open-rewrite")).to_be_hidden()  # a sealed item takes no rewrite
        item = panel.locator(".item-text").inner_text()
        candidate_left = panel.locator(".response-a").inner_text() != "theft"
        page.keyboard.press("r")
        expect(panel.get_by_label("Correct: A")).to_be_focused()
        page.keyboard.press("a" if candidate_left else "b")
        page.keyboard.press("Escape")
        page.keyboard.press("1" if candidate_left else "2")
        expect(panel.locator(".message")).to_contain_text("Saved")
        page.wait_for_function(NEXT_TASK, arg=item)
        judged += 1


def test_two_reviewers_judge_a_human_round_blind_and_the_win_rate_appears_out_of_every_export(
    page: Page, live_url, log_in, screenshot
):
    from dataset_versions.services.exports import dataset_export
    from dataset_versions.services.freeze import dataset_freeze
    from labeling.models import Membership
    from preferences.models import Candidate, Judgement
    from tests.factories import MembershipFactory, UserFactory

    evaluation = label_campaign_round(60)
    items = round_test_items(evaluation)
    outputs = {
        "base": ["water"] * len(items),
        "prompt_baseline": ["theft"] * len(items),
        "candidate": [item.reference for item in items],
    }
    round_record(evaluation=evaluation, items=items, outputs=outputs, guideline=round_guideline_spec(evaluation))
    campaign = evaluation.campaign
    reviewers = [UserFactory(username=name) for name in ("rosa", "omar")]
    for reviewer in reviewers:
        MembershipFactory(campaign=campaign, user=reviewer, role=Membership.Role.REVIEWER)

    log_in(campaign.created_by)
    page.goto(f"{live_url}/campaigns/{campaign.id}/")
    section = page.get_by_role("region", name="Evaluations")
    section.locator("#evaluation-table tbody tr").first.get_by_role("button", name="Samples").click()
    start = section.locator("#human-start")
    start.get_by_label("Judge the candidate against").select_option("prompt_baseline")
    start.get_by_label("Reviewers per item").fill("2")
    start.get_by_role("button", name="Ask reviewers (blind side-by-side)").click()
    expect(section.locator("#human-win-rate")).to_have_text("Win rate \u2013")
    differing = sum(1 for item in items if item.reference != "theft")

    for reviewer in reviewers:
        page.context.clear_cookies()  # log out
        log_in(reviewer)
        assert _judge_evaluation_pairs(page, live_url, campaign.id) == differing
    screenshot("evaluation-human-all-done")

    page.context.clear_cookies()
    log_in(campaign.created_by)
    page.goto(f"{live_url}/campaigns/{campaign.id}/")
    section.locator("#evaluation-table tbody tr").first.get_by_role("button", name="Samples").click()
    result = section.locator("#human-result")
    expect(result.locator("#human-win-rate")).to_have_text("Win rate 100.0%")
    expect(result).to_contain_text("95% interval [100.0%, 100.0%]")
    expect(result).to_contain_text(f"over {differing} of {differing} items ({2 * differing} judgements)")
    expect(result.locator("#human-criteria tbody tr").first).to_contain_text("Correct")
    result.scroll_into_view_if_needed()
    result.screenshot(path=str(screenshot("evaluation-human").with_name("evaluation-human-result.png")))

    assert Judgement.objects.filter(task__evaluation=True).count() == 2 * differing
    version = dataset_freeze(campaign=campaign, user=campaign.created_by)
    sealed = [c.text for c in Candidate.objects.filter(evaluation=True)]
    assert not version.rows.filter(kind="dpo").exists()
    for kind in ("sft", "dpo", "openai"):
        for split in ("train", "validation"):
            exported = dataset_export(dataset=version, kind=kind, split=split).read_text()
            assert "evaluation" not in exported and len(sealed) > 0
