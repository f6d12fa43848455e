"""Rankings of k candidates: blind tasks, the order validated, stored once as the pairs it implies, undo, and
every consumer of pairwise judgements (DPO pairs, agreement, ratings, live figures) counting those pairs."""

from __future__ import annotations

import random
from datetime import timedelta

import pytest
from django.utils import timezone

from dataset_versions.services.freeze import dataset_freeze
from labeling.models import GuidelineVersion
from labeling.services.campaigns import campaign_settings_update
from preferences.models import Candidate, ComparisonTask, Judgement, Ranking, RankingTask
from preferences.selectors import (
    preference_pairs,
    preference_stats,
    ranking_payload,
    reviewer_reliability,
    source_ratings,
)
from preferences.services.comparisons import comparisons_create_for_item, judgement_undo
from preferences.services.queue import judging_lease_next, ranking_lease_next
from preferences.services.rankings import ranking_submit, ranking_undo
from tests.factories import CampaignFactory, ItemFactory, UserFactory
from tuneloop.exceptions import ApplicationError, Conflict, NotFound, Throttled

pytestmark = pytest.mark.django_db

TEMPLATE = ["Claim Type", "Cause"]
TEXTS = ("Claim Type: Theft\nCause: Unknown", "Claim Type: Fire\nCause: Pan", "Claim Type: Flood\nCause: Pipe")


def _item(*, k: int = 3, copies: int = 1, texts: tuple[str, ...] = TEXTS, campaign=None):
    campaign = campaign or CampaignFactory(output_fields=TEMPLATE, judgements_per_pair=copies, ranking_k=k)
    spec = {"acceptance_criteria": ["Names the cause"], "output_format": {"kind": "template", "fields": TEMPLATE}}
    if not campaign.guidelines.exists():
        GuidelineVersion.objects.create(campaign=campaign, version=1, spec=spec, created_by=campaign.created_by)
    item = ItemFactory(campaign=campaign)
    for text in texts:
        Candidate.objects.create(item=item, source=Candidate.Source.IMPORT, text=text)
    comparisons_create_for_item(item=item, rng=random.Random(5))
    return item


def _rank(item, user, order_by_text: tuple[str, ...] | None, **kwargs) -> Ranking:
    """Lease the next ranking task and rank it so that the candidates come in `order_by_text` (None: all bad)."""
    task = ranking_lease_next(campaign=item.campaign, user=user)
    assert task is not None
    texts = [Candidate.objects.get(id=candidate).text for candidate in task.shown]
    order = [texts.index(text) + 1 for text in order_by_text] if order_by_text else []
    ranking, created = ranking_submit(
        campaign=task.item.campaign,
        task_id=task.id,
        user=user,
        order=order,
        idempotency_key=f"{user.id}-{task.id}",
        all_bad=order_by_text is None,
        **kwargs,
    )
    assert created
    return ranking


def _by_text(item) -> dict[str, Candidate]:
    return {candidate.text: candidate for candidate in item.candidates.all()}


def test_a_ranking_campaign_gets_blind_ranking_tasks_each_copy_in_its_own_order() -> None:
    item = _item(copies=4)
    tasks = list(RankingTask.objects.filter(item=item))
    assert not ComparisonTask.objects.exists()  # no pairwise tasks in a ranking campaign
    assert [t.copy for t in tasks] == [0, 1, 2, 3] and {t.group for t in tasks} == {0}
    assert all(sorted(t.shown) == sorted(item.candidates.values_list("id", flat=True)) for t in tasks)
    assert len({tuple(t.shown) for t in tasks}) > 1  # orders are random per task
    payload = ranking_payload(tasks[0])
    assert payload["kind"] == "ranking" and payload["criteria"] == []
    assert [c["position"] for c in payload["candidates"]] == [1, 2, 3]
    assert [c["text"] for c in payload["candidates"]] == [Candidate.objects.get(id=i).text for i in tasks[0].shown]
    assert "import" not in str(payload) and "source" not in str(payload)  # who wrote them is never sent


def test_more_candidates_than_k_are_split_into_sets_of_k_and_new_ones_ranked_with_old_ones() -> None:
    texts = tuple(f"Claim Type: T{n}\nCause: c{n}" for n in range(5))
    item = _item(k=3, texts=texts)
    shown = [set(t.shown) for t in RankingTask.objects.filter(item=item).order_by("group")]
    assert [len(s) for s in shown] == [3, 3] and set().union(*shown) == set(
        item.candidates.values_list("id", flat=True)
    )
    Candidate.objects.create(item=item, source=Candidate.Source.IMPORT, text="Claim Type: New\nCause: late")
    assert comparisons_create_for_item(item=item) == 1
    newest = RankingTask.objects.filter(item=item).latest("id")
    assert newest.group == 2 and len(newest.shown) == 3
    assert comparisons_create_for_item(item=item) == 0  # nothing new to rank


def test_a_ranking_is_stored_as_the_pairs_it_implies_and_a_resend_is_stored_once() -> None:
    item = _item()
    reviewer = UserFactory()
    best, middle, worst = TEXTS[1], TEXTS[0], TEXTS[2]
    ranking = _rank(item, reviewer, (best, middle, worst), rationale="Only the fire names its cause")
    task = ranking.task
    again, created = ranking_submit(
        campaign=task.item.campaign,
        task_id=task.id,
        user=reviewer,
        order=[1, 2, 3],
        idempotency_key=f"{reviewer.id}-{task.id}",
    )
    assert (again.id, created) == (ranking.id, False)
    assert task.status == "done" and Ranking.objects.count() == 1
    judgements = list(Judgement.objects.select_related("task"))
    assert len(judgements) == 3  # k(k-1)/2 pairs
    candidates = _by_text(item)
    winners = {
        (j.task.left_id if j.choice == "a" else j.task.right_id, j.task.right_id if j.choice == "a" else j.task.left_id)
        for j in judgements
    }
    ids = [candidates[text].id for text in (best, middle, worst)]
    assert winners == {(ids[0], ids[1]), (ids[0], ids[2]), (ids[1], ids[2])}
    assert all(j.task.ranking_id == ranking.id and j.task.status == "done" for j in judgements)
    assert all(task.shown.index(j.task.left_id) < task.shown.index(j.task.right_id) for j in judgements)
    assert {j.rationale for j in judgements} == {"Only the fire names its cause"}
    assert ranking.order == ids
    assert ranking_lease_next(campaign=item.campaign, user=reviewer) is None  # one copy: done for everyone


@pytest.mark.parametrize("order", [[1, 2], [1, 1, 2], [0, 1, 2], [1, 2, 4], ["1", "2", "3"], "123", [1, 2, 3, 3]])
def test_an_order_that_does_not_list_each_candidate_once_is_refused_naming_order(order) -> None:
    item = _item()
    reviewer = UserFactory()
    task = ranking_lease_next(campaign=item.campaign, user=reviewer)
    with pytest.raises(ApplicationError) as refused:
        ranking_submit(campaign=task.item.campaign, task_id=task.id, user=reviewer, order=order, idempotency_key="k")
    assert refused.value.field == "order"
    assert "must list each candidate once" in refused.value.message
    assert not Ranking.objects.exists() and not Judgement.objects.exists()


def test_no_reviewer_ranks_one_set_twice_and_a_foreign_or_judged_task_is_refused() -> None:
    item = _item(copies=2)
    ann, bob = UserFactory(), UserFactory()
    first = _rank(item, ann, TEXTS)
    assert ranking_lease_next(campaign=item.campaign, user=ann) is None  # the other copy is bob's to take
    task = ranking_lease_next(campaign=item.campaign, user=bob)
    assert task is not None and task.id != first.task_id
    with pytest.raises(ApplicationError) as foreign:
        ranking_submit(campaign=task.item.campaign, task_id=task.id, user=ann, order=[1, 2, 3], idempotency_key="x")
    assert foreign.value.status_code == 403
    with pytest.raises(Conflict):
        ranking_submit(
            campaign=first.task.item.campaign, task_id=first.task_id, user=ann, order=[1, 2, 3], idempotency_key="y"
        )


def test_all_bad_with_a_rewrite_prefers_the_rewrite_over_every_candidate() -> None:
    item = _item()
    reviewer = UserFactory()
    rewrite = "Claim Type: Theft\nCause: Bicycle taken from the shed"
    ranking = _rank(item, reviewer, None, rewrite=rewrite)
    assert ranking.order == []
    assert set(Judgement.objects.values_list("choice", flat=True)) == {"both_bad"}
    better = Candidate.objects.get(rewrite_of__isnull=False)
    assert (better.text, better.source) == (rewrite, Candidate.Source.HUMAN)
    pairs = list(preference_pairs(item.campaign))
    originals = {c.id for c in item.candidates.exclude(id=better.id)}
    assert sorted((p.chosen.id, p.rejected.id) for p in pairs) == sorted((better.id, c) for c in originals)
    assert comparisons_create_for_item(item=item) == 0  # the rewrite is never ranked: it already won
    task = ranking_lease_next(campaign=item.campaign, user=UserFactory())
    assert task is None


DEFAULTS = {"order": [], "idempotency_key": "k"}


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"order": [1, 2, 3], "rewrite": "Claim Type: A\nCause: b"}, "rewrite"),
        ({"order": [1, 2, 3], "all_bad": True}, "order"),
        ({"all_bad": True, "rewrite": "Just a sentence."}, "rewrite"),
        ({"order": [1, 2, 3], "idempotency_key": ""}, "idempotency_key"),
    ],
)
def test_all_bad_and_rewrites_are_checked_naming_the_field(kwargs, field) -> None:
    item = _item()
    reviewer = UserFactory()
    task = ranking_lease_next(campaign=item.campaign, user=reviewer)
    with pytest.raises(ApplicationError) as refused:
        ranking_submit(campaign=task.item.campaign, task_id=task.id, user=reviewer, **{**DEFAULTS, **kwargs})
    assert refused.value.field == field
    assert not Ranking.objects.exists() and not Candidate.objects.filter(rewrite_of__isnull=False).exists()


def test_undo_deletes_the_implied_pairs_and_gives_the_task_back_within_the_window(settings) -> None:
    item = _item()
    reviewer = UserFactory()
    ranking = _rank(item, reviewer, None, rewrite="Claim Type: Theft\nCause: Bike")
    with pytest.raises(NotFound):
        ranking_undo(campaign=item.campaign, ranking_id=ranking.id, user=UserFactory())
    with pytest.raises(Conflict):  # one pair of it cannot be taken back alone
        judgement_undo(campaign=item.campaign, judgement_id=Judgement.objects.first().id, user=reviewer)
    task = ranking_undo(campaign=item.campaign, ranking_id=ranking.id, user=reviewer)
    assert (task.status, task.leased_to) == ("open", reviewer)
    assert not Ranking.objects.exists() and not Judgement.objects.exists() and not ComparisonTask.objects.exists()
    assert not Candidate.objects.filter(rewrite_of__isnull=False).exists()
    assert judging_lease_next(campaign=item.campaign, user=reviewer).id == task.id
    again = _rank(item, reviewer, TEXTS)
    assert Judgement.objects.count() == 3  # the same pairs again, judged anew
    Ranking.objects.filter(id=again.id).update(
        created_at=timezone.now() - timedelta(seconds=settings.JUDGEMENT_UNDO_SECONDS + 1)
    )
    with pytest.raises(Conflict):
        ranking_undo(campaign=item.campaign, ranking_id=again.id, user=reviewer)


def test_the_rate_limit_counts_a_ranking_once() -> None:
    campaign = CampaignFactory(output_fields=TEMPLATE, ranking_k=3, max_judgements_per_minute=2)
    items = [_item(campaign=campaign) for _ in range(3)]
    reviewer = UserFactory()
    _rank(items[0], reviewer, TEXTS)
    _rank(items[1], reviewer, TEXTS)  # six judgements stored, two rankings
    task = ranking_lease_next(campaign=campaign, user=reviewer)
    with pytest.raises(Throttled):
        ranking_submit(
            campaign=task.item.campaign, task_id=task.id, user=reviewer, order=[1, 2, 3], idempotency_key="third"
        )


def test_switching_a_campaign_to_rankings_creates_ranking_tasks_for_its_items() -> None:
    item = _item(k=0)
    assert ComparisonTask.objects.filter(item=item).count() == 3 and not RankingTask.objects.exists()
    campaign_settings_update(campaign=item.campaign, ranking_k=3)
    assert RankingTask.objects.filter(item=item).count() == 1
    assert judging_lease_next(campaign=item.campaign, user=UserFactory()).shown
    with pytest.raises(ApplicationError) as refused:
        campaign_settings_update(campaign=item.campaign, ranking_k=2)
    assert refused.value.field == "ranking_k"


def test_ranking_pairs_count_downstream_like_pairwise_judgements(
    capture_events, django_capture_on_commit_callbacks
) -> None:
    """DPO pairs (majority of votes) and the dataset version frozen from them, reviewer agreement, source
    ratings and the live figures all see the pairs a ranking implies."""
    campaign = CampaignFactory(output_fields=TEMPLATE, ranking_k=3, judgements_per_pair=3)
    item = _item(campaign=campaign)
    model, human, _imported = item.candidates.order_by("id")
    Candidate.objects.filter(id=model.id).update(source=Candidate.Source.MODEL)
    Candidate.objects.filter(id=human.id).update(source=Candidate.Source.HUMAN)
    order = (TEXTS[1], TEXTS[0], TEXTS[2])  # human > model > import
    reviewers = [UserFactory(username=name) for name in ("ann", "bob", "cy")]
    with django_capture_on_commit_callbacks(execute=True):
        for reviewer in reviewers[:2]:
            _rank(item, reviewer, order)
        _rank(item, reviewers[2], tuple(reversed(order)))
    assert [message["event"] for _, message in capture_events] == ["judgement.stored"] * 3

    pairs = {(p.chosen.text, p.rejected.text): p.votes for p in preference_pairs(campaign)}
    assert pairs == {(TEXTS[1], TEXTS[0]): (2, 1), (TEXTS[1], TEXTS[2]): (2, 1), (TEXTS[0], TEXTS[2]): (2, 1)}

    rows = {row.reviewer: row for row in reviewer_reliability(campaign)}
    assert {name: (row.votes, row.shared) for name, row in rows.items()} == dict.fromkeys(("ann", "bob", "cy"), (3, 3))
    assert (rows["ann"].agreement, rows["cy"].agreement) == (0.5, 0.0)  # ann: bob agrees, cy does not

    ratings = source_ratings(campaign, rounds=10)
    assert ratings["judgements"] == 9
    assert [row["label"] for row in ratings["sources"]] == ["human", "model None", "import"]

    stats = preference_stats(campaign)
    assert (stats["judgements"], stats["queue_depth"], stats["active_reviewers"]) == (9, 0, 3)

    rows = dataset_freeze(campaign=campaign, user=campaign.created_by).rows.filter(kind="dpo")
    assert sorted((r.data["chosen"][0]["content"], r.data["rejected"][0]["content"]) for r in rows) == sorted(pairs)
    assert all(len(r.lineage["judgements"]) == 3 and r.lineage["votes"] == {"chosen": 2, "rejected": 1} for r in rows)


def test_the_rest_fallback_serves_ranks_and_undoes_a_ranking(api) -> None:
    item = _item()
    reviewer = UserFactory()
    item.campaign.memberships.create(user=reviewer, role="reviewer")
    client = api(reviewer)
    task = client.get(f"/api/campaigns/{item.campaign_id}/comparisons/next/").json()["task"]
    assert task["kind"] == "ranking" and len(task["candidates"]) == 3
    url = f"/api/ranking-tasks/{task['id']}/ranking/"
    refused = client.post(url, {"order": [1, 3], "idempotency_key": "k"}, format="json")
    assert refused.status_code == 400 and refused.json()["field"] == "order"
    stored = client.post(url, {"order": [3, 1, 2], "idempotency_key": "k"}, format="json")
    assert stored.status_code == 201 and Judgement.objects.count() == 3
    assert client.post(url, {"order": [3, 1, 2], "idempotency_key": "k"}, format="json").json()["duplicate"]
    undone = client.post(f"/api/rankings/{stored.json()['ranking']}/undo/")
    assert undone.json()["task"]["id"] == task["id"] and not Judgement.objects.exists()
