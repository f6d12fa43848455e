"""The OpenAPI schema's account of errors: each operation documents the 4xx answers that the one exception
handler (`tuneloop.exceptions.api_exception_handler`) can give it, with their body."""

from __future__ import annotations

from typing import Any, TypeVar

from drf_spectacular.openapi import AutoSchema as SpectacularAutoSchema
from drf_spectacular.utils import OpenApiResponse, extend_schema_field, inline_serializer
from rest_framework import serializers

WRITES = {"POST", "PUT", "PATCH", "DELETE"}
BODIES = {"POST", "PUT", "PATCH"}  # the methods whose request has a body
FieldT = TypeVar("FieldT", bound=serializers.Field)


# {"detail": ..., "field"?: ..., "errors"?: ...}, and any context the error adds (e.g. a retry time). Built
# inline: a declared `errors` field would shadow `Serializer.errors`.
ERROR_BODY = inline_serializer(
    "Error",
    {
        "detail": serializers.CharField(),
        "field": serializers.CharField(required=False, help_text="The input at fault, when there is one."),
        "errors": serializers.JSONField(required=False, help_text="Per-field messages of a malformed request."),
    },
)


ERROR = {
    400: "Bad input: `errors` names the fields at fault, or `detail` the rule broken.",
    401: "No valid credentials: sign in, or get a new token with POST /api/auth/token/.",
    403: "Signed in, but this role may not do this.",
    404: "No such object, or none that this user may see.",
    409: "The object's state does not allow this now (e.g. a lease another reviewer holds, a finished job).",
    415: "The body's Content-Type is not one the operation reads.",
    429: "Too many requests: wait and try again.",
}


class AutoSchema(SpectacularAutoSchema):
    def _get_paginator(self) -> Any:
        # Lists are paged when read; a write that answers with a list (canaries planted) answers it whole.
        return super()._get_paginator() if self.method == "GET" else None

    def _error_statuses(self) -> set[int]:
        statuses = set()
        auth = self.get_auth()
        if auth and {} not in auth:  # authentication required: refused without it, and by role
            statuses |= {401, 403}
        if self.method in WRITES or any(parameter["in"] == "query" for parameter in self._get_parameters()):
            statuses.add(400)  # a request that can be malformed, or a write a service can refuse
        if self.method in BODIES and self.get_request_serializer() is not None:
            statuses.add(415)  # a body in a Content-Type that no parser reads
        if "{" in self.path:  # objects are fetched with `access_*` selectors, which answer 404
            statuses.add(404)
        if self.method in WRITES and 401 in statuses:
            statuses.add(409)
        if self.view.get_throttles():
            statuses.add(429)
        return statuses

    def _get_response_bodies(self, direction: Any = "response") -> dict[str, Any]:
        responses = super()._get_response_bodies(direction)
        for status in sorted(self._error_statuses()):
            error = OpenApiResponse(ERROR_BODY, description=ERROR[status])
            responses.setdefault(str(status), self._get_response_for_code(error, str(status), direction=direction))
        return responses


def typed(field: FieldT, schema: Any) -> FieldT:
    """`field` (a JSONField / DictField that reads and writes as before) described in the OpenAPI schema as
    `schema`: a serializer (a named component) or an OpenAPI type.

    The annotation goes on a subclass made for this field: a serializer deep-copies its fields, which builds
    new instances of the field's class from its arguments and so drops anything set on the instance."""
    field.__class__ = extend_schema_field(schema)(type(type(field).__name__, (type(field),), {}))
    return field


class SamplingSchema(serializers.Serializer):
    """tuneloop.sampling.Sampling; a missing key takes its default."""

    n = serializers.IntegerField(required=False, help_text="Candidates per prompt, 1..16.")
    temperature = serializers.FloatField(required=False, help_text="0 (greedy) .. 2.")
    top_p = serializers.FloatField(required=False)
    max_new_tokens = serializers.IntegerField(required=False)
    seed = serializers.IntegerField(required=False, allow_null=True)

    class Meta:
        ref_name = "Sampling"


class OutputFormatSchema(serializers.Serializer):
    """tuneloop.output_format: a template (`fields`), a JSON schema (`schema`) or a label set (`labels`)."""

    kind = serializers.ChoiceField(choices=["template", "json_schema", "labels"])
    fields = serializers.ListField(  # type: ignore[assignment]
        child=serializers.CharField(), required=False, help_text="template: in order."
    )
    schema = serializers.DictField(required=False, help_text="json_schema: the JSON schema answers must fit.")
    labels = serializers.ListField(child=serializers.CharField(), required=False, help_text="labels: two or more.")
    multi_label = serializers.BooleanField(
        required=False, help_text="labels: answers may hold several, comma-separated."
    )

    class Meta:
        ref_name = "OutputFormat"


COUNTS = {"type": "object", "additionalProperties": {"type": "integer"}}  # {name: count}, e.g. entity counts


def counts(**kwargs: Any) -> serializers.JSONField:
    """A JSONField holding {name: count}, typed as such."""
    return typed(serializers.JSONField(**kwargs), COUNTS)


class FailureReasonSchema(serializers.Serializer):
    """Why an output failed (evaluation.metrics.failures): a check and what it names, never text."""

    check = serializers.CharField(help_text="behaviour, format, label, field, or a safety check's name.")
    kind = serializers.CharField(required=False, help_text="A safety finding's kind.")
    expected = serializers.CharField(required=False, help_text="behaviour: the reference's.")
    got = serializers.CharField(required=False, help_text="behaviour: the output's.")
    metric = serializers.CharField(required=False, help_text="label: the metric below 1.")
    field = serializers.CharField(required=False, help_text="field: the template field below the bar.")
    f1 = serializers.FloatField(required=False, help_text="field: its token F1.")

    class Meta:
        ref_name = "FailureReason"
