"""The webhook event types, and how the campaign's live events (tuneloop.realtime) become them.

Payloads carry ids, statuses and figures only: never the text of an item, an answer or an error.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

PING = "ping"
EVENT_TYPES = {
    "import.finished": "An import finished: done or failed, with its line counts.",
    "run.finished": "A training run ended: succeeded, failed or cancelled.",
    "evaluation.finished": "An evaluation round ended: succeeded, failed or cancelled.",
    "gate.decided": "The promotion gate's recommendation on a finished round (again if human judgements change it).",
    "model.promoted": "An admin promoted a candidate: it is the campaign's incumbent.",
    "model.rolled_back": "An admin rolled the incumbent back to the previous one (or to none).",
    "deployment.alert": "A deployment's monitoring figure crossed its threshold (and whether it fell back).",
    "deployment.drift": "A deployment's drift check found drift (recent requests were sampled back as items).",
}
ENDED = ("succeeded", "failed", "cancelled")

# (webhook event type, dedupe key ("" for none), payload)
Delivery = tuple[str, str, dict[str, Any]]


def _import(data: dict[str, Any]) -> list[Delivery]:
    if data["status"] not in ("done", "failed"):
        return []
    counts = {name: data[name] for name in ("total_lines", "accepted", "duplicates", "rejected")}
    return [("import.finished", f"import:{data['id']}", {"import": data["id"], "status": data["status"], **counts})]


def _run(data: dict[str, Any]) -> list[Delivery]:
    if data["status"] not in ENDED:
        return []
    payload = {name: data[name] for name in ("run", "status", "stage", "step")}
    return [("run.finished", f"run:{data['run']}", payload)]


def _evaluation(data: dict[str, Any]) -> list[Delivery]:
    if data["status"] not in ENDED:
        return []
    report, evaluation = data.get("report") or {}, data["evaluation"]
    verdict = report.get("gate") or {}
    finished = {"evaluation": evaluation, "status": data["status"], "n": report.get("n")}
    deliveries: list[Delivery] = [("evaluation.finished", f"evaluation:{evaluation}", finished)]
    if data["status"] == "succeeded" and verdict.get("recommendation"):
        decided = {
            "evaluation": evaluation,
            "recommendation": verdict["recommendation"],
            "against": verdict.get("against"),
            "checks": [{"name": c.get("name"), "passed": bool(c.get("passed"))} for c in verdict.get("checks", [])],
        }
        deliveries.append(("gate.decided", f"gate:{evaluation}:{verdict['recommendation']}", decided))
    return deliveries


def _promotion(data: dict[str, Any]) -> list[Delivery]:
    kind = "model.promoted" if data["action"] == "promote" else "model.rolled_back"
    return [(kind, f"promotion:{data['promotion']}", dict(data))]


def _alert(data: dict[str, Any]) -> list[Delivery]:
    return [("deployment.alert", "", dict(data))]


def _drift(data: dict[str, Any]) -> list[Delivery]:
    return [("deployment.drift", f"drift:{data['check']}", dict(data))] if data["drifted"] else []


# realtime event name -> the deliveries it makes
TRANSLATIONS: dict[str, Callable[[dict[str, Any]], list[Delivery]]] = {
    "import.progress": _import,
    "run.status": _run,
    "evaluation.status": _evaluation,
    "promotion.recorded": _promotion,
    "deployment.alert": _alert,
    "deployment.drift": _drift,
}


def deliveries_for(name: str, data: dict[str, Any]) -> list[Delivery]:
    translate = TRANSLATIONS.get(name)
    return translate(data) if translate else []
