"""The ground floor's one endpoint: API tokens, issued under a throttle and revoked by their owner."""

from __future__ import annotations

from typing import Any, cast

from django.conf import settings
from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.authentication import BaseAuthentication
from rest_framework.authtoken.serializers import AuthTokenSerializer
from rest_framework.exceptions import Throttled, ValidationError
from rest_framework.permissions import AllowAny, BasePermission, IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.settings import api_settings
from rest_framework.throttling import SimpleRateThrottle
from rest_framework.views import APIView

from tuneloop.auth import request_user, token_expires, token_issue, token_revoke


class TokenRateThrottle(SimpleRateThrottle):
    """Token requests per client address (DEFAULT_THROTTLE_RATES["auth-token"]), read when the view runs."""

    scope = "auth-token"

    def get_rate(self) -> str | None:
        # DRF binds the rates to the class when it is imported; reading them here lets settings change them.
        return cast("str | None", api_settings.DEFAULT_THROTTLE_RATES.get(self.scope))

    def get_cache_key(self, request: Request, view: Any) -> str | None:
        if request.method != "POST":
            return None
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}


class TokenApi(APIView):
    """POST a username and password for an API token; DELETE revokes the caller's token."""

    throttle_classes = [TokenRateThrottle]

    class InputSerializer(AuthTokenSerializer):
        pass

    class OutputSerializer(serializers.Serializer):
        token = serializers.CharField()
        expires = serializers.DateTimeField()

    def _asks_for_a_token(self) -> bool:
        return getattr(self.request, "method", None) == "POST"  # no request while the schema is generated

    def get_authenticators(self) -> list[BaseAuthentication]:
        # Asking for a token needs none: an expired one still sent along must not stop its renewal.
        return [] if self._asks_for_a_token() else super().get_authenticators()

    def get_permissions(self) -> list[BasePermission]:
        return [AllowAny()] if self._asks_for_a_token() else [IsAuthenticated()]

    @extend_schema(request=InputSerializer, responses=OutputSerializer, auth=[])
    def post(self, request: Request) -> Response:
        data = self.InputSerializer(data=request.data, context={"request": request})
        if not data.is_valid():
            # django-axes flags the request it was given (this DRF one) when the pair is locked out.
            if getattr(request, "axes_locked_out", False):
                raise Throttled(
                    wait=settings.AXES_COOLOFF_TIME.total_seconds(),
                    detail="Too many failed logins for this username from this address; try again later.",
                )
            raise ValidationError(data.errors)
        token = token_issue(user=data.validated_data["user"])
        return Response(self.OutputSerializer({"token": token.key, "expires": token_expires(token)}).data)

    @extend_schema(request=None, responses={204: None})
    def delete(self, request: Request) -> Response:
        token_revoke(user=request_user(request))
        return Response(status=204)
