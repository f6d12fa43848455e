"""Candidates, leasing comparison tasks to reviewers, and recording each judgement exactly once."""

from __future__ import annotations

import itertools
import random
from datetime import timedelta

from django.conf import settings
from django.contrib.auth.models import User
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from labeling.anonymization import AnonymizedText, Anonymizer
from labeling.models import Campaign, Example, Item
from labeling.selectors import guideline_current, policy_get
from labeling.services.anonymize import anonymize_text, anonymizer_for
from preferences.models import Candidate, ComparisonTask, Judgement
from training.models import ModelArtifact
from tuneloop.exceptions import ApplicationError, Conflict, Forbidden
from tuneloop.realtime import campaign_group, send_on_commit


def candidates_import(*, item: Item, text: str) -> dict[str, int]:
    """Store an imported response (anonymized); returns the entity counts replaced."""
    clean = anonymize_text(text, campaign=item.campaign, labels=item.campaign.output_fields, context=[item.text])
    Candidate.objects.create(item=item, source=Candidate.Source.IMPORT, text=clean.text, entity_counts=clean.entities)
    return clean.entities


def model_drafts_pending(*, campaign: Campaign, limit: int) -> list[tuple[Item, list[dict]]]:
    """Items without a draft from the campaign's prefill model, with the prompt to draft from."""
    from labeling.services.datasets import prompt_messages

    artifact = campaign.prefill_artifact
    drafted = Candidate.objects.filter(source=Candidate.Source.MODEL, artifact=artifact).values("item_id")
    items = Item.objects.filter(campaign=campaign).exclude(id__in=drafted).order_by("id")[:limit]
    return [(item, prompt_messages(campaign, item)) for item in items]


def model_drafts_store(*, artifact: ModelArtifact, drafts: list[tuple[Item, str]]) -> list[Candidate]:
    """Store generated drafts as candidates, anonymized like every text that enters."""
    candidates = []
    anonymizers: dict[int, Anonymizer] = {}  # one policy read per campaign, not one per draft
    for item, text in drafts:
        campaign = item.campaign
        if campaign.id not in anonymizers:
            anonymizers[campaign.id] = anonymizer_for(policy_get(campaign))
        clean = anonymizers[campaign.id].anonymize(text, labels=campaign.output_fields, context=[item.text])
        candidates.append(
            Candidate(
                item=item,
                source=Candidate.Source.MODEL,
                artifact=artifact,
                text=clean.text,
                entity_counts=clean.entities,
            )
        )
    return Candidate.objects.bulk_create(candidates)


def candidate_from_example(*, example: Example) -> Candidate:
    """An approved response becomes a candidate, paired with the item's other candidates."""
    candidate, created = Candidate.objects.get_or_create(
        item=example.item,
        example=example,
        defaults={"source": Candidate.Source.HUMAN, "text": example.response, "entity_counts": example.entity_counts},
    )
    if created:
        comparisons_create_for_item(item=example.item)
    return candidate


def comparisons_create_for_item(*, item: Item, rng: random.Random | None = None) -> int:
    """Create one task per not-yet-paired candidate pair; left/right order is random (blind)."""
    rng = rng or random.Random()
    created = 0
    for first, second in itertools.combinations(item.candidates.order_by("id"), 2):
        pair = Q(left=first, right=second) | Q(left=second, right=first)
        if ComparisonTask.objects.filter(pair).exists():
            continue
        left, right = (first, second) if rng.random() < 0.5 else (second, first)
        ComparisonTask.objects.create(item=item, left=left, right=right)
        created += 1
    return created


def comparisons_create_for_campaign(*, campaign_id: int, seed: int | None = None) -> int:
    rng = random.Random(seed)
    return sum(comparisons_create_for_item(item=item, rng=rng) for item in Item.objects.filter(campaign_id=campaign_id))


def comparison_lease_next(*, campaign: Campaign, user: User) -> ComparisonTask | None:
    """Lease the reviewer's current task, or the next free one; two racing reviewers never share one."""
    now = timezone.now()
    expires = now + timedelta(seconds=settings.COMPARISON_LEASE_SECONDS)
    # The item and both candidates come along: callers show the task at once (comparison_payload).
    tasks = ComparisonTask.objects.select_related("item", "left", "right")
    with transaction.atomic():
        mine = tasks.filter(
            item__campaign=campaign, status=ComparisonTask.Status.OPEN, leased_to=user, lease_expires_at__gt=now
        ).first()
        if mine is not None:
            return mine
        free = (
            tasks.select_for_update(skip_locked=True, of=("self",))
            .filter(item__campaign=campaign, status=ComparisonTask.Status.OPEN)
            .filter(Q(leased_to__isnull=True) | Q(lease_expires_at__lte=now))
            .order_by("id")
            .first()
        )
        if free is None:
            return None
        free.leased_to, free.lease_expires_at = user, expires
        free.save(update_fields=["leased_to", "lease_expires_at"])
        return free


def comparison_submit(
    *, task_id: int, user: User, choice: str, idempotency_key: str, rationale: str = ""
) -> tuple[Judgement, bool]:
    """Record a judgement; a resend with the same idempotency key returns the first one (created=False)."""
    if choice not in Judgement.Choice.values:
        raise ApplicationError(f"choice must be one of {', '.join(Judgement.Choice.values)}.", field="choice")
    if not idempotency_key:
        raise ApplicationError("An idempotency key is required.", field="idempotency_key")
    existing = Judgement.objects.filter(reviewer=user, idempotency_key=idempotency_key).first()
    if existing is not None:
        return existing, False
    clean = _clean_rationale(task_id, rationale)
    try:
        with transaction.atomic():
            locked = ComparisonTask.objects.select_for_update().select_related("item").filter(id=task_id).first()
            # A resend that waited for the lock finds the judgement its twin just stored.
            existing = Judgement.objects.filter(reviewer=user, idempotency_key=idempotency_key).first()
            if existing is not None:
                return existing, False
            task = _check_submittable(locked, user)
            judgement = Judgement.objects.create(
                task=task,
                reviewer=user,
                choice=choice,
                rationale=clean.text,
                entity_counts=clean.entities,
                idempotency_key=idempotency_key,
                # The guidelines the reviewer judged under (dataset rows trace back to them).
                guideline_version=guideline_current(task.item.campaign),
            )
            task.status, task.leased_to, task.lease_expires_at = ComparisonTask.Status.DONE, None, None
            task.save(update_fields=["status", "leased_to", "lease_expires_at"])
            send_on_commit(campaign_group(task.item.campaign_id), "judgement.stored", {"task": task.id})
    except IntegrityError:
        existing = Judgement.objects.filter(reviewer=user, idempotency_key=idempotency_key).first()
        if existing is None:
            raise Conflict("This comparison has already been judged.") from None
        return existing, False
    return judgement, True


def _clean_rationale(task_id: int, rationale: str) -> AnonymizedText:
    """The rationale under the task's campaign policy, numbered after the placeholders of its item."""
    task = ComparisonTask.objects.select_related("item__campaign").filter(id=task_id).first()
    if task is None or not rationale.strip():
        return AnonymizedText(text="", entities={})
    return anonymize_text(rationale, campaign=task.item.campaign, context=[task.item.text])


def _check_submittable(task: ComparisonTask | None, user: User) -> ComparisonTask:
    """The task, if it exists, is still open and is leased to `user`."""
    if task is None:
        raise ApplicationError("No such comparison task.", field="task")
    if task.status == ComparisonTask.Status.DONE:
        raise Conflict("This comparison has already been judged.")
    if task.leased_to_id != user.pk:
        raise Forbidden("This comparison is not leased to you; ask for the next task.")
    return task
