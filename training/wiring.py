"""What training provides to the apps below it: model artifacts to check and to generate with."""

from __future__ import annotations

from training.generation import ArtifactGenerator
from training.selectors import access_artifact
from tuneloop import artifacts


def register() -> None:
    artifacts.access.register("training", access_artifact)
    artifacts.generator.register("training", ArtifactGenerator)
