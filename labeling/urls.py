"""Labeling's REST routes (under /api/): campaigns, members, imports, items, authoring, review and quality."""

from django.urls import path

from labeling import apis, authoring_apis, quality_apis

urlpatterns = [
    path("campaigns/", apis.CampaignListApi.as_view()),
    path("campaigns/<int:campaign_id>/", apis.CampaignDetailApi.as_view()),
    path("campaigns/<int:campaign_id>/members/", apis.MembershipApi.as_view()),
    path("campaigns/<int:campaign_id>/imports/", apis.ImportCreateApi.as_view()),
    path("campaigns/<int:campaign_id>/items/", apis.ItemListApi.as_view()),
    path("campaigns/<int:campaign_id>/quality/", quality_apis.CampaignQualityApi.as_view()),
    path("campaigns/<int:campaign_id>/guidelines/", authoring_apis.GuidelineApi.as_view()),
    path("campaigns/<int:campaign_id>/authoring/next/", authoring_apis.AuthoringNextApi.as_view()),
    path("campaigns/<int:campaign_id>/reviews/next/", authoring_apis.ReviewNextApi.as_view()),
    path("imports/<int:batch_id>/", apis.ImportDetailApi.as_view()),
    path("items/<int:item_id>/examples/", authoring_apis.ExampleCreateApi.as_view()),
    path("items/<int:item_id>/reviewers/", authoring_apis.NamedReviewersApi.as_view()),
    path("items/<int:item_id>/gold/", quality_apis.ItemGoldApi.as_view()),
    path("examples/<int:example_id>/", authoring_apis.ExampleDetailApi.as_view()),
    path("examples/<int:example_id>/history/", authoring_apis.ExampleHistoryApi.as_view()),
    path("examples/<int:example_id>/review/", authoring_apis.ExampleReviewApi.as_view()),
    path("assignments/<int:assignment_id>/skip/", authoring_apis.AssignmentSkipApi.as_view()),
]
