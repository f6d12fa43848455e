"""REST endpoints for a campaign's anonymization policy (preview, audit trail), PII dashboard and canaries."""

from __future__ import annotations

from drf_spectacular.utils import extend_schema
from rest_framework import serializers, status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from privacy.engine.policy import DEFAULT_ENTITIES, OPERATORS, VALIDATIONS
from privacy.engine.presets import PRESETS
from privacy.models import Canary, PolicyChange
from privacy.selectors import canary_list, pii_summary, policy_changes, policy_document
from privacy.services.canaries import MAX_LABEL, MAX_VALUES, canaries_plant, canary_audit
from privacy.services.policy import policy_preview, policy_update
from tuneloop.access import access_campaign
from tuneloop.auth import request_user
from tuneloop.pagination import Page, page_response
from tuneloop.roles import ADMIN
from tuneloop.schema import counts, typed


class RecognizerSerializer(serializers.Serializer):
    name = serializers.CharField(help_text="Letters, digits, _ and -; unique within the policy.")
    entity_type = serializers.CharField(
        help_text="Placeholder type, upper case: POLICY_NUMBER gives <POLICY_NUMBER_1>."
    )
    regex = serializers.CharField(help_text="Python regular expression, case-sensitive.")
    score = serializers.FloatField(required=False, help_text="0..1; below the threshold, a context word must lift it.")
    context = serializers.ListField(child=serializers.CharField(), required=False)  # type: ignore[assignment]
    validation = serializers.ChoiceField(choices=VALIDATIONS, required=False)


class PolicySerializer(serializers.Serializer):
    entities = serializers.ListField(child=serializers.CharField(), required=False)
    operators = serializers.DictField(child=serializers.ChoiceField(choices=OPERATORS), required=False)
    score_threshold = serializers.FloatField(required=False)
    allow_list = serializers.ListField(child=serializers.CharField(), required=False)
    deny_list = serializers.ListField(child=serializers.CharField(), required=False)
    recognizers = RecognizerSerializer(many=True, required=False)
    preset = serializers.ChoiceField(
        choices=PRESETS,
        required=False,
        help_text="default: business dates and organisations kept; safe_harbor: every date, ages over 89.",
    )

    class Meta:
        ref_name = "AnonymizationPolicy"


class PolicyOutput(PolicySerializer):
    version = serializers.IntegerField(help_text="0 while the campaign uses the default policy.")
    default_entities = serializers.ListField(child=serializers.CharField())

    class Meta:
        ref_name = "AnonymizationPolicyOutput"


class PolicyApi(APIView):
    """The campaign's anonymization policy. The body is checked against a JSON schema as a whole (not by
    DRF field by field), so that errors name the exact field, e.g. `policy.recognizers[0].regex`."""

    @extend_schema(responses=PolicyOutput)
    def get(self, request: Request, campaign_id: int) -> Response:
        campaign = access_campaign(request.user, campaign_id, role=ADMIN)
        return Response({**policy_document(campaign), "default_entities": list(DEFAULT_ENTITIES)})

    @extend_schema(request=PolicySerializer, responses=PolicyOutput)
    def put(self, request: Request, campaign_id: int) -> Response:
        campaign = access_campaign(request.user, campaign_id, role=ADMIN)
        policy_update(campaign=campaign, user=request_user(request), document=request.data)
        return Response({**policy_document(campaign), "default_entities": list(DEFAULT_ENTITIES)})


class PolicyPreviewApi(APIView):
    class InputSerializer(serializers.Serializer):
        text = serializers.CharField(trim_whitespace=False, help_text="A sample; it is neither stored nor logged.")
        policy = PolicySerializer(required=False, help_text="An unsaved policy to try; the saved one by default.")

        class Meta:
            ref_name = "PolicyPreviewInput"

    class OutputSerializer(serializers.Serializer):
        text = serializers.CharField()
        entities = serializers.DictField(child=serializers.IntegerField())

        class Meta:
            ref_name = "PolicyPreviewOutput"

    @extend_schema(request=InputSerializer, responses=OutputSerializer)
    def post(self, request: Request, campaign_id: int) -> Response:
        campaign = access_campaign(request.user, campaign_id, role=ADMIN)
        text = request.data.get("text") if isinstance(request.data, dict) else None
        document = request.data.get("policy") if isinstance(request.data, dict) else None
        result = policy_preview(campaign=campaign, text=text if isinstance(text, str) else "", document=document)
        return Response({"text": result.text, "entities": result.entities})


class PolicyChangeOutput(serializers.ModelSerializer):
    user = serializers.CharField(source="user.username")
    before = typed(serializers.JSONField(), PolicySerializer)
    after = typed(serializers.JSONField(), PolicySerializer)

    class Meta:
        model = PolicyChange
        fields = ["version", "user", "before", "after", "created_at"]


class PolicyHistoryApi(APIView):
    """The campaign's policy changes, newest first."""

    pagination_class = Page

    @extend_schema(responses=PolicyChangeOutput(many=True))
    def get(self, request: Request, campaign_id: int) -> Response:
        campaign = access_campaign(request.user, campaign_id, role=ADMIN)
        return page_response(request, policy_changes(campaign), lambda page: PolicyChangeOutput(page, many=True).data)


class PiiSummaryOutput(serializers.Serializer):
    total = counts(help_text="Entity type -> replaced mentions, most common first; never values.")
    by_source = serializers.DictField(child=counts(), help_text="Per kind of text, the same counts.")
    texts_with_pii = counts(help_text="Per kind of text, how many texts had something replaced.")

    class Meta:
        ref_name = "PiiSummary"


class CanaryLocationOutput(serializers.Serializer):
    """Where a canary was seen: the source and its row or file and line, never the text around it."""

    source = serializers.CharField()  # type: ignore[assignment]
    id = serializers.IntegerField(required=False)
    dataset = serializers.IntegerField(required=False)
    position = serializers.IntegerField(required=False)
    batch = serializers.IntegerField(required=False)
    path = serializers.CharField(required=False)
    line = serializers.IntegerField(required=False)
    artifact = serializers.IntegerField(required=False, allow_null=True)
    note = serializers.CharField(required=False)

    class Meta:
        ref_name = "CanaryLocation"


class CanaryFindingOutput(serializers.Serializer):
    id = serializers.IntegerField()
    label = serializers.CharField()  # type: ignore[assignment]
    length = serializers.IntegerField()
    found = serializers.BooleanField(help_text="Seen anywhere but in staged import lines.")
    where = CanaryLocationOutput(many=True, help_text="The first 100 locations.")
    occurrences = serializers.IntegerField()

    class Meta:
        ref_name = "CanaryFinding"


class CanaryAuditOutput(serializers.Serializer):
    campaign = serializers.IntegerField()
    canaries = CanaryFindingOutput(many=True)
    scanned = counts(help_text="Texts or files scanned per source.")

    class Meta:
        ref_name = "CanaryAudit"


class PiiSummaryApi(APIView):
    @extend_schema(responses=PiiSummaryOutput)
    def get(self, request: Request, campaign_id: int) -> Response:
        campaign = access_campaign(request.user, campaign_id, role=ADMIN)
        return Response(pii_summary(campaign))


class CanaryOutput(serializers.ModelSerializer):
    """A canary as the API shows it: never its value, which is not stored anywhere."""

    class Meta:
        model = Canary
        fields = ["id", "label", "length", "created_at"]


class CanaryListApi(APIView):
    pagination_class = Page

    class InputSerializer(serializers.Serializer):
        values = serializers.ListField(
            child=serializers.CharField(trim_whitespace=False),
            min_length=1,
            max_length=MAX_VALUES,
            help_text="Fake identities (a name, an email, a phone number...), at least 6 letters or digits each. "
            "Only a keyed digest is kept.",
        )
        labels = serializers.ListField(
            child=serializers.CharField(allow_blank=True, max_length=MAX_LABEL),
            required=False,
            help_text="One per value, how reports name it; 'canary <n> (<k> chars)' when left out or blank.",
        )

        class Meta:
            ref_name = "CanaryPlantInput"

    @extend_schema(responses=CanaryOutput(many=True))
    def get(self, request: Request, campaign_id: int) -> Response:
        campaign = access_campaign(request.user, campaign_id, role=ADMIN)
        return page_response(request, canary_list(campaign), lambda page: CanaryOutput(page, many=True).data)

    @extend_schema(request=InputSerializer, responses={201: CanaryOutput(many=True)})
    def post(self, request: Request, campaign_id: int) -> Response:
        user = request_user(request)
        campaign = access_campaign(user, campaign_id, role=ADMIN)
        data = self.InputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        canaries = canaries_plant(campaign=campaign, user=user, **data.validated_data)
        return Response(CanaryOutput(canaries, many=True).data, status=status.HTTP_201_CREATED)


class CanaryAuditApi(APIView):
    """Scan the campaign's stored texts and export files for its canaries now (no model generation: use
    `manage.py pii_audit` for that). Reports where each one is, never the text around it."""

    @extend_schema(request=None, responses=CanaryAuditOutput)
    def post(self, request: Request, campaign_id: int) -> Response:
        campaign = access_campaign(request.user, campaign_id, role=ADMIN)
        return Response(canary_audit(campaign=campaign, generate=False))
