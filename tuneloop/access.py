"""Campaign access for the apps below labeling (privacy): the rule labeling registers when it starts.

Campaigns and their members belong to labeling, which sits above privacy in the layer order
(docs/architecture.md). A lower app's endpoint that is scoped to a campaign asks this module, and
labeling's `AppConfig.ready` registers its `access_campaign` here, so no import runs upward.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.core.exceptions import ImproperlyConfigured

from tuneloop.auth import AnyUser

CampaignAccess = Callable[..., Any]
_rule: CampaignAccess | None = None


def register_campaign_access(rule: CampaignAccess) -> None:
    global _rule
    _rule = rule


def access_campaign(user: AnyUser, campaign_id: int, *, role: str | None = None) -> Any:
    """The campaign, if `user` may reach it (with `role` when given); raises NotFound or Forbidden."""
    if _rule is None:
        raise ImproperlyConfigured("No campaign access rule is registered: is the labeling app installed?")
    return _rule(user, campaign_id, role=role)
