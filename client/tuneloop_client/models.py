"""Small dataclasses for what people use next; each keeps the whole answer in `raw`, so unknown fields are kept."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, TypeVar

T = TypeVar("T", bound="Record")
FINISHED = frozenset({"succeeded", "failed", "cancelled"})


@dataclass
class Record:
    raw: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def from_json(cls: type[T], data: dict[str, Any]) -> T:
        """Known fields by name (a missing one takes its default), the whole answer in `raw`."""
        names = {f.name for f in dataclasses.fields(cls)} - {"raw"}
        return cls(raw=data, **{key: data[key] for key in names if key in data})

    def __getitem__(self, key: str) -> Any:
        return self.raw[key]


@dataclass
class Campaign(Record):
    id: int = 0
    name: str = ""
    system_prompt: str = ""
    output_fields: list[str] = field(default_factory=list)
    role: str | None = None
    item_count: int | None = None


@dataclass
class ImportBatch(Record):
    """An import; `errors` holds the refused lines as {"line": n, "message": ...}."""

    id: int = 0
    status: str = ""
    filename: str = ""
    total_lines: int | None = None
    accepted: int | None = None
    duplicates: int | None = None
    rejected: int | None = None
    errors: list[dict[str, Any]] = field(default_factory=list)
    failure: str | None = None

    @property
    def finished(self) -> bool:
        return self.status in ("done", "failed")


@dataclass
class DatasetVersion(Record):
    id: int = 0
    campaign: int = 0
    version: int = 0
    content_hash: str = ""
    counts: dict[str, dict[str, int]] = field(default_factory=dict)


@dataclass
class Run(Record):
    id: int = 0
    campaign: int = 0
    dataset: int = 0
    status: str = ""
    stage: str | None = None
    step: int | None = None
    error: str | None = None
    artifact: dict[str, Any] | None = None

    @property
    def finished(self) -> bool:
        return self.status in FINISHED

    @property
    def artifact_id(self) -> int | None:
        return self.artifact["id"] if self.artifact else None


@dataclass
class RunStatus(Record):
    """A run's status alone (GET /api/runs/<id>/status/): what `Client.follow()` polls, without metrics and events."""

    id: int = 0
    status: str = ""
    stage: str | None = None
    step: int = 0
    metric_step: int | None = None
    updated_at: str = ""
    error: str | None = None

    @property
    def finished(self) -> bool:
        return self.status in FINISHED


@dataclass
class MetricRow(Record):
    """One logged step: `loss`, and every value by name in `values` (learning_rate, eval_loss...)."""

    id: int = 0
    stage: str = ""
    step: int = 0
    loss: float | None = None
    values: dict[str, float] = field(default_factory=dict)


@dataclass
class RunEvent(Record):
    id: int = 0
    kind: str = ""
    message: str = ""
    data: dict[str, Any] = field(default_factory=dict)
    created_at: str = ""


@dataclass
class GateVerdict(Record):
    recommendation: str = ""
    against: str | None = None
    checks: list[dict[str, Any]] = field(default_factory=list)

    @property
    def rejected(self) -> bool:
        return self.recommendation == "reject"

    @property
    def failed_checks(self) -> list[str]:
        return [check["name"] for check in self.checks if not check.get("passed")]


@dataclass
class EvaluationReport(Record):
    """`contenders`: {name: metrics}; `differences`: {"candidate_vs_NAME": {metric: {delta, ci95, n}}}."""

    n: int = 0
    contenders: dict[str, dict[str, Any]] = field(default_factory=dict)
    differences: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> EvaluationReport:
        contenders = {name: c.get("metrics", {}) for name, c in (data.get("contenders") or {}).items()}
        return cls(raw=data, n=data.get("n", 0), contenders=contenders, differences=data.get("differences") or {})


@dataclass
class Evaluation(Record):
    id: int = 0
    campaign: int = 0
    artifact: int = 0
    status: str = ""
    error: str | None = None

    @property
    def finished(self) -> bool:
        return self.status in FINISHED

    @property
    def report(self) -> EvaluationReport | None:
        return EvaluationReport.from_json(self.raw["report"]) if self.raw.get("report") else None

    @property
    def gate(self) -> GateVerdict | None:
        gate = self.raw.get("gate") or (self.raw.get("report") or {}).get("gate")
        return GateVerdict.from_json(gate) if gate else None


@dataclass
class Promotion(Record):
    id: int = 0
    action: str = ""
    artifact: int | None = None
    evaluation: int | None = None
    recommendation: str | None = None


@dataclass
class Deployment(Record):
    id: int = 0
    campaign: int = 0
    name: str = ""
    stage: str | None = None
    incumbent: int | None = None


@dataclass
class ApiKey(Record):
    """A deployment key; `key` (the secret) is only in the answer that created it."""

    id: int = 0
    name: str = ""
    prefix: str = ""
    key: str | None = None
