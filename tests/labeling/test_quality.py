"""Reviewer quality: agreement figures against hand-computed values, gold accuracy, the API and gold marking."""

from __future__ import annotations

import json
import math

import pytest
from django.contrib.auth import get_user_model

from labeling.models import Assignment, Example, GuidelineVersion, Item, Membership
from labeling.quality.agreement import (
    OutputFormat,
    cohen_kappas,
    fleiss_kappa,
    gold_accuracy,
    krippendorff_alpha,
    majority_agreement,
    normalize_answer,
    quality_report,
)
from labeling.quality.selectors import campaign_answers
from tests.factories import CampaignFactory, ItemFactory, MembershipFactory

LABELS = OutputFormat(kind="labels", labels=("Fraud", "Water damage", "Theft"), multi_label=True)


def answers_from_counts(rows: list[list[int]]) -> dict[int, dict[str, str]]:
    """A Fleiss table (items x categories, counts) as answers: rater names are positions within a row."""
    answers: dict[int, dict[str, str]] = {}
    for item, counts in enumerate(rows):
        categories = [f"c{category}" for category, n in enumerate(counts) for _ in range(n)]
        answers[item] = {f"r{rater}": category for rater, category in enumerate(categories)}
    return answers


# --- normalization --------------------------------------------------------------------------------------


def test_label_answers_compare_as_sets_whatever_their_order_case_or_spelling():
    one = normalize_answer("water damage, fraud", LABELS)
    assert one == json.dumps(["Fraud", "Water damage"])
    assert normalize_answer('["Fraud", "Water damage"]', LABELS) == one
    assert normalize_answer("Water damage\nFRAUD\n", LABELS) == one
    assert normalize_answer('{"labels": ["water damage", "fraud"]}', LABELS) == one
    assert normalize_answer("Fraud", LABELS) != one
    assert normalize_answer("  ", LABELS) is None


def test_template_answers_ignore_blank_lines_spacing_and_case():
    template = OutputFormat()
    first = normalize_answer("Summary:  Roof leak\n\nNext Action: call  adjuster\n", template)
    assert first == normalize_answer("summary: roof leak\n  next action: CALL adjuster", template)
    assert first != normalize_answer("Summary: Roof leak\nNext Action: close the claim", template)


def test_json_answers_compare_as_documents():
    json_format = OutputFormat(kind="json_schema")
    assert normalize_answer('{"a": 1, "b": [2]}', json_format) == normalize_answer('{ "b":[2],"a":1 }', json_format)
    assert normalize_answer("not json", json_format) == "not json"


def test_output_format_reads_a_guideline_spec():
    spec = {"output_format": {"kind": "labels", "labels": ["A", "B"], "multi_label": True}}
    assert OutputFormat.from_spec(spec) == OutputFormat(kind="labels", labels=("A", "B"), multi_label=True)
    assert OutputFormat.from_spec(None) == OutputFormat(kind="template")


# --- the figures, against values computed by hand ---------------------------------------------------------


def test_fleiss_kappa_matches_the_textbook_example():
    # Fleiss (1971) as worked on Wikipedia: 10 subjects, 14 raters, 5 categories, kappa = 0.210.
    table = [
        [0, 0, 0, 0, 14],
        [0, 2, 6, 4, 2],
        [0, 0, 3, 5, 6],
        [0, 3, 9, 2, 0],
        [2, 2, 8, 1, 1],
        [7, 7, 0, 0, 0],
        [3, 2, 6, 3, 0],
        [2, 5, 3, 2, 2],
        [6, 5, 2, 1, 0],
        [0, 2, 2, 3, 7],
    ]
    score = fleiss_kappa(answers_from_counts(table))
    assert score.value == pytest.approx(0.210, abs=5e-4)
    assert (score.items, score.raters) == (10, 14)


def test_fleiss_kappa_uses_the_items_with_the_most_common_number_of_answers():
    answers = {
        1: {"a": "x", "b": "x"},
        2: {"a": "y", "b": "y"},
        3: {"a": "x", "b": "y", "c": "y"},  # three answers: left out
        4: {"a": "x"},  # one answer: nothing to agree with
    }
    score = fleiss_kappa(answers)
    assert (score.value, score.items, score.raters) == (1.0, 2, 2)


def test_perfect_agreement_is_one_on_every_figure():
    answers = {item: dict.fromkeys("abc", "x" if item % 2 else "y") for item in range(6)}
    assert fleiss_kappa(answers).value == pytest.approx(1.0)
    assert krippendorff_alpha(answers).value == pytest.approx(1.0)
    assert all(score.value == pytest.approx(1.0) for score in cohen_kappas(answers).values())
    assert all(score.value == 1.0 for score in majority_agreement(answers).values())


def test_one_category_throughout_is_undefined_not_nan():
    answers = {item: {"a": "x", "b": "x"} for item in range(6)}
    assert fleiss_kappa(answers).value is None
    alpha = krippendorff_alpha(answers)
    assert alpha.value is None and alpha.items == 6
    assert cohen_kappas(answers)["a", "b"].value is None
    assert fleiss_kappa({}).value is None and krippendorff_alpha({}).items == 0


def test_krippendorff_alpha_with_missing_answers_matches_krippendorffs_example():
    # Krippendorff (2011), "Computing Krippendorff's alpha-reliability", nominal example: alpha = 0.743.
    # Four observers, twelve units, some units not coded by every observer (None).
    coded = {
        "A": [1, 2, 3, 3, 2, 1, 4, 1, 2, None, None, None],
        "B": [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, None, 3],
        "C": [None, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, None],
        "D": [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, None],
    }
    answers = {
        unit: {name: str(values[unit]) for name, values in coded.items() if values[unit] is not None}
        for unit in range(12)
    }
    score = krippendorff_alpha(answers)
    assert score.value == pytest.approx(0.743, abs=5e-4)
    assert score.items == 11  # the last unit has one answer: it cannot be paired


def test_cohen_kappa_for_a_pair_matches_the_hand_computed_value():
    # a and b agree on 8 of 10 items (p_o = 0.8); each says "x" 5 times (p_e = 0.5): kappa = 0.3 / 0.5.
    pairs = [("x", "x")] * 4 + [("y", "y")] * 4 + [("x", "y"), ("y", "x")]
    answers = {item: {"a": first, "b": second} for item, (first, second) in enumerate(pairs)}
    answers[99] = {"a": "x", "c": "x"}
    scores = cohen_kappas(answers, min_shared=5)
    assert scores["a", "b"].value == pytest.approx(0.6)
    assert scores["a", "b"].items == 10
    assert scores["a", "c"].value is None and scores["a", "c"].items == 1  # below min_shared


def test_agreement_with_the_majority_of_the_others_breaks_ties_at_random():
    answers = {
        1: {"a": "x", "b": "x", "c": "x"},  # everyone agrees: 1 each
        2: {"a": "x", "b": "x", "c": "y"},  # a's others say x and y: a tie, a scores 1/2; so does b; c 0
        3: {"a": "x", "b": "y"},  # one other each, who disagrees: 0
        4: {"a": "x"},  # nobody else: not counted
        5: {"a": "x", "b": "y", "c": "y", "d": "y"},  # a is outvoted (0); the others agree (1)
    }
    scores = majority_agreement(answers)
    assert (scores["a"].value, scores["a"].items) == (1.5 / 4, 4)
    assert (scores["b"].value, scores["b"].items) == (2.5 / 4, 4)
    assert (scores["c"].value, scores["c"].items) == (pytest.approx(2 / 3), 3)
    assert (scores["d"].value, scores["d"].items) == (1.0, 1)


def test_gold_accuracy_is_the_share_of_gold_answers_equal_to_the_known_one():
    gold = {1: "x", 2: "y", 3: "z"}
    answers = {1: {"a": "x", "b": "x"}, 2: {"a": "y", "b": "x"}, 3: {"a": "x"}, 4: {"b": "q"}}
    scores = gold_accuracy(answers, gold)
    assert (scores["a"].value, scores["a"].items, scores["a"].correct) == (pytest.approx(2 / 3), 3, 2)
    assert (scores["b"].value, scores["b"].items) == (0.5, 2)  # item 4 is not gold


def test_report_lists_reviewers_without_answers_with_empty_figures():
    report = quality_report({1: {"a": "x", "b": "x"}}, reviewers=["a", "b", "newcomer"])
    newcomer = next(person for person in report.reviewers if person.username == "newcomer")
    assert (newcomer.answers, newcomer.gold.value, newcomer.majority.value, newcomer.cohen) == (0, None, None, {})
    assert (report.items, report.answers) == (1, 2)


# --- from the database, through the API --------------------------------------------------------------------


def user(name: str):
    """A user without a password: API clients use tokens, and hashing one per user slows every test."""
    return get_user_model().objects.get_or_create(username=name)[0]


def answer(item: Item, reviewer, response: str, *, slot: int, status: str = Example.Status.SUBMITTED) -> Example:
    assignment = Assignment.objects.create(item=item, reviewer=reviewer, slot=slot, status=Assignment.Status.SUBMITTED)
    reviewed = status not in (Example.Status.DRAFT, Example.Status.SUBMITTED)
    return Example.objects.create(
        item=item,
        author=reviewer,
        assignment=assignment,
        response=response,
        status=status,
        reviewer=user("checker") if reviewed else None,
    )


@pytest.fixture
def labelled_campaign(db):
    """Three reviewers label six items (k=3) and one gold item; ann always agrees with the gold answer."""
    campaign = CampaignFactory(reviewers_per_item=3, gold_rate=0.1, created_by=user("owner"))
    GuidelineVersion.objects.create(
        campaign=campaign,
        version=1,
        created_by=campaign.created_by,
        spec={"output_format": {"kind": "labels", "labels": ["Fraud", "Theft"], "multi_label": False}},
    )
    admin = MembershipFactory(campaign=campaign, role=Membership.Role.ADMIN, user=user("boss")).user
    ann, bob, cy = (MembershipFactory(campaign=campaign, user=user(name)).user for name in ("ann", "bob", "cy"))
    MembershipFactory(campaign=campaign, user=user("dee"))  # a reviewer with no answers yet
    rows = [
        ("Fraud", "fraud", "Fraud"),
        ("Theft", "Theft", "Theft"),
        ("Fraud", "Fraud", "Theft"),
        ("Theft", "Theft", "Theft"),
        ("Fraud", "Fraud", "Fraud"),
        ("Theft", "Fraud", "Theft"),
    ]
    for row in rows:
        item = ItemFactory(campaign=campaign)
        for slot, (reviewer, response) in enumerate(zip((ann, bob, cy), row, strict=True)):
            answer(item, reviewer, response, slot=slot)
    gold = ItemFactory(campaign=campaign, is_gold=True, gold_answer="Fraud")
    answer(gold, ann, "fraud", slot=0, status=Example.Status.APPROVED)
    answer(gold, bob, "Theft", slot=1, status=Example.Status.REJECTED)  # a rejected answer still counts
    draft = ItemFactory(campaign=campaign)
    answer(draft, ann, "Theft", slot=0, status=Example.Status.DRAFT)  # drafts do not
    Example.objects.create(item=draft, author=bob, response="Fraud", kind=Example.Kind.DECLINE)  # nor other kinds
    return campaign, admin, ann


def test_selector_collects_normalized_answers_and_keeps_gold_items_apart(labelled_campaign):
    campaign, _, _ = labelled_campaign
    data = campaign_answers(campaign)
    assert len(data.answers) == 6  # the gold item and the draft-only item are not among them
    assert all(len(by_reviewer) == 3 for by_reviewer in data.answers.values())
    assert set(data.gold_answers[next(iter(data.gold))]) == {"ann", "bob"}
    assert list(data.gold.values()) == ['["Fraud"]']


def test_admin_sees_campaign_figures_and_one_row_per_reviewer(labelled_campaign, api):
    campaign, admin, _ = labelled_campaign
    response = api(admin).get(f"/api/campaigns/{campaign.id}/quality/")
    assert response.status_code == 200, response.content
    body = response.json()
    figures = body["campaign"]
    # 6 items x 3 answers; "Fraud" counts per item 3, 0, 2, 0, 3, 1: P_bar = 7/9, p_e = 1/2, kappa = 5/9.
    assert figures["fleiss_kappa"] == pytest.approx(5 / 9)
    assert (figures["fleiss_items"], figures["fleiss_raters"], figures["items"], figures["answers"]) == (6, 3, 6, 18)
    # 18 values, 9 of each label; items 3 and 6 give 2 disagreeing pairs each: alpha = 1 - 17 * 4 / (2 * 9 * 9).
    assert figures["krippendorff_alpha"] == pytest.approx(1 - 17 * 4 / 162)
    assert figures["gold_items"] == 1 and figures["output_format"] == "labels"
    reviewers = {row["username"]: row for row in body["reviewers"]}
    assert set(reviewers) == {"ann", "bob", "cy", "dee"}  # the admin is not a reviewer
    assert (reviewers["ann"]["gold_accuracy"], reviewers["ann"]["gold_answers"]) == (1.0, 1)
    assert (reviewers["bob"]["gold_accuracy"], reviewers["bob"]["gold_correct"]) == (0.0, 0)
    assert reviewers["cy"]["gold_accuracy"] is None and reviewers["dee"]["answers"] == 0
    # ann's others tie on items 3 and 6 (1/2 each); she agrees with them on the other four. bob is outvoted
    # on item 6 and meets a tie on item 3.
    assert (reviewers["ann"]["agreement_with_majority"], reviewers["ann"]["majority_items"]) == (5 / 6, 6)
    assert (reviewers["bob"]["agreement_with_majority"], reviewers["bob"]["majority_items"]) == (0.75, 6)
    assert reviewers["ann"]["cohen_kappa"]["bob"] == {"kappa": pytest.approx(2 / 3), "items": 6}
    [gold] = body["gold"]
    assert (gold["answer"], gold["answers"], gold["correct"]) == ("Fraud", 2, 1)


def test_quality_is_for_admins_only(labelled_campaign, api):
    campaign, _, ann = labelled_campaign
    assert api(ann).get(f"/api/campaigns/{campaign.id}/quality/").status_code == 403
    assert api(user("stranger")).get(f"/api/campaigns/{campaign.id}/quality/").status_code == 404
    item = Item.objects.filter(campaign=campaign, is_gold=False).first()
    assert api(ann).put(f"/api/items/{item.id}/gold/", {"answer": "Fraud"}, format="json").status_code == 403
    assert api(ann).delete(f"/api/items/{item.id}/gold/").status_code == 403


def test_admin_marks_a_label_item_gold_in_the_label_sets_spelling_and_unmarks_it(labelled_campaign, api):
    campaign, admin, _ = labelled_campaign
    item = Item.objects.filter(campaign=campaign, is_gold=False).first()
    client = api(admin)
    response = client.put(f"/api/items/{item.id}/gold/", {"answer": " theft "}, format="json")
    assert response.status_code == 200, response.content
    assert (response.json()["is_gold"], response.json()["gold_answer"]) == (True, "Theft")
    refused = client.put(f"/api/items/{item.id}/gold/", {"answer": "Arson"}, format="json")
    assert refused.status_code == 400 and refused.json()["field"] == "answer"
    assert "arson" in refused.json()["detail"].lower()
    assert client.put(f"/api/items/{item.id}/gold/", {"answer": "Fraud, Theft"}, format="json").status_code == 400
    unmarked = client.delete(f"/api/items/{item.id}/gold/").json()
    assert (unmarked["is_gold"], unmarked["gold_answer"]) == (False, "")
    item.refresh_from_db()
    assert not item.is_gold


def test_a_multi_label_gold_answer_is_stored_as_reviewers_write_one(db, api):
    campaign = CampaignFactory(created_by=user("owner"))
    spec = {"output_format": {"kind": "labels", "labels": ["Fraud", "Theft", "Fire"], "multi_label": True}}
    GuidelineVersion.objects.create(campaign=campaign, version=1, created_by=campaign.created_by, spec=spec)
    admin = MembershipFactory(campaign=campaign, role=Membership.Role.ADMIN, user=user("boss")).user
    item = ItemFactory(campaign=campaign)
    response = api(admin).put(f"/api/items/{item.id}/gold/", {"answer": "theft,fraud"}, format="json")
    assert response.json()["gold_answer"] == "Fraud, Theft"
    reviewer = MembershipFactory(campaign=campaign, user=user("ann")).user
    answer(item, reviewer, "Theft, Fraud", slot=0)
    [ann] = api(admin).get(f"/api/campaigns/{campaign.id}/quality/").json()["reviewers"]
    assert (ann["gold_accuracy"], ann["gold_answers"]) == (1.0, 1)


def test_a_gold_answer_is_anonymized_before_it_is_stored(db, api):
    campaign = CampaignFactory(created_by=user("owner"))
    admin = MembershipFactory(campaign=campaign, role=Membership.Role.ADMIN, user=user("boss")).user
    item = ItemFactory(campaign=campaign)
    gold = "Summary: Olga Rossi reported a roof leak.\nNext Action: email olga.rossi@example.com"
    response = api(admin).put(f"/api/items/{item.id}/gold/", {"answer": gold}, format="json")
    assert response.status_code == 200, response.content
    item.refresh_from_db()
    assert item.is_gold
    assert "Olga" not in item.gold_answer and "example.com" not in item.gold_answer
    assert "<PERSON_" in item.gold_answer and item.gold_answer.startswith("Summary:")
    empty = api(admin).put(f"/api/items/{item.id}/gold/", {"answer": "   "}, format="json")
    assert empty.status_code == 400


def test_figures_are_none_for_a_campaign_without_answers(db, api):
    campaign = CampaignFactory(created_by=user("owner"))
    admin = MembershipFactory(campaign=campaign, role=Membership.Role.ADMIN, user=user("boss")).user
    body = api(admin).get(f"/api/campaigns/{campaign.id}/quality/").json()
    assert body["campaign"]["fleiss_kappa"] is None and body["campaign"]["krippendorff_alpha"] is None
    assert body["reviewers"] == [] and body["gold"] == []
    assert not any(isinstance(v, float) and math.isnan(v) for v in body["campaign"].values())
