"""Labeling app config."""

from django.apps import AppConfig


class LabelingConfig(AppConfig):
    name = "labeling"

    def ready(self) -> None:
        from labeling import privacy_sources, tasks
        from labeling.selectors import access_campaign
        from labeling.webhooks import tasks as webhook_tasks
        from labeling.webhooks.services import event_deliveries_create
        from tuneloop.access import register_campaign_access
        from tuneloop.realtime import event_published

        tasks.register()  # actors (and their queues) are declared at start-up in every process
        privacy_sources.register()
        register_campaign_access(access_campaign)
        webhook_tasks.register()
        event_published.register("labeling.webhooks", event_deliveries_create)  # docs/webhooks.md
