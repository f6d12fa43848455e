"""REST endpoints for a campaign's webhooks and their delivery log (campaign admins only; docs/webhooks.md)."""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import extend_schema, inline_serializer
from rest_framework import serializers, status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from labeling.selectors import access_campaign
from labeling.webhooks.catalog import EVENT_TYPES
from labeling.webhooks.models import Webhook, WebhookDelivery
from labeling.webhooks.selectors import access_delivery, access_webhook, delivery_list, webhook_list
from labeling.webhooks.services import (
    delivery_redeliver,
    webhook_create,
    webhook_delete,
    webhook_ping,
    webhook_update,
)
from tuneloop.auth import request_user
from tuneloop.pagination import Page, page_response
from tuneloop.roles import ADMIN
from tuneloop.schema import typed

EVENTS_HELP = "Event types delivered: " + ", ".join(EVENT_TYPES) + "."


def _event_choices(**kwargs: Any) -> serializers.ListField:
    return serializers.ListField(child=serializers.ChoiceField(choices=list(EVENT_TYPES)), **kwargs)


class WebhookOutput(serializers.ModelSerializer):
    events = serializers.ListField(child=serializers.CharField(), help_text=EVENTS_HELP)

    class Meta:
        model = Webhook
        fields = ["id", "campaign", "url", "events", "active", "created_at"]


class WebhookCreatedOutput(WebhookOutput):
    secret = serializers.CharField(help_text="The HMAC key, hex: shown this once; keep it with the receiver.")

    class Meta(WebhookOutput.Meta):
        fields = [*WebhookOutput.Meta.fields, "secret"]


class CheckOutput(serializers.Serializer):
    name = serializers.CharField()
    passed = serializers.BooleanField()


def _optional(field: type[serializers.Field], help_text: str = "", **kwargs: Any) -> serializers.Field:
    return field(required=False, help_text=help_text or None, **kwargs)


# The `data` of a delivery: ids, statuses and figures, which of them depending on the event (docs/webhooks.md).
# Built from a dict: import.finished names its batch `import`, a keyword.
WEBHOOK_PAYLOAD = inline_serializer(
    "WebhookPayload",
    {
        "webhook": _optional(serializers.IntegerField, "ping: this webhook."),
        "events": serializers.ListField(child=serializers.CharField(), required=False, help_text="ping"),
        "status": _optional(serializers.CharField),
        "import": _optional(serializers.IntegerField, "import.finished: the batch."),
        "total_lines": _optional(serializers.IntegerField),
        "accepted": _optional(serializers.IntegerField),
        "duplicates": _optional(serializers.IntegerField),
        "rejected": _optional(serializers.IntegerField),
        "run": _optional(serializers.IntegerField, "run.finished"),
        "stage": _optional(serializers.CharField),
        "step": _optional(serializers.IntegerField),
        "evaluation": _optional(serializers.IntegerField, allow_null=True),
        "n": _optional(serializers.IntegerField, "evaluation.finished: test items scored.", allow_null=True),
        "recommendation": _optional(serializers.CharField, "promote or reject"),
        "against": _optional(serializers.CharField, allow_null=True),
        "checks": CheckOutput(many=True, required=False),
        "promotion": _optional(serializers.IntegerField, "model.promoted, model.rolled_back"),
        "action": _optional(serializers.CharField),
        "artifact": _optional(serializers.IntegerField, allow_null=True),
        "overridden": _optional(serializers.BooleanField, "Promoted against the gate, with a written reason."),
        "deployment": _optional(serializers.IntegerField, "deployment.alert"),
        "metric": _optional(serializers.CharField),
        "value": _optional(serializers.FloatField),
        "threshold": _optional(serializers.FloatField),
        "fell_back": _optional(serializers.BooleanField),
    },
)


class DeliveryAttemptOutput(serializers.Serializer):
    at = serializers.DateTimeField()
    status = serializers.IntegerField(allow_null=True, help_text="The HTTP status; null: no answer.")
    error = serializers.CharField(allow_blank=True)


class DeliveryOutput(serializers.ModelSerializer):
    payload = typed(serializers.JSONField(help_text="The event's data."), WEBHOOK_PAYLOAD)
    history = DeliveryAttemptOutput(many=True, help_text="Each attempt, oldest first.")

    class Meta:
        model = WebhookDelivery
        fields = [
            "id",
            "webhook",
            "event",
            "status",
            "attempts",
            "response_status",
            "last_error",
            "history",
            "next_attempt_at",
            "created_at",
            "delivered_at",
            "payload",
        ]


class WebhookListApi(APIView):
    pagination_class = Page

    class InputSerializer(serializers.Serializer):
        url = serializers.CharField(max_length=2000, help_text="http(s) URL of a public host.")
        events = _event_choices(min_length=1, help_text=EVENTS_HELP)
        active = serializers.BooleanField(default=True)

        class Meta:
            ref_name = "WebhookCreateInput"

    @extend_schema(responses=WebhookOutput(many=True))
    def get(self, request: Request, campaign_id: int) -> Response:
        campaign = access_campaign(request.user, campaign_id, role=ADMIN)
        return page_response(request, webhook_list(campaign), lambda page: WebhookOutput(page, many=True).data)

    @extend_schema(request=InputSerializer, responses={201: WebhookCreatedOutput})
    def post(self, request: Request, campaign_id: int) -> Response:
        """Create a webhook; the answer holds its signing secret, shown this once."""
        campaign = access_campaign(request.user, campaign_id, role=ADMIN)
        data = self.InputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        webhook = webhook_create(campaign=campaign, user=request_user(request), **data.validated_data)
        return Response(WebhookCreatedOutput(webhook).data, status=status.HTTP_201_CREATED)


class WebhookDetailApi(APIView):
    class InputSerializer(serializers.Serializer):
        url = serializers.CharField(max_length=2000, required=False)
        events = _event_choices(min_length=1, required=False, help_text=EVENTS_HELP)
        active = serializers.BooleanField(required=False)

        class Meta:
            ref_name = "WebhookChangeInput"

    @extend_schema(responses=WebhookOutput)
    def get(self, request: Request, webhook_id: int) -> Response:
        return Response(WebhookOutput(access_webhook(request.user, webhook_id)).data)

    @extend_schema(request=InputSerializer, responses=WebhookOutput)
    def patch(self, request: Request, webhook_id: int) -> Response:
        webhook = access_webhook(request.user, webhook_id)
        data = self.InputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        return Response(WebhookOutput(webhook_update(webhook=webhook, **data.validated_data)).data)

    @extend_schema(request=None, responses={204: None})
    def delete(self, request: Request, webhook_id: int) -> Response:
        webhook_delete(webhook=access_webhook(request.user, webhook_id))
        return Response(status=status.HTTP_204_NO_CONTENT)


class WebhookPingApi(APIView):
    @extend_schema(request=None, responses={202: DeliveryOutput})
    def post(self, request: Request, webhook_id: int) -> Response:
        """Send a `ping` event; follow it in the delivery log."""
        delivery = webhook_ping(webhook=access_webhook(request.user, webhook_id))
        return Response(DeliveryOutput(delivery).data, status=status.HTTP_202_ACCEPTED)


class DeliveryListApi(APIView):
    pagination_class = Page

    @extend_schema(responses=DeliveryOutput(many=True))
    def get(self, request: Request, webhook_id: int) -> Response:
        """The webhook's deliveries, newest first."""
        webhook = access_webhook(request.user, webhook_id)
        return page_response(request, delivery_list(webhook), lambda page: DeliveryOutput(page, many=True).data)


class DeliveryRedeliverApi(APIView):
    @extend_schema(request=None, responses={202: DeliveryOutput})
    def post(self, request: Request, delivery_id: int) -> Response:
        """Send a delivered or failed delivery again, with a fresh round of attempts."""
        delivery = delivery_redeliver(delivery=access_delivery(request.user, delivery_id))
        return Response(DeliveryOutput(delivery).data, status=status.HTTP_202_ACCEPTED)
