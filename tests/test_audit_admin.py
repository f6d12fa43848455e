"""The audit trail is readable by staff in the admin and editable by nobody there (issue 13)."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model

from dataset_versions.models import SealedRead
from tests.evaluation.rounds import label_campaign_round

pytestmark = pytest.mark.django_db
PAGES = ("dataset_versions/sealedread", "dataset_versions/retiredtestgroup", "training/artifactdownload")
PAGES += ("privacy/policychange", "evaluation/promotion")


def test_staff_read_every_audit_page_and_nobody_adds_changes_or_deletes_there(client) -> None:
    evaluation = label_campaign_round(30)
    read = SealedRead.objects.create(dataset=evaluation.dataset, user=evaluation.created_by, purpose="audit test")
    client.force_login(get_user_model().objects.create_superuser("root", "root@example.org", "a-long-passphrase-9"))
    for page in PAGES:
        assert client.get(f"/admin/{page}/").status_code == 200, page
        assert client.get(f"/admin/{page}/add/").status_code == 403, page
    listed = client.get("/admin/dataset_versions/sealedread/").content.decode()
    assert "audit test" in listed
    assert client.post(f"/admin/dataset_versions/sealedread/{read.id}/delete/", {"post": "yes"}).status_code == 403
    assert SealedRead.objects.filter(id=read.id).exists()
