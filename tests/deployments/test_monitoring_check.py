"""The threshold check after each stored request: served figures only, never the reviewers' drafted answers."""

from __future__ import annotations

import pytest
from django.utils import timezone

from deployments.models import Deployment, ServedRequest
from deployments.services import monitoring
from deployments.services.monitoring import deployment_figures, monitoring_check
from tests.factories import CampaignFactory

pytestmark = pytest.mark.django_db


def failing_deployment() -> Deployment:
    campaign = CampaignFactory()
    deployment = Deployment.objects.create(
        campaign=campaign,
        name="claims-triage",
        created_by=campaign.created_by,
        monitoring={"min_requests": 3, "max_error_rate": 0.5},
    )
    for n in range(3):
        ServedRequest.objects.create(
            deployment=deployment, role="people", request_id=f"chatcmpl-{n}", status=ServedRequest.Status.ERROR
        )
    return deployment


def test_the_threshold_check_alerts_without_reading_the_drafted_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    deployment = failing_deployment()
    read: list[int] = []

    def drafted_answers(campaign_id: int, *args, **kwargs) -> list:
        read.append(campaign_id)
        return []

    monkeypatch.setattr(monitoring, "drafted_answers", drafted_answers)
    [alert] = monitoring_check(deployment.id, force=True)
    assert (alert.metric, alert.value, alert.threshold) == ("error_rate", 1.0, 0.5)
    assert read == []  # the monitoring page reads them; the check after every stored request does not


def test_figures_without_drafts_leave_the_draft_figures_out() -> None:
    deployment = failing_deployment()
    since = timezone.now() - timezone.timedelta(minutes=5)
    served = deployment_figures(deployment, since=since, drafts=False)
    assert served["all"]["error_rate"] == 1.0 and "draft_correction_rate" not in served["all"]
    assert "drafts" not in served
    full = deployment_figures(deployment, since=since)
    assert full["all"]["draft_answers"] == 0 and full["drafts"] == {}
