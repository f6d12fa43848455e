"""Dynamic batching: requests that arrive together share one `model.generate` on a left-padded batch."""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Hashable
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any

import torch

from deployments.serving.types import BackendError, ChatRequest, Completion
from training.ml.errors import TrainingError
from training.ml.generate import load_for_generation

logger = logging.getLogger(__name__)
_STOP = object()  # put on the queue by close(): the thread finishes its batch and fails what is left


@dataclass
class _Pending:
    request: ChatRequest
    future: Future[Completion]


@dataclass
class _Prepared:
    pending: _Pending
    ids: list[int]  # the templated prompt's token ids


class DynamicBatcher:
    """Owns a loaded (model, tokenizer) and one thread that answers queued requests in batches.

    After the first request the thread waits up to `max_wait_ms` for more, up to `max_batch`; requests with the
    same generation settings (greedy ones with the same max_tokens; sampled ones with the same temperature,
    top_p and max_tokens) share one `generate`. A seeded sampled request runs alone, so its seed reproduces its
    answer. Left padding with an attention mask makes a greedy answer the same alone or in any batch.
    `max_batch=1` answers one request at a time. `batches_run` counts `generate` calls.
    """

    def __init__(
        self, model: Any, tokenizer: Any, *, name: str = "model", max_batch: int = 16, max_wait_ms: float = 5.0
    ):
        if max_batch < 1 or max_wait_ms < 0:
            raise ValueError("max_batch must be at least 1 and max_wait_ms at least 0")
        self.model, self.tokenizer, self.name = model, tokenizer, name
        self.max_batch, self.max_wait_ms = max_batch, max_wait_ms
        self.batches_run = 0
        self.requests_served = 0
        self._device = next(model.parameters()).device
        self._context = getattr(model.config, "max_position_embeddings", None)
        self._queue: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._closed = False
        self._thread = threading.Thread(target=self._loop, name=f"batcher-{name}", daemon=True)
        self._thread.start()

    @classmethod
    def load(
        cls, model_path: str, adapter_dir: str | None = None, *, name: str | None = None, **options: Any
    ) -> DynamicBatcher:
        """Load a base model (and adapter) with `load_for_generation`, on the GPU when there is one."""
        try:
            model, tokenizer = load_for_generation(model_path, adapter_dir)
        except (TrainingError, OSError, ValueError) as error:
            raise BackendError(f"cannot load the model: {error}", retryable=False) from error
        if torch.cuda.is_available():
            model.to("cuda")
        return cls(model, tokenizer, name=name or model_path, **options)

    def submit(self, request: ChatRequest) -> Future[Completion]:
        """Queue `request`; the future resolves to its Completion or fails with BackendError."""
        future: Future[Completion] = Future()
        with self._lock:
            if self._closed:
                future.set_exception(BackendError("the model server is shutting down", retryable=True))
            else:
                self._queue.put(_Pending(request, future))
        return future

    def complete(self, request: ChatRequest, timeout: float = 300.0) -> Completion:
        """Answer `request`, waiting at most `timeout` seconds."""
        future = self.submit(request)
        try:
            return future.result(timeout=timeout)
        except TimeoutError as error:
            future.cancel()  # still queued: it will be skipped
            raise BackendError(f"no answer within {timeout:g} s", retryable=True) from error

    def close(self, timeout: float = 30.0) -> None:
        """Stop the thread once its current batch is done; requests still queued fail (retryable)."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            self._queue.put(_STOP)
        self._thread.join(timeout)

    def _loop(self) -> None:
        stopping = False
        while not stopping:
            first = self._queue.get()
            if first is _STOP:
                break
            batch, stopping = self._collect(first)
            self._run(batch)
        while True:  # close() holds the lock while queueing _STOP, so nothing arrives after it
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                return
            if item is not _STOP and item.future.set_running_or_notify_cancel():
                item.future.set_exception(BackendError("the model server is shutting down", retryable=True))

    def _collect(self, first: _Pending) -> tuple[list[_Pending], bool]:
        """(the batch, whether close() was called): `first` and what arrives within max_wait_ms, up to max_batch."""
        batch, deadline = [first], time.monotonic() + self.max_wait_ms / 1000
        while len(batch) < self.max_batch:
            try:
                item = self._queue.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                break
            if item is _STOP:
                return batch, True
            batch.append(item)
        return batch, False

    def _run(self, batch: list[_Pending]) -> None:
        groups: dict[Hashable, list[_Prepared]] = {}
        for index, pending in enumerate(batch):
            if not pending.future.set_running_or_notify_cancel():
                continue  # cancelled by a caller that stopped waiting
            ids = self._prepare(pending)
            if ids is not None:
                groups.setdefault(group_key(pending.request, index), []).append(_Prepared(pending, ids))
        for group in groups.values():
            try:
                self._generate(group)
            except Exception as error:  # the thread must live on: every request of the group learns why
                logger.exception("generation failed for a batch of %d", len(group))
                retryable = isinstance(error, torch.cuda.OutOfMemoryError)
                for item in group:
                    if not item.pending.future.done():
                        item.pending.future.set_exception(
                            BackendError(f"generation failed: {error}", retryable=retryable)
                        )

    def _prepare(self, pending: _Pending) -> list[int] | None:
        """The prompt's token ids, or None with the future failed: a bad request must not sink its batch."""
        request = pending.request
        try:
            text = self.tokenizer.apply_chat_template(request.messages, tokenize=False, add_generation_prompt=True)
            # The template already holds any special tokens the model expects.
            ids = self.tokenizer(text, add_special_tokens=False)["input_ids"]
        except Exception as error:
            pending.future.set_exception(
                BackendError(f"messages: cannot apply the chat template: {error}", retryable=False)
            )
            return None
        if self._context is not None and len(ids) + request.max_tokens > self._context:
            message = (
                f"messages: the prompt is {len(ids)} tokens and max_tokens {request.max_tokens}; "
                f"the model takes at most {self._context} in all"
            )
            pending.future.set_exception(BackendError(message, retryable=False))
            return None
        return ids

    def _generate(self, group: list[_Prepared]) -> None:
        request = group[0].pending.request
        input_ids, attention_mask = left_pad([item.ids for item in group], self.tokenizer.pad_token_id)
        options: dict[str, Any] = {"do_sample": False}
        if not request.greedy:
            # OpenAI's sampling has no top-k: transformers' default of 50 is turned off.
            options = {"do_sample": True, "temperature": request.temperature, "top_p": request.top_p, "top_k": 0}
            if request.seed is not None:
                torch.manual_seed(request.seed)
        with torch.inference_mode():
            output = self.model.generate(
                input_ids=input_ids.to(self._device),
                attention_mask=attention_mask.to(self._device),
                max_new_tokens=request.max_tokens,
                pad_token_id=self.tokenizer.pad_token_id,
                eos_token_id=self.tokenizer.eos_token_id,
                **options,
            )
        self.batches_run += 1
        rows = output[:, input_ids.shape[1] :].tolist()
        for item, row in zip(group, rows, strict=True):
            completion = self._finish(item, row)
            self.requests_served += 1
            item.pending.future.set_result(completion)

    def _finish(self, item: _Prepared, row: list[int]) -> Completion:
        """The Completion of one row of new tokens: cut at its end-of-answer token, then at a stop string."""
        request, eos = item.pending.request, self.tokenizer.eos_token_id
        ended = eos in row
        ids = row[: row.index(eos) + 1] if ended else row[: request.max_tokens]
        text = self.tokenizer.decode(ids, skip_special_tokens=True)
        reason = "stop" if ended else "length"
        cut = cut_at_stop(self.tokenizer, ids, text, request.stop or [])
        if cut is not None:
            text, kept = cut
            ids, reason = ids[:kept], "stop"
        return Completion(text, len(item.ids), len(ids), reason, self.name)


def group_key(request: ChatRequest, index: int) -> Hashable:
    """Requests with equal keys can share one `generate` call."""
    if request.greedy:
        return ("greedy", request.max_tokens)
    if request.seed is not None:
        return ("seeded", index)
    return ("sampled", request.temperature, request.top_p, request.max_tokens)


def left_pad(rows: list[list[int]], pad_id: int) -> tuple[torch.Tensor, torch.Tensor]:
    """(input_ids, attention_mask) with every row right-aligned: new tokens follow each prompt directly."""
    width = max(len(row) for row in rows)
    input_ids = torch.full((len(rows), width), pad_id, dtype=torch.long)
    attention_mask = torch.zeros((len(rows), width), dtype=torch.long)
    for index, row in enumerate(rows):
        input_ids[index, width - len(row) :] = torch.tensor(row, dtype=torch.long)
        attention_mask[index, width - len(row) :] = 1
    return input_ids, attention_mask


def cut_at_stop(tokenizer: Any, ids: list[int], text: str, stops: list[str]) -> tuple[str, int] | None:
    """(text before the first stop string, tokens an engine stopping there would have generated), or None."""
    stops = [stop for stop in stops if stop]
    found = [index for stop in stops if (index := text.find(stop)) >= 0]
    if not found:
        return None
    low, high = 1, len(ids)  # the fewest tokens whose text holds a stop string (more tokens never lose it)
    while low < high:
        middle = (low + high) // 2
        prefix = tokenizer.decode(ids[:middle], skip_special_tokens=True)
        if any(stop in prefix for stop in stops):
            high = middle
        else:
            low = middle + 1
    return text[: min(found)], low
