"""The OpenAI-compatible routes, at /v1/ as OpenAI's clients expect them: authenticated by a deployment's key."""

from django.urls import path

from deployments import gateway

urlpatterns = [
    path("models", gateway.django_view, {"route": "models"}),
    path("chat/completions", gateway.django_view, {"route": "chat/completions"}),
    path("shadow", gateway.django_view, {"route": "shadow"}),
    path("feedback", gateway.django_view, {"route": "feedback"}),
]
