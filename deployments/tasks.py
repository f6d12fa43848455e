"""Dramatiq actors of deployments: a challenger's shadow answer (queue `generate`); scheduled drift checks."""

from __future__ import annotations

import logging

import dramatiq

from deployments.models import ServedRequest
from deployments.services.drift import drift_due
from deployments.services.shadow import shadow_answer
from tuneloop.jobs import job_lease, register_housekeeping, register_job

logger = logging.getLogger(__name__)


@dramatiq.actor(queue_name="generate", max_retries=0, time_limit=600 * 1000)
def shadow_answer_execute(row_id: int) -> None:
    """Answer one pending shadow row with its model; the row, not the message, says it is pending."""
    with job_lease(ServedRequest, row_id) as held:
        if not held:
            return
        row = ServedRequest.objects.select_related("artifact__run").get(id=row_id)
        try:
            shadow_answer(row=row)
        except Exception:
            logger.exception("shadow request %s failed", row_id)
            ServedRequest.objects.filter(id=row_id).update(status=ServedRequest.Status.ERROR)


def register() -> None:
    """Declare the shadow job kind (re-sent after a restart) and the scheduled drift check."""
    register_job(
        "shadow_answers",
        model=ServedRequest,
        actor=shadow_answer_execute,
        queued=ServedRequest.Status.PENDING,
        running=ServedRequest.Status.RUNNING,
    )
    register_housekeeping("drift_checks_due", drift_due)
