"""Creating a campaign through the API in one call, whatever its output format: version 1 holds the real one."""

from __future__ import annotations

import pytest

from labeling.models import Campaign
from tests.factories import StaffFactory, UserFactory

pytestmark = pytest.mark.django_db

LABELS = {"kind": "labels", "labels": ["fraud", "not_received", "duplicate"], "multi_label": False}
SCHEMA = {
    "kind": "json_schema",
    "schema": {"type": "object", "required": ["amount"], "properties": {"amount": {"type": "number"}}},
}


def _create(api, body: dict, user=None):
    return api(user or StaffFactory()).post("/api/campaigns/", {"name": "Disputes", **body}, format="json")


def _first_guideline(api, user, campaign_id: int) -> dict:
    guidelines = api(user).get(f"/api/campaigns/{campaign_id}/guidelines/").json()
    assert [version["version"] for version in guidelines["versions"]] == [1]
    return guidelines["current"]["spec"]


@pytest.mark.parametrize(
    ("body", "output_format", "fields"),
    [
        ({"output_fields": ["Claim Type", "Cause"]}, {"kind": "template", "fields": ["Claim Type", "Cause"]}, None),
        (
            {"output_format": {"kind": "template", "fields": [" Cause "]}},
            {"kind": "template", "fields": ["Cause"]},
            None,
        ),
        ({"output_format": LABELS}, LABELS, []),
        ({"output_format": SCHEMA}, SCHEMA, []),
    ],
    ids=["template-fields", "template", "labels", "json-schema"],
)
def test_one_call_creates_a_campaign_of_any_output_format(api, body, output_format, fields) -> None:
    staff = StaffFactory()
    created = _create(api, body, staff)
    assert created.status_code == 201, created.content
    assert _first_guideline(api, staff, created.json()["id"])["output_format"] == output_format
    expected_fields = output_format.get("fields") if fields is None else fields
    assert created.json()["output_fields"] == expected_fields  # no placeholder next to the labels


def test_a_whole_guideline_can_come_with_the_campaign(api) -> None:
    staff = StaffFactory()
    spec = {"user": "Card holders", "acceptance_criteria": ["One label"], "output_format": LABELS}
    created = _create(api, {"guideline": spec}, staff)
    assert created.status_code == 201, created.content
    first = _first_guideline(api, staff, created.json()["id"])
    assert first["user"] == "Card holders" and first["acceptance_criteria"] == ["One label"]
    assert first["output_format"] == LABELS


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"output_format": {"kind": "labels", "labels": ["only one"]}}, "output_format.labels"),
        ({"output_format": {"kind": "labels", "labels": ["a", "b,c"]}}, "output_format.labels[1]"),
        ({"output_format": {"kind": "json_schema", "schema": {"type": "nonsense"}}}, "output_format.schema.type"),
        ({"output_format": {"kind": "poem"}}, "output_format.kind"),
        ({"output_format": "labels"}, "output_format"),
        ({"guideline": {"user": "x"}}, "guideline"),
        ({"guideline": {"output_format": {"kind": "template", "fields": []}}}, "guideline.output_format.fields"),
        ({"output_fields": ["A", "A"]}, "output_fields"),
        ({}, "output_format"),
        ({"output_fields": ["A"], "output_format": LABELS}, "output_format"),
    ],
)
def test_a_bad_output_format_is_refused_naming_the_field(api, body, field) -> None:
    refused = _create(api, body)
    assert refused.status_code == 400, refused.content
    answer = refused.json()
    assert answer.get("field") == field or field in (answer.get("errors") or {}), answer
    assert not Campaign.objects.exists()


def test_only_staff_create_campaigns(api) -> None:
    assert _create(api, {"output_format": LABELS}, UserFactory()).status_code == 403
