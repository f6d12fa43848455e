"""The job registry: every kind of queued work is re-enqueued after a restart, candidate rounds included."""

from __future__ import annotations

import io
import json

import pytest
from django.core.management import call_command

from dataset_versions.models import DatasetVersion
from preferences import tasks as preference_tasks
from preferences.generation import candidate_round_create
from preferences.models import Candidate, CandidateRound
from tests.conftest import wait_for
from tests.factories import CampaignFactory, ItemFactory
from training.models import ModelArtifact, TrainingRun
from tuneloop.jobs import JOB_KINDS, pending_work_requeue

NOTES = ["Hail damaged the roof.", "A tree fell on the car.", "Water came through the ceiling."]


class _Killed(BaseException):
    """What a SIGKILL looks like from inside: nothing after it runs, no `except Exception` catches it."""


def test_every_job_kind_is_registered() -> None:
    kinds = {"import_batches", "candidate_rounds", "training_runs", "evaluation_rounds", "shadow_answers"}
    assert set(JOB_KINDS) == kinds


def _full_model_artifact(campaign, model_path: str) -> ModelArtifact:
    """A full fine-tune: the artifact folder is a whole model, loaded without an adapter."""
    dataset = DatasetVersion.objects.create(
        campaign=campaign, version=1, content_hash="0" * 64, created_by=campaign.created_by
    )
    run = TrainingRun.objects.create(
        campaign=campaign, dataset=dataset, base_model_path="/no/base/needed", created_by=campaign.created_by
    )
    return ModelArtifact.objects.create(run=run, path=model_path, kind=ModelArtifact.Kind.MODEL, sha256="0" * 64)


@pytest.mark.django_db(transaction=True)
def test_a_candidate_round_killed_midway_is_re_enqueued_and_finished(
    broker, worker, monkeypatch, tiny_model_path
) -> None:
    campaign = CampaignFactory()
    items = [ItemFactory(campaign=campaign, text=note) for note in NOTES]
    artifact = _full_model_artifact(campaign, str(tiny_model_path))
    monkeypatch.setattr(preference_tasks, "BATCH", 1)
    sampling = {"n": 2, "temperature": 1.0, "max_new_tokens": 8, "seed": 3}
    # Created with on_commit swallowed: the round is queued in the database, never sent to the broker.
    monkeypatch.setattr("django.db.transaction.on_commit", lambda callback, *args, **kwargs: None)
    created = candidate_round_create(campaign=campaign, artifact=artifact, user=campaign.created_by, sampling=sampling)
    monkeypatch.undo()
    monkeypatch.setattr(preference_tasks, "BATCH", 1)

    # A worker takes the round and dies right after storing its first item's answers.
    real_store = preference_tasks.candidate_round_store

    def store_then_die(candidate_round, answered):
        real_store(candidate_round, answered)
        raise _Killed

    monkeypatch.setattr(preference_tasks, "candidate_round_store", store_then_die)
    with pytest.raises(_Killed):
        preference_tasks.candidate_round_generate.fn(created.id)
    monkeypatch.setattr(preference_tasks, "candidate_round_store", real_store)
    assert CandidateRound.objects.get(id=created.id).status == "running"
    before = list(Candidate.objects.filter(round=created).order_by("id").values_list("item_id", "text"))
    assert {item_id for item_id, _ in before} == {items[0].id}

    assert pending_work_requeue()["candidate_round_generate"] == 1  # the restart
    done = wait_for(lambda: (r := CandidateRound.objects.get(id=created.id)).status in ("succeeded", "failed") and r)
    assert done.status == "succeeded", done.error
    answered = Candidate.objects.filter(round=created)
    assert set(answered.values_list("item_id", flat=True)) == {item.id for item in items}
    # The item answered before the kill was not answered again: its candidates are the ones stored then.
    assert list(answered.filter(item=items[0]).order_by("id").values_list("item_id", "text")) == before
    assert pending_work_requeue()["candidate_round_generate"] == 0


@pytest.mark.django_db(transaction=True)
def test_requeue_pending_command_names_every_kind(broker) -> None:
    out = io.StringIO()
    call_command("requeue_pending", "--json", stdout=out)
    sent = json.loads(out.getvalue())
    assert sent == {
        "import_batch_process": 0,
        "candidate_round_generate": 0,
        "training_run_execute": 0,
        "evaluation_round_execute": 0,
        "shadow_answer_execute": 0,
    }
