"""A label-set campaign (property claims triage) frozen into a dataset, with an evaluation round to score."""

from __future__ import annotations

from collections.abc import Callable

from dataset_versions.services.freeze import dataset_freeze
from evaluation.models import EvaluationRound
from labeling.models import Example, GuidelineVersion, Membership
from tests.factories import CampaignFactory, ItemFactory, MembershipFactory, UserFactory
from training.models import ModelArtifact, TrainingRun

LABELS = ["water", "fire", "theft"]
SPEC = {
    "user": "the triage desk",
    "acceptance_criteria": ["the label matches the cause in the note"],
    "must_never": ["guess a cause the note does not give"],
    "output_format": {"kind": "labels", "labels": LABELS, "multi_label": False},
}


def label_campaign_round(items: int = 120) -> EvaluationRound:
    """A label-set campaign (property claims triage) frozen into a dataset, and a round for an artifact of it."""
    campaign = CampaignFactory(name="Property loss triage", system_prompt="Label the cause of the loss.")
    MembershipFactory(campaign=campaign, user=campaign.created_by, role=Membership.Role.ADMIN)
    guideline = GuidelineVersion.objects.create(campaign=campaign, version=1, spec=SPEC, created_by=campaign.created_by)
    writer, reviewer = UserFactory(), UserFactory()
    for n in range(items):
        item = ItemFactory(campaign=campaign, external_id=f"loss-{n}", text=f"Loss report {n}: cause noted.")
        Example.objects.create(
            item=item,
            author=writer,
            reviewer=reviewer,
            status=Example.Status.APPROVED,
            response=LABELS[n % 3],
            guideline_version=guideline,
        )
    dataset = dataset_freeze(campaign=campaign, user=campaign.created_by)
    # The spec changes after the freeze: the round still scores with the version the answers were written to.
    GuidelineVersion.objects.create(
        campaign=campaign,
        version=2,
        spec={**SPEC, "output_format": {"kind": "labels", "labels": ["other"]}},
        created_by=campaign.created_by,
    )
    run = TrainingRun.objects.create(
        campaign=campaign, dataset=dataset, base_model_path="/m", created_by=campaign.created_by
    )
    artifact = ModelArtifact.objects.create(run=run, path="/a", sha256="0" * 64)
    return EvaluationRound.objects.create(
        campaign=campaign, dataset=dataset, artifact=artifact, created_by=campaign.created_by
    )


def another_round(evaluation: EvaluationRound) -> EvaluationRound:
    """A second candidate of the same campaign, trained on the same dataset version."""
    admin, dataset = evaluation.created_by, evaluation.dataset
    run = TrainingRun.objects.create(
        campaign=evaluation.campaign, dataset=dataset, base_model_path="/m", created_by=admin
    )
    artifact = ModelArtifact.objects.create(run=run, path="/b", sha256="1" * 64)
    return EvaluationRound.objects.create(
        campaign=evaluation.campaign, dataset=dataset, artifact=artifact, created_by=admin
    )


def scored(evaluation: EvaluationRound, **outputs: Callable[[int, str], str]) -> EvaluationRound:
    """The round recorded with these contenders' outputs (a function of each test item's reference)."""
    from evaluation.selectors import round_guideline_spec, round_test_items
    from evaluation.services.rounds import round_record

    items = round_test_items(evaluation)
    texts = {name: [answer(i, item.reference) for i, item in enumerate(items)] for name, answer in outputs.items()}
    return round_record(evaluation=evaluation, items=items, outputs=texts, guideline=round_guideline_spec(evaluation))
