"""Active pair selection: which two candidates a reviewer should compare next to learn the most (no Django)."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray
from scipy.special import ndtr

from preferences.rating import FloatArray, fit_log_strengths

RANDOM_SHARE = 0.15  # share of uniformly random pairs: keeps every pair in play if the model is wrong
PRIOR_PRECISION = 0.2  # Gaussian prior on log-strengths (sd ~2.2): an unjudged candidate is very uncertain
# Extra weight on pairs whose reviewers split. Off by default: the information gain already favours
# pairs with split outcomes (their ratings are close), and in bench/active_selection.py 0.5 cost judgements.
DISAGREEMENT_WEIGHT = 0.0
# choix's regularization for the fit that picks pairs: stronger than for display, since the early,
# nearly maximum-likelihood estimates (one win: a gap of thousands of points) would steer the choice.
POLICY_ALPHA = 0.3
_PROBIT = math.sqrt(math.pi / 8)  # logistic(x) ~ Phi(x * sqrt(pi / 8))
_BALD_C = math.sqrt(math.pi * math.log(2) / 2)

Pair = tuple[int, int]


@dataclass(frozen=True)
class Posterior:
    """Laplace approximation of the Bradley-Terry posterior: log-strength means and their covariance."""

    mean: FloatArray
    cov: FloatArray


def posterior(
    wins: FloatArray,
    *,
    alpha: float = POLICY_ALPHA,
    prior_precision: float = PRIOR_PRECISION,
    start: FloatArray | None = None,
) -> Posterior:
    """Fit the log-strengths, then invert the Fisher information (plus the prior) at the fit: O(N^3), N <= ~50."""
    mean = fit_log_strengths(wins, alpha=alpha, start=start)
    counts = wins + wins.T
    p = 1 / (1 + np.exp(mean[None, :] - mean[:, None]))  # p[i, j]: chance that i beats j
    weight = counts * p * (1 - p)
    information = np.diag(weight.sum(axis=1)) - weight + prior_precision * np.eye(len(mean))
    return Posterior(mean, np.asarray(np.linalg.inv(information), dtype=np.float64))


def _binary_entropy(p: FloatArray) -> FloatArray:
    p = np.clip(p, 1e-12, 1 - 1e-12)
    return -(p * np.log2(p) + (1 - p) * np.log2(1 - p))


def information_gain(post: Posterior) -> FloatArray:
    """gain[i, j]: expected bits learnt about the ratings from one more i-vs-j judgement (BALD, probit approx).

    Highest for pairs whose outcome is uncertain (close ratings) *because* the ratings themselves are
    uncertain; a close pair judged many times already has a coin-flip outcome but teaches little.
    Houlsby et al. 2011, "Bayesian Active Learning for Classification and Preference Learning", eq. 3.
    """
    diff = (post.mean[:, None] - post.mean[None, :]) * _PROBIT
    var_diag = np.diag(post.cov)
    var = np.maximum(var_diag[:, None] + var_diag[None, :] - 2 * post.cov, 0) * _PROBIT**2
    predictive = _binary_entropy(ndtr(diff / np.sqrt(var + 1)))
    expected = _BALD_C / np.sqrt(var + _BALD_C**2) * np.exp(-(diff**2) / (2 * (var + _BALD_C**2)))
    return np.maximum(predictive - expected, 0)


def disagreement(wins: FloatArray) -> FloatArray:
    """d[i, j] in [0, 1]: 1 when judgements of the pair split evenly, 0 when unanimous or unjudged."""
    counts = wins + wins.T
    with np.errstate(invalid="ignore", divide="ignore"):
        split = np.where(counts > 0, 2 * np.minimum(wins, wins.T) / counts, 0.0)
    return split


def pair_scores(wins: FloatArray, post: Posterior, *, disagreement_weight: float = DISAGREEMENT_WEIGHT) -> FloatArray:
    """score[i, j] (symmetric, diagonal -inf): information gain, raised where reviewers disagreed."""
    scores = information_gain(post) * (1 + disagreement_weight * disagreement(wins))
    np.fill_diagonal(scores, -np.inf)
    return scores


def allowed_pairs(n_players: int, exclude: Iterable[Pair] = ()) -> NDArray[np.bool_]:
    """mask[i, j] for i < j: the unordered pair may be asked (not excluded, e.g. already judged by this reviewer)."""
    mask = np.triu(np.ones((n_players, n_players), dtype=bool), k=1)
    for a, b in exclude:
        mask[min(a, b), max(a, b)] = False
    return mask


def next_pair(
    wins: FloatArray,
    *,
    rng: np.random.Generator,
    random_share: float = RANDOM_SHARE,
    exclude: Iterable[Pair] = (),
    disagreement_weight: float = DISAGREEMENT_WEIGHT,
    start: FloatArray | None = None,
) -> Pair | None:
    """The pair (i, j), i < j, to judge next among the players of `wins`; None when every pair is excluded.

    `wins` is the outcome matrix of everything judged so far (`rating.outcome_matrix`: wins[i, j] = i's
    wins over j, ties half). With probability `random_share` the pair is uniform among the allowed
    ones; otherwise it is the allowed pair of highest score, ties broken by `rng`. Deterministic for
    a seeded `rng`. `start` (the previous log-strengths) only speeds up the fit.
    """
    mask = allowed_pairs(wins.shape[0], exclude)
    candidates = np.flatnonzero(mask)
    if candidates.size == 0:
        return None
    if rng.random() >= random_share:
        scores = pair_scores(wins, posterior(wins, start=start), disagreement_weight=disagreement_weight).ravel()
        best = scores[candidates]
        candidates = candidates[best >= best.max() - 1e-12 * max(abs(best.max()), 1.0)]
    flat = int(rng.choice(candidates))
    i, j = divmod(flat, wins.shape[0])
    return i, j
