"""Sampling settings for generation (candidate rounds, drafts): plain Python, checked by a web request without torch."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Sampling:
    """How candidates are drawn: `n` per prompt; a temperature of 0 is greedy decoding (then `n` is 1)."""

    n: int = 1
    temperature: float = 0.0
    top_p: float = 1.0
    max_new_tokens: int = 128
    seed: int | None = None

    def problems(self) -> dict[str, str]:
        """{field: what is wrong}; empty when the settings can be used."""
        found = {}
        if not 1 <= self.n <= 16:
            found["n"] = "n must be between 1 and 16."
        if not 0 <= self.temperature <= 2:
            found["temperature"] = "temperature must be between 0 (greedy) and 2."
        elif self.temperature == 0 and self.n > 1:
            found["n"] = "Greedy decoding (temperature 0) gives one candidate per prompt: set n to 1 or sample."
        if not 0 < self.top_p <= 1:
            found["top_p"] = "top_p must be above 0 and at most 1."
        if not 1 <= self.max_new_tokens <= 4096:
            found["max_new_tokens"] = "max_new_tokens must be between 1 and 4096."
        return found
