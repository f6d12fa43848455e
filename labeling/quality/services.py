"""Marking items as gold: an item with a known answer that measures each reviewer who answers it."""

from __future__ import annotations

import json

from django.contrib.auth.models import User

from labeling.models import Item
from labeling.quality.agreement import normalize_answer
from labeling.quality.selectors import campaign_output_format
from privacy.services.anonymize import anonymize_text
from tuneloop.exceptions import ApplicationError


def item_set_gold(*, item: Item, answer: str, user: User) -> Item:
    """Mark the item gold with its known answer, anonymized like every other text that enters.

    For a label set the answer must name labels of the set; it is stored as the set's own spelling
    (labels comma-separated, as reviewers write them), which holds no free text to anonymize.
    """
    if not answer.strip():
        raise ApplicationError("The gold answer is empty.", field="answer")
    campaign = item.campaign
    output_format = campaign_output_format(campaign)
    if output_format.kind == "labels" and output_format.labels:
        category = normalize_answer(answer, output_format)
        chosen: list[str] = json.loads(category) if category else []
        unknown = [label for label in chosen if label not in output_format.labels]
        if unknown:
            raise ApplicationError(
                f"Not in the campaign's label set: {', '.join(unknown)}. Labels: {', '.join(output_format.labels)}.",
                field="answer",
            )
        if len(chosen) > 1 and not output_format.multi_label:
            raise ApplicationError("This campaign takes one label per answer.", field="answer")
        text = ", ".join(chosen)  # as reviewers write a multi-label answer (see services/guidelines.py)
    else:
        text = anonymize_text(answer, campaign=campaign, labels=campaign.output_fields, context=[item.text]).text
    Item.objects.filter(id=item.id).update(is_gold=True, gold_answer=text)  # one statement: atomic as it is
    item.refresh_from_db()
    return item


def item_unset_gold(*, item: Item, user: User) -> Item:
    """Make the item an ordinary one again; its known answer is dropped."""
    Item.objects.filter(id=item.id).update(is_gold=False, gold_answer="")
    item.refresh_from_db()
    return item
