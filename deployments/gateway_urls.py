"""The OpenAI-compatible routes, at /v1/ as OpenAI's clients expect them: authenticated by a deployment's key."""

from django.urls import path

from deployments import gateway

urlpatterns = [
    path("models", gateway.models_view),
    path("chat/completions", gateway.chat_completions_view),
    path("shadow", gateway.shadow_view),
    path("feedback", gateway.feedback_view),
]
