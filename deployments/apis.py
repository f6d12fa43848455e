"""REST endpoints for a campaign's admins: deployments, their stages and audit trail, keys, monitoring, drift."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.utils import timezone
from drf_spectacular.utils import OpenApiParameter, extend_schema, inline_serializer
from rest_framework import serializers, status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from deployments.models import Alert, ApiKey, Deployment, DeploymentChange, DriftCheck, ServedRequest
from deployments.selectors import access_deployment, access_key, deployment_changes
from deployments.services.drift import drift_check
from deployments.services.keys import api_key_create, api_key_revoke
from deployments.services.lifecycle import deployment_change, deployment_create, deployment_rollback
from deployments.services.monitoring import deployment_figures
from deployments.shapes import ChatMessageSchema, DeploymentStateSchema, DriftTestSchema, MonitoringSettingsSchema
from labeling.selectors import access_campaign
from training.models import ModelArtifact
from tuneloop.auth import request_user
from tuneloop.exceptions import NotFound
from tuneloop.pagination import Page, page_response
from tuneloop.roles import ADMIN
from tuneloop.schema import typed


class DeploymentOutput(serializers.ModelSerializer):
    monitoring = typed(
        serializers.JSONField(help_text="Alert thresholds, the window and auto-fallback."), MonitoringSettingsSchema
    )

    class Meta:
        model = Deployment
        fields = [
            "id", "campaign", "name", "stage", "traffic_share", "incumbent", "challenger", "fallback", "previous",
            "falling_back", "backend", "engine_url", "engine_key_env", "monitoring", "created_at", "updated_at",
        ]  # fmt: skip


def _artifact(campaign_id: int, artifact_id: int | None, field: str) -> ModelArtifact | None:
    if artifact_id is None:
        return None
    artifact = ModelArtifact.objects.select_related("run").filter(id=artifact_id, run__campaign_id=campaign_id).first()
    if artifact is None:
        raise NotFound(f"Model artifact {artifact_id} does not exist in this campaign.", field=field)
    return artifact


class DeploymentListApi(APIView):
    pagination_class = Page

    class InputSerializer(serializers.Serializer):
        name = serializers.SlugField(max_length=64, help_text="The model id callers name in /v1/.")
        incumbent = serializers.IntegerField(required=False, allow_null=True, help_text="Default: the campaign's.")
        fallback = serializers.ChoiceField(choices=Deployment.Fallback.choices, default=Deployment.Fallback.PEOPLE)

        class Meta:
            ref_name = "DeploymentCreateInput"

    @extend_schema(responses=DeploymentOutput(many=True))
    def get(self, request: Request, campaign_id: int) -> Response:
        campaign = access_campaign(request.user, campaign_id, role=ADMIN)
        return page_response(
            request, campaign.deployments.order_by("-id"), lambda page: DeploymentOutput(page, many=True).data
        )

    @extend_schema(request=InputSerializer, responses={201: DeploymentOutput})
    def post(self, request: Request, campaign_id: int) -> Response:
        user = request_user(request)
        campaign = access_campaign(user, campaign_id, role=ADMIN)
        data = self.InputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        incumbent = _artifact(campaign.id, data.validated_data.get("incumbent"), "incumbent")
        deployment = deployment_create(
            campaign=campaign, user=user, name=data.validated_data["name"], incumbent=incumbent,
            fallback=data.validated_data["fallback"],
        )  # fmt: skip
        return Response(DeploymentOutput(deployment).data, status=status.HTTP_201_CREATED)


class DeploymentDetailApi(APIView):
    class InputSerializer(serializers.Serializer):
        stage = serializers.ChoiceField(choices=Deployment.Stage.choices, required=False)
        traffic_share = serializers.FloatField(min_value=0, max_value=1, required=False)
        challenger = serializers.IntegerField(required=False, allow_null=True)
        incumbent = serializers.IntegerField(required=False, allow_null=True)
        fallback = serializers.ChoiceField(choices=Deployment.Fallback.choices, required=False)
        falling_back = serializers.BooleanField(required=False)
        backend = serializers.ChoiceField(choices=Deployment.Backend.choices, required=False)
        engine_url = serializers.URLField(required=False, allow_blank=True)
        engine_key_env = serializers.RegexField(r"^[A-Z_][A-Z0-9_]*$", max_length=64, required=False, allow_blank=True)
        monitoring = typed(
            serializers.DictField(required=False, help_text="Thresholds: docs/deployment.md, Monitoring."),
            MonitoringSettingsSchema,
        )
        note = serializers.CharField(max_length=5000, required=False, allow_blank=True, default="")

        class Meta:
            ref_name = "DeploymentChangeInput"

    @extend_schema(responses=DeploymentOutput)
    def get(self, request: Request, deployment_id: int) -> Response:
        return Response(DeploymentOutput(access_deployment(request.user, deployment_id)).data)

    @extend_schema(request=InputSerializer, responses=DeploymentOutput)
    def patch(self, request: Request, deployment_id: int) -> Response:
        user = request_user(request)
        deployment = access_deployment(user, deployment_id)
        data = self.InputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        changes: dict[str, Any] = dict(data.validated_data)
        note = changes.pop("note")
        for field in ("challenger", "incumbent"):
            if field in changes:
                changes[field] = _artifact(deployment.campaign_id, changes[field], field)
        deployment = deployment_change(deployment=deployment, user=user, note=note, **changes)
        return Response(DeploymentOutput(deployment).data)


class NoteInput(serializers.Serializer):
    note = serializers.CharField(max_length=5000, required=False, allow_blank=True, default="")

    class Meta:
        ref_name = "DeploymentNoteInput"


class RollbackApi(APIView):
    """Undo the newest change not undone yet (a second rollback goes one change further back)."""

    @extend_schema(request=NoteInput, responses=DeploymentOutput)
    def post(self, request: Request, deployment_id: int) -> Response:
        user = request_user(request)
        deployment = access_deployment(user, deployment_id)
        data = NoteInput(data=request.data)
        data.is_valid(raise_exception=True)
        deployment = deployment_rollback(deployment=deployment, user=user, note=data.validated_data["note"])
        return Response(DeploymentOutput(deployment).data)


class ChangeOutput(serializers.ModelSerializer):
    user = serializers.CharField(source="user.username", read_only=True, allow_null=True, default=None)
    before = typed(serializers.JSONField(), DeploymentStateSchema)
    after = typed(serializers.JSONField(), DeploymentStateSchema)

    class Meta:
        model = DeploymentChange
        fields = ["id", "action", "before", "after", "note", "undoes", "user", "created_at"]


class ChangeListApi(APIView):
    """The audit trail, newest first: every change, who made it (none: automatic) and why."""

    pagination_class = Page

    @extend_schema(responses=ChangeOutput(many=True))
    def get(self, request: Request, deployment_id: int) -> Response:
        deployment = access_deployment(request.user, deployment_id)
        return page_response(request, deployment_changes(deployment), lambda page: ChangeOutput(page, many=True).data)


class KeyOutput(serializers.ModelSerializer):
    class Meta:
        model = ApiKey
        fields = ["id", "name", "prefix", "internal", "created_at", "revoked_at", "last_used_at"]


class KeyListApi(APIView):
    pagination_class = Page

    class InputSerializer(serializers.Serializer):
        name = serializers.CharField(max_length=100)
        internal = serializers.BooleanField(default=False, help_text="Served the challenger in the internal stage.")

        class Meta:
            ref_name = "ApiKeyCreateInput"

    class CreatedOutput(KeyOutput):
        key = serializers.CharField(read_only=True, help_text="The secret: shown this once, never stored.")

        class Meta(KeyOutput.Meta):
            ref_name = "ApiKeyCreated"
            fields = [*KeyOutput.Meta.fields, "key"]

    @extend_schema(responses=KeyOutput(many=True))
    def get(self, request: Request, deployment_id: int) -> Response:
        deployment = access_deployment(request.user, deployment_id)
        return page_response(request, deployment.keys.order_by("-id"), lambda page: KeyOutput(page, many=True).data)

    @extend_schema(request=InputSerializer, responses={201: CreatedOutput})
    def post(self, request: Request, deployment_id: int) -> Response:
        user = request_user(request)
        deployment = access_deployment(user, deployment_id)
        data = self.InputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        key, secret = api_key_create(deployment=deployment, user=user, **data.validated_data)
        return Response({**KeyOutput(key).data, "key": secret}, status=status.HTTP_201_CREATED)


class KeyRevokeApi(APIView):
    @extend_schema(request=None, responses=KeyOutput)
    def post(self, request: Request, deployment_id: int, key_id: int) -> Response:
        user = request_user(request)
        key = api_key_revoke(key=access_key(user, deployment_id, key_id), user=user)
        return Response(KeyOutput(key).data)


class AlertOutput(serializers.ModelSerializer):
    class Meta:
        model = Alert
        fields = ["id", "metric", "value", "threshold", "fell_back", "created_at"]


FIGURE_NAMES = [
    "requests",
    "latency_p50_ms",
    "latency_p99_ms",
    "prompt_tokens",
    "completion_tokens",
    "error_rate",
    "format_failure_rate",
    "violation_rate",
    "routed_to_people_rate",
    "decline_rate",
    "escalation_rate",
    "unsupported_rate",
    "feedback",
    "correction_rate",
    "shadow_agreement",
    "minutes_saved",
]
DRAFT_FIGURES: dict[str, serializers.Field] = {
    "draft_answers": serializers.IntegerField(help_text="Answers reviewers wrote from the model's drafts."),
    "draft_correction_rate": serializers.FloatField(allow_null=True, help_text="The share that changed the draft."),
    "draft_edit_share": serializers.FloatField(
        allow_null=True, help_text="Mean normalized Levenshtein distance from draft to answer: 0 kept, 1 rewritten."
    ),
}
FIGURES = inline_serializer(
    "MonitoringFigures", {name: serializers.FloatField(allow_null=True) for name in FIGURE_NAMES}
)
WINDOW_FIGURES = inline_serializer(
    "MonitoringWindowFigures",
    {**{name: serializers.FloatField(allow_null=True) for name in FIGURE_NAMES}, **DRAFT_FIGURES},
)
DRAFTS = inline_serializer("MonitoringDraftFigures", DRAFT_FIGURES)


SERIES_POINT = inline_serializer(
    "MonitoringPoint",
    {
        "start": serializers.DateTimeField(help_text="Where the span begins."),
        **{name: serializers.FloatField(allow_null=True) for name in FIGURE_NAMES},
        **DRAFT_FIGURES,
    },
    many=True,
)


class MonitoringApi(APIView):
    """The figures over the last `minutes`, per model, the series the live charts draw, and the alerts."""

    @extend_schema(
        parameters=[
            OpenApiParameter("minutes", int, description="The window, 1 to 10080 (default 60)."),
            OpenApiParameter("buckets", int, description="Points of the series, 1 to 200 (default 24)."),
        ],
        responses=inline_serializer(
            "Monitoring",
            {
                "window_minutes": serializers.IntegerField(),
                "all": WINDOW_FIGURES,
                "by_model": serializers.DictField(child=FIGURES),
                "drafts": serializers.DictField(
                    child=DRAFTS, help_text="Reviewers' edits of each model's drafts, by model id."
                ),
                "series": SERIES_POINT,
                "alerts": AlertOutput(many=True),
            },
        ),
    )
    def get(self, request: Request, deployment_id: int) -> Response:
        deployment = access_deployment(request.user, deployment_id)
        minutes = _bounded(request.query_params.get("minutes"), 60, 1, 7 * 24 * 60)
        buckets = _bounded(request.query_params.get("buckets"), 24, 1, 200)
        since = timezone.now() - timedelta(minutes=minutes)
        figures = deployment_figures(deployment, since=since, buckets=buckets)
        alerts = AlertOutput(deployment.alerts.filter(created_at__gte=since).order_by("-id")[:50], many=True).data
        return Response({"window_minutes": minutes, **figures, "alerts": alerts})


def _bounded(value: str | None, default: int, low: int, high: int) -> int:
    try:
        number = int(value) if value is not None else default
    except ValueError:
        return default
    return max(low, min(high, number))


class RequestOutput(serializers.ModelSerializer):
    messages = typed(serializers.JSONField(help_text="The chat messages, anonymized."), ChatMessageSchema(many=True))
    violations = typed(
        serializers.JSONField(help_text="Names of the must-never rules broken."),
        {"type": "array", "items": {"type": "string"}},
    )

    class Meta:
        model = ServedRequest
        fields = [
            "id", "request_id", "kind", "shadow_of", "role", "artifact", "messages", "output", "status", "behaviour",
            "violations", "unsupported", "attempts", "latency_ms", "prompt_tokens", "completion_tokens", "created_at",
        ]  # fmt: skip


class RequestListApi(APIView):
    """Stored requests, newest first: anonymized, as reviewers would see them."""

    pagination_class = Page

    @extend_schema(responses=RequestOutput(many=True))
    def get(self, request: Request, deployment_id: int) -> Response:
        deployment = access_deployment(request.user, deployment_id)
        rows = deployment.requests.order_by("-id")
        return page_response(request, rows, lambda page: RequestOutput(page, many=True).data)


class DriftOutput(serializers.ModelSerializer):
    report = typed(
        serializers.JSONField(help_text="Per test (inputs, format_failures, labels), its figures and verdict."),
        serializers.DictField(child=DriftTestSchema()),
    )

    class Meta:
        model = DriftCheck
        fields = ["id", "report", "drifted", "sampled", "reason", "created_at"]


class DriftApi(APIView):
    """Drift checks, newest first; POST runs one now (and samples requests into the campaign if drifted)."""

    pagination_class = Page

    @extend_schema(responses=DriftOutput(many=True))
    def get(self, request: Request, deployment_id: int) -> Response:
        deployment = access_deployment(request.user, deployment_id)
        return page_response(
            request, deployment.drift_checks.order_by("-id"), lambda page: DriftOutput(page, many=True).data
        )

    @extend_schema(request=None, responses={201: DriftOutput})
    def post(self, request: Request, deployment_id: int) -> Response:
        deployment = access_deployment(request_user(request), deployment_id)
        return Response(DriftOutput(drift_check(deployment=deployment)).data, status=status.HTTP_201_CREATED)
