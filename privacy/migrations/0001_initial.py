"""The models moved here from labeling (issue 11); their tables keep their names and rows: state only."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

import privacy.models


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("labeling", "0009_campaign_ranking_k"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="AnonymizationPolicy",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        (
                            "document",
                            models.JSONField(
                                default=dict, help_text="Policy.to_dict(): entities, operators, lists, recognizers."
                            ),
                        ),
                        (
                            "secret",
                            models.CharField(
                                default=privacy.models._new_secret,
                                help_text="Key for hashes; never sent out.",
                                max_length=64,
                            ),
                        ),
                        ("version", models.PositiveIntegerField(default=1)),
                        ("updated_at", models.DateTimeField(auto_now=True)),
                        (
                            "campaign",
                            models.OneToOneField(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="anonymization_policy",
                                to="labeling.campaign",
                            ),
                        ),
                    ],
                    options={
                        "db_table": "labeling_anonymizationpolicy",
                    },
                ),
                migrations.CreateModel(
                    name="Canary",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        (
                            "label",
                            models.CharField(
                                help_text="How reports name the canary, e.g. 'canary 1 (name)'.", max_length=100
                            ),
                        ),
                        (
                            "digest",
                            models.CharField(
                                help_text="HMAC-SHA256 of the normalized value, keyed by the policy secret.",
                                max_length=64,
                            ),
                        ),
                        (
                            "length",
                            models.PositiveIntegerField(
                                help_text="Length of the normalized value: the window scanned for it."
                            ),
                        ),
                        ("created_at", models.DateTimeField(auto_now_add=True)),
                        (
                            "campaign",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="canaries",
                                to="labeling.campaign",
                            ),
                        ),
                        (
                            "created_by",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                    ],
                    options={
                        "db_table": "labeling_canary",
                        "ordering": ["id"],
                        "constraints": [
                            models.UniqueConstraint(fields=("campaign", "digest"), name="canary_unique_digest")
                        ],
                    },
                ),
                migrations.CreateModel(
                    name="PolicyChange",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        ("version", models.PositiveIntegerField()),
                        ("before", models.JSONField(default=dict)),
                        ("after", models.JSONField(default=dict)),
                        ("created_at", models.DateTimeField(auto_now_add=True)),
                        (
                            "campaign",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="policy_changes",
                                to="labeling.campaign",
                            ),
                        ),
                        (
                            "user",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                    ],
                    options={
                        "db_table": "labeling_policychange",
                        "ordering": ["-version"],
                        "constraints": [
                            models.UniqueConstraint(fields=("campaign", "version"), name="policy_change_unique_version")
                        ],
                    },
                ),
            ],
        ),
    ]
