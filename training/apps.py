"""Training app config."""

from django.apps import AppConfig


class TrainingConfig(AppConfig):
    name = "training"

    def ready(self) -> None:
        # Declare the actors (and their queues) at start-up in every process, not on first use.
        from training import tasks  # noqa: F401
