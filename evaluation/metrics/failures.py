"""Why one output failed its reference: the format, a wrong label, a field below the bar, a safety check.

These reasons travel with a failure sent back to reviewers or retired from the test split, so they name
metrics, fields and rules, never text. Plain Python; no Django.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from evaluation.metrics.behaviour import ANSWER, BEHAVIOURS, INVALID, behaviour
from evaluation.metrics.safety import Finding
from evaluation.metrics.task import task_metrics
from tuneloop.output_format import is_output_valid

FIELD_FLOOR = 0.5  # a field whose token F1 with the reference is below this failed


def item_failures(
    output: str,
    reference: str,
    output_format: Mapping[str, Any],
    findings: Sequence[Finding] = (),
    kind: str = "answer",
) -> list[dict[str, Any]]:
    """[{check, ...}]: empty when the output is as good as the reference by every automatic check. Where the
    reference is a decline / clarify / escalate behaviour (free text), the output must show that behaviour;
    where it is an answer, the output must answer, in the format, with the right label or fields."""
    reasons: list[dict[str, Any]] = []
    did = behaviour(output, output_format)
    if kind == ANSWER and did in BEHAVIOURS:
        reasons.append({"check": "behaviour", "expected": ANSWER, "got": did})  # a needless escalation
    elif kind == ANSWER:
        reasons += _against_reference(output, reference, output_format)
    elif did != kind:
        reasons.append({"check": "behaviour", "expected": kind, "got": did})  # e.g. answered where it should escalate
    reasons += [{"check": finding.check, "kind": finding.kind} for finding in findings]
    return reasons


def sample_valid(output: str, output_format: Mapping[str, Any], kind: str = ANSWER) -> bool:
    """Format validity as the report counts it: where the reference is a decline / clarify / escalate
    behaviour, any recognisable behaviour (or an answer) is valid."""
    if kind == ANSWER:
        return is_output_valid(output, output_format)
    return behaviour(output, output_format) != INVALID


def _against_reference(output: str, reference: str, output_format: Mapping[str, Any]) -> list[dict[str, Any]]:
    if not is_output_valid(output, output_format):
        return [{"check": "format"}]
    metrics, _ = task_metrics([output], [reference], output_format)
    for metric in ("accuracy", "subset_accuracy"):
        if metrics.get(metric) is not None and metrics[metric] < 1:
            return [{"check": "label", "metric": metric}]
    return [
        {"check": "field", "field": field, "f1": round(f1, 2)}
        for field, f1 in (metrics.get("field_f1") or {}).items()
        if f1 < FIELD_FLOOR
    ]
