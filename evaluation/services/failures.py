"""An evaluation round's failures back to reviewers: validation failures become writing tasks with the model's
draft to correct; test failures leave the sealed split only by being retired into the next version's train."""

from __future__ import annotations

from django.contrib.auth.models import User
from django.db import transaction

from dataset_versions.services.retire import retire_test_items
from evaluation.models import EvaluationRound, EvaluationSample
from labeling.services.rework import item_send_back
from tuneloop.exceptions import ApplicationError, Conflict

SPLITS = ("validation", "test")


def round_failures(evaluation: EvaluationRound, split: str) -> list[EvaluationSample]:
    """The candidate's failed samples of one split, each with its reasons (EvaluationSample.failures)."""
    if split not in SPLITS:
        raise ApplicationError(f"split must be one of {', '.join(SPLITS)}.", field="split")
    samples = EvaluationSample.objects.filter(round=evaluation, split=split, model__in=["candidate", "tuned"])
    return [sample for sample in samples.select_related("item").order_by("item_id") if sample.failures]


def round_failures_send(*, evaluation: EvaluationRound, user: User, split: str) -> int:
    """Validation: each failed item is asked one more answer, pre-filled with the candidate's output (stored
    anonymized) and its reasons. Test: each failed item's group is retired from the sealed split from the next
    dataset version on. Returns how many items were sent; sending a split twice is refused."""
    if evaluation.status != EvaluationRound.Status.SUCCEEDED:
        raise Conflict("Only a finished evaluation round has failures to send.")
    failed = round_failures(evaluation, split)
    source = f"evaluation round {evaluation.id}"
    with transaction.atomic():
        locked = EvaluationRound.objects.select_for_update().get(id=evaluation.id)
        if split in locked.failures_sent:  # sending twice would ask for the same answers twice
            raise Conflict(f"The {split} failures of round {evaluation.id} were already sent.")
        if split == "validation":
            for sample in failed:
                item_send_back(item=sample.item, draft=sample.output, reasons=sample.failures, source=source, user=user)
        else:
            reasons = {sample.item: sample.failures for sample in failed}
            retire_test_items(dataset=evaluation.dataset, reasons=reasons, source=source, user=user)
        locked.failures_sent = sorted({*locked.failures_sent, split})
        locked.save(update_fields=["failures_sent"])
    evaluation.failures_sent = locked.failures_sent
    return len(failed)
