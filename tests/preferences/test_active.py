"""The active pair-selection policy: where it looks, what it never returns, and that a seed fixes it."""

from __future__ import annotations

from collections import Counter

import numpy as np

from preferences.active import next_pair


def decided_and_open() -> np.ndarray:
    """0 and 1 have each beaten 2 twenty times out of twenty, and split their only two meetings."""
    wins = np.zeros((3, 3))
    wins[0, 2] = wins[1, 2] = 20
    wins[0, 1] = wins[1, 0] = 1
    return wins


def test_random_share_one_draws_pairs_uniformly() -> None:
    rng = np.random.default_rng(0)
    wins = decided_and_open()
    big = np.zeros((5, 5))
    big[:3, :3] = wins
    counts = Counter(next_pair(big, rng=rng, random_share=1.0) for _ in range(5000))

    assert set(counts) == {(i, j) for i in range(5) for j in range(i + 1, 5)}
    assert all(400 <= c <= 600 for c in counts.values())  # 500 expected for each of the 10 pairs


def test_prefers_the_uncertain_close_pair_over_decided_ones() -> None:
    rng = np.random.default_rng(0)
    picks = {next_pair(decided_and_open(), rng=rng, random_share=0.0) for _ in range(20)}
    assert picks == {(0, 1)}


def test_an_unjudged_candidate_is_asked_about_early() -> None:
    wins = np.zeros((4, 4))
    wins[0, 1] = wins[1, 0] = wins[1, 2] = wins[2, 1] = wins[0, 2] = wins[2, 0] = 10
    assert 3 in next_pair(wins, rng=np.random.default_rng(0), random_share=0.0)  # type: ignore[operator]


def test_never_returns_an_excluded_pair() -> None:
    rng = np.random.default_rng(1)
    wins = decided_and_open()
    for share in (0.0, 0.5, 1.0):
        picks = {next_pair(wins, rng=rng, random_share=share, exclude=[(1, 0)]) for _ in range(50)}
        assert (0, 1) not in picks and picks <= {(0, 2), (1, 2)}
    assert next_pair(wins, rng=rng, exclude=[(0, 1), (2, 0), (1, 2)]) is None


def test_a_seed_fixes_the_sequence() -> None:
    wins = np.zeros((6, 6))
    wins[0, 1], wins[2, 3], wins[4, 5] = 3, 1, 2

    def draw(seed: int) -> list[tuple[int, int] | None]:
        rng = np.random.default_rng(seed)
        return [next_pair(wins, rng=rng, random_share=0.3) for _ in range(30)]

    assert draw(5) == draw(5)
    assert draw(5) != draw(6)
