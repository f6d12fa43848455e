"""Training's REST routes (under /api/): base models, runs (status, metrics, events, cancel), artifact downloads."""

from django.urls import path

from training import apis

urlpatterns = [
    path("campaigns/<int:campaign_id>/runs/", apis.RunListApi.as_view()),
    path("base-models/", apis.BaseModelListApi.as_view()),
    path("runs/<int:run_id>/", apis.RunDetailApi.as_view()),
    path("runs/<int:run_id>/status/", apis.RunStatusApi.as_view()),
    path("runs/<int:run_id>/cancel/", apis.RunCancelApi.as_view()),
    path("runs/<int:run_id>/metrics/", apis.RunMetricsApi.as_view()),
    path("runs/<int:run_id>/events/", apis.RunEventsApi.as_view()),
    path("artifacts/<int:artifact_id>/download/", apis.ArtifactDownloadApi.as_view()),
]
