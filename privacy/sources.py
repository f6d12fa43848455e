"""Where a campaign keeps text: each app above privacy registers its stores here when it starts.

The PII dashboard counts what was replaced per kind of text, and the canary audit scans every stored
text, file and generation of a campaign. Those texts live in apps above privacy (items in labeling,
judgements in preferences, rows in dataset_versions, runs in training, samples in evaluation), so each
app registers its own sources in its `AppConfig.ready`, in the order of INSTALLED_APPS, and privacy
iterates the registry without importing any of them (docs/architecture.md, "Registries").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from privacy.services.scanner import Scanner

# labeling.models.Campaign: privacy sits below labeling and never imports it; this alias names it in types.
Campaign = Any


@dataclass(frozen=True)
class CountSource:
    """A kind of text whose rows keep `entity_counts` (type -> replaced mentions): the dashboard's rows."""

    name: str
    counts: Callable[[Campaign], Iterable[dict[str, int] | None]]


@dataclass(frozen=True)
class AuditSource:
    """Scans one store of the campaign's texts or files for canaries (`scanner.rows`, `.text`, `.file`)."""

    name: str
    scan: Callable[[Scanner, Campaign], None]


@dataclass(frozen=True)
class GenerationSource:
    """Prompts the campaign's newest model with up to `max_prompts` items; returns (item id, text) pairs
    and a summary ({"artifact": id, "prompts": n} or with "error"). Registered by training."""

    generate: Callable[[Campaign, int], tuple[list[tuple[int, str]], dict[str, Any]]]


COUNT_SOURCES: list[CountSource] = []
AUDIT_SOURCES: list[AuditSource] = []
GENERATION_SOURCES: list[GenerationSource] = []
Generate = Callable[[Campaign, int], tuple[list[tuple[int, str]], dict[str, Any]]]


def register_count_source(name: str, counts: Callable[[Campaign], Iterable[dict[str, int] | None]]) -> None:
    _replace(COUNT_SOURCES, CountSource(name, counts))


def register_audit_source(name: str, scan: Callable[[Scanner, Campaign], None]) -> None:
    _replace(AUDIT_SOURCES, AuditSource(name, scan))


def register_generation_source(
    generate: Callable[[Campaign, int], tuple[list[tuple[int, str]], dict[str, Any]]],
) -> None:
    GENERATION_SOURCES[:] = [GenerationSource(generate)]


def _replace(registry: list[Any], source: Any) -> None:
    """Registering a name again replaces it in place (ready() may run twice in tests)."""
    for index, known in enumerate(registry):
        if known.name == source.name:
            registry[index] = source
            return
    registry.append(source)
