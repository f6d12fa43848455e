"""The promotion gate's settings, an admin's sign-off that makes a candidate the incumbent, and rollback.

The gate recommends (evaluation.metrics.gate); a person decides, with a note, and promoting against a
failed gate needs a written reason. Every promotion and rollback is an entry of the campaign's audit
trail; the newest entry's artifact is the incumbent, which also drafts reviewers' responses.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import User
from django.db import transaction

from evaluation.events import PromotionRecorded, notify_promotion
from evaluation.metrics.gate import GateSettings, gate
from evaluation.models import CampaignGate, EvaluationRound, Promotion
from labeling.models import Campaign
from labeling.services.campaigns import campaign_set_prefill
from tuneloop.exceptions import ApplicationError, Conflict

MAX_TEXT = 5000


def gate_settings(campaign: Campaign) -> GateSettings:
    row = CampaignGate.objects.filter(campaign=campaign).first()
    return GateSettings.from_dict(row.thresholds if row else None)


def gate_update(*, campaign: Campaign, user: User, thresholds: dict[str, Any]) -> GateSettings:
    """Save the campaign's gate (the fields given; the rest keep their defaults)."""
    try:
        settings = GateSettings.from_dict(thresholds)
    except (TypeError, ValueError) as error:
        raise ApplicationError(f"Invalid gate settings: {error}.", field="thresholds") from None
    CampaignGate.objects.update_or_create(
        campaign=campaign, defaults={"thresholds": settings.to_dict(), "updated_by": user}
    )
    return settings


def round_gate(evaluation: EvaluationRound) -> dict[str, Any]:
    """The gate's verdict on a finished round, under the campaign's settings now."""
    return gate(evaluation.report, gate_settings(evaluation.campaign))


def incumbent(campaign: Campaign) -> Promotion | None:
    """The newest audit entry: its artifact (maybe none, after a rollback) is the campaign's incumbent."""
    return Promotion.objects.filter(campaign=campaign).select_related("artifact").order_by("-id").first()


def candidate_promote(*, evaluation: EvaluationRound, user: User, note: str, override_reason: str = "") -> Promotion:
    """Make the round's candidate the incumbent, signed off by `user` with a note; against a failed gate only
    with a written reason."""
    note, override_reason = _text(note, "note", required=True), _text(override_reason, "override_reason")
    if evaluation.status != EvaluationRound.Status.SUCCEEDED:
        raise ApplicationError("Only a finished evaluation round can be promoted.", field="evaluation")
    verdict = round_gate(evaluation)
    if verdict["recommendation"] == "reject" and not override_reason:
        failed = ", ".join(check["name"] for check in verdict["checks"] if not check["passed"])
        raise ApplicationError(
            f"The gate recommends rejecting this candidate ({failed}); promoting it anyway needs a written reason.",
            field="override_reason",
        )
    with transaction.atomic():
        campaign = Campaign.objects.select_for_update().get(id=evaluation.campaign_id)
        current = incumbent(campaign)
        if current is not None and current.artifact_id == evaluation.artifact_id:
            raise Conflict("This artifact is the campaign's incumbent already.")
        entry = Promotion.objects.create(
            campaign=campaign,
            action=Promotion.Action.PROMOTE,
            artifact=evaluation.artifact,
            evaluation=evaluation,
            recommendation=verdict["recommendation"],
            override_reason=override_reason if verdict["recommendation"] == "reject" else "",
            note=note,
            user=user,
        )
        campaign_set_prefill(campaign=campaign, artifact=evaluation.artifact)  # the incumbent drafts responses
        _notify(entry)
    return entry


def incumbent_rollback(*, campaign: Campaign, user: User, note: str) -> Promotion:
    """Go back to the incumbent before the current one (or to no model), in one audited step."""
    note = _text(note, "note", required=True)
    with transaction.atomic():
        campaign = Campaign.objects.select_for_update().get(id=campaign.id)
        current = incumbent(campaign)
        if current is None or current.artifact_id is None:
            raise ApplicationError("The campaign has no incumbent to roll back.")
        previous = _previous_incumbent(campaign, current)
        entry = Promotion.objects.create(
            campaign=campaign, action=Promotion.Action.ROLLBACK, artifact=previous, note=note, user=user
        )
        campaign_set_prefill(campaign=campaign, artifact=previous)
        _notify(entry)
    return entry


def _notify(entry: Promotion) -> None:
    recorded = PromotionRecorded(
        promotion=entry.id,
        action=entry.action,
        artifact=entry.artifact_id,
        evaluation=entry.evaluation_id,
        recommendation=entry.recommendation,
        overridden=bool(entry.override_reason),
    )
    notify_promotion(entry.campaign_id, recorded)


def _previous_incumbent(campaign: Campaign, current: Promotion) -> Any:
    """The artifact that was incumbent when `current`'s artifact was promoted: the entry before its promotion."""
    promoted = (
        Promotion.objects.filter(campaign=campaign, action=Promotion.Action.PROMOTE, artifact=current.artifact)
        .order_by("-id")
        .first()
    )
    before = Promotion.objects.filter(campaign=campaign, id__lt=promoted.id if promoted else current.id)
    entry = before.select_related("artifact").order_by("-id").first()
    return entry.artifact if entry else None


def _text(value: Any, field: str, *, required: bool = False) -> str:
    text = value.strip() if isinstance(value, str) else ""
    if required and not text:
        raise ApplicationError(f"Say why: a {field.replace('_', ' ')} is required.", field=field)
    if len(text) > MAX_TEXT:
        raise ApplicationError(f"At most {MAX_TEXT} characters.", field=field)
    return text
