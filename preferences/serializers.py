"""The input of a judgement and of a ranking, one serializer each: REST and the judging queue's socket both read it.

The socket's messages also name what REST names in the URL (the task, the judgement or ranking to undo): the
`*Message` serializers add those ids to the REST input, so one set of rules reads both."""

from __future__ import annotations

from rest_framework import serializers

from preferences.models import Judgement

ID_MAX = 2**63 - 1  # the largest primary key: a bigger number is refused as input, never sent to the database
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


def _id(help_text: str) -> serializers.IntegerField:
    return serializers.IntegerField(min_value=1, max_value=ID_MAX, help_text=help_text)


class JudgementMessage(JudgementInput):
    """A judgement on the judging queue's socket: the REST input and the task it answers."""

    task = _id("The comparison task judged.")

    class Meta:
        ref_name = "JudgementMessage"


class RankingMessage(RankingInput):
    """A ranking on the judging queue's socket: the REST input and the ranking task it answers."""

    task = _id("The ranking task ranked.")

    class Meta:
        ref_name = "RankingMessage"


class JudgementUndoMessage(serializers.Serializer):
    judgement = _id("The reviewer's judgement to take back.")

    class Meta:
        ref_name = "JudgementUndoMessage"


class RankingUndoMessage(serializers.Serializer):
    ranking = _id("The reviewer's ranking to take back.")

    class Meta:
        ref_name = "RankingUndoMessage"
