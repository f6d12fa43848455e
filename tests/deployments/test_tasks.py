"""Shadow answers are jobs of the registry: a real Dramatiq worker answers them, and a restart re-sends them."""

from __future__ import annotations

import pytest

from deployments.models import ServedRequest
from deployments.services.lifecycle import deployment_change
from tests.conftest import wait_for
from tests.deployments.test_gateway import chat, note
from tests.evaluation.rounds import LABELS
from tuneloop.jobs import JOB_KINDS

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_worker_answers_the_shadow_of_a_served_request(deployed, worker) -> None:
    deployment_change(deployment=deployed.deployment, user=deployed.admin, challenger=deployed.good2, stage="shadow")
    status, body = chat(deployed.secret, note(4, "water"))
    assert status == 200
    served = ServedRequest.objects.get(request_id=body["id"])

    def answered() -> ServedRequest | None:
        shadow = served.shadows.first()
        return shadow if shadow is not None and shadow.status == "ok" else None

    shadow = wait_for(answered, timeout=120, describe=lambda: list(served.shadows.values("status")))
    assert shadow.output in LABELS and shadow.worker  # a lease was taken
    assert "shadow_answers" in JOB_KINDS and not JOB_KINDS["shadow_answers"].pending().exists()
