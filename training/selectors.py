"""Reads for training runs and artifacts, permission-checked."""

from __future__ import annotations

from labeling.selectors import access_campaign
from training.models import ModelArtifact, TrainingRun
from tuneloop.auth import AnyUser
from tuneloop.exceptions import NotFound
from tuneloop.roles import ADMIN


def access_run(user: AnyUser, run_id: int) -> TrainingRun:
    run = TrainingRun.objects.select_related("artifact").filter(id=run_id).first()
    if run is None:
        raise NotFound(f"Training run {run_id} does not exist.")
    access_campaign(user, run.campaign_id, role=ADMIN)
    return run


def access_artifact(user: AnyUser, artifact_id: int) -> ModelArtifact:
    artifact = ModelArtifact.objects.select_related("run").filter(id=artifact_id).first()
    if artifact is None:
        raise NotFound(f"Model artifact {artifact_id} does not exist.")
    access_campaign(user, artifact.run.campaign_id, role=ADMIN)
    return artifact
