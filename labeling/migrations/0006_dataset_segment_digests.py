"""Dataset versions hashed per (kind, split) segment over the stored JSON text; earlier versions re-hashed."""

import hashlib
import json

from django.db import migrations, models
from django.db.models import TextField
from django.db.models.functions import Cast


def _old_hash(rows) -> str:
    """The hash versions were frozen with before: sorted-key JSON of each row's fields, in position order."""
    digest = hashlib.sha256()
    fields = ("split", "kind", "item_id", "data", "lineage")
    for values in rows.order_by("position").values_list(*fields).iterator(chunk_size=2000):
        digest.update(json.dumps(list(values), sort_keys=True).encode() + b"\n")
    return digest.hexdigest()


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\")


def _segment_digests(rows) -> dict:
    text = {"data_text": Cast("data", TextField()), "lineage_text": Cast("lineage", TextField())}
    digests: dict = {}
    lines = rows.annotate(**text).order_by("kind", "split", "position")
    for kind, split, item_id, data, lineage in lines.values_list(
        "kind", "split", "item_id", "data_text", "lineage_text"
    ).iterator(chunk_size=5000):
        line = f"{item_id}\t{_escape(data)}\t{_escape(lineage)}\n"  # as dataset_versions.digests
        digests.setdefault(f"{kind}/{split}", hashlib.sha256()).update(line.encode())
    return {key: digest.hexdigest() for key, digest in sorted(digests.items())}


def rehash(apps, schema_editor) -> None:
    """A version whose rows still match its old hash gets the new digests; an altered one keeps its old
    hash, so it keeps failing verification."""
    DatasetVersion = apps.get_model("labeling", "DatasetVersion")
    DatasetRow = apps.get_model("labeling", "DatasetRow")
    for dataset in DatasetVersion.objects.all():
        rows = DatasetRow.objects.filter(dataset_id=dataset.id)
        if _old_hash(rows) != dataset.content_hash:
            continue
        dataset.segment_digests = _segment_digests(rows)
        text = "".join(f"{key}: {digest}\n" for key, digest in sorted(dataset.segment_digests.items()))
        dataset.content_hash = hashlib.sha256(text.encode()).hexdigest()
        dataset.save(update_fields=["segment_digests", "content_hash"])


class Migration(migrations.Migration):
    dependencies = [
        ("labeling", "0005_item_content_hash_index"),
    ]

    operations = [
        migrations.AddField(
            model_name="datasetversion",
            name="segment_digests",
            field=models.JSONField(
                default=dict,
                help_text="{'kind/split': sha256 of the segment's rows as stored}, checked by every export.",
            ),
        ),
        migrations.AlterField(
            model_name="datasetversion",
            name="content_hash",
            field=models.CharField(help_text="sha256 over the segment digests (combine_digests).", max_length=64),
        ),
        migrations.AddIndex(
            model_name="datasetrow",
            index=models.Index(fields=["dataset", "kind", "split", "position"], name="dataset_row_segment"),
        ),
        migrations.RunPython(rehash, migrations.RunPython.noop),
    ]
