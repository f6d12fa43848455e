"""REST fallback for the comparison queue (the browser uses the WebSocket)."""

from __future__ import annotations

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema
from rest_framework import serializers, status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from labeling.selectors import access_campaign
from preferences.models import ComparisonTask, Judgement
from preferences.selectors import comparison_payload
from preferences.services import comparison_lease_next, comparison_submit
from tuneloop.auth import request_user


class ComparisonNextApi(APIView):
    @extend_schema(responses=OpenApiTypes.OBJECT)
    def get(self, request: Request, campaign_id: int) -> Response:
        user = request_user(request)
        campaign = access_campaign(user, campaign_id)
        task = comparison_lease_next(campaign=campaign, user=user)
        if task is None:
            return Response({"task": None})
        return Response({"task": comparison_payload(task)})


class JudgementCreateApi(APIView):
    class InputSerializer(serializers.Serializer):
        choice = serializers.ChoiceField(choices=Judgement.Choice.choices)
        idempotency_key = serializers.CharField(max_length=100)
        rationale = serializers.CharField(allow_blank=True, default="", max_length=5000)

        class Meta:
            ref_name = "JudgementInput"

    @extend_schema(request=InputSerializer, responses=OpenApiTypes.OBJECT)
    def post(self, request: Request, task_id: int) -> Response:
        user = request_user(request)
        task = ComparisonTask.objects.filter(id=task_id).select_related("item").first()
        if task is not None:
            access_campaign(user, task.item.campaign_id)
        data = self.InputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        judgement, created = comparison_submit(task_id=task_id, user=user, **data.validated_data)
        body = {"judgement": judgement.id, "task": judgement.task_id, "duplicate": not created}
        return Response(body, status=status.HTTP_201_CREATED if created else status.HTTP_200_OK)
