"""REST endpoints for dataset versions: freeze, verify, manifest, diff and streamed exports (read-only once frozen)."""

from __future__ import annotations

import json

from django.http import FileResponse, StreamingHttpResponse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, inline_serializer
from rest_framework import serializers, status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from dataset_versions.models import DatasetVersion
from dataset_versions.selectors import access_dataset
from dataset_versions.services.exports import dataset_export, dataset_export_folder
from dataset_versions.services.freeze import dataset_diff, dataset_freeze, dataset_manifest, dataset_recompute_hash
from labeling.selectors import access_campaign
from tuneloop.auth import request_user
from tuneloop.pagination import Page, page_response
from tuneloop.roles import ADMIN
from tuneloop.schema import COUNTS, typed
from tuneloop.zipstream import zip_stream

WEIGHTS = OpenApiParameter(
    "weights", bool, description="DPO only: add each row's reviewer-reliability weight as a `weight` key."
)
PURPOSE = OpenApiParameter(
    "purpose", str, description="Required for the sealed test split (e.g. 'evaluation'); every such read is logged."
)


class DatasetOutput(serializers.ModelSerializer):
    counts = typed(
        serializers.JSONField(help_text="{split: {sft: rows, dpo: rows}}"),
        {"type": "object", "additionalProperties": COUNTS},
    )

    class Meta:
        model = DatasetVersion
        fields = ["id", "campaign", "version", "content_hash", "counts", "created_at"]


class DatasetListApi(APIView):
    """List a campaign's versions, newest first, or freeze a new one. Versions have no update or delete endpoint."""

    pagination_class = Page

    @extend_schema(responses=DatasetOutput(many=True))
    def get(self, request: Request, campaign_id: int) -> Response:
        campaign = access_campaign(request.user, campaign_id, role=ADMIN)
        versions = campaign.dataset_versions.order_by("-version")
        return page_response(request, versions, lambda page: DatasetOutput(page, many=True).data)

    @extend_schema(request=None, responses={201: DatasetOutput})
    def post(self, request: Request, campaign_id: int) -> Response:
        user = request_user(request)
        campaign = access_campaign(user, campaign_id, role=ADMIN)
        dataset = dataset_freeze(campaign=campaign, user=user)
        return Response(DatasetOutput(dataset).data, status=status.HTTP_201_CREATED)


class DatasetExportApi(APIView):
    """Stream one split as JSONL: `sft` (TRL messages), `dpo` (TRL conversational prompt/chosen/rejected) or
    `openai` (OpenAI chat fine-tuning). The test split needs `?purpose=` and is logged as a sealed read."""

    @extend_schema(parameters=[PURPOSE, WEIGHTS], responses={(200, "application/jsonl"): OpenApiTypes.BINARY})
    def get(self, request: Request, dataset_id: int, kind: str, split: str) -> FileResponse:
        dataset = access_dataset(request.user, dataset_id, role=ADMIN)
        purpose = request.query_params.get("purpose", "")
        weights = request.query_params.get("weights", "") in ("1", "true")
        path = dataset_export(
            dataset=dataset, kind=kind, split=split, purpose=purpose, user=request_user(request), weights=weights
        )
        return FileResponse(path.open("rb"), as_attachment=True, filename=path.name, content_type="application/jsonl")


class DatasetFolderExportApi(APIView):
    """A zip of a folder that `datasets.load_dataset(folder)` opens: train.jsonl and validation.jsonl, no test."""

    @extend_schema(responses={(200, "application/zip"): OpenApiTypes.BINARY})
    def get(self, request: Request, dataset_id: int, kind: str) -> StreamingHttpResponse:
        dataset = access_dataset(request.user, dataset_id, role=ADMIN)
        folder = dataset_export_folder(dataset=dataset, kind=kind)
        root = f"campaign-{dataset.campaign_id}-v{dataset.version}-{kind}"
        response = StreamingHttpResponse(zip_stream(folder, root), content_type="application/zip")
        response["Content-Disposition"] = f'attachment; filename="{root}.zip"'
        return response


VERIFY = inline_serializer(
    "DatasetVerification",
    {
        "content_hash": serializers.CharField(help_text="Recorded at freezing."),
        "recomputed": serializers.CharField(help_text="From the stored rows now."),
        "verified": serializers.BooleanField(),
    },
)
_VERSION = inline_serializer(
    "DatasetRef",
    {"id": serializers.IntegerField(), "version": serializers.IntegerField(), "content_hash": serializers.CharField()},
)
_ROW = inline_serializer("DiffRow", {"key": serializers.CharField(), "split": serializers.CharField()}, many=True)
_CHANGED = inline_serializer(
    "DiffChange",
    many=True,
    fields={
        "key": serializers.CharField(),
        "split": serializers.ListField(child=serializers.CharField(), help_text="[before, after]"),
        "data_changed": serializers.BooleanField(),
    },
)
DIFF = inline_serializer(
    "DatasetDiff",
    {
        "from": _VERSION,
        "to": _VERSION,
        "summary": inline_serializer(
            "DiffSummary",
            {name: serializers.IntegerField() for name in ("added", "removed", "changed")},
        ),
        "added": _ROW,
        "removed": _ROW,
        "changed": _CHANGED,
    },
)


class DatasetVerifyApi(APIView):
    """Recompute the content hash from the stored rows and compare it with the one recorded at freezing."""

    @extend_schema(responses=VERIFY)
    def get(self, request: Request, dataset_id: int) -> Response:
        dataset = access_dataset(request.user, dataset_id, role=ADMIN)
        recomputed = dataset_recompute_hash(dataset)
        return Response(
            {
                "content_hash": dataset.content_hash,
                "recomputed": recomputed,
                "verified": recomputed == dataset.content_hash,
            }
        )


class DatasetManifestApi(APIView):
    """JSONL: a header line (version, hash, counts), then one line of lineage per row. 409 if altered."""

    @extend_schema(responses={(200, "application/jsonl"): OpenApiTypes.BINARY})
    def get(self, request: Request, dataset_id: int) -> StreamingHttpResponse:
        dataset = access_dataset(request.user, dataset_id, role=ADMIN)
        entries = dataset_manifest(dataset)
        lines = (json.dumps(entry, ensure_ascii=False).encode() + b"\n" for entry in entries)
        response = StreamingHttpResponse(lines, content_type="application/jsonl")
        name = f"campaign-{dataset.campaign_id}-v{dataset.version}-manifest.jsonl"
        response["Content-Disposition"] = f'inline; filename="{name}"'
        return response


class DatasetDiffApi(APIView):
    """Rows added, removed and changed from this version to another of the same campaign."""

    @extend_schema(responses=DIFF)
    def get(self, request: Request, dataset_id: int, other_id: int) -> Response:
        old = access_dataset(request.user, dataset_id, role=ADMIN)
        new = access_dataset(request.user, other_id, role=ADMIN)
        return Response(dataset_diff(old=old, new=new))
