"""Server-rendered pages; data comes from the REST API and WebSockets in ES modules."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from labeling.models import Campaign
from labeling.selectors import access_campaign, campaign_list, campaign_role
from labeling.webhooks.catalog import EVENT_TYPES as WEBHOOK_EVENTS
from tuneloop.exceptions import Forbidden, NotFound
from tuneloop.roles import ADMIN


def _campaign(request: HttpRequest, campaign_id: int, *, role: str | None = None) -> Campaign:
    """The campaign if the user may see it, else Django's own 404 / 403 pages."""
    try:
        return access_campaign(request.user, campaign_id, role=role)
    except NotFound as exc:
        raise Http404(exc.message) from exc
    except Forbidden as exc:
        raise PermissionDenied(exc.message) from exc


@login_required
def home(request: HttpRequest) -> HttpResponse:
    campaigns = [(campaign, campaign_role(request.user, campaign)) for campaign in campaign_list(request.user)]
    return render(request, "frontend/home.html", {"campaigns": campaigns})


@login_required
def campaign(request: HttpRequest, campaign_id: int) -> HttpResponse:
    """The admin's page: imports, dataset versions, training runs and evaluations."""
    campaign = _campaign(request, campaign_id, role=ADMIN)
    context = {"campaign": campaign, "role": ADMIN, "item_count": campaign.items.count()}
    return render(request, "frontend/campaign.html", {**context, "webhook_events": list(WEBHOOK_EVENTS)})


@login_required
def workspace(request: HttpRequest, campaign_id: int) -> HttpResponse:
    """The reviewer's page: write, review and compare, one tab each."""
    campaign = _campaign(request, campaign_id)
    context = {"campaign": campaign, "role": campaign_role(request.user, campaign)}
    return render(request, "frontend/workspace.html", context)
