"""Deployments' REST routes (under /api/): deployments, their audit trail, keys, monitoring, requests, drift."""

from django.urls import path

from deployments import apis

urlpatterns = [
    path("campaigns/<int:campaign_id>/deployments/", apis.DeploymentListApi.as_view()),
    path("deployments/<int:deployment_id>/", apis.DeploymentDetailApi.as_view()),
    path("deployments/<int:deployment_id>/rollback/", apis.RollbackApi.as_view()),
    path("deployments/<int:deployment_id>/changes/", apis.ChangeListApi.as_view()),
    path("deployments/<int:deployment_id>/keys/", apis.KeyListApi.as_view()),
    path("deployments/<int:deployment_id>/keys/<int:key_id>/revoke/", apis.KeyRevokeApi.as_view()),
    path("deployments/<int:deployment_id>/monitoring/", apis.MonitoringApi.as_view()),
    path("deployments/<int:deployment_id>/requests/", apis.RequestListApi.as_view()),
    path("deployments/<int:deployment_id>/drift/", apis.DriftApi.as_view()),
]
