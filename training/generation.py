"""Generate with a model artifact: an adapter goes on its run's base model, a full fine-tune loads alone."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from training.models import ModelArtifact
from tuneloop.sampling import Sampling


def artifact_paths(artifact: ModelArtifact) -> tuple[str, str | None]:
    """(model path, adapter dir or None) to load `artifact` for generation."""
    if artifact.kind == ModelArtifact.Kind.MODEL:
        return artifact.path, None
    return artifact.run.base_model_path, artifact.path


class ArtifactGenerator:
    """Answers chat prompts with one artifact (or, with `base_only`, its run's base model); loads once."""

    def __init__(self, artifact: ModelArtifact, *, base_only: bool = False) -> None:
        self.paths = (artifact.run.base_model_path, None) if base_only else artifact_paths(artifact)
        self._loaded: tuple[Any, Any] | None = None

    def answer(self, prompts: Sequence[list[dict[str, str]]], sampling: Sampling) -> list[list[str]]:
        from training.ml.generate import generate_candidates, load_for_generation  # transformers is heavy

        if self._loaded is None:
            self._loaded = load_for_generation(*self.paths)
        return generate_candidates(self._loaded, list(prompts), sampling)

    def greedy(self, prompts: Sequence[list[dict[str, str]]], max_new_tokens: int = 128) -> list[str]:
        """One greedy answer per prompt."""
        return [answers[0] for answers in self.answer(prompts, Sampling(max_new_tokens=max_new_tokens))]
