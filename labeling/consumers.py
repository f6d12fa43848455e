"""Live campaign events for its members: import progress, reviews, judgements, run metrics."""

from __future__ import annotations

from typing import Any

from tuneloop.realtime import CampaignSocket, campaign_group


class CampaignEventsConsumer(CampaignSocket):
    """ws/campaigns/<id>/events/: forwards each event pushed to the campaign's group that its user may hear (an
    admin-only event to admins alone, `CampaignSocket.may_hear`), after re-reading that they are still a member
    (at most every ACCESS_SECONDS). It takes no messages: one sent is answered with an error."""

    async def admitted(self) -> None:
        self.group = campaign_group(self.campaign_id)
        await self.channel_layer.group_add(self.group, self.channel_name)  # before accepting: no event is missed
        await self.accept()

    async def disconnect(self, code: int) -> None:
        if hasattr(self, "group"):
            await self.channel_layer.group_discard(self.group, self.channel_name)

    async def receive_json(self, content: Any, **kwargs: Any) -> None:
        await self.refuse("This socket only sends campaign events; it takes no messages.")

    async def push(self, message: dict[str, Any]) -> None:
        if await self.access_current() and self.may_hear(message):
            await self.send_json({"type": message["event"], "payload": message["payload"]})
