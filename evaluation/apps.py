"""Evaluation app config."""

from django.apps import AppConfig


class EvaluationConfig(AppConfig):
    name = "evaluation"

    def ready(self) -> None:
        # Declare the actors (and their queues) at start-up in every process, not on first use.
        from evaluation import tasks  # noqa: F401
