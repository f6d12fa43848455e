"""Candidate rounds: a real (tiny) model answers every item N times on the `generate` queue; answers are
anonymized, deduplicated per item and paired for comparison."""

from __future__ import annotations

import pytest
from peft import LoraConfig, get_peft_model
from transformers import AutoModelForCausalLM

from dataset_versions.models import DatasetVersion
from labeling.models import Membership
from preferences.generation import candidate_round_create
from preferences.models import Candidate, CandidateRound, ComparisonTask
from preferences.tasks import candidate_round_generate
from tests.conftest import wait_for
from tests.factories import CampaignFactory, ItemFactory, MembershipFactory
from training.ml.generate import Sampling, generate_candidates, load_for_generation
from training.models import ModelArtifact, TrainingRun
from tuneloop.exceptions import ApplicationError

NOTES = ["Hail damaged the roof of the garage.", "A tree fell on the parked car.", "Water came through the ceiling."]


@pytest.fixture(scope="module")
def adapter(tiny_model_path, tmp_path_factory):
    folder = tmp_path_factory.mktemp("adapter")
    base = AutoModelForCausalLM.from_pretrained(str(tiny_model_path))
    get_peft_model(base, LoraConfig(r=2, target_modules=["q_proj", "v_proj"])).save_pretrained(str(folder))
    return folder


def _artifact(campaign, base: str, adapter: str) -> ModelArtifact:
    dataset = DatasetVersion.objects.create(
        campaign=campaign, version=1, content_hash="0" * 64, created_by=campaign.created_by
    )
    run = TrainingRun.objects.create(
        campaign=campaign, dataset=dataset, base_model_path=base, created_by=campaign.created_by
    )
    return ModelArtifact.objects.create(run=run, path=adapter, sha256="0" * 64)


def test_sampling_gives_n_different_answers_per_prompt_and_greedy_one(tiny_model_path) -> None:
    loaded = load_for_generation(str(tiny_model_path))
    prompts = [[{"role": "user", "content": note}] for note in NOTES[:2]]
    sampled = generate_candidates(loaded, prompts, Sampling(n=3, temperature=1.0, max_new_tokens=12, seed=5))
    assert [len(answers) for answers in sampled] == [3, 3]
    assert len(set(sampled[0])) > 1  # sampling, not the same greedy text three times
    again = generate_candidates(loaded, prompts, Sampling(n=3, temperature=1.0, max_new_tokens=12, seed=5))
    assert again == sampled  # a seed makes a round repeatable
    greedy = generate_candidates(loaded, prompts, Sampling(max_new_tokens=12))
    assert [len(answers) for answers in greedy] == [1, 1]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("sampling", "field"),
    [({"n": 3}, "n"), ({"n": 2, "temperature": 3}, "temperature"), ({"top_p": 0}, "top_p"), ({"beams": 2}, "beams")],
)
def test_bad_sampling_settings_are_refused_naming_the_field(sampling, field) -> None:
    campaign = CampaignFactory()
    artifact = _artifact(campaign, "/m", "/a")
    with pytest.raises(ApplicationError) as refused:
        candidate_round_create(campaign=campaign, artifact=artifact, user=campaign.created_by, sampling=sampling)
    assert refused.value.field == field
    assert not CandidateRound.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_a_round_through_the_api_and_the_worker_stores_paired_candidates(api, worker, tiny_model_path, adapter) -> None:
    campaign = CampaignFactory()
    admin = campaign.created_by
    MembershipFactory(campaign=campaign, user=admin, role=Membership.Role.ADMIN)
    items = [ItemFactory(campaign=campaign, text=note) for note in NOTES]
    artifact = _artifact(campaign, str(tiny_model_path), str(adapter))
    body = {"artifact": artifact.id, "sampling": {"n": 3, "temperature": 1.0, "max_new_tokens": 10, "seed": 1}}
    created = api(admin).post(f"/api/campaigns/{campaign.id}/candidate-rounds/", body, format="json")
    assert created.status_code == 202, created.content
    round_id = created.json()["id"]
    done = wait_for(lambda: (r := CandidateRound.objects.get(id=round_id)).status in ("succeeded", "failed") and r)
    assert done.status == "succeeded", done.error
    assert done.items == 3 and 3 <= done.candidates <= 9
    for item in items:
        texts = list(Candidate.objects.filter(item=item, round=done).values_list("text", flat=True))
        assert len(texts) == len(set(texts)) >= 1  # duplicates of an item's answers are dropped
        n = len(texts)
        assert ComparisonTask.objects.filter(item=item).count() == n * (n - 1) // 2
    listed = api(admin).get(f"/api/campaigns/{campaign.id}/candidate-rounds/").json()["results"]
    assert [(r["id"], r["status"], r["sampling"]["n"]) for r in listed] == [(round_id, "succeeded", 3)]


@pytest.mark.django_db
def test_a_round_that_cannot_load_its_model_fails_with_the_reason() -> None:
    campaign = CampaignFactory()
    ItemFactory(campaign=campaign)
    artifact = _artifact(campaign, "/no/such/model", "/no/adapter")
    created = candidate_round_create(campaign=campaign, artifact=artifact, user=campaign.created_by, sampling={})
    candidate_round_generate.fn(created.id)
    created.refresh_from_db()
    assert created.status == "failed" and "base model not found" in created.error
