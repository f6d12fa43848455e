"""REST endpoints for campaigns, members and imports (authoring and review: authoring_apis; dataset versions:
dataset_apis)."""

from __future__ import annotations

import json
from typing import Any

from drf_spectacular.utils import extend_schema, extend_schema_field, inline_serializer
from rest_framework import serializers, status
from rest_framework.parsers import FileUploadParser, MultiPartParser
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from labeling.apis.shapes import GuidelineSpecSchema, ImportErrorOutput, ImportOptionsOutput
from labeling.import_formats import FORMATS
from labeling.models import Campaign, ImportBatch, Item
from labeling.selectors import (
    ITEM_PAGE_MAX,
    access_campaign,
    access_import_batch,
    campaign_list,
    campaign_role,
    item_count,
    item_page,
)
from labeling.services.campaigns import (
    campaign_create,
    campaign_set_prefill,
    campaign_settings_update,
    membership_remove,
    membership_set,
)
from labeling.services.import_staging import import_size_check
from labeling.services.imports import import_batch_create
from tuneloop.artifacts import artifact_access
from tuneloop.auth import request_user
from tuneloop.exceptions import ApplicationError
from tuneloop.pagination import Page, page_response
from tuneloop.roles import ADMIN, Role
from tuneloop.schema import OutputFormatSchema, counts, typed


class CampaignOutput(serializers.ModelSerializer):
    output_fields = typed(
        serializers.JSONField(help_text="Ordered field names of the output template; empty for other formats."),
        {"type": "array", "items": {"type": "string"}},
    )

    class Meta:
        model = Campaign
        fields = [
            "id",
            "name",
            "system_prompt",
            "output_fields",
            "prefill_artifact",
            "reviewers_per_item",
            "gold_rate",
            "lease_minutes",
            "judgements_per_pair",
            "max_judgements_per_minute",
            "ranking_k",
            "created_at",
        ]


CAMPAIGN_DETAIL = inline_serializer(
    "CampaignDetail",
    {
        **CampaignOutput().get_fields(),
        "role": serializers.CharField(allow_null=True, help_text="The caller's role in the campaign."),
        "item_count": serializers.IntegerField(),
    },
)


class CampaignListApi(APIView):
    pagination_class = Page

    class InputSerializer(serializers.Serializer):
        name = serializers.CharField(max_length=200)
        system_prompt = serializers.CharField(allow_blank=True, default="")
        output_fields = serializers.ListField(
            child=serializers.CharField(max_length=100),
            min_length=1,
            required=False,
            help_text="A template's field names, in order. Give this, output_format or guideline.",
        )
        output_format = typed(
            serializers.DictField(required=False, help_text="A template, a JSON schema or a label set."),
            OutputFormatSchema,
        )
        guideline = typed(
            serializers.DictField(required=False, help_text="A whole guideline spec, its output format included."),
            GuidelineSpecSchema,
        )

        class Meta:
            ref_name = "CampaignCreateInput"

    @extend_schema(responses=CampaignOutput(many=True))
    def get(self, request: Request) -> Response:
        return page_response(request, campaign_list(request.user), lambda page: CampaignOutput(page, many=True).data)

    @extend_schema(request=InputSerializer, responses={201: CampaignOutput})
    def post(self, request: Request) -> Response:
        """Create a campaign (staff) with its output format in one call: `output_fields` (a template),
        `output_format` (a template, a JSON schema or a label set) or a whole `guideline`; version 1 holds it."""
        user = request_user(request)
        data = self.InputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        campaign = campaign_create(user=user, **data.validated_data)
        return Response(CampaignOutput(campaign).data, status=status.HTTP_201_CREATED)


class CampaignDetailApi(APIView):
    class InputSerializer(serializers.Serializer):
        prefill_artifact = serializers.IntegerField(
            allow_null=True, required=False, help_text="Model artifact drafting responses."
        )
        reviewers_per_item = serializers.IntegerField(required=False, help_text="k: answers collected per item.")
        gold_rate = serializers.FloatField(required=False, help_text="Share of tasks served from gold items, 0..1.")
        lease_minutes = serializers.IntegerField(required=False, help_text="How long an assignment is held.")
        judgements_per_pair = serializers.IntegerField(required=False, help_text="Reviewers per pair of candidates.")
        max_judgements_per_minute = serializers.IntegerField(
            required=False, help_text="Per reviewer; 0 means no limit."
        )
        ranking_k = serializers.IntegerField(
            required=False, help_text="0: pairwise comparisons; 3 to 5: rankings of that many candidates."
        )

        class Meta:
            ref_name = "CampaignUpdateInput"

    @extend_schema(responses=CAMPAIGN_DETAIL)
    def get(self, request: Request, campaign_id: int) -> Response:
        campaign = access_campaign(request.user, campaign_id)
        role, items = campaign_role(request.user, campaign), campaign.items.count()
        return Response({**CampaignOutput(campaign).data, "role": role, "item_count": items})

    @extend_schema(request=InputSerializer, responses=CampaignOutput)
    def patch(self, request: Request, campaign_id: int) -> Response:
        campaign = access_campaign(request.user, campaign_id, role=ADMIN)
        data = self.InputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        values = dict(data.validated_data)
        if "prefill_artifact" in values:
            artifact_id = values.pop("prefill_artifact")
            artifact = None if artifact_id is None else artifact_access(request.user, artifact_id)
            campaign = campaign_set_prefill(campaign=campaign, artifact=artifact)
        campaign = campaign_settings_update(campaign=campaign, **values)
        return Response(CampaignOutput(campaign).data)


class MembershipApi(APIView):
    class InputSerializer(serializers.Serializer):
        username = serializers.CharField()
        role = serializers.ChoiceField(choices=Role.choices)

        class Meta:
            ref_name = "MembershipInput"

    @extend_schema(request=InputSerializer, responses={201: InputSerializer})
    def post(self, request: Request, campaign_id: int) -> Response:
        campaign = access_campaign(request.user, campaign_id, role=ADMIN)
        data = self.InputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        membership = membership_set(campaign=campaign, by=request_user(request), **data.validated_data)
        return Response({"username": membership.user.username, "role": membership.role}, status=201)


class MemberDetailApi(APIView):
    """Remove a member: a campaign admin removes reviewers, staff also admins but never the last one. Their
    open leases (answers, pairs, rankings) go back to the queue; what they submitted stays."""

    @extend_schema(request=None, responses={204: None})
    def delete(self, request: Request, campaign_id: int, user_id: int) -> Response:
        campaign = access_campaign(request.user, campaign_id, role=ADMIN)
        membership_remove(campaign=campaign, user_id=user_id, by=request_user(request))
        return Response(status=status.HTTP_204_NO_CONTENT)


class ImportBatchOutput(serializers.ModelSerializer):
    options = typed(
        serializers.JSONField(help_text="Format options, e.g. the CSV column mapping."), ImportOptionsOutput
    )
    errors = typed(  # type: ignore[assignment]
        serializers.JSONField(help_text="The rejected lines, the first IMPORT_MAX_STORED_ERRORS only."),
        ImportErrorOutput(many=True),
    )
    entity_counts = counts(help_text="Entity type -> replaced mentions, never values.")

    class Meta:
        model = ImportBatch
        fields = [
            "id",
            "campaign",
            "status",
            "filename",
            "format",
            "options",
            "total_lines",
            "accepted",
            "duplicates",
            "rejected",
            "errors",
            "failure",
            "entity_counts",
            "created_at",
            "finished_at",
        ]


class ImportCreateApi(APIView):
    """Upload records as multipart `file` (with `format`, and for CSV a JSON `mapping`), or as a raw JSONL body."""

    parser_classes = [MultiPartParser, FileUploadParser]
    pagination_class = Page

    class InputSerializer(serializers.Serializer):
        format = serializers.ChoiceField(choices=FORMATS, default="jsonl")
        mapping = serializers.CharField(
            required=False, allow_blank=True, help_text='CSV only, a JSON object: {"text": "note", "id"?, ...}.'
        )
        delimiter = serializers.CharField(required=False, min_length=1, max_length=1, trim_whitespace=False)

        class Meta:
            ref_name = "ImportCreateInput"

        def validate_mapping(self, value: str) -> dict | None:
            if not value.strip():
                return None
            try:
                mapping = json.loads(value)
            except json.JSONDecodeError:
                raise serializers.ValidationError('Must be a JSON object, e.g. {"text": "note"}.') from None
            if not isinstance(mapping, dict):
                raise serializers.ValidationError('Must be a JSON object, e.g. {"text": "note"}.')
            return mapping

    @extend_schema(
        request={
            "multipart/form-data": {
                "type": "object",
                "properties": {
                    "file": {"type": "string", "format": "binary"},
                    "format": {"type": "string", "enum": list(FORMATS), "default": "jsonl"},
                    "mapping": {"type": "string", "description": "CSV column mapping as JSON (docs/imports.md)."},
                    "delimiter": {"type": "string", "description": "CSV delimiter, one character (default ,)."},
                },
            }
        },
        responses={202: ImportBatchOutput},
    )
    def post(self, request: Request, campaign_id: int) -> Response:
        user = request_user(request)
        campaign = access_campaign(user, campaign_id, role=ADMIN)
        import_size_check(content_length=request.META.get("CONTENT_LENGTH"))  # before the body is parsed
        upload = request.data.get("file")
        if upload is None:
            raise ApplicationError("Upload a file as the multipart field 'file'.", field="file")
        data = self.InputSerializer(data={key: value for key, value in request.data.items() if key != "file"})
        data.is_valid(raise_exception=True)
        options = {key: data.validated_data[key] for key in ("mapping", "delimiter") if data.validated_data.get(key)}
        batch = import_batch_create(
            campaign=campaign,
            user=user,
            file=upload,
            filename=upload.name or "",
            format=data.validated_data["format"],
            options=options,
        )
        return Response(ImportBatchOutput(batch).data, status=status.HTTP_202_ACCEPTED)

    @extend_schema(responses=ImportBatchOutput(many=True))
    def get(self, request: Request, campaign_id: int) -> Response:
        campaign = access_campaign(request.user, campaign_id, role=ADMIN)
        batches = campaign.import_batches.exclude(status=ImportBatch.Status.STAGING)  # listed once received whole
        return page_response(request, batches.order_by("-id"), lambda page: ImportBatchOutput(page, many=True).data)


class ImportDetailApi(APIView):
    @extend_schema(responses=ImportBatchOutput)
    def get(self, request: Request, batch_id: int) -> Response:
        return Response(ImportBatchOutput(access_import_batch(request.user, batch_id)).data)


class ItemOutput(serializers.ModelSerializer):
    entity_counts = counts(help_text="Entity type -> replaced mentions, never values.")

    class Meta:
        model = Item
        fields = ["id", "external_id", "text", "entity_counts", "created_at"]


class ItemRowOutput(serializers.ModelSerializer):
    """A row of the item list: the item and how far its labelling has got."""

    is_gold = serializers.BooleanField(required=False, help_text="Campaign admins only: reviewers never see it.")
    answers = serializers.IntegerField(read_only=True, help_text="Submitted, approved, rejected or sent back.")
    approved = serializers.IntegerField(read_only=True)
    named_reviewers = serializers.SerializerMethodField(help_text="Usernames the item is reserved for.")
    entity_counts = counts(help_text="Entity type -> replaced mentions, never values.")

    class Meta:
        model = Item
        fields = [
            "id",
            "external_id",
            "group_key",
            "text",
            "entity_counts",
            "is_gold",
            "answers",
            "approved",
            "named_reviewers",
            "created_at",
        ]

    @extend_schema_field(serializers.ListField(child=serializers.CharField()))
    def get_named_reviewers(self, item: Item) -> list[str]:
        return [named.reviewer.username for named in item.named_reviewers.all()]  # prefetched by item_page


class ItemListApi(APIView):
    """The campaign's items in id order, a page at a time: pass a page's `next_after` as the next `after`.

    `next_after` is null on the last page. `count=true` adds the exact number of items (one more query).
    `reviewers_per_item` is the campaign's k, the answers each item is waiting for.
    """

    class FilterSerializer(serializers.Serializer):
        after = serializers.IntegerField(min_value=0, required=False, help_text="Only ids above this; omit at first.")
        limit = serializers.IntegerField(min_value=1, max_value=ITEM_PAGE_MAX, default=50)
        count = serializers.BooleanField(default=False, help_text="Also return the campaign's item count.")

        class Meta:
            ref_name = "ItemListFilter"

    class OutputSerializer(serializers.Serializer):
        results = ItemRowOutput(many=True)
        next_after = serializers.IntegerField(allow_null=True)
        reviewers_per_item = serializers.IntegerField(help_text="k: answers collected per item.")
        count = serializers.IntegerField(required=False, help_text="Only with count=true.")

        class Meta:
            ref_name = "ItemPage"

    @extend_schema(parameters=[FilterSerializer], responses=OutputSerializer)
    def get(self, request: Request, campaign_id: int) -> Response:
        campaign = access_campaign(request.user, campaign_id)
        query = self.FilterSerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        after, limit = query.validated_data.get("after"), query.validated_data["limit"]
        items, next_after = item_page(campaign=campaign, after=after, limit=limit)
        rows: list[dict[str, Any]] = [dict(row) for row in ItemRowOutput(items, many=True).data]
        if campaign_role(request.user, campaign) != ADMIN:  # reviewers never learn which items are gold
            rows = [{key: value for key, value in row.items() if key != "is_gold"} for row in rows]
        body = {
            "results": rows,
            "next_after": next_after,
            "reviewers_per_item": campaign.reviewers_per_item,
        }
        if query.validated_data["count"]:
            body["count"] = item_count(campaign)
        return Response(body)
