"""Backends the gateway calls: the built-in batcher in this process, or any OpenAI-compatible engine over HTTP."""

from __future__ import annotations

import threading
from dataclasses import replace
from typing import TYPE_CHECKING, Any, Protocol

import httpx

from deployments.serving.types import BackendError, ChatRequest, Completion

if TYPE_CHECKING:  # torch and transformers load with the first local model, not with every web process
    from deployments.serving.batching import DynamicBatcher

_engines: dict[tuple[str, str | None], DynamicBatcher] = {}
_loading: dict[tuple[str, str | None], threading.Lock] = {}
_engines_lock = threading.Lock()
_client: httpx.Client | None = None
_client_lock = threading.Lock()


class Backend(Protocol):
    def complete(self, request: ChatRequest) -> Completion: ...


def engine_for(
    model_path: str, adapter_dir: str | None = None, *, max_batch: int = 16, max_wait_ms: float = 5.0
) -> DynamicBatcher:
    """The one DynamicBatcher of this process for (model_path, adapter_dir), loaded on first use.

    The first caller's max_batch and max_wait_ms hold for the life of the engine. Loading one model does
    not hold up requests to another: each key has its own lock.
    """
    key = (model_path, adapter_dir)
    with _engines_lock:
        engine = _engines.get(key)
        if engine is not None:
            return engine
        lock = _loading.setdefault(key, threading.Lock())
    with lock:
        with _engines_lock:
            engine = _engines.get(key)
        if engine is None:
            from deployments.serving.batching import DynamicBatcher  # heavy: torch, transformers

            engine = DynamicBatcher.load(model_path, adapter_dir, max_batch=max_batch, max_wait_ms=max_wait_ms)
            with _engines_lock:
                _engines[key] = engine
    return engine


def clear_engines() -> None:
    """Close and forget every loaded engine (tests; a process that must free its models)."""
    with _engines_lock:
        engines = list(_engines.values())
        _engines.clear()
        _loading.clear()
    for engine in engines:
        engine.close()


class InProcessBackend:
    """The built-in server inside this process: the shared engine of (model_path, adapter_dir), answers named `name`."""

    def __init__(
        self,
        model_path: str,
        adapter_dir: str | None = None,
        name: str = "model",
        max_batch: int = 16,
        max_wait_ms: float = 5.0,
        timeout: float = 300.0,
    ):
        self.model_path, self.adapter_dir, self.name = model_path, adapter_dir, name
        self.max_batch, self.max_wait_ms, self.timeout = max_batch, max_wait_ms, timeout

    def complete(self, request: ChatRequest) -> Completion:
        engine = engine_for(self.model_path, self.adapter_dir, max_batch=self.max_batch, max_wait_ms=self.max_wait_ms)
        return replace(engine.complete(request, timeout=self.timeout), model=self.name)


def shared_client() -> httpx.Client:
    """One keep-alive connection pool for every HttpBackend of the process (the gateway makes one per request)."""
    global _client
    with _client_lock:
        if _client is None:
            limits = httpx.Limits(max_connections=128, max_keepalive_connections=32)
            _client = httpx.Client(limits=limits, follow_redirects=False)
        return _client


class HttpBackend:
    """Any OpenAI-compatible engine (vLLM, the built-in server): POST {base_url}/v1/chat/completions."""

    def __init__(self, base_url: str, model: str, api_key: str | None = None, timeout: float = 60):
        self.url = base_url.rstrip("/") + "/v1/chat/completions"
        self.model, self.api_key, self.timeout = model, api_key, timeout

    def complete(self, request: ChatRequest) -> Completion:
        headers = {"Authorization": f"Bearer {self.api_key}"} if self.api_key else {}
        try:
            response = shared_client().post(self.url, json=self.body(request), headers=headers, timeout=self.timeout)
        except httpx.TransportError as error:  # refused, reset, timed out
            raise BackendError(f"{self.url}: {type(error).__name__}: {error}", retryable=True) from error
        if response.status_code >= 400:
            retryable = response.status_code == 429 or response.status_code >= 500
            message = f"{self.url} answered {response.status_code}: {error_message(response)}"
            raise BackendError(message, retryable=retryable)
        return self.parse(response)

    def body(self, request: ChatRequest) -> dict[str, Any]:
        body: dict[str, Any] = {
            "model": self.model,
            "messages": request.messages,
            "max_tokens": request.max_tokens,
            "temperature": request.temperature,
            "top_p": request.top_p,
        }
        if request.seed is not None:
            body["seed"] = request.seed
        if request.stop:
            body["stop"] = request.stop
        return body

    def parse(self, response: httpx.Response) -> Completion:
        try:
            data = response.json()
            choice, usage = data["choices"][0], data["usage"]
            return Completion(
                text=choice["message"]["content"] or "",
                prompt_tokens=int(usage["prompt_tokens"]),
                completion_tokens=int(usage["completion_tokens"]),
                finish_reason=choice.get("finish_reason") or "stop",
                model=data.get("model") or self.model,
            )
        except (ValueError, KeyError, IndexError, TypeError) as error:
            raise BackendError(
                f"{self.url} answered no chat completion: {response.text[:200]}", retryable=False
            ) from error


def error_message(response: httpx.Response) -> str:
    """The engine's own words: OpenAI's {"error": {"message"}}, vLLM's {"detail"} or {"message"}, else the text."""
    try:
        data = response.json()
    except ValueError:
        return response.text[:500] or response.reason_phrase
    if isinstance(data, dict):
        error = data.get("error")
        if isinstance(error, dict) and error.get("message"):
            return str(error["message"])
        for field in ("message", "detail", "error"):
            if data.get(field):
                return str(data[field])
    return response.text[:500]
