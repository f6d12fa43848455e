"""Live campaign events for its members: import progress, reviews, judgements, run metrics."""

from __future__ import annotations

import asyncio
from typing import Any

from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncJsonWebsocketConsumer

from labeling.selectors import access_campaign
from tuneloop.exceptions import ApplicationError
from tuneloop.realtime import campaign_group, remember_loop

DENIED = 4403


class CampaignEventsConsumer(AsyncJsonWebsocketConsumer):
    """ws/campaigns/<id>/events/: forwards every event pushed to the campaign's group."""

    async def connect(self) -> None:
        remember_loop(asyncio.get_running_loop())
        user = self.scope.get("user")
        campaign_id = int(self.scope["url_route"]["kwargs"]["campaign_id"])
        if user is None or not user.is_authenticated:
            await self.close(code=DENIED)
            return
        try:
            await database_sync_to_async(access_campaign)(user, campaign_id)
        except ApplicationError:
            await self.close(code=DENIED)
            return
        self.group = campaign_group(campaign_id)
        await self.channel_layer.group_add(self.group, self.channel_name)
        await self.accept()

    async def disconnect(self, code: int) -> None:
        if hasattr(self, "group"):
            await self.channel_layer.group_discard(self.group, self.channel_name)

    async def push(self, message: dict[str, Any]) -> None:
        await self.send_json({"type": message["event"], "payload": message["payload"]})
