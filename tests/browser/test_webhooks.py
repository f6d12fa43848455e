"""The campaign page's Webhooks panel in a real Chromium: add a webhook, copy its secret, send a test, see it land."""

from __future__ import annotations

import json
import re

import pytest
from playwright.sync_api import Page, expect

from labeling.models import Membership
from tests.factories import CampaignFactory, MembershipFactory, StaffFactory
from tests.test_webhooks import receiver, verify  # noqa: F401  (the receiver fixture)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_admin_adds_a_webhook_and_sees_a_test_delivery_arrive(
    page: Page,
    live_url,
    log_in,
    screenshot,
    worker,
    receiver,  # noqa: F811
) -> None:
    admin = StaffFactory(username="boss")
    campaign = CampaignFactory(name="Claim triage", created_by=admin)
    MembershipFactory(campaign=campaign, user=admin, role=Membership.Role.ADMIN)
    log_in(admin)
    page.goto(f"{live_url}/campaigns/{campaign.id}/#webhooks")
    panel = page.locator("#webhooks")

    panel.get_by_label("URL").fill("ftp://nowhere.example/hook")
    panel.get_by_role("button", name="Add webhook").click()
    expect(panel).to_contain_text("http:// or https://")  # the field at fault, said next to it

    panel.get_by_label("URL").fill(receiver.url)
    panel.get_by_label("deployment.alert").uncheck()
    panel.get_by_role("button", name="Add webhook").click()
    secret = panel.get_by_label("The new webhook's secret")
    expect(secret).to_have_value(re.compile(r"^[0-9a-f]{64}$"))
    shown = secret.input_value()
    row = panel.locator("#webhook-table tbody tr").first
    expect(row).to_contain_text(receiver.url)
    expect(row).not_to_contain_text("deployment.alert")

    row.get_by_role("button", name="Send test").click()
    delivered = panel.locator("#delivery-table tbody tr[data-status=delivered]")
    expect(delivered).to_have_count(1, timeout=20_000)
    expect(delivered).to_contain_text("ping")
    expect(delivered).to_contain_text("HTTP 204")
    screenshot("webhooks-delivered")
    panel.screenshot(path=str(screenshot("webhooks-delivered").with_name("webhooks-panel.png")))

    headers, body = receiver.requests[0]
    assert verify(shown, headers, body) and json.loads(body)["event"] == "ping"
    panel.get_by_role("button", name="Done").click()
    expect(secret).to_be_hidden()
    assert shown not in page.content()  # gone from the page once dismissed
