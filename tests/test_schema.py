"""The OpenAPI schema generates without warnings and is served with a browsable UI."""

from __future__ import annotations

import pytest
from django.core.management import call_command


def test_schema_generates_cleanly(tmp_path) -> None:
    call_command("spectacular", "--validate", "--fail-on-warn", "--file", str(tmp_path / "schema.yaml"))
    assert "/api/campaigns/{campaign_id}/imports/" in (tmp_path / "schema.yaml").read_text()


@pytest.mark.django_db
def test_schema_and_docs_are_served(client) -> None:
    assert client.get("/api/schema/").status_code == 200
    assert client.get("/api/docs/").status_code == 200
