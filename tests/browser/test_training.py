"""Training from the campaign page in a real Chromium: start SFT then DPO, follow the loss live, cancel one
run and complete another, whose artifact can be downloaded."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from dataset_versions.services.freeze import dataset_freeze
from labeling.demo_data import demo_records
from labeling.models import Example, Membership
from preferences.models import Candidate
from preferences.services.comparisons import comparison_submit, comparisons_create_for_item
from preferences.services.queue import comparison_lease_next
from tests.factories import CampaignFactory, ItemFactory, MembershipFactory, StaffFactory, UserFactory
from training.ml.tinymodel import TINY_MODEL_RECIPE
from training.models import BaseModel, ModelArtifact, TrainingRun

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
TRAINING_TIMEOUT = 240_000


def _dataset_with_both_kinds(campaign, admin):
    """Approved answers (SFT) and judged pairs, the reference over the weaker answer (DPO)."""
    author, reviewer = UserFactory(), UserFactory()
    for record in demo_records(16):
        item = ItemFactory(campaign=campaign, text=record.text)
        Example.objects.create(
            item=item, author=author, reviewer=reviewer, status="approved", response=record.reference
        )
        for text in (record.reference, record.alternate):
            Candidate.objects.create(item=item, source=Candidate.Source.IMPORT, text=text)
        comparisons_create_for_item(item=item)
    judge = UserFactory()
    while (task := comparison_lease_next(campaign=campaign, user=judge)) is not None:
        choice = "a" if task.left.text.startswith("Claim Type") else "b"
        comparison_submit(
            campaign=task.item.campaign, task_id=task.id, user=judge, choice=choice, idempotency_key=f"k-{task.id}"
        )
    return dataset_freeze(campaign=campaign, user=admin)


def _start(section, recipe: str) -> None:
    section.get_by_label("Stages").select_option(label="SFT then DPO")
    if not section.locator("details.recipe").evaluate("(details) => details.open"):
        section.locator("summary", has_text="Recipe").click()
    section.get_by_label("Recipe JSON").fill(recipe)
    section.get_by_role("button", name="Start training").click()


def _chart_points(page: Page) -> int:
    return page.evaluate(
        "() => (Chart.getChart(document.getElementById('loss-chart'))?.data.datasets || [])"
        ".reduce((n, d) => n + d.data.length, 0)"
    )


def test_admin_trains_from_the_ui_watching_the_loss_live_cancels_one_run_and_completes_another(
    page: Page, live_url, log_in, screenshot, worker, tiny_model_path
):
    admin = StaffFactory(username="tess")
    campaign = CampaignFactory(name="Claim summaries", created_by=admin)
    MembershipFactory(campaign=campaign, user=admin, role=Membership.Role.ADMIN)
    _dataset_with_both_kinds(campaign, admin)
    BaseModel.objects.create(name="tiny-llama", path=str(tiny_model_path), default_recipe=TINY_MODEL_RECIPE)

    log_in(admin)
    page.get_by_role("link", name="Manage").click()
    section = page.get_by_role("region", name="Training runs")
    expect(section.get_by_label("Base model")).to_have_value(str(BaseModel.objects.get().id))

    # A long run: its loss arrives live, then it is cancelled.
    _start(section, '{"sft": {"epochs": 300}}')
    expect(section.locator(".message")).to_contain_text("queued")
    expect(section.locator("#run-table .badge.running")).to_be_visible(timeout=TRAINING_TIMEOUT)
    page.wait_for_function(
        "() => (Chart.getChart(document.getElementById('loss-chart'))?.data.datasets[0]?.data.length || 0) >= 3",
        timeout=TRAINING_TIMEOUT,
    )
    first = _chart_points(page)
    page.wait_for_function(
        f"() => Chart.getChart(document.getElementById('loss-chart')).data.datasets[0].data.length > {first}",
        timeout=60_000,
    )  # more points without a reload: live
    section.get_by_role("button", name="Cancel").click()
    expect(section.locator("#run-table .badge.cancelled")).to_be_visible(timeout=60_000)

    # A short run: SFT then DPO to the end, with its events and a download link.
    _start(section, '{"sft": {"epochs": 2, "save_steps": 2}, "dpo": {"epochs": 1}}')
    expect(section.locator("#run-table .badge.succeeded")).to_be_visible(timeout=TRAINING_TIMEOUT)
    runs = list(TrainingRun.objects.order_by("id"))
    assert [run.status for run in runs] == ["cancelled", "succeeded"]
    assert not ModelArtifact.objects.filter(run=runs[0]).exists()
    events = section.get_by_role("list", name="Run events")
    expect(events).to_contain_text("SFT done")
    expect(events).to_contain_text("DPO done")
    stages = page.evaluate(
        "() => Chart.getChart(document.getElementById('loss-chart')).data.datasets.map((d) => d.label)"
    )
    assert stages[0] == "sft" and "dpo" in stages  # and a dashed validation line per stage when evaluated
    expect(section.get_by_role("link", name="Download")).to_have_attribute(
        "href", f"/api/artifacts/{runs[1].artifact.id}/download/"
    )
    screenshot("training-runs")
    section.screenshot(path=str(screenshot("training-runs").with_name("training-runs-section.png")))
