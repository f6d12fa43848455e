"""Dataset versions app config."""

from django.apps import AppConfig


class DatasetVersionsConfig(AppConfig):
    name = "dataset_versions"

    def ready(self) -> None:
        from dataset_versions import privacy_sources
        from dataset_versions.services.exports import export_leftovers_delete
        from tuneloop.jobs import register_housekeeping

        privacy_sources.register()
        register_housekeeping("export_leftovers", export_leftovers_delete)
