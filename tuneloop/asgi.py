"""ASGI entry point: HTTP through Django (the OpenAI-compatible /v1/ through its own app), WebSockets through
Channels with session auth."""

from __future__ import annotations

import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tuneloop.settings")
django_asgi_app = get_asgi_application()

# Consumers import models: only after Django is set up.
from channels.routing import ProtocolTypeRouter, URLRouter  # noqa: E402
from channels.security.websocket import AllowedHostsOriginValidator  # noqa: E402

from deployments.asgi import GatewayApp  # noqa: E402
from tuneloop.routing import websocket_urlpatterns  # noqa: E402
from tuneloop.wsauth import TokenOrSessionAuthStack  # noqa: E402

application = ProtocolTypeRouter(
    {
        "http": GatewayApp(django_asgi_app),  # /v1/ without Django's middleware (deployments/asgi.py)
        "websocket": AllowedHostsOriginValidator(TokenOrSessionAuthStack(URLRouter(websocket_urlpatterns))),
    }
)
