"""Create campaigns and manage who works on them."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.models import User
from django.db import transaction

from labeling import hooks
from labeling.models import Campaign, Membership
from labeling.services.assignments import assignments_release
from labeling.services.guidelines import guideline_update, spec_validate
from tuneloop.exceptions import ApplicationError, Conflict, Forbidden, NotFound
from tuneloop.roles import ADMIN


def campaign_create(
    *,
    user: User,
    name: str,
    system_prompt: str = "",
    output_fields: list[str] | None = None,
    output_format: dict[str, Any] | None = None,
    guideline: dict[str, Any] | None = None,
) -> Campaign:
    """Create a campaign; only staff may, and the creator becomes its admin. Its output format comes in one of
    three ways, exactly one given: `output_fields` (a template's field names), `output_format` (a template, a
    JSON schema or a label set, as a guideline holds it) or `guideline` (a whole spec). Guideline version 1
    holds it; an error names the input at fault (e.g. `output_format.labels[1]`)."""
    if not user.is_staff:
        raise Forbidden("Only staff users may create campaigns.")
    spec = _initial_spec(output_fields, output_format, guideline)
    if Campaign.objects.filter(name=name).exists():
        raise ApplicationError(f"A campaign named '{name}' already exists.", field="name")
    with transaction.atomic():
        campaign = Campaign.objects.create(name=name, system_prompt=system_prompt, created_by=user)
        Membership.objects.create(campaign=campaign, user=user, role=ADMIN)
        guideline_update(campaign=campaign, user=user, spec=spec)
    return campaign


def _initial_spec(
    output_fields: list[str] | None, output_format: dict[str, Any] | None, guideline: dict[str, Any] | None
) -> dict[str, Any]:
    """The first guideline's spec, checked, from whichever of the three inputs was given."""
    spec: Any
    inputs = {"output_fields": output_fields, "output_format": output_format, "guideline": guideline}
    given = [name for name, value in inputs.items() if value is not None]
    if len(given) != 1:
        raise ApplicationError(
            "Give exactly one of output_fields, output_format or guideline.",
            field=given[1] if given else "output_format",
        )
    if output_fields is not None:
        fields = [field.strip() for field in output_fields]
        if not fields or any(not field for field in fields):
            raise ApplicationError("Give at least one non-empty field name.", field="output_fields")
        if len(set(fields)) != len(fields):
            raise ApplicationError("Field names must be unique.", field="output_fields")
        spec, prefix = {"output_format": {"kind": "template", "fields": fields}}, "spec.output_format.fields"
    elif output_format is not None:
        spec, prefix = {"output_format": output_format}, "spec.output_format"
    else:
        spec, prefix = guideline, "spec"
    try:
        return spec_validate(spec)
    except ApplicationError as error:
        if error.field is not None and error.field.startswith(prefix):
            error.field = given[0] + error.field[len(prefix) :]
        raise


def campaign_settings_update(
    *,
    campaign: Campaign,
    reviewers_per_item: int | None = None,
    gold_rate: float | None = None,
    lease_minutes: int | None = None,
    judgements_per_pair: int | None = None,
    max_judgements_per_minute: int | None = None,
    ranking_k: int | None = None,
) -> Campaign:
    """Change k (answers per item), the share of gold tasks, the lease time, reviewers per pair of candidates,
    the per-reviewer judgement rate limit and pairs vs rankings of k candidates; None leaves a setting."""
    if reviewers_per_item is not None and not 1 <= reviewers_per_item <= 20:
        raise ApplicationError("reviewers_per_item must be between 1 and 20.", field="reviewers_per_item")
    if gold_rate is not None and not 0 <= gold_rate <= 1:
        raise ApplicationError("gold_rate must be between 0 and 1.", field="gold_rate")
    if lease_minutes is not None and not 1 <= lease_minutes <= 7 * 24 * 60:
        raise ApplicationError("lease_minutes must be between 1 and 10080 (a week).", field="lease_minutes")
    if judgements_per_pair is not None and not 1 <= judgements_per_pair <= 20:
        raise ApplicationError("judgements_per_pair must be between 1 and 20.", field="judgements_per_pair")
    if max_judgements_per_minute is not None and not 0 <= max_judgements_per_minute <= 600:
        raise ApplicationError(
            "max_judgements_per_minute must be between 0 (no limit) and 600.", field="max_judgements_per_minute"
        )
    if ranking_k is not None and ranking_k not in (0, 3, 4, 5):
        raise ApplicationError("ranking_k must be 0 (pairs) or 3 to 5 (candidates per ranking).", field="ranking_k")
    changed = {
        name: value
        for name, value in (
            ("reviewers_per_item", reviewers_per_item),
            ("gold_rate", gold_rate),
            ("lease_minutes", lease_minutes),
            ("judgements_per_pair", judgements_per_pair),
            ("max_judgements_per_minute", max_judgements_per_minute),
            ("ranking_k", ranking_k),
        )
        if value is not None
    }
    starts_ranking = bool(ranking_k) and ranking_k != campaign.ranking_k
    for name, value in changed.items():
        setattr(campaign, name, value)
    if changed:
        campaign.save(update_fields=list(changed))
    if starts_ranking:  # items already in the campaign get their ranking tasks now
        hooks.ranking_started(campaign=campaign)
    return campaign


def membership_set(*, campaign: Campaign, username: str, role: str, by: User) -> Membership:
    """Add a user to the campaign with `role`, or change their role, as campaign admin `by`.

    Only staff grant the admin role or change an admin's role: otherwise any admin could crown an accomplice
    or demote the others, and a campaign could be taken over from inside."""
    user = get_user_model().objects.filter(username=username).first()
    if user is None:
        raise ApplicationError(f"No user named '{username}'.", field="username")
    current = Membership.objects.filter(campaign=campaign, user=user).values_list("role", flat=True).first()
    if not by.is_staff and ADMIN in (role, current):
        raise Forbidden("Only staff make a member a campaign admin or change an admin's role.", field="role")
    membership, _ = Membership.objects.update_or_create(campaign=campaign, user=user, defaults={"role": role})
    return membership


def membership_remove(*, campaign: Campaign, user_id: int, by: User) -> None:
    """Take user `user_id` off the campaign, as campaign admin `by`. Their open work goes back to the queue:
    writing leases and named reservations here, judging and ranking leases through `hooks.member_removed`.

    Only staff remove an admin, as only staff grant the role; the last admin is never removed, so every
    campaign keeps someone who runs it."""
    with transaction.atomic():
        membership = (
            Membership.objects.select_for_update().select_related("user").filter(campaign=campaign, user_id=user_id)
        ).first()
        if membership is None:
            raise NotFound(f"User {user_id} is not a member of this campaign.", field="user")
        if membership.role == ADMIN:
            if not by.is_staff:
                raise Forbidden("Only staff remove a campaign admin.", field="role")
            # Locked: two staff removing the last two admins at once must not both succeed.
            admins = list(Membership.objects.select_for_update().filter(campaign=campaign, role=ADMIN))
            if len(admins) <= 1:
                raise Conflict("The campaign's last admin cannot be removed: make another member admin first.")
        membership.delete()
        assignments_release(campaign=campaign, user=membership.user)
        hooks.member_removed(campaign=campaign, user=membership.user)


def campaign_set_prefill(*, campaign: Campaign, artifact: Any | None) -> Campaign:
    """Use `artifact` to draft responses for reviewers; drafting runs on the `generate` queue."""
    if artifact is not None and artifact.run.campaign_id != campaign.id:
        raise ApplicationError("The model artifact belongs to another campaign.", field="prefill_artifact")
    with transaction.atomic():
        campaign.prefill_artifact = artifact
        campaign.save(update_fields=["prefill_artifact"])
        if artifact is not None:
            hooks.prefill_set(campaign=campaign)
    return campaign
