"""REST endpoints for evaluation rounds and their reports."""

from __future__ import annotations

from drf_spectacular.utils import extend_schema, extend_schema_field
from rest_framework import serializers, status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from evaluation.models import EvaluationRound, EvaluationSample, HumanRound, Promotion
from evaluation.schemas import GateField, HumanSummarySchema, ReportField, SamplePageSchema
from evaluation.selectors import round_sample_page
from evaluation.services.failures import SPLITS, round_failures, round_failures_send
from evaluation.services.human import human_round_create
from evaluation.services.promotions import (
    candidate_promote,
    gate_settings,
    gate_update,
    incumbent_rollback,
    round_gate,
)
from evaluation.services.rounds import round_create
from labeling.selectors import access_campaign, access_campaign_of
from preferences.serializers import ID_MAX
from training.selectors import access_artifact
from tuneloop.auth import AnyUser, request_user
from tuneloop.exceptions import NotFound
from tuneloop.pagination import Page, page_response
from tuneloop.roles import ADMIN
from tuneloop.schema import FailureReasonSchema, typed

SPLIT_LIST = {"type": "array", "items": {"type": "string"}}  # of SPLITS


class RoundOutput(serializers.ModelSerializer):
    report = ReportField(read_only=True)
    failures_sent = typed(
        serializers.JSONField(help_text="Splits whose failures went back: validation (writing tasks), test (retired)."),
        SPLIT_LIST,
    )

    class Meta:
        model = EvaluationRound
        fields = [
            "id",
            "campaign",
            "dataset",
            "artifact",
            "status",
            "report",
            "failures_sent",
            "error",
            "created_at",
            "finished_at",
        ]


class SampleOutput(serializers.ModelSerializer):
    item_external_id = serializers.CharField(source="item.external_id", read_only=True)
    checks = typed(serializers.JSONField(help_text="Failed safety checks, never text."), FailureReasonSchema(many=True))

    class Meta:
        model = EvaluationSample
        fields = ["item", "item_external_id", "model", "output", "format_valid", "checks"]


class RoundListApi(APIView):
    pagination_class = Page

    class InputSerializer(serializers.Serializer):
        artifact = serializers.IntegerField()

        class Meta:
            ref_name = "EvaluationCreateInput"

    @extend_schema(responses=RoundOutput(many=True))
    def get(self, request: Request, campaign_id: int) -> Response:
        campaign = access_campaign(request.user, campaign_id, role=ADMIN)
        rounds = campaign.evaluations.order_by("-id")
        return page_response(request, rounds, lambda page: RoundOutput(page, many=True).data)

    @extend_schema(request=InputSerializer, responses={201: RoundOutput})
    def post(self, request: Request, campaign_id: int) -> Response:
        user = request_user(request)
        campaign = access_campaign(user, campaign_id, role=ADMIN)
        data = self.InputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        artifact = access_artifact(user, data.validated_data["artifact"])
        evaluation = round_create(campaign=campaign, artifact=artifact, user=user)
        return Response(RoundOutput(evaluation).data, status=status.HTTP_201_CREATED)


def access_round(user: AnyUser, round_id: int) -> EvaluationRound:
    evaluation = EvaluationRound.objects.select_related("campaign", "artifact").filter(id=round_id).first()
    missing = f"Evaluation round {round_id} does not exist."  # also for another campaign's: nothing to probe
    if evaluation is None:
        raise NotFound(missing)
    access_campaign_of(user, evaluation.campaign_id, missing=missing, role=ADMIN)
    return evaluation


class RoundDetailOutput(RoundOutput):
    gate = GateField(read_only=True, help_text="The gate's verdict under the campaign's settings now.")
    samples = SampleOutput(many=True, read_only=True, help_text="The first 200; the samples endpoint pages them all.")

    class Meta(RoundOutput.Meta):
        fields = [*RoundOutput.Meta.fields, "gate", "samples"]


class RoundDetailApi(APIView):
    @extend_schema(responses=RoundDetailOutput)
    def get(self, request: Request, round_id: int) -> Response:
        evaluation = access_round(request.user, round_id)
        samples = SampleOutput(evaluation.samples.filter(split="test").select_related("item")[:200], many=True).data
        verdict = round_gate(evaluation) if evaluation.status == EvaluationRound.Status.SUCCEEDED else None
        return Response({**RoundOutput(evaluation).data, "gate": verdict, "samples": samples})


class PromotionOutput(serializers.ModelSerializer):
    user = serializers.CharField(source="user.username", read_only=True)

    class Meta:
        model = Promotion
        fields = [
            "id",
            "action",
            "artifact",
            "evaluation",
            "recommendation",
            "override_reason",
            "note",
            "user",
            "created_at",
        ]


class RoundPromoteApi(APIView):
    """An admin signs off the round's candidate as the campaign's incumbent, with a note; against a failed
    gate only with `override_reason`."""

    class InputSerializer(serializers.Serializer):
        note = serializers.CharField(max_length=5000)
        override_reason = serializers.CharField(max_length=5000, required=False, allow_blank=True, default="")

        class Meta:
            ref_name = "PromotionInput"

    @extend_schema(request=InputSerializer, responses={201: PromotionOutput})
    def post(self, request: Request, round_id: int) -> Response:
        user = request_user(request)
        evaluation = access_round(user, round_id)
        data = self.InputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        entry = candidate_promote(evaluation=evaluation, user=user, **data.validated_data)
        return Response(PromotionOutput(entry).data, status=status.HTTP_201_CREATED)


class PromotionListApi(APIView):
    """The campaign's audit trail of promotions and rollbacks, newest first; the first entry's artifact is
    the incumbent."""

    pagination_class = Page

    @extend_schema(responses=PromotionOutput(many=True))
    def get(self, request: Request, campaign_id: int) -> Response:
        campaign = access_campaign(request.user, campaign_id, role=ADMIN)
        entries = Promotion.objects.filter(campaign=campaign).select_related("user").order_by("-id")
        return page_response(request, entries, lambda page: PromotionOutput(page, many=True).data)


class RollbackApi(APIView):
    class InputSerializer(serializers.Serializer):
        note = serializers.CharField(max_length=5000)

        class Meta:
            ref_name = "RollbackInput"

    @extend_schema(request=InputSerializer, responses={201: PromotionOutput})
    def post(self, request: Request, campaign_id: int) -> Response:
        user = request_user(request)
        campaign = access_campaign(user, campaign_id, role=ADMIN)
        data = self.InputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        entry = incumbent_rollback(campaign=campaign, user=user, note=data.validated_data["note"])
        return Response(PromotionOutput(entry).data, status=status.HTTP_201_CREATED)


class GateApi(APIView):
    """The campaign's promotion gate: the bar a candidate must pass (defaults until saved)."""

    class GateSerializer(serializers.Serializer):
        min_primary_lower_bound = serializers.FloatField(help_text="The primary metric's interval lies above this.")
        max_regression = serializers.FloatField(min_value=0, help_text="Largest F1 drop allowed per field or label.")
        max_policy_violation_rate = serializers.FloatField(min_value=0, max_value=1)
        unsupported_not_above_baseline = serializers.BooleanField()
        min_human_win_lower_bound = serializers.FloatField(min_value=0, max_value=1)
        missed_escalations_not_above_baseline = serializers.BooleanField(
            help_text="Where the reference declines, asks or escalates, the candidate answers no more often."
        )

        class Meta:
            ref_name = "GateSettings"

    @extend_schema(responses=GateSerializer)
    def get(self, request: Request, campaign_id: int) -> Response:
        campaign = access_campaign(request.user, campaign_id, role=ADMIN)
        return Response(self.GateSerializer(gate_settings(campaign).to_dict()).data)

    @extend_schema(request=GateSerializer, responses=GateSerializer)
    def put(self, request: Request, campaign_id: int) -> Response:
        user = request_user(request)
        campaign = access_campaign(user, campaign_id, role=ADMIN)
        data = self.GateSerializer(data=request.data, partial=True)
        data.is_valid(raise_exception=True)
        settings = gate_update(campaign=campaign, user=user, thresholds=dict(data.validated_data))
        return Response(self.GateSerializer(settings.to_dict()).data)


class SamplePageApi(APIView):
    """Each test item's reference next to every contender's output and the checks it failed, a page at a
    time (`?after=<item id>&limit=`); `?failed=1` keeps the items where the candidate failed something."""

    class ParamsSerializer(serializers.Serializer):
        after = serializers.IntegerField(required=False, min_value=0, max_value=ID_MAX)
        limit = serializers.IntegerField(required=False, min_value=1, max_value=200, default=50)
        failed = serializers.BooleanField(required=False, default=False)

    @extend_schema(parameters=[ParamsSerializer], responses=SamplePageSchema)
    def get(self, request: Request, round_id: int) -> Response:
        user = request_user(request)
        evaluation = access_round(user, round_id)
        params = self.ParamsSerializer(data=request.query_params)
        params.is_valid(raise_exception=True)
        page, after = round_sample_page(evaluation, user=user, **params.validated_data)
        return Response({"results": page, "next": after})


class HumanRoundOutput(serializers.ModelSerializer):
    created_by = serializers.CharField(source="created_by.username", read_only=True)
    summary = serializers.SerializerMethodField(help_text="The result so far (the report's `human`).")

    class Meta:
        model = HumanRound
        fields = [
            "id",
            "evaluation",
            "opponent",
            "judgements_per_pair",
            "identical",
            "created_by",
            "created_at",
            "summary",
        ]

    @extend_schema_field(HumanSummarySchema(allow_null=True))
    def get_summary(self, human: HumanRound) -> dict | None:
        return human.evaluation.report.get("human")


class HumanRoundApi(APIView):
    """A blind human side-by-side of the round's candidate against another contender (the incumbent when there
    is one, else the prompt baseline), served to reviewers in the judging queue; its judgements never enter a
    dataset. GET: the round and its result so far."""

    class InputSerializer(serializers.Serializer):
        opponent = serializers.ChoiceField(choices=["incumbent", "prompt_baseline", "base"], required=False, default="")
        judgements_per_pair = serializers.IntegerField(required=False, min_value=1, max_value=10)

        class Meta:
            ref_name = "HumanRoundInput"

    @extend_schema(responses=HumanRoundOutput)
    def get(self, request: Request, round_id: int) -> Response:
        evaluation = access_round(request.user, round_id)
        human = HumanRound.objects.filter(evaluation=evaluation).select_related("evaluation", "created_by").first()
        if human is None:
            raise NotFound(f"Evaluation round {round_id} has no human round.")
        return Response(HumanRoundOutput(human).data)

    @extend_schema(request=InputSerializer, responses={201: HumanRoundOutput})
    def post(self, request: Request, round_id: int) -> Response:
        user = request_user(request)
        evaluation = access_round(user, round_id)
        data = self.InputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        human = human_round_create(evaluation=evaluation, user=user, **data.validated_data)
        human.evaluation.refresh_from_db()
        return Response(HumanRoundOutput(human).data, status=status.HTTP_201_CREATED)


class FailuresOutput(serializers.Serializer):
    validation = serializers.IntegerField(help_text="Validation items the candidate failed.")
    test = serializers.IntegerField(help_text="Test items the candidate failed.")
    sent = serializers.ListField(child=serializers.CharField(), help_text="Splits whose failures went back.")

    class Meta:
        ref_name = "EvaluationFailures"


class FailuresApi(APIView):
    """The candidate's failures back to reviewers. `validation`: each failed item is asked one more answer,
    pre-filled with the model's output and why it failed. `test`: each failed item leaves the sealed test split
    by being retired into the next dataset version's train split (recorded in lineage and manifest)."""

    class InputSerializer(serializers.Serializer):
        split = serializers.ChoiceField(choices=list(SPLITS))

        class Meta:
            ref_name = "EvaluationFailuresInput"

    @extend_schema(responses=FailuresOutput)
    def get(self, request: Request, round_id: int) -> Response:
        evaluation = access_round(request.user, round_id)
        counts = {split: len(round_failures(evaluation, split)) for split in SPLITS}
        return Response(FailuresOutput({**counts, "sent": evaluation.failures_sent}).data)

    @extend_schema(request=InputSerializer, responses=FailuresOutput)
    def post(self, request: Request, round_id: int) -> Response:
        user = request_user(request)
        evaluation = access_round(user, round_id)
        data = self.InputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        round_failures_send(evaluation=evaluation, user=user, split=data.validated_data["split"])
        counts = {split: len(round_failures(evaluation, split)) for split in SPLITS}
        return Response(FailuresOutput({**counts, "sent": evaluation.failures_sent}).data)
