"""Preferences' REST routes (under /api/): the judging queue, judgements, rankings, candidate rounds, ratings."""

from django.urls import path

from preferences import apis

urlpatterns = [
    path("campaigns/<int:campaign_id>/comparisons/next/", apis.JudgingNextApi.as_view()),
    path("campaigns/<int:campaign_id>/preferences/", apis.CampaignPreferencesApi.as_view()),
    path("campaigns/<int:campaign_id>/preferences/ratings/", apis.CampaignRatingsApi.as_view()),
    path("campaigns/<int:campaign_id>/candidate-rounds/", apis.CandidateRoundListApi.as_view()),
    path("comparisons/<int:task_id>/judgement/", apis.JudgementCreateApi.as_view()),
    path("comparisons/<int:task_id>/gold/", apis.ComparisonGoldApi.as_view()),
    path("judgements/<int:judgement_id>/undo/", apis.JudgementUndoApi.as_view()),
    path("ranking-tasks/<int:task_id>/ranking/", apis.RankingCreateApi.as_view()),
    path("rankings/<int:ranking_id>/undo/", apis.RankingUndoApi.as_view()),
]
