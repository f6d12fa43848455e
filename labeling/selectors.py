"""Reads for campaigns, items and examples; `access_*` fetches raise when the user has no access."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.contrib.auth.models import AnonymousUser, User
from django.db.models import Count, IntegerField, OuterRef, Prefetch, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone

from labeling.models import (
    Assignment,
    Campaign,
    Example,
    ExampleRevision,
    GuidelineVersion,
    ImportBatch,
    Item,
    Membership,
    NamedReviewer,
    Rework,
)
from tuneloop.auth import AnyUser
from tuneloop.exceptions import Forbidden, NotFound
from tuneloop.roles import ADMIN


def campaign_role(user: AnyUser, campaign: Campaign) -> str | None:
    """The user's role in the campaign: superusers are admins everywhere, anonymous users have none."""
    if isinstance(user, AnonymousUser):
        return None
    if user.is_superuser:
        return ADMIN
    membership = Membership.objects.filter(campaign=campaign, user=user).only("role").first()
    return membership.role if membership else None


def access_campaign(user: AnyUser, campaign_id: int, *, role: str | None = None) -> Campaign:
    """The campaign, if the user is a member (with `role`, when given; admins may do what reviewers do)."""
    missing = f"Campaign {campaign_id} does not exist or you are not a member of it."
    return access_campaign_of(user, campaign_id, missing=missing, role=role)


def access_campaign_of(
    user: AnyUser, campaign_id: int | None, *, missing: str, role: str | None = None, field: str | None = None
) -> Campaign:
    """The campaign of an object a URL names (`campaign_id` None: no such object), if the user is a member.

    A missing object and one of a campaign the user is not in get the same NotFound(`missing`), so the answer
    tells nobody which ids exist. A member without `role` is refused with 403: they may know the object."""
    campaign = Campaign.objects.filter(id=campaign_id).first() if campaign_id is not None else None
    actual = campaign_role(user, campaign) if campaign else None
    if campaign is None or actual is None:
        raise NotFound(missing, field=field)
    if role == ADMIN and actual != ADMIN:
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
    missing = f"Item {item_id} does not exist."
    if item is None:
        raise NotFound(missing)
    access_campaign_of(user, item.campaign_id, missing=missing)
    return item


def access_item_to_write(user: AnyUser, item_id: int) -> Item:
    """An item the user may answer directly: a campaign admin any item; a reviewer only the item leased to them
    (served by the queue), so nobody picks which items to answer, gold ones included. The refusal is the
    same for every item, so it tells nothing about one."""
    item = access_item(user, item_id)
    if campaign_role(user, item.campaign) == ADMIN:
        return item
    leased = Assignment.objects.filter(
        item=item, reviewer_id=user.pk, status=Assignment.Status.LEASED, lease_expires_at__gt=timezone.now()
    )
    if not leased.exists():
        raise Forbidden("Answer items from your queue (the Write tab): this item is not leased to you.")
    return item


def access_example(user: AnyUser, example_id: int) -> Example:
    example = Example.objects.select_related("item__campaign").filter(id=example_id).first()
    missing = f"Example {example_id} does not exist."
    if example is None:
        raise NotFound(missing)
    access_campaign_of(user, example.item.campaign_id, missing=missing)
    return example


def access_import_batch(user: AnyUser, batch_id: int) -> ImportBatch:
    batch = ImportBatch.objects.filter(id=batch_id).first()
    missing = f"Import batch {batch_id} does not exist."
    if batch is None:
        raise NotFound(missing)
    access_campaign_of(user, batch.campaign_id, missing=missing, role=ADMIN)
    return batch


ITEM_PAGE_MAX = 500


def _examples_counted(examples: QuerySet[Example]) -> Coalesce:
    """How many of `examples` (filtered on `item=OuterRef("pk")`) each item has, as a correlated subquery."""
    counted = examples.order_by().values("item").annotate(n=Count("id")).values("n")
    return Coalesce(Subquery(counted, output_field=IntegerField()), 0)


def item_page(*, campaign: Campaign, after: int | None, limit: int) -> tuple[list[Item], int | None]:
    """Up to `limit` items with id above `after`, in id order, and the `after` of the next page (None at the end).

    Keyset pagination on the (campaign, id) index: page 20,000 costs what page 1 costs, where OFFSET
    would walk every row before it. Each item carries `answers` and `approved` (correlated subqueries,
    run for the page's rows only) and its named reviewers (one prefetch for the whole page).
    """
    items = Item.objects.filter(campaign=campaign)
    if after is not None:
        items = items.filter(id__gt=after)
    fields = ("id", "campaign_id", "external_id", "group_key", "text", "entity_counts", "is_gold", "created_at")
    examples = Example.objects.filter(item=OuterRef("pk"))
    named = NamedReviewer.objects.select_related("reviewer").only("item", "reviewer__username")
    items = items.annotate(
        answers=_examples_counted(examples.filter(status__in=ANSWERED)),
        approved=_examples_counted(examples.filter(status=Example.Status.APPROVED)),
    ).prefetch_related(Prefetch("named_reviewers", queryset=named.order_by("reviewer__username")))
    page: list[Item] = list(items.order_by("id").only(*fields)[: limit + 1])  # one more: is there a next page?
    if len(page) > limit:
        return page[:limit], page[limit - 1].id
    return page, None


def item_count(campaign: Campaign) -> int:
    """The exact number of the campaign's items, counted on the (campaign, id) index."""
    return Item.objects.filter(campaign=campaign).count()


ANSWERED = ("submitted", "approved", "rejected", "changes_requested")


def item_answer_count(item: Item) -> int:
    """Answers submitted for the item so far (drafts are not answers)."""
    return item.examples.filter(status__in=ANSWERED).count()


def item_is_complete(item: Item) -> bool:
    """An item is complete once it has its k answers; until then its answers stay blind."""
    return item_answer_count(item) >= item.campaign.reviewers_per_item + item.extra_answers


def example_visible_to(user: AnyUser, example: Example) -> bool:
    """Blind answers: only the author sees an answer before its item is complete, and admins who
    are not answering that item themselves."""
    if example.author_id == user.pk:
        return True
    if item_is_complete(example.item):
        return True
    campaign = example.item.campaign
    admin = campaign_role(user, campaign) == ADMIN
    return admin and not example.item.assignments.filter(reviewer_id=user.pk).exists()


def access_example_visible(user: AnyUser, example_id: int) -> Example:
    """The example, if the user may see it now (see `example_visible_to`); a blind one reads as missing."""
    example = access_example(user, example_id)
    if not example_visible_to(user, example):
        raise NotFound(f"Example {example_id} does not exist or is blind until its item has all its answers.")
    return example


def access_example_to_edit(user: AnyUser, example_id: int) -> Example:
    """An answer only its author edits: checked before anything is read from the request."""
    example = access_example_visible(user, example_id)
    if example.author_id != user.pk:
        raise Forbidden("Only the author can edit this answer.")
    return example


def access_example_to_review(user: AnyUser, example_id: int) -> Example:
    """An answer someone other than its author reviews: checked before anything is read from the request."""
    example = access_example_visible(user, example_id)
    if example.author_id == user.pk:
        raise Forbidden("You cannot review your own response; another reviewer must.")
    return example


def access_assignment(user: AnyUser, assignment_id: int) -> Assignment:
    assignment = Assignment.objects.select_related("item__campaign").filter(id=assignment_id).first()
    if assignment is None or assignment.reviewer_id != user.pk:
        raise NotFound(f"Assignment {assignment_id} does not exist or is not yours.")
    return assignment


def guideline_current(campaign: Campaign) -> GuidelineVersion | None:
    return GuidelineVersion.objects.filter(campaign=campaign).order_by("-version").first()


def output_format_current(campaign: Campaign) -> dict[str, Any]:
    """The output format answers are held to: the current guideline's, else the campaign's template."""
    guideline = guideline_current(campaign)
    if guideline is not None:
        return dict(guideline.spec["output_format"])
    return {"kind": "template", "fields": list(campaign.output_fields)}


def guideline_versions(campaign: Campaign) -> QuerySet[GuidelineVersion]:
    return GuidelineVersion.objects.filter(campaign=campaign).select_related("created_by").order_by("-version")


def example_to_revise(*, campaign: Campaign, user: User) -> Example | None:
    """The user's oldest answer a reviewer sent back with changes requested."""
    return (
        Example.objects.filter(item__campaign=campaign, author=user, status=Example.Status.CHANGES_REQUESTED)
        .select_related("item", "assignment")
        .order_by("id")
        .first()
    )


def example_history(example: Example) -> QuerySet[ExampleRevision]:
    return ExampleRevision.objects.filter(example=example).select_related("editor").order_by("id")


def example_next_for_review(*, campaign: Campaign, user: User) -> Example | None:
    """The oldest submitted answer written by someone else, on an item that has all its k answers."""
    answers = (
        Example.objects.filter(item=OuterRef("item"), status__in=ANSWERED)
        .values("item")
        .annotate(n=Count("id"))
        .values("n")
    )
    return (
        Example.objects.filter(item__campaign=campaign, status=Example.Status.SUBMITTED)
        .exclude(author=user)
        .annotate(answers=Subquery(answers, output_field=IntegerField()))
        .filter(answers__gte=campaign.reviewers_per_item)
        .select_related("item")
        .order_by("id")
        .first()
    )


def item_rework(item: Item) -> Rework | None:
    """Why the item was last sent back for another answer, with the draft to correct; None if it never was."""
    return item.reworks.order_by("-id").first() if item.extra_answers else None


def item_prefill(item: Item) -> str:
    """The draft of the item's rework, else a model-generated draft when the campaign has a model configured
    and one exists."""
    return item_draft(item)[0]


def item_draft(item: Item) -> tuple[str, int | None]:
    """(the draft a reviewer is shown for the item, the id of the model that wrote it): a rework's draft
    (no model id), else the campaign's prefill model's candidate, else ("", None)."""
    rework = item_rework(item)
    if rework is not None and rework.draft:
        return rework.draft, None
    artifact_id = item.campaign.prefill_artifact_id
    if artifact_id is None:
        return "", None
    candidate = item.candidates.filter(source="model", artifact_id=artifact_id).first()
    return (candidate.text, artifact_id) if candidate else ("", None)


def prompt_messages(campaign: Campaign, item: Item) -> list[dict[str, str]]:
    """The chat prompt for an item: the campaign's system prompt, then the item's (anonymized) text."""
    messages = [{"role": "system", "content": campaign.system_prompt}] if campaign.system_prompt else []
    return [*messages, {"role": "user", "content": item.text}]


def drafted_answers(
    campaign_id: int, artifact_ids: list[int], *, since: datetime, until: datetime | None = None
) -> list[tuple[int, Any, str, str]]:
    """(model id, when, draft, answer) of each answer handed in since `since` that started from a draft of one
    of `artifact_ids` (the answers still in draft left out): what a deployed model's correction rate reads."""
    rows = Example.objects.filter(
        item__campaign_id=campaign_id, draft_artifact_id__in=artifact_ids, created_at__gte=since
    ).exclude(status=Example.Status.DRAFT)
    if until is not None:
        rows = rows.filter(created_at__lt=until)
    return list(rows.order_by("id").values_list("draft_artifact_id", "created_at", "draft", "response"))
