"""Reviewers write responses to items and approve or reject each other's responses."""

from __future__ import annotations

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone

from labeling.models import Example, Item
from labeling.services.anonymize import anonymize_text
from tuneloop.exceptions import ApplicationError, Conflict, Forbidden
from tuneloop.realtime import campaign_group, send_on_commit


def example_submit(*, item: Item, author: User, response: str, prefilled: bool = False) -> Example:
    """Store a reviewer's response, anonymized like every other text that enters."""
    if not response.strip():
        raise ApplicationError("The response is empty.", field="response")
    campaign = item.campaign
    clean = anonymize_text(response, campaign=campaign, labels=campaign.output_fields, context=[item.text])
    with transaction.atomic():
        Item.objects.select_for_update().filter(id=item.id).first()
        if item.examples.filter(status__in=[Example.Status.SUBMITTED, Example.Status.APPROVED]).exists():
            raise Conflict("This item already has a response waiting for review or approved.")
        example = Example.objects.create(
            item=item, author=author, response=clean.text, prefilled=prefilled, entity_counts=clean.entities
        )
        send_on_commit(campaign_group(item.campaign_id), "example.submitted", {"id": example.id})
    return example


def example_review(*, example: Example, reviewer: User, approve: bool, comment: str = "") -> Example:
    """Approve or reject another reviewer's response; approved ones become comparison candidates."""
    from preferences.services import candidate_from_example

    if example.author_id == reviewer.pk:
        raise Forbidden("You cannot review your own response; another reviewer must.")
    item = example.item
    context = [item.text, example.response]
    clean = anonymize_text(comment, campaign=item.campaign, context=context) if comment.strip() else None
    with transaction.atomic():
        updated = Example.objects.filter(id=example.id, status=Example.Status.SUBMITTED).update(
            status=Example.Status.APPROVED if approve else Example.Status.REJECTED,
            reviewer=reviewer,
            review_comment=clean.text if clean else "",
            comment_entity_counts=clean.entities if clean else {},
            reviewed_at=timezone.now(),
        )
        if not updated:
            raise Conflict("This response has already been reviewed.")
        example.refresh_from_db()
        if approve:
            candidate_from_example(example=example)
        send_on_commit(
            campaign_group(example.item.campaign_id), "example.reviewed", {"id": example.id, "status": example.status}
        )
    return example
