"""Preferences' WebSocket routes: the live judging queue."""

from django.urls import path

from preferences.consumers import ReviewConsumer

websocket_urlpatterns = [
    path("ws/campaigns/<int:campaign_id>/review/", ReviewConsumer.as_asgi()),
]
