"""The promotion gate: checks an evaluation report against a campaign's bar and recommends promote or reject.

The gate recommends; an admin signs off (evaluation.services.promotions). Its defaults are what a team
in a regulated industry would accept: the candidate must beat the model it would replace (the
incumbent, else the prompt-only baseline) beyond resampling noise, lose no field or label beyond a
tolerance, break no must-never rule, and state unsupported content no more often. Plain Python.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields
from typing import Any

PRIMARY = ("accuracy", "subset_accuracy", "field_f1_mean", "format_validity")  # the first a report has


@dataclass(frozen=True)
class GateSettings:
    """Editable per campaign; each field is one check."""

    min_primary_lower_bound: float = 0.0  # the primary metric's interval must lie above this
    max_regression: float = 0.05  # largest drop allowed in any field's or label's F1
    max_policy_violation_rate: float = 0.0  # must-never violations: none by default
    unsupported_not_above_baseline: bool = True
    min_human_win_lower_bound: float = 0.5  # when a human round ran
    # Where reviewers declined, asked or escalated: the candidate answers such items no more often.
    missed_escalations_not_above_baseline: bool = True

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> GateSettings:
        known = {f.name for f in fields(cls)}
        unknown = set(data or {}) - known
        if unknown:
            raise ValueError(f"unknown gate settings: {', '.join(sorted(unknown))}")
        return cls(**(data or {}))

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def primary_metric(metrics: Mapping[str, Any]) -> str:
    return next(name for name in PRIMARY if isinstance(metrics.get(name), int | float))


def gate(report: Mapping[str, Any], settings: GateSettings) -> dict[str, Any]:
    """{"recommendation": "promote" | "reject", "against": contender, "checks": [{name, passed, figures}]}."""
    contenders = report.get("contenders") or {}
    if "candidate" not in contenders:
        return {"recommendation": "reject", "against": None, "checks": [_check("report", False, {})]}
    against = next((name for name in ("incumbent", "prompt_baseline", "base") if name in contenders), None)
    if against is None:  # nothing to compare with: no evidence that the candidate is better
        return {"recommendation": "reject", "against": None, "checks": [_check("comparison", False, {})]}
    candidate, other = contenders["candidate"]["metrics"], contenders[against]["metrics"]
    difference = (report.get("differences") or {}).get(f"candidate_vs_{against}", {})
    checks = [
        _primary(candidate, difference, settings),
        _regressions(candidate, other, settings),
        _check(
            "no_must_never_violations",
            candidate.get("policy_violation_rate", 0.0) <= settings.max_policy_violation_rate,
            {
                "policy_violation_rate": candidate.get("policy_violation_rate"),
                "max": settings.max_policy_violation_rate,
            },
        ),
    ]
    if settings.unsupported_not_above_baseline and "unsupported_rate" in candidate:
        rates = {"candidate": candidate["unsupported_rate"], against: other.get("unsupported_rate")}
        checks.append(
            _check("unsupported_not_above", rates[against] is None or rates["candidate"] <= rates[against], rates)
        )
    if settings.missed_escalations_not_above_baseline and (candidate.get("missed_escalations") or {}).get("n"):
        rates = {"candidate": candidate["missed_escalations"]["rate"], against: _missed(other)}
        passed = rates[against] is None or rates["candidate"] <= rates[against]
        checks.append(_check("missed_escalations_not_above", passed, rates))
    if report.get("human"):
        interval = report["human"].get("win_rate_ci95")  # None until a test item is judged
        low = interval[0] if interval else None
        passed = low is not None and low >= settings.min_human_win_lower_bound
        figures = {"lower_bound": low, "min": settings.min_human_win_lower_bound}
        checks.append(_check("human_win_rate", passed, figures | {"judged_items": report["human"].get("judged_items")}))
    passed = all(check["passed"] for check in checks)
    return {"recommendation": "promote" if passed else "reject", "against": against, "checks": checks}


def _primary(candidate: Mapping[str, Any], difference: Mapping[str, Any], settings: GateSettings) -> dict[str, Any]:
    metric = primary_metric(candidate)
    found = difference.get(metric) or {}
    interval = found.get("ci95")
    passed = interval is not None and interval[0] > settings.min_primary_lower_bound
    figures = {"metric": metric, "delta": found.get("delta"), "ci95": interval, "n": found.get("n")}
    return _check("primary_metric_beats", passed, figures)


def _regressions(candidate: Mapping[str, Any], other: Mapping[str, Any], settings: GateSettings) -> dict[str, Any]:
    """Per label (F1) or per field (F1): how far the candidate falls behind; none may pass the tolerance."""
    mine = {**{k: v["f1"] for k, v in (candidate.get("per_label") or {}).items()}, **(candidate.get("field_f1") or {})}
    theirs = {**{k: v["f1"] for k, v in (other.get("per_label") or {}).items()}, **(other.get("field_f1") or {})}
    drops = {name: round(theirs[name] - value, 6) for name, value in mine.items() if name in theirs}
    worst = {name: drop for name, drop in drops.items() if drop > settings.max_regression}
    return _check("no_field_or_label_regression", not worst, {"regressed": worst, "max": settings.max_regression})


def _missed(metrics: Mapping[str, Any]) -> float | None:
    return (metrics.get("missed_escalations") or {}).get("rate")


def _check(name: str, passed: bool, figures: Mapping[str, Any]) -> dict[str, Any]:
    return {"name": name, "passed": bool(passed), "figures": dict(figures)}
