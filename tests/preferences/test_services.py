"""Comparison leases and judgements under concurrency: one task, one reviewer, one judgement."""

from __future__ import annotations

import pytest

from preferences.models import Candidate, ComparisonTask, Judgement
from preferences.services.comparisons import comparison_submit
from preferences.services.queue import comparison_lease_next
from tests.conftest import race
from tests.factories import CampaignFactory, ItemFactory, UserFactory

pytestmark = pytest.mark.django_db(transaction=True)


def _one_task() -> ComparisonTask:
    item = ItemFactory(campaign=CampaignFactory())
    left = Candidate.objects.create(item=item, source="import", text="Claim Type: Theft")
    right = Candidate.objects.create(item=item, source="import", text="Stolen bike.")
    return ComparisonTask.objects.create(item=item, left=left, right=right)


def test_two_reviewers_racing_for_the_last_task_one_gets_it() -> None:
    task = _one_task()
    reviewers = [UserFactory(), UserFactory()]
    results = race([lambda u=u: comparison_lease_next(campaign=task.item.campaign, user=u) for u in reviewers])
    assert sorted(r is None for r in results) == [False, True]
    task.refresh_from_db()
    assert task.leased_to in reviewers


def test_the_same_judgement_sent_twice_at_once_is_stored_once() -> None:
    task = _one_task()
    reviewer = UserFactory()
    campaign = task.item.campaign
    comparison_lease_next(campaign=campaign, user=reviewer)

    def submit() -> tuple[Judgement, bool]:
        return comparison_submit(
            campaign=campaign, task_id=task.id, user=reviewer, choice="a", idempotency_key="same-key"
        )

    results = race([submit, submit])
    assert Judgement.objects.count() == 1
    judgements = {r[0].id for r in results if isinstance(r, tuple)}
    assert len(judgements) == 1, results
    assert sorted(r[1] for r in results if isinstance(r, tuple)) == [False, True]


def _one_ranking_task():
    from preferences.models import RankingTask
    from preferences.services.comparisons import comparisons_create_for_item

    item = ItemFactory(campaign=CampaignFactory(ranking_k=3))
    for text in ("Claim Type: Theft", "Stolen bike.", "A bike was taken."):
        Candidate.objects.create(item=item, source="import", text=text)
    comparisons_create_for_item(item=item)
    return RankingTask.objects.get(item=item)


def test_two_reviewers_racing_for_the_last_ranking_task_one_gets_it_and_a_twin_ranking_is_stored_once() -> None:
    from preferences.models import Ranking
    from preferences.services.queue import ranking_lease_next
    from preferences.services.rankings import ranking_submit

    task = _one_ranking_task()
    reviewers = [UserFactory(), UserFactory()]
    results = race([lambda u=u: ranking_lease_next(campaign=task.item.campaign, user=u) for u in reviewers])
    assert sorted(r is None for r in results) == [False, True]
    [winner] = [u for u, r in zip(reviewers, results, strict=True) if r is not None]
    campaign = task.item.campaign

    def submit() -> object:
        return ranking_submit(
            campaign=campaign, task_id=task.id, user=winner, order=[2, 3, 1], idempotency_key="same-key"
        )

    stored = race([submit, submit])
    assert Ranking.objects.count() == 1 and Judgement.objects.count() == 3
    assert sorted(r[1] for r in stored if isinstance(r, tuple)) == [False, True], stored
