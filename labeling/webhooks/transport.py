"""Webhook HTTP: which URLs may receive deliveries (no internal addresses, against SSRF) and one POST."""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx
from django.conf import settings

from tuneloop.exceptions import ApplicationError


@dataclass(frozen=True)
class Answer:
    """What one attempt got: the HTTP status, or the error that stopped it (short, no secrets)."""

    status: int | None
    error: str = ""


def url_check(url: str) -> None:
    """Refuse a URL that is not http(s), has no host, or whose host resolves to an internal address."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ApplicationError("Give an http:// or https:// URL with a host.", field="url")
    refused = address_refused(parts.hostname, parts.port or (443 if parts.scheme == "https" else 80))
    if refused:
        raise ApplicationError(refused, field="url")


def address_refused(host: str, port: int) -> str:
    """Why `host` may not receive deliveries ("" if it may): it does not resolve, or one of its addresses is
    loopback, private, link-local or otherwise internal and settings.WEBHOOK_ALLOW_PRIVATE_URLS is off."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError):
        return f"The host {host!r} does not resolve."
    if settings.WEBHOOK_ALLOW_PRIVATE_URLS:
        return ""
    for info in infos:
        address = ipaddress.ip_address(str(info[4][0]).split("%")[0])
        if not address.is_global or address.is_multicast:
            return f"The host {host!r} resolves to an internal address ({address}); webhooks go to public hosts only."
    return ""


def post(url: str, body: bytes, headers: dict[str, str]) -> Answer:
    """POST once, redirects not followed (a redirect could lead inside), the answer's body never read."""
    parts = urlsplit(url)
    refused = address_refused(parts.hostname or "", parts.port or (443 if parts.scheme == "https" else 80))
    if refused:
        return Answer(None, refused)
    timeout = settings.WEBHOOK_TIMEOUT_SECONDS
    try:
        # No proxy from the environment: the address checked above must be the one connected to.
        with (
            httpx.Client(timeout=timeout, follow_redirects=False, trust_env=False) as client,
            client.stream("POST", url, content=body, headers=headers) as response,
        ):
            return Answer(response.status_code)
    except httpx.TimeoutException:
        return Answer(None, f"No answer within {timeout:g} s.")
    except httpx.HTTPError as error:
        return Answer(None, f"{type(error).__name__}: could not connect or send.")
