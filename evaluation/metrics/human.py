"""A human evaluation round's result: the candidate's win rate against its opponent with a 95% interval,
per-criterion win rates on the rubric, and how far the reviewers agree. Plain Python; no Django.

A judgement scores the candidate 1 (it won), 0 (it lost) or 0.5 (a tie, or both bad). Each test item's
score is the mean of its judgements, and the win rate the mean over items, so an item judged three
times weighs as much as one judged once; the interval is a bootstrap over items (evaluation.metrics.
bootstrap). Agreement is Krippendorff's alpha (nominal) over the outcomes, from the `krippendorff`
package, on items that two or more reviewers judged.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from evaluation.metrics.bootstrap import mean_interval

OUTCOMES = ("win", "loss", "tie", "both_bad")  # from the candidate's side
SCORE = {"win": 1.0, "loss": 0.0, "tie": 0.5, "both_bad": 0.5}


@dataclass(frozen=True)
class HumanJudgement:
    item: Hashable
    reviewer: Hashable
    outcome: str  # one of OUTCOMES
    criteria: Mapping[str, str] = field(default_factory=dict)  # {criterion: "win" | "loss" | "tie"}


def human_summary(judgements: Sequence[HumanJudgement], *, rubric: Sequence[str], pairs: int) -> dict[str, Any]:
    """{"pairs", "judged_items", "judgements", "counts", "win_rate", "win_rate_ci95", "criteria", "agreement"}.

    `pairs` is how many test items the round asked about, judged or not (its progress)."""
    for judgement in judgements:
        if judgement.outcome not in SCORE:
            raise ValueError(f"outcome must be one of {', '.join(OUTCOMES)}, not {judgement.outcome!r}")
    per_item = _item_means([(j.item, SCORE[j.outcome]) for j in judgements])
    interval = mean_interval(per_item)
    return {
        "pairs": pairs,
        "judged_items": len(per_item),
        "judgements": len(judgements),
        "counts": {outcome: sum(j.outcome == outcome for j in judgements) for outcome in OUTCOMES},
        "win_rate": interval["mean"],
        "win_rate_ci95": interval["ci95"],
        "criteria": {name: _criterion(judgements, name) for name in rubric},
        "agreement": agreement(judgements),
    }


def _item_means(scored: Sequence[tuple[Hashable, float]]) -> list[float]:
    by_item: dict[Hashable, list[float]] = defaultdict(list)
    for item, score in scored:
        by_item[item].append(score)
    return [float(np.mean(scores)) for scores in by_item.values()]


def _criterion(judgements: Sequence[HumanJudgement], name: str) -> dict[str, Any]:
    """The candidate's win rate on one rubric criterion, over the judgements that rated it."""
    rated = [(j.item, SCORE[j.criteria[name]]) for j in judgements if j.criteria.get(name) in SCORE]
    per_item = _item_means(rated)
    return {"win_rate": float(np.mean(per_item)) if per_item else None, "rated": len(rated)}


def agreement(judgements: Sequence[HumanJudgement]) -> dict[str, Any]:
    """Krippendorff's alpha (nominal) over the outcomes of items judged by two or more reviewers, and the
    share of those judgement pairs that agree; None where no item was judged twice or alpha is undefined."""
    by_item: dict[Hashable, dict[Hashable, str]] = defaultdict(dict)
    for judgement in judgements:
        by_item[judgement.item][judgement.reviewer] = judgement.outcome
    shared = {item: votes for item, votes in by_item.items() if len(votes) > 1}
    agree, total = 0, 0
    for votes in shared.values():
        outcomes = list(votes.values())
        for i, first in enumerate(outcomes):
            for second in outcomes[i + 1 :]:
                agree, total = agree + (first == second), total + 1
    return {"items": len(shared), "percent": agree / total if total else None, "alpha": _alpha(shared)}


def _alpha(shared: Mapping[Hashable, Mapping[Hashable, str]]) -> float | None:
    import krippendorff

    values = {outcome for votes in shared.values() for outcome in votes.values()}
    if len(values) < 2:
        return None  # everyone gave the same outcome: alpha is undefined (no disagreement is expected)
    reviewers = sorted({reviewer for votes in shared.values() for reviewer in votes}, key=str)
    codes = {outcome: code for code, outcome in enumerate(OUTCOMES)}
    matrix = np.full((len(reviewers), len(shared)), np.nan)
    for column, votes in enumerate(shared.values()):
        for row, reviewer in enumerate(reviewers):
            if reviewer in votes:
                matrix[row, column] = codes[votes[reviewer]]
    return float(krippendorff.alpha(reliability_data=matrix, level_of_measurement="nominal"))
