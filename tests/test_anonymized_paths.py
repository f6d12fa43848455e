"""Every path by which text enters is anonymized under the campaign's policy before it is stored."""

from __future__ import annotations

import io
import json

import pytest

from dataset_versions.models import DatasetVersion
from evaluation.models import EvaluationRound, EvaluationSample
from evaluation.selectors import TestItem
from evaluation.services.rounds import round_record
from labeling.models import Example, GuidelineVersion, ImportBatch, Item
from labeling.services.imports import import_batch_create
from labeling.services.review import example_review, example_submit
from preferences.generation import candidate_round_store
from preferences.models import Candidate, CandidateRound, ComparisonTask, Judgement
from preferences.services.candidates import model_drafts_store
from preferences.services.comparisons import comparison_submit
from preferences.services.queue import comparison_lease_next
from privacy.services.policy import policy_update
from tests.conftest import wait_for
from tests.factories import CampaignFactory, ItemFactory, UserFactory
from training.models import ModelArtifact, TrainingRun

NAME, EMAIL, PHONE = "Harold Finchley", "harold.finchley@example.org", "(415) 555-0199"
CODENAME = "Bluefin"  # only this campaign's policy (its deny list) knows it is sensitive
RAW = (NAME, "Harold", "Finchley", EMAIL, PHONE, CODENAME)
REPLACED = {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "DENY_LIST"}


def assert_anonymized(text: str, entity_counts: dict[str, int]) -> None:
    for value in RAW:
        assert value not in text, f"{value!r} stored in the clear: {text!r}"
    assert set(entity_counts) >= REPLACED, entity_counts
    assert all(entity_counts[entity] >= 1 for entity in REPLACED)


@pytest.fixture
def campaign():
    campaign = CampaignFactory()
    policy_update(campaign=campaign, user=campaign.created_by, document={"deny_list": [CODENAME]})
    return campaign


@pytest.mark.django_db(transaction=True)
def test_import_anonymizes_item_text_and_imported_responses(campaign, worker) -> None:
    record = {
        "id": "n-1",
        "text": f"Policyholder {NAME} called from {PHONE} about the {CODENAME} claim. Email on file {EMAIL}.",
        "responses": [
            f"Claim Type: Storm damage\nRisk Notes: policyholder {NAME} can be reached on {PHONE} or {EMAIL}. "
            f"{CODENAME} file."
        ],
    }
    batch = import_batch_create(
        campaign=campaign, user=campaign.created_by, file=io.BytesIO(json.dumps(record).encode()), filename="a.jsonl"
    )
    wait_for(lambda: ImportBatch.objects.get(id=batch.id).status == "done")
    item = Item.objects.get(campaign=campaign)
    assert_anonymized(item.text, item.entity_counts)
    imported = Candidate.objects.get(item=item, source=Candidate.Source.IMPORT)
    assert_anonymized(imported.text, imported.entity_counts)


@pytest.mark.django_db
def test_reviewer_response_is_anonymized(campaign) -> None:
    item = ItemFactory(campaign=campaign)
    response = f"Claim Type: Hail\nNext Action: phone {NAME} at {PHONE}, then write to {EMAIL}. {CODENAME}."
    example = example_submit(item=item, author=UserFactory(), response=response)
    stored = Example.objects.get(id=example.id)
    assert_anonymized(stored.response, stored.entity_counts)


@pytest.mark.django_db
def test_review_comment_is_anonymized(campaign) -> None:
    item = ItemFactory(campaign=campaign)
    example = Example.objects.create(item=item, author=UserFactory(), response="Claim Type: Hail")
    comment = f"Approved, but I confirmed with {NAME} on {PHONE} and {EMAIL} first. {CODENAME}."
    example_review(example=example, reviewer=UserFactory(), approve=True, comment=comment)
    stored = Example.objects.get(id=example.id)
    assert_anonymized(stored.review_comment, stored.comment_entity_counts)


@pytest.mark.django_db
def test_judgement_rationale_is_anonymized(campaign) -> None:
    item = ItemFactory(campaign=campaign)
    left = Candidate.objects.create(item=item, source="import", text="Claim Type: Theft")
    right = Candidate.objects.create(item=item, source="import", text="Claim Type: Hail")
    task = ComparisonTask.objects.create(item=item, left=left, right=right)
    reviewer = UserFactory()
    assert comparison_lease_next(campaign=campaign, user=reviewer) == task
    rationale = f"A is better: B names {NAME} and gives {PHONE} and {EMAIL}. {CODENAME}."
    judgement, created = comparison_submit(
        campaign=campaign, task_id=task.id, user=reviewer, choice="a", idempotency_key="k-1", rationale=rationale
    )
    stored = Judgement.objects.get(id=judgement.id)
    assert created
    assert_anonymized(stored.rationale, stored.entity_counts)


def _artifact(campaign) -> ModelArtifact:
    dataset = DatasetVersion.objects.create(
        campaign=campaign, version=1, content_hash="0" * 64, created_by=campaign.created_by
    )
    run = TrainingRun.objects.create(
        campaign=campaign, dataset=dataset, base_model_path="/models/base", created_by=campaign.created_by
    )
    return ModelArtifact.objects.create(run=run, path="/artifacts/a", sha256="0" * 64)


SPEC = {"output_format": {"kind": "template", "fields": ["Claim Type", "Next Action"]}}
MODEL_OUTPUT = f"Claim Type: Hail\nNext Action: phone {NAME} at {PHONE}, then write to {EMAIL}. {CODENAME}."


@pytest.mark.django_db
def test_model_drafts_are_anonymized(campaign) -> None:
    item = ItemFactory(campaign=campaign)
    artifact = _artifact(campaign)
    model_drafts_store(artifact=artifact, drafts=[(item, MODEL_OUTPUT)])
    draft = Candidate.objects.get(item=item, source=Candidate.Source.MODEL)
    assert draft.artifact == artifact
    assert_anonymized(draft.text, draft.entity_counts)


@pytest.mark.django_db
def test_generated_candidates_are_anonymized_before_anyone_sees_them(campaign) -> None:
    item = ItemFactory(campaign=campaign)
    artifact = _artifact(campaign)
    candidate_round = CandidateRound.objects.create(
        campaign=campaign, artifact=artifact, sampling={"n": 1, "seed": 1}, created_by=campaign.created_by
    )
    assert candidate_round_store(candidate_round, [(item, [MODEL_OUTPUT])]) == 1
    generated = Candidate.objects.get(item=item, round=candidate_round)
    assert_anonymized(generated.text, generated.entity_counts)


REWRITE = (
    f"Claim Type: Hail\nCause: Storm\nCurrent Evidence: photos from {NAME}\n"
    f"Next Action: phone {PHONE}, then write to {EMAIL}\nRisk Notes: {CODENAME} file"
)


@pytest.mark.django_db
def test_a_both_bad_rewrite_is_anonymized(campaign) -> None:
    item = ItemFactory(campaign=campaign)
    left = Candidate.objects.create(item=item, source="import", text="Claim Type: Theft")
    right = Candidate.objects.create(item=item, source="import", text="Claim Type: Hail")
    task = ComparisonTask.objects.create(item=item, left=left, right=right)
    reviewer = UserFactory()
    assert comparison_lease_next(campaign=campaign, user=reviewer) == task
    judgement, _ = comparison_submit(
        campaign=campaign, task_id=task.id, user=reviewer, choice="both_bad", idempotency_key="k-2", rewrite=REWRITE
    )
    better = Candidate.objects.get(rewrite_of=judgement)
    assert_anonymized(better.text, better.entity_counts)


@pytest.mark.django_db
def test_evaluation_samples_are_anonymized(campaign) -> None:
    item = ItemFactory(campaign=campaign)
    artifact = _artifact(campaign)
    evaluation = EvaluationRound.objects.create(
        campaign=campaign, dataset=artifact.run.dataset, artifact=artifact, created_by=campaign.created_by
    )
    test_item = TestItem(item_id=item.id, prompt=[{"role": "user", "content": item.text}], reference="", kind="answer")
    round_record(
        evaluation=evaluation, items=[test_item], outputs={"candidate": [MODEL_OUTPUT]}, guideline=(None, SPEC)
    )
    sample = EvaluationSample.objects.get(round=evaluation)
    assert_anonymized(sample.output, sample.entity_counts)


@pytest.mark.django_db
def test_an_evaluation_scores_outputs_against_the_guidelines_label_set(campaign) -> None:
    spec = {"output_format": {"kind": "labels", "labels": ["Hail", "Flood"], "multi_label": False}}
    GuidelineVersion.objects.create(campaign=campaign, version=1, spec=spec, created_by=campaign.created_by)
    items = [ItemFactory(campaign=campaign) for _ in range(4)]
    artifact = _artifact(campaign)
    evaluation = EvaluationRound.objects.create(
        campaign=campaign, dataset=artifact.run.dataset, artifact=artifact, created_by=campaign.created_by
    )
    outputs = {"base": ["Claim Type: Hail", "Hail", "hail?", "Fire"], "candidate": ["Hail", "Flood", "Hail", "Flood"]}
    tests = [TestItem(item_id=i.id, prompt=[], reference="Hail", kind="answer") for i in items]
    report = round_record(evaluation=evaluation, items=tests, outputs=outputs, guideline=(1, spec)).report
    assert report["output_format"]["kind"] == "labels"
    validity = {name: c["metrics"]["format_validity"] for name, c in report["contenders"].items()}
    assert validity == {"base": 0.25, "candidate": 1.0}


@pytest.mark.django_db
def test_a_response_keeps_the_items_placeholders_and_numbers_a_new_person_after_them(campaign) -> None:
    item = ItemFactory(campaign=campaign, text="Called <PERSON_1> about the claim. Police report received.")
    response = "Spoke with <PERSON_1> and later with Daniel Hargreaves, who saw the hail."
    example = example_submit(item=item, author=UserFactory(), response=response)
    stored = Example.objects.get(id=example.id)
    assert stored.response == "Spoke with <PERSON_1> and later with <PERSON_2>, who saw the hail."
    assert stored.entity_counts == {"PERSON": 1}
