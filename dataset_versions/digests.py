"""Stream a dataset version's rows as stored, one (kind, split) segment at a time, and hash them."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from itertools import islice

from django.db import connection
from django.db.models import TextField
from django.db.models.functions import Cast

from dataset_versions.models import DatasetRow, DatasetVersion

CHUNK_ROWS = 5000


def _escape(text: str) -> str:
    # PostgreSQL's COPY text format doubles backslashes. JSON text holds no raw tab, newline or other
    # control character (they are escaped inside strings), so nothing else needs escaping.
    return text.replace("\\", "\\\\")


def segment_rows(dataset: DatasetVersion, kind: str, split: str) -> Iterator[list[bytes]]:
    """The segment's rows in position order, in chunks, each row `item_id TAB data TAB lineage NEWLINE`
    with the JSON as the database's own text in COPY's text format. Hashing the stored text, not a parsed
    and re-serialized copy, is what makes proving a million rows cheap."""
    if connection.vendor == "postgresql":
        return _copy_rows(dataset, kind, split)
    return _orm_rows(dataset, kind, split)


def _copy_rows(dataset: DatasetVersion, kind: str, split: str) -> Iterator[list[bytes]]:
    """PostgreSQL streams COPY output while the rows are hashed and written: no cursor round trips."""
    table = connection.ops.quote_name(DatasetRow._meta.db_table)
    query = (
        f"COPY (SELECT item_id, data::text, lineage::text FROM {table} "
        "WHERE dataset_id = %s AND kind = %s AND split = %s ORDER BY position) TO STDOUT"
    )
    connection.ensure_connection()
    with connection.connection.cursor() as cursor, cursor.copy(query, (dataset.id, kind, split)) as copy:
        rows = (bytes(row) for row in copy)  # PostgreSQL sends one row per message
        while chunk := list(islice(rows, CHUNK_ROWS)):
            yield chunk


def _orm_rows(dataset: DatasetVersion, kind: str, split: str) -> Iterator[list[bytes]]:
    rows = DatasetRow.objects.filter(dataset=dataset, kind=kind, split=split)
    text = rows.annotate(data_text=Cast("data", TextField()), lineage_text=Cast("lineage", TextField()))
    lines = (
        f"{item_id}\t{_escape(data)}\t{_escape(lineage)}\n".encode()
        for item_id, data, lineage in text.order_by("position")
        .values_list("item_id", "data_text", "lineage_text")
        .iterator(chunk_size=CHUNK_ROWS)
    )
    while chunk := list(islice(lines, CHUNK_ROWS)):
        yield chunk


def data_lines(chunk: list[bytes]) -> bytes:
    """The rows' JSON data, one a line, as stored: what an export file holds."""
    data = b"\n".join(row.split(b"\t", 2)[1] for row in chunk) + b"\n"
    return data.replace(b"\\\\", b"\\")  # undo COPY's doubling, the only escape it applies to JSON text


def weighted_lines(chunk: list[bytes]) -> bytes:
    """The rows' data with the `weight` their lineage holds (1 when it holds none), one JSON line each."""
    lines = []
    for row in chunk:
        _, data, lineage = row.rstrip(b"\n").split(b"\t", 2)
        document = json.loads(data.replace(b"\\\\", b"\\"))
        document["weight"] = json.loads(lineage.replace(b"\\\\", b"\\")).get("weight", 1.0)
        lines.append(json.dumps(document, ensure_ascii=False))
    return ("\n".join(lines) + "\n").encode()


def segment_digest(dataset: DatasetVersion, kind: str, split: str) -> str:
    digest = hashlib.sha256()
    for chunk in segment_rows(dataset, kind, split):
        digest.update(b"".join(chunk))
    return digest.hexdigest()


def dataset_segment_digests(dataset: DatasetVersion) -> dict[str, str]:
    """sha256 per (kind, split) segment over every row's item, data and lineage, in position order."""
    segments = DatasetRow.objects.filter(dataset=dataset).values_list("kind", "split").distinct().order_by()
    return {f"{kind}/{split}": segment_digest(dataset, kind, split) for kind, split in sorted(segments)}


def combine_digests(segments: dict[str, str]) -> str:
    """The version's content hash: sha256 over its sorted `kind/split: digest` lines."""
    text = "".join(f"{key}: {digest}\n" for key, digest in sorted(segments.items()))
    return hashlib.sha256(text.encode()).hexdigest()
