"""Labeling app config."""

from django.apps import AppConfig


class LabelingConfig(AppConfig):
    name = "labeling"
