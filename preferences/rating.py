"""Bradley-Terry ratings of candidate sources from pairwise judgements, with bootstrap intervals (no Django)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypedDict

import choix
import numpy as np
from numpy.typing import NDArray

# A judgement is (first, second, tie): `first` beat `second`, or the two tied when `tie` is True.
# Indices are 0..n_players-1. A tie counts as half a win each way (choix has no tie model; half wins
# keep the Bradley-Terry likelihood, a weighted one, and a pair that always ties ends up equal).
Judgement = tuple[int, int, bool]
FloatArray = NDArray[np.float64]

ALPHA = 0.01  # choix's LSR regularization: a rate added between every pair, so no rating runs off to infinity
ELO_SCALE = 400 / math.log(10)  # 400 points = 10:1 odds, as in Elo and Chatbot Arena
ELO_MEAN = 1000.0
LEVEL = 0.95
ROUNDS = 1000


class RatingRow(TypedDict):
    label: str
    rating: float
    low: float
    high: float
    judgements: int


@dataclass(frozen=True)
class Ratings:
    """Ratings on the Elo-like scale (mean 1000), their intervals and the win-rate matrix, per label."""

    labels: tuple[str, ...]
    rating: FloatArray
    low: FloatArray
    high: FloatArray
    win_share: FloatArray  # [i, j]: share of i's wins over j, ties half; NaN where never compared
    counts: FloatArray  # [i, j]: judgements between i and j (symmetric)

    def rows(self) -> list[RatingRow]:
        """One row per label, best first: what a leaderboard or chart shows."""
        order = np.argsort(-self.rating, kind="stable")
        return [
            RatingRow(
                label=self.labels[i],
                rating=float(self.rating[i]),
                low=float(self.low[i]),
                high=float(self.high[i]),
                judgements=int(self.counts[i].sum()),
            )
            for i in order
        ]


def _edges(n_players: int, judgements: Sequence[Judgement]) -> tuple[NDArray[np.int64], FloatArray]:
    """Each judgement as two half-edges: flat cell index (i * n + j) and the win credit i gets over j."""
    if not judgements:
        return np.zeros((0, 2), dtype=np.int64), np.zeros((0, 2))
    data = np.asarray(judgements, dtype=np.int64).reshape(-1, 3)
    first, second, tie = data[:, 0], data[:, 1], data[:, 2].astype(bool)
    if data[:, :2].min() < 0 or data[:, :2].max() >= n_players or (first == second).any():
        raise ValueError(f"judgements must compare two different players among 0..{n_players - 1}")
    cells = np.stack([first * n_players + second, second * n_players + first], axis=1)
    credit = np.where(tie[:, None], 0.5, np.array([1.0, 0.0]))
    return cells, credit


def outcome_matrix(n_players: int, judgements: Sequence[Judgement], weights: FloatArray | None = None) -> FloatArray:
    """wins[i, j] = how often i beat j, ties half; `weights` (one per judgement) counts some more than once."""
    cells, credit = _edges(n_players, judgements)
    if weights is not None:
        credit = credit * np.asarray(weights, dtype=float)[:, None]
    flat = np.bincount(cells.ravel(), weights=credit.ravel(), minlength=n_players * n_players)
    return np.asarray(flat, dtype=np.float64).reshape(n_players, n_players)


def fit_log_strengths(wins: FloatArray, *, alpha: float = ALPHA, start: FloatArray | None = None) -> FloatArray:
    """Bradley-Terry log-strengths (mean 0) from an outcome matrix, by choix's iterative LSR."""
    if wins.shape[0] < 2:
        return np.zeros(wins.shape[0])
    params = choix.ilsr_pairwise_dense(wins, alpha=alpha, initial_params=start, max_iter=500)
    return params - params.mean()


def to_elo(log_strengths: FloatArray) -> FloatArray:
    """Log-strengths on the Elo-like display scale: 400 points per factor of 10 in odds, mean 1000."""
    centred = log_strengths - log_strengths.mean()
    return ELO_MEAN + ELO_SCALE * centred


def bradley_terry(n_players: int, judgements: Sequence[Judgement], *, alpha: float = ALPHA) -> FloatArray:
    """Ratings on the Elo-like scale (mean 1000); players never judged stay at 1000."""
    return to_elo(fit_log_strengths(outcome_matrix(n_players, judgements), alpha=alpha))


def bootstrap_intervals(
    n_players: int,
    judgements: Sequence[Judgement],
    *,
    rounds: int = ROUNDS,
    level: float = LEVEL,
    alpha: float = ALPHA,
    rng: np.random.Generator | int | None = 0,
) -> tuple[FloatArray, FloatArray]:
    """Percentile intervals (low, high) of each rating over `rounds` refits on judgements drawn with replacement.

    As Chatbot Arena does: each round resamples the judgements themselves (not the players), refits,
    and the interval is the central `level` share of the ratings seen. A fixed seed gives the same
    intervals for the same judgements.
    """
    generator = np.random.default_rng(rng)
    count = len(judgements)
    point = fit_log_strengths(outcome_matrix(n_players, judgements), alpha=alpha)
    if count == 0:
        return to_elo(point), to_elo(point)
    cells, credit = _edges(n_players, judgements)
    samples = np.empty((rounds, n_players))
    for r in range(rounds):
        times = generator.multinomial(count, np.full(count, 1 / count))
        flat = np.bincount(cells.ravel(), weights=(credit * times[:, None]).ravel(), minlength=n_players**2)
        wins = np.asarray(flat, dtype=np.float64).reshape(n_players, n_players)
        samples[r] = to_elo(fit_log_strengths(wins, alpha=alpha, start=point))
    tail = (1 - level) / 2 * 100
    low, high = np.percentile(samples, [tail, 100 - tail], axis=0)
    return low, high


def win_matrix(n_players: int, judgements: Sequence[Judgement]) -> tuple[FloatArray, FloatArray]:
    """(share, counts): share[i, j] of i's wins over j (ties half, NaN where never compared), counts[i, j]."""
    wins = outcome_matrix(n_players, judgements)
    counts = wins + wins.T
    with np.errstate(invalid="ignore", divide="ignore"):
        share = np.where(counts > 0, wins / counts, np.nan)
    return share, counts


def rate(
    labels: Sequence[str],
    judgements: Sequence[Judgement],
    *,
    rounds: int = ROUNDS,
    alpha: float = ALPHA,
    rng: np.random.Generator | int | None = 0,
) -> Ratings:
    """Everything a leaderboard needs for these labels (indices into `labels`) and judgements."""
    n = len(labels)
    low, high = bootstrap_intervals(n, judgements, rounds=rounds, alpha=alpha, rng=rng)
    share, counts = win_matrix(n, judgements)
    rating = bradley_terry(n, judgements, alpha=alpha)
    return Ratings(tuple(labels), rating, low, high, share, counts)
