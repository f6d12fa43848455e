"""The judging queue over a WebSocket: a pair or ranking task is pushed, judged, and the next one pushed at once."""

from __future__ import annotations

import time
from typing import Any

from channels.db import database_sync_to_async
from rest_framework import serializers

from preferences.models import Ranking
from preferences.selectors import acceptance_criteria, comparison_payload, judging_payload, ranking_payload
from preferences.serializers import JudgementMessage, JudgementUndoMessage, RankingMessage, RankingUndoMessage
from preferences.services.comparisons import comparison_submit, judgement_undo
from preferences.services.hot_path import applies, judge_and_lease
from preferences.services.queue import judging_lease_next
from preferences.services.rankings import ranking_submit, ranking_undo
from tuneloop.exceptions import ApplicationError
from tuneloop.realtime import CampaignSocket

CRITERIA_SECONDS = 10.0


def _db(func: Any) -> Any:
    """`func` on the event loop's thread pool with its own database connection, not on the one thread that
    every consumer of the process shares by default: there, one reviewer's queries queue behind all others'."""
    return database_sync_to_async(func, thread_sensitive=False)


class JudgingConsumer(CampaignSocket):
    """The judging queue at ws/campaigns/<id>/review/. Messages: {"type": "judgement", "task", "choice",
    "idempotency_key", "rationale"?, "criteria"?, "rewrite"?}, {"type": "ranking", "task", "order",
    "idempotency_key", "rationale"?, "all_bad"?, "rewrite"?} and {"type": "undo", "judgement" | "ranking"}.

    Each is read by its REST serializer plus the ids REST takes from the URL (preferences.serializers), and the
    services look the task up within this socket's campaign. Frames are bounded in size and rate and the
    reviewer's membership is re-read as the campaign's sockets do (tuneloop.realtime.CampaignSocket)."""

    async def admitted(self) -> None:
        await self.accept()
        await self.push_next()

    async def receive_json(self, content: dict, **kwargs: Any) -> None:
        kind = content.get("type")
        if kind == "judgement":
            await self.judge(content)
        elif kind == "ranking":
            await self.rank(content)
        elif kind == "undo" and "ranking" in content:
            await self.undo_ranking(content)
        elif kind == "undo":
            await self.undo(content)
        else:
            await self.refuse("Send {'type': 'judgement' | 'ranking', ...} or {'type': 'undo', ...}.")

    async def judge(self, content: dict) -> None:
        try:
            fields = _validated(JudgementMessage, content)
            judgement, created, payload = await _db(self._judge)(fields)
        except ApplicationError as exc:
            await self.send_json({"type": "error", "detail": str(exc), "task": content.get("task"), **_refusal(exc)})
            return
        await self.send_json({"type": "judgement.stored", **judgement, "duplicate": not created})
        await self._send_next(payload)

    def _judge(self, fields: dict[str, Any]) -> tuple[dict[str, int], bool, dict | None]:
        """Store the judgement and lease the next task in one trip to the thread pool (and one connection):
        on PostgreSQL the common judgement in one statement (preferences.services.hot_path), else the ORM."""
        task_id = fields.pop("task")
        if applies(**fields):
            choice, key = fields["choice"], fields["idempotency_key"]
            judged = judge_and_lease(
                campaign=self.campaign,
                task_id=task_id,
                user=self.user,
                choice=choice,
                idempotency_key=key,
                criteria=self._criteria(),
            )
            if judged is not None:
                payload = judged.payload if judged.next_known else self._next_payload()
                return {"task": judged.task, "judgement": judged.judgement}, judged.created, payload
        judgement, created = comparison_submit(campaign=self.campaign, task_id=task_id, user=self.user, **fields)
        return {"task": judgement.task_id, "judgement": judgement.id}, created, self._next_payload()

    async def rank(self, content: dict) -> None:
        try:
            fields = _validated(RankingMessage, content)
            ranking, created, payload = await _db(self._rank)(fields)
        except ApplicationError as exc:
            await self.send_json({"type": "error", "detail": str(exc), "task": content.get("task"), **_refusal(exc)})
            return
        stored = {"type": "ranking.stored", "task": ranking.task_id, "ranking": ranking.id, "duplicate": not created}
        await self.send_json(stored)
        await self._send_next(payload)

    def _rank(self, fields: dict[str, Any]) -> tuple[Ranking, bool, dict | None]:
        task_id = fields.pop("task")
        ranking, created = ranking_submit(campaign=self.campaign, task_id=task_id, user=self.user, **fields)
        return ranking, created, self._next_payload()

    async def undo_ranking(self, content: dict) -> None:
        """Take back a ranking: its task comes back at once, to be ranked again."""
        try:
            ranking_id = _validated(RankingUndoMessage, content)["ranking"]
            task = await _db(self._undo_ranking)(ranking_id)
        except ApplicationError as exc:
            refusal = {"type": "error", "detail": str(exc), "ranking": content.get("ranking"), **_refusal(exc)}
            await self.send_json(refusal)
            return
        await self.send_json({"type": "ranking.undone", "ranking": ranking_id, "task": task})

    def _undo_ranking(self, ranking_id: int) -> dict:
        return ranking_payload(ranking_undo(campaign=self.campaign, ranking_id=ranking_id, user=self.user))

    async def undo(self, content: dict) -> None:
        """Take back a judgement: the task it judged comes back at once, to be judged again."""
        try:
            judgement_id = _validated(JudgementUndoMessage, content)["judgement"]
            task = await _db(self._undo)(judgement_id)
        except ApplicationError as exc:
            refusal = {"type": "error", "detail": str(exc), "judgement": content.get("judgement"), **_refusal(exc)}
            await self.send_json(refusal)
            return
        await self.send_json({"type": "judgement.undone", "judgement": judgement_id, "task": task})

    async def push_next(self) -> None:
        await self._send_next(await _db(self._next_payload)())

    async def _send_next(self, payload: dict | None) -> None:
        if payload is None:
            await self.send_json({"type": "queue.empty"})
        else:
            await self.send_json({"type": "task", "task": payload})

    def _next_payload(self) -> dict | None:
        task = judging_lease_next(campaign=self.campaign, user=self.user)
        if task is None:
            return None
        return judging_payload(task, criteria=self._criteria())

    def _criteria(self) -> list[str]:
        """The acceptance criteria, read at most every CRITERIA_SECONDS: one query less per task served."""
        now = time.monotonic()
        if getattr(self, "_criteria_read_at", -CRITERIA_SECONDS) + CRITERIA_SECONDS <= now:
            self._criteria_cache = acceptance_criteria(self.campaign)
            self._criteria_read_at = now
        return self._criteria_cache

    def _undo(self, judgement_id: int) -> dict:
        return comparison_payload(judgement_undo(campaign=self.campaign, judgement_id=judgement_id, user=self.user))


def _validated(serializer_class: type[serializers.Serializer], content: dict) -> dict[str, Any]:
    """The message's fields as its REST view reads them, with the same serializer (preferences.serializers).
    Refused, it raises naming the first field at fault, and carries every field's errors as REST sends them."""
    serializer = serializer_class(data=content)
    if serializer.is_valid():
        return dict(serializer.validated_data)
    field, errors = next(iter(serializer.errors.items()))
    while not isinstance(errors, str):  # a list or dict field nests its errors by index or key
        errors = next(iter(errors.values())) if isinstance(errors, dict) else errors[0]
    raise ApplicationError(str(errors), field=field, extra={"errors": serializer.errors})


def _refusal(exc: Exception) -> dict:
    """What an error carries besides its detail: the field at fault, and a refused message's errors."""
    field = getattr(exc, "field", None)
    return {**({"field": field} if field else {}), **getattr(exc, "extra", {})}
