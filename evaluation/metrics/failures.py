"""Why one output failed its reference: the format, a wrong label, a field below the bar, a safety check.

These reasons travel with a failure sent back to reviewers or retired from the test split, so they name
metrics, fields and rules, never text. Plain Python; no Django.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

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
    """[{check, ...}]: empty when the output is as good as the reference by every automatic check. A reference
    that is a decline / clarify / escalate behaviour is free text: only the safety findings apply to it."""
    reasons: list[dict[str, Any]] = []
    if kind == "answer":
        reasons += _against_reference(output, reference, output_format)
    reasons += [{"check": finding.check, "kind": finding.kind} for finding in findings]
    return reasons


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
