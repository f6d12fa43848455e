"""The suite runs on the configured servers: CI demands PostgreSQL and Redis, and fails without them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import dramatiq
from channels.layers import get_channel_layer
from django.conf import settings
from django.db import connection


def test_ci_runs_on_postgres_and_redis() -> None:
    if os.environ.get("TUNELOOP_REQUIRE_SERVERS") != "1":
        # The embedded default: every setting falls back to the in-process stand-ins, together.
        assert (type(dramatiq.get_broker()).__name__ == "StubBroker") == settings.EMBEDDED_WORKER
        return
    assert connection.vendor == "postgresql", f"CI must test on PostgreSQL, got {connection.vendor}"
    assert type(dramatiq.get_broker()).__name__ == "RedisBroker", "CI must test on the Redis broker"
    assert type(get_channel_layer()).__name__ == "RedisChannelLayer", "CI must test on the Redis channel layer"


def test_import_contracts_hold() -> None:
    """The layer order of DESIGN.md and the Django-free cores (training.ml, evaluation.metrics,
    privacy.engine, the output format checks), as import-linter contracts in pyproject.toml."""
    lint_imports = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint_imports), "--no-cache"], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "BROKEN" not in result.stdout and result.stdout.count("KEPT") >= 6, result.stdout


def test_ml_packages_import_no_django() -> None:
    """What the contracts say, checked by importing: the ML cores load without Django or the apps' models."""
    code = (
        "APPS = ('tuneloop', 'privacy', 'labeling', 'preferences', 'dataset_versions', 'training', 'evaluation');"
        "import sys, training.ml.pipeline, training.ml.generate, tuneloop.sampling, training.ml.tinymodel,"
        " evaluation.metrics, privacy.engine.anonymizer, privacy.engine.pii_eval,"
        " preferences.rating, preferences.active, preferences.agreement;"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('django', 'rest_framework', 'channels') "
        "or (m.split('.')[0] in APPS and m.endswith(('.models', '.services', '.selectors', '.apis'))));"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
