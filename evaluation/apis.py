"""REST endpoints for evaluation rounds and their reports."""

from __future__ import annotations

from drf_spectacular.utils import extend_schema
from rest_framework import serializers, status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from evaluation.models import EvaluationRound, EvaluationSample
from evaluation.services import round_create
from labeling.selectors import access_campaign
from training.selectors import access_artifact
from tuneloop.auth import request_user
from tuneloop.exceptions import NotFound
from tuneloop.roles import ADMIN


class RoundOutput(serializers.ModelSerializer):
    class Meta:
        model = EvaluationRound
        fields = ["id", "campaign", "dataset", "artifact", "status", "report", "error", "created_at", "finished_at"]


class SampleOutput(serializers.ModelSerializer):
    item_external_id = serializers.CharField(source="item.external_id", read_only=True)

    class Meta:
        model = EvaluationSample
        fields = ["item", "item_external_id", "model", "output", "format_valid", "checks"]


class RoundListApi(APIView):
    class InputSerializer(serializers.Serializer):
        artifact = serializers.IntegerField()

        class Meta:
            ref_name = "EvaluationCreateInput"

    @extend_schema(responses=RoundOutput(many=True))
    def get(self, request: Request, campaign_id: int) -> Response:
        campaign = access_campaign(request.user, campaign_id, role=ADMIN)
        return Response(RoundOutput(campaign.evaluations.all()[:50], many=True).data)

    @extend_schema(request=InputSerializer, responses={201: RoundOutput})
    def post(self, request: Request, campaign_id: int) -> Response:
        user = request_user(request)
        campaign = access_campaign(user, campaign_id, role=ADMIN)
        data = self.InputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        artifact = access_artifact(user, data.validated_data["artifact"])
        evaluation = round_create(campaign=campaign, artifact=artifact, user=user)
        return Response(RoundOutput(evaluation).data, status=status.HTTP_201_CREATED)


class RoundDetailApi(APIView):
    @extend_schema(responses=RoundOutput)
    def get(self, request: Request, round_id: int) -> Response:
        evaluation = EvaluationRound.objects.filter(id=round_id).first()
        if evaluation is None:
            raise NotFound(f"Evaluation round {round_id} does not exist.")
        access_campaign(request.user, evaluation.campaign_id, role=ADMIN)
        samples = SampleOutput(evaluation.samples.select_related("item")[:200], many=True).data
        return Response({**RoundOutput(evaluation).data, "samples": samples})
