"""Every event the server sends has one registered shape, a listener in the UI or is documented as API-only, and
declares who hears it: every member of the campaign, or its admins only (docs/realtime.md lists which)."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

from tuneloop.realtime import AUDIENCES, EVENT_TYPES, Event, event

ROOT = Path(__file__).resolve().parent.parent
APPS_WITH_EVENTS = ("labeling", "preferences", "training", "evaluation", "deployments")


def _registry() -> dict[str, type[Event]]:
    for app in APPS_WITH_EVENTS:
        importlib.import_module(f"{app}.events")
    return EVENT_TYPES


def test_every_event_has_a_ui_listener_or_is_documented_as_api_only() -> None:
    handlers = (ROOT / "frontend/static/frontend/js/campaign/main.js").read_text()
    realtime = (ROOT / "docs/realtime.md").read_text()
    api_only = realtime.split("### API-only events", 1)[1]
    registry = _registry()
    assert {"import.progress", "judgement.stored", "run.status", "evaluation.status"} <= set(registry)
    for name, cls in registry.items():
        if cls.listener == "api-only":
            assert re.search(rf"^- `{re.escape(name)}`$", api_only, re.M), f"{name}: not listed as API-only"
        else:
            assert (ROOT / "frontend/static/frontend" / cls.listener).is_file(), f"{name}: no {cls.listener}"
            assert f'"{name}":' in handlers, f"{name}: no handler in js/campaign/main.js"
        assert f"`{name}`" in realtime, f"{name}: not in docs/realtime.md"


def test_every_event_declares_its_audience_and_the_docs_say_it() -> None:
    """Admin-only events (run errors and metrics, evaluation reports, imports) reach admins alone: an event
    cannot be declared without saying who hears it, and docs/realtime.md's table says the same."""
    realtime = (ROOT / "docs/realtime.md").read_text()
    for name, cls in _registry().items():
        assert cls.audience in AUDIENCES, f"{name}: audience {getattr(cls, 'audience', None)!r}"
        row = re.search(rf"^\| `{re.escape(name)}` \|.*$", realtime, re.M)
        assert row is not None, f"{name}: no row in docs/realtime.md's table"
        assert f"| {cls.audience} |" in row.group(0), f"{name}: docs/realtime.md does not say {cls.audience}"
    with pytest.raises(TypeError):
        event("example.nobody", listener="api-only")  # type: ignore[call-arg]
    with pytest.raises(ValueError, match="audience"):
        event("example.nobody", listener="api-only", audience="everyone")


def test_an_event_name_has_one_shape() -> None:
    _registry()
    with pytest.raises(ValueError, match="declared twice"):

        @event("judgement.stored", listener="api-only", audience="member")
        class Other(Event):
            pass
