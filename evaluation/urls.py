"""Evaluation's REST routes (under /api/): evaluation rounds of a campaign and their reports."""

from django.urls import path

from evaluation import apis

urlpatterns = [
    path("campaigns/<int:campaign_id>/evaluations/", apis.RoundListApi.as_view()),
    path("evaluations/<int:round_id>/", apis.RoundDetailApi.as_view()),
]
