"""Named shapes of authoring and review answers, a guideline's spec and import options, for the OpenAPI schema."""

from __future__ import annotations

from rest_framework import serializers

from tuneloop.schema import FailureReasonSchema, OutputFormatSchema


class MustNeverRuleSchema(serializers.Serializer):
    name = serializers.CharField(help_text="What the report counts violations under.")
    kind = serializers.ChoiceField(choices=["phrase", "pattern"])
    value = serializers.CharField(help_text="A phrase (any case) or a regular expression.")

    class Meta:
        ref_name = "MustNeverRule"


class GuidelineSpecSchema(serializers.Serializer):
    """A task specification (docs/authoring.md); only `output_format` is required."""

    user = serializers.CharField(required=False, allow_blank=True)
    input_description = serializers.CharField(required=False, allow_blank=True)
    expected_output = serializers.CharField(required=False, allow_blank=True)
    acceptance_criteria = serializers.ListField(child=serializers.CharField(), required=False)
    must_never = serializers.ListField(child=serializers.CharField(), required=False)
    must_never_rules = MustNeverRuleSchema(many=True, required=False)
    output_format = OutputFormatSchema()

    class Meta:
        ref_name = "GuidelineSpec"


class ReworkOutput(serializers.Serializer):
    source = serializers.CharField(help_text="Where it came from, e.g. 'evaluation round 12'.")  # type: ignore[assignment]
    reasons = FailureReasonSchema(many=True)

    class Meta:
        ref_name = "Rework"


class RevisionOutput(serializers.Serializer):
    editor = serializers.CharField()
    status = serializers.CharField()
    response = serializers.CharField()
    comment = serializers.CharField()
    created_at = serializers.DateTimeField()

    class Meta:
        ref_name = "Revision"


class ExampleHistoryOutput(serializers.Serializer):
    example = serializers.IntegerField()
    revisions = RevisionOutput(many=True, help_text="Oldest first.")

    class Meta:
        ref_name = "ExampleHistory"


class NamedReviewersOutput(serializers.Serializer):
    item = serializers.IntegerField()
    usernames = serializers.ListField(child=serializers.CharField())

    class Meta:
        ref_name = "NamedReviewers"


class ImportErrorOutput(serializers.Serializer):
    line = serializers.IntegerField()
    message = serializers.CharField()

    class Meta:
        ref_name = "ImportLineError"


class CsvMappingOutput(serializers.Serializer):
    text = serializers.CharField(help_text="The column holding the text.")
    id = serializers.CharField(required=False)
    group = serializers.CharField(required=False)
    responses = serializers.ListField(child=serializers.CharField())

    class Meta:
        ref_name = "CsvMapping"


class ImportOptionsOutput(serializers.Serializer):
    mapping = CsvMappingOutput(required=False, help_text="CSV: which column holds what (docs/imports.md).")
    delimiter = serializers.CharField(required=False)

    class Meta:
        ref_name = "ImportOptions"
