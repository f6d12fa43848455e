"""A whole ranking queue by keyboard in the Compare tab: pick best first, take back a pick, submit, undo,
"all bad" and a better response, all on one page, each ranking stored once as the pairs it implies."""

from __future__ import annotations

import random

import pytest
from playwright.sync_api import Page, expect

from labeling.models import Membership
from labeling.services.guidelines import guideline_update
from preferences.models import Candidate, ComparisonTask, Judgement, Ranking, RankingTask
from preferences.selectors import preference_pairs
from preferences.services.comparisons import comparisons_create_for_item
from tests.browser.test_compare import NLP_TIMEOUT, SPEC, _no_page_loads
from tests.factories import CampaignFactory, ItemFactory, MembershipFactory, StaffFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Per note: its responses from best to worst.
NOTES = [
    (
        "Hail dented the car roof.",
        ["Claim Type: Auto\nCause: Hail", "Claim Type: Auto\nCause: Storm", "Claim Type: Home\nCause: Unknown"],
    ),
    (
        "A burst pipe flooded the kitchen.",
        ["Claim Type: Home\nCause: Pipe", "Claim Type: Home\nCause: Water", "Claim Type: Auto\nCause: Fire"],
    ),
    (
        "A stone cracked the windscreen.",
        ["Claim Type: Auto\nCause: Stone", "Claim Type: Auto\nCause: Impact", "Claim Type: Home\nCause: Wind"],
    ),
]
REWRITE = "Claim Type: Auto\nCause: Stone chip"


def seed_rankings(campaign) -> list[RankingTask]:
    rng = random.Random(11)
    for note, responses in NOTES:
        item = ItemFactory(campaign=campaign, text=note)
        for text in responses:
            Candidate.objects.create(item=item, source=Candidate.Source.IMPORT, text=text)
        comparisons_create_for_item(item=item, rng=rng)
    return list(RankingTask.objects.order_by("id"))


def positions(task: RankingTask, best_first: list[str]) -> list[str]:
    """The keys that pick the task's responses best first, as its random order shows them."""
    shown = [Candidate.objects.get(id=candidate).text for candidate in task.shown]
    return [str(shown.index(text) + 1) for text in best_first]


def test_a_reviewer_ranks_a_whole_queue_by_keyboard_without_a_page_load(page: Page, live_url, log_in, screenshot):
    admin = StaffFactory(username="ada")
    campaign = CampaignFactory(name="Claim summaries, ranked", created_by=admin, ranking_k=3)
    guideline_update(campaign=campaign, user=admin, spec=SPEC)
    reviewer = UserFactory(username="rory")
    MembershipFactory(campaign=campaign, user=reviewer, role=Membership.Role.REVIEWER)
    first, second, third = seed_rankings(campaign)

    log_in(reviewer)
    page.goto(f"{live_url}/campaigns/{campaign.id}/work/#compare")
    panel = page.get_by_role("tabpanel", name="Compare")
    item, saved, order = panel.locator(".item-text"), panel.locator(".message"), panel.locator(".rank-order")
    expect(item).to_have_text(NOTES[0][0])
    navigations = _no_page_loads(page)
    responses = panel.locator(".candidate .prose")
    expect(responses).to_have_text([Candidate.objects.get(id=c).text for c in first.shown])
    expect(panel.get_by_role("button", name="A is better")).to_be_hidden()
    expect(order).to_have_text("Press 1, 2, 3 in order of preference, best first.")

    # D: words no other response has are marked, and D turns the marks off and on.
    expect(panel.locator("mark.diff")).not_to_have_count(0)
    page.keyboard.press("d")
    expect(panel.locator("mark.diff")).to_have_count(0)
    page.keyboard.press("d")
    expect(panel.locator("mark.diff")).not_to_have_count(0)

    # Pick the worst first, take it back with Backspace, then best and second: the last one follows.
    best, middle, worst = positions(first, NOTES[0][1])
    page.keyboard.press(worst)
    expect(order).to_have_text(f"Your order: {worst}")
    page.keyboard.press("Backspace")
    expect(order).to_contain_text("Press 1, 2, 3")
    page.keyboard.press(best)
    page.keyboard.press(middle)
    expect(order).to_have_text(f"Your order: {best} > {middle} > {worst} (Enter submits)")
    expect(panel.locator(".candidate.picked .rank-badge")).to_have_count(3)
    screenshot("ranking-keyboard-picked")
    page.keyboard.press("Enter")
    expect(saved).to_have_text(f"Saved: Ranking {best} > {middle} > {worst}.")
    expect(item).to_have_text(NOTES[1][0])

    # U takes it back: the first item again, nothing picked; ranked anew, the second follows.
    page.keyboard.press("u")
    expect(saved).to_have_text("Undone: rank it again.")
    expect(item).to_have_text(NOTES[0][0])
    expect(order).to_contain_text("Press 1, 2, 3")
    assert not Ranking.objects.exists() and not Judgement.objects.exists()
    for key in (best, middle):
        page.keyboard.press(key)
    page.keyboard.press("Enter")
    expect(item).to_have_text(NOTES[1][0])

    # G shows the guidelines; 0 finds them all bad.
    page.keyboard.press("g")
    expect(panel.get_by_role("complementary", name="Guidelines")).to_be_visible()
    screenshot("ranking-keyboard-guidelines")
    page.keyboard.press("g")
    page.keyboard.press("0")
    expect(saved).to_have_text("Saved: All bad.")
    expect(item).to_have_text(NOTES[2][0])

    # W: all bad, with a better response (Ctrl+Enter), and the queue is empty.
    page.keyboard.press("w")
    rewrite = panel.get_by_label("A better response")
    expect(rewrite).to_be_focused()
    page.keyboard.press("Control+a")
    page.keyboard.type(REWRITE)
    page.keyboard.press("Control+Enter")
    expect(panel.get_by_role("heading", name="All done")).to_be_visible(timeout=NLP_TIMEOUT)
    expect(saved).to_have_text("Saved: All bad.")
    screenshot("ranking-keyboard-all-done")

    assert navigations == [] and page.evaluate("window.queueMarker") == "same page"
    rankings = {ranking.task_id: ranking for ranking in Ranking.objects.all()}
    assert sorted(rankings) == [first.id, second.id, third.id]  # one ranking per task, the undone one gone
    texts = {candidate.id: candidate.text for candidate in Candidate.objects.all()}
    assert [texts[c] for c in rankings[first.id].order] == NOTES[0][1]
    assert rankings[second.id].order == rankings[third.id].order == []
    assert Judgement.objects.count() == ComparisonTask.objects.count() == 9  # three pairs per ranking
    assert set(Judgement.objects.filter(task__ranking__task=second).values_list("choice", flat=True)) == {"both_bad"}
    better = Candidate.objects.get(rewrite_of__isnull=False)
    pairs = {(pair.chosen.text, pair.rejected.text) for pair in preference_pairs(campaign)}
    assert pairs == {
        (NOTES[0][1][0], NOTES[0][1][1]),
        (NOTES[0][1][0], NOTES[0][1][2]),
        (NOTES[0][1][1], NOTES[0][1][2]),
        *((better.text, rejected) for rejected in NOTES[2][1]),
    }
