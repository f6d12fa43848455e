"""Python client for the Tuneloop REST API: `Client`, its dataclasses and `TuneloopError`."""

from tuneloop_client.client import Client
from tuneloop_client.errors import TuneloopError
from tuneloop_client.models import (
    ApiKey,
    Campaign,
    DatasetVersion,
    Deployment,
    Evaluation,
    EvaluationReport,
    GateVerdict,
    ImportBatch,
    MetricRow,
    Promotion,
    Run,
    RunEvent,
    RunStatus,
)

__all__ = [
    "ApiKey",
    "Campaign",
    "Client",
    "DatasetVersion",
    "Deployment",
    "Evaluation",
    "EvaluationReport",
    "GateVerdict",
    "ImportBatch",
    "MetricRow",
    "Promotion",
    "Run",
    "RunEvent",
    "RunStatus",
    "TuneloopError",
]
