"""Preferences' WebSocket routes: the live judging queue."""

from django.urls import path

from preferences.consumers import JudgingConsumer

websocket_urlpatterns = [
    # The judging queue; the path keeps its first name, which clients (the Compare tab, bench/) connect to.
    path("ws/campaigns/<int:campaign_id>/review/", JudgingConsumer.as_asgi()),
]
