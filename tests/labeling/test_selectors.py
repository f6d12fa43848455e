"""Access selectors: an anonymous user is a member of no campaign."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import AnonymousUser

from labeling.selectors import access_campaign, campaign_list, campaign_role
from tests.factories import CampaignFactory
from tuneloop.exceptions import NotFound

pytestmark = pytest.mark.django_db


def test_an_anonymous_user_has_no_access() -> None:
    campaign, anonymous = CampaignFactory(), AnonymousUser()
    assert campaign_role(anonymous, campaign) is None
    assert not campaign_list(anonymous).exists()
    with pytest.raises(NotFound):
        access_campaign(anonymous, campaign.id)
