"""Privacy's REST routes (under /api/): policy, preview, history, the PII dashboard and canaries."""

from django.urls import path

from privacy import apis

urlpatterns = [
    path("campaigns/<int:campaign_id>/policy/", apis.PolicyApi.as_view()),
    path("campaigns/<int:campaign_id>/policy/preview/", apis.PolicyPreviewApi.as_view()),
    path("campaigns/<int:campaign_id>/policy/history/", apis.PolicyHistoryApi.as_view()),
    path("campaigns/<int:campaign_id>/pii/", apis.PiiSummaryApi.as_view()),
    path("campaigns/<int:campaign_id>/canaries/", apis.CanaryListApi.as_view()),
    path("campaigns/<int:campaign_id>/canaries/audit/", apis.CanaryAuditApi.as_view()),
]
