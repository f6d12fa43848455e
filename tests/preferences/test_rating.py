"""Bradley-Terry ratings, bootstrap intervals and the win matrix on simulated and hand-made judgements."""

from __future__ import annotations

import numpy as np
import pytest

from preferences import rating
from preferences.rating import Judgement


def simulate(strengths: list[float], count: int, seed: int = 0) -> list[Judgement]:
    rng = np.random.default_rng(seed)
    out: list[Judgement] = []
    for _ in range(count):
        i, j = (int(x) for x in rng.choice(len(strengths), size=2, replace=False))
        i_wins = rng.random() < 1 / (1 + np.exp(strengths[j] - strengths[i]))
        out.append((i, j, False) if i_wins else (j, i, False))
    return out


def test_recovers_a_known_order() -> None:
    strengths = [0.8, -1.2, 2.0, -0.3, 0.1]
    ratings = rating.bradley_terry(5, simulate(strengths, 3000))

    assert list(np.argsort(ratings)) == list(np.argsort(strengths))
    assert ratings.mean() == pytest.approx(1000)
    # the Elo-like scale: 400 points per factor 10 in odds, so a gap of 3.2 log-units is about 556 points
    assert ratings[2] - ratings[1] == pytest.approx(3.2 * 400 / np.log(10), rel=0.15)


def test_a_tie_counts_half_a_win_each_way() -> None:
    wins = rating.outcome_matrix(3, [(0, 1, True), (2, 0, False)])
    assert wins.tolist() == [[0, 0.5, 0], [0.5, 0, 0], [1, 0, 0]]

    only_ties = rating.bradley_terry(2, [(0, 1, True)] * 5 + [(1, 0, True)] * 3)
    assert only_ties[0] == pytest.approx(only_ties[1])
    # two wins, a tie and a loss make odds of 2.5 : 1.5; three wins and a loss, 3 : 1
    half = rating.bradley_terry(2, [(0, 1, False), (0, 1, False), (0, 1, True), (1, 0, False)])
    full = rating.bradley_terry(2, [(0, 1, False)] * 3 + [(1, 0, False)])
    assert half[1] < half[0] < full[0]
    assert half[0] - half[1] == pytest.approx(rating.ELO_SCALE * np.log(2.5 / 1.5), rel=0.05)


def test_bootstrap_interval_contains_the_estimate_and_narrows_with_more_data() -> None:
    strengths = [1.0, 0.0, -1.0, 0.5]
    few, many = simulate(strengths, 100), simulate(strengths, 2000)

    point = rating.bradley_terry(4, few)
    low, high = rating.bootstrap_intervals(4, few, rounds=200)
    assert (low <= point).all() and (point <= high).all()
    low_many, high_many = rating.bootstrap_intervals(4, many, rounds=200)
    assert ((high_many - low_many) < (high - low)).all()


def test_bootstrap_is_reproducible_for_a_seed() -> None:
    judgements = simulate([0.5, 0.0, -0.5], 60)
    first = rating.bootstrap_intervals(3, judgements, rounds=50, rng=7)
    again = rating.bootstrap_intervals(3, judgements, rounds=50, rng=np.random.default_rng(7))
    assert np.array_equal(first[0], again[0]) and np.array_equal(first[1], again[1])


def test_win_matrix_shares_and_counts() -> None:
    share, counts = rating.win_matrix(3, [(0, 1, False), (0, 1, False), (1, 0, False), (0, 1, True)])

    assert share[0, 1] == pytest.approx(2.5 / 4) and share[1, 0] == pytest.approx(1.5 / 4)
    assert counts[0, 1] == counts[1, 0] == 4
    assert np.isnan(share[0, 2]) and counts[0, 2] == 0


def test_a_disconnected_graph_and_unbeaten_players_stay_finite() -> None:
    judgements: list[Judgement] = [(0, 1, False)] * 5 + [(2, 3, False)] * 5  # two islands, two unbeaten
    ratings = rating.bradley_terry(5, judgements)  # player 4 never judged

    assert np.isfinite(ratings).all()
    assert ratings[0] > ratings[1] and ratings[2] > ratings[3]
    low, high = rating.bootstrap_intervals(5, judgements, rounds=50)
    assert np.isfinite(low).all() and np.isfinite(high).all()


def test_rejects_a_judgement_naming_an_unknown_or_the_same_player() -> None:
    with pytest.raises(ValueError, match=r"0\.\.2"):
        rating.bradley_terry(3, [(0, 3, False)])
    with pytest.raises(ValueError, match="two different players"):
        rating.bradley_terry(3, [(1, 1, False)])


def test_rate_lists_the_best_first_with_everything_a_chart_needs() -> None:
    result = rating.rate(["base", "tuned", "human"], simulate([0.0, 1.0, 2.0], 300), rounds=50)
    rows = result.rows()

    assert [r["label"] for r in rows] == ["human", "tuned", "base"]
    assert all(r["low"] <= r["rating"] <= r["high"] for r in rows)
    assert sum(r["judgements"] for r in rows) == 2 * 300
    assert result.win_share[2, 0] > 0.5
