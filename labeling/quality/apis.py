"""REST endpoints for reviewer quality: a campaign's agreement figures per reviewer, and gold items."""

from __future__ import annotations

from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from labeling.models import Item
from labeling.quality.agreement import MIN_SHARED_ITEMS
from labeling.quality.selectors import campaign_quality
from labeling.quality.services import item_set_gold, item_unset_gold
from labeling.selectors import access_campaign, access_item
from tuneloop.auth import AnyUser, request_user
from tuneloop.roles import ADMIN


class QualityPairKappaSerializer(serializers.Serializer):
    kappa = serializers.FloatField(allow_null=True, help_text="Cohen's kappa; null below min_shared_items.")
    items = serializers.IntegerField(help_text="Items both reviewers answered.")


class QualityReviewerSerializer(serializers.Serializer):
    username = serializers.CharField()
    answers = serializers.IntegerField(help_text="Answers on ordinary (not gold) items.")
    gold_answers = serializers.IntegerField()
    gold_correct = serializers.IntegerField()
    gold_accuracy = serializers.FloatField(allow_null=True, help_text="gold_correct / gold_answers.")
    agreement_with_majority = serializers.FloatField(
        allow_null=True, help_text="Share of answers equal to the others' most common answer on the item."
    )
    majority_items = serializers.IntegerField(help_text="Items behind agreement_with_majority.")
    cohen_kappa = serializers.DictField(child=QualityPairKappaSerializer(), help_text="Other reviewer -> kappa.")


class QualityFiguresSerializer(serializers.Serializer):
    output_format = serializers.CharField()
    items = serializers.IntegerField(help_text="Ordinary items with at least one answer.")
    answers = serializers.IntegerField()
    reviewers_per_item = serializers.IntegerField()
    gold_rate = serializers.FloatField()
    gold_items = serializers.IntegerField()
    fleiss_kappa = serializers.FloatField(allow_null=True)
    fleiss_items = serializers.IntegerField()
    fleiss_raters = serializers.IntegerField(help_text="Answers per item on the items Fleiss' kappa used.")
    krippendorff_alpha = serializers.FloatField(allow_null=True)
    krippendorff_items = serializers.IntegerField()
    min_shared_items = serializers.IntegerField()


class QualityGoldItemSerializer(serializers.Serializer):
    item = serializers.IntegerField()
    external_id = serializers.CharField()
    answer = serializers.CharField()
    answers = serializers.IntegerField()
    correct = serializers.IntegerField()


class CampaignQualityApi(APIView):
    """Agreement between reviewers (gold items left out) and each reviewer's accuracy on gold items."""

    class FilterSerializer(serializers.Serializer):
        min_shared = serializers.IntegerField(
            min_value=1, default=MIN_SHARED_ITEMS, help_text="Shared items a pair needs for Cohen's kappa."
        )

        class Meta:
            ref_name = "QualityFilter"

    class OutputSerializer(serializers.Serializer):
        campaign = QualityFiguresSerializer()
        reviewers = QualityReviewerSerializer(many=True)
        gold = QualityGoldItemSerializer(many=True)

        class Meta:
            ref_name = "QualityReport"

    @extend_schema(parameters=[FilterSerializer], responses=OutputSerializer)
    def get(self, request: Request, campaign_id: int) -> Response:
        campaign = access_campaign(request.user, campaign_id, role=ADMIN)
        query = self.FilterSerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        return Response(campaign_quality(campaign, min_shared=query.validated_data["min_shared"]))


class GoldOutput(serializers.ModelSerializer):
    class Meta:
        model = Item
        fields = ["id", "external_id", "is_gold", "gold_answer"]


def _access_item_as_admin(user: AnyUser, item_id: int) -> Item:
    item = access_item(user, item_id)
    access_campaign(user, item.campaign_id, role=ADMIN)
    return item


class ItemGoldApi(APIView):
    """PUT marks the item gold with its known answer; DELETE makes it an ordinary item again."""

    class InputSerializer(serializers.Serializer):
        answer = serializers.CharField(trim_whitespace=False, help_text="The known answer, as a reviewer writes it.")

        class Meta:
            ref_name = "GoldInput"

    @extend_schema(request=InputSerializer, responses=GoldOutput)
    def put(self, request: Request, item_id: int) -> Response:
        item = _access_item_as_admin(request.user, item_id)
        data = self.InputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        item = item_set_gold(item=item, answer=data.validated_data["answer"], user=request_user(request))
        return Response(GoldOutput(item).data)

    @extend_schema(responses={200: GoldOutput})  # the item as it now is, not DELETE's usual empty 204
    def delete(self, request: Request, item_id: int) -> Response:
        item = _access_item_as_admin(request.user, item_id)
        return Response(GoldOutput(item_unset_gold(item=item, user=request_user(request))).data)
