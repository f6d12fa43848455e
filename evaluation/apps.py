"""Evaluation app config."""

from django.apps import AppConfig


class EvaluationConfig(AppConfig):
    name = "evaluation"

    def ready(self) -> None:
        from evaluation import privacy_sources, tasks, wiring

        tasks.register()  # actors (and their queues) are declared at start-up in every process
        privacy_sources.register()
        wiring.register()
