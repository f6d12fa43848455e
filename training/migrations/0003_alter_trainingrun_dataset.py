"""DatasetVersion moved to dataset_versions; same table, so the foreign key is unchanged in the database."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("dataset_versions", "0001_initial"),
        ("training", "0002_run_supervision_events_downloads"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="trainingrun",
                    name="dataset",
                    field=models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="runs",
                        to="dataset_versions.datasetversion",
                    ),
                ),
            ],
        ),
    ]
