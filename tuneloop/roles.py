"""The two roles a member holds in a campaign; every app's permission checks name them from here."""

from django.db import models


class Role(models.TextChoices):
    ADMIN = "admin"
    REVIEWER = "reviewer"


ADMIN = Role.ADMIN
REVIEWER = Role.REVIEWER
