"""Reviewer quality figures: answer normalization, Fleiss' / Cohen's kappa, Krippendorff's alpha, gold accuracy.

Plain Python over numpy, statsmodels and krippendorff; no Django. Every figure comes with the number of
items behind it, and is None (never NaN) where it is undefined: too few items, or a single category
used throughout, where chance agreement is already perfect.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

# item -> reviewer -> category (a normalized answer)
Answers = Mapping[Any, Mapping[str, str]]

MIN_SHARED_ITEMS = 5
"""A reviewer pair needs at least this many items answered by both before Cohen's kappa is shown."""

_SPACE = re.compile(r"\s+")
_LABEL_SEPARATORS = re.compile(r"[\n,;|]")


@dataclass(frozen=True)
class OutputFormat:
    """What a campaign's answers look like: from `GuidelineVersion.spec["output_format"]`."""

    kind: str = "template"  # template | json_schema | labels
    labels: tuple[str, ...] = ()
    multi_label: bool = False

    @classmethod
    def from_spec(cls, spec: Mapping[str, Any] | None) -> OutputFormat:
        output = (spec or {}).get("output_format") or {}
        if not isinstance(output, Mapping):
            return cls()
        labels = output.get("labels") or ()
        return cls(
            kind=str(output.get("kind") or "template"),
            labels=tuple(str(label) for label in labels if isinstance(label, str | int | float)),
            multi_label=bool(output.get("multi_label", False)),
        )


def normalize_answer(text: str, output_format: OutputFormat) -> str | None:
    """The category an answer falls in, so that equal answers compare equal; None for an empty answer.

    Labels: the set of labels, matched to the label set without regard to case, sorted (a multi-label
    answer is one category). JSON: the document re-serialized with sorted keys. Templates and anything
    else: the text with blank lines dropped, whitespace collapsed and case folded.
    """
    if not text or not text.strip():
        return None
    if output_format.kind == "labels":
        return _normalize_labels(text, output_format)
    if output_format.kind == "json_schema":
        try:
            return json.dumps(json.loads(text), sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        except ValueError:
            pass  # not JSON: compare it as text
    lines = (_SPACE.sub(" ", line).strip() for line in text.strip().splitlines())
    return "\n".join(line for line in lines if line).casefold()


def _normalize_labels(text: str, output_format: OutputFormat) -> str | None:
    known = {label.casefold(): label for label in output_format.labels}
    raw = text.strip()
    parts: list[str]
    try:
        parsed = json.loads(raw)
    except ValueError:
        parsed = None
    if isinstance(parsed, Mapping):
        parsed = parsed.get("labels", parsed.get("label"))
    if isinstance(parsed, str):
        parts = [parsed]
    elif isinstance(parsed, list) and all(isinstance(part, str) for part in parsed):
        parts = parsed
    elif raw.casefold() in known:
        parts = [raw]  # a label that itself contains a separator
    else:
        parts = _LABEL_SEPARATORS.split(raw)
    cleaned = {_SPACE.sub(" ", part).strip().casefold() for part in parts}
    chosen = sorted(known.get(part, part) for part in cleaned if part)
    return json.dumps(chosen, ensure_ascii=False) if chosen else None


@dataclass(frozen=True)
class Score:
    """A figure and the number of items behind it; `value` is None where the figure is undefined."""

    value: float | None
    items: int


def _finite(value: Any) -> float | None:
    number = float(value)
    return number if math.isfinite(number) else None


def _codes(answers: Answers) -> dict[str, int]:
    categories = sorted({category for by_reviewer in answers.values() for category in by_reviewer.values()})
    return {category: code for code, category in enumerate(categories)}


@dataclass(frozen=True)
class FleissScore(Score):
    raters: int = 0  # the number of answers on each item used


def fleiss_kappa(answers: Answers) -> FleissScore:
    """Fleiss' kappa over the items with the most common number of answers (at least 2; ties: more).

    Fleiss' kappa needs every item rated the same number of times; items with another count are left out
    here, and Krippendorff's alpha, which takes them all, is the figure to read alongside.
    """
    from statsmodels.stats.inter_rater import fleiss_kappa as statsmodels_fleiss  # slow import: load on use

    by_count: defaultdict[int, list[Mapping[str, str]]] = defaultdict(list)
    for by_reviewer in answers.values():
        if len(by_reviewer) >= 2:
            by_count[len(by_reviewer)].append(by_reviewer)
    if not by_count:
        return FleissScore(value=None, items=0, raters=0)
    raters = max(by_count, key=lambda count: (len(by_count[count]), count))
    rows = by_count[raters]
    codes = _codes(dict(enumerate(rows)))
    table = np.zeros((len(rows), len(codes)), dtype=int)
    for row, by_reviewer in enumerate(rows):
        for category in by_reviewer.values():
            table[row, codes[category]] += 1
    with np.errstate(divide="ignore", invalid="ignore"):
        value = _finite(statsmodels_fleiss(table, method="fleiss"))
    return FleissScore(value=value, items=len(rows), raters=raters)


def krippendorff_alpha(answers: Answers) -> Score:
    """Krippendorff's alpha, nominal, over every item with at least two answers (any number of raters)."""
    import krippendorff

    pairable = {item: by_reviewer for item, by_reviewer in answers.items() if len(by_reviewer) >= 2}
    codes = _codes(pairable)
    if len(codes) < 2:  # one category throughout: expected disagreement is 0, alpha is 0/0
        return Score(value=None, items=len(pairable))
    reviewers = sorted({reviewer for by_reviewer in pairable.values() for reviewer in by_reviewer})
    column = {reviewer: index for index, reviewer in enumerate(reviewers)}
    data = np.full((len(reviewers), len(pairable)), np.nan)
    for unit, by_reviewer in enumerate(pairable.values()):
        for reviewer, category in by_reviewer.items():
            data[column[reviewer], unit] = codes[category]
    with np.errstate(divide="ignore", invalid="ignore"):
        value = krippendorff.alpha(reliability_data=data, level_of_measurement="nominal")
    return Score(value=_finite(value), items=len(pairable))


def cohen_kappas(answers: Answers, *, min_shared: int = MIN_SHARED_ITEMS) -> dict[tuple[str, str], Score]:
    """Cohen's kappa for every pair of reviewers (a, b with a < b) who answered an item in common.

    Pairs with fewer than `min_shared` common items get a None value: too few to mean anything.
    """
    from statsmodels.stats.inter_rater import cohens_kappa

    shared: defaultdict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for by_reviewer in answers.values():
        names = sorted(by_reviewer)
        for i, first in enumerate(names):
            for second in names[i + 1 :]:
                shared[first, second].append((by_reviewer[first], by_reviewer[second]))
    scores: dict[tuple[str, str], Score] = {}
    for pair, pairs in shared.items():
        if len(pairs) < min_shared:
            scores[pair] = Score(value=None, items=len(pairs))
            continue
        codes = {category: code for code, category in enumerate(sorted({c for two in pairs for c in two}))}
        table = np.zeros((len(codes), len(codes)), dtype=int)
        for first, second in pairs:
            table[codes[first], codes[second]] += 1
        with np.errstate(divide="ignore", invalid="ignore"):
            value = _finite(cohens_kappa(table).kappa) if len(codes) > 1 else None
        scores[pair] = Score(value=value, items=len(pairs))
    return scores


def majority_agreement(answers: Answers) -> dict[str, Score]:
    """Per reviewer: how often their answer equals the most common answer of the others on the same item.

    Every item with at least one other answer counts. Where the others tie for the most common answer, the
    tie is taken as broken at random: a reviewer whose answer is one of the t tied answers scores 1/t.
    """
    agreed: defaultdict[str, float] = defaultdict(float)
    compared: Counter[str] = Counter()
    for by_reviewer in answers.values():
        for reviewer, category in by_reviewer.items():
            others = Counter(c for other, c in by_reviewer.items() if other != reviewer)
            if not others:
                continue
            top = max(others.values())
            tied = [c for c, n in others.items() if n == top]
            compared[reviewer] += 1
            agreed[reviewer] += (category in tied) / len(tied)
    return {reviewer: Score(value=agreed[reviewer] / n, items=n) for reviewer, n in compared.items()}


@dataclass(frozen=True)
class GoldScore(Score):
    correct: int = 0


def gold_accuracy(answers: Answers, gold: Mapping[Any, str]) -> dict[str, GoldScore]:
    """Per reviewer: the share of their answers on gold items equal to the item's known answer."""
    correct: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for item, by_reviewer in answers.items():
        if item not in gold:
            continue
        for reviewer, category in by_reviewer.items():
            total[reviewer] += 1
            correct[reviewer] += category == gold[item]
    return {
        reviewer: GoldScore(value=correct[reviewer] / n, items=n, correct=correct[reviewer])
        for reviewer, n in total.items()
    }


@dataclass
class ReviewerQuality:
    username: str
    answers: int = 0
    gold: GoldScore = field(default_factory=lambda: GoldScore(value=None, items=0))
    majority: Score = field(default_factory=lambda: Score(value=None, items=0))
    cohen: dict[str, Score] = field(default_factory=dict)


@dataclass
class QualityReport:
    items: int  # non-gold items with at least one answer
    answers: int
    fleiss: FleissScore
    alpha: Score
    reviewers: list[ReviewerQuality]


def quality_report(
    answers: Answers,
    *,
    gold_answers: Answers | None = None,
    gold: Mapping[Any, str] | None = None,
    reviewers: Sequence[str] = (),
    min_shared: int = MIN_SHARED_ITEMS,
) -> QualityReport:
    """All figures at once: `answers` on ordinary items feed agreement, `gold_answers` on gold items feed
    gold accuracy only. `reviewers` adds people who have not answered yet."""
    gold_scores = gold_accuracy(gold_answers or {}, gold or {})
    majority = majority_agreement(answers)
    counts: Counter[str] = Counter(reviewer for by_reviewer in answers.values() for reviewer in by_reviewer)
    names = sorted(set(reviewers) | set(counts) | set(gold_scores))
    people = {name: ReviewerQuality(username=name, answers=counts[name]) for name in names}
    for name, person in people.items():
        person.gold = gold_scores.get(name, person.gold)
        person.majority = majority.get(name, person.majority)
    for (first, second), score in cohen_kappas(answers, min_shared=min_shared).items():
        people[first].cohen[second] = score
        people[second].cohen[first] = score
    return QualityReport(
        items=sum(1 for by_reviewer in answers.values() if by_reviewer),
        answers=sum(counts.values()),
        fleiss=fleiss_kappa(answers),
        alpha=krippendorff_alpha(answers),
        reviewers=list(people.values()),
    )
