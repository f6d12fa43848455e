"""Shadow mode and feedback: the caller keeps its process and sends Tuneloop the input, then the human decision.

`shadow_submit` stores the input (anonymized) and queues the challenger's answer as a job; a worker answers the
anonymized input (`shadow_answer`), so the model never sees more than a reviewer would. `feedback_record`
takes the final human decision for any request (served or shadowed), anonymizes it, and scores every model
answer to that request against it with the campaign's primary evaluation metric (accuracy for labels, field
F1 for templates and JSON): the agreement in shadow and the correction rate of served answers.
"""

from __future__ import annotations

import time
from typing import Any

from django.db import IntegrityError, transaction

from deployments.models import ApiKey, Deployment, Feedback, ServedRequest
from deployments.services.recording import anonymized_messages, request_id, shadow_queue
from deployments.services.serving import answer_with, campaign_spec
from deployments.serving.types import ChatRequest
from evaluation.metrics.gate import primary_metric
from evaluation.metrics.safety import unsupported
from evaluation.metrics.task import normalize, task_metrics
from privacy.services.anonymize import anonymize_text
from tuneloop.exceptions import ApplicationError, Conflict, NotFound

Status = ServedRequest.Status


def shadow_submit(*, key: ApiKey, messages: list[dict[str, str]], caller: str) -> ServedRequest:
    """Record an input the caller's own process handles, and queue the challenger's answer to it (the
    incumbent's, when there is no challenger)."""
    deployment = key.deployment
    if deployment.challenger_id is None and deployment.incumbent_id is None:
        raise ApplicationError("This deployment has no model to shadow with.", field="model")
    with transaction.atomic():
        row = ServedRequest.objects.create(
            deployment=deployment,
            api_key=key,
            role=ServedRequest.Role.PEOPLE,
            request_id=request_id(),
            caller=caller,
            messages=anonymized_messages(deployment, messages),
            status=Status.OK,  # the caller's own process answers it
        )
        shadow_queue(served_row=row, artifact_id=deployment.challenger_id or deployment.incumbent_id)
    return row


def shadow_answer(*, row: ServedRequest) -> ServedRequest:
    """The job of a pending shadow row: the model answers the stored (anonymized) input, checked like a
    served answer; its answer is anonymized too before it is stored."""
    deployment = Deployment.objects.select_related("campaign").get(id=row.deployment_id)
    if row.artifact is None:
        row.status = Status.ERROR
        row.save(update_fields=["status"])
        return row
    started = time.perf_counter()
    served = answer_with(deployment, row.artifact, ChatRequest(messages=row.messages), ServedRequest.Role.CHALLENGER)
    completion = served.completion
    source = "\n".join(message["content"] for message in row.messages)
    if completion is not None:
        row.output = anonymize_text(completion.text, campaign=deployment.campaign, context=[source]).text
        row.prompt_tokens, row.completion_tokens = completion.prompt_tokens, completion.completion_tokens
        row.unsupported = len(unsupported(row.output, source))
    row.status, row.behaviour, row.violations, row.attempts = (
        served.status,
        served.behaviour,
        served.violations,
        served.attempts,
    )
    row.latency_ms = (time.perf_counter() - started) * 1000
    row.save()
    return row


def feedback_record(*, key: ApiKey, request_id: str, decision: str, seconds_spent: float | None = None) -> Feedback:
    """The final human decision on one of this key's requests, scored against each model answer to it."""
    row = ServedRequest.objects.filter(api_key=key, request_id=request_id, kind=ServedRequest.Kind.SERVE).first()
    if row is None:  # another key's request is as unknown as one that never was
        raise NotFound(f"No request '{request_id}' was made with this key.", field="request_id")
    if not isinstance(decision, str) or not decision.strip():
        raise ApplicationError("decision is the final human answer, as text.", field="decision")
    deployment = row.deployment
    context = [message["content"] for message in row.messages]
    clean = anonymize_text(decision, campaign=deployment.campaign, context=context).text
    scores = _scores(deployment, row, clean)
    corrected = None if "served" not in scores else normalize(row.output) != normalize(clean)
    try:
        with transaction.atomic():
            return Feedback.objects.create(
                request=row, decision=clean, seconds_spent=seconds_spent, scores=scores, corrected=corrected
            )
    except IntegrityError:  # one feedback per request: the OneToOne's unique constraint decides a race too
        raise Conflict(f"Request '{request_id}' has feedback already.") from None


def _scores(deployment: Deployment, row: ServedRequest, decision: str) -> dict[str, Any]:
    """{"served": {...}, "shadow": {...}}: each model answer's agreement with the decision (the primary
    metric of the campaign's output format) and that metric's name."""
    output_format, _ = campaign_spec(deployment.campaign)
    answers = {}
    if row.role != ServedRequest.Role.PEOPLE and row.status not in (Status.ERROR, Status.ROUTED_TO_PEOPLE):
        answers["served"] = row.output
    shadow = row.shadows.filter(status__in=[Status.OK, Status.FORMAT_FAILURE, Status.VIOLATION]).first()
    if shadow is not None:
        answers["shadow"] = shadow.output
    return {name: agreement(output, decision, output_format) for name, output in answers.items()}


def agreement(output: str, decision: str, output_format: dict[str, Any]) -> dict[str, Any]:
    metrics, _ = task_metrics([output], [decision], output_format)
    name = primary_metric(metrics)
    return {"metric": name, "agreement": float(metrics[name])}
