"""Store what was served, anonymized, after the answer has gone back: the caller does not wait for Presidio.

The gateway hands each finished request to the recorder, which anonymizes the messages and the answer
under the campaign's policy (the door every text passes through, privacy/) and only then writes the row:
a child process of the web process (DEPLOYMENTS_RECORDER "process", the default: deployments.recorder_process),
or one thread in it ("thread"). Raw text lives in memory until then (the child's pipe included) and is never
written anywhere; a process killed in between loses those rows from monitoring, not an answer. With
DEPLOYMENTS_RECORD_INLINE (tests) the row is written before the answer returns. A request served in the
shadow stage gets a shadow row, the challenger's job, queued when it commits.
"""

from __future__ import annotations

import logging
import queue
import threading
import uuid
from dataclasses import dataclass, replace

from django.conf import settings
from django.db import close_old_connections, transaction

from deployments.models import Deployment, ServedRequest
from deployments.recorder_process import ProcessRecorder
from deployments.services.monitoring import monitoring_check
from deployments.services.serving import Served
from evaluation.metrics.safety import unsupported
from privacy.services.anonymize import anonymize_text
from tuneloop.jobs import job_enqueue

logger = logging.getLogger(__name__)
SEPARATOR = "\n\n\u2042\u2042\u2042\n\n"  # a line of asterisms between a record's texts


@dataclass
class Record:
    """A finished request, raw, on its way to being stored anonymized."""

    deployment_id: int
    key_id: int | None
    request_id: str
    caller: str  # already a digest
    messages: list[dict[str, str]]
    served: Served
    artifact_id: int | None = None  # the model that answered (served.artifact is dropped for the recorder process)

    def __post_init__(self) -> None:
        if self.artifact_id is None and self.served.artifact is not None:
            self.artifact_id = self.served.artifact.id

    def slim(self) -> Record:
        """The record without the model object (and the run it holds): what crosses to the recorder process."""
        return replace(self, served=replace(self.served, artifact=None))


def request_id() -> str:
    return f"chatcmpl-{uuid.uuid4().hex}"


def served_record(record: Record) -> ServedRequest:
    """Anonymize and store one request; queue the challenger's shadow answer in the shadow stage."""
    deployment = Deployment.objects.select_related("campaign").get(id=record.deployment_id)
    served, completion = record.served, record.served.completion
    texts = anonymized_texts(
        deployment, [m["content"] for m in record.messages] + ([completion.text] if completion else [])
    )
    messages = [{"role": m["role"], "content": text} for m, text in zip(record.messages, texts, strict=False)]
    output = texts[-1] if completion is not None else ""
    found = len(unsupported(output, "\n".join(m["content"] for m in messages))) if completion is not None else 0
    with transaction.atomic():
        row = ServedRequest.objects.create(
            deployment=deployment,
            api_key_id=record.key_id,
            role=served.role,
            artifact_id=record.artifact_id,
            request_id=record.request_id,
            caller=record.caller,
            messages=messages,
            output=output,
            status=served.status,
            behaviour=served.behaviour,
            violations=served.violations,
            unsupported=found,
            attempts=served.attempts,
            latency_ms=served.latency_ms,
            prompt_tokens=completion.prompt_tokens if completion else 0,
            completion_tokens=completion.completion_tokens if completion else 0,
        )
        if deployment.stage == Deployment.Stage.SHADOW and deployment.challenger_id and served.role != "challenger":
            shadow_queue(served_row=row)
    return row


def shadow_queue(*, served_row: ServedRequest, artifact_id: int | None = None) -> ServedRequest:
    """The challenger's answer to a stored request, as a job: a worker runs it on the anonymized input."""
    deployment = served_row.deployment
    shadow = ServedRequest.objects.create(
        deployment=deployment,
        kind=ServedRequest.Kind.SHADOW,
        shadow_of=served_row,
        role=ServedRequest.Role.CHALLENGER,
        artifact_id=artifact_id or deployment.challenger_id,
        request_id=f"shadow-{uuid.uuid4().hex}",
        caller=served_row.caller,
        messages=served_row.messages,
        status=ServedRequest.Status.PENDING,
    )
    job_enqueue(ServedRequest, shadow.id)
    return shadow


def anonymized_messages(deployment: Deployment, messages: list[dict[str, str]]) -> list[dict[str, str]]:
    texts = anonymized_texts(deployment, [message["content"] for message in messages])
    return [{"role": m["role"], "content": text} for m, text in zip(messages, texts, strict=True)]


def anonymized_texts(deployment: Deployment, texts: list[str]) -> list[str]:
    """A request's texts (its messages, then its answer) anonymized as ONE record: a person named in the note and
    again in the answer gets one placeholder, and one Presidio pass costs a third of three (bench.serving_gateway).
    The texts are joined by a separator line no recognizer takes into a span; if one ever did, each text is
    anonymized alone, numbered after the ones before."""
    joined = anonymize_text(SEPARATOR.join(texts), campaign=deployment.campaign).text
    parts = joined.split(SEPARATOR)
    if len(parts) == len(texts):
        return parts
    logger.warning(
        "deployment %s: a record's separator was anonymized; its texts were anonymized one by one", deployment.id
    )
    clean: list[str] = []
    for text in texts:
        clean.append(anonymize_text(text, campaign=deployment.campaign, context=clean).text)
    return clean


class Recorder:
    """Stores records in order, in the recorder process or in one background thread; `drain()` waits until all
    are stored."""

    def __init__(self) -> None:
        self._queue: queue.Queue[Record] = queue.Queue(maxsize=10_000)
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self.process = ProcessRecorder()

    def submit(self, record: Record) -> None:
        if settings.DEPLOYMENTS_RECORD_INLINE:
            served_record(record)
            after_record(record)
            return
        if settings.DEPLOYMENTS_RECORDER == "process":
            self.process.submit(record.slim())
            return
        self._start()
        try:
            self._queue.put_nowait(record)
        except queue.Full:  # monitoring falls behind; the caller never waits on it
            logger.warning(
                "deployment %s: recorder queue full, request %s not stored", record.deployment_id, record.request_id
            )

    def warm_up(self) -> None:
        """Start the recorder now, loading Presidio first: a server's first requests do not wait for spaCy."""
        if settings.DEPLOYMENTS_RECORDER == "process":
            self.process.warm_up()
        else:
            self._start(warm=True)

    def drain(self) -> None:
        self._queue.join()
        self.process.drain()

    def _start(self, *, warm: bool = False) -> None:
        with self._lock:
            if self._thread is None or not self._thread.is_alive():
                thread = threading.Thread(target=self._run, args=(warm,), name="deployments-recorder", daemon=True)
                self._thread = thread
                self._thread.start()

    def _run(self, warm: bool) -> None:
        if warm:
            anonymize_text("warm-up", campaign=None)
        while True:
            record = self._queue.get()
            try:
                store_record(record)
            finally:
                self._queue.task_done()


def store_record(record: Record) -> None:
    """One record stored and the thresholds checked, as the recorder thread and the recorder process do it: a record
    that fails is logged and lost to monitoring, and the recorder goes on with the next."""
    try:
        close_old_connections()
        served_record(record)
        after_record(record)
    except Exception:
        logger.exception("deployment %s: request %s not stored", record.deployment_id, record.request_id)
    finally:
        close_old_connections()


def after_record(record: Record) -> None:
    """The thresholds, checked as requests arrive (at most every few seconds per deployment and process)."""
    monitoring_check(record.deployment_id)


recorder = Recorder()
