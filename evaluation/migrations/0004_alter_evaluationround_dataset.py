"""DatasetVersion moved to dataset_versions; same table, so the foreign key is unchanged in the database."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("dataset_versions", "0001_initial"),
        ("evaluation", "0003_evaluationsample_entity_counts"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="evaluationround",
                    name="dataset",
                    field=models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to="dataset_versions.datasetversion",
                    ),
                ),
            ],
        ),
    ]
