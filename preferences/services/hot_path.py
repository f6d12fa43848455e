"""The live judging hot path on PostgreSQL: a judgement stored and the next pair leased in one round trip."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from django.contrib.auth.models import User
from django.db import connection
from django.utils import timezone

from labeling.models import Campaign
from preferences.events import notify_judgement_stored
from preferences.models import Judgement
from preferences.selectors import pair_payload
from preferences.services.comparisons import NO_SUCH_PAIR
from preferences.services.queue import lease_expiry
from tuneloop.exceptions import ApplicationError, Conflict, Forbidden, NotFound

CALL = "SELECT * FROM tuneloop_judge_and_lease(%s, %s, %s, %s, %s, %s, %s, %s, %s)"
REFUSALS: dict[str, Callable[[], ApplicationError]] = {  # a new exception each time: threads share this table
    "not_found": lambda: NotFound(NO_SUCH_PAIR, field="task"),
    "conflict": lambda: Conflict("This comparison has already been judged."),
    "forbidden": lambda: Forbidden("This comparison is not leased to you; ask for the next task."),
}


@dataclass(frozen=True)
class Judged:
    """A judgement stored (or found again, `created` False) and what the queue serves next: `payload` (None:
    the queue is empty), unless `next_known` is False, when the ORM path leases it (preferences.services.queue)."""

    judgement: int
    task: int
    created: bool
    next_known: bool
    payload: dict | None


def applies(choice: str, idempotency_key: str, rationale: str = "", criteria: object = None, rewrite: str = "") -> bool:
    """The hot path takes the common judgement: on PostgreSQL, a valid choice with a key, and nothing for
    Presidio or the guideline to read (no rationale, rewrite or criteria). Anything else goes through
    comparison_submit, which refuses it naming the field or stores it."""
    if connection.vendor != "postgresql" or choice not in Judgement.Choice.values or not idempotency_key:
        return False
    return not (rationale.strip() or rewrite.strip() or criteria)


def judge_and_lease(
    *,
    campaign: Campaign,
    task_id: int,
    user: User,
    choice: str,
    idempotency_key: str,
    criteria: list[str],
) -> Judged | None:
    """Store the judgement under comparison_submit's checks and lease the next pair, in one statement
    (preferences/sql/judge_and_lease.sql). None: nothing was written, and the ORM path must take the
    judgement (a rate limit, an evaluation pair, a pair whose votes may split). Refusals raise as there."""
    now = timezone.now()
    # A campaign that serves gold pairs leases through the ORM, which draws them at its rate: a draw here
    # and another there would serve gold at the rate's square.
    lease_here = not campaign.gold_rate
    params = (campaign.id, user.pk, task_id, choice, idempotency_key, now, lease_expiry(now), lease_here, False)
    with connection.cursor() as cursor:
        cursor.execute(CALL, params)
        row = cursor.fetchone()
    outcome, judgement, task, state, *pair = row
    if outcome in REFUSALS:
        raise REFUSALS[outcome]()
    if outcome == "fallback":
        return None
    if outcome == "stored":
        notify_judgement_stored(campaign.id, task=task)
    known = state in ("mine", "leased", "empty")
    return Judged(judgement, task, outcome == "stored", known, _payload(state, pair, criteria))


def _payload(state: str, pair: list, criteria: list[str]) -> dict | None:
    if state not in ("mine", "leased"):
        return None
    task, item, text, a, b, expires, evaluation = pair
    return pair_payload(task, item, text, a, b, _aware(expires), evaluation, criteria)


def _aware(moment: datetime | None) -> datetime | None:
    return moment if moment is None or timezone.is_aware(moment) else timezone.make_aware(moment)
