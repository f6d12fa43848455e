"""Preferences app config."""

from django.apps import AppConfig


class PreferencesConfig(AppConfig):
    name = "preferences"

    def ready(self) -> None:
        from preferences import privacy_sources, tasks, wiring

        tasks.register()  # actors (and their queues) are declared at start-up in every process
        privacy_sources.register()
        wiring.register()
