"""Reads behind the reviewer-quality dashboard: each reviewer's answers per item, gold items, the figures."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from labeling.models import Campaign, Example, GuidelineVersion, Item, Membership
from labeling.quality.agreement import MIN_SHARED_ITEMS, OutputFormat, QualityReport, normalize_answer, quality_report
from tuneloop.roles import REVIEWER

# Every answer a reviewer has sent counts, reviewed or not: agreement is about independent answers, and
# leaving out the rejected ones would hide exactly the disagreements the figures are there to show.
COUNTED_STATUSES = (
    Example.Status.SUBMITTED,
    Example.Status.APPROVED,
    Example.Status.REJECTED,
    Example.Status.CHANGES_REQUESTED,
)


@dataclass
class CampaignAnswers:
    output_format: OutputFormat
    answers: dict[int, dict[str, str]] = field(default_factory=dict)  # ordinary items: item id -> user -> category
    gold_answers: dict[int, dict[str, str]] = field(default_factory=dict)  # the same, on gold items
    gold: dict[int, str] = field(default_factory=dict)  # gold item id -> normalized known answer


def campaign_output_format(campaign: Campaign) -> OutputFormat:
    """The output format of the campaign's latest guideline version; a template without one."""
    latest = GuidelineVersion.objects.filter(campaign=campaign).order_by("-version").only("spec").first()
    return OutputFormat.from_spec(latest.spec if latest else None)


def campaign_answers(campaign: Campaign) -> CampaignAnswers:
    """Each reviewer's latest answer per item (kind "answer", drafts left out), normalized to a category."""
    result = CampaignAnswers(output_format=campaign_output_format(campaign))
    for item_id, gold_answer in Item.objects.filter(campaign=campaign, is_gold=True).values_list("id", "gold_answer"):
        category = normalize_answer(gold_answer, result.output_format)
        if category is not None:
            result.gold[item_id] = category
    rows = (
        Example.objects.filter(item__campaign=campaign, kind=Example.Kind.ANSWER, status__in=COUNTED_STATUSES)
        .order_by("id")  # a later answer by the same reviewer on the same item replaces an earlier one
        .values_list("item_id", "item__is_gold", "author__username", "response")
    )
    for item_id, is_gold, username, response in rows.iterator(chunk_size=2000):
        category = normalize_answer(response, result.output_format)
        if category is None:
            continue
        if is_gold:
            if item_id in result.gold:  # a gold item without a known answer measures nothing
                result.gold_answers.setdefault(item_id, {})[username] = category
        else:
            result.answers.setdefault(item_id, {})[username] = category
    return result


def campaign_quality(campaign: Campaign, *, min_shared: int = MIN_SHARED_ITEMS) -> dict[str, Any]:
    """The campaign's agreement figures and one row per reviewer, as the quality API returns them."""
    data = campaign_answers(campaign)
    members = Membership.objects.filter(campaign=campaign, role=REVIEWER)
    report = quality_report(
        data.answers,
        gold_answers=data.gold_answers,
        gold=data.gold,
        reviewers=list(members.values_list("user__username", flat=True)),
        min_shared=min_shared,
    )
    return _as_dict(report, data, campaign=campaign, min_shared=min_shared)


def _as_dict(report: QualityReport, data: CampaignAnswers, *, campaign: Campaign, min_shared: int) -> dict[str, Any]:
    gold_items = Item.objects.filter(campaign=campaign, is_gold=True).order_by("id")
    return {
        "campaign": {
            "output_format": data.output_format.kind,
            "items": report.items,
            "answers": report.answers,
            "reviewers_per_item": campaign.reviewers_per_item,
            "gold_rate": campaign.gold_rate,
            "gold_items": gold_items.count(),
            "fleiss_kappa": report.fleiss.value,
            "fleiss_items": report.fleiss.items,
            "fleiss_raters": report.fleiss.raters,
            "krippendorff_alpha": report.alpha.value,
            "krippendorff_items": report.alpha.items,
            "min_shared_items": min_shared,
        },
        "reviewers": [
            {
                "username": person.username,
                "answers": person.answers,
                "gold_answers": person.gold.items,
                "gold_correct": person.gold.correct,
                "gold_accuracy": person.gold.value,
                "agreement_with_majority": person.majority.value,
                "majority_items": person.majority.items,
                "cohen_kappa": {
                    other: {"kappa": score.value, "items": score.items} for other, score in sorted(person.cohen.items())
                },
            }
            for person in report.reviewers
        ],
        "gold": [
            {
                "item": item.id,
                "external_id": item.external_id,
                "answer": item.gold_answer,
                "answers": len(data.gold_answers.get(item.id, {})),
                "correct": sum(c == data.gold.get(item.id) for c in data.gold_answers.get(item.id, {}).values()),
            }
            for item in gold_items.only("id", "external_id", "gold_answer")
        ],
    }
