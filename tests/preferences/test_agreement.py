"""Rater reliability from votes: agreement with the others, gold accuracy and outlier flags (no database)."""

from __future__ import annotations

import random

from preferences.agreement import Vote, reliability


def _by_reviewer(rows):
    return {row.reviewer: row for row in rows}


def test_agreement_counts_matches_with_the_others_most_common_outcome() -> None:
    votes = [
        Vote((1, 2), "ann", 1),
        Vote((1, 2), "bob", 1),
        Vote((1, 2), "cy", 2),
        Vote((3, 4), "ann", "tie"),
        Vote((3, 4), "bob", 4),
        Vote((3, 4), "cy", 4),
        Vote((5, 6), "ann", 5),  # nobody else judged it
    ]
    rows = _by_reviewer(reliability(votes, gold={}))
    assert (rows["ann"].votes, rows["ann"].shared) == (3, 2)
    # ann: on (1, 2) the others split 1 : 1 (half a match for her 1); on (3, 4) both others said 4.
    assert rows["ann"].agreement == (0.5 + 0) / 2
    assert rows["bob"].agreement == (0.5 + 0.5) / 2  # (3, 4): ann's tie and cy's 4 split, bob said 4
    assert rows["cy"].agreement == (0 + 0.5) / 2  # (1, 2): ann and bob both said 1, cy said 2
    assert not any(row.flagged for row in rows.values())


def test_gold_accuracy_and_outliers_are_flagged_once_there_is_enough_to_judge_by() -> None:
    rng = random.Random(1)
    votes, gold = [], {}
    for pair_id in range(20):
        pair = (2 * pair_id, 2 * pair_id + 1)
        gold[pair] = pair[0]
        for reviewer in ("ann", "bob", "cy", "dee"):
            votes.append(Vote(pair, reviewer, pair[0] if rng.random() < 0.95 else pair[1]))
        votes.append(Vote(pair, "spammer", rng.choice(pair)))
    rows = _by_reviewer(reliability(votes, gold))
    assert rows["spammer"].flagged and any("gold accuracy" in reason for reason in rows["spammer"].reasons)
    assert [name for name, row in rows.items() if row.flagged] == ["spammer"]
    assert rows["ann"].gold_votes == 20 and rows["ann"].gold_accuracy > 0.8


def test_few_votes_flag_nobody() -> None:
    votes = [Vote((1, 2), "ann", 1), Vote((1, 2), "bob", 2)]
    assert not any(row.flagged for row in reliability(votes, gold={(1, 2): 1}))
