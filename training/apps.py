"""Training app config."""

from django.apps import AppConfig


class TrainingConfig(AppConfig):
    name = "training"

    def ready(self) -> None:
        from training import privacy_sources, tasks, wiring

        tasks.register()  # actors (and their queues) are declared at start-up in every process
        privacy_sources.register()
        wiring.register()
