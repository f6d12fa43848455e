"""The promotion gate per campaign, and the audit trail of promotions and rollbacks (issue 12)."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("evaluation", "0006_sample_checks"),
        ("labeling", "0010_move_privacy_and_datasets"),
        ("training", "0003_alter_trainingrun_dataset"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="CampaignGate",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                (
                    "thresholds",
                    models.JSONField(default=dict, help_text="GateSettings.to_dict(): the bar a candidate must pass."),
                ),
                ("updated_at", models.DateTimeField(auto_now=True)),
                (
                    "campaign",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="promotion_gate",
                        to="labeling.campaign",
                    ),
                ),
                (
                    "updated_by",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT, related_name="+", to=settings.AUTH_USER_MODEL
                    ),
                ),
            ],
        ),
        migrations.CreateModel(
            name="Promotion",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("action", models.CharField(choices=[("promote", "Promote"), ("rollback", "Rollback")], max_length=16)),
                (
                    "recommendation",
                    models.CharField(blank=True, help_text="What the gate said: promote or reject.", max_length=16),
                ),
                ("override_reason", models.TextField(blank=True, help_text="Why an admin promoted against the gate.")),
                ("note", models.TextField()),
                ("created_at", models.DateTimeField(auto_now_add=True)),
                (
                    "artifact",
                    models.ForeignKey(
                        blank=True,
                        help_text="The incumbent after this entry; empty after rolling back past the first promotion.",
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="promotions",
                        to="training.modelartifact",
                    ),
                ),
                (
                    "campaign",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE, related_name="promotions", to="labeling.campaign"
                    ),
                ),
                (
                    "evaluation",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="promotions",
                        to="evaluation.evaluationround",
                    ),
                ),
                (
                    "user",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT, related_name="+", to=settings.AUTH_USER_MODEL
                    ),
                ),
            ],
            options={
                "ordering": ["-id"],
                "constraints": [
                    models.CheckConstraint(
                        condition=models.Q(("note", ""), _negated=True), name="promotion_note_required"
                    ),
                    models.CheckConstraint(
                        condition=models.Q(
                            ("action", "promote"), ("override_reason", ""), ("recommendation", "reject"), _negated=True
                        ),
                        name="promotion_override_has_reason",
                    ),
                ],
            },
        ),
    ]
