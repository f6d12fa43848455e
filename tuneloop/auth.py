"""Who is asking: the user types selectors and services take, the signed-in user of an API request, and API
tokens that expire (TOKEN_TTL_HOURS) and can be revoked.

DRF imports the authentication class named in its settings while `rest_framework.views` loads, so this module
imports no view: the token endpoint is `tuneloop.apis.TokenApi`."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any, TypeAlias

from django.conf import settings
from django.contrib.auth.models import AnonymousUser, User
from django.db import IntegrityError, transaction
from django.utils import timezone
from rest_framework.authentication import TokenAuthentication
from rest_framework.authtoken.models import Token
from rest_framework.exceptions import AuthenticationFailed, NotAuthenticated
from rest_framework.request import Request

# Selectors that check access take either and give an anonymous user no access; services take a `User`.
AnyUser: TypeAlias = User | AnonymousUser


def request_user(request: Request) -> User:
    """The request's user; every API requires authentication, so an anonymous one is refused here too."""
    user = request.user
    if not isinstance(user, User):
        raise NotAuthenticated()
    return user


def token_expires(token: Token) -> datetime:
    return token.created + timedelta(hours=settings.TOKEN_TTL_HOURS)


def token_user(key: str) -> User | None:
    """The active user whose unexpired token this is, else None (the WebSocket handshake's check)."""
    token = Token.objects.select_related("user").filter(key=key).first()
    if token is None or not token.user.is_active or token_expires(token) <= timezone.now():
        return None
    return token.user


def token_issue(*, user: User) -> Token:
    """The user's token; a new key once the old one has expired."""
    token = Token.objects.filter(user=user).first()
    if token is not None and token_expires(token) > timezone.now():
        return token
    try:
        with transaction.atomic():
            Token.objects.filter(user=user).delete()
            return Token.objects.create(user=user)
    except IntegrityError:  # issued by a concurrent request for the same user
        return Token.objects.get(user=user)


def token_revoke(*, user: User) -> None:
    Token.objects.filter(user=user).delete()


class ExpiringTokenAuthentication(TokenAuthentication):
    """`Authorization: Token <key>`, refused once the token is older than TOKEN_TTL_HOURS."""

    def authenticate_credentials(self, key: str) -> tuple[Any, Any]:
        user, token = super().authenticate_credentials(key)
        if token_expires(token) <= timezone.now():
            raise AuthenticationFailed("Token has expired; get a new one with POST /api/auth/token/.")
        return user, token
