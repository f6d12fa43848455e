"""Re-send every unfinished job the database records, kind by kind from the job registry (tuneloop.jobs)."""

from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from tuneloop.jobs import pending_work_requeue


class Command(BaseCommand):
    help = (
        "Re-enqueue every job the database says is queued or running (imports, candidate rounds, training "
        "runs, evaluation rounds, shadow answers). The embedded default does this at start; with a server broker, "
        "run it after restoring a broker that lost messages. Actors skip work that is already done."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--json", action="store_true", help="print {actor: jobs sent} as one JSON object")

    def handle(self, *args: Any, **options: Any) -> None:
        sent = pending_work_requeue()
        if options["json"]:
            self.stdout.write(json.dumps(sent, sort_keys=True))
            return
        for actor, count in sent.items():
            self.stdout.write(f"{actor}: {count} re-enqueued")
