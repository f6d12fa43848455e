"""Model artifacts for the apps below training: the access check and the generator training registers.

Artifacts are made by training, which sits above labeling and preferences; those apps still let an
admin pick a model (a campaign's prefill model, a candidate round's model) and generate with it. They
do both through these two hooks, which training's `AppConfig.ready` registers (docs/architecture.md).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from tuneloop.auth import AnyUser
from tuneloop.hooks import declare
from tuneloop.sampling import Sampling


class Generator(Protocol):
    def answer(self, prompts: Sequence[list[dict[str, str]]], sampling: Sampling) -> list[list[str]]:
        """`sampling.n` answers per chat prompt; the model loads on the first call and stays loaded."""
        ...


access = declare("artifacts.access", "(user, artifact_id) -> ModelArtifact, or raises NotFound / Forbidden.")
generator = declare("artifacts.generator", "(artifact) -> Generator over the artifact (base + adapter, or full).")


def artifact_access(user: AnyUser, artifact_id: int) -> Any:
    """The model artifact with this id, if `user` may use it (training's `access_artifact`)."""
    return _only(access)(user, artifact_id)


def artifact_generator(artifact: Any) -> Generator:
    """A generator over `artifact` (loads lazily, so creating one costs nothing)."""
    return _only(generator)(artifact)


def _only(hook: Any) -> Any:
    results = hook.registered()
    if len(results) != 1:
        raise RuntimeError(f"{hook.name} needs exactly one provider (is the training app installed?), has {results}")
    return hook.function(results[0])
