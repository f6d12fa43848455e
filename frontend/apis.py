"""REST endpoints the UI needs across apps: the campaign's loop overview."""

from __future__ import annotations

from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from frontend.overview import loop_overview
from labeling.selectors import access_campaign


class OverviewItemsOutput(serializers.Serializer):
    total = serializers.IntegerField()
    answered = serializers.IntegerField(help_text="Items with at least one answer (drafts are not answers).")
    approved = serializers.IntegerField(help_text="Items with at least one approved answer.")
    awaiting_review = serializers.IntegerField(help_text="Answers submitted and not reviewed yet.")


class OverviewSplitCountsOutput(serializers.Serializer):
    sft = serializers.IntegerField(help_text="Rows of approved answers.")
    dpo = serializers.IntegerField(help_text="Preference pairs.")


class OverviewDatasetOutput(serializers.Serializer):
    id = serializers.IntegerField()
    version = serializers.IntegerField()
    created_at = serializers.DateTimeField()
    train = OverviewSplitCountsOutput()
    validation = OverviewSplitCountsOutput()
    test = OverviewSplitCountsOutput(help_text="Sealed: only evaluation reads it.")


class OverviewDatasetsOutput(serializers.Serializer):
    versions = serializers.IntegerField()
    latest = OverviewDatasetOutput(allow_null=True, help_text="The newest version, null before the first freeze.")


class OverviewJobsOutput(serializers.Serializer):
    total = serializers.IntegerField()
    busy = serializers.IntegerField(help_text="Queued or running now.")
    by_status = serializers.DictField(child=serializers.IntegerField(), help_text="{status: count}, only those seen.")


class OverviewVerdictOutput(serializers.Serializer):
    round = serializers.IntegerField()
    artifact = serializers.IntegerField()
    recommendation = serializers.ChoiceField(
        choices=["promote", "reject"], allow_null=True, help_text="Null for a round recorded before the gate."
    )
    against = serializers.CharField(allow_null=True, help_text="The contender the candidate was held against.")
    finished_at = serializers.DateTimeField(allow_null=True)


class OverviewIncumbentOutput(serializers.Serializer):
    artifact = serializers.IntegerField(allow_null=True, help_text="Null after rolling back past the first one.")
    action = serializers.CharField()
    since = serializers.DateTimeField()


class LoopOverviewOutput(serializers.Serializer):
    items = OverviewItemsOutput()
    judgements = serializers.IntegerField(help_text="Preference judgements (never those of evaluation rounds).")
    datasets = OverviewDatasetsOutput()
    runs = OverviewJobsOutput(help_text="Training runs.")
    evaluations = OverviewJobsOutput(help_text="Evaluation rounds.")
    last_verdict = OverviewVerdictOutput(
        allow_null=True, help_text="The promotion gate's verdict on the newest succeeded evaluation round."
    )
    incumbent = OverviewIncumbentOutput(allow_null=True, help_text="The newest promotion audit entry.")


class CampaignOverviewApi(APIView):
    """Where the campaign's loop stands, for any member: items answered and approved, judgements, dataset
    versions, training runs, the last evaluation's verdict and the incumbent."""

    @extend_schema(responses=LoopOverviewOutput)
    def get(self, request: Request, campaign_id: int) -> Response:
        campaign = access_campaign(request.user, campaign_id)
        return Response(LoopOverviewOutput(loop_overview(campaign)).data)
