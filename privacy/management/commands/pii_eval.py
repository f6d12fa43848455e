"""Measure a campaign's (or the default) anonymization policy on a JSONL file of texts with gold PII spans."""

from __future__ import annotations

import json
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from django.apps import apps
from django.core.management.base import BaseCommand, CommandError, CommandParser

from privacy.engine.anonymizer import AnonymizationError, Anonymizer
from privacy.engine.pii_eval import AlignmentError, EvalInputError, Scorer, format_table, parse_line
from privacy.engine.policy import Policy
from privacy.selectors import policy_get
from privacy.services.anonymize import anonymizer_for


class Command(BaseCommand):
    help = "Run an anonymization policy over FILE.jsonl and report precision, recall and F2 per type."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--file", required=True, type=Path, help='JSONL: {"text": ..., "spans": [...]} a line')
        parser.add_argument("--json", action="store_true", help="end with the report as one JSON object")
        parser.add_argument("--write-outputs", type=Path, help='write {"line": n, "text": anonymized} a line')
        parser.add_argument("--campaign", type=int, help="score this campaign's policy instead of the default one")

    def handle(self, *args: Any, **options: Any) -> None:
        path = Path(options["file"])  # call_command passes keyword options through unconverted
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise CommandError(f"cannot read {path}: {exc}") from None
        anonymizer = _anonymizer(options["campaign"])
        scorer, outputs, bad = Scorer(), [], []
        started = time.perf_counter()
        for number, raw in enumerate(lines, start=1):
            if not raw.strip():
                continue
            try:
                record = parse_line(raw)
                anonymized = anonymizer.anonymize(record.text).text
                scorer.add(record, anonymized)
            except (EvalInputError, AnonymizationError, AlignmentError) as exc:
                bad.append(f"line {number}: {exc}")  # messages name the problem, never the text
                continue
            outputs.append({"line": number, "text": anonymized})
        report = {**scorer.report(), "seconds": round(time.perf_counter() - started, 2), "bad_lines": len(bad)}
        if options["write_outputs"]:
            with Path(options["write_outputs"]).open("w", encoding="utf-8") as out:
                out.writelines(json.dumps(line, ensure_ascii=False) + "\n" for line in outputs)
        self.stdout.write(format_table(report))
        self.stdout.write(f"{report['records']} records in {report['seconds']} s")
        if options["json"]:
            self.stdout.write(json.dumps(report))
        if bad:
            raise CommandError(f"{len(bad)} bad line(s), not evaluated:\n" + "\n".join(bad))


def _anonymizer(campaign_id: int | None) -> Anonymizer:
    """The policy to score; masks, hashes and redactions become placeholders, which the scorer aligns."""
    if campaign_id is None:
        return anonymizer_for(Policy())
    campaign = apps.get_model("labeling", "Campaign").objects.filter(id=campaign_id).first()
    if campaign is None:
        raise CommandError(f"--campaign: no campaign with id {campaign_id}")
    return anonymizer_for(replace(policy_get(campaign), operators=()))
