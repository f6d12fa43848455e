"""Delete raw staged import lines that must not wait: those of ended batches and of expired ones."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from labeling.services.imports import staged_records_purge


class Command(BaseCommand):
    help = (
        "Delete the raw staged lines of failed batches, and of batches not finished IMPORT_STAGED_MAX_AGE_HOURS "
        "after their upload (those fail, saying why). Every batch does this when it ends; run it from cron too, "
        "so that raw text never outlives its age when no import runs."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--max-age-hours", type=int, help="instead of IMPORT_STAGED_MAX_AGE_HOURS")

    def handle(self, *args: Any, **options: Any) -> None:
        report = staged_records_purge(max_age_hours=options["max_age_hours"])
        self.stdout.write(
            f"{report.rows_deleted} staged rows deleted; {report.batches_expired} unfinished batches expired."
        )
