"""Reviewers write answers to items (drafts, submissions, revisions) and review each other's answers.

Statuses: draft → submitted → approved | rejected | changes_requested; changes_requested goes back
to the author, who edits and resubmits. Every save and status change adds an ExampleRevision.
"""

from __future__ import annotations

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone

from labeling import hooks
from labeling.events import notify_example_reviewed, notify_example_submitted
from labeling.models import Assignment, Example, ExampleRevision, GuidelineVersion, Item
from labeling.selectors import guideline_current, item_draft, item_is_complete
from labeling.services.assignments import assignment_for_item, assignment_renew
from labeling.services.guidelines import format_labels, response_validate
from privacy.engine.anonymizer import AnonymizedText
from privacy.services.anonymize import anonymize_text
from tuneloop.exceptions import ApplicationError, Conflict, Forbidden

DECISIONS = {
    "approve": Example.Status.APPROVED,
    "reject": Example.Status.REJECTED,
    "request_changes": Example.Status.CHANGES_REQUESTED,
}


def example_submit(
    *, item: Item, author: User, response: str, prefilled: bool = False, kind: str = Example.Kind.ANSWER
) -> Example:
    """Submit an answer to an item (through the author's assignment on it)."""
    return example_save(item=item, author=author, response=response, prefilled=prefilled, kind=kind, submit=True)


def example_save(
    *,
    item: Item,
    author: User,
    response: str,
    kind: str = Example.Kind.ANSWER,
    prefilled: bool = False,
    submit: bool = True,
    guideline_version: int | None = None,
) -> Example:
    """Save a draft of, or submit, the author's answer to an item, anonymized like every text that enters.

    The answer lives on the author's assignment for the item (their live lease, or a new one when a
    slot is free); a second call updates the draft until it is submitted.
    """
    guideline = _guideline_seen(item, guideline_version)
    _check_answer(guideline, response, kind, submit=submit)
    assignment = assignment_for_item(item=item, user=author)
    example = Example.objects.filter(assignment=assignment).first()
    if example is not None:
        return example_update(
            example=example,
            editor=author,
            response=response,
            kind=kind,
            submit=submit,
            guideline_version=guideline_version,
        )
    clean = _anonymize(item, response, guideline, kind=kind, submit=submit)
    # The draft is the server's record of what the author was shown, not the client's: the correction rate
    # of a deployed model (deployments.services.monitoring) compares the answer with it.
    draft, draft_artifact_id = item_draft(item) if prefilled else ("", None)
    with transaction.atomic():
        _hold_slot(assignment, submit=submit)
        example = Example.objects.create(
            item=item,
            author=author,
            assignment=assignment,
            guideline_version=guideline,
            kind=kind,
            response=clean.text,
            prefilled=prefilled,
            draft=draft,
            draft_artifact_id=draft_artifact_id,
            entity_counts=clean.entities,
            status=Example.Status.SUBMITTED if submit else Example.Status.DRAFT,
        )
        ExampleRevision.objects.create(example=example, editor=author, status=example.status, response=example.response)
        if submit:
            notify_example_submitted(item.campaign_id, example.id)
    return example


def example_update(
    *,
    example: Example,
    editor: User,
    response: str,
    kind: str | None = None,
    submit: bool,
    guideline_version: int | None = None,
) -> Example:
    """Edit a draft, or an answer sent back with changes requested; `submit` hands it in for review."""
    if example.author_id != editor.pk:
        raise Forbidden("Only the author can edit this answer.")
    if example.status not in (Example.Status.DRAFT, Example.Status.CHANGES_REQUESTED):
        raise Conflict(f"This answer is {example.status}; only drafts and answers sent back for changes can change.")
    item = example.item
    kind = kind or example.kind
    guideline = _guideline_seen(item, guideline_version)
    _check_answer(guideline, response, kind, submit=submit)
    clean = _anonymize(item, response, guideline, kind=kind, submit=submit)
    with transaction.atomic():
        locked = Example.objects.select_for_update().get(id=example.id)
        if locked.status != example.status:
            raise Conflict("This answer changed meanwhile; reload it.")
        if example.status == Example.Status.DRAFT and example.assignment is not None:
            _hold_slot(example.assignment, submit=submit)
        example.response, example.entity_counts, example.kind = clean.text, clean.entities, kind
        example.guideline_version = guideline
        if submit:
            # Handed in again: the previous review stays in the history, not on the answer.
            example.status, example.reviewer, example.reviewed_at = Example.Status.SUBMITTED, None, None
            example.review_comment, example.comment_entity_counts = "", {}
        example.save()
        ExampleRevision.objects.create(example=example, editor=editor, status=example.status, response=example.response)
        if submit:
            notify_example_submitted(item.campaign_id, example.id)
    return example


def example_decide(*, example: Example, reviewer: User, decision: str, comment: str = "") -> Example:
    """Approve, reject or request changes on another reviewer's answer; approved ones become candidates."""
    if decision not in DECISIONS:
        raise ApplicationError(f"decision must be one of {', '.join(DECISIONS)}.", field="decision")
    if example.author_id == reviewer.pk:
        raise Forbidden("You cannot review your own response; another reviewer must.")
    if decision != "approve" and not comment.strip():
        raise ApplicationError(
            "Say what is wrong: a comment is required to reject or request changes.", field="comment"
        )
    item = example.item
    if not item_is_complete(item):
        raise Conflict("This item is still waiting for its other answers; answers stay blind until then.")
    context = [item.text, example.response]
    clean = anonymize_text(comment, campaign=item.campaign, context=context) if comment.strip() else None
    with transaction.atomic():
        updated = Example.objects.filter(id=example.id, status=Example.Status.SUBMITTED).update(
            status=DECISIONS[decision],
            reviewer=reviewer,
            review_comment=clean.text if clean else "",
            comment_entity_counts=clean.entities if clean else {},
            reviewed_at=timezone.now(),
        )
        if not updated:
            raise Conflict("This response has already been reviewed.")
        example.refresh_from_db()
        ExampleRevision.objects.create(
            example=example,
            editor=reviewer,
            status=example.status,
            response=example.response,
            comment=example.review_comment,
        )
        if decision == "approve":
            hooks.example_approved(example=example)
        notify_example_reviewed(item.campaign_id, example.id, example.status)
    return example


def example_review(*, example: Example, reviewer: User, approve: bool, comment: str = "") -> Example:
    """Approve or reject (the two-way form of `example_decide`)."""
    return example_decide(
        example=example, reviewer=reviewer, decision="approve" if approve else "reject", comment=comment
    )


def _guideline_seen(item: Item, version: int | None) -> GuidelineVersion | None:
    """The guideline version the author saw (the current one when not said)."""
    if version is None:
        return guideline_current(item.campaign)
    guideline = GuidelineVersion.objects.filter(campaign_id=item.campaign_id, version=version).first()
    if guideline is None:
        raise ApplicationError(f"The campaign has no guideline version {version}.", field="guideline_version")
    return guideline


def _check_answer(guideline: GuidelineVersion | None, response: str, kind: str, *, submit: bool) -> None:
    if kind not in Example.Kind.values:
        raise ApplicationError(f"kind must be one of {', '.join(Example.Kind.values)}.", field="kind")
    if not response.strip():
        raise ApplicationError("The response is empty.", field="response")
    # Declining, asking for clarification and escalating are free text; answers follow the format.
    if submit and kind == Example.Kind.ANSWER and guideline is not None:
        response_validate(guideline, response)


def _anonymize(
    item: Item, response: str, guideline: GuidelineVersion | None, *, kind: str, submit: bool
) -> AnonymizedText:
    labels = format_labels(guideline) or item.campaign.output_fields
    clean = anonymize_text(response, campaign=item.campaign, labels=labels, context=[item.text])
    json_answer = guideline is not None and guideline.spec["output_format"]["kind"] == "json_schema"
    if submit and kind == Example.Kind.ANSWER and json_answer and clean.text != response:
        assert guideline is not None
        try:
            response_validate(guideline, clean.text)
        except ApplicationError as error:
            raise ApplicationError(
                "Anonymization changed the answer so that it no longer fits the JSON schema; keep personal "
                f"data inside strings. {error.message}",
                field="response",
            ) from None
    return clean


def _hold_slot(assignment: Assignment, *, submit: bool) -> None:
    """Submitting turns the lease into a submitted answer; a draft save extends the lease."""
    if submit:
        done = Assignment.objects.filter(id=assignment.id, status=Assignment.Status.LEASED).update(
            status=Assignment.Status.SUBMITTED, updated_at=timezone.now()
        )
        if done:
            assignment.status = Assignment.Status.SUBMITTED
    else:
        done = assignment_renew(assignment=assignment)
    if not done:
        raise Conflict("Your lease on this item expired or was given up; the slot went back to the pool.")
