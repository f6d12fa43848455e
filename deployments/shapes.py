"""Named shapes of the deployment API's JSON (monitoring settings, a change's state, a drift test, chat
messages) for the OpenAPI schema."""

from __future__ import annotations

from rest_framework import serializers

from tuneloop.schema import typed


class MonitoringSettingsSchema(serializers.Serializer):
    """Alert thresholds and auto-fallback (docs/deployment.md, Monitoring); a missing one takes its default."""

    window_minutes = serializers.FloatField(required=False, allow_null=True)
    min_requests = serializers.FloatField(required=False, allow_null=True)
    max_error_rate = serializers.FloatField(required=False, allow_null=True)
    max_format_failure_rate = serializers.FloatField(required=False, allow_null=True)
    max_violation_rate = serializers.FloatField(required=False, allow_null=True)
    max_correction_rate = serializers.FloatField(required=False, allow_null=True)
    max_p99_ms = serializers.FloatField(required=False, allow_null=True)
    minutes_per_task = serializers.FloatField(required=False, allow_null=True)
    drift_every_hours = serializers.FloatField(required=False, allow_null=True)
    drift_sample = serializers.FloatField(required=False, allow_null=True)
    auto_fallback = serializers.BooleanField(required=False)

    class Meta:
        ref_name = "MonitoringSettings"


class DeploymentStateSchema(serializers.Serializer):
    """A deployment's state and settings before or after a change; a change records the fields it touched."""

    stage = serializers.CharField(required=False)
    traffic_share = serializers.FloatField(required=False)
    incumbent_id = serializers.IntegerField(required=False, allow_null=True)
    challenger_id = serializers.IntegerField(required=False, allow_null=True)
    fallback = serializers.CharField(required=False)
    previous_id = serializers.IntegerField(required=False, allow_null=True)
    falling_back = serializers.BooleanField(required=False)
    backend = serializers.CharField(required=False)
    engine_url = serializers.CharField(required=False, allow_blank=True)
    engine_key_env = serializers.CharField(required=False, allow_blank=True)
    monitoring = MonitoringSettingsSchema(required=False)

    class Meta:
        ref_name = "DeploymentState"


_NUMBER_OR_MAP = {"anyOf": [{"type": "number"}, {"type": "object", "additionalProperties": {"type": "number"}}]}


class DriftTestSchema(serializers.Serializer):
    """One drift test's figures; `verdict` null: too little data (`reason` says why)."""

    test = serializers.CharField(help_text="novelty_ks, labels_chi2 or <rate>_fisher.")
    verdict = serializers.BooleanField(allow_null=True, help_text="True: drifted.")
    reason = serializers.CharField(required=False)
    statistic = serializers.FloatField(required=False)
    p_value = serializers.FloatField(required=False)
    alpha = serializers.FloatField(required=False)
    min_effect = serializers.FloatField(required=False)
    reference_novelty = serializers.FloatField(required=False)
    recent_novelty = serializers.FloatField(required=False)
    reference = serializers.IntegerField(required=False, help_text="Reference texts.")
    baseline = typed(serializers.JSONField(required=False, help_text="A rate, or per label."), _NUMBER_OR_MAP)
    recent = typed(
        serializers.JSONField(required=False, help_text="Recent texts, or their rate, or per label."), _NUMBER_OR_MAP
    )

    class Meta:
        ref_name = "DriftTest"


class ChatMessageSchema(serializers.Serializer):
    role = serializers.CharField()
    content = serializers.CharField(allow_blank=True, allow_null=True)

    class Meta:
        ref_name = "ChatMessage"
