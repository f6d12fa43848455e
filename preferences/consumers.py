"""The judging queue over a WebSocket: a pair or ranking task is pushed, judged, and the next one pushed at once."""

from __future__ import annotations

import asyncio
import time
from typing import Any

from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncJsonWebsocketConsumer
from rest_framework import serializers

from labeling.selectors import access_campaign
from preferences.models import Judgement, Ranking
from preferences.selectors import acceptance_criteria, comparison_payload, judging_payload, ranking_payload
from preferences.serializers import JudgementInput, RankingInput
from preferences.services.comparisons import comparison_submit, judgement_undo
from preferences.services.queue import judging_lease_next
from preferences.services.rankings import ranking_submit, ranking_undo
from tuneloop.exceptions import ApplicationError
from tuneloop.realtime import remember_loop

DENIED = 4403
CRITERIA_SECONDS = 10.0


def _db(func: Any) -> Any:
    """`func` on the event loop's thread pool with its own database connection, not on the one thread that
    every consumer of the process shares by default: there, one reviewer's queries queue behind all others'."""
    return database_sync_to_async(func, thread_sensitive=False)


class JudgingConsumer(AsyncJsonWebsocketConsumer):
    """The judging queue at ws/campaigns/<id>/review/. Messages: {"type": "judgement", "task", "choice",
    "idempotency_key", "rationale"?, "criteria"?, "rewrite"?}, {"type": "ranking", "task", "order",
    "idempotency_key", "rationale"?, "all_bad"?, "rewrite"?} and {"type": "undo", "judgement" | "ranking"}."""

    async def connect(self) -> None:
        remember_loop(asyncio.get_running_loop())
        user = self.scope.get("user")
        self.campaign_id = int(self.scope["url_route"]["kwargs"]["campaign_id"])
        if user is None or not user.is_authenticated:
            await self.close(code=DENIED)
            return
        try:
            self.campaign = await _db(access_campaign)(user, self.campaign_id)
        except ApplicationError:
            await self.close(code=DENIED)
            return
        await self.accept()
        await self.push_next()

    async def receive_json(self, content: Any, **kwargs: Any) -> None:
        kind = content.get("type") if isinstance(content, dict) else None
        if kind == "judgement":
            await self.judge(content)
        elif kind == "ranking":
            await self.rank(content)
        elif kind == "undo" and "ranking" in content:
            await self.undo_ranking(content)
        elif kind == "undo":
            await self.undo(content)
        else:
            detail = "Send {'type': 'judgement' | 'ranking', ...} or {'type': 'undo', ...}."
            await self.send_json({"type": "error", "detail": detail})

    async def judge(self, content: dict) -> None:
        try:
            fields = _validated(JudgementInput, content)
            judgement, created, payload = await _db(self._judge)(int(content.get("task", 0)), fields)
        except (ApplicationError, ValueError) as exc:
            await self.send_json({"type": "error", "detail": str(exc), "task": content.get("task"), **_refusal(exc)})
            return
        await self.send_json(
            {"type": "judgement.stored", "task": judgement.task_id, "judgement": judgement.id, "duplicate": not created}
        )
        await self._send_next(payload)

    def _judge(self, task_id: int, fields: dict[str, Any]) -> tuple[Judgement, bool, dict | None]:
        """Store the judgement and lease the next task in one trip to the thread pool (and one connection)."""
        judgement, created = comparison_submit(task_id=task_id, user=self.scope["user"], **fields)
        return judgement, created, self._next_payload()

    async def rank(self, content: dict) -> None:
        try:
            fields = _validated(RankingInput, content)
            ranking, created, payload = await _db(self._rank)(int(content.get("task", 0)), fields)
        except (ApplicationError, ValueError) as exc:
            await self.send_json({"type": "error", "detail": str(exc), "task": content.get("task"), **_refusal(exc)})
            return
        stored = {"type": "ranking.stored", "task": ranking.task_id, "ranking": ranking.id, "duplicate": not created}
        await self.send_json(stored)
        await self._send_next(payload)

    def _rank(self, task_id: int, fields: dict[str, Any]) -> tuple[Ranking, bool, dict | None]:
        ranking, created = ranking_submit(task_id=task_id, user=self.scope["user"], **fields)
        return ranking, created, self._next_payload()

    async def undo_ranking(self, content: dict) -> None:
        """Take back a ranking: its task comes back at once, to be ranked again."""
        try:
            task = await _db(self._undo_ranking)(int(content.get("ranking", 0)))
        except (ApplicationError, ValueError) as exc:
            await self.send_json({"type": "error", "detail": str(exc), "ranking": content.get("ranking")})
            return
        await self.send_json({"type": "ranking.undone", "ranking": content.get("ranking"), "task": task})

    def _undo_ranking(self, ranking_id: int) -> dict:
        return ranking_payload(ranking_undo(ranking_id=ranking_id, user=self.scope["user"]))

    async def undo(self, content: dict) -> None:
        """Take back a judgement: the task it judged comes back at once, to be judged again."""
        try:
            task = await _db(self._undo)(int(content.get("judgement", 0)))
        except (ApplicationError, ValueError) as exc:
            await self.send_json({"type": "error", "detail": str(exc), "judgement": content.get("judgement")})
            return
        await self.send_json({"type": "judgement.undone", "judgement": content.get("judgement"), "task": task})

    async def push_next(self) -> None:
        await self._send_next(await _db(self._next_payload)())

    async def _send_next(self, payload: dict | None) -> None:
        if payload is None:
            await self.send_json({"type": "queue.empty"})
        else:
            await self.send_json({"type": "task", "task": payload})

    def _next_payload(self) -> dict | None:
        task = judging_lease_next(campaign=self.campaign, user=self.scope["user"])
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
        return comparison_payload(judgement_undo(judgement_id=judgement_id, user=self.scope["user"]))


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
