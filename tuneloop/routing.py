"""WebSocket routes."""

from django.urls import path

from labeling.consumers import CampaignEventsConsumer
from preferences.consumers import ReviewConsumer

websocket_urlpatterns = [
    path("ws/campaigns/<int:campaign_id>/review/", ReviewConsumer.as_asgi()),
    path("ws/campaigns/<int:campaign_id>/events/", CampaignEventsConsumer.as_asgi()),
]
