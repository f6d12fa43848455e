"""The input of a judgement and of a ranking, one serializer each: REST and the judging queue's socket both read it."""

from __future__ import annotations

from rest_framework import serializers

from preferences.models import Judgement

KEY_MAX = 100  # Judgement.idempotency_key and Ranking.idempotency_key
RATIONALE_MAX = 5000
REWRITE_MAX = 20000


class JudgementInput(serializers.Serializer):
    choice = serializers.ChoiceField(choices=Judgement.Choice.choices)
    idempotency_key = serializers.CharField(max_length=KEY_MAX)
    rationale = serializers.CharField(allow_blank=True, default="", max_length=RATIONALE_MAX)
    criteria = serializers.DictField(
        child=serializers.CharField(), default=dict, help_text="{acceptance criterion: 'a' | 'b' | 'tie'}"
    )
    rewrite = serializers.CharField(
        allow_blank=True, default="", max_length=REWRITE_MAX, help_text="With 'both_bad': a better response."
    )

    class Meta:
        ref_name = "JudgementInput"


class RankingInput(serializers.Serializer):
    order = serializers.ListField(
        child=serializers.IntegerField(), default=list, help_text="Positions 1..k as shown, best first."
    )
    idempotency_key = serializers.CharField(max_length=KEY_MAX)
    rationale = serializers.CharField(allow_blank=True, default="", max_length=RATIONALE_MAX)
    all_bad = serializers.BooleanField(default=False)
    rewrite = serializers.CharField(
        allow_blank=True, default="", max_length=REWRITE_MAX, help_text="With all_bad: a better response."
    )

    class Meta:
        ref_name = "RankingInput"
