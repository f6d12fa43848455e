"""Policies, canaries and dataset versions now belong to privacy and dataset_versions: state only, tables stay."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("evaluation", "0004_alter_evaluationround_dataset"),
        ("labeling", "0009_campaign_ranking_k"),
        ("training", "0003_alter_trainingrun_dataset"),
        ("privacy", "0001_initial"),
        ("dataset_versions", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RemoveField(
                    model_name="canary",
                    name="campaign",
                ),
                migrations.RemoveField(
                    model_name="canary",
                    name="created_by",
                ),
                migrations.RemoveField(
                    model_name="datasetrow",
                    name="dataset",
                ),
                migrations.RemoveField(
                    model_name="datasetrow",
                    name="item",
                ),
                migrations.RemoveField(
                    model_name="datasetversion",
                    name="campaign",
                ),
                migrations.RemoveField(
                    model_name="datasetversion",
                    name="created_by",
                ),
                migrations.RemoveField(
                    model_name="sealedread",
                    name="dataset",
                ),
                migrations.RemoveField(
                    model_name="policychange",
                    name="campaign",
                ),
                migrations.RemoveField(
                    model_name="policychange",
                    name="user",
                ),
                migrations.RemoveField(
                    model_name="sealedread",
                    name="user",
                ),
                migrations.DeleteModel(
                    name="AnonymizationPolicy",
                ),
                migrations.DeleteModel(
                    name="Canary",
                ),
                migrations.DeleteModel(
                    name="DatasetRow",
                ),
                migrations.DeleteModel(
                    name="DatasetVersion",
                ),
                migrations.DeleteModel(
                    name="PolicyChange",
                ),
                migrations.DeleteModel(
                    name="SealedRead",
                ),
            ],
        ),
    ]
