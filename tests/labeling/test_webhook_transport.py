"""Webhook transport against DNS rebinding: the connection goes to the address that passed the SSRF check, not
to whatever a second lookup of the name answers, and the request still names the URL's host."""

from __future__ import annotations

import ipaddress
import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest

from labeling.webhooks import transport

PUBLIC, PRIVATE = "93.184.216.34", "127.0.0.1"


class RebindingResolver:
    """getaddrinfo as a rebinding attacker's DNS serves it: `answers[name]` in turn (the last one repeats), an IP
    literal as itself, and every lookup of a name recorded."""

    def __init__(self, answers: dict[str, list[str]]) -> None:
        self.answers = answers
        self.lookups: list[str] = []

    def __call__(self, host: Any, port: Any, *args: Any, **kwargs: Any) -> list[tuple]:
        host = host.decode() if isinstance(host, bytes) else str(host)
        try:
            address = str(ipaddress.ip_address(host))
        except ValueError:
            self.lookups.append(host)
            queue = self.answers[host]
            address = queue.pop(0) if len(queue) > 1 else queue[0]
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, int(port or 0)))]


@pytest.fixture
def connections(monkeypatch) -> list[str]:
    """The addresses TCP connections go to; none succeeds (no network here, and none is needed)."""
    connected: list[str] = []

    def create_connection(address: tuple[str, int], *args: Any, **kwargs: Any) -> socket.socket:
        for info in socket.getaddrinfo(address[0], address[1], 0, socket.SOCK_STREAM):  # as the real one does
            connected.append(info[4][0])
        raise ConnectionRefusedError("refused by the test")

    monkeypatch.setattr(socket, "create_connection", create_connection)
    return connected


def test_a_name_rebound_to_a_private_address_after_the_check_is_not_connected_to(
    settings, monkeypatch, connections
) -> None:
    settings.WEBHOOK_ALLOW_PRIVATE_URLS = False
    resolver = RebindingResolver({"rebind.example": [PUBLIC, PRIVATE]})
    monkeypatch.setattr(socket, "getaddrinfo", resolver)

    answer = transport.post("http://rebind.example/hook", b"{}", {"Content-Type": "application/json"})

    assert answer.status is None and "could not connect" in answer.error
    assert connections == [PUBLIC]  # the checked address; PRIVATE, the second answer, never
    assert resolver.lookups == ["rebind.example"]  # resolved once, for the check


def test_a_name_that_resolves_inside_at_the_check_is_refused_before_any_connection(
    settings, monkeypatch, connections
) -> None:
    settings.WEBHOOK_ALLOW_PRIVATE_URLS = False
    monkeypatch.setattr(socket, "getaddrinfo", RebindingResolver({"inside.example": [PRIVATE]}))

    answer = transport.post("http://inside.example/hook", b"{}", {})

    assert answer.status is None and "internal address (127.0.0.1)" in answer.error
    assert connections == []


def test_over_tls_the_pinned_request_keeps_the_host_name_for_sni_and_the_certificate(settings, monkeypatch) -> None:
    settings.WEBHOOK_ALLOW_PRIVATE_URLS = False
    monkeypatch.setattr(socket, "getaddrinfo", RebindingResolver({"hook.example": [PUBLIC, PRIVATE]}))
    sent: list[httpx.Request] = []

    def handle_request(self: httpx.HTTPTransport, request: httpx.Request) -> httpx.Response:
        sent.append(request)
        raise httpx.ConnectError("not in a test", request=request)

    monkeypatch.setattr(httpx.HTTPTransport, "handle_request", handle_request)

    transport.post("https://hook.example:8443/hook?x=1", b"{}", {})

    (request,) = sent
    assert (request.url.host, request.url.port, request.url.raw_path) == (PUBLIC, 8443, b"/hook?x=1")
    assert request.headers["host"] == "hook.example:8443"
    assert request.extensions["sni_hostname"] == "hook.example"  # what TLS names and verifies the certificate for


@pytest.fixture
def receiver() -> Iterator[tuple[ThreadingHTTPServer, list[dict[str, str]]]]:
    """An HTTP server on loopback that records each request's headers and answers 204."""
    seen: list[dict[str, str]] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.rfile.read(int(self.headers["Content-Length"]))
            seen.append({key.lower(): value for key, value in self.headers.items()} | {"path": self.path})
            self.send_response(204)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server, seen
    server.shutdown()
    server.server_close()


def test_with_private_urls_allowed_a_named_receiver_on_loopback_gets_its_host_header(
    settings, monkeypatch, receiver
) -> None:
    settings.WEBHOOK_ALLOW_PRIVATE_URLS = True
    server, seen = receiver
    monkeypatch.setattr(socket, "getaddrinfo", RebindingResolver({"receiver.example": [PRIVATE]}))

    answer = transport.post(f"http://receiver.example:{server.server_port}/hook", b"{}", {"X-Test": "1"})

    assert answer.status == 204
    (headers,) = seen
    assert headers["host"] == f"receiver.example:{server.server_port}"
    assert (headers["path"], headers["x-test"]) == ("/hook", "1")
