"""Root URLs: the UI, each app's REST routes under /api/, the OpenAPI schema, the OpenAI-compatible /v1/, health."""

from django.contrib import admin
from django.urls import URLPattern, URLResolver, include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView

from tuneloop.apis import TokenApi
from tuneloop.health import healthz, readyz

API_APPS = ("labeling", "privacy", "preferences", "dataset_versions", "training", "evaluation", "deployments")

api: list[URLPattern | URLResolver] = [
    path("auth/token/", TokenApi.as_view(), name="api-token"),
    *(path("", include(f"{app}.urls")) for app in API_APPS),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", SpectacularSwaggerView.as_view(url_name="schema"), name="api-docs"),
]

handler404 = "tuneloop.exceptions.page_not_found"

urlpatterns = [
    # For probes (compose.yaml, a load balancer): plain views, no login, outside the API and its schema.
    path("healthz", healthz, name="healthz"),
    path("readyz", readyz, name="readyz"),
    path("admin/", admin.site.urls),
    path("api/", include(api)),
    path("v1/", include("deployments.gateway_urls")),
    path("", include("frontend.urls")),
]
