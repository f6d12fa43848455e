"""Push typed events to a campaign's Channels group after commit, from request or worker threads or the loop.

Each app declares its events in its `events.py`: one frozen dataclass per event name, registered with
`@event(name, listener=...)`, and one `notify_*` function that its services call. `listener` names
the ES module that handles the event in the UI, or says "api-only" (docs/realtime.md lists those).
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import asdict
from typing import Any, ClassVar

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


class Event:
    """Base of the typed events: subclasses are frozen dataclasses whose fields are the payload."""

    name: ClassVar[str]
    listener: ClassVar[str]

    def payload(self) -> dict[str, Any]:
        return asdict(self)  # type: ignore[call-overload]


EVENT_TYPES: dict[str, type[Event]] = {}


def event(name: str, *, listener: str) -> Any:
    """Class decorator: register an event type under `name` (one shape per name)."""

    def register(cls: type[Event]) -> type[Event]:
        known = EVENT_TYPES.get(name)
        if known is not None and known.__qualname__ != cls.__qualname__:
            raise ValueError(f"event {name!r} is declared twice ({known.__qualname__}, {cls.__qualname__})")
        cls.name, cls.listener = name, listener
        EVENT_TYPES[name] = cls
        return cls

    return register


def notify(campaign_id: int, message: Event) -> None:
    """Send `message` to the campaign's members once the current transaction commits."""
    send_on_commit(campaign_group(campaign_id), message.name, message.payload())
