"""Judging pairs: several reviewers per pair, gold pairs, per-criterion ratings, 'both bad' rewrites, undo,
and the preference pairs datasets are built from."""

from __future__ import annotations

import random
from datetime import timedelta

import pytest
from django.utils import timezone

from labeling.models import GuidelineVersion
from preferences.models import Candidate, ComparisonTask, Judgement
from preferences.selectors import comparison_payload, preference_pairs
from preferences.services.comparisons import (
    comparison_set_gold,
    comparison_submit,
    comparisons_create_for_item,
    judgement_undo,
)
from preferences.services.queue import comparison_lease_next
from tests.factories import CampaignFactory, ItemFactory, MembershipFactory, UserFactory
from tuneloop.exceptions import ApplicationError, Conflict, NotFound, Throttled

pytestmark = pytest.mark.django_db

TEMPLATE = ["Claim Type", "Cause"]
CRITERIA = ["Only what the note supports", "Names the next step"]


def _item(
    *, copies: int = 1, texts: tuple[str, ...] = ("Claim Type: Theft\nCause: Unknown", "Claim Type: Fire\nCause: Pan")
):
    campaign = CampaignFactory(output_fields=TEMPLATE, judgements_per_pair=copies)
    spec = {"acceptance_criteria": CRITERIA, "output_format": {"kind": "template", "fields": TEMPLATE}}
    GuidelineVersion.objects.create(campaign=campaign, version=1, spec=spec, created_by=campaign.created_by)
    item = ItemFactory(campaign=campaign)
    for text in texts:
        Candidate.objects.create(item=item, source=Candidate.Source.IMPORT, text=text)
    comparisons_create_for_item(item=item, rng=random.Random(3))
    return item


def _judge(item, user, choice: str, **kwargs) -> Judgement:
    task = comparison_lease_next(campaign=item.campaign, user=user)
    assert task is not None
    judgement, created = comparison_submit(
        campaign=task.item.campaign,
        task_id=task.id,
        user=user,
        choice=choice,
        idempotency_key=f"{user.id}-{task.id}",
        **kwargs,
    )
    assert created
    return judgement


def test_each_pair_is_judged_by_k_reviewers_in_their_own_order_and_never_twice_by_one() -> None:
    item = _item(copies=3, texts=("Claim Type: A\nCause: a", "Claim Type: B\nCause: b", "Claim Type: C\nCause: c"))
    tasks = ComparisonTask.objects.filter(item=item)
    assert tasks.count() == 3 * 3  # three pairs, three copies each
    orders = {(t.left_id, t.right_id) for t in tasks}
    assert len(orders) > 3  # the copies of a pair are not all in one order
    ann = UserFactory()
    seen = []
    while (task := comparison_lease_next(campaign=item.campaign, user=ann)) is not None:
        seen.append(frozenset((task.left_id, task.right_id)))
        comparison_submit(
            campaign=task.item.campaign, task_id=task.id, user=ann, choice="a", idempotency_key=str(task.id)
        )
    assert len(seen) == 3 and len(set(seen)) == 3  # each pair once, then nothing more for ann
    assert comparison_lease_next(campaign=item.campaign, user=UserFactory()) is not None


def test_a_gold_pair_is_served_at_the_gold_rate_to_every_reviewer_with_a_copy_of_their_own() -> None:
    item = _item()
    item.campaign.gold_rate = 1.0
    item.campaign.save()
    task = ComparisonTask.objects.get(item=item)
    assert comparison_set_gold(task=task, winner="b") == 1
    reviewers = [UserFactory() for _ in range(3)]
    leased = [comparison_lease_next(campaign=item.campaign, user=user) for user in reviewers]
    assert all(t.is_gold and t.gold_winner_id == task.right_id for t in leased)
    assert len({t.id for t in leased}) == 3 and sorted(t.copy for t in leased) == [0, 1, 2]
    assert "gold" not in str(comparison_payload(leased[1]))  # reviewers cannot tell a gold pair
    with pytest.raises(ApplicationError):
        comparison_set_gold(task=task, winner="left")


def test_criteria_are_rated_against_the_guidelines_acceptance_criteria() -> None:
    item = _item()
    reviewer = UserFactory()
    judgement = _judge(item, reviewer, "a", criteria={CRITERIA[0]: "a", CRITERIA[1]: "tie"})
    assert judgement.criteria == {CRITERIA[0]: "a", CRITERIA[1]: "tie"}
    assert comparison_payload(judgement.task)["criteria"] == CRITERIA
    other = _item()
    task = comparison_lease_next(campaign=other.campaign, user=reviewer)
    for criteria, field in [({"Is polite": "a"}, "criteria"), ({CRITERIA[0]: "left"}, f"criteria.{CRITERIA[0]}")]:
        with pytest.raises(ApplicationError) as refused:
            comparison_submit(
                campaign=task.item.campaign,
                task_id=task.id,
                user=reviewer,
                choice="a",
                idempotency_key="k",
                criteria=criteria,
            )
        assert refused.value.field == field
    assert not Judgement.objects.filter(task=task).exists()


def test_both_bad_with_a_rewrite_stores_a_better_response_that_wins_over_both() -> None:
    item = _item()
    reviewer = UserFactory()
    rewrite = "Claim Type: Theft\nCause: Bicycle stolen from the garage."
    judgement = _judge(item, reviewer, "both_bad", rewrite=rewrite)
    better = Candidate.objects.get(rewrite_of=judgement)
    assert (better.text, better.source) == (rewrite, Candidate.Source.HUMAN)
    pairs = list(preference_pairs(item.campaign))
    assert {(p.chosen.id, p.rejected.id) for p in pairs} == {
        (better.id, c.id) for c in item.candidates.exclude(id=better.id)
    }
    assert comparisons_create_for_item(item=item) == 0  # the rewrite is not paired again: it already won


@pytest.mark.parametrize(
    ("choice", "rewrite", "field"),
    [("a", "Claim Type: Theft\nCause: Bike", "rewrite"), ("both_bad", "Just a sentence.", "rewrite")],
)
def test_a_rewrite_needs_both_bad_and_the_output_format(choice, rewrite, field) -> None:
    item = _item()
    reviewer = UserFactory()
    task = comparison_lease_next(campaign=item.campaign, user=reviewer)
    with pytest.raises(ApplicationError) as refused:
        comparison_submit(
            campaign=task.item.campaign,
            task_id=task.id,
            user=reviewer,
            choice=choice,
            idempotency_key="k",
            rewrite=rewrite,
        )
    assert refused.value.field == field
    assert not Candidate.objects.filter(rewrite_of__isnull=False).exists()


def test_undo_gives_the_task_back_to_its_reviewer_within_the_window(settings) -> None:
    item = _item()
    reviewer = UserFactory()
    judgement = _judge(item, reviewer, "both_bad", rewrite="Claim Type: Theft\nCause: Bike")
    with pytest.raises(NotFound):
        judgement_undo(campaign=item.campaign, judgement_id=judgement.id, user=UserFactory())
    task = judgement_undo(campaign=item.campaign, judgement_id=judgement.id, user=reviewer)
    assert (task.status, task.leased_to) == ("open", reviewer)
    assert not Judgement.objects.exists() and not Candidate.objects.filter(rewrite_of__isnull=False).exists()
    assert comparison_lease_next(campaign=item.campaign, user=reviewer).id == task.id
    again = _judge(item, reviewer, "b")
    Judgement.objects.filter(id=again.id).update(
        created_at=timezone.now() - timedelta(seconds=settings.JUDGEMENT_UNDO_SECONDS + 1)
    )
    with pytest.raises(Conflict, match="Too late"):
        judgement_undo(campaign=item.campaign, judgement_id=again.id, user=reviewer)


def test_preference_pairs_follow_the_majority_of_a_pairs_reviewers() -> None:
    item = _item(copies=3)
    first, second = item.candidates.order_by("id")
    votes = iter([first, first, second])
    for _ in range(3):
        user = UserFactory()
        task = comparison_lease_next(campaign=item.campaign, user=user)
        winner = next(votes)
        choice = "a" if task.left_id == winner.id else "b"
        comparison_submit(campaign=task.item.campaign, task_id=task.id, user=user, choice=choice, idempotency_key="k")
    (pair,) = preference_pairs(item.campaign)
    assert (pair.chosen, pair.rejected, pair.votes, len(pair.judgements)) == (first, second, (2, 1), 3)


def test_an_even_split_or_ties_give_no_preference_pair() -> None:
    item = _item(copies=2)
    first, _ = item.candidates.order_by("id")
    for choice_for_first in (True, False):
        user = UserFactory()
        task = comparison_lease_next(campaign=item.campaign, user=user)
        picks_left = (task.left_id == first.id) == choice_for_first
        comparison_submit(
            campaign=task.item.campaign,
            task_id=task.id,
            user=user,
            choice="a" if picks_left else "b",
            idempotency_key="k",
        )
    assert list(preference_pairs(item.campaign)) == []


def test_a_reviewer_over_the_rate_limit_is_told_to_slow_down() -> None:
    item = _item(texts=("Claim Type: A\nCause: a", "Claim Type: B\nCause: b", "Claim Type: C\nCause: c"))
    item.campaign.max_judgements_per_minute = 2
    item.campaign.save()
    reviewer = UserFactory()
    _judge(item, reviewer, "a")
    _judge(item, reviewer, "b")
    task = comparison_lease_next(campaign=item.campaign, user=reviewer)
    with pytest.raises(Throttled, match="2 judgements a minute"):
        comparison_submit(
            campaign=task.item.campaign, task_id=task.id, user=reviewer, choice="a", idempotency_key="third"
        )
    Judgement.objects.update(created_at=timezone.now() - timedelta(minutes=2))
    assert comparison_submit(
        campaign=task.item.campaign, task_id=task.id, user=reviewer, choice="a", idempotency_key="third"
    )[1]


def test_admins_see_live_figures_and_reviewer_reliability(api) -> None:
    item = _item(copies=2)
    admin = item.campaign.created_by
    MembershipFactory(campaign=item.campaign, user=admin, role="admin")
    first = item.candidates.order_by("id").first()
    for name in ("ann", "bob"):
        user = UserFactory(username=name)
        task = comparison_lease_next(campaign=item.campaign, user=user)
        comparison_submit(
            campaign=task.item.campaign,
            task_id=task.id,
            user=user,
            choice="a" if task.left_id == first.id else "b",
            idempotency_key="k",
        )
    body = api(admin).get(f"/api/campaigns/{item.campaign.id}/preferences/").json()
    assert body["stats"]["judgements"] == 2 and body["stats"]["queue_depth"] == 0
    assert body["stats"]["active_reviewers"] == 2 and body["stats"]["agreement"] == 1.0
    assert [(r["username"], r["agreement"], r["flagged"]) for r in body["reviewers"]] == [
        ("ann", 1.0, False),
        ("bob", 1.0, False),
    ]
    reviewer = UserFactory()
    MembershipFactory(campaign=item.campaign, user=reviewer)
    assert api(reviewer).get(f"/api/campaigns/{item.campaign.id}/preferences/").status_code == 403


def test_admins_set_reviewers_per_pair_and_the_rate_limit(api) -> None:
    campaign = CampaignFactory()
    admin = campaign.created_by
    MembershipFactory(campaign=campaign, user=admin, role="admin")
    url = f"/api/campaigns/{campaign.id}/"
    changed = api(admin).patch(url, {"judgements_per_pair": 3, "max_judgements_per_minute": 30}, format="json")
    assert changed.status_code == 200, changed.content
    assert (changed.json()["judgements_per_pair"], changed.json()["max_judgements_per_minute"]) == (3, 30)
    refused = api(admin).patch(url, {"judgements_per_pair": 0}, format="json")
    assert refused.status_code == 400 and refused.json()["field"] == "judgements_per_pair"
    campaign.refresh_from_db()
    assert (campaign.judgements_per_pair, campaign.max_judgements_per_minute) == (3, 30)


def test_sources_are_rated_from_their_judgements_with_intervals(api) -> None:
    campaign = CampaignFactory()
    admin = campaign.created_by
    MembershipFactory(campaign=campaign, user=admin, role="admin")
    rng = random.Random(4)
    for n in range(30):
        item = ItemFactory(campaign=campaign)
        human = Candidate.objects.create(item=item, source=Candidate.Source.HUMAN, text=f"Claim Type: A{n}\nCause: x")
        imported = Candidate.objects.create(
            item=item, source=Candidate.Source.IMPORT, text=f"Claim Type: B{n}\nCause: y"
        )
        left, right = (human, imported) if rng.random() < 0.5 else (imported, human)
        task = ComparisonTask.objects.create(item=item, left=left, right=right, status="done")
        winner = human if n % 5 else imported  # human wins four times in five
        choice = "tie" if n == 0 else ("a" if left == winner else "b")
        Judgement.objects.create(task=task, reviewer=admin, choice=choice, idempotency_key=str(n))
    body = api(admin).get(f"/api/campaigns/{campaign.id}/preferences/ratings/", {"rounds": 50}).json()
    assert body["judgements"] == 30 and body["rounds"] == 50
    human, imported = body["sources"]
    assert (human["label"], imported["label"]) == ("human", "import")
    assert human["rating"] > 1000 > imported["rating"]
    assert human["low"] <= human["rating"] <= human["high"] and human["judgements"] == 30
    labels = body["matrix"]["labels"]
    share = body["matrix"]["win_share"][labels.index("human")][labels.index("import")]
    assert share == round((24 + 0.5) / 30, 3)  # 24 wins, 5 losses and the tie at n=0 counted half
    assert api(admin).get(f"/api/campaigns/{campaign.id}/preferences/ratings/", {"rounds": 5}).status_code == 400


def test_the_next_pair_of_an_item_is_the_one_that_teaches_most_about_its_ranking() -> None:
    texts = tuple(f"Claim Type: {name}\nCause: {name}" for name in "ABCD")
    item = _item(texts=texts)
    a, b, c, d = item.candidates.order_by("id")
    judge = UserFactory()
    for winner, loser in [(a, b), (a, c), (b, c)] * 3:  # A > B > C is settled; D was never judged
        task = ComparisonTask.objects.create(item=item, left=winner, right=loser, copy=1 + Judgement.objects.count())
        Judgement.objects.create(task=task, reviewer=judge, choice="a", idempotency_key=str(task.id))
        ComparisonTask.objects.filter(id=task.id).update(status="done")
    picks = []
    for seed in range(20):
        reviewer = UserFactory()
        task = comparison_lease_next(campaign=item.campaign, user=reviewer, rng=random.Random(seed))
        picks.append(d.id in (task.left_id, task.right_id))
        ComparisonTask.objects.filter(id=task.id).update(leased_to=None, lease_expires_at=None)
    # In id order the first free pair is A-B; active selection asks about D, bar its share of random pairs.
    assert sum(picks) >= 15, picks


def test_a_pair_whose_reviewers_split_is_asked_of_one_more_until_a_majority() -> None:
    item = _item(copies=2)
    first, second = item.candidates.order_by("id")

    def vote(winner) -> None:
        user = UserFactory()
        task = comparison_lease_next(campaign=item.campaign, user=user)
        comparison_submit(
            campaign=task.item.campaign,
            task_id=task.id,
            user=user,
            choice="a" if task.left_id == winner.id else "b",
            idempotency_key="k",
        )

    vote(first)
    assert ComparisonTask.objects.filter(item=item).count() == 2  # one copy still open: nothing to settle
    vote(second)
    assert ComparisonTask.objects.filter(item=item).count() == 3  # 1 : 1, a third reviewer is asked
    assert list(preference_pairs(item.campaign)) == []
    vote(first)
    assert ComparisonTask.objects.filter(item=item).count() == 3  # 2 : 1 settles it
    (pair,) = preference_pairs(item.campaign)
    assert (pair.chosen, pair.votes) == (first, (2, 1))


def test_a_weighted_dpo_export_carries_each_rows_reviewer_reliability(api) -> None:
    from datasets import load_dataset

    from dataset_versions.services.exports import dataset_export
    from dataset_versions.services.freeze import dataset_freeze

    campaign = CampaignFactory()
    admin = campaign.created_by
    MembershipFactory(campaign=campaign, user=admin, role="admin")
    judges = {name: UserFactory(username=name) for name in ("ann", "bob", "cy")}
    for n in range(8):  # ann and bob agree on every pair; cy never does
        item = ItemFactory(campaign=campaign, external_id=f"w{n}")
        left = Candidate.objects.create(item=item, source="import", text=f"Claim Type: A{n}\nCause: a")
        right = Candidate.objects.create(item=item, source="import", text=f"Claim Type: B{n}\nCause: b")
        for copy, (name, choice) in enumerate([("ann", "a"), ("bob", "a"), ("cy", "b")]):
            task = ComparisonTask.objects.create(item=item, left=left, right=right, copy=copy, status="done")
            Judgement.objects.create(task=task, reviewer=judges[name], choice=choice, idempotency_key=f"{n}{name}")
    dataset = dataset_freeze(campaign=campaign, user=admin)
    split = dataset.rows.filter(kind="dpo").values_list("split", flat=True).first()
    path = dataset_export(dataset=dataset, kind="dpo", split=split, weights=True, purpose="test")
    assert path.name == f"dpo-weighted-{split}.jsonl"
    rows = load_dataset("json", data_files=str(path))["train"]
    assert sorted(rows.column_names) == ["chosen", "prompt", "rejected", "weight"]
    # Each row is ann's and bob's majority (cy outvoted); the weight is theirs: each matches the others'
    # most common vote half the time (the others split: one with them, cy against), so 0.5.
    assert set(rows["weight"]) == {0.5}
    plain = dataset_export(dataset=dataset, kind="dpo", split=split, purpose="test")
    assert "weight" not in load_dataset("json", data_files=str(plain))["train"].column_names
    refused = api(admin).get(f"/api/datasets/{dataset.id}/export/sft/train/", {"weights": "true"})
    assert refused.status_code == 400 and refused.json()["field"] == "weights"


def test_reliability_read_from_shared_and_gold_votes_alone_equals_reading_every_vote() -> None:
    """The database hands over only the votes that can move a figure; the counts still cover every vote."""
    from preferences.agreement import Vote, reliability
    from preferences.selectors import reviewer_reliability

    campaign = CampaignFactory(judgements_per_pair=1)
    rng = random.Random(5)
    every: list[Vote] = []
    gold_pairs: dict = {}
    users = [UserFactory(username=name) for name in ("ann", "bob", "cy")]
    for n in range(12):
        item = ItemFactory(campaign=campaign)
        left, right = (Candidate.objects.create(item=item, source="import", text=f"{n}{side}") for side in "lr")
        judges = users if n < 3 else [users[n % 3]]  # three pairs judged by all, nine by one reviewer each
        gold = n in (4, 5)  # two gold pairs with a single vote: bob's and cy's
        if gold:
            gold_pairs[(left.id, right.id)] = left.id
        for copy, user in enumerate(judges):
            task = ComparisonTask.objects.create(
                item=item, left=left, right=right, copy=copy, is_gold=gold, gold_winner=left if gold else None
            )
            choice = rng.choice(["a", "b", "tie"])
            Judgement.objects.create(task=task, reviewer=user, choice=choice, idempotency_key=f"{n}-{copy}")
            every.append(Vote((left.id, right.id), user.username, {"a": left.id, "b": right.id}.get(choice, choice)))
    expected = sorted(reliability(every, gold_pairs), key=lambda row: str(row.reviewer))
    assert reviewer_reliability(campaign) == expected
    assert [(row.votes, row.shared, row.gold_votes) for row in expected] == [(6, 3, 0), (6, 3, 1), (6, 3, 1)]
