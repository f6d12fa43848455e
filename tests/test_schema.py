"""The OpenAPI schema generates without warnings and is served with a browsable UI."""

from __future__ import annotations

import pytest
from django.core.management import call_command

from tests.factories import UserFactory


def test_schema_generates_cleanly(tmp_path) -> None:
    call_command("spectacular", "--validate", "--fail-on-warn", "--file", str(tmp_path / "schema.yaml"))
    assert "/api/campaigns/{campaign_id}/imports/" in (tmp_path / "schema.yaml").read_text()


@pytest.mark.django_db
def test_schema_and_docs_are_served_to_signed_in_users_only(client) -> None:
    assert client.get("/api/schema/").status_code in (401, 403)
    client.force_login(UserFactory())
    assert client.get("/api/schema/").status_code == 200
    assert client.get("/api/docs/").status_code == 200
