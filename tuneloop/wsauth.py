"""WebSocket auth: the session (browsers), or an unexpired API token in the `Authorization: Token …` header.

Never a token in the URL: query strings end up in proxy and server logs."""

from __future__ import annotations

from typing import Any

from channels.auth import AuthMiddlewareStack
from channels.db import database_sync_to_async
from channels.middleware import BaseMiddleware


@database_sync_to_async
def _user_for_token(key: str) -> Any:
    from tuneloop.auth import token_user

    return token_user(key)


def _token_from_scope(scope: dict) -> str | None:
    for name, value in scope.get("headers", []):
        if name == b"authorization" and value.startswith(b"Token "):
            return value[6:].decode()
    return None


class TokenAuthMiddleware(BaseMiddleware):
    async def __call__(self, scope: dict, receive: Any, send: Any) -> Any:
        key = _token_from_scope(scope)
        if key:
            user = await _user_for_token(key)
            if user is not None:
                scope = {**scope, "user": user}
        return await super().__call__(scope, receive, send)


def TokenOrSessionAuthStack(inner: Any) -> Any:
    # The session stack runs first and sets an anonymous user; a valid token then overrides it.
    return AuthMiddlewareStack(TokenAuthMiddleware(inner))
