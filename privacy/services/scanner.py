"""The canary scanner: collects, per canary, where it was found in texts, JSON rows and files."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from privacy.engine import canary_scan
from privacy.models import Canary

MAX_WHERE = 100  # locations listed per canary in a report; `occurrences` counts them all
STAGED = "staged"
STAGED_NOTE = "staged, not yet anonymized"


class Scanner:
    """Collects, per canary, where it was found (deduplicated) and counts what was scanned per source."""

    def __init__(self, key: str, canaries: Sequence[Canary]) -> None:
        self.key = key
        self.canaries = canaries
        self.by_length = canary_scan.group_by_length((c.digest, c.length) for c in canaries)
        self.scanned: Counter[str] = Counter()
        self._where: dict[str, list[dict[str, Any]]] = {c.digest: [] for c in canaries}
        self._occurrences: Counter[str] = Counter()
        self._seen: set[tuple[str, str]] = set()

    def text(self, source: str, /, *texts: str, **location: Any) -> None:
        """One stored text (given in one or more forms, e.g. raw and JSON-decoded) at `location`."""
        self.scanned[source] += 1
        for text in texts:
            for digest, _start, _end in canary_scan.scan(text, self.key, self.by_length):
                self.add(digest, {"source": source, **location})

    def rows(self, source: str, rows: Iterable[tuple[Any, ...]], *, as_json: bool = False) -> None:
        """(text, location fields...) rows of a `values_list`; `as_json` scans a JSON column's strings."""
        for text, *ids in rows:
            location = dict(zip(("id", "dataset", "position"), ids, strict=False))
            self.text(source, canary_scan.json_strings(text) if as_json else text or "", **location)

    def file(self, source: str, file: Path, /, **location: Any) -> None:
        """A text file line by line: the raw lines, and each JSON line's decoded strings (escapes undone)."""
        self.scanned[source] += 1
        with file.open(encoding="utf-8", errors="replace") as handle:
            for digest, number in canary_scan.scan_lines(handle, self.key, self.by_length):
                self.add(digest, {"source": source, **location, "line": number})
        with file.open(encoding="utf-8", errors="replace") as handle:
            for number, line in enumerate(handle, start=1):
                decoded = json_strings_of(line)
                for digest, _start, _end in canary_scan.scan(decoded, self.key, self.by_length):
                    self.add(digest, {"source": source, **location, "line": number})

    def add(self, digest: str, entry: dict[str, Any]) -> None:
        marker = (digest, json.dumps(entry, sort_keys=True))
        if marker in self._seen:
            return
        self._seen.add(marker)
        self._occurrences[digest] += 1
        if len(self._where[digest]) < MAX_WHERE:
            self._where[digest].append(entry)

    def results(self) -> list[dict[str, Any]]:
        results = []
        for canary in self.canaries:
            where = self._where[canary.digest]
            found = any(entry["source"] != STAGED for entry in where)
            results.append(
                {
                    "id": canary.id,
                    "label": canary.label,
                    "length": canary.length,
                    "found": found,
                    "where": where,
                    "occurrences": self._occurrences[canary.digest],
                }
            )
        return results


def json_strings_of(line: str) -> str:
    """A JSON text's decoded strings, or "" when it is not JSON."""
    stripped = line.strip()
    if not stripped.startswith(("{", "[", '"')):
        return ""
    try:
        return canary_scan.json_strings(json.loads(stripped))
    except ValueError:
        return ""
