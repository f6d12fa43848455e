"""Reads for campaigns, items and examples; `access_*` fetches raise when the user has no access."""

from __future__ import annotations

from django.contrib.auth.models import AnonymousUser, User
from django.db.models import Exists, OuterRef, QuerySet

from labeling.models import Campaign, DatasetVersion, Example, ImportBatch, Item, Membership
from tuneloop.auth import AnyUser
from tuneloop.exceptions import Forbidden, NotFound


def campaign_role(user: AnyUser, campaign: Campaign) -> str | None:
    """The user's role in the campaign: superusers are admins everywhere, anonymous users have none."""
    if isinstance(user, AnonymousUser):
        return None
    if user.is_superuser:
        return Membership.Role.ADMIN
    membership = Membership.objects.filter(campaign=campaign, user=user).only("role").first()
    return membership.role if membership else None


def access_campaign(user: AnyUser, campaign_id: int, *, role: str | None = None) -> Campaign:
    """The campaign, if the user is a member (with `role`, when given; admins may do what reviewers do)."""
    campaign = Campaign.objects.filter(id=campaign_id).first()
    actual = campaign_role(user, campaign) if campaign else None
    if campaign is None or actual is None:
        raise NotFound(f"Campaign {campaign_id} does not exist or you are not a member of it.")
    if role == Membership.Role.ADMIN and actual != Membership.Role.ADMIN:
        raise Forbidden(f"This needs the admin role in campaign '{campaign.name}'; you are a {actual}.")
    return campaign


def campaign_list(user: AnyUser) -> QuerySet[Campaign]:
    campaigns = Campaign.objects.order_by("id")
    if isinstance(user, AnonymousUser):
        return campaigns.none()
    if user.is_superuser:
        return campaigns
    return campaigns.filter(memberships__user=user)


def access_item(user: AnyUser, item_id: int) -> Item:
    item = Item.objects.select_related("campaign").filter(id=item_id).first()
    if item is None:
        raise NotFound(f"Item {item_id} does not exist.")
    access_campaign(user, item.campaign_id)
    return item


def access_example(user: AnyUser, example_id: int) -> Example:
    example = Example.objects.select_related("item__campaign").filter(id=example_id).first()
    if example is None:
        raise NotFound(f"Example {example_id} does not exist.")
    access_campaign(user, example.item.campaign_id)
    return example


def access_import_batch(user: AnyUser, batch_id: int) -> ImportBatch:
    batch = ImportBatch.objects.filter(id=batch_id).first()
    if batch is None:
        raise NotFound(f"Import batch {batch_id} does not exist.")
    access_campaign(user, batch.campaign_id, role=Membership.Role.ADMIN)
    return batch


def access_dataset(user: AnyUser, dataset_id: int, *, role: str | None = None) -> DatasetVersion:
    dataset = DatasetVersion.objects.filter(id=dataset_id).first()
    if dataset is None:
        raise NotFound(f"Dataset version {dataset_id} does not exist.")
    access_campaign(user, dataset.campaign_id, role=role)
    return dataset


def item_next_for_authoring(*, campaign: Campaign, user: User) -> Item | None:
    """The oldest item with no pending or approved example yet."""
    live = Example.objects.filter(item=OuterRef("pk"), status__in=["submitted", "approved"])
    return Item.objects.filter(campaign=campaign).exclude(Exists(live)).order_by("id").first()


def example_next_for_review(*, campaign: Campaign, user: User) -> Example | None:
    """The oldest submitted example written by someone else."""
    return (
        Example.objects.filter(item__campaign=campaign, status=Example.Status.SUBMITTED)
        .exclude(author=user)
        .select_related("item")
        .order_by("id")
        .first()
    )


def item_prefill(item: Item) -> str:
    """A model-generated draft for the item, when the campaign has a model configured and one exists."""
    if item.campaign.prefill_artifact_id is None:
        return ""
    candidate = item.candidates.filter(source="model", artifact_id=item.campaign.prefill_artifact_id).first()
    return candidate.text if candidate else ""
