"""What a backend is asked and what it answers: an OpenAI chat request's settings, its completion, its failure."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ChatRequest:
    """One chat completion to make; a temperature of 0 is greedy decoding (then top_p and seed do not matter)."""

    messages: list[dict[str, str]]
    max_tokens: int = 128
    temperature: float = 0.0
    top_p: float = 1.0
    seed: int | None = None
    stop: list[str] | None = None

    @property
    def greedy(self) -> bool:
        return self.temperature <= 0


@dataclass(frozen=True)
class Completion:
    """The answer: new text only; `finish_reason` is "stop" (end of answer or a stop string) or "length"."""

    text: str
    prompt_tokens: int
    completion_tokens: int
    finish_reason: str
    model: str


class BackendError(Exception):
    """A backend could not answer; `retryable` says whether the same request may succeed if sent again."""

    def __init__(self, message: str, *, retryable: bool) -> None:
        super().__init__(message)
        self.retryable = retryable
