"""Root URLs: the UI, the REST API under /api/, and its OpenAPI schema."""

from django.contrib import admin
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView
from rest_framework.authtoken.views import obtain_auth_token

from evaluation import apis as evaluation_apis
from labeling import apis as labeling_apis
from labeling import canary_apis, privacy_apis
from preferences import apis as preference_apis
from training import apis as training_apis

api = [
    path("auth/token/", obtain_auth_token, name="api-token"),
    path("campaigns/", labeling_apis.CampaignListApi.as_view()),
    path("campaigns/<int:campaign_id>/", labeling_apis.CampaignDetailApi.as_view()),
    path("campaigns/<int:campaign_id>/members/", labeling_apis.MembershipApi.as_view()),
    path("campaigns/<int:campaign_id>/imports/", labeling_apis.ImportCreateApi.as_view()),
    path("campaigns/<int:campaign_id>/items/", labeling_apis.ItemListApi.as_view()),
    path("campaigns/<int:campaign_id>/policy/", privacy_apis.PolicyApi.as_view()),
    path("campaigns/<int:campaign_id>/policy/preview/", privacy_apis.PolicyPreviewApi.as_view()),
    path("campaigns/<int:campaign_id>/policy/history/", privacy_apis.PolicyHistoryApi.as_view()),
    path("campaigns/<int:campaign_id>/pii/", privacy_apis.PiiSummaryApi.as_view()),
    path("campaigns/<int:campaign_id>/canaries/", canary_apis.CanaryListApi.as_view()),
    path("campaigns/<int:campaign_id>/canaries/audit/", canary_apis.CanaryAuditApi.as_view()),
    path("campaigns/<int:campaign_id>/authoring/next/", labeling_apis.AuthoringNextApi.as_view()),
    path("campaigns/<int:campaign_id>/reviews/next/", labeling_apis.ReviewNextApi.as_view()),
    path("campaigns/<int:campaign_id>/comparisons/next/", preference_apis.ComparisonNextApi.as_view()),
    path("campaigns/<int:campaign_id>/datasets/", labeling_apis.DatasetListApi.as_view()),
    path("campaigns/<int:campaign_id>/runs/", training_apis.RunListApi.as_view()),
    path("campaigns/<int:campaign_id>/evaluations/", evaluation_apis.RoundListApi.as_view()),
    path("imports/<int:batch_id>/", labeling_apis.ImportDetailApi.as_view()),
    path("items/<int:item_id>/examples/", labeling_apis.ExampleCreateApi.as_view()),
    path("examples/<int:example_id>/review/", labeling_apis.ExampleReviewApi.as_view()),
    path("comparisons/<int:task_id>/judgement/", preference_apis.JudgementCreateApi.as_view()),
    path("datasets/<int:dataset_id>/export/<str:kind>/<str:split>/", labeling_apis.DatasetExportApi.as_view()),
    path("base-models/", training_apis.BaseModelListApi.as_view()),
    path("runs/<int:run_id>/", training_apis.RunDetailApi.as_view()),
    path("runs/<int:run_id>/cancel/", training_apis.RunCancelApi.as_view()),
    path("evaluations/<int:round_id>/", evaluation_apis.RoundDetailApi.as_view()),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", SpectacularSwaggerView.as_view(url_name="schema"), name="api-docs"),
]

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/", include(api)),
    path("", include("frontend.urls")),
]
