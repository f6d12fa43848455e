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
    return checked_address(host, port)[1]


def checked_address(host: str, port: int) -> tuple[str, str]:
    """(the address to connect to, "") once `host` resolves and passes the check; ("", why) when refused.

    One resolution answers both: the caller connects to this address, never resolves the name again."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError):
        infos = []
    if not infos:
        return "", f"The host {host!r} does not resolve."
    addresses = [ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in infos]
    if not settings.WEBHOOK_ALLOW_PRIVATE_URLS:
        for address in addresses:
            if not address.is_global or address.is_multicast:
                why = (
                    f"The host {host!r} resolves to an internal address ({address}); webhooks go to public hosts only."
                )
                return "", why
    return str(addresses[0]), ""


def post(url: str, body: bytes, headers: dict[str, str]) -> Answer:
    """POST once, redirects not followed (a redirect could lead inside), the answer's body never read.

    The connection goes to the address that passed the check (against DNS rebinding: a name that answers a
    public address to the check and an internal one to a second lookup), while the request keeps the URL's host
    name in its Host header and, over TLS, in SNI and the certificate's verification."""
    original = httpx.URL(url)
    parts = urlsplit(url)
    address, refused = checked_address(parts.hostname or "", parts.port or (443 if parts.scheme == "https" else 80))
    if refused:
        return Answer(None, refused)
    pinned = original.copy_with(host=address)
    extensions = {"sni_hostname": original.raw_host.decode("ascii")} if original.scheme == "https" else {}
    headers = {**headers, "Host": original.netloc.decode("ascii")}
    timeout = settings.WEBHOOK_TIMEOUT_SECONDS
    try:
        # No proxy from the environment: the address checked above must be the one connected to.
        with (
            httpx.Client(timeout=timeout, follow_redirects=False, trust_env=False) as client,
            client.stream("POST", pinned, content=body, headers=headers, extensions=extensions) as response,
        ):
            return Answer(response.status_code)
    except httpx.TimeoutException:
        return Answer(None, f"No answer within {timeout:g} s.")
    except httpx.HTTPError as error:
        return Answer(None, f"{type(error).__name__}: could not connect or send.")
