"""The Compare tab by keyboard: differences, criteria, undo, guidelines and a reviewer's better response."""

from __future__ import annotations

import json
import random
import shutil
import subprocess
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from labeling.models import Membership
from labeling.services.guidelines import guideline_update
from preferences.models import Candidate, ComparisonTask, Judgement
from preferences.services.comparisons import comparisons_create_for_item
from tests.factories import CampaignFactory, ItemFactory, MembershipFactory, StaffFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# The first anonymization in the process loads the spaCy model; the browser shares two CPUs with it.
NLP_TIMEOUT = 90_000
DIFF_JS = Path(__file__).parents[2] / "frontend/static/frontend/js/diff.js"

CRITERIA = ["Names the cause", "Uses the template"]
SPEC = {
    "user": "Claims adjusters",
    "input_description": "A claim note",
    "expected_output": "The claim's type and its cause, as the note gives them.",
    "acceptance_criteria": CRITERIA,
    "must_never": ["Guess a cause the note does not give"],
    "output_format": {"kind": "template", "fields": ["Claim Type", "Cause"]},
}
NOTES = [
    ("Hail dented the car roof.", "Claim Type: Auto\nCause: Hail damage", "Claim Type: Auto\nCause: Rain damage"),
    ("A burst pipe flooded the kitchen.", "Claim Type: Home\nCause: Burst pipe", "Claim Type: Home\nCause: Unknown"),
    ("A stone cracked the windscreen.", "Claim Type: Home\nCause: Storm", "Claim Type: Auto\nCause: Vandalism"),
]
REWRITE = "Claim Type: Auto\nCause: Stone chip"


def seed_comparisons(campaign, notes: list[tuple[str, str, str]] = NOTES) -> list[ComparisonTask]:
    """One pair of imported candidates per note, each pair in a random (seeded) A/B order."""
    rng = random.Random(7)
    for note, first, second in notes:
        item = ItemFactory(campaign=campaign, text=note)
        for text in (first, second):
            Candidate.objects.create(item=item, source=Candidate.Source.IMPORT, text=text)
        comparisons_create_for_item(item=item, rng=rng)
    return list(ComparisonTask.objects.order_by("id"))


def only_word(left: str, right: str) -> str:
    """The one word of `left` that `right` lacks."""
    [word] = set(left.split()) - set(right.split())
    return word


def test_reviewer_compares_rates_undoes_and_rewrites_by_keyboard(page: Page, live_url, log_in, screenshot):
    admin = StaffFactory(username="ada")
    campaign = CampaignFactory(name="Claim summaries", created_by=admin)
    guideline_update(campaign=campaign, user=admin, spec=SPEC)
    reviewer = UserFactory(username="rita")
    MembershipFactory(campaign=campaign, user=reviewer, role=Membership.Role.REVIEWER)
    first, second, third = seed_comparisons(campaign)

    log_in(reviewer)
    page.goto(f"{live_url}/campaigns/{campaign.id}/work/#compare")
    panel = page.get_by_role("tabpanel", name="Compare")
    expect(panel.locator(".item-text")).to_have_text(NOTES[0][0])
    response_a, response_b = panel.locator(".response-a"), panel.locator(".response-b")
    expect(response_a).to_have_text(first.left.text)
    expect(response_b).to_have_text(first.right.text)

    # Only the words one response lacks are marked; D turns the marks off and on.
    expect(response_a.locator("mark.diff")).to_have_text([only_word(first.left.text, first.right.text)])
    expect(response_b.locator("mark.diff")).to_have_text([only_word(first.right.text, first.left.text)])
    page.keyboard.press("d")
    expect(panel.locator("mark.diff")).to_have_count(0)
    expect(response_a).to_have_text(first.left.text)
    page.keyboard.press("d")
    expect(panel.locator("mark.diff")).to_have_count(2)

    # R goes to the criteria; A rates the focused row and moves to the next; Esc leaves them.
    expect(panel.get_by_role("radiogroup")).to_have_count(2)
    page.keyboard.press("r")
    expect(panel.get_by_label("Names the cause: A")).to_be_focused()
    page.keyboard.press("a")
    expect(panel.get_by_label("Names the cause: A")).to_be_checked()
    expect(panel.get_by_label("Uses the template: A")).to_be_focused()
    page.keyboard.press("Escape")
    screenshot("compare-keyboard-diff-criteria")
    page.keyboard.press("1")
    expect(panel.locator(".message")).to_have_text("Saved: A is better.")
    expect(panel.locator(".item-text")).to_have_text(NOTES[1][0])
    undo = panel.get_by_role("button", name="Undo")
    expect(undo).to_be_visible()
    expect(undo).to_contain_text(" s)")
    judgement = Judgement.objects.get()
    assert (judgement.task_id, judgement.choice, judgement.criteria) == (first.id, "a", {"Names the cause": "a"})
    screenshot("compare-keyboard-saved-undo")

    # U takes it back: the first pair again, its rating cleared; judged anew, the second pair follows.
    page.keyboard.press("u")
    expect(panel.locator(".message")).to_have_text("Undone: judge it again.")
    expect(panel.locator(".item-text")).to_have_text(NOTES[0][0])
    expect(panel.get_by_label("Names the cause: A")).not_to_be_checked()
    expect(undo).to_be_hidden()
    assert not Judgement.objects.exists()
    page.keyboard.press("2")
    expect(panel.locator(".message")).to_have_text("Saved: B is better.")
    expect(panel.locator(".item-text")).to_have_text(NOTES[1][0])

    # G shows the guidelines; a rationale typed after C, Enter leaves it and 3 answers.
    page.keyboard.press("g")
    guideline = panel.get_by_role("complementary", name="Guidelines")
    expect(guideline).to_be_visible()
    expect(guideline.locator(".g-criteria li")).to_have_text(CRITERIA)
    expect(guideline).to_contain_text("Guess a cause the note does not give")
    expect(guideline.locator(".g-format")).to_have_text("Output template: Claim Type · Cause")
    screenshot("compare-keyboard-guidelines")
    page.keyboard.press("g")
    expect(guideline).to_be_hidden()
    page.keyboard.press("c")
    page.keyboard.type("Neither names the pipe")
    page.keyboard.press("Enter")
    expect(panel.get_by_label("Why?")).not_to_be_focused()
    page.keyboard.press("3")
    expect(panel.locator(".message")).to_have_text("Saved: Tie.", timeout=NLP_TIMEOUT)
    expect(panel.locator(".item-text")).to_have_text(NOTES[2][0])

    # W: a better response, started from the template; a bad one is refused next to the text, which stays.
    page.keyboard.press("w")
    rewrite = panel.get_by_label("A better response")
    expect(rewrite).to_be_focused()
    expect(rewrite).to_have_value("Claim Type: \nCause: ")
    page.keyboard.press("Control+a")
    page.keyboard.type("Stone chip on the windscreen")
    page.keyboard.press("Control+Enter")
    error = panel.locator("#compare-rewrite-error")
    expect(error).to_contain_text("must be exactly these lines")
    expect(rewrite).to_have_value("Stone chip on the windscreen")
    expect(rewrite).to_have_attribute("aria-invalid", "true")
    screenshot("compare-keyboard-rewrite-error")
    page.keyboard.press("Control+a")
    page.keyboard.type(REWRITE)
    page.keyboard.press("Control+Enter")
    expect(panel.get_by_role("heading", name="All done")).to_be_visible(timeout=NLP_TIMEOUT)
    expect(panel.locator(".message")).to_have_text("Saved: Both bad.")
    expect(undo).to_be_visible()  # the last one can still be taken back
    screenshot("compare-keyboard-all-done")

    judgements = {j.task_id: j for j in Judgement.objects.select_related("reviewer")}
    assert Judgement.objects.count() == 3  # the undone one is gone, nothing is stored twice
    assert [(judgements[t.id].choice, judgements[t.id].criteria) for t in (first, second, third)] == [
        ("b", {}),
        ("tie", {}),
        ("both_bad", {}),
    ]
    assert judgements[second.id].rationale == "Neither names the pipe"
    better = Candidate.objects.get(rewrite_of=judgements[third.id])
    assert (better.source, better.text, better.item_id) == (Candidate.Source.HUMAN, REWRITE, third.item_id)
    assert {j.reviewer for j in judgements.values()} == {reviewer}


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
def test_word_diff_marks_only_what_one_side_lacks():
    script = f"""
        import {{ wordDiff, MAX_CELLS }} from {json.dumps(DIFF_JS.as_uri())};
        const many = (prefix, n) => Array.from({{ length: n }}, (_, i) => prefix + i).join(" ");
        const side = Math.ceil(Math.sqrt(MAX_CELLS)) + 1;
        console.log(JSON.stringify([
            wordDiff("Cause: Hail damage to the roof", "Cause:  Rain damage"),
            wordDiff("", "new words"),
            wordDiff(many("a", side), many("b", side)).compared,
        ]));
    """
    done = subprocess.run(
        ["node", "--input-type=module", "-e", script], capture_output=True, text=True, check=True, timeout=30
    )
    changed, added, compared = json.loads(done.stdout)
    assert changed == {
        "compared": True,
        "a": [
            {"text": "Cause: ", "changed": False},
            {"text": "Hail", "changed": True},
            {"text": " damage ", "changed": False},
            {"text": "to the roof", "changed": True},
        ],
        "b": [
            {"text": "Cause:  ", "changed": False},
            {"text": "Rain", "changed": True},
            {"text": " damage", "changed": False},
        ],
    }
    assert added == {"compared": True, "a": [], "b": [{"text": "new words", "changed": True}]}
    assert compared is False  # too long: shown without marks


def _no_page_loads(page: Page) -> list[str]:
    """Marks the window and records every navigation from now on: a page load would lose the mark."""
    navigations: list[str] = []
    page.on("framenavigated", lambda frame: navigations.append(frame.url))
    page.evaluate("window.queueMarker = 'same page'")
    return navigations


def test_a_reviewer_works_through_a_whole_pair_queue_by_keyboard_without_a_page_load(
    page: Page, live_url, log_in, screenshot
):
    """Every pair judged with keys only (1 / 2 / 3 / 4, R + A for a criterion, C + Enter for a rationale, D, G,
    U once) until "All done", on one page: no navigation, and one judgement per task in the database."""
    admin = StaffFactory(username="ada")
    campaign = CampaignFactory(name="Claim summaries, whole queue", created_by=admin)
    guideline_update(campaign=campaign, user=admin, spec=SPEC)
    reviewer = UserFactory(username="quinn")
    MembershipFactory(campaign=campaign, user=reviewer, role=Membership.Role.REVIEWER)
    seeded = [
        *NOTES,
        ("Water leaked from the roof.", "Claim Type: Home\nCause: Roof leak", "Claim Type: Home\nCause: Rain"),
    ]
    tasks = seed_comparisons(campaign, seeded)
    notes = [task.item.text for task in tasks]
    # The first response of each note is the better one, shown as A or B as the task's random order has it.
    good = {
        task.id: "a" if task.left.text == better else "b" for task, (_, better, _) in zip(tasks, seeded, strict=True)
    }

    log_in(reviewer)
    page.goto(f"{live_url}/campaigns/{campaign.id}/work/#compare")
    panel = page.get_by_role("tabpanel", name="Compare")
    item, saved = panel.locator(".item-text"), panel.locator(".message")
    expect(item).to_have_text(notes[0])
    navigations = _no_page_loads(page)
    key_for = {"a": "1", "b": "2"}

    # 1: D off and on, R + A rates the first criterion, Esc, then the better one.
    page.keyboard.press("d")
    expect(panel.locator("mark.diff")).to_have_count(0)
    page.keyboard.press("d")
    expect(panel.locator("mark.diff")).not_to_have_count(0)
    page.keyboard.press("r")
    page.keyboard.press("a")
    page.keyboard.press("Escape")
    page.keyboard.press(key_for[good[tasks[0].id]])
    expect(item).to_have_text(notes[1])
    # 2: G shows the guidelines and hides them; "B is better" whatever it shows, then U takes it back.
    page.keyboard.press("g")
    expect(panel.get_by_role("complementary", name="Guidelines")).to_be_visible()
    page.keyboard.press("g")
    page.keyboard.press("2")
    expect(item).to_have_text(notes[2])
    page.keyboard.press("u")
    expect(saved).to_have_text("Undone: judge it again.")
    expect(item).to_have_text(notes[1])
    page.keyboard.press("c")
    page.keyboard.type("Only one names the cause")
    page.keyboard.press("Enter")
    page.keyboard.press(key_for[good[tasks[1].id]])
    expect(saved).to_have_text(f"Saved: {'A' if good[tasks[1].id] == 'a' else 'B'} is better.", timeout=NLP_TIMEOUT)
    expect(item).to_have_text(notes[2])
    screenshot("compare-queue-keyboard-midway")
    # 3: tie; 4: both bad, and the queue is empty.
    page.keyboard.press("3")
    expect(item).to_have_text(notes[3])
    page.keyboard.press("4")
    expect(panel.get_by_role("heading", name="All done")).to_be_visible()
    expect(saved).to_have_text("Saved: Both bad.")
    screenshot("compare-queue-keyboard-all-done")

    assert navigations == [] and page.evaluate("window.queueMarker") == "same page"
    judged = dict(Judgement.objects.values_list("task_id", "choice"))
    assert judged == {
        tasks[0].id: good[tasks[0].id],
        tasks[1].id: good[tasks[1].id],
        tasks[2].id: "tie",
        tasks[3].id: "both_bad",
    }
    assert Judgement.objects.count() == len(tasks) == 4  # one judgement per task: the undone one is gone
    assert Judgement.objects.get(task=tasks[0]).criteria == {CRITERIA[0]: "a"}
    assert Judgement.objects.get(task=tasks[1]).rationale == "Only one names the cause"
