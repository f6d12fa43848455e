"""Who is asking: the user types selectors and services take, and the signed-in user of an API request."""

from __future__ import annotations

from typing import TypeAlias

from django.contrib.auth.models import AnonymousUser, User
from rest_framework.exceptions import NotAuthenticated
from rest_framework.request import Request

# Selectors that check access take either and give an anonymous user no access; services take a `User`.
AnyUser: TypeAlias = User | AnonymousUser


def request_user(request: Request) -> User:
    """The request's user; every API requires authentication, so an anonymous one is refused here too."""
    user = request.user
    if not isinstance(user, User):
        raise NotAuthenticated()
    return user
