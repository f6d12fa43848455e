"""Samples name the contender that wrote them: base, prompt_baseline, candidate or incumbent (tuned: older rounds)."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("evaluation", "0004_alter_evaluationround_dataset"),
    ]

    operations = [
        migrations.AlterField(
            model_name="evaluationsample",
            name="model",
            field=models.CharField(
                choices=[
                    ("base", "Base"),
                    ("prompt_baseline", "Prompt Baseline"),
                    ("candidate", "Candidate"),
                    ("incumbent", "Incumbent"),
                    ("tuned", "Tuned"),
                ],
                max_length=16,
            ),
        ),
    ]
