"""Labeling's WebSocket routes: a campaign's live events."""

from django.urls import path

from labeling.consumers import CampaignEventsConsumer

websocket_urlpatterns = [
    path("ws/campaigns/<int:campaign_id>/events/", CampaignEventsConsumer.as_asgi()),
]
