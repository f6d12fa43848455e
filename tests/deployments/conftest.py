"""Fixtures of the deployment tests: a label campaign whose promoted models answer through the gateway."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
import torch

from deployments.services import keys, monitoring, serving
from deployments.services.keys import api_key_create
from deployments.services.lifecycle import deployment_create
from evaluation.services.promotions import candidate_promote
from labeling.models import GuidelineVersion
from tests.deployments.label_model import build_label_model
from tests.evaluation.rounds import LABELS, SPEC, another_round, label_campaign_round, scored
from training.models import ModelArtifact

RULES = [{"name": "no promises", "kind": "phrase", "value": "guarantee"}]


@pytest.fixture(scope="module", autouse=True)
def one_torch_thread():
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(threads)


@pytest.fixture(autouse=True)
def _inline(settings, monkeypatch: pytest.MonkeyPatch) -> None:
    """Requests are stored before the answer returns, on the test's own database connection; thresholds are
    checked after every request."""
    monkeypatch.setattr(monitoring, "CHECK_SECONDS", 0.0)
    settings.DEPLOYMENTS_RECORD_INLINE = True
    settings.DEPLOYMENTS_GATEWAY_INLINE = True
    serving.specs_forget()
    monitoring.checks_forget()
    keys.keys_forget()


@pytest.fixture(scope="session")
def label_model_path(models_root: Path) -> Path:
    return build_label_model(models_root / "label-model")


def _right(_: int, reference: str) -> str:
    return reference


def _wrong(index: int, reference: str) -> str:
    return reference if index % 3 == 0 else LABELS[(LABELS.index(reference) + 1) % 3]


def _promoted(evaluation, path: Path) -> ModelArtifact:
    ModelArtifact.objects.filter(id=evaluation.artifact_id).update(kind=ModelArtifact.Kind.MODEL, path=str(path))
    evaluation = scored(evaluation, candidate=_right, base=_wrong, prompt_baseline=_wrong)
    reason = "As good as the incumbent: a challenger to roll out in steps."
    candidate_promote(evaluation=evaluation, user=evaluation.created_by, note="Reviewed.", override_reason=reason)
    return ModelArtifact.objects.select_related("run").get(id=evaluation.artifact_id)


@pytest.fixture
def promoted(db, label_model_path: Path, tiny_model_path: Path) -> SimpleNamespace:
    """A label campaign with three promoted artifacts: `good` and `good2` answer with a label, `garbage` (the
    untrained tiny model) with noise that fits no output format."""
    first = label_campaign_round(30)
    campaign, admin = first.campaign, first.created_by
    GuidelineVersion.objects.create(
        campaign=campaign, version=3, spec={**SPEC, "must_never_rules": RULES}, created_by=admin
    )
    good = _promoted(first, label_model_path)
    good2 = _promoted(another_round(first), label_model_path)
    garbage = _promoted(another_round(first), tiny_model_path)
    return SimpleNamespace(campaign=campaign, admin=admin, good=good, good2=good2, garbage=garbage)


@pytest.fixture
def deployed(promoted: SimpleNamespace) -> SimpleNamespace:
    """A deployment of `good`, and a key to it."""
    deployment = deployment_create(
        campaign=promoted.campaign, user=promoted.admin, name="triage", incumbent=promoted.good
    )
    key, secret = api_key_create(deployment=deployment, user=promoted.admin, name="claims system")
    return SimpleNamespace(**vars(promoted), deployment=deployment, key=key, secret=secret)
