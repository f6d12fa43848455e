"""Deployments app config."""

from django.apps import AppConfig


class DeploymentsConfig(AppConfig):
    name = "deployments"

    def ready(self) -> None:
        from deployments import privacy_sources, tasks

        tasks.register()  # actors (and their queues) are declared at start-up in every process
        privacy_sources.register()
