"""The gateway's own ASGI transport: /v1/ requests go straight to `deployments.gateway.handle`.

Django runs its (synchronous) middleware around an async view by hopping to one shared thread per
middleware and back; nine of them serialized every gateway request of a process on that thread. The
gateway needs none of them (no session, no CSRF, no pages, no cookies): its key is its authentication.
This app keeps what matters of them for an API: the Host header checked against ALLOWED_HOSTS, a bounded
body, `nosniff`. Every other path goes to Django unchanged.
"""

from __future__ import annotations

import json
from typing import Any

from django.conf import settings
from django.http.request import split_domain_port, validate_host

from deployments.gateway import STREAM_HEADERS, Body, Call, EventStream, GatewayError, handle
from deployments.services.recording import recorder

PREFIX = "/v1/"
MAX_BODY = 2 * 1024 * 1024  # a chat request of MAX_CHARS characters, as JSON, with room to spare


class GatewayApp:
    """ASGI: `/v1/...` over HTTP to the gateway, anything else to `django_app`."""

    def __init__(self, django_app: Any) -> None:
        self.django_app = django_app
        if not settings.DEPLOYMENTS_RECORD_INLINE:
            recorder.warm_up()  # a served process: Presidio loads now, not on the first request

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http" or not scope["path"].startswith(PREFIX):
            await self.django_app(scope, receive, send)
            return
        headers = {name.decode("latin-1").lower(): value.decode("latin-1") for name, value in scope["headers"]}
        status, body = await self._answer(scope, headers, receive)
        if isinstance(body, EventStream):
            await _send_events(send, status, body)
        else:
            await _send_json(send, status, body)

    async def _answer(self, scope: dict[str, Any], headers: dict[str, str], receive: Any) -> tuple[int, Body]:
        domain, _ = split_domain_port(headers.get("host", ""))
        if not domain or not validate_host(domain, settings.ALLOWED_HOSTS):
            return 400, GatewayError(400, "Invalid Host header.", kind="invalid_request_error").body()
        body = await _read_body(receive)
        if body is None:
            return 413, GatewayError(413, f"The body is over {MAX_BODY} bytes.", kind="invalid_request_error").body()
        route = scope["path"][len(PREFIX) :].rstrip("/")
        return await handle(Call(scope["method"], route, headers, body))


async def _read_body(receive: Any) -> bytes | None:
    chunks, size = [], 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            return b""
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > MAX_BODY:
            return None
        chunks.append(chunk)
        if not message.get("more_body"):
            return b"".join(chunks)


async def _send_json(send: Any, status: int, body: dict) -> None:
    data = json.dumps(body).encode()
    headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(data)).encode()),
        (b"x-content-type-options", b"nosniff"),
    ]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": data})


async def _send_events(send: Any, status: int, stream: EventStream) -> None:
    """Server-sent events, one body message each (chunked transfer): clients read them as they come."""
    headers = [(name.lower().encode(), value.encode()) for name, value in STREAM_HEADERS.items()]
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [*headers, (b"x-content-type-options", b"nosniff")],
        }
    )
    for line in stream.lines():
        await send({"type": "http.response.body", "body": line, "more_body": True})
    await send({"type": "http.response.body", "body": b""})
