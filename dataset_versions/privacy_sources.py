"""Dataset versions' texts for the canary audit: frozen rows and every exported file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.conf import settings

from dataset_versions.models import DatasetRow
from privacy.services.scanner import Scanner
from privacy.sources import register_audit_source


def _scan_rows(scanner: Scanner, campaign: Any) -> None:
    rows = DatasetRow.objects.filter(dataset__campaign=campaign).order_by("id")
    scanner.rows("dataset_row", rows.values_list("data", "id", "dataset_id", "position").iterator(2000), as_json=True)


def _scan_exports(scanner: Scanner, campaign: Any) -> None:
    """Every file under the campaign's export folder (`v<version>-<hash>/<kind>-<split>.jsonl`)."""
    folder = Path(settings.EXPORTS_DIR) / f"campaign-{campaign.id}"
    if not folder.is_dir():
        return
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        scanner.file("export", path, path=path.relative_to(folder).as_posix())


def register() -> None:
    register_audit_source("dataset_versions.rows", _scan_rows)
    register_audit_source("dataset_versions.exports", _scan_exports)
