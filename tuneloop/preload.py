"""Import the heavy libraries once, before a worker's threads start: their lazy imports are not thread-safe."""

from __future__ import annotations

import importlib

import dramatiq
from django.conf import settings


class PreloadModules(dramatiq.Middleware):
    """Named in settings.DRAMATIQ_BROKER's middleware. transformers resolves `from transformers import
    AutoModel` lazily; two threads doing so at once (Presidio's warm-up importing it, and a job loading a
    model) made one fail with "cannot import name 'AutoModel'" (tests/test_faults.py found it). Importing
    WORKER_PRELOAD_MODULES here, before the worker threads exist, leaves them nothing to race over."""

    def before_worker_boot(self, broker: dramatiq.Broker, worker: dramatiq.Worker) -> None:
        for name in settings.WORKER_PRELOAD_MODULES:
            importlib.import_module(name)
