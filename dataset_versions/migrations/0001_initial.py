"""The models moved here from labeling (issue 11); their tables keep their names and rows: state only."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


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
                    name="DatasetVersion",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        ("version", models.PositiveIntegerField()),
                        (
                            "content_hash",
                            models.CharField(
                                help_text="sha256 over the segment digests (combine_digests).", max_length=64
                            ),
                        ),
                        (
                            "segment_digests",
                            models.JSONField(
                                default=dict,
                                help_text="{'kind/split': sha256 of the segment's rows as stored}, checked by every export.",
                            ),
                        ),
                        ("counts", models.JSONField(default=dict, help_text="{split: {sft: n, dpo: n}}")),
                        ("created_at", models.DateTimeField(auto_now_add=True)),
                        (
                            "campaign",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="dataset_versions",
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
                        "db_table": "labeling_datasetversion",
                        "ordering": ["-version"],
                    },
                ),
                migrations.CreateModel(
                    name="DatasetRow",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        (
                            "split",
                            models.CharField(
                                choices=[("train", "Train"), ("validation", "Validation"), ("test", "Test")],
                                max_length=16,
                            ),
                        ),
                        ("kind", models.CharField(choices=[("sft", "Sft"), ("dpo", "Dpo")], max_length=8)),
                        ("position", models.PositiveIntegerField()),
                        (
                            "data",
                            models.JSONField(help_text="The row in TRL format (messages, or prompt/chosen/rejected)."),
                        ),
                        (
                            "lineage",
                            models.JSONField(
                                default=dict, help_text="Example or judgement ids and reviewers behind the row."
                            ),
                        ),
                        (
                            "item",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.PROTECT, related_name="+", to="labeling.item"
                            ),
                        ),
                        (
                            "dataset",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="rows",
                                to="dataset_versions.datasetversion",
                            ),
                        ),
                    ],
                    options={
                        "db_table": "labeling_datasetrow",
                        "ordering": ["position"],
                    },
                ),
                migrations.CreateModel(
                    name="SealedRead",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        ("purpose", models.CharField(max_length=200)),
                        ("rows", models.PositiveIntegerField(default=0)),
                        ("created_at", models.DateTimeField(auto_now_add=True)),
                        (
                            "dataset",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="sealed_reads",
                                to="dataset_versions.datasetversion",
                            ),
                        ),
                        (
                            "user",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                    ],
                    options={
                        "db_table": "labeling_sealedread",
                    },
                ),
                migrations.AddConstraint(
                    model_name="datasetversion",
                    constraint=models.UniqueConstraint(fields=("campaign", "version"), name="dataset_unique_version"),
                ),
                migrations.AddIndex(
                    model_name="datasetrow",
                    index=models.Index(fields=["dataset", "kind", "split", "position"], name="dataset_row_segment"),
                ),
                migrations.AddConstraint(
                    model_name="datasetrow",
                    constraint=models.UniqueConstraint(fields=("dataset", "position"), name="dataset_row_unique_pos"),
                ),
            ],
        ),
    ]
