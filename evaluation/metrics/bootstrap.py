"""Paired bootstrap intervals for the difference between two contenders on the same test items.

The items are resampled together for both contenders (a paired bootstrap), with scipy's `bootstrap`:
for a metric that is a mean of per-item values (accuracy, field F1, validity) the difference of means
is the mean of per-item differences; for macro F1, which is no mean of items, the metric is recomputed
on every resample. Plain Python over numpy and scipy; no Django.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

CONFIDENCE = 0.95
RESAMPLES = 2000
SEED = 20261202  # the same report from the same outputs


def mean_difference(a: Sequence[float], b: Sequence[float]) -> dict[str, Any]:
    """{"delta": mean(a) - mean(b), "ci95": [lo, hi] or None, "n": items} over paired per-item values."""
    first, second = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    if first.shape != second.shape:
        raise ValueError(f"paired values differ in length: {first.size} and {second.size}")
    differences = first - second
    return _interval((differences,), lambda d, axis=-1: np.mean(d, axis=axis), vectorized=True)


def statistic_difference(
    statistic: Callable[[Sequence[Any], Sequence[Any]], float],
    truth: Sequence[Any],
    a: Sequence[Any],
    b: Sequence[Any],
) -> dict[str, Any]:
    """The same for a statistic of (truth, predictions) that is no mean of items, e.g. macro F1."""
    # Resampled as integer codes (numpy indexes them), decoded before the statistic sees them.
    values = sorted({*truth, *a, *b}, key=str)
    codes = {value: code for code, value in enumerate(values)}
    arrays = tuple(np.asarray([codes[v] for v in column]) for column in (truth, a, b))

    def difference(t: np.ndarray, x: np.ndarray, y: np.ndarray) -> float:
        truths = [values[code] for code in t]
        return statistic(truths, [values[code] for code in x]) - statistic(truths, [values[code] for code in y])

    return _interval(arrays, difference, vectorized=False)


def _interval(data: tuple[np.ndarray, ...], statistic: Callable[..., Any], *, vectorized: bool) -> dict[str, Any]:
    from scipy.stats import bootstrap

    n = int(data[0].size)
    delta = float(statistic(*data)) if n else 0.0
    if n < 2 or (len(data) == 1 and np.all(data[0] == data[0][0])):
        # No item, one item, or every item differs by the same amount: no resample can differ.
        return {"delta": delta, "ci95": [delta, delta] if n else None, "n": n}
    result = bootstrap(
        data,
        statistic,
        paired=len(data) > 1,
        vectorized=vectorized,
        confidence_level=CONFIDENCE,
        n_resamples=RESAMPLES,
        method="percentile",
        rng=np.random.default_rng(SEED),
    )
    low, high = result.confidence_interval
    return {"delta": delta, "ci95": [float(low), float(high)], "n": n}


def mean_interval(values: Sequence[float]) -> dict[str, Any]:
    """{"mean", "ci95": [lo, hi] or None, "n"}: a percentile bootstrap interval of one mean (a win rate)."""
    data = np.asarray(values, dtype=float)
    found = _interval((data,), lambda d, axis=-1: np.mean(d, axis=axis), vectorized=True)
    return {"mean": found["delta"] if data.size else None, "ci95": found["ci95"], "n": found["n"]}
