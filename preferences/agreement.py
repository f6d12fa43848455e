"""Rater reliability from pairwise votes: agreement with the other reviewers, gold accuracy, outliers (no Django)."""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass

# A vote's outcome: the winning candidate's id, or "tie", or "both_bad" (the order shown never matters).
Outcome = Hashable
MIN_SHARED = 5  # votes on pairs others judged too, before agreement can flag a reviewer
MIN_GOLD = 3  # votes on gold pairs, before gold accuracy can flag a reviewer
GOLD_FLOOR = 0.6
AGREEMENT_FLOOR = 0.5


@dataclass(frozen=True)
class Vote:
    pair: Hashable  # the two candidates, in a fixed order
    reviewer: Hashable
    outcome: Outcome


@dataclass
class ReviewerReliability:
    reviewer: Hashable
    votes: int
    shared: int  # votes on pairs at least one other reviewer judged
    agreement: float | None  # how often the vote matched the other reviewers' most common outcome
    gold_votes: int
    gold_accuracy: float | None
    flagged: bool
    reasons: list[str]


def reliability(
    votes: Iterable[Vote], gold: dict[Hashable, Outcome], counts: Mapping[Hashable, int] | None = None
) -> list[ReviewerReliability]:
    """Per reviewer: agreement with the consensus of the others, gold accuracy, and an outlier flag.

    With `counts` (each reviewer's number of votes in all), `votes` need only hold the votes that can
    change a figure: those on pairs judged more than once, and on gold pairs. The others only count.

    Agreement counts a match with the others' most common outcome as 1 (1/n when n outcomes tie for
    most common). A reviewer is flagged, as FastChat flags suspicious voters, when their gold accuracy
    is under GOLD_FLOOR, or their agreement is under AGREEMENT_FLOOR or more than two standard
    deviations under the other reviewers' mean, once they have enough votes to judge by.
    """
    votes = list(votes)
    by_pair: dict[Hashable, list[Vote]] = defaultdict(list)
    for vote in votes:
        by_pair[vote.pair].append(vote)
    scores: dict[Hashable, list[float]] = defaultdict(list)
    gold_hits: dict[Hashable, list[bool]] = defaultdict(list)
    for vote in votes:
        others = [other.outcome for other in by_pair[vote.pair] if other.reviewer != vote.reviewer]
        if others:
            scores[vote.reviewer].append(_match(vote.outcome, others))
        if vote.pair in gold:
            gold_hits[vote.reviewer].append(vote.outcome == gold[vote.pair])
    if counts is None:
        counts = Counter(vote.reviewer for vote in votes)
    rows = [_row(reviewer, counts[reviewer], scores[reviewer], gold_hits[reviewer]) for reviewer in counts]
    _flag(rows)
    return rows


def _match(outcome: Outcome, others: list[Outcome]) -> float:
    tally = Counter(others)
    top = max(tally.values())
    modes = [value for value, n in tally.items() if n == top]
    return 1.0 / len(modes) if outcome in modes else 0.0


def _row(reviewer: Hashable, votes: int, scores: list[float], hits: list[bool]) -> ReviewerReliability:
    return ReviewerReliability(
        reviewer=reviewer,
        votes=votes,
        shared=len(scores),
        agreement=sum(scores) / len(scores) if scores else None,
        gold_votes=len(hits),
        gold_accuracy=sum(hits) / len(hits) if hits else None,
        flagged=False,
        reasons=[],
    )


def _flag(rows: list[ReviewerReliability]) -> None:
    for row in rows:
        if row.gold_votes >= MIN_GOLD and row.gold_accuracy is not None and row.gold_accuracy < GOLD_FLOOR:
            row.reasons.append(f"gold accuracy {row.gold_accuracy:.0%} < {GOLD_FLOOR:.0%}")
        if row.shared < MIN_SHARED or row.agreement is None:
            continue
        others = [r.agreement for r in rows if r is not row and r.agreement is not None and r.shared >= MIN_SHARED]
        if row.agreement < AGREEMENT_FLOOR:
            row.reasons.append(f"agreement {row.agreement:.0%} < {AGREEMENT_FLOOR:.0%}")
        elif len(others) >= 2:
            mean, spread = statistics.fmean(others), statistics.pstdev(others)
            if spread > 0 and row.agreement < mean - 2 * spread:
                row.reasons.append(f"agreement {row.agreement:.0%}, others {mean:.0%} ± {spread:.0%}")
    for row in rows:
        row.flagged = bool(row.reasons)
