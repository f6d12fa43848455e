"""`manage.py model_server`: serves a promoted artifact under the name the gateway asks for; refuses others."""

from __future__ import annotations

import pytest
from django.core.management import CommandError, call_command

from deployments.management.commands import model_server
from training.models import ModelArtifact, TrainingRun

pytestmark = pytest.mark.django_db


def test_the_model_server_serves_a_promoted_artifact_by_id_and_refuses_others(promoted, monkeypatch) -> None:
    started = []
    monkeypatch.setattr(model_server, "serve", lambda *args: started.append(args))
    call_command("model_server", "--artifact", str(promoted.good.id), "--port", "8123")
    [(model_path, adapter, name, host, port, *_)] = started
    assert (model_path, adapter, name, host, port) == (
        promoted.good.path,
        None,
        f"artifact-{promoted.good.id}",
        "127.0.0.1",
        8123,
    )
    run = TrainingRun.objects.create(
        campaign=promoted.campaign, dataset=promoted.good.run.dataset, base_model_path="/m", created_by=promoted.admin
    )
    unpromoted = ModelArtifact.objects.create(run=run, path="/c", sha256="3" * 64)
    with pytest.raises(CommandError, match="has not been promoted"):
        call_command("model_server", "--artifact", str(unpromoted.id))
    with pytest.raises(CommandError, match="no model artifact"):
        call_command("model_server", "--artifact", "999999")
