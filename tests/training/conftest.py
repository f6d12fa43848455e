"""Fixtures of the training tests: one torch thread, a campaign admin with a frozen dataset version, a queued run."""

from __future__ import annotations

import pytest
import torch

from dataset_versions.services.freeze import dataset_freeze
from labeling.demo_data import demo_records
from labeling.models import Example
from tests.factories import CampaignFactory, ItemFactory, MembershipFactory, StaffFactory, UserFactory
from training.models import TrainingRun


@pytest.fixture(scope="module", autouse=True)
def one_torch_thread():
    """These matrices are tiny: one thread is as fast, and does not stall when other processes share the CPU."""
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(threads)


@pytest.fixture
def admin_dataset():
    """(staff admin, frozen version) of a campaign with 16 approved demo answers: SFT rows only."""
    staff = StaffFactory()
    campaign = CampaignFactory(created_by=staff)
    MembershipFactory(campaign=campaign, user=staff, role="admin")
    author, reviewer = UserFactory(), UserFactory()
    for record in demo_records(16):
        Example.objects.create(
            item=ItemFactory(campaign=campaign, text=record.text),
            author=author,
            reviewer=reviewer,
            status="approved",
            response=record.reference,
        )
    return staff, dataset_freeze(campaign=campaign, user=staff)


@pytest.fixture
def run(admin_dataset) -> TrainingRun:
    """A queued run on `admin_dataset`'s version, created by its admin (nothing is launched)."""
    staff, dataset = admin_dataset
    return TrainingRun.objects.create(
        campaign=dataset.campaign, dataset=dataset, base_model_path="/m", created_by=staff
    )
