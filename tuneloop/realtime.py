"""Live updates: typed events pushed to a campaign's Channels group after commit, and the base of every campaign socket.

Each app declares its events in its `events.py`: one frozen dataclass per event name, registered with
`@event(name, listener=..., audience=...)`, and one `notify_*` function that its services call. `listener` names
the ES module that handles the event in the UI, or says "api-only" (docs/realtime.md lists those); `audience` says
who hears it: every member of the campaign, or its admins only. `CampaignSocket` is what a campaign's WebSocket
consumers build on: members only, frames bounded in size and rate, read without tracebacks, access re-read.
"""

from __future__ import annotations

import asyncio
import json
import logging
import math
import time
from dataclasses import asdict
from typing import Any, ClassVar

from asgiref.sync import async_to_sync
from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncJsonWebsocketConsumer
from channels.layers import get_channel_layer
from django.db import transaction

from tuneloop.access import access_campaign
from tuneloop.exceptions import ApplicationError, Forbidden
from tuneloop.hooks import Hook
from tuneloop.roles import ADMIN, REVIEWER

logger = logging.getLogger(__name__)
_server_loop: asyncio.AbstractEventLoop | None = None

MEMBERS = "member"  # an event every member of the campaign hears
ADMINS = "admin"  # an event only the campaign's admins hear: run errors and metrics, evaluation reports, imports
AUDIENCES = (MEMBERS, ADMINS)
DENIED = 4403  # the close code of a socket refused, or closed because its user lost access
event_published = Hook(
    "event_published",
    "Called with (campaign_id, event) each time a service publishes a campaign event, inside the service's "
    "transaction (before commit): webhooks turn the events they map into deliveries (labeling.webhooks).",
)


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


class Event:
    """Base of the typed events: subclasses are frozen dataclasses whose fields are the payload."""

    name: ClassVar[str]
    listener: ClassVar[str]
    audience: ClassVar[str]

    def payload(self) -> dict[str, Any]:
        return asdict(self)  # type: ignore[call-overload]


EVENT_TYPES: dict[str, type[Event]] = {}


def event(name: str, *, listener: str, audience: str) -> Any:
    """Class decorator: register an event type under `name` (one shape per name), heard by `audience`."""
    if audience not in AUDIENCES:
        raise ValueError(f"event {name!r}: audience must be one of {', '.join(AUDIENCES)}, not {audience!r}")

    def register(cls: type[Event]) -> type[Event]:
        known = EVENT_TYPES.get(name)
        if known is not None and known.__qualname__ != cls.__qualname__:
            raise ValueError(f"event {name!r} is declared twice ({known.__qualname__}, {cls.__qualname__})")
        cls.name, cls.listener, cls.audience = name, listener, audience
        EVENT_TYPES[name] = cls
        return cls

    return register


def push_message(message: Event) -> dict[str, Any]:
    """What the channel layer carries to a campaign's sockets: the event, its payload, and who may hear it."""
    return {"type": "push", "event": message.name, "audience": message.audience, "payload": message.payload()}


def notify(campaign_id: int, message: Event) -> None:
    """Send `message` to the campaign's sockets once the current transaction commits; each forwards it to its
    user if the event's audience includes them (`CampaignSocket.may_hear`)."""
    event_published(campaign_id, message)
    group, body = campaign_group(campaign_id), push_message(message)
    transaction.on_commit(lambda: _send_now(group, body))


class TokenBucket:
    """`burst` messages at once, refilled at `per_second`: a client that keeps sending faster is refused."""

    def __init__(self, *, burst: int, per_second: float) -> None:
        self.burst, self.per_second = burst, per_second
        self.tokens, self.filled_at = float(burst), time.monotonic()

    def take(self) -> bool:
        now = time.monotonic()
        self.tokens = min(float(self.burst), self.tokens + (now - self.filled_at) * self.per_second)
        self.filled_at = now
        if self.tokens < 1:
            return False
        self.tokens -= 1
        return True


def _finite(text: str) -> float:
    """A JSON number as a float, refused when it overflows (1e400): it would be echoed back as Infinity, which no
    JSON parser (a browser's JSON.parse) reads."""
    value = float(text)
    if not math.isfinite(value):
        raise ValueError("a number out of range")
    return value


def _not_json(constant: str) -> Any:
    """NaN, Infinity, -Infinity: Python's json reads them, JSON has no such tokens."""
    raise ValueError(f"{constant} is not JSON")


class CampaignSocket(AsyncJsonWebsocketConsumer):
    """A campaign's WebSocket at ws/campaigns/<campaign_id>/...: members only, and every frame a client sends is
    checked before a handler sees it: at most MESSAGE_BURST at once and MESSAGES_PER_SECOND after (per
    connection), at most MAX_FRAME_BYTES (checked before parsing), a JSON object (else an error answers it and
    one log line without a traceback records it), and from a user who is still a member: access is re-read at
    most every ACCESS_SECONDS, and a user who lost it is told so and disconnected (4403). Subclasses handle
    `receive_json(content)` and may extend `admitted()`; `self.campaign` and `self.role` hold the user's access."""

    MAX_FRAME_BYTES = 64 * 1024
    # A person judges about one task a second; a script that waits for each answer (an integration, the
    # end-to-end test) sends 25-50 a second here. A flood that does not wait is cut to 50 a second after 100.
    MESSAGE_BURST = 100
    MESSAGES_PER_SECOND = 50.0
    ACCESS_SECONDS = 10.0

    async def connect(self) -> None:
        remember_loop(asyncio.get_running_loop())
        self.campaign_id = int(self.scope["url_route"]["kwargs"]["campaign_id"])
        self.bucket = TokenBucket(burst=self.MESSAGE_BURST, per_second=self.MESSAGES_PER_SECOND)
        if not await self._read_access():
            await self.close(code=DENIED)
            return
        await self.admitted()

    @property
    def user(self) -> Any:
        return self.scope.get("user")

    async def admitted(self) -> None:
        """The user may connect: accept the connection (and, in a subclass, what comes with it)."""
        await self.accept()

    async def receive(self, text_data: str | None = None, bytes_data: bytes | None = None, **kwargs: Any) -> None:
        if not self.bucket.take():
            detail = f"Too many messages: at most {self.MESSAGES_PER_SECOND:g} a second. Wait, then send again."
            await self.refuse(detail, field="rate")
            return
        size = len(text_data.encode()) if text_data is not None else len(bytes_data or b"")
        if size > self.MAX_FRAME_BYTES:
            self._log_refused("over-large", f"{size} bytes")
            await self.refuse(f"Message too large: {size} bytes; at most {self.MAX_FRAME_BYTES} bytes.", field="frame")
            return
        content = await self._parsed(text_data)
        if content is not None and await self.access_current():
            await self.receive_json(content, **kwargs)

    async def _parsed(self, text_data: str | None) -> dict | None:
        """The frame's JSON object; else None, with the client told why."""
        if text_data is None:
            self._log_refused("malformed", "a binary frame")
            await self.refuse("Send text frames holding a JSON object, not binary ones.")
            return None
        try:
            content = json.loads(text_data, parse_float=_finite, parse_constant=_not_json)
        except (ValueError, RecursionError) as exc:  # RecursionError: nested too deep to read
            self._log_refused("malformed", type(exc).__name__)
            await self.refuse("Malformed message: it is not JSON.")
            return None
        if not isinstance(content, dict):
            self._log_refused("malformed", f"a JSON {type(content).__name__}")
            await self.refuse('A message is a JSON object: {"type": ...}.')
            return None
        return content

    def _log_refused(self, what: str, why: str) -> None:
        user_id = getattr(self.user, "pk", None)
        logger.warning("%s frame refused on %s from user %s: %s", what, self.scope.get("path"), user_id, why)

    async def refuse(self, detail: str, **extra: Any) -> None:
        await self.send_json({"type": "error", "detail": detail, **extra})

    async def access_current(self) -> bool:
        """Whether the user may still use the socket: re-read at most every ACCESS_SECONDS. A user removed from
        the campaign is told so and disconnected; what is still queued for the connection is dropped."""
        if not self._allowed:
            return False
        if time.monotonic() - self._access_read_at < self.ACCESS_SECONDS or await self._read_access():
            return True
        await self.refuse("You are no longer a member of this campaign.")
        await self.close(code=DENIED)
        return False

    async def _read_access(self) -> bool:
        access = await database_sync_to_async(self._access, thread_sensitive=False)()
        self._access_read_at, self._allowed = time.monotonic(), access is not None
        if access is not None:
            self.campaign, self.role = access
        return self._allowed

    def _access(self) -> tuple[Any, str] | None:
        """(campaign, role) while the user is a member, through the one campaign access rule; else None."""
        user = self.user
        if user is None or not user.is_authenticated:
            return None
        try:
            return access_campaign(user, self.campaign_id, role=ADMIN), ADMIN
        except Forbidden:
            pass
        except ApplicationError:
            return None
        try:
            return access_campaign(user, self.campaign_id), REVIEWER
        except ApplicationError:
            return None

    def may_hear(self, message: dict[str, Any]) -> bool:
        """An event for every member, or an admin-only one and the user is an admin. An event that says nothing
        of its audience is taken as admin-only."""
        return message.get("audience") == MEMBERS or self.role == ADMIN
