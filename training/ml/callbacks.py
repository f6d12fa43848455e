"""Trainer callbacks that forward a stage's progress: metric logs to `on_log`, checkpoints to `on_event`."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from transformers import TrainerCallback

LogFn = Callable[[str, int, dict[str, float]], object]
EventFn = Callable[[dict[str, Any]], object]


class StageLogger(TrainerCallback):
    """Forwards each training log (it has "loss") and each validation log (it has "eval_loss") of one stage.

    A training log gains `tokens_per_s` (non-padding input tokens, over the interval since the previous log)
    and `step_time_s`. A validation log also carries the training metrics of the same step when they were
    logged, so a consumer keyed on (stage, step) keeps both.
    """

    def __init__(self, stage: str, on_log: LogFn | None, on_event: EventFn | None):
        self.stage, self.sink, self.events = stage, on_log, on_event
        self.last: dict[str, float] = {}
        self.last_eval: dict[str, float] = {}
        self._last_step: int | None = None
        self._mark: tuple[float, int, int] = (time.monotonic(), 0, 0)

    def on_train_begin(self, args, state, control, **kwargs):
        self._mark = (time.monotonic(), state.global_step, state.num_input_tokens_seen or 0)

    def on_log(self, args, state, control, logs=None, **kwargs):
        numbers = {
            key: float(value)
            for key, value in (logs or {}).items()
            if isinstance(value, int | float) and not isinstance(value, bool)
        }
        if "loss" in numbers:
            numbers.update(self._speed(state))
            self.last, self._last_step = numbers, state.global_step
        elif "eval_loss" in numbers:
            self.last_eval = {key: value for key, value in numbers.items() if key.startswith("eval_")}
            numbers = {**(self.last if self._last_step == state.global_step else {}), **self.last_eval}
        else:
            return  # the end-of-training summary (train_runtime, ...) is returned by the stage instead
        if self.sink is not None and state.is_world_process_zero:
            self.sink(self.stage, state.global_step, numbers)

    def on_save(self, args, state, control, **kwargs):
        if self.events is not None and state.is_world_process_zero:
            self.events({"event": "checkpoint", "stage": self.stage, "step": state.global_step})

    def _speed(self, state) -> dict[str, float]:
        now, tokens = time.monotonic(), state.num_input_tokens_seen or 0
        started, step, seen = self._mark
        self._mark = (now, state.global_step, tokens)
        elapsed, steps = now - started, state.global_step - step
        if elapsed <= 0 or steps <= 0:
            return {}
        speed = {"step_time_s": elapsed / steps}
        if tokens > seen:
            speed["tokens_per_s"] = (tokens - seen) / elapsed
        return speed
