"""Report where a campaign's planted canaries appear: stored texts, exports, logs, generations (docs/pii-audit.md)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.apps import apps
from django.core.management.base import BaseCommand, CommandError, CommandParser

from privacy.services.canaries import DEFAULT_MAX_PROMPTS, STAGED, canary_audit


class Command(BaseCommand):
    help = (
        "Scan every stored text and export file of a campaign (and its newest model's generations) for its "
        "planted canaries. Exits with status 1 when any canary is found."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--campaign", required=True, type=int, help="the campaign's id")
        parser.add_argument("--json", action="store_true", help="end with the report as one JSON object")
        parser.add_argument("--no-generate", action="store_true", help="do not prompt the campaign's model")
        parser.add_argument(
            "--max-prompts",
            type=int,
            default=DEFAULT_MAX_PROMPTS,
            help=f"prompt the model with at most N items (default {DEFAULT_MAX_PROMPTS})",
        )
        parser.add_argument("--logs", nargs="+", type=Path, default=[], metavar="FILE", help="log files to scan too")

    def handle(self, *args: Any, **options: Any) -> None:
        campaign = apps.get_model("labeling", "Campaign").objects.filter(id=options["campaign"]).first()
        if campaign is None:
            raise CommandError(f"--campaign: no campaign with id {options['campaign']}")
        max_prompts = options["max_prompts"]
        if not isinstance(max_prompts, int) or max_prompts < 1:
            raise CommandError("--max-prompts: give a whole number of at least 1 (or --no-generate)")
        logs = [Path(path) for path in options["logs"]]  # call_command passes keyword options unconverted
        for path in logs:
            if not path.is_file():
                raise CommandError(f"--logs: {path} is not a readable file")
        report = canary_audit(
            campaign=campaign, generate=not options["no_generate"], max_prompts=max_prompts, log_files=logs
        )
        self.stdout.write(format_report(report))
        if options["json"]:
            self.stdout.write(json.dumps(report))
        found = [entry["label"] for entry in report["canaries"] if entry["found"]]
        if found:
            raise CommandError(f"{len(found)} canary(ies) found: {', '.join(found)}")
        if report.get("generation", {}).get("error"):
            raise CommandError(f"The model could not be audited: {report['generation']['error']}")


def format_report(report: dict[str, Any]) -> str:
    """A table: one row per canary, whether it was found and where (source, id or file:line)."""
    lines = [f"PII audit of campaign {report['campaign']}"]
    if not report["canaries"]:
        return "\n".join([*lines, "No canaries planted: plant some first (POST /api/campaigns/<id>/canaries/)."])
    width = max(len("canary"), *(len(entry["label"]) for entry in report["canaries"]))
    lines.append(f"{'canary':<{width}}  {'status':<10}  where")
    for entry in report["canaries"]:
        status = "FOUND" if entry["found"] else ("staged" if entry["where"] else "not found")
        where = ", ".join(_place(place) for place in entry["where"][:10])
        more = entry["occurrences"] - min(10, len(entry["where"]))
        lines.append(f"{entry['label']:<{width}}  {status:<10}  {where}{f' (+{more} more)' if more > 0 else ''}")
    scanned = ", ".join(f"{source} {count}" for source, count in sorted(report["scanned"].items()))
    lines.append(f"Scanned: {scanned or 'nothing'}")
    generation = report.get("generation")
    if generation is not None:
        if generation["artifact"] is None:
            lines.append("Generations: the campaign has no trained model yet")
        else:
            outcome = generation.get("error") or f"{generation['prompts']} prompts"
            lines.append(f"Generations: model artifact {generation['artifact']}, {outcome}")
    return "\n".join(lines)


def _place(place: dict[str, Any]) -> str:
    if "path" in place:
        return f"{place['source']} {place['path']}:{place['line']}"
    if place["source"] == STAGED:
        return f"{STAGED} batch {place['batch']} line {place['line']} ({place['note']})"
    return f"{place['source']} {place['id']}"
