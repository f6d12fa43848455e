"""Seed bench.review_load's database: one campaign, reviewers with API tokens, and comparison tasks to judge."""

from __future__ import annotations

import time
from typing import Any

GUIDELINE: dict[str, Any] = {
    "user": "Claims handlers",
    "input_description": "A claim note.",
    "expected_output": "The claim type and the next step.",
    "acceptance_criteria": ["Names the claim type", "Names the next step"],
    "must_never": ["Invent facts"],
    "output_format": {"kind": "template", "fields": ["Claim Type", "Next Step"]},
}
ANSWERS = ("Claim Type: Water\nNext Step: Send an adjuster", "Claim Type: Fire\nNext Step: Wait")


def default_tasks(reviewers: int, seconds: float, think_ms: float) -> int:
    """Twice the judgements expected (at most ~300/s: when nobody thinks), plus one lease per reviewer."""
    rate = reviewers / (think_ms / 1000) if think_ms else 300.0
    return int(2 * min(rate, 300.0) * seconds) + reviewers + 100


def seed(*, reviewers: int, tasks: int) -> dict[str, Any]:
    """Empty the bench database's campaigns, then one campaign, `reviewers` members with tokens, `tasks` pairs."""
    from django.contrib.auth.models import User
    from django.db import connection

    from labeling.models import Campaign

    started = time.perf_counter()
    if "bench" not in connection.settings_dict["NAME"]:
        raise SystemExit("seed() runs on a bench database only")
    with connection.cursor() as cursor:  # every campaign, item, task and judgement of earlier runs
        cursor.execute(f"TRUNCATE {Campaign._meta.db_table} CASCADE")
    admin, _ = User.objects.get_or_create(username="bench-admin", defaults={"is_staff": True})
    users, tokens = _reviewers(reviewers)
    campaign = _campaign(admin, users, tasks)
    with connection.cursor() as cursor:  # fresh statistics, as autovacuum would leave them: no quadratic plans
        cursor.execute("ANALYZE")
    return {
        "campaign_id": campaign.id,
        "reviewers": [(u.id, tokens[u.id]) for u in users],
        "tasks": tasks,
        "seed_s": round(time.perf_counter() - started, 1),
    }


def _reviewers(count: int) -> tuple[list[Any], dict[int, str]]:
    """The users `bench-reviewer-0..count-1`, created if missing, and each one's API token key."""
    from django.contrib.auth.models import User
    from rest_framework.authtoken.models import Token

    names = [f"bench-reviewer-{i}" for i in range(count)]
    have = set(User.objects.filter(username__in=names).values_list("username", flat=True))
    User.objects.bulk_create([User(username=name) for name in names if name not in have])
    users = list(User.objects.filter(username__in=names).order_by("id"))
    with_token = set(Token.objects.filter(user__in=users).values_list("user_id", flat=True))
    Token.objects.bulk_create([Token(user=u, key=Token.generate_key()) for u in users if u.id not in with_token])
    return users, dict(Token.objects.filter(user__in=users).values_list("user_id", "key"))


def _campaign(admin: Any, users: list[Any], tasks: int) -> Any:
    """A fresh campaign with its guideline, `users` as reviewers and `tasks` items of two candidates and a task."""
    from django.db import transaction

    from labeling.models import Campaign, GuidelineVersion, Item, Membership
    from preferences.models import Candidate, ComparisonTask

    with transaction.atomic():
        campaign = Campaign.objects.create(
            name=f"bench-review-{int(time.time())}",
            output_fields=GUIDELINE["output_format"]["fields"],
            created_by=admin,
        )
        GuidelineVersion.objects.create(campaign=campaign, version=1, spec=GUIDELINE, created_by=admin)
        Membership.objects.bulk_create(
            [Membership(campaign=campaign, user=admin, role="admin")]
            + [Membership(campaign=campaign, user=u, role="reviewer") for u in users]
        )
        items = Item.objects.bulk_create(
            [
                Item(campaign=campaign, external_id=f"bench-{i}", text=f"Claim {i}: water damage in the kitchen.")
                for i in range(tasks)
            ],
            batch_size=5000,
        )
        candidates = Candidate.objects.bulk_create(
            [Candidate(item=item, source="import", text=text) for item in items for text in ANSWERS],
            batch_size=5000,
        )
        ComparisonTask.objects.bulk_create(
            [
                ComparisonTask(item=item, left=candidates[2 * i], right=candidates[2 * i + 1])
                for i, item in enumerate(items)
            ],
            batch_size=5000,
        )
    return campaign
