"""REST for preferences: the judging queue (its WebSocket's fallback), undo, gold pairs, rounds, ratings, figures."""

from __future__ import annotations

from dataclasses import asdict

from django.contrib.auth.models import User
from drf_spectacular.utils import extend_schema, inline_serializer
from rest_framework import serializers, status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from labeling.models import Campaign, Membership
from labeling.selectors import access_campaign, access_campaign_of
from preferences.generation import candidate_round_create
from preferences.models import CandidateRound, ComparisonTask, Judgement, Ranking, RankingTask
from preferences.outputs import (
    CampaignPreferencesOutput,
    GoldSetOutput,
    JudgingNextOutput,
    JudgingTaskOutput,
    SourceRatingsOutput,
)
from preferences.selectors import (
    comparison_payload,
    judging_payload,
    preference_stats,
    ranking_payload,
    reviewer_reliability,
    source_ratings,
)
from preferences.serializers import JudgementInput, RankingInput
from preferences.services.comparisons import (
    NO_SUCH_JUDGEMENT,
    NO_SUCH_PAIR,
    comparison_set_gold,
    comparison_submit,
    judgement_undo,
)
from preferences.services.queue import judging_lease_next
from preferences.services.rankings import NO_SUCH_RANKING, NO_SUCH_RANKING_TASK, ranking_submit, ranking_undo
from tuneloop.artifacts import artifact_access
from tuneloop.auth import request_user
from tuneloop.exceptions import NotFound
from tuneloop.pagination import Page, page_response
from tuneloop.schema import SamplingSchema, typed


class JudgingNextApi(APIView):
    """The reviewer's next task from the judging queue, a pair or a ranking: the REST fallback of its WebSocket."""

    @extend_schema(responses=JudgingNextOutput)
    def get(self, request: Request, campaign_id: int) -> Response:
        user = request_user(request)
        campaign = access_campaign(user, campaign_id)
        task = judging_lease_next(campaign=campaign, user=user)
        if task is None:
            return Response({"task": None})
        return Response({"task": judging_payload(task)})


class JudgementStoredOutput(serializers.Serializer):
    judgement = serializers.IntegerField()
    task = serializers.IntegerField()
    duplicate = serializers.BooleanField(help_text="A resend with the same idempotency key: the first one (200).")

    class Meta:
        ref_name = "JudgementStored"


class RankingStoredOutput(serializers.Serializer):
    ranking = serializers.IntegerField()
    task = serializers.IntegerField()
    duplicate = serializers.BooleanField(help_text="A resend with the same idempotency key: the first one (200).")

    class Meta:
        ref_name = "RankingStored"


class JudgementCreateApi(APIView):
    InputSerializer = JudgementInput  # the judging queue's socket reads a judgement with it too

    @extend_schema(request=InputSerializer, responses={201: JudgementStoredOutput, 200: JudgementStoredOutput})
    def post(self, request: Request, task_id: int) -> Response:
        user = request_user(request)
        tasks = ComparisonTask.objects.filter(id=task_id)
        campaign = _member_campaign(user, tasks.values_list("item__campaign_id", flat=True).first(), NO_SUCH_PAIR)
        data = self.InputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        judgement, created = comparison_submit(campaign=campaign, task_id=task_id, user=user, **data.validated_data)
        body = {"judgement": judgement.id, "task": judgement.task_id, "duplicate": not created}
        return Response(body, status=status.HTTP_201_CREATED if created else status.HTTP_200_OK)


class JudgementUndoApi(APIView):
    """Take back one's own judgement within JUDGEMENT_UNDO_SECONDS; the task is leased back to judge again."""

    @extend_schema(request=None, responses=inline_serializer("JudgementUndone", {"task": JudgingTaskOutput()}))
    def post(self, request: Request, judgement_id: int) -> Response:
        user = request_user(request)
        judgements = Judgement.objects.filter(id=judgement_id, reviewer_id=user.pk)
        campaign_id = judgements.values_list("task__item__campaign_id", flat=True).first()
        campaign = _member_campaign(user, campaign_id, NO_SUCH_JUDGEMENT, field=None)
        task = judgement_undo(campaign=campaign, judgement_id=judgement_id, user=user)
        return Response({"task": comparison_payload(task)})


class RankingCreateApi(APIView):
    """Rank a ranking task's candidates (positions as shown, best first), or find them all bad."""

    InputSerializer = RankingInput  # the judging queue's socket reads a ranking with it too

    @extend_schema(request=InputSerializer, responses={201: RankingStoredOutput, 200: RankingStoredOutput})
    def post(self, request: Request, task_id: int) -> Response:
        user = request_user(request)
        tasks = RankingTask.objects.filter(id=task_id)
        campaign_id = tasks.values_list("item__campaign_id", flat=True).first()
        campaign = _member_campaign(user, campaign_id, NO_SUCH_RANKING_TASK)
        data = self.InputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        ranking, created = ranking_submit(campaign=campaign, task_id=task_id, user=user, **data.validated_data)
        body = {"ranking": ranking.id, "task": ranking.task_id, "duplicate": not created}
        return Response(body, status=status.HTTP_201_CREATED if created else status.HTTP_200_OK)


class RankingUndoApi(APIView):
    """Take back one's own ranking within JUDGEMENT_UNDO_SECONDS; the task is leased back to rank again."""

    @extend_schema(request=None, responses=inline_serializer("RankingUndone", {"task": JudgingTaskOutput()}))
    def post(self, request: Request, ranking_id: int) -> Response:
        user = request_user(request)
        rankings = Ranking.objects.filter(id=ranking_id, reviewer_id=user.pk)
        campaign_id = rankings.values_list("task__item__campaign_id", flat=True).first()
        campaign = _member_campaign(user, campaign_id, NO_SUCH_RANKING, field=None)
        task = ranking_undo(campaign=campaign, ranking_id=ranking_id, user=user)
        return Response({"task": ranking_payload(task)})


def _member_campaign(user: User, campaign_id: int | None, missing: str, *, field: str | None = "task") -> Campaign:
    """The campaign of the object a URL names, when `user` is a member of it. An object of a campaign they are
    not in is refused with the service's words for a missing one (`missing`): nothing is told about it. The
    service then looks the object up within this campaign, as it does for the judging queue's socket."""
    return access_campaign_of(user, campaign_id, missing=missing, field=field)


class ComparisonGoldApi(APIView):
    """Mark a comparison's pair gold with its known answer (as this task shows it), or unmark it."""

    class InputSerializer(serializers.Serializer):
        winner = serializers.ChoiceField(choices=["a", "b", "tie", "none"])

        class Meta:
            ref_name = "ComparisonGoldInput"

    @extend_schema(request=InputSerializer, responses=GoldSetOutput)
    def put(self, request: Request, task_id: int) -> Response:
        user = request_user(request)
        task = ComparisonTask.objects.filter(id=task_id).select_related("item", "left", "right").first()
        # Missing, or another campaign's: one answer, the judging endpoints' (nothing tells which ids exist).
        if task is None:
            raise NotFound(NO_SUCH_PAIR, field="task")
        access_campaign_of(user, task.item.campaign_id, missing=NO_SUCH_PAIR, role=Membership.Role.ADMIN, field="task")
        data = self.InputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        changed = comparison_set_gold(task=task, winner=data.validated_data["winner"])
        return Response({"task": task.id, "winner": data.validated_data["winner"], "tasks_changed": changed})


class CampaignPreferencesApi(APIView):
    """Admins: live judging figures and each reviewer's reliability (agreement, gold pairs, outlier flag)."""

    @extend_schema(responses=CampaignPreferencesOutput)
    def get(self, request: Request, campaign_id: int) -> Response:
        campaign = access_campaign(request.user, campaign_id, role=Membership.Role.ADMIN)
        reviewers = reviewer_reliability(campaign)
        return Response(
            {
                "stats": preference_stats(campaign, reviewers),
                "reviewers": [{**asdict(row), "username": row.reviewer} for row in reviewers],
            }
        )


class CandidateRoundOutput(serializers.ModelSerializer):
    sampling = typed(serializers.JSONField(), SamplingSchema)

    class Meta:
        model = CandidateRound
        fields = ["id", "campaign", "artifact", "sampling", "status", "items", "candidates", "error", "created_at"]


class CandidateRoundListApi(APIView):
    """Admins: generate candidates with a model artifact (N per item, sampling settings), or list rounds."""

    pagination_class = Page

    class InputSerializer(serializers.Serializer):
        artifact = serializers.IntegerField()
        sampling = typed(
            serializers.DictField(default=dict, help_text="Missing keys take the defaults."), SamplingSchema
        )

        class Meta:
            ref_name = "CandidateRoundInput"

    @extend_schema(responses=CandidateRoundOutput(many=True))
    def get(self, request: Request, campaign_id: int) -> Response:
        campaign = access_campaign(request.user, campaign_id, role=Membership.Role.ADMIN)
        rounds = campaign.candidate_rounds.order_by("-id")
        return page_response(request, rounds, lambda page: CandidateRoundOutput(page, many=True).data)

    @extend_schema(request=InputSerializer, responses={202: CandidateRoundOutput})
    def post(self, request: Request, campaign_id: int) -> Response:
        user = request_user(request)
        campaign = access_campaign(user, campaign_id, role=Membership.Role.ADMIN)
        data = self.InputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        artifact = artifact_access(user, data.validated_data["artifact"])
        created = candidate_round_create(
            campaign=campaign, artifact=artifact, user=user, sampling=data.validated_data["sampling"]
        )
        return Response(CandidateRoundOutput(created).data, status=status.HTTP_202_ACCEPTED)


class CampaignRatingsApi(APIView):
    """Admins: Bradley-Terry ratings of the candidates' sources, bootstrap intervals and the win matrix."""

    class FilterSerializer(serializers.Serializer):
        rounds = serializers.IntegerField(min_value=10, max_value=1000, default=200, help_text="Bootstrap rounds.")

        class Meta:
            ref_name = "RatingsFilter"

    @extend_schema(parameters=[FilterSerializer], responses=SourceRatingsOutput)
    def get(self, request: Request, campaign_id: int) -> Response:
        campaign = access_campaign(request.user, campaign_id, role=Membership.Role.ADMIN)
        query = self.FilterSerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        return Response(source_ratings(campaign, rounds=query.validated_data["rounds"]))
