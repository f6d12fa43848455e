"""Monitoring and drift statistics over plain lists: percentiles, rates, and two-sample tests (no Django)."""

from __future__ import annotations

import math
import random
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz.distance import Levenshtein
from scipy import stats

_TOKEN = re.compile(r"<[A-Z_]+(?:_\d+)?>|[^\W\d_]+|\d+", re.UNICODE)  # a placeholder is one token


def percentile(values: Sequence[float], q: float) -> float | None:
    """The q-th percentile (0-100), nearest rank; None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, math.ceil(q / 100 * len(ordered)))
    return ordered[rank - 1]


def rate(hits: int, n: int) -> float | None:
    return hits / n if n else None


def draft_corrections(pairs: Sequence[tuple[str, str]]) -> dict[str, Any]:
    """How much people changed a model's drafts, from (draft, answer) pairs: the share of answers that differ
    from their draft (whitespace aside), and the mean share of characters changed (normalized Levenshtein
    distance: 0 kept as drafted, 1 rewritten)."""
    edits = [Levenshtein.normalized_distance(_spaces(draft), _spaces(answer)) for draft, answer in pairs]
    return {
        "draft_answers": len(edits),
        "draft_correction_rate": _round(rate(sum(edit > 0 for edit in edits), len(edits))),
        "draft_edit_share": _round(sum(edits) / len(edits)) if edits else None,
    }


def _spaces(text: str) -> str:
    return " ".join(text.split())


def _round(value: float | None) -> float | None:
    return round(value, 4) if value is not None else None


def tokens(text: str) -> list[str]:
    """Lower-cased words and numbers; anonymization placeholders ("<PERSON_1>") as one token each, without
    their number, so that two requests about different people still share it."""
    return [re.sub(r"_\d+>$", ">", token).lower() for token in _TOKEN.findall(text)]


@dataclass(frozen=True)
class DriftSettings:
    """When recent inputs count as drifted from the training inputs."""

    alpha: float = field(default=0.01, metadata={"help": "p-value under which the difference is not chance."})
    min_effect: float = field(
        default=0.3,
        metadata={
            "help": "Smallest Kolmogorov-Smirnov statistic that counts: large samples make tiny "
            "differences significant."
        },
    )
    min_recent: int = field(default=20, metadata={"help": "Fewer recent inputs than this: no verdict."})
    max_reference: int = field(default=2000, metadata={"help": "Training inputs compared, at most (a sample)."})


def input_drift(
    reference: Sequence[str], recent: Sequence[str], settings: DriftSettings, *, seed: int = 0
) -> dict[str, Any]:
    """Do `recent` inputs use words the training inputs (`reference`) do not?

    Half of the reference (shuffled) builds a vocabulary; each text of the other half, and each recent text,
    gets a novelty score: the share of its tokens outside that vocabulary. A two-sample Kolmogorov-Smirnov
    test compares the two score distributions: inputs from the same kind of work score like held-out
    training inputs, inputs from another domain score higher. Drifted when p < alpha and the statistic is at
    least `min_effect`."""
    texts = list(reference)
    random.Random(seed).shuffle(texts)
    texts = texts[: settings.max_reference]
    if len(texts) < 4 or len(recent) < settings.min_recent:
        return {
            "test": "novelty_ks",
            "verdict": None,
            "reason": "too few inputs",
            "reference": len(texts),
            "recent": len(recent),
        }
    half = len(texts) // 2
    vocabulary = {token for text in texts[:half] for token in tokens(text)}
    held_out = [_novelty(text, vocabulary) for text in texts[half:]]
    scores = [_novelty(text, vocabulary) for text in recent]
    result = stats.ks_2samp(held_out, scores, alternative="two-sided")
    statistic, p_value = float(result.statistic), float(result.pvalue)
    drifted = p_value < settings.alpha and statistic >= settings.min_effect
    return {
        "test": "novelty_ks",
        "statistic": round(statistic, 4),
        "p_value": p_value,
        "alpha": settings.alpha,
        "min_effect": settings.min_effect,
        "reference_novelty": round(sum(held_out) / len(held_out), 4),
        "recent_novelty": round(sum(scores) / len(scores), 4),
        "reference": len(texts),
        "recent": len(recent),
        "verdict": drifted,
    }


def _novelty(text: str, vocabulary: set[str]) -> float:
    found = tokens(text)
    return sum(token not in vocabulary for token in found) / len(found) if found else 0.0


def label_drift(baseline: Sequence[str], recent: Sequence[str], alpha: float = 0.01) -> dict[str, Any]:
    """Chi-square test of the label distribution of recent outputs against the evaluation baseline's."""
    labels = sorted(set(baseline) | set(recent))
    if len(labels) < 2 or len(baseline) < 5 or len(recent) < 5:
        return {"test": "labels_chi2", "verdict": None, "reason": "too few outputs or labels"}
    before, after = Counter(baseline), Counter(recent)
    table = [[before[label] for label in labels], [after[label] for label in labels]]
    chi2, p_value, _, _ = stats.chi2_contingency(table)
    return {
        "test": "labels_chi2",
        "statistic": round(float(chi2), 4),
        "p_value": float(p_value),
        "alpha": alpha,
        "baseline": {label: round(before[label] / len(baseline), 4) for label in labels},
        "recent": {label: round(after[label] / len(recent), 4) for label in labels},
        "verdict": bool(p_value < alpha),
    }


def rate_drift(name: str, baseline: tuple[int, int], recent: tuple[int, int], alpha: float = 0.01) -> dict[str, Any]:
    """Is a failure rate (hits, n) higher now than in the evaluation baseline? One-sided Fisher exact test."""
    (base_hits, base_n), (hits, n) = baseline, recent
    if not base_n or not n:
        return {"test": f"{name}_fisher", "verdict": None, "reason": "no baseline or no recent outputs"}
    table = [[hits, n - hits], [base_hits, base_n - base_hits]]
    _, p_value = stats.fisher_exact(table, alternative="greater")
    return {
        "test": f"{name}_fisher",
        "baseline": round(base_hits / base_n, 4),
        "recent": round(hits / n, 4),
        "p_value": float(p_value),
        "alpha": alpha,
        "verdict": bool(p_value < alpha),
    }
