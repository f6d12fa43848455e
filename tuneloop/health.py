"""GET /healthz (the process is up) and GET /readyz (database, broker, channel layer, workers): no login needed."""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import Awaitable, Callable
from urllib.parse import urlsplit

import pika
import redis
from asgiref.sync import sync_to_async
from channels.layers import get_channel_layer
from django.conf import settings
from django.db import connection
from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from tuneloop.workers import workers_seen


class CheckFailed(Exception):
    """A check's dependency answered wrongly; the message is the reason shown (never a host or a secret)."""


@never_cache
@require_safe
def healthz(request: HttpRequest) -> JsonResponse:
    """The process is up and serving: no database, no broker, no login."""
    return JsonResponse({"status": "ok"})


@never_cache
@require_safe
async def readyz(request: HttpRequest) -> JsonResponse:
    """Every dependency answers: 200, else 503. Each check is named with ok / failed and a short reason."""
    names = list(CHECKS)
    results = await asyncio.gather(*(_run(CHECKS[name]) for name in names))
    checks = dict(zip(names, results, strict=True))
    ready = all(check["status"] == "ok" for check in checks.values())
    return JsonResponse({"status": "ok" if ready else "failed", "checks": checks}, status=200 if ready else 503)


async def _run(check: Callable[[], Awaitable[str]]) -> dict[str, str]:
    """A check's outcome; an exception's type is reported, never its message (it may name a host or a URL)."""
    try:
        reason = await asyncio.wait_for(check(), timeout=settings.READY_CHECK_TIMEOUT_SECONDS)
    except CheckFailed as exc:
        return {"status": "failed", "reason": str(exc)}
    except TimeoutError:
        return {"status": "failed", "reason": f"no answer in {settings.READY_CHECK_TIMEOUT_SECONDS:g} s"}
    except Exception as exc:
        return {"status": "failed", "reason": f"unreachable ({type(exc).__name__})"}
    return {"status": "ok", "reason": reason}


async def check_database() -> str:
    return await sync_to_async(_select_one)()


def _select_one() -> str:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        if cursor.fetchone() != (1,):
            raise CheckFailed("SELECT 1 answered wrongly")
    return f"{connection.vendor} answers"


async def check_broker() -> str:
    if settings.EMBEDDED_WORKER:
        return "embedded (in-process worker, no broker)"
    return await sync_to_async(_broker_ping, thread_sensitive=False)(settings.BROKER_URL)


def _broker_ping(url: str) -> str:
    """Open a connection of our own: the worker's broker object is not where the server's state shows."""
    timeout = settings.READY_CHECK_TIMEOUT_SECONDS
    scheme = urlsplit(url).scheme
    if scheme.startswith("redis"):
        client = redis.Redis.from_url(url, socket_connect_timeout=timeout, socket_timeout=timeout)
        try:
            client.ping()
        finally:
            client.close()
        return "redis answers"
    parameters = pika.URLParameters(url)
    parameters.connection_attempts, parameters.socket_timeout = 1, timeout
    pika.BlockingConnection(parameters).close()
    return "rabbitmq answers"


async def check_channel_layer() -> str:
    """Send a message to a channel of our own and read it back."""
    layer = get_channel_layer()
    if layer is None:
        raise CheckFailed("no channel layer configured")
    channel, token = f"readyz.{secrets.token_hex(8)}", secrets.token_hex(8)
    await layer.send(channel, {"type": "readyz.ping", "token": token})
    message = await layer.receive(channel)
    if message.get("token") != token:
        raise CheckFailed("a different message came back")
    return f"{type(layer).__name__} round trip"


async def check_workers() -> str:
    if settings.EMBEDDED_WORKER:
        return "embedded (in-process worker)"
    within = settings.WORKER_SEEN_SECONDS
    seen = await sync_to_async(workers_seen)(within=within)
    if not seen:
        raise CheckFailed(f"no worker seen in {within:g} s")
    queues = sorted({queue for row, _ in seen for queue in row.split(",") if queue})
    return f"{len(seen)} seen in the last {within:g} s, queues: {', '.join(queues) or 'none'}"


CHECKS: dict[str, Callable[[], Awaitable[str]]] = {
    "database": check_database,
    "broker": check_broker,
    "channel_layer": check_channel_layer,
    "workers": check_workers,
}
