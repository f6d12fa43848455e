"""The shapes of the preferences API's answers built from selectors' dicts, named for the OpenAPI schema."""

from __future__ import annotations

from rest_framework import serializers


class TaskItemOutput(serializers.Serializer):
    id = serializers.IntegerField()
    text = serializers.CharField()

    class Meta:
        ref_name = "JudgingItem"


class ResponseTextOutput(serializers.Serializer):
    text = serializers.CharField()

    class Meta:
        ref_name = "JudgingResponse"


class RankedCandidateOutput(serializers.Serializer):
    position = serializers.IntegerField(help_text="1..k, in the task's random order.")
    text = serializers.CharField()

    class Meta:
        ref_name = "JudgingCandidate"


class JudgingTaskOutput(serializers.Serializer):
    """A pair (`a`, `b`) or a ranking (`candidates`), told apart by `kind`; never the responses' sources."""

    id = serializers.IntegerField()
    kind = serializers.ChoiceField(choices=["pair", "ranking"])
    item = TaskItemOutput()
    a = ResponseTextOutput(required=False, help_text="Pairs only.")
    b = ResponseTextOutput(required=False, help_text="Pairs only.")
    candidates = RankedCandidateOutput(many=True, required=False, help_text="Rankings only.")
    lease_expires_at = serializers.DateTimeField(allow_null=True)
    criteria = serializers.ListField(child=serializers.CharField(), help_text="Criteria to rate a pair on.")
    evaluation = serializers.BooleanField(required=False, help_text="Pairs only: part of a human evaluation round.")
    undo_seconds = serializers.IntegerField(help_text="How long a judgement can be taken back.")

    class Meta:
        ref_name = "JudgingTask"


class JudgingNextOutput(serializers.Serializer):
    task = JudgingTaskOutput(allow_null=True, help_text="None when the queue has nothing for this reviewer.")

    class Meta:
        ref_name = "JudgingNext"


class GoldSetOutput(serializers.Serializer):
    task = serializers.IntegerField()
    winner = serializers.ChoiceField(choices=["a", "b", "tie", "none"])
    tasks_changed = serializers.IntegerField(help_text="Tasks of the same pair marked or unmarked.")

    class Meta:
        ref_name = "ComparisonGold"


class PreferenceStatsOutput(serializers.Serializer):
    judgements = serializers.IntegerField()
    judgements_per_minute = serializers.FloatField(help_text="Over the last five minutes.")
    queue_depth = serializers.IntegerField()
    in_progress = serializers.IntegerField()
    active_reviewers = serializers.IntegerField()
    agreement = serializers.FloatField(allow_null=True)
    flagged_reviewers = serializers.IntegerField()

    class Meta:
        ref_name = "PreferenceStats"


class ReviewerReliabilityOutput(serializers.Serializer):
    username = serializers.CharField()
    reviewer = serializers.CharField(help_text="The username, again.")
    votes = serializers.IntegerField()
    shared = serializers.IntegerField(help_text="Votes on pairs at least one other reviewer judged.")
    agreement = serializers.FloatField(allow_null=True)
    gold_votes = serializers.IntegerField()
    gold_accuracy = serializers.FloatField(allow_null=True)
    flagged = serializers.BooleanField()
    reasons = serializers.ListField(child=serializers.CharField())

    class Meta:
        ref_name = "ReviewerReliability"


class CampaignPreferencesOutput(serializers.Serializer):
    stats = PreferenceStatsOutput()
    reviewers = ReviewerReliabilityOutput(many=True)

    class Meta:
        ref_name = "CampaignPreferences"


class SourceRatingOutput(serializers.Serializer):
    label = serializers.CharField(help_text="A model artifact, human, or import.")  # type: ignore[assignment]
    rating = serializers.FloatField()
    low = serializers.FloatField()
    high = serializers.FloatField()
    judgements = serializers.IntegerField()

    class Meta:
        ref_name = "SourceRating"


class WinMatrixOutput(serializers.Serializer):
    labels = serializers.ListField(child=serializers.CharField())
    win_share = serializers.ListField(
        child=serializers.ListField(child=serializers.FloatField(allow_null=True)), help_text="Row beats column."
    )
    counts = serializers.ListField(child=serializers.ListField(child=serializers.IntegerField()))

    class Meta:
        ref_name = "WinMatrix"


class SourceRatingsOutput(serializers.Serializer):
    sources = SourceRatingOutput(many=True)
    matrix = WinMatrixOutput()
    judgements = serializers.IntegerField()
    rounds = serializers.IntegerField(required=False)

    class Meta:
        ref_name = "SourceRatings"
