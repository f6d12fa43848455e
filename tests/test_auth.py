"""The API's user helper: services only ever get a signed-in user."""

from __future__ import annotations

import pytest
from rest_framework.exceptions import NotAuthenticated
from rest_framework.request import Request
from rest_framework.test import APIRequestFactory, force_authenticate

from tests.factories import UserFactory
from tuneloop.auth import request_user

pytestmark = pytest.mark.django_db


def test_request_user_is_the_signed_in_user() -> None:
    user, http_request = UserFactory(), APIRequestFactory().get("/")
    force_authenticate(http_request, user=user)
    assert request_user(Request(http_request)) == user


def test_request_user_refuses_an_anonymous_request() -> None:
    with pytest.raises(NotAuthenticated):
        request_user(Request(APIRequestFactory().get("/")))
