"""Training services: recipes validated before queueing, metrics stored and pushed live."""

from __future__ import annotations

import pytest

from dataset_versions.services.freeze import dataset_freeze
from labeling.demo_data import demo_records
from labeling.models import Example
from tests.factories import CampaignFactory, ItemFactory, UserFactory
from training.models import RunMetric, TrainingRun
from training.services import run_create, run_metric_record
from tuneloop.exceptions import ApplicationError

pytestmark = pytest.mark.django_db


@pytest.fixture
def dataset():
    campaign = CampaignFactory()
    author, reviewer = UserFactory(), UserFactory()
    for record in demo_records(12):
        item = ItemFactory(campaign=campaign)
        Example.objects.create(
            item=item, author=author, reviewer=reviewer, status="approved", response=record.reference
        )
    return dataset_freeze(campaign=campaign, user=campaign.created_by)


def test_a_bad_recipe_is_refused_with_the_field_named(dataset) -> None:
    with pytest.raises(ApplicationError) as error:
        run_create(
            campaign=dataset.campaign,
            dataset=dataset,
            base_model_path="/m",
            recipe={"sft": {"learning_rate": -1}},
            user=dataset.created_by,
        )
    assert error.value.field == "recipe"
    assert "recipe.sft.learning_rate" in error.value.message
    assert not TrainingRun.objects.exists()


def test_metrics_are_stored_and_pushed_to_the_campaign(
    dataset, capture_events, django_capture_on_commit_callbacks
) -> None:
    run = TrainingRun.objects.create(
        campaign=dataset.campaign, dataset=dataset, base_model_path="/m", created_by=dataset.created_by
    )
    with django_capture_on_commit_callbacks(execute=True):
        run_metric_record(run=run, stage="sft", step=3, values={"loss": 1.5, "learning_rate": 1e-3, "note": "x"})
    metric = RunMetric.objects.get(run=run)
    assert (metric.stage, metric.step, metric.loss) == ("sft", 3, 1.5)
    run.refresh_from_db()
    assert (run.stage, run.step) == ("sft", 3)
    [(group, message)] = capture_events
    assert group == f"campaign.{dataset.campaign_id}"
    assert message["event"] == "run.metric"
    assert message["payload"]["loss"] == 1.5 and "note" not in message["payload"]["values"]


def test_a_stage_without_rows_is_refused_before_queueing(dataset) -> None:
    with pytest.raises(ApplicationError) as error:
        run_create(campaign=dataset.campaign, dataset=dataset, base_model_path="/m", recipe={}, user=dataset.created_by)
    assert error.value.field == "dataset" and "no DPO rows" in error.value.message
    assert not TrainingRun.objects.exists()
