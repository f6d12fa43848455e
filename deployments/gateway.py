"""The OpenAI-compatible gateway under /v1/: models, chat completions, shadow inputs and feedback, per API key.

Existing clients (the `openai` package, LangChain, curl) work unchanged: `Authorization: Bearer <key>`, the
request and answer shapes of OpenAI's chat completions, errors as `{"error": {message, type, param, code}}`.
A key reaches its own deployment only; the model a request names must be that deployment's name.

The views are async so that concurrent requests wait on the model together (the built-in server batches
them); their blocking work (database, backend) runs on a thread pool. The answer goes back before the
request is stored: the recorder anonymizes and stores it after (deployments.services.recording).

`stream: true` answers as OpenAI streams (server-sent events of `chat.completion.chunk`, then `[DONE]`), but
only once the whole answer has passed the output-format and must-never checks: no unchecked word reaches the
caller, so the first chunk comes when the answer is complete.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import re
import time
from collections.abc import Awaitable, Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import partial
from typing import Any

from asgiref.sync import sync_to_async
from django.conf import settings
from django.db import close_old_connections
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.csrf import csrf_exempt

from deployments.models import ApiKey
from deployments.services.keys import key_authenticate
from deployments.services.recording import Record, recorder, request_id
from deployments.services.serving import Served, serve
from deployments.services.shadow import feedback_record, shadow_submit
from deployments.serving.types import ChatRequest
from tuneloop.exceptions import ApplicationError, NotFound

POOL = ThreadPoolExecutor(max_workers=64, thread_name_prefix="gateway")
MAX_MESSAGES, MAX_CHARS = 200, 200_000
_PIECE = re.compile(r"\s*\S+|\s+")  # a streamed chunk: a word with the spaces before it


@dataclass(frozen=True)
class EventStream:
    """A streamed answer: the server-sent events' JSON payloads, in order (each sent as `data: ...`), then
    `data: [DONE]`."""

    events: list[dict[str, Any]]

    def lines(self) -> list[bytes]:
        return [f"data: {json.dumps(event)}\n\n".encode() for event in self.events] + [b"data: [DONE]\n\n"]


Body = dict[str, Any] | EventStream


class GatewayError(Exception):
    def __init__(self, status: int, message: str, *, kind: str, param: str | None = None, code: str | None = None):
        super().__init__(message)
        self.status, self.message, self.kind, self.param, self.code = status, message, kind, param, code

    def body(self) -> dict[str, Any]:
        return {"error": {"message": self.message, "type": self.kind, "param": self.param, "code": self.code}}


async def _off_loop(function: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """Run blocking work on the gateway's pool (on the calling thread under tests, whose database
    transaction other threads cannot see)."""
    if settings.DEPLOYMENTS_GATEWAY_INLINE:
        return await sync_to_async(partial(function, *args, **kwargs), thread_sensitive=True)()
    return await asyncio.get_running_loop().run_in_executor(POOL, partial(_with_connection, function, *args, **kwargs))


def _with_connection(function: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """As Django does around a request: a connection older than CONN_MAX_AGE (or broken) is closed before and
    after, so a pool thread never holds one for longer than the settings allow."""
    close_old_connections()
    try:
        return function(*args, **kwargs)
    finally:
        close_old_connections()


@dataclass(frozen=True)
class Call:
    """One HTTP request to the gateway, whatever carried it: Django's test client or the ASGI app."""

    method: str
    route: str  # the path after /v1/
    headers: Mapping[str, str]  # names in lower case
    body: bytes


def _authenticate(call: Call) -> ApiKey:
    scheme, _, secret = call.headers.get("authorization", "").partition(" ")
    key = key_authenticate(secret.strip()) if scheme.lower() == "bearer" and secret else None
    if key is None:
        raise GatewayError(401, "Invalid or revoked API key.", kind="invalid_request_error", code="invalid_api_key")
    return key


def _body(call: Call) -> dict[str, Any]:
    try:
        body = json.loads(call.body or b"{}")
    except (json.JSONDecodeError, UnicodeDecodeError) as bad:
        raise GatewayError(400, f"The body is not JSON: {bad}.", kind="invalid_request_error") from None
    if not isinstance(body, dict):
        raise GatewayError(400, "The body is a JSON object.", kind="invalid_request_error")
    return body


def chat_request(body: dict[str, Any]) -> ChatRequest:
    """The OpenAI request's fields that matter here, checked; an error names the field."""
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages or len(messages) > MAX_MESSAGES:
        raise _invalid(f"messages is a list of 1 to {MAX_MESSAGES} {{role, content}} objects.", "messages")
    clean = []
    for index, message in enumerate(messages):
        content = message.get("content") if isinstance(message, dict) else None
        role = message.get("role") if isinstance(message, dict) else None
        if role not in ("system", "user", "assistant") or not isinstance(content, str):
            raise _invalid(
                "Each message has a role (system, user or assistant) and a text content.", f"messages[{index}]"
            )
        clean.append({"role": role, "content": content})
    if sum(len(message["content"]) for message in clean) > MAX_CHARS:
        raise _invalid(f"The messages hold more than {MAX_CHARS} characters.", "messages")
    if not isinstance(body.get("stream", False), bool):
        raise _invalid("stream is true or false.", "stream")
    options = body.get("stream_options")
    if options is not None and (not isinstance(options, dict) or not isinstance(options.get("include_usage"), bool)):
        raise _invalid('stream_options is {"include_usage": true or false}.', "stream_options")
    if body.get("n", 1) != 1:
        raise _invalid("Only n=1 is supported.", "n")
    max_tokens = body.get("max_completion_tokens", body.get("max_tokens", 256))
    temperature, top_p = body.get("temperature", 0.0), body.get("top_p", 1.0)
    _number(max_tokens, 1, 4096, "max_tokens", integer=True)
    _number(temperature, 0, 2, "temperature")
    _number(top_p, 0.000001, 1, "top_p")
    stop = body.get("stop")
    stop = [stop] if isinstance(stop, str) else stop
    if stop is not None and (not isinstance(stop, list) or not all(isinstance(s, str) for s in stop) or len(stop) > 4):
        raise _invalid("stop is a string or a list of up to 4 strings.", "stop")
    seed = body.get("seed")
    if seed is not None and (isinstance(seed, bool) or not isinstance(seed, int)):
        raise _invalid("seed is an integer.", "seed")
    return ChatRequest(
        clean, max_tokens=max_tokens, temperature=float(temperature), top_p=float(top_p), seed=seed, stop=stop
    )


def _number(value: Any, low: float, high: float, field: str, *, integer: bool = False) -> None:
    kinds = int if integer else (int, float)
    if isinstance(value, bool) or not isinstance(value, kinds) or not low <= value <= high:
        raise _invalid(f"{field} is {'an integer' if integer else 'a number'} from {low:g} to {high:g}.", field)


def _invalid(message: str, param: str) -> GatewayError:
    return GatewayError(400, message, kind="invalid_request_error", param=param)


def _caller(call: Call, body: dict[str, Any], key: ApiKey) -> str:
    """The sticky key of the limited rollout: OpenAI's `user` field, a header, or else the API key. Stored only
    as a digest."""
    return caller_digest(body.get("user") or call.headers.get("x-tuneloop-caller") or f"key-{key.id}")


def caller_digest(given: object) -> str:
    return hashlib.sha256(str(given).encode()).hexdigest()


async def handle(call: Call) -> tuple[int, Body]:
    """(status, JSON body) of one gateway request: the one entry of both transports."""
    view = ROUTES.get((call.method, call.route))
    if view is None:
        allowed = [method for method, route in ROUTES if route == call.route]
        status, message = (405, f"Use {', '.join(allowed)}.") if allowed else (404, f"No route /v1/{call.route}.")
        return status, GatewayError(status, message, kind="invalid_request_error").body()
    try:
        return await view(call)
    except GatewayError as error:
        return error.status, error.body()
    except NotFound as error:
        return 404, GatewayError(404, error.message, kind="not_found_error", param=error.field).body()
    except ApplicationError as error:
        return 400, GatewayError(400, error.message, kind="invalid_request_error", param=error.field).body()


async def models(call: Call) -> tuple[int, dict[str, Any]]:
    """GET /v1/models: the key's deployment, as the one model it may name."""
    key = await _off_loop(_authenticate, call)
    created = int(key.deployment.created_at.timestamp())
    model = {"id": key.deployment.name, "object": "model", "created": created, "owned_by": "tuneloop"}
    return 200, {"object": "list", "data": [model]}


async def chat_completions(call: Call) -> tuple[int, Body]:
    """POST /v1/chat/completions: the blocking part (key, routing, the model, the checks) in one hop to the pool."""
    key, served, record, body = await _off_loop(_chat, call)
    if settings.DEPLOYMENTS_RECORD_INLINE:
        await _off_loop(recorder.submit, record)  # it writes to the database before returning
    else:
        recorder.submit(record)  # a queue hand-off
    if served.completion is None:
        reason = "The request was routed to people" + (f" ({served.status}: {served.error})" if served.error else "")
        message = f"{reason}; request id {record.request_id}."
        raise GatewayError(503, message, kind="routed_to_people", code=served.status)
    answer = _completion_body(record.request_id, key.deployment.name, served)
    if body.get("stream"):
        usage = bool((body.get("stream_options") or {}).get("include_usage"))
        return 200, EventStream(completion_chunks(answer, usage=usage))
    return 200, answer


def completion_chunks(answer: dict[str, Any], *, usage: bool) -> list[dict[str, Any]]:
    """The checked answer as OpenAI's stream: the role, the text word by word, the finish reason, and with
    `include_usage` a last chunk with the usage and no choices."""
    [choice] = answer["choices"]
    head = {key: answer[key] for key in ("id", "created", "model", "tuneloop")} | {"object": "chat.completion.chunk"}

    def chunk(delta: dict[str, str], finish: str | None = None) -> dict[str, Any]:
        return head | {"choices": [{"index": 0, "delta": delta, "finish_reason": finish, "logprobs": None}]}

    pieces = _PIECE.findall(choice["message"]["content"])
    events = [chunk({"role": "assistant", "content": ""}), *(chunk({"content": piece}) for piece in pieces)]
    events.append(chunk({}, choice["finish_reason"]))
    return events + ([head | {"choices": [], "usage": answer["usage"]}] if usage else [])


def _chat(call: Call) -> tuple[ApiKey, Served, Record, dict[str, Any]]:
    key = _authenticate(call)
    body = _body(call)
    deployment = key.deployment
    if body.get("model") not in (None, deployment.name):
        raise GatewayError(
            404,
            f"The model '{body.get('model')}' does not exist or this key cannot use it.",
            kind="invalid_request_error",
            param="model",
            code="model_not_found",
        )
    chat = chat_request(body)
    caller = _caller(call, body, key)
    served = serve(deployment, key, chat, caller)
    return key, served, Record(deployment.id, key.id, request_id(), caller, chat.messages, served), body


def _completion_body(rid: str, model: str, served: Served) -> dict[str, Any]:
    completion = served.completion
    assert completion is not None
    usage = {
        "prompt_tokens": completion.prompt_tokens,
        "completion_tokens": completion.completion_tokens,
        "total_tokens": completion.prompt_tokens + completion.completion_tokens,
    }
    choice = {
        "index": 0,
        "message": {"role": "assistant", "content": completion.text},
        "finish_reason": completion.finish_reason,
        "logprobs": None,
    }
    return {
        "id": rid,
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [choice],
        "usage": usage,
        "tuneloop": {"served_by": served.role, "status": served.status, "attempts": served.attempts},
    }


async def shadow(call: Call) -> tuple[int, dict[str, Any]]:
    """POST /v1/shadow: an input the caller's own process decides; the model answers it in the background."""
    key = await _off_loop(_authenticate, call)
    body = _body(call)
    chat = chat_request({"messages": body.get("messages")})
    row = await _off_loop(shadow_submit, key=key, messages=chat.messages, caller=_caller(call, body, key))
    return 202, {"id": row.request_id, "object": "shadow.request", "status": "queued"}


async def feedback(call: Call) -> tuple[int, dict[str, Any]]:
    """POST /v1/feedback: the final human decision on a request (served or shadowed) of this key."""
    key = await _off_loop(_authenticate, call)
    body = _body(call)
    seconds = body.get("seconds_spent")
    if seconds is not None:
        _number(seconds, 0, 86_400, "seconds_spent")
    if not isinstance(body.get("request_id"), str):
        raise _invalid("request_id is the id a completion or shadow request answered with.", "request_id")
    item = await _off_loop(
        feedback_record, key=key, request_id=body["request_id"], decision=body.get("decision"), seconds_spent=seconds
    )
    return 201, {"request_id": body["request_id"], "corrected": item.corrected, "scores": item.scores}


ROUTES: dict[tuple[str, str], Callable[[Call], Awaitable[tuple[int, Body]]]] = {
    ("GET", "models"): models,
    ("POST", "chat/completions"): chat_completions,
    ("POST", "shadow"): shadow,
    ("POST", "feedback"): feedback,
}


@csrf_exempt
async def django_view(request: HttpRequest, route: str) -> HttpResponse:
    """The gateway as a Django view: what the URL conf (and so the permission matrix and the test client) sees.
    In a served process tuneloop.asgi hands /v1/ to deployments.asgi first, which skips Django's middleware."""
    headers = {name.lower(): value for name, value in request.headers.items()}
    status, body = await handle(Call(request.method or "GET", route, headers, request.body))
    if isinstance(body, EventStream):
        return HttpResponse(b"".join(body.lines()), status=status, headers=STREAM_HEADERS)
    return JsonResponse(body, status=status)


STREAM_HEADERS = {"Content-Type": "text/event-stream", "Cache-Control": "no-cache"}
