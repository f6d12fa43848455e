"""The reviewer's live comparison queue: a task is pushed, judged, and the next one pushed at once."""

from __future__ import annotations

import asyncio
from typing import Any

from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncJsonWebsocketConsumer

from labeling.selectors import access_campaign
from preferences.selectors import comparison_payload
from preferences.services import comparison_lease_next, comparison_submit
from tuneloop.exceptions import ApplicationError
from tuneloop.realtime import remember_loop

DENIED = 4403


class ReviewConsumer(AsyncJsonWebsocketConsumer):
    """ws/campaigns/<id>/review/: messages {"type": "judgement", "task", "choice", "idempotency_key"}."""

    async def connect(self) -> None:
        remember_loop(asyncio.get_running_loop())
        user = self.scope.get("user")
        self.campaign_id = int(self.scope["url_route"]["kwargs"]["campaign_id"])
        if user is None or not user.is_authenticated:
            await self.close(code=DENIED)
            return
        try:
            self.campaign = await database_sync_to_async(access_campaign)(user, self.campaign_id)
        except ApplicationError:
            await self.close(code=DENIED)
            return
        await self.accept()
        await self.push_next()

    async def receive_json(self, content: Any, **kwargs: Any) -> None:
        if not isinstance(content, dict) or content.get("type") != "judgement":
            await self.send_json({"type": "error", "detail": "Send {'type': 'judgement', ...}."})
            return
        try:
            judgement, created = await database_sync_to_async(comparison_submit)(
                task_id=int(content.get("task", 0)),
                user=self.scope["user"],
                choice=str(content.get("choice", "")),
                idempotency_key=str(content.get("idempotency_key", "")),
                rationale=str(content.get("rationale", "")),
            )
        except (ApplicationError, ValueError) as exc:
            await self.send_json({"type": "error", "detail": str(exc), "task": content.get("task")})
            return
        await self.send_json(
            {"type": "judgement.stored", "task": judgement.task_id, "judgement": judgement.id, "duplicate": not created}
        )
        await self.push_next()

    async def push_next(self) -> None:
        payload = await database_sync_to_async(self._next_payload)()
        if payload is None:
            await self.send_json({"type": "queue.empty"})
        else:
            await self.send_json({"type": "task", "task": payload})

    def _next_payload(self) -> dict | None:
        task = comparison_lease_next(campaign=self.campaign, user=self.scope["user"])
        if task is None:
            return None
        return comparison_payload(task)
