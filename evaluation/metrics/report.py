"""An evaluation round's report: each contender's task metrics, and the candidate's differences from each
other contender with paired bootstrap intervals. Plain Python; no Django."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from evaluation.metrics.bootstrap import mean_difference, statistic_difference
from evaluation.metrics.safety import Finding, safety_metrics
from evaluation.metrics.task import ItemScores, macro_f1, task_metrics

CANDIDATE = "candidate"
CONTENDERS = ("base", "prompt_baseline", CANDIDATE, "incumbent")  # the order reports and the UI show


def compare_contenders(
    outputs: Mapping[str, Sequence[str]],
    references: Sequence[str],
    output_format: Mapping[str, Any],
    *,
    sources: Sequence[str] | None = None,
    rules: Sequence[Mapping[str, Any]] = (),
    kinds: Sequence[str] | None = None,
) -> dict[str, Any]:
    """{"contenders": {name: {"metrics": ...}}, "differences": {"candidate_vs_NAME": {metric: ...}}}.

    With `sources` (each item's prompt text), the safety checks run too: unsupported content, dropped
    details and the must-never `rules` (evaluation.metrics.safety). With `kinds` (each reference's kind:
    answer, decline, clarify or escalate), escalation accuracy (evaluation.metrics.behaviour)."""
    return score_contenders(outputs, references, output_format, sources=sources, rules=rules, kinds=kinds)[0]


def score_contenders(
    outputs: Mapping[str, Sequence[str]],
    references: Sequence[str],
    output_format: Mapping[str, Any],
    *,
    sources: Sequence[str] | None = None,
    rules: Sequence[Mapping[str, Any]] = (),
    kinds: Sequence[str] | None = None,
) -> tuple[dict[str, Any], dict[str, list[list[Finding]]]]:
    """The report of `compare_contenders`, and each contender's per-item safety findings (empty lists
    without `sources`), so a caller storing samples does not run the checks again."""
    names = sorted(outputs, key=lambda name: CONTENDERS.index(name) if name in CONTENDERS else len(CONTENDERS))
    contenders: dict[str, Any] = {}
    scores: dict[str, ItemScores] = {}
    findings: dict[str, list[list[Finding]]] = {}
    for name in names:
        metrics, scores[name] = task_metrics(outputs[name], references, output_format, kinds)
        findings[name] = [[] for _ in references]
        if sources is not None:
            words = vocabulary(output_format)
            safety, values, findings[name] = safety_metrics(outputs[name], sources, references, rules, words)
            metrics |= safety
            scores[name].values |= values
        contenders[name] = {"metrics": metrics}
    differences = {
        f"{CANDIDATE}_vs_{other}": _differences(scores[CANDIDATE], scores[other])
        for other in names
        if other != CANDIDATE and CANDIDATE in scores
    }
    return {"contenders": contenders, "differences": differences}, findings


def _differences(candidate: ItemScores, other: ItemScores) -> dict[str, Any]:
    found = {metric: mean_difference(values, other.values[metric]) for metric, values in candidate.values.items()}
    if candidate.predicted and other.predicted:  # one label per answer: macro F1 is no mean of items
        labels = candidate.labels
        found["macro_f1"] = statistic_difference(
            lambda t, p: macro_f1(t, p, labels), candidate.truth, candidate.predicted, other.predicted
        )
    return found


def vocabulary(output_format: Mapping[str, Any]) -> list[str]:
    """Words of the format itself (field names, labels, schema keys), which are never unsupported names."""
    words = [*output_format.get("fields", []), *output_format.get("labels", [])]
    return words + list((output_format.get("schema") or {}).get("properties", {}))
