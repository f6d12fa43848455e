"""Choices shared by the apps' models."""

from django.db import models


class JobStatus(models.TextChoices):
    """The life of a queued job: training runs and evaluation rounds."""

    QUEUED = "queued"
    RUNNING = "running"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    CANCELLED = "cancelled"
