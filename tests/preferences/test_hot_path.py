"""The one-statement judging path on PostgreSQL: the submit's guarantees and the queue's next pair."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from preferences.models import Candidate, ComparisonTask, Judgement
from preferences.selectors import comparison_payload
from preferences.services.hot_path import applies, judge_and_lease
from preferences.services.queue import comparison_lease_next
from tests.factories import ItemFactory, MembershipFactory
from tuneloop.exceptions import Conflict, Forbidden, NotFound

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="the SQL function exists on PostgreSQL only"),
]
CRITERIA = ["accurate"]


def _pair(campaign, *, candidates: int = 2, copy: int = 0) -> list[ComparisonTask]:
    item = ItemFactory(campaign=campaign)
    made = [Candidate.objects.create(item=item, source="import", text=f"answer {n}") for n in range(candidates)]
    tasks = [
        ComparisonTask.objects.create(item=item, left=made[0], right=made[n], copy=copy) for n in range(1, candidates)
    ]
    return tasks


def _judge(membership, task_id: int, key: str = "k-1", choice: str = "a"):
    return judge_and_lease(
        campaign=membership.campaign,
        task_id=task_id,
        user=membership.user,
        choice=choice,
        idempotency_key=key,
        criteria=CRITERIA,
    )


def test_a_judgement_is_stored_and_the_next_pair_leased_in_one_statement() -> None:
    membership = MembershipFactory()
    first, second = _pair(membership.campaign)[0], _pair(membership.campaign)[0]
    assert comparison_lease_next(campaign=membership.campaign, user=membership.user) == first
    with CaptureQueriesContext(connection) as queries:
        judged = _judge(membership, first.id)
    assert len(queries.captured_queries) == 1
    stored = Judgement.objects.get(id=judged.judgement)
    assert (stored.task_id, stored.reviewer_id, stored.choice, stored.idempotency_key) == (
        first.id,
        membership.user.pk,
        "a",
        "k-1",
    )
    assert judged.created and judged.next_known
    first.refresh_from_db()
    assert (first.status, first.leased_to_id) == ("done", None)
    leased = ComparisonTask.objects.select_related("item", "left", "right").get(id=second.id)
    assert leased.leased_to_id == membership.user.pk
    assert judged.payload == comparison_payload(leased, criteria=CRITERIA)


def test_a_resend_gets_the_first_judgement_and_the_reviewers_current_pair() -> None:
    membership = MembershipFactory()
    first, second = _pair(membership.campaign)[0], _pair(membership.campaign)[0]
    comparison_lease_next(campaign=membership.campaign, user=membership.user)
    stored = _judge(membership, first.id)
    again = _judge(membership, first.id)
    assert (again.judgement, again.created) == (stored.judgement, False)
    assert again.payload["id"] == stored.payload["id"] == second.id
    assert Judgement.objects.count() == 1


def test_refusals_name_what_comparison_submit_names_and_write_nothing() -> None:
    membership, other = MembershipFactory(), MembershipFactory()
    task = _pair(membership.campaign)[0]
    with pytest.raises(Forbidden):  # open, but nobody's lease
        _judge(membership, task.id)
    with pytest.raises(NotFound):  # another campaign's task is refused like a missing one
        _judge(other, task.id)
    comparison_lease_next(campaign=membership.campaign, user=membership.user)
    _judge(membership, task.id)
    colleague = MembershipFactory(campaign=membership.campaign)
    with pytest.raises(Conflict):
        _judge(colleague, task.id, key="k-2")
    assert Judgement.objects.count() == 1


@pytest.mark.parametrize("change", ["rate_limit", "split_votes", "evaluation"])
def test_what_the_orm_path_decides_is_left_to_it_untouched(change: str) -> None:
    membership = MembershipFactory()
    campaign = membership.campaign
    task = _pair(campaign)[0]
    if change == "rate_limit":
        campaign.max_judgements_per_minute = 10
    elif change == "split_votes":
        campaign.judgements_per_pair = 2
    campaign.save()
    ComparisonTask.objects.filter(id=task.id).update(evaluation=change == "evaluation")
    assert comparison_lease_next(campaign=campaign, user=membership.user).id == task.id
    assert _judge(membership, task.id) is None
    assert not Judgement.objects.exists()
    assert ComparisonTask.objects.get(id=task.id).status == "open"


def test_an_item_of_three_candidates_is_leased_by_the_orm_which_picks_the_informative_pair() -> None:
    membership = MembershipFactory()
    first = _pair(membership.campaign)[0]
    _pair(membership.campaign, candidates=3)
    comparison_lease_next(campaign=membership.campaign, user=membership.user)
    judged = _judge(membership, first.id)
    assert judged.created and not judged.next_known and judged.payload is None
    assert not ComparisonTask.objects.filter(leased_to=membership.user).exists()


def test_a_pair_judged_once_is_never_served_again_to_the_same_reviewer() -> None:
    membership = MembershipFactory()
    first = _pair(membership.campaign)[0]
    ComparisonTask.objects.create(item=first.item, left=first.right, right=first.left, copy=1)
    comparison_lease_next(campaign=membership.campaign, user=membership.user)
    judged = _judge(membership, first.id)
    assert judged.next_known and judged.payload is None  # the queue is empty for this reviewer


def test_only_the_plain_judgement_takes_the_hot_path() -> None:
    assert applies("a", "k")
    assert not applies("a", "")
    assert not applies("maybe", "k")
    assert not applies("a", "k", rationale="because")
    assert not applies("both_bad", "k", rewrite="A better one.")
    assert not applies("a", "k", criteria={"accurate": "a"})


def test_a_campaign_with_gold_pairs_stores_here_and_leases_through_the_orm() -> None:
    membership = MembershipFactory()
    membership.campaign.gold_rate = 0.2
    membership.campaign.save()
    first, _ = _pair(membership.campaign)[0], _pair(membership.campaign)[0]
    comparison_lease_next(campaign=membership.campaign, user=membership.user)
    judged = _judge(membership, first.id)
    assert judged.created and not judged.next_known  # one draw, the ORM's, at the campaign's rate
    assert not ComparisonTask.objects.filter(leased_to=membership.user).exists()
