"""Root URLs: the UI, the REST API under /api/, and its OpenAPI schema."""

from django.contrib import admin
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView
from rest_framework.authtoken.views import obtain_auth_token

from evaluation import apis as evaluation_apis
from labeling import apis as labeling_apis
from labeling import authoring_apis, canary_apis, dataset_apis, privacy_apis, quality_apis
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
    path("campaigns/<int:campaign_id>/quality/", quality_apis.CampaignQualityApi.as_view()),
    path("campaigns/<int:campaign_id>/guidelines/", authoring_apis.GuidelineApi.as_view()),
    path("campaigns/<int:campaign_id>/authoring/next/", authoring_apis.AuthoringNextApi.as_view()),
    path("campaigns/<int:campaign_id>/reviews/next/", authoring_apis.ReviewNextApi.as_view()),
    path("campaigns/<int:campaign_id>/comparisons/next/", preference_apis.ComparisonNextApi.as_view()),
    path("campaigns/<int:campaign_id>/preferences/", preference_apis.CampaignPreferencesApi.as_view()),
    path("campaigns/<int:campaign_id>/preferences/ratings/", preference_apis.CampaignRatingsApi.as_view()),
    path("campaigns/<int:campaign_id>/candidate-rounds/", preference_apis.CandidateRoundListApi.as_view()),
    path("campaigns/<int:campaign_id>/datasets/", dataset_apis.DatasetListApi.as_view()),
    path("campaigns/<int:campaign_id>/runs/", training_apis.RunListApi.as_view()),
    path("campaigns/<int:campaign_id>/evaluations/", evaluation_apis.RoundListApi.as_view()),
    path("imports/<int:batch_id>/", labeling_apis.ImportDetailApi.as_view()),
    path("items/<int:item_id>/examples/", authoring_apis.ExampleCreateApi.as_view()),
    path("items/<int:item_id>/reviewers/", authoring_apis.NamedReviewersApi.as_view()),
    path("items/<int:item_id>/gold/", quality_apis.ItemGoldApi.as_view()),
    path("examples/<int:example_id>/", authoring_apis.ExampleDetailApi.as_view()),
    path("examples/<int:example_id>/history/", authoring_apis.ExampleHistoryApi.as_view()),
    path("examples/<int:example_id>/review/", authoring_apis.ExampleReviewApi.as_view()),
    path("assignments/<int:assignment_id>/skip/", authoring_apis.AssignmentSkipApi.as_view()),
    path("comparisons/<int:task_id>/judgement/", preference_apis.JudgementCreateApi.as_view()),
    path("comparisons/<int:task_id>/gold/", preference_apis.ComparisonGoldApi.as_view()),
    path("judgements/<int:judgement_id>/undo/", preference_apis.JudgementUndoApi.as_view()),
    path("ranking-tasks/<int:task_id>/ranking/", preference_apis.RankingCreateApi.as_view()),
    path("rankings/<int:ranking_id>/undo/", preference_apis.RankingUndoApi.as_view()),
    path("datasets/<int:dataset_id>/verify/", dataset_apis.DatasetVerifyApi.as_view()),
    path("datasets/<int:dataset_id>/manifest/", dataset_apis.DatasetManifestApi.as_view()),
    path("datasets/<int:dataset_id>/diff/<int:other_id>/", dataset_apis.DatasetDiffApi.as_view()),
    path("datasets/<int:dataset_id>/export/hf/<str:kind>/", dataset_apis.DatasetFolderExportApi.as_view()),
    path("datasets/<int:dataset_id>/export/<str:kind>/<str:split>/", dataset_apis.DatasetExportApi.as_view()),
    path("base-models/", training_apis.BaseModelListApi.as_view()),
    path("runs/<int:run_id>/", training_apis.RunDetailApi.as_view()),
    path("runs/<int:run_id>/cancel/", training_apis.RunCancelApi.as_view()),
    path("artifacts/<int:artifact_id>/download/", training_apis.ArtifactDownloadApi.as_view()),
    path("evaluations/<int:round_id>/", evaluation_apis.RoundDetailApi.as_view()),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", SpectacularSwaggerView.as_view(url_name="schema"), name="api-docs"),
]

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/", include(api)),
    path("", include("frontend.urls")),
]
