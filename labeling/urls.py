"""Labeling's REST routes (under /api/): campaigns, members, imports, items, authoring, review, quality, webhooks."""

from django.urls import path

from labeling.apis import authoring, campaigns, webhooks
from labeling.quality import apis as quality

urlpatterns = [
    path("campaigns/", campaigns.CampaignListApi.as_view()),
    path("campaigns/<int:campaign_id>/", campaigns.CampaignDetailApi.as_view()),
    path("campaigns/<int:campaign_id>/members/", campaigns.MembershipApi.as_view()),
    path("campaigns/<int:campaign_id>/members/<int:user_id>/", campaigns.MemberDetailApi.as_view()),
    path("campaigns/<int:campaign_id>/imports/", campaigns.ImportCreateApi.as_view()),
    path("campaigns/<int:campaign_id>/items/", campaigns.ItemListApi.as_view()),
    path("campaigns/<int:campaign_id>/quality/", quality.CampaignQualityApi.as_view()),
    path("campaigns/<int:campaign_id>/guidelines/", authoring.GuidelineApi.as_view()),
    path("campaigns/<int:campaign_id>/authoring/next/", authoring.AuthoringNextApi.as_view()),
    path("campaigns/<int:campaign_id>/reviews/next/", authoring.ReviewNextApi.as_view()),
    path("imports/<int:batch_id>/", campaigns.ImportDetailApi.as_view()),
    path("items/<int:item_id>/examples/", authoring.ExampleCreateApi.as_view()),
    path("items/<int:item_id>/reviewers/", authoring.NamedReviewersApi.as_view()),
    path("items/<int:item_id>/gold/", quality.ItemGoldApi.as_view()),
    path("examples/<int:example_id>/", authoring.ExampleDetailApi.as_view()),
    path("examples/<int:example_id>/history/", authoring.ExampleHistoryApi.as_view()),
    path("examples/<int:example_id>/review/", authoring.ExampleReviewApi.as_view()),
    path("assignments/<int:assignment_id>/skip/", authoring.AssignmentSkipApi.as_view()),
    path("campaigns/<int:campaign_id>/webhooks/", webhooks.WebhookListApi.as_view()),
    path("webhooks/<int:webhook_id>/", webhooks.WebhookDetailApi.as_view()),
    path("webhooks/<int:webhook_id>/ping/", webhooks.WebhookPingApi.as_view()),
    path("webhooks/<int:webhook_id>/deliveries/", webhooks.DeliveryListApi.as_view()),
    path("deliveries/<int:delivery_id>/redeliver/", webhooks.DeliveryRedeliverApi.as_view()),
]
