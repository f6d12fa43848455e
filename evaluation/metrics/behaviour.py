"""What an output does (answer, decline, clarify, escalate) and escalation accuracy against the references' kinds."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from tuneloop.output_format import is_output_valid

ANSWER, DECLINE, CLARIFY, ESCALATE = "answer", "decline", "clarify", "escalate"
KINDS = (ANSWER, DECLINE, CLARIFY, ESCALATE)  # labeling.models.Example.Kind, the reference's kind
BEHAVIOURS = (DECLINE, CLARIFY, ESCALATE)  # the free-text kinds, which follow no output format
INVALID = "invalid"  # an output that neither fits the format nor shows a behaviour

# The cue rules. A heuristic over English wording, tried in this order, and only on outputs that do not fit
# the output format (an output that fits is an answer, whatever it says). They were written from the kinds'
# definitions, not tuned on, nor measured against, reviewers' data (docs/evaluation.md, "Escalation").
_ESCALATE_WORD = re.compile(r"\bescalat\w*", re.IGNORECASE)
# Escalate also when a hand-over verb and a person to hand over to occur in the same output.
_HAND_OVER = re.compile(
    r"\b(?:hand\w*\s+(?:\w+\s+){0,2}(?:over|off)|pass\w*\s+(?:\w+\s+){0,2}(?:on|to)|transfer\w*|"
    r"refer(?:s|red|ring|ral)?|forward\w*|rout(?:e|es|ed|ing)|connect\w*|contact\w*|speak|talk|review\w*)\b",
    re.IGNORECASE,
)
_PERSON = re.compile(
    r"\b(?:human|person|someone|specialist|supervisor|manager|colleague|agent|adviser|advisor|expert|"
    r"representative|team|staff|doctor|physician|clinician|nurse|pharmacist|underwriter|adjust[eo]r|officer|"
    r"lawyer|attorney)s?\b",
    re.IGNORECASE,
)
# Clarify: a request for information the input lacks, or a question (other than offering more help).
_REQUEST = re.compile(
    r"\b(?:please\s+(?:provide|send|share|confirm|clarify|specify|tell|give|let\s+me\s+know)|"
    r"(?:could|can|would)\s+you\s+(?:please\s+)?(?:provide|send|share|confirm|clarify|specify|tell|give|let)|"
    r"(?:need|require)s?\s+(?:some\s+)?(?:more|additional|further|the\s+missing)|missing\s+(?:information|details?)|"
    r"more\s+(?:information|details|context))\b",
    re.IGNORECASE,
)
_QUESTION = re.compile(r"[^.!?\n]*\?")
_OFFER = re.compile(r"\banything\s+else\b", re.IGNORECASE)  # "Is there anything else I can help with?"
# Decline: the output says it cannot or will not do the task.
_DECLINE = re.compile(
    r"\b(?:cannot|can\s*not|can[\u2019']t|unable|not\s+able|won[\u2019']t|will\s+not|refus\w*|declin\w*|"
    r"not\s+(?:allowed|permitted|possible))\b",
    re.IGNORECASE,
)


def behaviour(output: str, output_format: Mapping[str, Any]) -> str:
    """ANSWER when `output` fits the output format; else the first behaviour whose cue it shows, in the
    order escalate, clarify, decline ("I can't decide this, a supervisor will review it" escalates; "I
    can't without the claim date: please send it" asks to clarify); else INVALID."""
    if is_output_valid(output, output_format):
        return ANSWER
    if _ESCALATE_WORD.search(output) or (_HAND_OVER.search(output) and _PERSON.search(output)):
        return ESCALATE
    questions = [question for question in _QUESTION.findall(output) if not _OFFER.search(question)]
    if _REQUEST.search(output) or questions:
        return CLARIFY
    if _DECLINE.search(output):
        return DECLINE
    return INVALID


def behaviour_metrics(behaviours: Sequence[str], kinds: Sequence[str]) -> tuple[dict[str, Any], list[float]]:
    """The escalation metrics of outputs' `behaviours` against the references' `kinds`, and the per-item
    hits (1.0 when the behaviour is the reference's kind) whose mean is `escalation_accuracy`."""
    unknown = sorted(set(kinds) - set(KINDS))
    if unknown:
        raise ValueError(f"unknown example kinds {unknown}; expected one of {list(KINDS)}")
    if len(behaviours) != len(kinds):
        raise ValueError(f"{len(behaviours)} outputs for {len(kinds)} reference kinds")
    hits = [float(got == want) for got, want in zip(behaviours, kinds, strict=True)]
    columns = [*KINDS, INVALID]
    matrix = [[0] * len(columns) for _ in KINDS]
    for got, want in zip(behaviours, kinds, strict=True):
        matrix[KINDS.index(want)][columns.index(got)] += 1
    missed = sum(want in BEHAVIOURS and got == ANSWER for got, want in zip(behaviours, kinds, strict=True))
    needless = sum(want == ANSWER and got in BEHAVIOURS for got, want in zip(behaviours, kinds, strict=True))
    should = sum(kind in BEHAVIOURS for kind in kinds)
    metrics = {
        "escalation_accuracy": sum(hits) / len(hits) if hits else 0.0,
        "behaviour_confusion": {"labels": list(KINDS), "columns": columns, "matrix": matrix},
        "missed_escalations": _share(missed, should),
        "needless_escalations": _share(needless, len(kinds) - should),
    }
    return metrics, hits


def _share(count: int, n: int) -> dict[str, Any]:
    """{"count", "n": the items it could have happened on, "rate": count / n, None without such items}."""
    return {"count": count, "n": n, "rate": count / n if n else None}
