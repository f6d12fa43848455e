"""The client pages lists by cursor (issue 16): `iter_pages` follows `next`, and rows added while it iterates
are neither read twice nor make it skip one."""

from __future__ import annotations

import pytest
from tuneloop_client import Client

from labeling.models import ImportBatch, Membership
from tests.factories import MembershipFactory
from tuneloop.auth import token_issue

RUNS = "/api/campaigns/4/runs/"


def test_iter_pages_follows_next_a_page_at_a_time(fake_server) -> None:
    second = f"{fake_server.url}{RUNS}?cursor=abc&limit=2"
    fake_server.answer("GET", RUNS, 200, {"next": second, "previous": None, "results": [{"id": 9}, {"id": 8}]})
    fake_server.answer("GET", RUNS, 200, {"next": None, "previous": "p", "results": [{"id": 7}]})
    pages = list(Client(fake_server.url, token="t").iter_pages(RUNS, {"status": "done"}, limit=2))
    assert pages == [[{"id": 9}, {"id": 8}], [{"id": 7}]]
    first, then = fake_server.requests("GET", RUNS)
    assert first.query == {"status": ["done"], "limit": ["2"]}  # and `cursor=`, empty: the first cursor page
    assert then.query == {"cursor": ["abc"], "limit": ["2"]}


@pytest.mark.django_db(transaction=True)
def test_imports_added_while_iterating_are_not_read_twice(live_server) -> None:
    """The imports list is newest first: with offsets, each import added mid-way pushed one already read onto the
    next page; with cursors the walk reads each import that was there at the start, once."""
    admin = MembershipFactory(role=Membership.Role.ADMIN)
    campaign, user = admin.campaign, admin.user
    for index in range(7):
        ImportBatch.objects.create(campaign=campaign, filename=f"{index}.jsonl", created_by=user, status="done")
    before = list(ImportBatch.objects.filter(campaign=campaign).order_by("-id").values_list("id", flat=True))
    client = Client(live_server.url, token=token_issue(user=user).key)

    seen: list[int] = []
    for page in client.iter_pages(f"/api/campaigns/{campaign.id}/imports/", limit=2):
        seen += [row["id"] for row in page]
        ImportBatch.objects.create(campaign=campaign, filename="new.jsonl", created_by=user, status="done")

    assert seen == before
