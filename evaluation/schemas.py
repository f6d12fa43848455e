"""OpenAPI shapes of an evaluation report: the report stays the JSON the round stored, typed in the schema."""

from __future__ import annotations

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from tuneloop.schema import FailureReasonSchema, OutputFormatSchema, typed

_NUMBER = {"type": "number", "nullable": True}
FIGURES = {
    "type": "object",
    "additionalProperties": {
        "anyOf": [
            _NUMBER,
            {"type": "string"},
            {"type": "array", "items": _NUMBER},
            {"type": "object", "additionalProperties": _NUMBER},
        ]
    },
}


class LabelFiguresSchema(serializers.Serializer):
    precision = serializers.FloatField()
    recall = serializers.FloatField()
    f1 = serializers.FloatField()
    support = serializers.IntegerField()

    class Meta:
        ref_name = "EvaluationLabelFigures"


class ConfusionSchema(serializers.Serializer):
    labels = serializers.ListField(child=serializers.CharField(), help_text="Rows: the reference labels.")
    columns = serializers.ListField(child=serializers.CharField(), help_text="The output labels, then `invalid`.")
    matrix = serializers.ListField(child=serializers.ListField(child=serializers.IntegerField()))

    class Meta:
        ref_name = "EvaluationConfusion"


class BehaviourConfusionSchema(serializers.Serializer):
    labels = serializers.ListField(
        child=serializers.CharField(), help_text="Rows, the reference's kind: answer, decline, clarify, escalate."
    )
    columns = serializers.ListField(
        child=serializers.CharField(), help_text="What the output did: the same four, then `invalid`."
    )
    matrix = serializers.ListField(child=serializers.ListField(child=serializers.IntegerField()))

    class Meta:
        ref_name = "EvaluationBehaviourConfusion"


class BehaviourShareSchema(serializers.Serializer):
    count = serializers.IntegerField()
    n = serializers.IntegerField(help_text="Test items it could have happened on.")
    rate = serializers.FloatField(allow_null=True, help_text="count / n; null without such items.")

    class Meta:
        ref_name = "EvaluationBehaviourShare"


class MetricsSchema(serializers.Serializer):
    """Which keys are present depends on the output format (docs/evaluation.md)."""

    n = serializers.IntegerField()
    format_validity = serializers.FloatField()
    accuracy = serializers.FloatField(required=False, help_text="Label sets, one label per answer.")
    subset_accuracy = serializers.FloatField(required=False, help_text="Label sets, several labels per answer.")
    macro_f1 = serializers.FloatField(required=False)
    micro_f1 = serializers.FloatField(required=False)
    per_label = serializers.DictField(child=LabelFiguresSchema(), required=False)
    confusion = ConfusionSchema(required=False)
    field_f1 = serializers.DictField(child=serializers.FloatField(), required=False, help_text="Templates and JSON.")
    field_exact = serializers.DictField(child=serializers.FloatField(), required=False)
    field_f1_mean = serializers.FloatField(required=False)
    completeness = serializers.FloatField(required=False)
    unsupported_rate = serializers.FloatField(required=False)
    dropped_detail_rate = serializers.FloatField(required=False)
    policy_violation_rate = serializers.FloatField(required=False)
    violations = serializers.DictField(child=serializers.IntegerField(), required=False)
    escalation_accuracy = serializers.FloatField(
        required=False, help_text="Share of items whose output does what the reference does (answer or behaviour)."
    )
    behaviour_confusion = BehaviourConfusionSchema(required=False)
    missed_escalations = BehaviourShareSchema(
        required=False, help_text="The reference declines, clarifies or escalates; the output answered."
    )
    needless_escalations = BehaviourShareSchema(
        required=False, help_text="The reference answers; the output declined, clarified or escalated."
    )

    class Meta:
        ref_name = "EvaluationMetrics"


class ContenderSchema(serializers.Serializer):
    metrics = MetricsSchema()

    class Meta:
        ref_name = "EvaluationContender"


class DifferenceSchema(serializers.Serializer):
    delta = serializers.FloatField(help_text="The candidate's figure minus the other contender's.")
    ci95 = serializers.ListField(
        child=serializers.FloatField(), allow_null=True, help_text="Paired bootstrap 95% interval [low, high]."
    )
    n = serializers.IntegerField(help_text="Test items behind it.")

    class Meta:
        ref_name = "EvaluationDifference"


class GateCheckSchema(serializers.Serializer):
    name = serializers.CharField()
    passed = serializers.BooleanField()
    figures = typed(
        serializers.DictField(
            help_text="What the check compared, by name: numbers, the metric's name, an interval, per-field drops."
        ),
        FIGURES,
    )

    class Meta:
        ref_name = "GateCheck"


class GateVerdictSchema(serializers.Serializer):
    recommendation = serializers.ChoiceField(choices=["promote", "reject"])
    against = serializers.CharField(allow_null=True, help_text="The contender the candidate is compared with.")
    checks = GateCheckSchema(many=True)

    class Meta:
        ref_name = "GateVerdict"


class HumanCriterionSchema(serializers.Serializer):
    win_rate = serializers.FloatField(allow_null=True, help_text="The candidate's win rate on this criterion.")
    rated = serializers.IntegerField(help_text="Judgements that rated it.")

    class Meta:
        ref_name = "HumanCriterion"


class HumanAgreementSchema(serializers.Serializer):
    items = serializers.IntegerField(help_text="Test items judged by two or more reviewers.")
    percent = serializers.FloatField(allow_null=True, help_text="Share of judgement pairs on one item that agree.")
    alpha = serializers.FloatField(allow_null=True, help_text="Krippendorff's alpha (nominal) over the outcomes.")

    class Meta:
        ref_name = "HumanAgreement"


class HumanSummarySchema(serializers.Serializer):
    opponent = serializers.CharField(help_text="The contender the candidate was judged against.")
    pairs = serializers.IntegerField(help_text="Test items asked about.")
    identical = serializers.IntegerField(help_text="Test items where both outputs were the same: not asked.")
    judged_items = serializers.IntegerField()
    judgements = serializers.IntegerField()
    counts = serializers.DictField(child=serializers.IntegerField(), help_text="win, loss, tie, both_bad.")
    win_rate = serializers.FloatField(allow_null=True, help_text="Wins 1, ties and both bad 0.5, per item.")
    win_rate_ci95 = serializers.ListField(
        child=serializers.FloatField(), allow_null=True, help_text="Bootstrap 95% interval over test items."
    )
    criteria = serializers.DictField(child=HumanCriterionSchema(), help_text="Per rubric criterion.")
    agreement = HumanAgreementSchema()

    class Meta:
        ref_name = "HumanEvaluationSummary"


class ReportSchema(serializers.Serializer):
    n = serializers.IntegerField(help_text="Test items.")
    output_format = OutputFormatSchema()
    guideline_version = serializers.IntegerField(allow_null=True, required=False)
    contenders = serializers.DictField(
        child=ContenderSchema(), help_text="base, prompt_baseline, candidate, incumbent."
    )
    differences = serializers.DictField(
        child=serializers.DictField(child=DifferenceSchema()), help_text='"candidate_vs_NAME": {metric: difference}.'
    )
    gate = GateVerdictSchema(required=False, help_text="The verdict when the round was scored or last judged.")
    human = HumanSummarySchema(required=False, help_text="Once a human round was started.")

    class Meta:
        ref_name = "EvaluationReport"


@extend_schema_field(ReportSchema)
class ReportField(serializers.JSONField):
    """The report as stored (rounds before contenders were named have `models` instead), typed for OpenAPI."""


@extend_schema_field(GateVerdictSchema(allow_null=True))
class GateField(serializers.JSONField):
    pass


class SampleOutputSchema(serializers.Serializer):
    output = serializers.CharField(help_text="As generated, anonymized.")
    format_valid = serializers.BooleanField()
    checks = FailureReasonSchema(many=True, help_text="The safety checks that failed: {check, kind}.")
    failures = FailureReasonSchema(many=True, help_text="Every way it failed its reference; no text.")

    class Meta:
        ref_name = "EvaluationSampleOutput"


class SampleItemSchema(serializers.Serializer):
    item = serializers.IntegerField()
    item_external_id = serializers.CharField()
    reference = serializers.CharField(help_text="The approved answer of the sealed test split.")
    outputs = serializers.DictField(child=SampleOutputSchema(), help_text="Per contender.")

    class Meta:
        ref_name = "EvaluationSampleItem"


class SamplePageSchema(serializers.Serializer):
    results = SampleItemSchema(many=True)
    next = serializers.IntegerField(allow_null=True, help_text="Pass as `after` for the next page; null at the end.")

    class Meta:
        ref_name = "EvaluationSamplePage"
