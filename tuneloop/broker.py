"""Broker setup around django_dramatiq: the embedded in-process worker and re-enqueueing pending work."""

from __future__ import annotations

import logging

import dramatiq
from django.conf import settings

from tuneloop.jobs import pending_work_requeue

logger = logging.getLogger(__name__)


def embedded_worker_start(*, threads: int = 2) -> dramatiq.Worker | None:
    """With no BROKER_URL, drain the stub broker in this process and pick up unfinished work."""
    if not settings.EMBEDDED_WORKER:
        return None
    broker = dramatiq.get_broker()
    worker = dramatiq.Worker(broker, worker_threads=threads, worker_timeout=200)
    worker.start()
    logger.info("embedded worker started; re-enqueued %s", pending_work_requeue())
    return worker
