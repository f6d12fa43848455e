"""Labeling app config."""

from django.apps import AppConfig


class LabelingConfig(AppConfig):
    name = "labeling"

    def ready(self) -> None:
        # Declare the actors (and their queues) at start-up in every process, not on first use.
        from labeling import tasks  # noqa: F401
