"""REST endpoints for campaigns, members, imports, authoring, review and dataset versions."""

from __future__ import annotations

from django.http import FileResponse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema
from rest_framework import serializers, status
from rest_framework.parsers import FileUploadParser, MultiPartParser
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from labeling.models import Campaign, DatasetVersion, Example, ImportBatch, Item, Membership
from labeling.selectors import (
    access_campaign,
    access_dataset,
    access_example,
    access_import_batch,
    access_item,
    campaign_list,
    campaign_role,
    example_next_for_review,
    item_next_for_authoring,
    item_prefill,
)
from labeling.services.campaigns import campaign_create, campaign_set_prefill, membership_set
from labeling.services.datasets import dataset_export, dataset_freeze
from labeling.services.imports import import_batch_create
from labeling.services.review import example_review, example_submit
from training.selectors import access_artifact
from tuneloop.auth import request_user
from tuneloop.exceptions import ApplicationError

ADMIN = Membership.Role.ADMIN
UPLOAD_SCHEMA = {"type": "object", "properties": {"file": {"type": "string", "format": "binary"}}}


class CampaignOutput(serializers.ModelSerializer):
    class Meta:
        model = Campaign
        fields = ["id", "name", "system_prompt", "output_fields", "prefill_artifact", "created_at"]


class CampaignListApi(APIView):
    class InputSerializer(serializers.Serializer):
        name = serializers.CharField(max_length=200)
        system_prompt = serializers.CharField(allow_blank=True, default="")
        output_fields = serializers.ListField(child=serializers.CharField(max_length=100), min_length=1)

        class Meta:
            ref_name = "CampaignCreateInput"

    @extend_schema(responses=CampaignOutput(many=True))
    def get(self, request: Request) -> Response:
        return Response(CampaignOutput(campaign_list(request.user), many=True).data)

    @extend_schema(request=InputSerializer, responses={201: CampaignOutput})
    def post(self, request: Request) -> Response:
        user = request_user(request)
        data = self.InputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        campaign = campaign_create(user=user, **data.validated_data)
        return Response(CampaignOutput(campaign).data, status=status.HTTP_201_CREATED)


class CampaignDetailApi(APIView):
    class InputSerializer(serializers.Serializer):
        prefill_artifact = serializers.IntegerField(allow_null=True, help_text="Model artifact drafting responses.")

        class Meta:
            ref_name = "CampaignUpdateInput"

    @extend_schema(responses=CampaignOutput)
    def get(self, request: Request, campaign_id: int) -> Response:
        campaign = access_campaign(request.user, campaign_id)
        role, items = campaign_role(request.user, campaign), campaign.items.count()
        return Response({**CampaignOutput(campaign).data, "role": role, "item_count": items})

    @extend_schema(request=InputSerializer, responses=CampaignOutput)
    def patch(self, request: Request, campaign_id: int) -> Response:
        campaign = access_campaign(request.user, campaign_id, role=ADMIN)
        data = self.InputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        artifact_id = data.validated_data["prefill_artifact"]
        artifact = None if artifact_id is None else access_artifact(request.user, artifact_id)
        return Response(CampaignOutput(campaign_set_prefill(campaign=campaign, artifact=artifact)).data)


class MembershipApi(APIView):
    class InputSerializer(serializers.Serializer):
        username = serializers.CharField()
        role = serializers.ChoiceField(choices=Membership.Role.choices)

        class Meta:
            ref_name = "MembershipInput"

    @extend_schema(request=InputSerializer, responses={201: InputSerializer})
    def post(self, request: Request, campaign_id: int) -> Response:
        campaign = access_campaign(request.user, campaign_id, role=ADMIN)
        data = self.InputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        membership = membership_set(campaign=campaign, **data.validated_data)
        return Response({"username": membership.user.username, "role": membership.role}, status=201)


class ImportBatchOutput(serializers.ModelSerializer):
    class Meta:
        model = ImportBatch
        fields = [
            "id",
            "campaign",
            "status",
            "filename",
            "total_lines",
            "accepted",
            "errors",
            "entity_counts",
            "created_at",
            "finished_at",
        ]


class ImportCreateApi(APIView):
    """Upload JSONL as multipart `file`, or as the raw request body."""

    parser_classes = [MultiPartParser, FileUploadParser]

    @extend_schema(request={"multipart/form-data": UPLOAD_SCHEMA}, responses={202: ImportBatchOutput})
    def post(self, request: Request, campaign_id: int) -> Response:
        user = request_user(request)
        campaign = access_campaign(user, campaign_id, role=ADMIN)
        upload = request.data.get("file")
        if upload is None:
            raise ApplicationError("Upload a JSONL file as the multipart field 'file'.", field="file")
        batch = import_batch_create(campaign=campaign, user=user, file=upload, filename=upload.name or "")
        return Response(ImportBatchOutput(batch).data, status=status.HTTP_202_ACCEPTED)

    @extend_schema(responses=ImportBatchOutput(many=True))
    def get(self, request: Request, campaign_id: int) -> Response:
        campaign = access_campaign(request.user, campaign_id, role=ADMIN)
        return Response(ImportBatchOutput(campaign.import_batches.order_by("-id")[:50], many=True).data)


class ImportDetailApi(APIView):
    @extend_schema(responses=ImportBatchOutput)
    def get(self, request: Request, batch_id: int) -> Response:
        return Response(ImportBatchOutput(access_import_batch(request.user, batch_id)).data)


class ItemOutput(serializers.ModelSerializer):
    class Meta:
        model = Item
        fields = ["id", "external_id", "text", "entity_counts", "created_at"]


class ItemListApi(APIView):
    @extend_schema(responses=ItemOutput(many=True))
    def get(self, request: Request, campaign_id: int) -> Response:
        campaign = access_campaign(request.user, campaign_id)
        return Response(ItemOutput(campaign.items.order_by("id")[:200], many=True).data)


class ExampleOutput(serializers.ModelSerializer):
    class Meta:
        model = Example
        fields = [
            "id",
            "item",
            "author",
            "response",
            "prefilled",
            "entity_counts",
            "status",
            "reviewer",
            "review_comment",
            "comment_entity_counts",
            "created_at",
            "reviewed_at",
        ]


class AuthoringNextApi(APIView):
    """The next item to write a response for, with a model draft when one is configured."""

    @extend_schema(responses=OpenApiTypes.OBJECT)
    def get(self, request: Request, campaign_id: int) -> Response:
        user = request_user(request)
        campaign = access_campaign(user, campaign_id)
        item = item_next_for_authoring(campaign=campaign, user=user)
        return Response(
            {
                "item": ItemOutput(item).data if item else None,
                "prefill": item_prefill(item) if item else "",
                "output_fields": campaign.output_fields,
            }
        )


class ExampleCreateApi(APIView):
    class InputSerializer(serializers.Serializer):
        response = serializers.CharField(max_length=20000)
        prefilled = serializers.BooleanField(default=False)

        class Meta:
            ref_name = "ExampleCreateInput"

    @extend_schema(request=InputSerializer, responses={201: ExampleOutput})
    def post(self, request: Request, item_id: int) -> Response:
        user = request_user(request)
        item = access_item(user, item_id)
        data = self.InputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        example = example_submit(item=item, author=user, **data.validated_data)
        return Response(ExampleOutput(example).data, status=status.HTTP_201_CREATED)


class ReviewNextApi(APIView):
    @extend_schema(responses=OpenApiTypes.OBJECT)
    def get(self, request: Request, campaign_id: int) -> Response:
        user = request_user(request)
        campaign = access_campaign(user, campaign_id)
        example = example_next_for_review(campaign=campaign, user=user)
        if example is None:
            return Response({"example": None})
        return Response(
            {
                "example": ExampleOutput(example).data,
                "item": ItemOutput(example.item).data,
                "output_fields": campaign.output_fields,
            }
        )


class ExampleReviewApi(APIView):
    class InputSerializer(serializers.Serializer):
        decision = serializers.ChoiceField(choices=["approve", "reject"])
        comment = serializers.CharField(allow_blank=True, default="", max_length=5000)

        class Meta:
            ref_name = "ExampleReviewInput"

    @extend_schema(request=InputSerializer, responses=ExampleOutput)
    def post(self, request: Request, example_id: int) -> Response:
        user = request_user(request)
        example = access_example(user, example_id)
        data = self.InputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        example = example_review(
            example=example,
            reviewer=user,
            approve=data.validated_data["decision"] == "approve",
            comment=data.validated_data["comment"],
        )
        return Response(ExampleOutput(example).data)


class DatasetOutput(serializers.ModelSerializer):
    class Meta:
        model = DatasetVersion
        fields = ["id", "campaign", "version", "content_hash", "counts", "created_at"]


class DatasetListApi(APIView):
    @extend_schema(responses=DatasetOutput(many=True))
    def get(self, request: Request, campaign_id: int) -> Response:
        campaign = access_campaign(request.user, campaign_id, role=ADMIN)
        return Response(DatasetOutput(campaign.dataset_versions.all(), many=True).data)

    @extend_schema(request=None, responses={201: DatasetOutput})
    def post(self, request: Request, campaign_id: int) -> Response:
        user = request_user(request)
        campaign = access_campaign(user, campaign_id, role=ADMIN)
        dataset = dataset_freeze(campaign=campaign, user=user)
        return Response(DatasetOutput(dataset).data, status=status.HTTP_201_CREATED)


class DatasetExportApi(APIView):
    """Stream one split of a dataset version as TRL JSONL: `sft` (messages) or `dpo` (prompt/chosen/rejected)."""

    @extend_schema(responses={(200, "application/jsonl"): OpenApiTypes.BINARY})
    def get(self, request: Request, dataset_id: int, kind: str, split: str) -> FileResponse:
        dataset = access_dataset(request.user, dataset_id, role=ADMIN)
        if kind not in ("sft", "dpo"):
            raise ApplicationError("kind must be 'sft' or 'dpo'.", field="kind")
        if split not in ("train", "validation", "test"):
            raise ApplicationError("split must be 'train', 'validation' or 'test'.", field="split")
        path = dataset_export(dataset=dataset, kind=kind, split=split)
        return FileResponse(path.open("rb"), as_attachment=True, filename=path.name, content_type="application/jsonl")
