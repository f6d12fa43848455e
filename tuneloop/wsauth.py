"""WebSocket auth: an API token (`Authorization: Token …` header or `?token=`), else the session."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs

from channels.auth import AuthMiddlewareStack
from channels.db import database_sync_to_async
from channels.middleware import BaseMiddleware


@database_sync_to_async
def _user_for_token(key: str) -> Any:
    from rest_framework.authtoken.models import Token

    token = Token.objects.select_related("user").filter(key=key).first()
    return token.user if token and token.user.is_active else None


def _token_from_scope(scope: dict) -> str | None:
    for name, value in scope.get("headers", []):
        if name == b"authorization" and value.startswith(b"Token "):
            return value[6:].decode()
    query = parse_qs(scope.get("query_string", b"").decode())
    return query.get("token", [None])[0]


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
