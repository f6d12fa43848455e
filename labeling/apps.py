"""Labeling app config."""

from django.apps import AppConfig


class LabelingConfig(AppConfig):
    name = "labeling"

    def ready(self) -> None:
        from labeling import privacy_sources, tasks
        from labeling.selectors import access_campaign
        from tuneloop.access import register_campaign_access

        tasks.register()  # actors (and their queues) are declared at start-up in every process
        privacy_sources.register()
        register_campaign_access(access_campaign)
