"""An httpx session with token auth, retries with exponential backoff, and error bodies mapped to TuneloopError."""

from __future__ import annotations

import email.utils
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import httpx

from tuneloop_client.errors import TuneloopError

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
# A POST may have done its work before a 500/502/504 came back; 429 and 503 say it was turned away at the door.
UNSAFE_RETRY_STATUSES = frozenset({429, 503})
IDEMPOTENT = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})


def retry_after_seconds(value: str | None) -> float | None:
    """Seconds a `Retry-After` header asks for: a number, or an HTTP date."""
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None  # unreadable: fall back to the backoff
    return max(0.0, parsed.timestamp() - time.time())


class Transport:
    """Sends requests to one server; retries what is safe to retry, raises TuneloopError for the rest."""

    def __init__(
        self,
        base_url: str,
        *,
        token: str | None = None,
        retries: int = 4,
        backoff: float = 0.5,
        max_backoff: float = 30.0,
        timeout: float = 60.0,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.retries, self.backoff, self.max_backoff, self.sleep = retries, backoff, max_backoff, sleep
        self.http = httpx.Client(base_url=self.base_url, timeout=timeout, headers={"Accept": "application/json"})
        self.set_token(token)

    def set_token(self, token: str | None) -> None:
        self.token = token
        self.http.headers.pop("Authorization", None)
        if token:
            self.http.headers["Authorization"] = f"Token {token}"

    def close(self) -> None:
        self.http.close()

    def delay(self, attempt: int, response: httpx.Response | None) -> float:
        """The server's Retry-After when it gave one, else exponential backoff: backoff * 2**attempt, capped."""
        asked = retry_after_seconds(response.headers.get("Retry-After")) if response is not None else None
        return min(asked if asked is not None else self.backoff * 2**attempt, self.max_backoff)

    def retryable(self, method: str, response: httpx.Response) -> bool:
        statuses = RETRY_STATUSES if method in IDEMPOTENT else UNSAFE_RETRY_STATUSES
        return response.status_code in statuses

    def send(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        """One request with retries; the response of a 2xx, else TuneloopError."""
        method = method.upper()
        for attempt in range(self.retries + 1):
            last = attempt == self.retries
            try:
                response = self.http.request(method, path, **kwargs)
            except (httpx.ConnectError, httpx.ConnectTimeout) as exc:  # never reached the server: safe to resend
                if last:
                    raise TuneloopError(f"cannot reach {self.base_url}: {exc}") from exc
                self.sleep(self.delay(attempt, None))
                continue
            except httpx.TransportError as exc:
                if last or method not in IDEMPOTENT:
                    raise TuneloopError(f"{method} {path} failed: {exc}") from exc
                self.sleep(self.delay(attempt, None))
                continue
            if response.is_success:
                return response
            if last or not self.retryable(method, response):
                raise error_from(response)
            self.sleep(self.delay(attempt, response))
        raise AssertionError("unreachable")

    def json(self, method: str, path: str, **kwargs: Any) -> Any:
        response = self.send(method, path, **kwargs)
        return response.json() if response.content else None

    @contextmanager
    def stream(self, path: str, params: dict[str, Any] | None = None) -> Iterator[httpx.Response]:
        """A GET whose body is read in chunks (exports); errors raised before the body is read."""
        with self.http.stream("GET", path, params=params) as response:
            if not response.is_success:
                response.read()
                raise error_from(response)
            yield response


def error_from(response: httpx.Response) -> TuneloopError:
    try:
        body: Any = response.json()
    except ValueError:
        body = response.text[:500]
    return TuneloopError.from_response(response.status_code, body, response.reason_phrase)
