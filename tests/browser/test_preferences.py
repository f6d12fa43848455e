"""The campaign page's Preferences section in a real Chromium: live figures, reliability, ratings, rounds."""

from __future__ import annotations

import pytest
from playwright.sync_api import Locator, Page, expect

from dataset_versions.models import DatasetVersion
from labeling.models import Membership
from preferences.models import Candidate, CandidateRound, ComparisonTask, Judgement
from preferences.services.comparisons import comparison_submit
from preferences.services.queue import comparison_lease_next
from tests.browser.conftest import ARTIFACTS
from tests.factories import CampaignFactory, ItemFactory, MembershipFactory, StaffFactory, UserFactory
from training.models import ModelArtifact, TrainingRun

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Seven pairs of a human and an imported answer, each judged by ann, bob and cy. Ann and bob always
# prefer the human answer; cy prefers the import on five pairs (the last one gold), so cy agrees with
# the others on 2 of 7 shared votes (29%, flagged) and ann and bob on (5 / 2 + 2) / 7 = 64%.
CY_PREFERS_IMPORT = {0, 1, 2, 3, 6}
GOLD = 6


def judged_campaign():
    admin = StaffFactory(username="ada")
    campaign = CampaignFactory(name="Claim summaries", created_by=admin, gold_rate=0)
    MembershipFactory(campaign=campaign, user=admin, role=Membership.Role.ADMIN)
    ann, bob, cy, dee = (
        MembershipFactory(campaign=campaign, user=UserFactory(username=name)).user
        for name in ("ann", "bob", "cy", "dee")
    )
    for index in range(8):
        item = ItemFactory(campaign=campaign, external_id=f"claim-{index + 1}")
        human = Candidate.objects.create(item=item, source=Candidate.Source.HUMAN, text=f"Claim Type: Theft {index}")
        imported = Candidate.objects.create(item=item, source=Candidate.Source.IMPORT, text=f"Claim Type: {index}")
        if index == 7:  # two open copies: the queue, and the pair dee judges during the test
            for copy in range(2):
                ComparisonTask.objects.create(item=item, left=human, right=imported, copy=copy)
            continue
        for copy, reviewer in enumerate((ann, bob, cy)):
            left, right = (human, imported) if copy % 2 == 0 else (imported, human)
            task = ComparisonTask.objects.create(
                item=item,
                left=left,
                right=right,
                copy=copy,
                status=ComparisonTask.Status.DONE,
                is_gold=index == GOLD,
                gold_winner=human if index == GOLD else None,
            )
            winner = imported if reviewer == cy and index in CY_PREFERS_IMPORT else human
            choice = Judgement.Choice.A if winner == left else Judgement.Choice.B
            Judgement.objects.create(task=task, reviewer=reviewer, choice=choice, idempotency_key=f"k-{task.id}")
    dataset = DatasetVersion.objects.create(campaign=campaign, version=1, content_hash="0" * 64, created_by=admin)
    run = TrainingRun.objects.create(
        campaign=campaign,
        dataset=dataset,
        base_model_path="/models/SmolLM2-135M-Instruct",
        status=TrainingRun.Status.SUCCEEDED,
        created_by=admin,
    )
    artifact = ModelArtifact.objects.create(run=run, path="/artifacts/run-1", sha256="0" * 64)
    return admin, campaign, dee, artifact


def test_admin_follows_judging_reads_reliability_and_ratings(page: Page, live_url, log_in, screenshot):
    admin, campaign, dee, _ = judged_campaign()
    log_in(admin)
    page.goto(f"{live_url}/campaigns/{campaign.id}/")
    expect(page.locator("#live")).to_have_text("live")
    region = page.get_by_role("region", name="Preferences")

    def figure(key: str) -> Locator:
        return region.locator(f'#preference-figures dd[data-stat="{key}"]')

    expected = {
        "judgements": "21",
        "judgements_per_minute": "4.2",
        "queue_depth": "2",
        "in_progress": "0",
        "active_reviewers": "3",
        "agreement": "52.4%",  # (4.5 + 4.5 + 2) / 21 shared votes
        "flagged_reviewers": "1",
    }
    for key, value in expected.items():
        expect(figure(key)).to_have_text(value)

    reliability = region.get_by_role("table", name="Reviewers' reliability")
    expect(reliability.locator("tbody tr")).to_have_count(3)  # dee has not judged yet
    cy = reliability.locator("tbody tr").filter(has_text="cy")
    expect(cy).to_have_class("flagged")
    expect(cy.locator("td")).to_have_text(["cy", "7", "7", "28.6%", "0.0% (1)", "⚑ flagged: agreement 29% < 50%"])
    ann = reliability.locator("tbody tr").filter(has_text="ann")
    expect(ann).not_to_have_class("flagged")
    expect(ann.locator("td")).to_have_text(["ann", "7", "7", "64.3%", "100.0% (1)", "\u2013"])

    ratings = region.get_by_role("table", name="Ratings of the sources")
    expect(ratings.locator("tbody tr td:first-child")).to_have_text(["human", "import"])  # best first
    labels = page.evaluate("Chart.getChart(document.querySelector('#ratings-chart')).data.labels")
    assert labels == ["human", "import"]
    expect(region.locator("#ratings-chart")).to_have_attribute("role", "img")
    matrix = region.get_by_role("table", name="Win share")
    human_row = matrix.get_by_role("row").filter(has=page.get_by_role("rowheader", name="human"))
    expect(human_row.locator("td")).to_have_text(["\u2013", "76.2%"])  # 16 of the 21 votes went to the human answer
    expect(human_row.locator("td").nth(1)).to_have_attribute("title", "human beat import in 76.2% of 21 judgements")
    expect(region.locator(".ratings-status")).to_contain_text("from 21 judgements")
    screenshot("preferences-figures")
    region.screenshot(path=str(ARTIFACTS / "preferences-section.png"))

    # A reviewer judges on another connection: the figures follow without a reload, the ratings wait.
    task = comparison_lease_next(campaign=campaign, user=dee)
    assert task is not None and not task.is_gold
    comparison_submit(campaign=task.item.campaign, task_id=task.id, user=dee, choice="a", idempotency_key="live-1")
    expect(figure("judgements")).to_have_text("22")
    expect(figure("queue_depth")).to_have_text("1")
    expect(figure("active_reviewers")).to_have_text("4")
    expect(region.locator(".ratings-status")).to_contain_text("from 21 judgements")
    region.get_by_role("button", name="Refresh ratings").click()
    expect(region.locator(".ratings-status")).to_contain_text("from 22 judgements")
    expect(human_row.locator("td").nth(1)).to_have_text("77.3%")  # 17 of 22


def test_admin_gets_a_field_error_for_a_round_and_sets_reviewers_per_pair(page: Page, live_url, log_in, screenshot):
    admin, campaign, _, artifact = judged_campaign()
    log_in(admin)
    page.goto(f"{live_url}/campaigns/{campaign.id}/")
    region = page.get_by_role("region", name="Preferences")
    form = region.get_by_role("form", name="Candidate rounds")
    expect(form.get_by_label("Model")).to_have_value(str(artifact.id))
    expect(form.get_by_label("Model").locator("option")).to_have_text(
        [f"model {artifact.id} (SmolLM2-135M-Instruct) · run #{artifact.run_id}"]
    )
    expect(region.locator("#round-table tbody")).to_have_text("No rounds yet.")
    n = form.get_by_label("Answers per item (n)")
    n.fill("3")
    form.get_by_label("Temperature").fill("0")
    form.get_by_role("button", name="Start round").click()
    # The settings are checked by training.ml.generate.Sampling; its first import (torch) takes ~15 s here.
    expect(n).to_have_attribute("aria-invalid", "true", timeout=60_000)
    greedy = "Greedy decoding (temperature 0) gives one candidate per prompt: set n to 1 or sample."
    expect(form.locator(".field-error")).to_have_text(greedy)
    expect(form.locator(".message")).to_have_text(f"Not started: {greedy}")
    assert not CandidateRound.objects.exists()
    screenshot("preferences-round-error")
    form.screenshot(path=str(ARTIFACTS / "preferences-round-form.png"))

    settings = page.get_by_role("region", name="Assignment").get_by_role("form", name="Assignment settings")
    per_pair = settings.get_by_label("Reviewers per pair")
    per_minute = settings.get_by_label("Judgements a minute per reviewer, 0 = no limit")
    expect(per_pair).to_have_value("1")
    expect(per_minute).to_have_value("0")
    per_pair.fill("3")
    per_minute.fill("30")
    settings.get_by_role("button", name="Save settings").click()
    expect(settings.locator(".message")).to_contain_text("Saved:")
    campaign.refresh_from_db()
    assert (campaign.judgements_per_pair, campaign.max_judgements_per_minute) == (3, 30)
    page.reload()
    expect(per_pair).to_have_value("3")
    expect(per_minute).to_have_value("30")
    per_pair.fill("21")
    settings.get_by_role("button", name="Save settings").click()
    expect(per_pair).to_have_attribute("aria-invalid", "true")
    expect(settings.locator(".field-error")).to_have_text("judgements_per_pair must be between 1 and 20.")
    screenshot("preferences-assignment")
    page.locator("#assignment").screenshot(path=str(ARTIFACTS / "preferences-assignment-card.png"))
