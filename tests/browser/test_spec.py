"""The campaign admin's task specification editor and assignment settings, in a real Chromium."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from labeling.models import GuidelineVersion, Membership, NamedReviewer
from tests.factories import CampaignFactory, ItemFactory, MembershipFactory, StaffFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def admin_campaign():
    admin = StaffFactory(username="ada")
    campaign = CampaignFactory(name="Claim triage", created_by=admin)
    MembershipFactory(campaign=campaign, user=admin, role=Membership.Role.ADMIN)
    return admin, campaign


def test_admin_writes_a_spec_and_each_change_is_a_new_version(page: Page, live_url, log_in, screenshot):
    admin, campaign = admin_campaign()
    log_in(admin)
    page.get_by_role("link", name="Manage").click()
    spec = page.get_by_role("region", name="Task specification")
    version = spec.locator("#spec-version")
    message = spec.locator("#spec-form > .message")
    expect(version).to_have_text("No specification yet (version 0)")
    # A campaign without guidelines starts from its output fields as a template.
    fields = spec.get_by_role("textbox", name="Fields")
    expect(fields).to_have_value("\n".join(campaign.output_fields))

    spec.get_by_label("User who the answers are for").fill("Claims adjusters")
    spec.get_by_label("Input description").fill("An adjuster's claim note, anonymized")
    spec.get_by_label("Expected output").fill("The kinds of claim the note describes")
    spec.get_by_label("Acceptance criteria").fill("Only what the note supports\n\nEvery kind that applies\n")
    must_never = spec.get_by_label("Must never")
    must_never.fill("Guess a cause")
    spec.get_by_label("Kind").select_option("labels")
    expect(fields).to_be_hidden()
    labels = spec.get_by_role("textbox", name="Labels")
    labels.fill("Fraud\nTheft\nFire\n")
    spec.get_by_label("Multi-label").check()
    save = spec.get_by_role("button", name="Save specification")
    save.click()
    expect(message).to_have_text("Saved as version 1.")
    expect(version).to_contain_text("Version 1 · saved by ada")
    assert GuidelineVersion.objects.get(campaign=campaign).spec == {
        "user": "Claims adjusters",
        "input_description": "An adjuster's claim note, anonymized",
        "expected_output": "The kinds of claim the note describes",
        "acceptance_criteria": ["Only what the note supports", "Every kind that applies"],
        "must_never": ["Guess a cause"],
        "output_format": {"kind": "labels", "labels": ["Fraud", "Theft", "Fire"], "multi_label": True},
    }
    history = spec.locator("#spec-history tbody tr")
    expect(history).to_have_text("No earlier versions.")

    save.click()  # the same spec again adds no version
    expect(message).to_have_text("No change: still version 1.")
    assert GuidelineVersion.objects.filter(campaign=campaign).count() == 1

    must_never.fill("Guess a cause\nName a person")
    save.click()
    expect(message).to_have_text("Saved as version 2.")
    expect(version).to_contain_text("Version 2")
    expect(history).to_have_count(1)
    expect(history).to_contain_text("v1")
    expect(history).to_contain_text("ada")
    expect(history).to_contain_text("Labels (multi-label): Fraud, Theft, Fire")
    latest = GuidelineVersion.objects.filter(campaign=campaign).order_by("-version").first()
    assert (latest.version, latest.spec["must_never"]) == (2, ["Guess a cause", "Name a person"])
    screenshot("spec-saved")

    spec.get_by_role("button", name="Load version 1 into the editor").click()
    expect(must_never).to_have_value("Guess a cause")
    expect(message).to_have_text("Version 1 is in the editor: save it to make it current again.")
    spec.get_by_role("button", name="Revert to saved").click()
    expect(must_never).to_have_value("Guess a cause\nName a person")


def test_a_bad_spec_is_refused_next_to_the_field_at_fault(page: Page, live_url, log_in, screenshot):
    admin, campaign = admin_campaign()
    log_in(admin)
    page.goto(f"{live_url}/campaigns/{campaign.id}/")
    spec = page.get_by_role("region", name="Task specification")
    message = spec.locator("#spec-form > .message")
    save = spec.get_by_role("button", name="Save specification")

    spec.get_by_label("Kind").select_option("labels")
    labels = spec.get_by_role("textbox", name="Labels")
    labels.fill("Fraud")  # a label set needs two labels at least
    save.click()
    expect(labels).to_have_attribute("aria-invalid", "true")
    expect(spec.locator(".field-error")).to_contain_text("too short")
    expect(message).to_contain_text("Not saved:")
    expect(labels).to_have_value("Fraud")  # nothing typed is lost

    spec.get_by_label("Kind").select_option("json_schema")
    schema = spec.get_by_role("textbox", name="JSON schema")
    schema.fill('{"type": "objekt"}')
    save.click()
    expect(schema).to_have_attribute("aria-invalid", "true")
    expect(spec.locator("[aria-invalid]")).to_have_count(1)  # the labels' error is gone
    expect(spec.locator(".field-error")).to_have_count(1)
    expect(spec.locator(".field-error")).to_contain_text("Not a valid JSON schema")
    schema.fill('{"type": ')  # not JSON at all: caught before it is sent
    save.click()
    expect(spec.locator(".field-error")).to_contain_text("Not valid JSON")
    expect(schema).to_be_focused()
    assert not GuidelineVersion.objects.filter(campaign=campaign).exists()
    screenshot("spec-error")

    schema.fill('{"type": "object", "required": ["kind"]}')
    save.click()
    expect(message).to_have_text("Saved as version 1.")
    expect(schema).not_to_have_attribute("aria-invalid", "true")
    stored = GuidelineVersion.objects.get(campaign=campaign).spec["output_format"]
    assert stored == {"kind": "json_schema", "schema": {"type": "object", "required": ["kind"]}}


def test_admin_sets_assignment_and_names_reviewers_for_an_item(page: Page, live_url, log_in, screenshot):
    admin, campaign = admin_campaign()
    ann = UserFactory(username="ann")
    MembershipFactory(campaign=campaign, user=ann, role=Membership.Role.REVIEWER)
    UserFactory(username="zed")  # not a member
    item = ItemFactory(campaign=campaign)
    log_in(admin)
    page.goto(f"{live_url}/campaigns/{campaign.id}/")
    region = page.get_by_role("region", name="Assignment")
    settings = region.get_by_role("form", name="Assignment settings")
    k, rate, lease = (settings.get_by_label(name) for name in ("Reviewers per item", "Gold rate", "Lease minutes"))
    expect(k).to_have_value("1")
    expect(lease).to_have_value("30")

    k.fill("2")
    rate.fill("0.25")
    lease.fill("45")
    settings.get_by_role("button", name="Save settings").click()
    expect(settings.locator(".message")).to_have_text(
        "Saved: 2 answers per item, gold rate 0.25, leases of 45 minutes."
    )
    campaign.refresh_from_db()
    assert (campaign.reviewers_per_item, campaign.gold_rate, campaign.lease_minutes) == (2, 0.25, 45)

    rate.fill("1.5")
    settings.get_by_role("button", name="Save settings").click()
    expect(rate).to_have_attribute("aria-invalid", "true")
    expect(settings.locator(".field-error")).to_have_text("gold_rate must be between 0 and 1.")
    campaign.refresh_from_db()
    assert campaign.gold_rate == 0.25
    page.reload()
    for control, value in ((k, "2"), (rate, "0.25"), (lease, "45")):
        expect(control).to_have_value(value)

    named = region.get_by_role("form", name="Named reviewers for an item")
    usernames = named.get_by_label("Usernames")
    named.get_by_label("Item id").fill(str(item.id))
    usernames.fill("ann, zed")
    named.get_by_role("button", name="Set reviewers").click()
    expect(usernames).to_have_attribute("aria-invalid", "true")
    expect(named.locator(".field-error")).to_have_text("'zed' is not a member of this campaign.")
    assert not NamedReviewer.objects.exists()
    screenshot("assignment-error")

    usernames.fill("ann")
    named.get_by_role("button", name="Set reviewers").click()
    expect(named.locator(".message")).to_have_text(f"Item {item.id} now goes only to ann.")
    expect(usernames).not_to_have_attribute("aria-invalid", "true")
    assert list(NamedReviewer.objects.values_list("item_id", "reviewer__username")) == [(item.id, "ann")]

    usernames.fill("")
    named.get_by_role("button", name="Set reviewers").click()
    expect(named.locator(".message")).to_have_text(f"Item {item.id} is open to every member again.")
    assert not NamedReviewer.objects.exists()
