"""REST endpoints to plant canaries in a campaign, list them, and audit where they appear."""

from __future__ import annotations

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema
from rest_framework import serializers, status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from labeling.models import Canary, Membership
from labeling.selectors import access_campaign
from labeling.services.canaries import MAX_LABEL, MAX_VALUES, canaries_plant, canary_audit, canary_list
from tuneloop.auth import request_user

ADMIN = Membership.Role.ADMIN


class CanaryOutput(serializers.ModelSerializer):
    """A canary as the API shows it: never its value, which is not stored anywhere."""

    class Meta:
        model = Canary
        fields = ["id", "label", "length", "created_at"]


class CanaryListApi(APIView):
    class InputSerializer(serializers.Serializer):
        values = serializers.ListField(
            child=serializers.CharField(trim_whitespace=False),
            min_length=1,
            max_length=MAX_VALUES,
            help_text="Fake identities (a name, an email, a phone number...), at least 6 letters or digits each. "
            "Only a keyed digest is kept.",
        )
        labels = serializers.ListField(
            child=serializers.CharField(allow_blank=True, max_length=MAX_LABEL),
            required=False,
            help_text="One per value, how reports name it; 'canary <n> (<k> chars)' when left out or blank.",
        )

        class Meta:
            ref_name = "CanaryPlantInput"

    @extend_schema(responses=CanaryOutput(many=True))
    def get(self, request: Request, campaign_id: int) -> Response:
        campaign = access_campaign(request.user, campaign_id, role=ADMIN)
        return Response(CanaryOutput(canary_list(campaign), many=True).data)

    @extend_schema(request=InputSerializer, responses={201: CanaryOutput(many=True)})
    def post(self, request: Request, campaign_id: int) -> Response:
        user = request_user(request)
        campaign = access_campaign(user, campaign_id, role=ADMIN)
        data = self.InputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        canaries = canaries_plant(campaign=campaign, user=user, **data.validated_data)
        return Response(CanaryOutput(canaries, many=True).data, status=status.HTTP_201_CREATED)


class CanaryAuditApi(APIView):
    """Scan the campaign's stored texts and export files for its canaries now (no model generation: use
    `manage.py pii_audit` for that). Reports where each one is, never the text around it."""

    @extend_schema(request=None, responses=OpenApiTypes.OBJECT)
    def post(self, request: Request, campaign_id: int) -> Response:
        campaign = access_campaign(request.user, campaign_id, role=ADMIN)
        return Response(canary_audit(campaign=campaign, generate=False))
