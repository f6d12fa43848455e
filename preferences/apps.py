"""Preferences app config."""

from django.apps import AppConfig


class PreferencesConfig(AppConfig):
    name = "preferences"

    def ready(self) -> None:
        # Declare the actors (and their queues) at start-up in every process, not on first use.
        from preferences import tasks  # noqa: F401
