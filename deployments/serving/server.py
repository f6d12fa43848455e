"""The built-in model server: OpenAI's chat completions API over HTTP/1.1 keep-alive, in front of a DynamicBatcher.

Endpoints: `GET /health`, `GET /v1/models`, `POST /v1/chat/completions` (no streaming yet: `stream: true` is
refused with a 400). One thread per connection waits on the batcher, which answers the requests of all
connections in batches. Defaults follow OpenAI (temperature 1, top_p 1) except max_tokens: 128 when not sent.
Errors have OpenAI's shape, `{"error": {"message", "type", "param", "code"}}`, with the field named in `param`.
"""

from __future__ import annotations

import contextlib
import hmac
import json
import logging
import socket
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from deployments.serving.batching import DynamicBatcher
from deployments.serving.types import BackendError, ChatRequest, Completion

logger = logging.getLogger(__name__)
MAX_BODY_BYTES = 4 * 1024 * 1024
MAX_TOKENS_LIMIT = 4096
MAX_STOP_STRINGS = 4
ROLES = {"system": "system", "developer": "system", "user": "user", "assistant": "assistant"}


class ApiError(Exception):
    """An answer other than 200, in OpenAI's error shape."""

    def __init__(
        self, status: int, message: str, *, param: str | None = None, code: str | None = None, kind: str = ""
    ) -> None:
        super().__init__(message)
        self.status, self.message, self.param, self.code = status, message, param, code
        self.kind = kind or ("server_error" if status >= 500 else "invalid_request_error")

    def payload(self) -> dict[str, Any]:
        return {"error": {"message": self.message, "type": self.kind, "param": self.param, "code": self.code}}


class ModelServer(ThreadingHTTPServer):
    """Serves one batcher under one model name; `api_key` set means /v1 asks for `Authorization: Bearer <key>`."""

    daemon_threads = True  # a keep-alive connection left open never holds up shutdown
    request_queue_size = 128  # socketserver's 5 drops the SYNs of a burst of new clients: each waits 1 s to retry

    def __init__(
        self,
        address: tuple[str, int],
        batcher: DynamicBatcher,
        *,
        name: str,
        api_key: str | None = None,
        request_timeout: float = 300.0,
    ) -> None:
        self.batcher, self.name, self.api_key, self.request_timeout = batcher, name, api_key, request_timeout
        self.created = int(time.time())
        self._connections: set[socket.socket] = set()
        self._connections_lock = threading.Lock()
        super().__init__(address, Handler)

    def finish_request(self, request: Any, client_address: Any) -> None:
        with self._connections_lock:
            self._connections.add(request)
        try:
            super().finish_request(request, client_address)
        finally:
            with self._connections_lock:
                self._connections.discard(request)

    @property
    def url(self) -> str:
        host, port = self.socket.getsockname()[:2]
        return f"http://{host}:{port}"

    def stop(self) -> None:
        """Stop accepting, drop open keep-alive connections, close the socket; the batcher is its maker's to close."""
        self.shutdown()
        with self._connections_lock:
            connections = list(self._connections)
        for connection in connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)
        self.server_close()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    timeout = 120  # seconds an idle keep-alive connection is kept
    # Headers and body go out in two writes: with Nagle's algorithm on, the body waited for the client's delayed
    # ACK of the headers, about 40 ms per answer on a keep-alive connection (bench.serving_gateway).
    disable_nagle_algorithm = True
    server: ModelServer

    def do_GET(self) -> None:
        self._handle("GET")

    def do_POST(self) -> None:
        self._handle("POST")

    def log_message(self, format: str, *args: Any) -> None:
        logger.debug("%s " + format, self.address_string(), *args)

    def _handle(self, method: str) -> None:
        try:
            body = self._read_body()
            status, payload = 200, self._route(method, urlsplit(self.path).path.rstrip("/"), body)
        except ApiError as error:
            status, payload = error.status, error.payload()
        except Exception:  # a bug here must still answer, and keep the connection in step
            logger.exception("%s %s failed", method, self.path)
            status, payload = 500, ApiError(500, "internal error in the model server").payload()
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        if status == 401:
            self.send_header("WWW-Authenticate", "Bearer")
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(data)

    def _read_body(self) -> bytes:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            self.close_connection = True  # the body is left unread: this connection cannot go on
            raise ApiError(411, "send the body with a Content-Length, not chunked")
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if not 0 <= length <= MAX_BODY_BYTES:
            self.close_connection = True
            raise ApiError(413, f"the body must be at most {MAX_BODY_BYTES} bytes, with a valid Content-Length")
        return self.rfile.read(length)

    def _route(self, method: str, path: str, body: bytes) -> dict[str, Any]:
        routes = {"/health": "GET", "/v1/models": "GET", "/v1/chat/completions": "POST"}
        if path not in routes:
            raise ApiError(404, f"no such endpoint: {path or '/'}", code="not_found")
        if method != routes[path]:
            raise ApiError(405, f"{path} takes {routes[path]}, not {method}")
        if path == "/health":
            return {"status": "ok"}
        self._authenticate()
        if path == "/v1/models":
            return models_list(self.server)
        return self._chat(body)

    def _authenticate(self) -> None:
        key = self.server.api_key
        if key is None:
            return
        given = self.headers.get("Authorization", "")
        if not hmac.compare_digest(given.encode(), f"Bearer {key}".encode()):
            raise ApiError(
                401, "Incorrect or missing API key: send Authorization: Bearer <key>.", code="invalid_api_key"
            )

    def _chat(self, body: bytes) -> dict[str, Any]:
        try:
            data = json.loads(body or b"null")
        except ValueError as error:
            raise ApiError(400, f"the body is not valid JSON: {error}") from error
        request = parse_chat(data, self.server.name)
        try:
            completion = self.server.batcher.complete(request, timeout=self.server.request_timeout)
        except BackendError as error:
            raise backend_error(error) from error
        return chat_completion(completion, self.server.name)


def models_list(server: ModelServer) -> dict[str, Any]:
    model = {"id": server.name, "object": "model", "created": server.created, "owned_by": "tuneloop"}
    return {"object": "list", "data": [model]}


def chat_completion(completion: Completion, name: str) -> dict[str, Any]:
    """OpenAI's chat.completion object for one answer."""
    return {
        "id": f"chatcmpl-{uuid.uuid4().hex}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": name,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": completion.text},
                "logprobs": None,
                "finish_reason": completion.finish_reason,
            }
        ],
        "usage": {
            "prompt_tokens": completion.prompt_tokens,
            "completion_tokens": completion.completion_tokens,
            "total_tokens": completion.prompt_tokens + completion.completion_tokens,
        },
    }


def backend_error(error: BackendError) -> ApiError:
    """A bad prompt is the caller's 400; a retryable failure a 503; anything else the server's 500."""
    message = str(error)
    if message.startswith("messages:"):
        return ApiError(400, message, param="messages")
    if error.retryable:
        return ApiError(503, message, code="overloaded")
    return ApiError(500, message)


def parse_chat(body: Any, served: str) -> ChatRequest:
    """The ChatRequest a chat completions body asks for; ApiError naming the field that is wrong."""
    if not isinstance(body, dict):
        raise ApiError(400, "the body must be a JSON object")
    model = body.get("model")
    if not isinstance(model, str) or not model:
        raise ApiError(400, "model: required, the name of a served model (see /v1/models)", param="model")
    if model != served:
        message = f"The model `{model}` does not exist: this server serves `{served}`."
        raise ApiError(404, message, param="model", code="model_not_found")
    if body.get("stream"):
        raise ApiError(400, "stream: streaming is not supported yet; send stream: false", param="stream")
    if body.get("n") not in (None, 1):
        raise ApiError(400, "n: only one choice per request is supported", param="n")
    tokens_field = "max_completion_tokens" if body.get("max_completion_tokens") is not None else "max_tokens"
    return ChatRequest(
        messages=parse_messages(body.get("messages")),
        max_tokens=int(number(body, tokens_field, 128, low=1, high=MAX_TOKENS_LIMIT, integer=True)),
        temperature=number(body, "temperature", 1.0, low=0, high=2),
        top_p=number(body, "top_p", 1.0, low=0, high=1, above_low=True),
        seed=parse_seed(body.get("seed")),
        stop=parse_stop(body.get("stop")),
    )


def parse_messages(messages: Any) -> list[dict[str, str]]:
    """[{role, content}] with text content; a list of text parts is joined, the `developer` role is `system`."""
    if not isinstance(messages, list) or not messages:
        raise ApiError(400, "messages: required, a non-empty list of {role, content}", param="messages")
    parsed = []
    for index, message in enumerate(messages):
        where = f"messages[{index}]"
        if not isinstance(message, dict):
            raise ApiError(400, f"{where}: must be an object with role and content", param="messages")
        role, content = message.get("role"), message.get("content")
        if role not in ROLES:
            raise ApiError(400, f"{where}.role: must be one of {', '.join(ROLES)}", param="messages")
        if isinstance(content, list) and all(isinstance(p, dict) and p.get("type") == "text" for p in content):
            content = "".join(str(part.get("text", "")) for part in content)
        if not isinstance(content, str):
            raise ApiError(400, f"{where}.content: must be a string", param="messages")
        parsed.append({"role": ROLES[role], "content": content})
    return parsed


def number(
    body: dict[str, Any],
    field: str,
    default: float,
    *,
    low: float,
    high: float,
    integer: bool = False,
    above_low: bool = False,
) -> float:
    """body[field] (or `default` when absent or null), checked to lie in its range."""
    value = body.get(field)
    if value is None:
        return default
    kinds = (int,) if integer else (int, float)
    in_range = isinstance(value, kinds) and not isinstance(value, bool) and low <= value <= high
    if not in_range or (above_low and value == low):
        kind = "an integer" if integer else "a number"
        bounds = f"above {low:g} and at most {high:g}" if above_low else f"between {low:g} and {high:g}"
        raise ApiError(400, f"{field}: must be {kind} {bounds}", param=field)
    return value


def parse_seed(seed: Any) -> int | None:
    if seed is not None and (not isinstance(seed, int) or isinstance(seed, bool) or not 0 <= seed < 2**63):
        raise ApiError(400, "seed: must be a non-negative integer", param="seed")
    return seed


def parse_stop(stop: Any) -> list[str] | None:
    if stop is None:
        return None
    stops = [stop] if isinstance(stop, str) else stop
    if not isinstance(stops, list) or len(stops) > MAX_STOP_STRINGS or not all(isinstance(s, str) for s in stops):
        raise ApiError(400, f"stop: must be a string or a list of at most {MAX_STOP_STRINGS} strings", param="stop")
    return stops or None


def start_in_thread(
    batcher: DynamicBatcher, *, name: str | None = None, api_key: str | None = None, host: str = "127.0.0.1"
) -> tuple[ModelServer, str]:
    """(server, base url) of a server on a free port, run by a daemon thread; `server.stop()` ends it."""
    server = ModelServer((host, 0), batcher, name=name or batcher.name, api_key=api_key)
    threading.Thread(target=server.serve_forever, name=f"model-server-{server.name}", daemon=True).start()
    return server, server.url


def serve(
    model_path: str,
    adapter_dir: str | None = None,
    name: str | None = None,
    host: str = "127.0.0.1",
    port: int = 8001,
    max_batch: int = 16,
    max_wait_ms: float = 5.0,
    api_key: str | None = None,
) -> None:
    """Load the model and serve it until interrupted; its name defaults to the model folder's."""
    name = name or Path(model_path).name
    batcher = DynamicBatcher.load(model_path, adapter_dir, name=name, max_batch=max_batch, max_wait_ms=max_wait_ms)
    server = ModelServer((host, port), batcher, name=name, api_key=api_key)
    logger.info("serving %s at %s (max_batch %d, max_wait_ms %g)", name, server.url, max_batch, max_wait_ms)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        batcher.close()
