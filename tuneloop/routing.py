"""WebSocket routes: each app's `routing.websocket_urlpatterns`, included in one list."""

from labeling import routing as labeling_routing
from preferences import routing as preferences_routing

websocket_urlpatterns = [
    *preferences_routing.websocket_urlpatterns,
    *labeling_routing.websocket_urlpatterns,
]
