"""Dataset versions app config."""

from django.apps import AppConfig


class DatasetVersionsConfig(AppConfig):
    name = "dataset_versions"

    def ready(self) -> None:
        from dataset_versions import privacy_sources

        privacy_sources.register()
