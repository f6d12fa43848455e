"""Candidate rounds are jobs (tuneloop.models.Job): one status vocabulary, so a round can be cancelled like a run."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("preferences", "0007_rankings"),
    ]

    operations = [
        migrations.AlterField(
            model_name="candidateround",
            name="sampling",
            field=models.JSONField(
                help_text="tuneloop.sampling.Sampling: n, temperature, top_p, max_new_tokens, seed."
            ),
        ),
        migrations.AlterField(
            model_name="candidateround",
            name="status",
            field=models.CharField(
                choices=[
                    ("queued", "Queued"),
                    ("running", "Running"),
                    ("succeeded", "Succeeded"),
                    ("failed", "Failed"),
                    ("cancelled", "Cancelled"),
                ],
                default="queued",
                max_length=16,
            ),
        ),
    ]
