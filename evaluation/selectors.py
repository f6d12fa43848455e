"""Reads for evaluation rounds: the sealed test items with their references, the guideline the dataset was
built with, and the few-shot examples of the prompt-only baseline."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import groupby
from typing import Any

from dataset_versions.models import DatasetRow
from dataset_versions.services.exports import dataset_sealed_read
from evaluation.metrics.human import HumanJudgement
from evaluation.models import EvaluationRound, HumanRound
from evaluation.prompts import FEW_SHOT, task_instructions
from labeling.models import GuidelineVersion
from labeling.selectors import output_format_current
from preferences.models import Judgement

Messages = list[dict[str, str]]


@dataclass(frozen=True)
class TestItem:
    item_id: int
    prompt: Messages  # the system and user turns
    reference: str  # the approved answer
    kind: str  # what the approved answer is: an answer, or a decline / clarify / escalate behaviour

    @property
    def source(self) -> str:
        """What the model was given: every turn of the prompt, which an output may rely on."""
        return "\n".join(turn["content"] for turn in self.prompt)


def round_test_items(evaluation: EvaluationRound) -> list[TestItem]:
    """One entry per test item (its first approved answer is the reference). Reading the sealed split is for
    evaluation only, after checking the version's hash, and is logged as a SealedRead."""
    purpose = f"evaluation round {evaluation.id}"
    rows = dataset_sealed_read(dataset=evaluation.dataset, kind="sft", user=evaluation.created_by, purpose=purpose)
    return _items(rows)


def round_validation_items(evaluation: EvaluationRound) -> list[TestItem]:
    """One entry per validation item, as `round_test_items`: the candidate answers them too, so that its
    failures there can go back to reviewers as writing tasks (the validation split is not sealed)."""
    return _items(DatasetRow.objects.filter(dataset=evaluation.dataset, split="validation", kind="sft"))


def _items(rows: Any) -> list[TestItem]:
    seen: set[int] = set()
    items = []
    for row in rows.order_by("position"):
        if row.item_id in seen:
            continue
        seen.add(row.item_id)
        messages = row.data["messages"]
        items.append(
            TestItem(
                item_id=row.item_id,
                prompt=[m for m in messages if m["role"] != "assistant"],
                reference=_reference(messages),
                kind=str(row.lineage.get("example_kind") or "answer"),
            )
        )
    return items


def round_guideline_spec(evaluation: EvaluationRound) -> tuple[int | None, dict[str, Any]]:
    """(version, spec) of the guideline the dataset's answers were written under (the newest one its rows
    name), so a later edit of the spec does not change how an old dataset is scored."""
    versions = [
        version
        for version in evaluation.dataset.rows.values_list("lineage__guideline_version", flat=True)
        if isinstance(version, int)
    ]
    if versions:
        guideline = GuidelineVersion.objects.filter(campaign=evaluation.campaign, version=max(versions)).first()
        if guideline is not None:
            return guideline.version, dict(guideline.spec)
    return None, {"output_format": output_format_current(evaluation.campaign)}


def baseline_instructions(evaluation: EvaluationRound, spec: dict[str, Any]) -> str:
    return task_instructions(spec, evaluation.campaign.system_prompt)


def baseline_examples(evaluation: EvaluationRound, k: int = FEW_SHOT) -> list[Messages]:
    """The first `k` approved train-split answers (never the sealed split) as few-shot examples."""
    rows = DatasetRow.objects.filter(dataset=evaluation.dataset, split="train", kind="sft").order_by("position")
    return [row.data["messages"] for row in rows[:k]]


def round_sample_page(
    evaluation: EvaluationRound, *, user: Any, after: int | None = None, limit: int = 50, failed: bool = False
) -> tuple[list[dict[str, Any]], int | None]:
    """Test items after `after` (by item id), each with its reference and every contender's output; with
    `failed`, only items where the candidate broke the format, failed a check or missed the reference.
    Showing references reads the sealed split, so the read is logged for `user`."""
    purpose = f"evaluation round {evaluation.id}: samples next to their references"
    rows = dataset_sealed_read(dataset=evaluation.dataset, kind="sft", user=user, purpose=purpose)
    references: dict[int, str] = {}
    for row in rows.order_by("position").only("item_id", "data"):
        references.setdefault(row.item_id, _reference(row.data["messages"]))
    samples = evaluation.samples.select_related("item").filter(split="test", item_id__gt=after or 0)
    samples = samples.order_by("item_id", "id")
    page: list[dict[str, Any]] = []
    for item_id, grouped in groupby(samples.iterator(chunk_size=500), key=lambda sample: sample.item_id):
        group = list(grouped)
        entry = {
            "item": item_id,
            "item_external_id": group[0].item.external_id,
            "reference": references.get(item_id, ""),
            "outputs": {
                s.model: {
                    "output": s.output,
                    "format_valid": s.format_valid,
                    "checks": s.checks,
                    "failures": s.failures,
                }
                for s in group
            },
        }
        if failed and not _failed(entry):
            continue
        page.append(entry)
        if len(page) == limit:
            return page, item_id
    return page, None


def _reference(messages: list[dict[str, str]]) -> str:
    return next((m["content"] for m in reversed(messages) if m["role"] == "assistant"), "")


def _failed(entry: dict[str, Any]) -> bool:
    candidate = entry["outputs"].get("candidate") or entry["outputs"].get("tuned")
    if candidate is None:
        return False
    # Every way the output failed its reference (evaluation.metrics.failures); rounds recorded before failures
    # were kept have none, and show their format and safety failures only.
    return bool(candidate["failures"]) or not candidate["format_valid"] or bool(candidate["checks"])


def human_round_judgements(human: HumanRound) -> list[HumanJudgement]:
    """Every judgement of the round's pairs, from the candidate's side: which of the two won, and each
    rubric criterion's rating, turned from the side shown ('a' left, 'b' right) into win / loss / tie."""
    pairs = {pair.candidate_id: pair for pair in human.pairs.all()}
    opponents = [pair.opponent_id for pair in pairs.values()]
    rows = Judgement.objects.filter(task__evaluation=True, task__left_id__in=[*pairs, *opponents])
    found = []
    for left, right, item, reviewer, choice, criteria in rows.values_list(
        "task__left_id", "task__right_id", "task__item_id", "reviewer_id", "choice", "criteria"
    ):
        candidate_side = "a" if left in pairs else "b"
        if (left if candidate_side == "a" else right) not in pairs:
            continue
        ratings = {name: _side(rating, candidate_side) for name, rating in (criteria or {}).items()}
        found.append(HumanJudgement(item, reviewer, _outcome(choice, candidate_side), ratings))
    return found


def _outcome(choice: str, candidate_side: str) -> str:
    if choice in ("tie", "both_bad"):
        return choice
    return "win" if choice == candidate_side else "loss"


def _side(rating: str, candidate_side: str) -> str:
    return "tie" if rating == "tie" else ("win" if rating == candidate_side else "loss")
