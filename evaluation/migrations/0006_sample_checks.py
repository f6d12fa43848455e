"""Each evaluation sample lists the safety checks it failed (kinds only, never text)."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("evaluation", "0005_contenders"),
    ]

    operations = [
        migrations.AddField(
            model_name="evaluationsample",
            name="checks",
            field=models.JSONField(
                default=list,
                help_text="Failed safety checks: [{check, kind}] (unsupported, dropped, must_never), never text.",
            ),
        ),
    ]
