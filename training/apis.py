"""REST endpoints for base models, training runs (with their metrics) and artifacts."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from django.http import StreamingHttpResponse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema, inline_serializer
from rest_framework import serializers, status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from dataset_versions.selectors import access_dataset
from labeling.selectors import access_campaign
from training.models import BaseModel, ModelArtifact, RunEvent, RunMetric, TrainingRun
from training.selectors import (
    access_artifact,
    access_run,
    base_model_get,
    run_events_after,
    run_metrics_after,
    run_status,
)
from training.services import artifact_download_record, base_model_register, recipe_over, run_cancel, run_create
from training.shapes import NUMBERS, LineageSchema, RecipeSchema, RunEventDataSchema
from tuneloop.auth import request_user
from tuneloop.choices import JobStatus
from tuneloop.exceptions import ApplicationError, Forbidden
from tuneloop.pagination import Page, page_response
from tuneloop.roles import ADMIN
from tuneloop.schema import typed
from tuneloop.zipstream import zip_stream


class BaseModelOutput(serializers.ModelSerializer):
    default_recipe = typed(serializers.JSONField(help_text="Used when a run names no recipe."), RecipeSchema)
    path = serializers.CharField(required=False, help_text="Staff only: the model's folder on the server.")

    class Meta:
        model = BaseModel
        fields = ["id", "name", "path", "description", "default_recipe"]


class BaseModelListApi(APIView):
    pagination_class = Page

    class InputSerializer(serializers.Serializer):
        name = serializers.CharField(max_length=200)
        path = serializers.CharField(
            max_length=1000,
            help_text="A model folder under the models directory (TUNELOOP_MODELS_DIR or TUNELOOP_BASE_MODEL_ROOTS); "
            "a relative path is taken from TUNELOOP_MODELS_DIR.",
        )
        description = serializers.CharField(required=False, allow_blank=True, default="")
        default_recipe = typed(serializers.DictField(required=False, default=dict), RecipeSchema)

        class Meta:
            ref_name = "BaseModelInput"

    @extend_schema(responses=BaseModelOutput(many=True))
    def get(self, request: Request) -> Response:
        """Every registered base model; server paths only for staff."""
        staff = request_user(request).is_staff
        return page_response(request, BaseModel.objects.order_by("name", "id"), lambda page: _base_rows(page, staff))

    @extend_schema(request=InputSerializer, responses={201: BaseModelOutput})
    def post(self, request: Request) -> Response:
        """Register a base model (staff only); its default recipe is validated like a run's."""
        if not request_user(request).is_staff:
            raise Forbidden("Only staff register base models.")
        data = self.InputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        base = base_model_register(**data.validated_data)
        return Response(BaseModelOutput(base).data, status=status.HTTP_201_CREATED)


def _base_rows(models: Sequence[BaseModel], staff: bool) -> list[dict]:
    rows = [dict(row) for row in BaseModelOutput(models, many=True).data]
    return rows if staff else [{key: value for key, value in row.items() if key != "path"} for row in rows]


class ArtifactOutput(serializers.ModelSerializer):
    files = typed(
        serializers.JSONField(help_text="Relative path -> sha256."),
        {"type": "object", "additionalProperties": {"type": "string"}},
    )
    lineage = typed(serializers.JSONField(), LineageSchema)

    class Meta:
        model = ModelArtifact
        fields = ["id", "path", "kind", "sha256", "files", "lineage", "created_at"]


class MetricOutput(serializers.ModelSerializer):
    values = typed(serializers.JSONField(help_text="{name: value}: loss, learning_rate, eval_loss..."), NUMBERS)

    class Meta:
        model = RunMetric
        fields = ["id", "stage", "step", "loss", "values"]
        ref_name = "RunMetric"


class EventOutput(serializers.ModelSerializer):
    data = typed(serializers.JSONField(), RunEventDataSchema)  # type: ignore[assignment]

    class Meta:
        model = RunEvent
        fields = ["id", "kind", "message", "data", "created_at"]
        ref_name = "RunEvent"


class RunOutput(serializers.ModelSerializer):
    artifact = ArtifactOutput(read_only=True, allow_null=True)
    recipe = typed(serializers.JSONField(), RecipeSchema)
    warnings = typed(
        serializers.JSONField(help_text="Recipe warnings given when it was queued."),
        {"type": "array", "items": {"type": "string"}},
    )
    regressions = typed(
        serializers.JSONField(help_text="Safety rail: validation metrics that got worse after DPO than after SFT."),
        {"type": "array", "items": {"type": "string"}},
    )

    class Meta:
        model = TrainingRun
        fields = [
            "id",
            "campaign",
            "dataset",
            "base_model_path",
            "recipe",
            "status",
            "stage",
            "step",
            "error",
            "warnings",
            "regressions",
            "attempts",
            "heartbeat_at",
            "created_at",
            "started_at",
            "finished_at",
            "artifact",
        ]


class RunListApi(APIView):
    pagination_class = Page

    class InputSerializer(serializers.Serializer):
        dataset = serializers.IntegerField()
        base_model = serializers.IntegerField(required=False, help_text="A registered base model id.")
        base_model_path = serializers.CharField(
            required=False, max_length=1000, help_text="Or the folder of a registered base model."
        )
        recipe = typed(
            serializers.DictField(
                required=False,
                default=dict,
                help_text="Overrides laid over the base model's default recipe, key by key.",
            ),
            RecipeSchema,
        )

        class Meta:
            ref_name = "RunCreateInput"

    @extend_schema(responses=RunOutput(many=True))
    def get(self, request: Request, campaign_id: int) -> Response:
        campaign = access_campaign(request.user, campaign_id, role=ADMIN)
        runs = campaign.training_runs.select_related("artifact").order_by("-id")
        return page_response(request, runs, lambda page: RunOutput(page, many=True).data)

    @extend_schema(request=InputSerializer, responses={201: RunOutput})
    def post(self, request: Request, campaign_id: int) -> Response:
        user = request_user(request)
        campaign = access_campaign(user, campaign_id, role=ADMIN)
        data = self.InputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        dataset = access_dataset(user, data.validated_data["dataset"], role=ADMIN)
        base_path, default_recipe = self._base(data.validated_data)
        run = run_create(
            campaign=campaign,
            dataset=dataset,
            base_model_path=base_path,
            recipe=recipe_over(default_recipe, data.validated_data["recipe"]),
            user=user,
        )
        return Response(RunOutput(run).data, status=status.HTTP_201_CREATED)

    @staticmethod
    def _base(data: dict) -> tuple[str, dict]:
        """(path, default recipe) of the registered base model named by id; by path, the recipe is the run's own."""
        if "base_model" in data:
            base = base_model_get(data["base_model"])
            return base.path, base.default_recipe
        if data.get("base_model_path"):
            return data["base_model_path"], {}
        raise ApplicationError("Give base_model (an id) or base_model_path.", field="base_model")


class RunCancelApi(APIView):
    """Cancel a queued or running run: it stops at its next logging step and keeps no artifact."""

    @extend_schema(request=None, responses=RunOutput)
    def post(self, request: Request, run_id: int) -> Response:
        run = run_cancel(run=access_run(request.user, run_id))
        return Response(RunOutput(run).data)


class RunDetailOutput(RunOutput):
    metrics = MetricOutput(many=True, read_only=True, help_text="Every metric row; /metrics/?after= reads the new.")
    events = EventOutput(many=True, read_only=True, help_text="Every event; /events/?after= reads the new.")

    class Meta(RunOutput.Meta):
        fields = [*RunOutput.Meta.fields, "metrics", "events"]


class RunDetailApi(APIView):
    @extend_schema(responses=RunDetailOutput)
    def get(self, request: Request, run_id: int) -> Response:
        run = access_run(request.user, run_id)
        metrics = MetricOutput(run.metrics.all(), many=True).data
        events = EventOutput(run.events.all(), many=True).data
        return Response({**RunOutput(run).data, "metrics": metrics, "events": events})


class RunStatusOutput(serializers.Serializer):
    id = serializers.IntegerField()
    status = serializers.ChoiceField(choices=JobStatus.choices)
    stage = serializers.CharField(allow_null=True, help_text="The stage running or run last (sft, dpo); null before.")
    step = serializers.IntegerField(help_text="The run's step counter.")
    metric_step = serializers.IntegerField(
        allow_null=True, help_text="The step of the latest metric row; null before the first."
    )
    updated_at = serializers.DateTimeField(
        help_text="The last sign of life: a status change, a worker heartbeat, a metric row or an event."
    )
    error = serializers.CharField(allow_null=True, help_text="Why the run failed; null unless it failed.")


class RunStatusApi(APIView):
    """A run's status alone, without its metrics and events: what a follower polls between reads of /metrics/ and
    /events/ (the detail reads every row)."""

    @extend_schema(responses=RunStatusOutput)
    def get(self, request: Request, run_id: int) -> Response:
        return Response(RunStatusOutput(run_status(access_run(request.user, run_id))).data)


class ArtifactDownloadApi(APIView):
    """The artifact folder as a zip, for campaign admins only; every download is logged."""

    @extend_schema(responses={(200, "application/zip"): OpenApiTypes.BINARY})
    def get(self, request: Request, artifact_id: int) -> StreamingHttpResponse:
        user = request_user(request)
        artifact = access_artifact(user, artifact_id)
        artifact_download_record(artifact=artifact, user=user)
        root = f"run-{artifact.run_id}-{artifact.kind}"
        response = StreamingHttpResponse(zip_stream(Path(artifact.path), root), content_type="application/zip")
        response["Content-Disposition"] = f'attachment; filename="{root}.zip"'
        return response


FOLLOW_MAX = 5000


class FollowFilter(serializers.Serializer):
    after = serializers.IntegerField(
        min_value=0, required=False, help_text="The `next_after` of the previous answer; omit to read from the start."
    )
    limit = serializers.IntegerField(min_value=1, max_value=FOLLOW_MAX, default=1000)

    class Meta:
        ref_name = "RunFollowFilter"


def _follow(request: Request, run_id: int, read: Any, serialize: Any) -> Response:
    """{results, next_after}: the rows `read` gives for the query's `after`; `next_after` is the last one's id
    (or `after` again when nothing is new)."""
    query = FollowFilter(data=request.query_params)
    query.is_valid(raise_exception=True)
    after, limit = query.validated_data.get("after"), query.validated_data["limit"]
    rows = read(access_run(request.user, run_id), after=after, limit=limit)
    return Response({"results": serialize(rows), "next_after": rows[-1].id if rows else after})


class RunMetricsApi(APIView):
    """A run's metric rows, oldest first, for following it: pass each answer's `next_after` as the next `after`.

    The row `after` names comes again first (besides `limit` newer ones), since a step's validation values
    join its row after its training values: merge rows by (stage, step)."""

    @extend_schema(
        parameters=[FollowFilter],
        responses=inline_serializer(
            "RunMetricPage",
            {"results": MetricOutput(many=True), "next_after": serializers.IntegerField(allow_null=True)},
        ),
    )
    def get(self, request: Request, run_id: int) -> Response:
        return _follow(request, run_id, run_metrics_after, lambda rows: MetricOutput(rows, many=True).data)


class RunEventsApi(APIView):
    """A run's events with an id above `after`, oldest first: pass each answer's `next_after` as the next `after`."""

    @extend_schema(
        parameters=[FollowFilter],
        responses=inline_serializer(
            "RunEventPage",
            {"results": EventOutput(many=True), "next_after": serializers.IntegerField(allow_null=True)},
        ),
    )
    def get(self, request: Request, run_id: int) -> Response:
        return _follow(request, run_id, run_events_after, lambda rows: EventOutput(rows, many=True).data)
