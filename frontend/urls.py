"""UI pages, and the one REST route the UI owns (the loop overview, which reads every app)."""

from django.contrib.auth import views as auth_views
from django.urls import path

from frontend import apis, views

urlpatterns = [
    path(
        "login/",
        auth_views.LoginView.as_view(template_name="frontend/login.html", redirect_authenticated_user=True),
        name="login",
    ),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("", views.home, name="home"),
    path("campaigns/<int:campaign_id>/", views.campaign, name="campaign"),
    path("campaigns/<int:campaign_id>/work/", views.workspace, name="workspace"),
    # The root includes this module at the top level (for the pages), so the /api/ prefix is spelled out here.
    path("api/campaigns/<int:campaign_id>/overview/", apis.CampaignOverviewApi.as_view(), name="campaign-overview"),
]
