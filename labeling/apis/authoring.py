"""REST endpoints for guidelines, assignments, writing answers and reviewing them (docs/authoring.md)."""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import extend_schema, inline_serializer
from rest_framework import serializers, status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from labeling.apis.campaigns import ItemOutput
from labeling.apis.shapes import ExampleHistoryOutput, GuidelineSpecSchema, NamedReviewersOutput, ReworkOutput
from labeling.models import Assignment, Campaign, Example, GuidelineVersion, Item
from labeling.selectors import (
    access_assignment,
    access_campaign,
    access_example_to_edit,
    access_example_to_review,
    access_example_visible,
    access_item,
    access_item_to_write,
    example_history,
    example_next_for_review,
    example_to_revise,
    guideline_current,
    guideline_versions,
    item_prefill,
    item_rework,
)
from labeling.services.assignments import assignment_next, assignment_skip, named_reviewers_set
from labeling.services.guidelines import guideline_update
from labeling.services.review import DECISIONS, example_decide, example_save, example_update
from tuneloop.auth import request_user
from tuneloop.roles import ADMIN
from tuneloop.schema import counts, typed


class ExampleOutput(serializers.ModelSerializer):
    entity_counts = counts(help_text="Entity type -> replaced mentions in the response, never values.")
    comment_entity_counts = counts(help_text="Likewise for the review comment.")
    guideline_version = serializers.IntegerField(source="guideline_version.version", allow_null=True, default=None)

    class Meta:
        model = Example
        fields = [
            "id",
            "item",
            "author",
            "assignment",
            "kind",
            "response",
            "prefilled",
            "entity_counts",
            "status",
            "guideline_version",
            "reviewer",
            "review_comment",
            "comment_entity_counts",
            "created_at",
            "reviewed_at",
        ]


class GuidelineOutput(serializers.ModelSerializer):
    created_by = serializers.CharField(source="created_by.username")
    spec = typed(serializers.JSONField(), GuidelineSpecSchema)

    class Meta:
        model = GuidelineVersion
        fields = ["version", "spec", "created_by", "created_at"]


class AssignmentOutput(serializers.ModelSerializer):
    class Meta:
        model = Assignment
        fields = ["id", "item", "slot", "status", "lease_expires_at", "skip_reason"]


GUIDELINES = inline_serializer(
    "Guidelines", {"current": GuidelineOutput(allow_null=True), "versions": GuidelineOutput(many=True)}
)
GUIDELINE_SAVED = inline_serializer(
    "GuidelineSaved",
    {
        **GuidelineOutput().get_fields(),
        "created": serializers.BooleanField(help_text="False: the spec was the current one already (200)."),
    },
)
_FIELDS = serializers.ListField(child=serializers.CharField(), help_text="The campaign's template fields.")
AUTHORING_NEXT = inline_serializer(
    "AuthoringNext",
    {
        "item": ItemOutput(allow_null=True, help_text="None when there is nothing to write."),
        "assignment": AssignmentOutput(allow_null=True),
        "example": ExampleOutput(allow_null=True, help_text="The draft, or the answer sent back."),
        "prefill": serializers.CharField(help_text="The model's draft, or empty."),
        "rework": ReworkOutput(allow_null=True, help_text="Why the item came back for another answer."),
        "output_fields": _FIELDS,
        "guideline": GuidelineOutput(allow_null=True),
    },
)
REVIEW_NEXT = inline_serializer(
    "ReviewNext",
    {
        "example": ExampleOutput(allow_null=True, help_text="None when nothing waits for review."),
        "item": ItemOutput(required=False),
        "output_fields": serializers.ListField(child=serializers.CharField(), required=False),
        "guideline": GuidelineOutput(allow_null=True, required=False, help_text="The one the answer was written to."),
    },
)


def _guideline(campaign: Campaign) -> dict[str, Any] | None:
    current = guideline_current(campaign)
    return GuidelineOutput(current).data if current else None


class GuidelineApi(APIView):
    """The campaign's task specification: the current version and every earlier one."""

    class InputSerializer(serializers.Serializer):
        spec = typed(serializers.JSONField(help_text="docs/authoring.md"), GuidelineSpecSchema)

        class Meta:
            ref_name = "GuidelineInput"

    @extend_schema(responses=GUIDELINES)
    def get(self, request: Request, campaign_id: int) -> Response:
        campaign = access_campaign(request.user, campaign_id)
        versions = GuidelineOutput(guideline_versions(campaign), many=True).data
        return Response({"current": versions[0] if versions else None, "versions": versions})

    @extend_schema(request=InputSerializer, responses={200: GUIDELINE_SAVED, 201: GUIDELINE_SAVED})
    def put(self, request: Request, campaign_id: int) -> Response:
        user = request_user(request)
        campaign = access_campaign(user, campaign_id, role=ADMIN)
        data = self.InputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        version, created = guideline_update(campaign=campaign, user=user, spec=data.validated_data["spec"])
        body = {**GuidelineOutput(version).data, "created": created}
        return Response(body, status=status.HTTP_201_CREATED if created else status.HTTP_200_OK)


class AuthoringNextApi(APIView):
    """The reviewer's next writing task: an answer sent back for changes, else their leased item
    (resumed, with its draft), else a newly leased slot; with the model's pre-fill and the guideline."""

    @extend_schema(responses=AUTHORING_NEXT)
    def get(self, request: Request, campaign_id: int) -> Response:
        user = request_user(request)
        campaign = access_campaign(user, campaign_id)
        body: dict[str, Any] = {
            "item": None,
            "assignment": None,
            "example": None,
            "prefill": "",
            "rework": None,
            "output_fields": campaign.output_fields,
            "guideline": _guideline(campaign),
        }
        revise = example_to_revise(campaign=campaign, user=user)
        if revise is not None:
            body.update(item=ItemOutput(revise.item).data, example=ExampleOutput(revise).data)
            body["assignment"] = AssignmentOutput(revise.assignment).data if revise.assignment else None
            return Response(body)
        assignment = assignment_next(campaign=campaign, user=user)
        if assignment is None:
            return Response(body)
        draft = Example.objects.filter(assignment=assignment).first()
        body.update(
            item=ItemOutput(assignment.item).data,
            assignment=AssignmentOutput(assignment).data,
            example=ExampleOutput(draft).data if draft else None,
            prefill=item_prefill(assignment.item),
            rework=_rework(assignment.item),
        )
        return Response(body)


def _rework(item: Item) -> dict[str, Any] | None:
    """Why the item came back for another answer: {source, reasons} (no text), or None."""
    rework = item_rework(item)
    return None if rework is None else {"source": rework.source, "reasons": rework.reasons}


class ExampleCreateApi(APIView):
    """Write an answer to an item: `draft: true` saves it for later, otherwise it is submitted."""

    class InputSerializer(serializers.Serializer):
        response = serializers.CharField(max_length=20000)
        prefilled = serializers.BooleanField(default=False)
        kind = serializers.ChoiceField(choices=Example.Kind.choices, default=Example.Kind.ANSWER)
        draft = serializers.BooleanField(default=False)
        guideline_version = serializers.IntegerField(required=False, allow_null=True, default=None)

        class Meta:
            ref_name = "ExampleCreateInput"

    @extend_schema(request=InputSerializer, responses={201: ExampleOutput})
    def post(self, request: Request, item_id: int) -> Response:
        user = request_user(request)
        item = access_item_to_write(user, item_id)
        data = self.InputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        values = dict(data.validated_data)
        submit = not values.pop("draft")
        example = example_save(item=item, author=user, submit=submit, **values)
        return Response(ExampleOutput(example).data, status=status.HTTP_201_CREATED)


class ExampleDetailApi(APIView):
    """Read an answer (blind rules apply), or edit a draft / an answer sent back, and resubmit it."""

    class InputSerializer(serializers.Serializer):
        response = serializers.CharField(max_length=20000)
        kind = serializers.ChoiceField(choices=Example.Kind.choices, required=False)
        submit = serializers.BooleanField(default=False)
        guideline_version = serializers.IntegerField(required=False, allow_null=True, default=None)

        class Meta:
            ref_name = "ExampleUpdateInput"

    @extend_schema(responses=ExampleOutput)
    def get(self, request: Request, example_id: int) -> Response:
        return Response(ExampleOutput(access_example_visible(request.user, example_id)).data)

    @extend_schema(request=InputSerializer, responses=ExampleOutput)
    def put(self, request: Request, example_id: int) -> Response:
        user = request_user(request)
        example = access_example_to_edit(user, example_id)
        data = self.InputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        example = example_update(example=example, editor=user, **data.validated_data)
        return Response(ExampleOutput(example).data)


class ExampleHistoryApi(APIView):
    """Every save, submission and review of an answer, oldest first."""

    @extend_schema(responses=ExampleHistoryOutput)
    def get(self, request: Request, example_id: int) -> Response:
        example = access_example_visible(request.user, example_id)
        revisions = [
            {
                "editor": revision.editor.username,
                "status": revision.status,
                "response": revision.response,
                "comment": revision.comment,
                "created_at": revision.created_at,
            }
            for revision in example_history(example)
        ]
        return Response({"example": example.id, "revisions": revisions})


class AssignmentSkipApi(APIView):
    class InputSerializer(serializers.Serializer):
        reason = serializers.CharField(max_length=500)

        class Meta:
            ref_name = "AssignmentSkipInput"

    @extend_schema(request=InputSerializer, responses=AssignmentOutput)
    def post(self, request: Request, assignment_id: int) -> Response:
        user = request_user(request)
        assignment = access_assignment(user, assignment_id)
        data = self.InputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        return Response(AssignmentOutput(assignment_skip(assignment=assignment, user=user, **data.validated_data)).data)


class NamedReviewersApi(APIView):
    """Reserve an item for named reviewers (members of its campaign); an empty list opens it again."""

    class InputSerializer(serializers.Serializer):
        usernames = serializers.ListField(child=serializers.CharField(max_length=150), allow_empty=True)

        class Meta:
            ref_name = "NamedReviewersInput"

    @extend_schema(request=InputSerializer, responses=NamedReviewersOutput)
    def post(self, request: Request, item_id: int) -> Response:
        user = request_user(request)
        item = access_item(user, item_id)
        access_campaign(user, item.campaign_id, role=ADMIN)
        data = self.InputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        users = named_reviewers_set(item=item, usernames=data.validated_data["usernames"])
        return Response({"item": item.id, "usernames": [u.username for u in users]})


class ReviewNextApi(APIView):
    """The oldest answer by someone else on an item that has all its answers."""

    @extend_schema(responses=REVIEW_NEXT)
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
                "guideline": GuidelineOutput(example.guideline_version).data if example.guideline_version else None,
            }
        )


class ExampleReviewApi(APIView):
    class InputSerializer(serializers.Serializer):
        decision = serializers.ChoiceField(choices=list(DECISIONS))
        comment = serializers.CharField(allow_blank=True, default="", max_length=5000)

        class Meta:
            ref_name = "ExampleReviewInput"

    @extend_schema(request=InputSerializer, responses=ExampleOutput)
    def post(self, request: Request, example_id: int) -> Response:
        user = request_user(request)
        example = access_example_to_review(user, example_id)
        data = self.InputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        example = example_decide(example=example, reviewer=user, **data.validated_data)
        return Response(ExampleOutput(example).data)
