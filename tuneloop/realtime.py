"""Push events to Channels groups after commit, from request threads, worker threads or the event loop."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.db import transaction

logger = logging.getLogger(__name__)
_server_loop: asyncio.AbstractEventLoop | None = None


def remember_loop(loop: asyncio.AbstractEventLoop) -> None:
    """Record the ASGI server's event loop; consumers call this when they connect."""
    global _server_loop
    _server_loop = loop


def campaign_group(campaign_id: int) -> str:
    return f"campaign.{campaign_id}"


def _send_now(group: str, message: dict[str, Any]) -> None:
    layer = get_channel_layer()
    if layer is None:
        return
    loop = _server_loop
    # The in-memory layer lives on the server's loop: schedule there instead of spinning up a new loop
    # in this thread (which costs ~1 s and touches the layer's queues from the wrong loop).
    if loop is not None and loop.is_running() and not loop.is_closed():
        asyncio.run_coroutine_threadsafe(layer.group_send(group, message), loop)
        return
    try:
        async_to_sync(layer.group_send)(group, message)
    except Exception:  # a missed live update must never fail the write that caused it
        logger.exception("could not push event %s to %s", message.get("type"), group)


def send_on_commit(group: str, event: str, payload: dict[str, Any]) -> None:
    """Send `payload` as event `event` to `group` once the current transaction commits."""
    message = {"type": "push", "event": event, "payload": payload}
    transaction.on_commit(lambda: _send_now(group, message))
