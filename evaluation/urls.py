"""Evaluation's REST routes (under /api/): rounds and their reports, the promotion gate, promotions, rollback."""

from django.urls import path

from evaluation import apis

urlpatterns = [
    path("campaigns/<int:campaign_id>/evaluations/", apis.RoundListApi.as_view()),
    path("campaigns/<int:campaign_id>/gate/", apis.GateApi.as_view()),
    path("campaigns/<int:campaign_id>/promotions/", apis.PromotionListApi.as_view()),
    path("campaigns/<int:campaign_id>/incumbent/rollback/", apis.RollbackApi.as_view()),
    path("evaluations/<int:round_id>/", apis.RoundDetailApi.as_view()),
    path("evaluations/<int:round_id>/promote/", apis.RoundPromoteApi.as_view()),
    path("evaluations/<int:round_id>/samples/", apis.SamplePageApi.as_view()),
    path("evaluations/<int:round_id>/human/", apis.HumanRoundApi.as_view()),
    path("evaluations/<int:round_id>/failures/", apis.FailuresApi.as_view()),
]
