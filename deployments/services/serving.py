"""Answer one chat request for a deployment: pick the model, call its backend, check the answer, retry, fall back.

Routing: a deployment that is falling back serves its fallback. Otherwise the stage decides: `internal`
gives internal keys the challenger, `limited` gives a stable share of callers the challenger (sticky: a hash
of the caller's key, the OpenAI `user` field, picks a bucket), every other request gets the incumbent. No
model to serve means the fallback: the previous incumbent, or people.

Checks: every answer is held to the campaign's output format (an answer that fits it, or a recognisable
decline / clarify / escalate) and its must-never rules. A failing answer is retried once, sampled; one that
still fails goes to the fallback model, and with none left the request is routed to people. Each outcome
is counted (ServedRequest.status), never silently passed.
"""

from __future__ import annotations

import hashlib
import os
import time
from dataclasses import dataclass, field, replace
from typing import Any

from django.conf import settings

from deployments.models import ApiKey, Deployment, ServedRequest
from deployments.serving.backends import Backend, HttpBackend, InProcessBackend
from deployments.serving.types import BackendError, ChatRequest, Completion
from evaluation.metrics.behaviour import INVALID, behaviour
from evaluation.metrics.safety import rule_violations
from labeling.models import Campaign
from labeling.selectors import guideline_current
from training.generation import artifact_paths
from training.models import ModelArtifact

Role = ServedRequest.Role
Status = ServedRequest.Status
RETRY_TEMPERATURE = 0.7
SPEC_SECONDS = 5.0  # how long a campaign's output format and rules are cached in a process
_specs: dict[int, tuple[float, dict[str, Any], list[dict[str, Any]]]] = {}
_threads_set = False


@dataclass
class Served:
    """What happened to one request: who answered, with what, after how many tries."""

    role: str
    artifact: ModelArtifact | None
    completion: Completion | None = None
    status: str = Status.OK
    behaviour: str = ""
    violations: list[str] = field(default_factory=list)
    attempts: int = 0
    error: str = ""
    latency_ms: float = 0.0


def route(deployment: Deployment, key: ApiKey | None, caller: str) -> tuple[str, ModelArtifact | None]:
    """(role, artifact) that answers this request; artifact None means people."""
    if deployment.falling_back:
        return _fallback(deployment, exclude=None)
    stage, challenger = deployment.stage, deployment.challenger
    if challenger is not None and stage == Deployment.Stage.INTERNAL and key is not None and key.internal:
        return Role.CHALLENGER, challenger
    if (
        challenger is not None
        and stage == Deployment.Stage.LIMITED
        and bucket(deployment, caller) < deployment.traffic_share
    ):
        return Role.CHALLENGER, challenger
    if deployment.incumbent is not None:
        return Role.INCUMBENT, deployment.incumbent
    return _fallback(deployment, exclude=None)


def bucket(deployment: Deployment, caller: str) -> float:
    """A caller's place in [0, 1): the same caller, the same place, so the same model for a given share."""
    digest = hashlib.sha256(f"{deployment.name}\n{caller}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


def serve(deployment: Deployment, key: ApiKey | None, request: ChatRequest, caller: str) -> Served:
    """Answer `request` (raw text: nothing here is stored) and say what happened."""
    started = time.perf_counter()
    role, artifact = route(deployment, key, caller)
    served = _answer(deployment, role, artifact, request)
    served.latency_ms = (time.perf_counter() - started) * 1000
    return served


def answer_with(deployment: Deployment, artifact: ModelArtifact, request: ChatRequest, role: str) -> Served:
    """One model's checked answer, with a retry but no fallback (the shadow's: nobody waits for it)."""
    served = Served(role=role, artifact=artifact)
    _try(deployment, artifact, request, served)
    return served


def _answer(deployment: Deployment, role: str, artifact: ModelArtifact | None, request: ChatRequest) -> Served:
    served = Served(role=role, artifact=artifact)
    if artifact is None:
        served.status = Status.ROUTED_TO_PEOPLE
        return served
    if _try(deployment, artifact, request, served):
        return served
    fallback_role, fallback = _fallback(deployment, exclude=artifact)
    first = served
    if fallback is not None:
        served = Served(role=fallback_role, artifact=fallback, attempts=first.attempts)
        if _try(deployment, fallback, request, served):
            return served
    served.role, served.artifact, served.error = Role.PEOPLE, None, first.error or served.error
    served.status = first.status if first.status != Status.OK else Status.ROUTED_TO_PEOPLE
    served.completion = None
    return served


def _try(deployment: Deployment, artifact: ModelArtifact, request: ChatRequest, served: Served) -> bool:
    """Ask `artifact` twice at most (the retry sampled); True with a good answer in `served`."""
    output_format, rules = campaign_spec(deployment.campaign)
    for attempt in (request, replace(request, temperature=RETRY_TEMPERATURE, seed=request.seed or 1)):
        served.attempts += 1
        try:
            completion = backend_for(deployment, artifact).complete(attempt)
        except BackendError as error:
            served.status, served.error = Status.ERROR, str(error)[:500]
            if not error.retryable:
                return False
            continue
        served.completion, served.behaviour = completion, behaviour(completion.text, output_format)
        served.violations = [finding.kind for finding in rule_violations(completion.text, rules)]
        if served.violations:
            served.status = Status.VIOLATION
        elif served.behaviour == INVALID:
            served.status = Status.FORMAT_FAILURE
        else:
            served.status = Status.OK
            return True
    return False


def _fallback(deployment: Deployment, exclude: ModelArtifact | None) -> tuple[str, ModelArtifact | None]:
    previous = deployment.previous
    if deployment.fallback == Deployment.Fallback.PREVIOUS and previous is not None and previous != exclude:
        return Role.FALLBACK, previous
    return Role.PEOPLE, None


def backend_for(deployment: Deployment, artifact: ModelArtifact) -> Backend:
    """The built-in server in this process (loaded once per artifact), or the external engine by URL, where
    each artifact is served under the name `artifact-<id>` (vLLM: `--lora-modules artifact-12=/path`)."""
    name = served_model_name(artifact)
    if deployment.backend == Deployment.Backend.EXTERNAL:
        key = os.environ.get(deployment.engine_key_env) if deployment.engine_key_env else None
        return HttpBackend(deployment.engine_url, model=name, api_key=key)
    model_path, adapter_dir = artifact_paths(artifact)
    _torch_threads()
    return InProcessBackend(model_path, adapter_dir, name=name)


def _torch_threads() -> None:
    """A web process that generates shares its cores with its own request threads and the recorder: torch's
    default of one compute thread per core made every request wait on the others (bench.serving_gateway: 1.9 s
    at p50 with 16 clients on 2 cores, 0.15 s with one thread). Set once, before the first model loads."""
    global _threads_set
    if not _threads_set:
        import torch  # heavy: only a process that serves in-process imports it here

        torch.set_num_threads(settings.DEPLOYMENTS_TORCH_THREADS)
        _threads_set = True


def served_model_name(artifact: ModelArtifact) -> str:
    return f"artifact-{artifact.id}"


def campaign_spec(campaign: Campaign) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """(output format, must-never rules) of the current guideline, cached for a few seconds per process."""
    cached = _specs.get(campaign.id)
    if cached is not None and time.monotonic() - cached[0] < SPEC_SECONDS:
        return cached[1], cached[2]
    guideline = guideline_current(campaign)
    if guideline is not None:
        output_format, rules = dict(guideline.spec["output_format"]), list(guideline.spec.get("must_never_rules") or [])
    else:
        output_format, rules = {"kind": "template", "fields": list(campaign.output_fields)}, []
    _specs[campaign.id] = (time.monotonic(), output_format, rules)
    return output_format, rules


def specs_forget() -> None:
    _specs.clear()
