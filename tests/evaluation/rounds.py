"""A label-set campaign (property claims triage) frozen into a dataset, with an evaluation round to score."""

from __future__ import annotations

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
